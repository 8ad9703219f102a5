#include "extract/name_shapes.h"

#include <array>
#include <cstddef>

namespace storyline::extract {
namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }

bool EqualsFolded(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (Lower(a[i]) != b[i]) return false;
  }
  return true;
}

bool EndsWithFolded(std::string_view word, std::string_view suffix) {
  return word.size() >= suffix.size() &&
         EqualsFolded(word.substr(word.size() - suffix.size()), suffix);
}

bool StartsWithFolded(std::string_view word, std::string_view prefix) {
  return word.size() >= prefix.size() && EqualsFolded(word.substr(0, prefix.size()), prefix);
}

// Letters only (ASCII or any multi-byte UTF-8 letter is accepted as a letter here).
bool AllLetters(std::string_view word) {
  for (char c : word) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && !IsUpper(c) && !IsLowerAscii(c)) return false;
  }
  return true;
}

struct Ending {
  std::string_view suffix;
  float score;
  size_t min_length;  // the whole word must be at least this long
};

// Surname endings. Strong ones are rare outside names; weak ones also end ordinary words and
// place names ("Berlin"), so they only tip a balance. Order does not matter: the best wins.
constexpr std::array<Ending, 46> kEndings = {{
    // Slavic surnames and patronymics
    {"ovich", 0.9f, 6},
    {"evich", 0.9f, 6},
    {"ovna", 0.8f, 6},
    {"evna", 0.8f, 6},
    {"vich", 0.8f, 6},
    {"enko", 0.9f, 6},
    {"skaya", 0.9f, 7},
    {"skiy", 0.8f, 6},
    {"sky", 0.7f, 6},
    {"ski", 0.7f, 6},
    {"ska", 0.5f, 6},
    {"ova", 0.7f, 5},
    {"eva", 0.5f, 5},
    {"ov", 0.6f, 5},
    {"ev", 0.5f, 5},
    {"yuk", 0.7f, 5},
    {"chuk", 0.8f, 5},
    {"czyk", 0.8f, 6},
    {"wicz", 0.9f, 6},
    {"ic", 0.3f, 5},
    // Caucasus, Turkish, Greek
    {"shvili", 0.9f, 7},
    {"dze", 0.7f, 6},
    {"yan", 0.5f, 5},
    {"oglu", 0.8f, 6},
    {"opoulos", 0.9f, 8},
    {"akis", 0.6f, 6},
    {"idis", 0.7f, 6},
    {"ides", 0.4f, 7},
    // Romance
    {"ez", 0.6f, 5},
    {"ini", 0.3f, 6},
    {"elli", 0.5f, 6},
    {"etti", 0.5f, 6},
    {"ucci", 0.6f, 6},
    {"eiro", 0.4f, 6},
    // Nordic, Dutch, German, English patronymic
    {"sson", 0.9f, 6},
    {"ssen", 0.7f, 6},
    {"sen", 0.4f, 6},
    {"son", 0.4f, 6},
    {"mann", 0.4f, 6},
    // Japanese family names
    {"moto", 0.7f, 6},
    {"mura", 0.6f, 6},
    {"shita", 0.7f, 7},
    {"zawa", 0.7f, 6},
    {"hara", 0.4f, 6},
    {"uchi", 0.6f, 6},
    {"yama", 0.4f, 6},
}};

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'v';
}

// Pinyin: optional initial, then a final. Finals listed longest first inside MatchFinal.
size_t MatchInitial(std::string_view s) {
  if (s.size() >= 2 && (s[0] == 'z' || s[0] == 'c' || s[0] == 's') && s[1] == 'h') return 2;
  static constexpr std::string_view kOne = "bpmfdtnlgkhjqxrzcsyw";
  if (!s.empty() && kOne.find(s[0]) != std::string_view::npos) return 1;
  return 0;
}

constexpr std::array<std::string_view, 35> kFinals = {
    "iang", "iong", "uang", "ueng", "iao", "ian", "ing", "ang", "eng", "ong", "uai", "uan",
    "ai",   "ei",   "ao",   "ou",   "an",  "en",  "er",  "ia",  "ie",  "in",  "iu",  "ua",
    "uo",   "ui",   "un",   "ue",   "a",   "e",   "i",   "o",   "u",   "v",   "ng"};

// Lengths of the pinyin syllables that can start `s` (several, since finals overlap).
template <typename F>
void ForEachSyllable(std::string_view s, F&& f) {
  size_t init = MatchInitial(s);
  std::string_view rest = s.substr(init);
  for (std::string_view fin : kFinals) {
    if (fin == "ng" && init != 0) continue;
    if (rest.substr(0, fin.size()) == fin) f(init + fin.size());
  }
}

