// Name shapes: how personal names of many languages are spelled, judged from one word alone (no
// lexicon). Private to src/extract (used by entity_names.cc).
//
// These are general facts of naming, written as small pattern lists: Slavic surname endings and
// patronymics (-ov, -eva, -sky, -enko, -vich), Romance and Greek surname endings (-ez, -opoulos),
// Nordic -sson/-sen, Celtic Mc-/O'-, Japanese surname endings, Arabic name particles
// (al-/el-/Abu/Abdel), romanised Chinese syllables and Korean hyphenated given names
// ("Young-sam"). A score is evidence, never a verdict: the lexicon and context outweigh it.
// All functions take one token's UTF-8 text; none allocates.
#pragma once

#include <string_view>

namespace storyline::extract {

// Evidence in [0, 1] that a capitalised word is a personal (usually family) name by its ending
// or prefix alone. 0 for words shorter than four letters and for words with no such shape.
float PersonShapeScore(std::string_view word);

// A lower-case particle that sits between the parts of a personal name: "van", "von", "de",
// "da", "dos", "del", "bin", "ibn", "al", "el", "le", "la", "du", "di", "ter", "den", "der".
bool IsNameParticle(std::string_view word);

// An initial: one upper-case ASCII letter, optionally followed by a period ("J." or "J").
bool IsInitial(std::string_view word);

// A word made of one or two romanised Mandarin (pinyin) syllables, e.g. "Wang", "Xiaoping".
// Case-insensitive; ASCII letters only.
bool IsPinyinWord(std::string_view word);

// The shape of a romanised Korean or Taiwanese given name: two syllables joined by a hyphen,
// the second in lower case ("Young-sam", "Dae-jung", "Teng-hui").
bool IsHyphenatedGivenName(std::string_view word);

// An Arabic name element that starts or joins a personal name ("Abu", "Abdel", "Abdul", "Abd",
// "bin", "ibn", "bint") or a token with the article attached ("al-Bashir", "El-Sayed").
bool IsArabicNamePart(std::string_view word);

}  // namespace storyline::extract
