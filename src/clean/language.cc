#include "clean/language.h"

#include <cld2/internal/lang_script.h>
#include <cld2/public/compact_lang_det.h>

namespace storyline::clean {

LanguageGuess DetectLanguage(std::string_view utf8_text) {
  LanguageGuess guess;
  if (utf8_text.empty()) return guess;
  CLD2::Language language3[3];
  int percent3[3];
  int text_bytes = 0;
  bool reliable = false;
  // The text is valid UTF-8 by construction (it went through DecodeToUtf8).
  CLD2::Language lang = CLD2::ExtDetectLanguageSummary(
      utf8_text.data(), static_cast<int>(utf8_text.size()), /*is_plain_text=*/true, language3,
      percent3, &text_bytes, &reliable);
  if (lang == CLD2::UNKNOWN_LANGUAGE || lang == CLD2::TG_UNKNOWN_LANGUAGE) return guess;
  guess.code = CLD2::LanguageCode(lang);
  guess.reliable = reliable;
  guess.percent = percent3[0];
  return guess;
}

}  // namespace storyline::clean
