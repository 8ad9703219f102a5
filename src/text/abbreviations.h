// Private to src/text: the general-knowledge abbreviations whose period belongs to the word.
//
// The list is short on purpose (titles, ranks, months, weekdays, company suffixes, Latin
// abbreviations, street words): a period is kept on a word only when the word is listed, is a
// single letter (an initial), or is a run of letter-period pairs ("U.S.", "e.g."). Matching is
// exact (case-sensitive): "Sat." is a weekday, "sat." is the end of a sentence.
#pragma once

#include <string_view>

namespace storyline::text::internal {

enum class AbbreviationKind {
  kNone,     // not an abbreviation: its period is a full stop
  kTitle,    // a title or place word that stands before a name ("Mr.", "Gen.", "St."): never
             // ends a sentence
  kInitial,  // a single letter ("J."): ends a sentence only before a capitalised function word
  kOther     // "U.S.", "Inc.", "Jan.", "etc.": ends a sentence only before a capitalised
             // function word (or a quote, or the end of the line)
};

// Classifies `word` (without its period) as written before a period.
AbbreviationKind ClassifyAbbreviation(std::string_view word);

// True for "No"/"no"/"Nos"/"nos": abbreviations only when a number follows ("No. 10").
bool IsNumberAbbreviation(std::string_view word);

// True when `word` is a capitalised function word ("The", "It", "But") that starts sentences
// far more often than it continues a name; used after ambiguous abbreviations ("U.S. The ...").
bool IsCapitalizedFunctionWord(std::string_view word);

}  // namespace storyline::text::internal
