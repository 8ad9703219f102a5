// Language identification with CLD2. Private to src/clean/.
#pragma once

#include <string>
#include <string_view>

namespace storyline::clean {

struct LanguageGuess {
  std::string code = "und";  // ISO 639-1 where CLD2 has one ("en", "ru", "sr"), else CLD2's code
  bool reliable = false;
  int percent = 0;  // share of the text in that language
};

LanguageGuess DetectLanguage(std::string_view utf8_text);

}  // namespace storyline::clean