bool SplitsIntoSyllables(std::string_view s, int max_syllables) {
  if (s.empty()) return true;
  if (max_syllables == 0) return false;
  bool ok = false;
  ForEachSyllable(s, [&](size_t n) {
    if (!ok && SplitsIntoSyllables(s.substr(n), max_syllables - 1)) ok = true;
  });
  return ok;
}

}  // namespace

float PersonShapeScore(std::string_view word) {
  if (word.size() < 4 || !AllLetters(word)) return 0;
  float best = 0;
  for (const Ending& e : kEndings) {
    if (word.size() >= e.min_length && e.score > best && EndsWithFolded(word, e.suffix)) {
      best = e.score;
    }
  }
  // Celtic prefixes: "McAllister", "O'Neill"; "Mac" only before a capital ("MacLeod").
  if (word.size() >= 4 && word[0] == 'M' && word[1] == 'c' && IsUpper(word[2])) best = 0.9f;
  if (word.size() >= 5 && word.substr(0, 3) == "Mac" && IsUpper(word[3])) best = 0.8f;
  return best;
}

bool IsNameParticle(std::string_view word) {
  static constexpr std::array<std::string_view, 27> kParticles = {
      "van", "von", "de",   "da", "das",   "dos", "do",    "del",   "della",
      "di",  "du",  "le",   "la", "bin",   "ibn", "al",    "el",    "ter",
      "den", "der", "bint", "y",  "dello", "dei", "degli", "delle", "des"};
  for (std::string_view p : kParticles) {
    if (word == p) return true;
  }
  return false;
}

bool IsInitial(std::string_view word) {
  if (word.empty() || !IsUpper(word[0])) return false;
  return word.size() == 1 || (word.size() == 2 && word[1] == '.');
}

bool IsPinyinWord(std::string_view word) {
  if (word.size() < 2 || word.size() > 12) return false;
  char buffer[12];
  for (size_t i = 0; i < word.size(); ++i) {
    char c = Lower(word[i]);
    if (!IsLowerAscii(c)) return false;
    buffer[i] = c;
  }
  std::string_view s(buffer, word.size());
  // A syllable needs a vowel; "ng" alone is an interjection, not a name.
  bool vowel = false;
  for (char c : s) vowel = vowel || IsVowel(c);
  return vowel && SplitsIntoSyllables(s, 2);
}

bool IsHyphenatedGivenName(std::string_view word) {
  size_t dash = word.find('-');
  if (dash == std::string_view::npos || dash < 2 || dash > 5) return false;
  std::string_view first = word.substr(0, dash);
  std::string_view second = word.substr(dash + 1);
  if (second.size() < 2 || second.size() > 5 || !IsUpper(first[0])) return false;
  for (size_t i = 1; i < first.size(); ++i) {
    if (!IsLowerAscii(first[i])) return false;
  }
  for (char c : second) {
    if (!IsLowerAscii(c)) return false;
  }
  // Both halves must read as syllables with a vowel: rules out "Co-op"-like words only partly,
  // so the caller still requires a capitalised family name beside it.
  bool vowel_first = false;
  bool vowel_second = false;
  for (char c : first) vowel_first = vowel_first || IsVowel(Lower(c));
  for (char c : second) vowel_second = vowel_second || IsVowel(c);
  // Romanised syllables end in a vowel or a nasal/liquid/stop of the romanisation ("sam",
  // "jung", "il", "hak"); English compounds end otherwise ("Paris-based", "Soviet-made").
  static constexpr std::string_view kEnds = "aeiounmglkp";
  if (kEnds.find(second.back()) == std::string_view::npos) return false;
  static constexpr std::string_view kEnglish[] = {"born", "run",  "in",   "on",    "up",   "like",
                                                  "line", "time", "one",  "man",   "men",  "some",
                                                  "long", "bank", "term", "style", "wide", "free"};
  for (std::string_view w : kEnglish) {
    if (second == w) return false;
  }
  return vowel_first && vowel_second;
}

bool IsArabicNamePart(std::string_view word) {
  static constexpr std::array<std::string_view, 7> kParts = {"abu", "abdel", "abdul", "abd",
                                                             "bin", "ibn",   "bint"};
  for (std::string_view p : kParts) {
    if (EqualsFolded(word, p)) return true;
  }
  // "Inzamam-ul-Haq", "Ata-ur-Rehman", "Salah-ud-Din": joined Arabic/Urdu particles.
  for (std::string_view inner :
       {std::string_view("-ul-"), std::string_view("-ur-"), std::string_view("-ud-"),
        std::string_view("-al-"), std::string_view("-el-"), std::string_view("-bin-")}) {
    if (word.find(inner) != std::string_view::npos) return true;
  }
  if ((StartsWithFolded(word, "al-") || StartsWithFolded(word, "el-")) && word.size() >= 5) {
    return IsUpper(word[3]);
  }
  return false;
}

}  // namespace storyline::extract
