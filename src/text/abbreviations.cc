#include "text/abbreviations.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace storyline::text::internal {

namespace {

using namespace std::string_view_literals;

// Words that stand before a name: their period never ends a sentence. Sorted.
constexpr std::array kTitles = {
    "Adm"sv, "Amb"sv, "Ave"sv,  "Blvd"sv, "Brig"sv, "Capt"sv,   "Cdr"sv,  "Cmdr"sv,
    "Col"sv, "Cpl"sv, "Cpt"sv,  "Det"sv,  "Dr"sv,   "Fr"sv,     "Ft"sv,   "Gen"sv,
    "Gov"sv, "Hon"sv, "Insp"sv, "Lt"sv,   "Maj"sv,  "Messrs"sv, "Mlle"sv, "Mme"sv,
    "Mr"sv,  "Mrs"sv, "Ms"sv,   "Msgr"sv, "Mt"sv,   "Mx"sv,     "Pres"sv, "Prof"sv,
    "Pvt"sv, "Rep"sv, "Rev"sv,  "Sen"sv,  "Sgt"sv,  "Sq"sv,     "St"sv,   "Supt"sv,
};

// Other abbreviations: months, weekdays, company and reference abbreviations, Latin, US state
// abbreviations of the newswire style ("Calif."). Sorted.
constexpr std::array kOthers = {
    "Ala"sv,   "Apr"sv,  "Ariz"sv, "Ark"sv,    "Assn"sv, "Aug"sv,  "Bros"sv, "Calif"sv, "Co"sv,
    "Colo"sv,  "Conn"sv, "Corp"sv, "Dec"sv,    "Dept"sv, "Est"sv,  "Feb"sv,  "Fig"sv,   "Fla"sv,
    "Fri"sv,   "Ga"sv,   "Ill"sv,  "Inc"sv,    "Jan"sv,  "Jr"sv,   "Jul"sv,  "Jun"sv,   "Kan"sv,
    "Kans"sv,  "Ky"sv,   "Ltd"sv,  "Mar"sv,    "Mass"sv, "Md"sv,   "Mich"sv, "Minn"sv,  "Mo"sv,
    "Mon"sv,   "Neb"sv,  "Nev"sv,  "Nov"sv,    "Oct"sv,  "Okla"sv, "Ore"sv,  "Pa"sv,    "Penn"sv,
    "Sat"sv,   "Sep"sv,  "Sept"sv, "Sr"sv,     "Sun"sv,  "Tenn"sv, "Tex"sv,  "Thu"sv,   "Thur"sv,
    "Thurs"sv, "Tue"sv,  "Tues"sv, "Univ"sv,   "Va"sv,   "Vol"sv,  "Vt"sv,   "Wash"sv,  "Wed"sv,
    "Wis"sv,   "Wyo"sv,  "al"sv,   "approx"sv, "cf"sv,   "etc"sv,  "vol"sv,  "vs"sv,
};

// Capitalised function words (articles, pronouns, conjunctions, prepositions, determiners).
// Sorted.
constexpr std::array kFunctionWords = {
    "A"sv,     "After"sv,     "All"sv,     "Also"sv,   "An"sv,   "And"sv, "Another"sv, "As"sv,
    "At"sv,    "But"sv,       "By"sv,      "During"sv, "Each"sv, "For"sv, "From"sv,    "He"sv,
    "Her"sv,   "His"sv,       "However"sv, "I"sv,      "If"sv,   "In"sv,  "It"sv,      "Its"sv,
    "Many"sv,  "Meanwhile"sv, "Most"sv,    "No"sv,     "On"sv,   "One"sv, "Only"sv,    "Our"sv,
    "She"sv,   "Since"sv,     "So"sv,      "Some"sv,   "That"sv, "The"sv, "Their"sv,   "There"sv,
    "These"sv, "They"sv,      "This"sv,    "Those"sv,  "To"sv,   "We"sv,  "What"sv,    "When"sv,
    "While"sv, "Yet"sv,       "You"sv,
};

template <size_t N>
bool Contains(const std::array<std::string_view, N>& sorted, std::string_view word) {
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

// A single code point (an initial), ASCII or not.
bool IsSingleLetter(std::string_view word) {
  if (word.size() == 1) return (word[0] | 0x20) >= 'a' && (word[0] | 0x20) <= 'z';
  if (word.empty() || word.size() > 4) return false;
  const auto lead = static_cast<unsigned char>(word[0]);
  const size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  return length == word.size();
}

// "ST" -> "St": titles in all-capital headlines ("ST. LOUIS", "MR. HALE").
bool IsCapitalsTitle(std::string_view word) {
  char buffer[8];
  if (word.size() < 2 || word.size() > sizeof buffer) return false;
  buffer[0] = word[0];
  for (size_t i = 1; i < word.size(); ++i) {
    if (word[i] < 'A' || word[i] > 'Z') return false;
    buffer[i] = static_cast<char>(word[i] | 0x20);
  }
  return Contains(kTitles, std::string_view(buffer, word.size()));
}

}  // namespace

AbbreviationKind ClassifyAbbreviation(std::string_view word) {
  if (IsSingleLetter(word)) return AbbreviationKind::kInitial;
  if (Contains(kTitles, word) || IsCapitalsTitle(word)) return AbbreviationKind::kTitle;
  if (Contains(kOthers, word)) return AbbreviationKind::kOther;
  // "U.S", "e.g": letter-period runs (the caller has checked the letters).
  if (word.find('.') != std::string_view::npos) return AbbreviationKind::kOther;
  return AbbreviationKind::kNone;
}

bool IsNumberAbbreviation(std::string_view word) {
  return word == "No" || word == "no" || word == "Nos" || word == "nos";
}

bool IsCapitalizedFunctionWord(std::string_view word) { return Contains(kFunctionWords, word); }

}  // namespace storyline::text::internal
