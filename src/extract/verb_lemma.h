// Private to src/extract: the lemma of a regular English verb form, for the rules that know their
// verbs by lemma (speech verbs in quote_speech.cc, event triggers in event_words.cc).
#pragma once

#include <string>
#include <string_view>

namespace storyline::extract {

// The lemma `is_lemma` accepts for a lower-case verb form, undoing -ing, -ed, -es, -s and -d
// ("stressing" -> "stress", "noted" -> "note", "travelled" -> "travel", "replied" / "replies" ->
// "reply"); "" when none is accepted. Irregular forms ("said", "met") are the caller's.
template <typename IsLemma>
std::string RegularVerbLemma(std::string_view lower, IsLemma is_lemma) {
  auto accept = [&](std::string stem) { return is_lemma(std::string_view(stem)) ? stem : ""; };
  for (std::string_view suffix : {"ing", "ed", "es", "s", "d"}) {
    if (lower.size() <= suffix.size() + 1 || !lower.ends_with(suffix)) continue;
    const std::string stem(lower.substr(0, lower.size() - suffix.size()));
    if (std::string s = accept(stem); !s.empty()) return s;
    if (std::string s = accept(stem + "e"); !s.empty()) return s;
    // A doubled final consonant: "travelled", "signalling".
    if (stem.size() > 2 && stem.back() == stem[stem.size() - 2]) {
      if (std::string s = accept(stem.substr(0, stem.size() - 1)); !s.empty()) return s;
    }
    // "replied", "replies": a final y became i.
    if ((suffix == "ed" || suffix == "es") && stem.size() > 1 && stem.back() == 'i') {
      if (std::string s = accept(stem.substr(0, stem.size() - 1) + "y"); !s.empty()) return s;
    }
  }
  return "";
}

}  // namespace storyline::extract
