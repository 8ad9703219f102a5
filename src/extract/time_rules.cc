#include "extract/time_rules.h"

#include <algorithm>
#include <bitset>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace storyline::extract::timerules {

using timecal::CivilDate;

namespace {

// ---------------------------------------------------------------- tokens

struct Tok {
  uint32_t start = 0, end = 0;
  std::string_view low;  // ASCII-lower-cased text (a view into the lower-cased copy of the text)
  bool cap = false;      // starts with an ASCII upper-case letter
  bool digits = false;   // ASCII digits only
  bool numeric = false;  // starts with a digit
  bool space_before = true;
  bool newline_before = true;
  int sentence = 0;
};

bool IsLetter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// Length of the UTF-8 sequence starting at s[i] (1 for a stray byte).
size_t SeqLen(std::string_view s, size_t i) {
  const unsigned char c = s[i];
  size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  return std::min(n, s.size() - i);
}

// General-punctuation block (dashes, quotes, ellipsis): a token of its own, not part of a word.
bool IsUnicodePunct(std::string_view s, size_t i) {
  return i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
         static_cast<unsigned char>(s[i + 1]) == 0x80;
}

bool IsWordByte(std::string_view s, size_t i) {
  const unsigned char c = s[i];
  if (c < 0x80) return IsLetter(c) || IsDigit(c);
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return false;
  return !IsUnicodePunct(s, i);
}

size_t ScanNumber(std::string_view s, size_t i) {
  while (i < s.size() && IsDigit(s[i])) ++i;
  while (i + 1 < s.size() && std::string_view(":,./-").find(s[i]) != std::string_view::npos &&
         IsDigit(s[i + 1])) {
    ++i;
    while (i < s.size() && IsDigit(s[i])) ++i;
  }
  // Trailing letters belong to the number ("1990s", "22nd", "10am") unless digits follow them
  // ("2025-01-22T09:35": the T starts the time).
  size_t j = i;
  while (j < s.size() && IsLetter(s[j])) ++j;
  return j < s.size() && IsDigit(s[j]) ? i : j;
}

size_t ScanWord(std::string_view s, size_t i) {
  // Initialisms with their periods: "a.m.", "U.S.".
  if (IsLetter(s[i]) && i + 2 < s.size() && s[i + 1] == '.' && IsLetter(s[i + 2]) &&
      (i + 3 >= s.size() || !IsLetter(s[i + 3]))) {
    size_t j = i;
    while (
        j + 1 < s.size() && IsLetter(s[j]) && s[j + 1] == '.' &&
        (j + 2 >= s.size() || !IsLetter(s[j + 2]) || (j + 3 >= s.size() || !IsLetter(s[j + 3])))) {
      j += 2;
      if (j >= s.size() || !IsLetter(s[j])) break;
    }
    if (j < s.size() && IsLetter(s[j]) && (j + 1 >= s.size() || !IsLetter(s[j + 1]))) ++j;
    return j;
  }
  while (i < s.size() && IsWordByte(s, i)) i += SeqLen(s, i);
  return i;
}

bool IsSentenceEnd(const Tok& t) { return t.low == "." || t.low == "!" || t.low == "?"; }

// `lower` is `s` with ASCII letters in lower case; the tokens' `low` views point into it.
std::vector<Tok> Tokenize(std::string_view s, std::string_view lower) {
  std::vector<Tok> toks;
  toks.reserve(s.size() / 5 + 1);
  bool space = true, newline = true, blank = false;
  size_t i = 0;
  int sentence = 0;
  while (i < s.size()) {
    const unsigned char c = s[i];
    if (c == '\n') {
      blank = newline && !toks.empty();
      space = newline = true;
      ++i;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
      ++i;
      continue;
    }
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      space = true;
      i += 2;
      continue;
    }
    size_t end;
    if (IsDigit(c)) {
      end = ScanNumber(s, i);
    } else if (IsWordByte(s, i)) {
      end = ScanWord(s, i);
    } else {
      end = i + SeqLen(s, i);
    }
    if (end <= i) end = i + 1;
    Tok t;
    t.start = static_cast<uint32_t>(i);
    t.end = static_cast<uint32_t>(end);
    t.low = lower.substr(i, end - i);
    bool all_digits = true;
    for (char ch : t.low) all_digits = all_digits && IsDigit(ch);
    t.cap = c >= 'A' && c <= 'Z';
    t.digits = all_digits;
    t.numeric = IsDigit(c);
    t.space_before = space;
    t.newline_before = newline;
    if (!toks.empty()) {
      const Tok& prev = toks.back();
      const bool after_stop = IsSentenceEnd(prev) && (t.cap || t.numeric || newline);
      if (blank || after_stop) ++sentence;
    }
    t.sentence = sentence;
    toks.push_back(t);
    space = newline = blank = false;
    i = end;
  }
  return toks;
}

// ---------------------------------------------------------------- lexicon

int MonthNumber(std::string_view w) {
  static constexpr std::string_view kFull[] = {"january",   "february", "march",    "april",
                                               "may",       "june",     "july",     "august",
                                               "september", "october",  "november", "december"};
  for (int m = 0; m < 12; ++m) {
    if (w == kFull[m]) return m + 1;
  }
  static constexpr std::pair<std::string_view, int> kAbbrev[] = {
      {"jan", 1}, {"feb", 2}, {"mar", 3},  {"apr", 4},  {"jun", 6},  {"jul", 7},
      {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}};
  for (const auto& [name, m] : kAbbrev) {
    if (w == name) return -m;  // negative: an abbreviation
  }
  return 0;
}

int WeekdayNumber(std::string_view w) {  // 0 = Monday; -1 none
  static constexpr std::string_view kDays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                               "friday", "saturday", "sunday"};
  for (int d = 0; d < 7; ++d) {
    if (w == kDays[d]) return d;
  }
  return -1;
}

int WeekdayAbbrev(std::string_view w) {
  static constexpr std::pair<std::string_view, int> kAbbrev[] = {
      {"mon", 0},  {"tue", 1},   {"tues", 1}, {"wed", 2}, {"thu", 3},
      {"thur", 3}, {"thurs", 3}, {"fri", 4},  {"sat", 5}, {"sun", 6}};
  for (const auto& [name, d] : kAbbrev) {
    if (w == name) return d;
  }
  return -1;
}

int SmallNumber(std::string_view w) {
  static constexpr std::string_view kOnes[] = {
      "zero",     "one",     "two",     "three",     "four",     "five",    "six",
      "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  for (int n = 0; n < 20; ++n) {
    if (w == kOnes[n]) return n;
  }
  return -1;
}

int TensNumber(std::string_view w) {
  static constexpr std::string_view kTens[] = {"twenty", "thirty",  "forty",  "fifty",
                                               "sixty",  "seventy", "eighty", "ninety"};
  for (int n = 0; n < 8; ++n) {
    if (w == kTens[n]) return (n + 2) * 10;
  }
  return -1;
}

int OrdinalNumber(std::string_view w) {
  static constexpr std::string_view kOrd[] = {"first", "second", "third",    "fourth",
                                              "fifth", "sixth",  "seventh",  "eighth",
                                              "ninth", "tenth",  "eleventh", "twelfth"};
  for (int n = 0; n < 12; ++n) {
    if (w == kOrd[n]) return n + 1;
  }
  if (w == "1st") return 1;
  if (w == "2nd") return 2;
  if (w == "3rd") return 3;
  if (w.size() >= 3 && w.size() <= 4 && w.substr(w.size() - 2) == "th") {
    int n = 0;
    for (char c : w.substr(0, w.size() - 2)) {
      if (!IsDigit(c)) return -1;
      n = n * 10 + (c - '0');
    }
    return n;
  }
  return -1;
}

struct Unit {
  char letter = 0;      // S M H D W M Y
  bool time = false;    // needs the T of a time duration
  int multiplier = 1;   // decade = 10 years, fortnight = 2 weeks
  int granularity = 0;  // 1 hour-or-less, 2 day, 3 week, 4 month, 5 year, 6 decade, 7 century
};

bool UnitOf(std::string_view w, Unit* unit, bool* plural) {
  struct Entry {
    std::string_view singular, plural;
    Unit unit;
  };
  static const Entry kUnits[] = {
      {"second", "seconds", {'S', true, 1, 1}},   {"minute", "minutes", {'M', true, 1, 1}},
      {"hour", "hours", {'H', true, 1, 1}},       {"day", "days", {'D', false, 1, 2}},
      {"week", "weeks", {'W', false, 1, 3}},      {"fortnight", "fortnights", {'W', false, 2, 3}},
      {"month", "months", {'M', false, 1, 4}},    {"year", "years", {'Y', false, 1, 5}},
      {"decade", "decades", {'Y', false, 10, 6}}, {"century", "centuries", {'Y', false, 100, 7}},
      {"quarter", "quarters", {'Q', false, 1, 4}}};
  for (const Entry& e : kUnits) {
    if (w == e.singular || w == e.plural) {
      *unit = e.unit;
      *plural = w == e.plural;
      return true;
    }
  }
  return false;
}

std::string DurationValue(double count, bool fuzzy, const Unit& unit);

std::string SeasonCode(std::string_view w) {
  if (w == "spring") return "SP";
  if (w == "summer") return "SU";
  if (w == "fall" || w == "autumn") return "FA";
  if (w == "winter") return "WI";
  return "";
}

std::string PartOfDay(std::string_view w) {
  if (w == "morning") return "MO";
  if (w == "afternoon") return "AF";
  if (w == "evening") return "EV";
  if (w == "night" || w == "overnight") return "NI";
  return "";
}

bool IsZone(std::string_view w) {
  static const std::unordered_set<std::string_view> kZones = {
      "gmt", "utc", "bst", "cet", "cest", "eet", "est", "edt", "cst", "cdt",
      "mst", "mdt", "pst", "pdt", "et",   "pt",  "ct",  "mt",  "jst", "ist"};
  return kZones.count(w) > 0;
}

// Words that may begin an expression without being time words themselves ("the", "about").
const std::unordered_set<std::string_view>& StarterWords() {
  static const std::unordered_set<std::string_view> kWords = {
      "the",       "this",    "last",         "next",   "past",          "coming",  "previous",
      "following", "current", "early",        "late",   "mid",           "earlier", "later",
      "about",     "around",  "nearly",       "almost", "approximately", "roughly", "more",
      "less",      "at",      "over",         "some",   "only",          "just",    "up",
      "under",     "a",       "an",           "half",   "few",           "several", "many",
      "couple",    "fiscal",  "every",        "each",   "per",           "these",   "most",
      "new",       "'",       "\xE2\x80\x99", "fewer",  "first",         "second",  "third",
      "fourth",    "final",   "latest"};
  return kWords;
}

enum WordClass : uint8_t { kStarter = 1, kTimeWord = 2 };

// One hash lookup per token: the classes of every word the rules start from.
uint8_t WordClassOf(std::string_view w) {
  static const std::unordered_map<std::string_view, uint8_t> kClasses = [] {
    std::unordered_map<std::string_view, uint8_t> out;
    for (std::string_view s : StarterWords()) out[s] |= kStarter;
    static constexpr std::string_view kExtra[] = {
        "january",    "february",   "march",     "april",     "may",       "june",
        "july",       "august",     "september", "october",   "november",  "december",
        "jan",        "feb",        "mar",       "apr",       "jun",       "jul",
        "aug",        "sep",        "sept",      "oct",       "nov",       "dec",
        "monday",     "tuesday",    "wednesday", "thursday",  "friday",    "saturday",
        "sunday",     "second",     "seconds",   "minute",    "minutes",   "hour",
        "hours",      "day",        "days",      "week",      "weeks",     "fortnight",
        "fortnights", "month",      "months",    "year",      "years",     "decade",
        "decades",    "century",    "centuries", "one",       "two",       "three",
        "four",       "five",       "six",       "seven",     "eight",     "nine",
        "ten",        "eleven",     "twelve",    "thirteen",  "fourteen",  "fifteen",
        "sixteen",    "seventeen",  "eighteen",  "nineteen",  "twenty",    "thirty",
        "forty",      "fifty",      "sixty",     "seventy",   "eighty",    "ninety",
        "hundred",    "dozen",      "today",     "tonight",   "yesterday", "tomorrow",
        "now",        "currently",  "current",   "present",   "nowadays",  "recently",
        "recent",     "previously", "formerly",  "future",    "soon",      "daily",
        "weekly",     "monthly",    "yearly",    "annually",  "hourly",    "nightly",
        "noon",       "midday",     "midnight",  "overnight", "christmas", "thanksgiving",
        "spring",     "summer",     "fall",      "autumn",    "winter",    "morning",
        "afternoon",  "evening",    "night",     "quarter",   "quarters",  "half",
        "weekend",    "twenties",   "thirties",  "forties",   "fifties",   "sixties",
        "seventies",  "eighties",   "nineties",  "mondays",   "tuesdays",  "wednesdays",
        "thursdays",  "fridays",    "saturdays", "sundays",   "past",      "period",
        "clock"};
    for (std::string_view s : kExtra) out[s] |= kTimeWord;
    return out;
  }();
  // Most tokens are no such word: a bit per (length, first byte, last byte) of the words above
  // turns them away before any hashing.
  auto prefilter = [](std::string_view word) {
    return (word.size() * 131 + static_cast<unsigned char>(word.front()) * 31 +
            static_cast<unsigned char>(word.back())) &
           4095;
  };
  static const std::bitset<4096> kMaybe = [&] {
    std::bitset<4096> bits;
    for (const auto& entry : kClasses) bits.set(prefilter(entry.first));
    return bits;
  }();
  if (w.empty() || w.size() > 13 || !kMaybe.test(prefilter(w))) return 0;
  auto it = kClasses.find(w);
  return it == kClasses.end() ? 0 : it->second;
}

}  // namespace

// ---------------------------------------------------------------- the prepared text

// The tokens of a text and what the rules read of them regardless of the anchor, computed once.
struct PreparedText::Impl {
  explicit Impl(std::string_view text);

  std::string lower;  // the text with ASCII letters in lower case; Tok::low points into it
  std::vector<Tok> toks;
  std::vector<bool> future;   // per sentence: it speaks of the future
  std::vector<bool> timeish;  // per token: a number or a time word
  std::vector<bool> starter;  // per token: a word an expression may start with
  int sentences = 1;
  bool quarter_context = false;
  bool day_first = false;
};

namespace {

// ---------------------------------------------------------------- the scanner

struct Hit {
  size_t end = 0;  // token index, exclusive
  std::string type, value;
  bool absolute = false;
  bool relative = false;   // computed from the anchor
  bool reference = false;  // PRESENT_REF and friends
  CivilDate day;
};

enum class Dir { kPast, kFuture, kThis, kLast, kNext };

class Scanner {
 public:
  Scanner(const PreparedText::Impl& prepared, const ScanOptions& options)
      : toks_(prepared.toks),
        options_(options),
        anchor_(options.anchor),
        anchor_text_(options.anchor_text),
        future_(prepared.future),
        timeish_(prepared.timeish),
        starter_(prepared.starter),
        sentence_day_(prepared.sentences, CivilDate{}),
        quarter_context_(prepared.quarter_context),
        day_first_(prepared.day_first) {}

  std::vector<FoundTime> Run();

 private:
  // Token access, always bounds-checked.
  size_t n() const { return toks_.size(); }
  std::string_view L(size_t i) const { return i < n() ? std::string_view(toks_[i].low) : ""; }
  bool Is(size_t i, std::string_view w) const { return L(i) == w; }
  bool Cap(size_t i) const { return i < n() && toks_[i].cap; }
  bool Attached(size_t i) const { return i < n() && !toks_[i].space_before; }
  size_t OptDot(size_t i) const { return Is(i, ".") && Attached(i) ? i + 1 : i; }
  size_t OptComma(size_t i) const { return Is(i, ",") ? i + 1 : i; }
  size_t OptHyphen(size_t i) const { return Is(i, "-") ? i + 1 : i; }
  bool IsApostrophe(size_t i) const { return Is(i, "'") || Is(i, "\xE2\x80\x99"); }
  bool LineEndAfter(size_t i) const { return i >= n() || toks_[i].newline_before; }

  bool TimeWordWithin(size_t from, size_t count) const {
    for (size_t k = from; k < std::min(n(), from + count); ++k) {
      if (timeish_[k]) return true;
    }
    return false;
  }
  bool HaveAnchor() const { return anchor_.valid_day(); }
  bool Future(size_t i) const;
  int Tense(size_t i) const;

  bool Best(size_t i, Hit& best);
  bool Core(size_t i, Hit& best);
  void Consider(bool ok, Hit& candidate, Hit& best, bool& found) const;

  // Rule families; each matches starting exactly at token i.
  bool NumericDate(size_t i, Hit& h);
  bool MonthDate(size_t i, Hit& h);
  bool Year(size_t i, Hit& h);
  bool Decade(size_t i, Hit& h);
  bool PeriodEnd(size_t i, Hit& h);
  bool DayListItem(size_t i, Hit& h) const;
  bool Quarter(size_t i, Hit& h);
  bool YearQuarter(size_t i, Hit& h);
  bool Deictic(size_t i, Hit& h);
  bool PartBeforeDay(size_t i, Hit& h);
  bool Relative(size_t i, Hit& h);
  bool Ago(size_t i, Hit& h);
  bool YearEarlier(size_t i, Hit& h);
  bool Weekday(size_t i, Hit& h);
  bool Clock(size_t i, Hit& h);
  bool Duration(size_t i, Hit& h);
  bool Set(size_t i, Hit& h);
  bool IsRateBefore(size_t k) const;
  bool Reference(size_t i, Hit& h);
  bool Season(size_t i, Hit& h);
  bool Holiday(size_t i, Hit& h);

  // Parts shared by several families.
  int Day(size_t i) const;
  int YearAt(size_t i) const;
  int SpokenYear(size_t i, size_t* end) const;
  bool Number(size_t i, size_t* end, double* value, bool* fuzzy, bool* article) const;
  bool DayExpression(size_t i, Hit& h);  // a day-level date usable after a clock time
  std::string WithPartOfDay(size_t* end, const CivilDate& day, std::string* type) const;
  CivilDate ResolveWeekday(int weekday, Dir dir) const;
  int ResolveYear(int month, int day, size_t at) const;
  void SetDay(Hit& h, const CivilDate& day, bool relative) const;
  std::string QuarterValue(int year, int quarter) const;
  std::string YearAgoValue(int years) const;

  const std::vector<Tok>& toks_;
  const ScanOptions& options_;
  CivilDate anchor_;
  std::string anchor_text_;
  float anchor_confidence_ = 0.8f;
  const std::vector<bool>& future_;
  const std::vector<bool>& timeish_;  // per token: a number or a time word
  const std::vector<bool>& starter_;  // per token: a word an expression may start with
  std::vector<CivilDate> sentence_day_;
  bool quarter_context_ = false;
  size_t last_end_ = SIZE_MAX;  // token after the previous expression
  CivilDate last_day_;          // the day it named, if any
  const bool day_first_ = false;
};

// ---- shared parts

// Whether the words around token i speak of the future: the nearest tense marker within a few
// tokens of the same sentence decides ("will meet Monday" vs "said Monday").
bool Scanner::Future(size_t i) const { return Tense(i) > 0; }

// +1 when the nearest tense marker speaks of the future, -1 of the past, 0 when there is none.
int Scanner::Tense(size_t i) const {
  if (i >= n()) return 0;
  static const std::unordered_set<std::string_view> kFuture = {
      "will",     "shall",   "ll",        "scheduled", "planned",  "planning", "plans",
      "expected", "expects", "soon",      "upcoming",  "next",     "tomorrow", "due",
      "later",    "payable", "effective", "starting",  "beginning"};
  static const std::unordered_set<std::string_view> kScheduleVerbs = {
      "begin", "begins", "end", "ends", "open", "opens", "close", "closes", "resume", "resumes"};
  // Before these a schedule word is a noun, an adjective or an infinitive ("the end", "more
  // open", "fell on Friday to close at").
  static const std::unordered_set<std::string_view> kNotAVerbAfter = {
      "the", "a", "an", "its", "their", "his", "her", "this", "to", "more", "most"};
  static const std::unordered_set<std::string_view> kPast = {
      "said",    "was",   "were", "had",  "did",  "told", "ago",  "last", "yesterday", "since",
      "earlier", "began", "came", "went", "took", "made", "gave", "left", "saw",       "met"};
  const int sentence = toks_[i].sentence;
  for (size_t d = 1; d <= 8; ++d) {
    for (size_t k : {i - d, i + d}) {
      if (k >= n() || toks_[k].sentence != sentence) continue;
      const std::string_view w = L(k);
      if (kFuture.count(w)) return 1;
      // A present-tense verb of a scheduled start or end speaks of the future ("the exercises
      // end on Sunday").
      if (kScheduleVerbs.count(w) && !kNotAVerbAfter.count(L(k - 1))) return 1;
      if (w == "set" && L(k + 1) == "to") return 1;  // "set to resume Monday
      const bool past_participle = w.size() > 4 && w.substr(w.size() - 2) == "ed" &&
                                   w.substr(w.size() - 3) != "eed";  // not "succeed"
      if (kPast.count(w) || past_participle) return -1;
    }
  }
  return future_[sentence] ? 1 : 0;
}

int Scanner::Day(size_t i) const {
  if (i >= n() || !toks_[i].numeric) return 0;
  std::string_view w = L(i);
  size_t digits = 0;
  while (digits < w.size() && IsDigit(w[digits])) ++digits;
  if (digits == 0 || digits > 2) return 0;
  std::string_view suffix = w.substr(digits);
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") {
    return 0;
  }
  const int d = std::stoi(std::string(w.substr(0, digits)));
  return d >= 1 && d <= 31 ? d : 0;
}

int Scanner::YearAt(size_t i) const {
  if (i >= n() || !toks_[i].digits || L(i).size() != 4) return 0;
  const int y = std::stoi(std::string(L(i)));
  return y >= 1000 && y <= 2199 ? y : 0;
}

// A cardinal: digits, number words ("twenty-four", "a hundred"), "a"/"an" (article set), or a
// vague quantity ("a few", "several": fuzzy set).
bool Scanner::Number(size_t i, size_t* end, double* value, bool* fuzzy, bool* article) const {
  *fuzzy = *article = false;
  std::string_view w = L(i);
  if (i >= n()) return false;
  if (toks_[i].digits && w.size() <= 6) {
    *value = std::stod(std::string(w));
    *end = i + 1;
    if (Is(i + 1, "1/2")) {
      *value += 0.5;
      *end = i + 2;
    }
    return true;
  }
  if (toks_[i].numeric && w.find('.') != std::string_view::npos && w.find(',') == w.npos &&
      w.find('/') == w.npos && w.size() <= 6 && IsDigit(w.back())) {
    *value = std::stod(std::string(w));
    *end = i + 1;
    return true;
  }
  if (w == "a" || w == "an") {
    if (Is(i + 1, "few") || Is(i + 1, "couple")) {
      *fuzzy = Is(i + 1, "few");
      *value = 2;
      *end = Is(i + 2, "of") ? i + 3 : i + 2;
      return true;
    }
    if (Is(i + 1, "dozen") || Is(i + 1, "hundred")) {
      *value = Is(i + 1, "dozen") ? 12 : 100;
      *end = i + 2;
      return true;
    }
    *value = 1;
    *article = true;
    *end = i + 1;
    return true;
  }
  if (w == "couple" && Is(i + 1, "of")) {
    *value = 2;
    *end = i + 2;
    return true;
  }
  if (w == "several" || w == "many" || w == "few" || w == "some") {
    *fuzzy = true;
    *value = 0;
    *end = i + 1;
    return true;
  }
  int tens = TensNumber(w);
  int ones = SmallNumber(w);
  if (tens > 0) {
    size_t j = OptHyphen(i + 1);
    const int unit = SmallNumber(L(j));
    if (unit >= 1 && unit <= 9) {
      *value = tens + unit;
      *end = j + 1;
    } else {
      *value = tens;
      *end = i + 1;
    }
  } else if (ones >= 0) {
    *value = ones;
    *end = i + 1;
  } else {
    return false;
  }
  if (Is(*end, "hundred")) {
    *value *= 100;
    ++*end;
  }
  return true;
}

void Scanner::SetDay(Hit& h, const CivilDate& day, bool relative) const {
  h.day = day;
  h.relative = relative;
  h.absolute = !relative;
}

std::string Scanner::QuarterValue(int year, int quarter) const {
  return timecal::Pad4(year) + "-Q" + std::to_string(quarter);
}

// "a year ago"/"year-earlier": earnings reports compare with the same quarter a year before.
std::string Scanner::YearAgoValue(int years) const {
  const int year = anchor_.year - years;
  if (!quarter_context_) return timecal::Pad4(year);
  CivilDate last_quarter = timecal::AddMonths(anchor_, -3);
  return QuarterValue(year - (anchor_.year - last_quarter.year), (last_quarter.month - 1) / 3 + 1);
}

CivilDate Scanner::ResolveWeekday(int weekday, Dir dir) const {
  if (!HaveAnchor()) return {};
  const int today = timecal::Weekday(anchor_);
  int back = (today - weekday + 7) % 7, ahead = (weekday - today + 7) % 7;
  switch (dir) {
    case Dir::kLast:
      return timecal::AddDays(anchor_, -(back == 0 ? 7 : back));
    case Dir::kNext:
      return timecal::AddDays(anchor_, ahead == 0 ? 7 : ahead);
    case Dir::kFuture:
      return timecal::AddDays(anchor_, ahead);
    default:
      return timecal::AddDays(anchor_, -back);
  }
}

// The year of a month (and day) written without one: the candidate year nearest the anchor,
// where the future counts double (news speaks mostly of the recent past: "Dec 30" in a January
// article is last year's, "January" in a November one next year's). Said of the future, the date
// is the next one.
int Scanner::ResolveYear(int month, int day, size_t at) const {
  if (!HaveAnchor()) return 0;
  const int d = day > 0 ? day : 15;
  const int64_t a = timecal::DaysFromCivil(anchor_.year, anchor_.month, anchor_.day);
  auto days = [&](int y) {
    return timecal::DaysFromCivil(y, month, std::min(d, timecal::DaysInMonth(y, month)));
  };
  const int tense = Tense(at);
  if (tense > 0) {
    const int64_t floor = day > 0 ? a : timecal::DaysFromCivil(anchor_.year, anchor_.month, 1);
    return days(anchor_.year) >= floor ? anchor_.year : anchor_.year + 1;
  }

  int best = anchor_.year;
  int64_t best_cost = INT64_MAX;
  for (int y = anchor_.year - 1; y <= anchor_.year + 1; ++y) {
    const int64_t delta = days(y) - a;
    const int64_t cost = delta > 0 ? 2 * delta : -delta;
    if (cost < best_cost) {
      best_cost = cost;
      best = y;
    }
  }
  return best;
}

// ---- dates

bool Scanner::NumericDate(size_t i, Hit& h) {
  if (i >= n() || !toks_[i].numeric) return false;
  std::string_view w = L(i);
  int parts[3] = {0, 0, 0};
  int lengths[3] = {0, 0, 0};
  int count = 0;
  char separator = 0;
  for (size_t k = 0; k < w.size(); ++k) {
    const char c = w[k];
    if (IsDigit(c)) {
      if (count == 0) count = 1;
      if (lengths[count - 1] >= 4) return false;
      parts[count - 1] = parts[count - 1] * 10 + (c - '0');
      ++lengths[count - 1];
    } else if ((c == '-' || c == '/' || c == '.') && count < 3 &&
               (separator == 0 || c == separator)) {
      separator = c;
      ++count;
    } else {
      return false;
    }
  }
  if (count != 3) return false;
  int y, m, d;
  if (lengths[0] == 4) {  // 2025-01-22, 2025/01/22
    y = parts[0], m = parts[1], d = parts[2];
  } else if (lengths[2] == 4 && separator != '-') {  // 22/01/2025 or 01/22/2025
    y = parts[2];
    const bool day_first = parts[0] > 12 || (day_first_ && parts[1] <= 12) || separator == '.';
    d = day_first ? parts[0] : parts[1];
    m = day_first ? parts[1] : parts[0];
  } else {
    return false;
  }
  if (y < 1000 || y > 2199 || !timecal::IsValidDate(y, m, d)) return false;
  h.end = i + 1;
  h.type = "DATE";
  h.value = timecal::FormatDate({y, m, d});
  SetDay(h, {y, m, d}, false);
  // An ISO date-time, "2025-01-22T09:35(:00Z)": tokens "t09" ":" "35:00" follow attached.
  const std::string_view t = L(i + 1);
  if (lengths[0] == 4 && Attached(i + 1) && t.size() == 3 && t[0] == 't' && IsDigit(t[1]) &&
      IsDigit(t[2]) && Is(i + 2, ":") && Attached(i + 2) && Attached(i + 3) && i + 3 < n() &&
      toks_[i + 3].numeric && L(i + 3).size() >= 2) {
    const int hour = (t[1] - '0') * 10 + (t[2] - '0');
    const std::string_view rest = L(i + 3);
    const int minute = (rest[0] - '0') * 10 + (rest[1] - '0');
    if (hour <= 24 && IsDigit(rest[1]) && minute <= 59) {
      h.end = i + 4;
      if (Is(h.end, "z") && Attached(h.end)) ++h.end;
      h.type = "TIME";
      h.value += "T" + timecal::Pad2(hour) + ":" + timecal::Pad2(minute);
    }
  }
  return true;
}

bool Scanner::MonthDate(size_t i, Hit& h) {
  size_t j = i;
  // A weekday before the date at the start of a line (a heading, a dateline: "Wednesday, Jan.
  // 22") is part of it; in running text TimeBank marks the two separately.
  if (Cap(j) && toks_[j].newline_before && (WeekdayNumber(L(j)) >= 0 || WeekdayAbbrev(L(j)) >= 0)) {
    size_t k = OptComma(OptDot(j + 1));
    if (MonthNumber(L(k)) != 0 || Day(k) > 0) j = k;
  }
  int month = 0, day = 0, year = 0;
  size_t end = j;
  const bool month_first = Cap(j) && MonthNumber(L(j)) != 0;
  if (month_first) {
    month = MonthNumber(L(j));
    size_t k = OptDot(j + 1);
    day = Day(k);
    const bool clock_follows =
        Is(k + 1, ":") && Attached(k + 1) && Attached(k + 2) && k + 2 < n() && toks_[k + 2].numeric;
    if (day > 0 && !clock_follows && !(k + 1 < n() && toks_[k + 1].numeric && Attached(k + 1))) {
      end = k + 1;
      size_t y = OptComma(end);
      if ((year = YearAt(y)) > 0) end = y + 1;
    } else {
      day = 0;
      size_t y = Is(k, "of") ? k + 1 : OptComma(k);
      if ((year = YearAt(y)) > 0) {
        end = y + 1;
      } else {
        // A bare month name: abbreviations and the verbs "May"/"March" need support.
        const std::string_view prev = i > 0 ? L(i - 1) : "";
        static const std::unordered_set<std::string_view> kBefore = {
            "in",   "since", "until",  "till",  "by",      "during", "through",
            "from", "of",    "to",     "early", "late",    "mid",    "last",
            "next", "this",  "before", "after", "between", "and",    "or",
            "-",    "each",  "every",  "that",  "until",   "in",     "throughout"};
        if (month < 0) return false;
        if ((month == 5 || month == 3) && !kBefore.count(prev)) return false;
        if (i != j) return false;
        end = OptDot(j + 1);
        if (Attached(end) && Is(end, "-")) return false;  // "March-based"
        end = j + 1;
        // "February this year", "April of next year".
        size_t r = Is(end, "of") ? end + 1 : end;
        if ((Is(r, "this") || Is(r, "last") || Is(r, "next")) && Is(r + 1, "year") &&
            HaveAnchor()) {
          year = anchor_.year + (Is(r, "last") ? -1 : Is(r, "next") ? 1 : 0);
          end = r + 2;
          h.end = end;
          h.type = "DATE";
          h.value = timecal::FormatDate({year, std::abs(month), 0});
          h.relative = true;
          return true;
        }
      }
    }
  } else if (Day(j) > 0) {
    day = Day(j);
    size_t k = Is(j + 1, "of") ? j + 2 : j + 1;
    if (!Cap(k) || MonthNumber(L(k)) == 0) return false;
    month = MonthNumber(L(k));
    end = OptDot(k + 1);
    size_t y = OptComma(end);
    if ((year = YearAt(y)) > 0) end = y + 1;
    if (end == OptDot(k + 1) && end > k + 1 && !(end < n() && toks_[end].cap)) end = k + 1;
  } else {
    return false;
  }
  month = std::abs(month);
  if (day > 0) {
    if (year > 0 ? !timecal::IsValidDate(year, month, day)
                 : day > timecal::DaysInMonth(2000, month)) {
      return false;
    }
  }
  h.end = end;
  h.type = "DATE";
  if (year > 0) {
    h.value = timecal::FormatDate({year, month, day});
    if (day > 0) SetDay(h, {year, month, day}, false);
    h.absolute = true;
    return true;
  }
  const int resolved = ResolveYear(month, day, i);
  if (resolved == 0) {
    h.value = "XXXX-" + timecal::Pad2(month) + (day > 0 ? "-" + timecal::Pad2(day) : "");
    return true;
  }
  h.value = timecal::FormatDate({resolved, month, day});
  h.relative = true;
  if (day > 0) h.day = {resolved, month, day};
  return true;
}

bool Scanner::Year(size_t i, Hit& h) {
  size_t j = i;
  const bool fiscal = Is(j, "fiscal");
  if (fiscal) j = Is(j + 1, "year") ? j + 2 : j + 1;
  const bool the_year = !fiscal && Is(j, "the") && Is(j + 1, "year");
  if (the_year) j += 2;
  size_t spoken_end = 0;
  const int spoken = SpokenYear(j, &spoken_end);
  if (spoken > 0) {
    h.end = spoken_end;
    h.type = "DATE";
    h.value = timecal::Pad4(spoken);
    h.absolute = true;
    return true;
  }
  const int year = YearAt(j);
  if (year == 0) return false;
  const std::string_view prev = i > 0 ? L(i - 1) : "";
  if (prev == "$" || prev == "#" || prev == "no" || prev == "\xC2\xA3" || prev == "\xE2\x82\xAC") {
    return false;
  }
  const std::string_view next = L(j + 1);
  if (next == "%" || next == "percent" || (next == ":" && Attached(j + 1))) return false;
  if (next == "-" && j + 2 < n() && toks_[j + 2].numeric) return false;
  static const std::unordered_set<std::string_view> kYearPrepositions = {
      "in",    "since",  "of",      "by",  "until",  "from",  "year",  "to",   "through", "before",
      "after", "during", "between", "and", "around", "circa", "early", "late", "mid",     "-"};
  if (!fiscal && !the_year && (year < 1900 || year > 2099) && !kYearPrepositions.count(prev)) {
    return false;
  }
  h.end = j + 1;
  h.type = "DATE";
  h.value = timecal::Pad4(year);
  h.absolute = true;
  return true;
}

// A year in words, as transcripts write it: "nineteen ninety-six", "two thousand (and) one".
// Only after "year", a month or a preposition, where a number could not be a count.
int Scanner::SpokenYear(size_t i, size_t* end) const {
  const std::string_view prev = i > 0 ? L(i - 1) : "";
  const bool context = prev == "year" || prev == "in" || prev == "since" || prev == "of" ||
                       prev == "until" || prev == "by" || prev == "and" ||
                       (i > 0 && Cap(i - 1) && MonthNumber(prev) > 0);
  const int century = SmallNumber(L(i));
  if (century >= 11 && century <= 19) {
    // "nineteen ninety-six" reads as a year anywhere; "nineteen hundred" would not.
    const int tens = TensNumber(L(i + 1));
    if (tens < 0) return 0;
    size_t j = OptHyphen(i + 2);
    const int ones = SmallNumber(L(j));
    *end = ones >= 1 && ones <= 9 ? j + 1 : i + 2;
    return century * 100 + tens + (ones >= 1 && ones <= 9 ? ones : 0);
  }
  if (context && Is(i, "two") && Is(i + 1, "thousand")) {
    size_t j = Is(i + 2, "and") ? i + 3 : i + 2;
    const int ones = SmallNumber(L(j));
    if (ones >= 1 && ones <= 19) {
      *end = j + 1;
      return 2000 + ones;
    }
    *end = i + 2;
    return 2000;
  }
  return 0;
}

// "year-end", "year's end", "the end of the month", "the 20th century".
bool Scanner::PeriodEnd(size_t i, Hit& h) {
  size_t end = 0;
  int granularity = 0;  // 1 year, 2 month, 3 week
  if (Is(i, "year") && Is(i + 1, "-") && Attached(i + 1) && Is(i + 2, "end")) {
    end = i + 3, granularity = 1;
  } else if (Is(i, "year") && Is(i + 1, "end")) {
    end = i + 2, granularity = 1;
  } else if (Is(i, "year") && IsApostrophe(i + 1) && Is(i + 2, "s") && Is(i + 3, "end")) {
    end = i + 4, granularity = 1;
  } else if (Is(i, "the") &&
             (Is(i + 1, "end") || Is(i + 1, "beginning") || Is(i + 1, "start") ||
              Is(i + 1, "middle")) &&
             Is(i + 2, "of") && Is(i + 3, "the")) {
    const std::string_view unit = L(i + 4);
    granularity = unit == "year" ? 1 : unit == "month" ? 2 : unit == "week" ? 3 : 0;
    end = i + 5;
  }
  if (granularity > 0) {
    if (!HaveAnchor()) return false;
    h.end = end;
    h.type = "DATE";
    h.value = granularity == 1   ? timecal::Pad4(anchor_.year)
              : granularity == 2 ? timecal::FormatDate({anchor_.year, anchor_.month, 0})
                                 : timecal::FormatWeek(anchor_);
    h.relative = true;
    return true;
  }
  size_t j = Is(i, "the") ? i + 1 : i;
  const int ordinal = OrdinalNumber(L(j));
  if (ordinal < 1 || ordinal > 21 || !Is(OptHyphen(j + 1), "century")) return false;
  h.end = OptHyphen(j + 1) + 1;
  h.type = "DATE";
  h.value = timecal::Pad2(ordinal - 1);
  h.absolute = true;
  return true;
}

bool Scanner::Decade(size_t i, Hit& h) {
  // "the 1990s": TimeBank leaves "the" out; "the nineties" needs it to be a decade at all.
  const bool the = Is(i, "the");
  size_t j = the ? i + 1 : i;
  size_t k = j;
  int century = 19;
  if (IsApostrophe(k) && Attached(k + 1)) ++k;
  std::string_view w = L(k);
  std::string value;
  if (w.size() == 5 && w.back() == 's' && IsDigit(w[0]) && IsDigit(w[3]) && toks_[k].numeric) {
    if (w[2] == '0' && w[3] == '0') {
      value = std::string(w.substr(0, 2));  // "the 1800s": a century
    } else if (w[3] == '0') {
      value = std::string(w.substr(0, 3)) + "X";
    } else {
      return false;
    }
    if (the) return false;
  } else if (w.size() == 3 && w[2] == 's' && IsDigit(w[0]) && w[1] == '0' && k > j &&
             IsApostrophe(k - 1)) {
    if (the) return false;
    value = std::to_string(century) + w[0] + "X";
  } else {
    static constexpr std::string_view kDecades[] = {"twenties", "thirties", "forties",
                                                    "fifties",  "sixties",  "seventies",
                                                    "eighties", "nineties"};
    int found = -1;
    for (int d = 0; d < 8; ++d) {
      if (w == kDecades[d]) found = d + 2;
    }
    if (found < 0 || !the) return false;
    value = std::to_string(century) + std::to_string(found) + "X";
  }
  h.end = k + 1;
  h.type = "DATE";
  h.value = value;
  h.absolute = true;
  return true;
}

// A period named by its year: "this year's third quarter", "last year's quarter", "the 1988
// period", "the 1988 third quarter". Without an ordinal it is the quarter the anchor reports on.
bool Scanner::YearQuarter(size_t i, Hit& h) {
  int year = 0;
  size_t j;
  bool relative = false;
  if ((Is(i, "this") || Is(i, "last") || Is(i, "next")) && Is(i + 1, "year") &&
      IsApostrophe(i + 2) && Is(i + 3, "s")) {
    if (!HaveAnchor()) return false;
    year = anchor_.year + (Is(i, "last") ? -1 : Is(i, "next") ? 1 : 0);
    relative = true;
    j = i + 4;
  } else if (Is(i, "the") && YearAt(i + 1) > 0) {
    year = YearAt(i + 1);
    j = i + 2;
  } else {
    return false;
  }
  int quarter = OrdinalNumber(L(j));
  if (quarter >= 1 && quarter <= 4) {
    ++j;
  } else {
    quarter = 0;
  }
  if (!Is(j, "quarter") && !(quarter == 0 && Is(j, "period"))) return false;
  if (quarter == 0) {
    if (!HaveAnchor()) return false;
    quarter = (timecal::AddMonths(anchor_, -3).month - 1) / 3 + 1;
  }
  h.end = j + 1;
  h.type = "DATE";
  h.value = QuarterValue(year, quarter);
  h.relative = relative;
  h.absolute = !relative;
  return true;
}

bool Scanner::Quarter(size_t i, Hit& h) {
  size_t j = i;
  const bool the = Is(j, "the");
  if (the) ++j;
  if (Is(j, "fiscal")) ++j;
  const std::string_view w = L(j);
  int quarter = 0, half = 0;
  int shift = 0;  // for the relative ones: 0 current, -1 last
  bool relative_word = false;
  const int ordinal = OrdinalNumber(w);
  if (ordinal >= 1 && ordinal <= 4) {
    quarter = ordinal;
  } else if (w == "final" || w == "fourth") {
    quarter = 4;
  } else if (the && (w == "latest" || w == "recent" || w == "last" || w == "past" ||
                     w == "previous" || w == "current" || (w == "most" && Is(j + 1, "recent")))) {
    relative_word = true;
    shift = w == "current" ? 0 : -1;
    if (w == "most") ++j;
  } else if (the && (w == "quarter")) {
    relative_word = true;
    shift = -1;
    --j;  // "the quarter": no modifier word
  } else {
    return false;
  }
  size_t k = j + 1;
  const bool hyphen = Is(k, "-") && Attached(k);
  if (hyphen) ++k;
  if (Is(k, "quarter")) {
  } else if (Is(k, "half") && ordinal >= 1 && ordinal <= 2) {
    half = ordinal;
    quarter = 0;
  } else if (relative_word && Is(k, "period") && L(j) == "latest") {
  } else {
    return false;
  }
  const std::string_view before = i > 0 ? L(i - 1) : "";
  const bool after_preposition = before == "in" || before == "for" || before == "during" ||
                                 before == "of" || before == "since" || before == "from" ||
                                 before == "its" || before == "their";
  if (!the && !hyphen && !(after_preposition && quarter > 0)) return false;
  if (the && hyphen) return false;  // "the third-quarter profit": "the" stays outside
  if (quarter == 0 && half == 0 && !relative_word) return false;
  size_t end = k + 1;
  int year = 0;
  if (Is(end, "of") && YearAt(end + 1) > 0) {
    year = YearAt(end + 1);
    end += 2;
  } else if (Is(end, ",") && YearAt(end + 1) > 0 && !hyphen) {
    year = YearAt(end + 1);
    end += 2;
  }
  h.end = end;
  h.type = "DATE";
  if (relative_word) {
    if (!HaveAnchor()) return false;
    CivilDate q = timecal::AddMonths(anchor_, 3 * shift);
    h.value = QuarterValue(q.year, (q.month - 1) / 3 + 1);
    h.relative = true;
    return true;
  }
  if (year == 0) {
    if (!HaveAnchor()) {
      h.value = half > 0 ? "XXXX-H" + std::to_string(half) : "XXXX-Q" + std::to_string(quarter);
      return true;
    }
    year = anchor_.year;
    const int current = (anchor_.month - 1) / 3 + 1;
    if (quarter > current && !Future(i)) --year;
    if (half > 0 && half == 2 && anchor_.month <= 6 && !Future(i)) --year;
    h.relative = true;
  } else {
    h.absolute = true;
  }
  h.value =
      half > 0 ? timecal::Pad4(year) + "-H" + std::to_string(half) : QuarterValue(year, quarter);
  return true;
}

bool Scanner::Season(size_t i, Hit& h) {
  size_t j = i;
  int shift = 0;
  bool determiner = false;
  if (Is(j, "the") || Is(j, "this")) {
    determiner = true;
    ++j;
    if (Is(j - 1, "this") && Is(j, "past")) {
      // The latest such season: this year's once it has begun.
      static constexpr std::pair<std::string_view, int> kStart[] = {
          {"spring", 3}, {"summer", 6}, {"fall", 9}, {"autumn", 9}, {"winter", 12}};
      shift = -1;
      for (const auto& [name, month] : kStart) {
        if (Is(j + 1, name) && HaveAnchor() && anchor_.month >= month) shift = 0;
      }
      ++j;
    }
  } else if (Is(j, "last") || Is(j, "next")) {
    determiner = true;
    shift = Is(j, "last") ? -1 : 1;
    ++j;
  }
  if (Is(j, "early") || Is(j, "late")) ++j;
  const std::string code = SeasonCode(L(j));
  if (code.empty()) return false;
  size_t end = j + 1;
  int year = 0;
  if (Is(end, "of") && YearAt(end + 1) > 0) {
    year = YearAt(end + 1);
    end += 2;
  } else if (YearAt(end) > 0) {
    year = YearAt(end);
    ++end;
  }
  // "the summer camp", "fall colours": a season name used as a modifier is no time.
  static const std::unordered_set<std::string_view> kAfterSeason = {
      "of",   "and", "or",     "to",    "in",    "on",    "at",      "when",   "as",
      "with", "for", "before", "after", "by",    "was",   "is",      "will",   "had",
      "has",  "the", "a",      "that",  "this",  "until", "through", "it",     "they",
      "he",   "she", "we",     "i",     "while", "if",    "but",     "season", "months"};
  if (year == 0 && end < n() && !toks_[end].cap && !toks_[end].numeric &&
      IsLetter(static_cast<unsigned char>(L(end)[0])) && !kAfterSeason.count(L(end))) {
    return false;
  }
  const std::string_view prev = i > 0 ? L(i - 1) : "";
  if (!determiner && year == 0 && prev != "in" && prev != "during" && prev != "by" &&
      prev != "until" && prev != "since" && prev != "through") {
    return false;
  }
  h.end = end;
  h.type = "DATE";
  if (year > 0) {
    h.absolute = true;
  } else if (HaveAnchor()) {
    year = anchor_.year + shift;
    h.relative = true;
  } else {
    h.value = "XXXX-" + code;
    return true;
  }
  h.value = timecal::Pad4(year) + "-" + code;
  return true;
}

bool Scanner::Holiday(size_t i, Hit& h) {
  int month = 0, day = 0;
  size_t end = i + 1;
  if (Is(i, "christmas") && Cap(i)) {
    month = 12;
    day = 25;
    if (Is(i + 1, "day")) ++end;
    if (Is(i + 1, "eve")) {
      day = 24;
      ++end;
    }
  } else if (Is(i, "new") && Cap(i) && Is(i + 1, "year") && IsApostrophe(i + 2) && Is(i + 3, "s") &&
             (Is(i + 4, "day") || Is(i + 4, "eve"))) {
    month = Is(i + 4, "day") ? 1 : 12;
    day = Is(i + 4, "day") ? 1 : 31;
    end = i + 5;
  } else if (Is(i, "thanksgiving") && Cap(i)) {
    month = 11;
    if (Is(i + 1, "day")) ++end;
  } else {
    return false;
  }
  int year = YearAt(end);
  if (year > 0) {
    ++end;
  } else if (HaveAnchor()) {
    year = ResolveYear(month, day > 0 ? day : 25, i);
  }
  h.end = end;
  h.type = "DATE";
  if (year == 0) {
    h.value = "XXXX-" + timecal::Pad2(month) + (day > 0 ? "-" + timecal::Pad2(day) : "");
    return true;
  }
  if (month == 11) {  // the fourth Thursday of November
    const int first = timecal::Weekday({year, 11, 1});
    day = 1 + (3 - first + 7) % 7 + 21;
  }
  h.value = timecal::FormatDate({year, month, day});
  SetDay(h, {year, month, day}, !HaveAnchor() ? false : YearAt(end - 1) == 0);
  return true;
}

// ---- relative expressions

// A part of day right after a day ("Friday morning", "yesterday evening") turns it into a TIME.
std::string Scanner::WithPartOfDay(size_t* end, const CivilDate& day, std::string* type) const {
  const std::string part = PartOfDay(L(*end));
  const std::string date = day.valid_day() ? timecal::FormatDate(day) : "";
  if (part.empty() || L(*end) == "overnight") return date;
  ++*end;
  *type = "TIME";
  return date + "T" + part;
}

// "mid-afternoon", "late morning" (on the anchor's day) and "mid-afternoon yesterday" (on the day
// that follows).
bool Scanner::PartBeforeDay(size_t i, Hit& h) {
  size_t j = i;
  const bool modifier = Is(j, "mid") || Is(j, "early") || Is(j, "late");
  if (modifier) j = OptHyphen(j + 1);
  const std::string part = PartOfDay(L(j));
  if (part.empty() || L(j) == "overnight") return false;
  Hit d;
  CivilDate day;
  size_t end = j + 1;
  if ((Deictic(end, d) || Weekday(end, d)) && d.type == "DATE" && d.day.valid_day()) {
    day = d.day;
    end = d.end;
  } else if (modifier && HaveAnchor()) {
    day = anchor_;
  } else {
    return false;
  }
  h.end = end;
  h.type = "TIME";
  h.value = timecal::FormatDate(day) + "T" + part;
  h.relative = true;
  return true;
}

bool Scanner::Deictic(size_t i, Hit& h) {
  const std::string_view w = L(i);
  int offset = 0;
  std::string part;
  size_t end = i + 1;
  if (w == "today") {
    offset = 0;
  } else if (w == "yesterday") {
    offset = -1;
  } else if (w == "tomorrow") {
    offset = 1;
  } else if (w == "tonight") {
    part = "NI";
  } else if ((w == "this" || w == "last" || w == "tomorrow") && !PartOfDay(L(i + 1)).empty() &&
             L(i + 1) != "overnight") {
    part = PartOfDay(L(i + 1));
    if (w == "last") {
      if (part != "NI") return false;
      offset = -1;
    }
    end = i + 2;
  } else if (w == "overnight") {
    part = "NI";
    offset = 0;
  } else {
    return false;
  }
  if (!HaveAnchor()) {
    h.end = end;
    h.type = "DATE";
    h.value = offset < 0 ? "PAST_REF" : offset > 0 ? "FUTURE_REF" : "PRESENT_REF";
    h.reference = true;
    return true;
  }
  const CivilDate day = timecal::AddDays(anchor_, offset);
  h.type = "DATE";
  if (part.empty()) {
    h.value = WithPartOfDay(&end, day, &h.type);
  } else {
    h.type = "TIME";
    h.value = timecal::FormatDate(day) + "T" + part;
  }
  h.end = end;
  SetDay(h, day, true);
  return true;
}

bool Scanner::Weekday(size_t i, Hit& h) {
  size_t j = i;
  Dir dir = Dir::kPast;  // or kFuture, decided by the tense once a weekday is found
  if (Is(j, "last")) {
    dir = Dir::kLast, ++j;
  } else if (Is(j, "next")) {
    dir = Dir::kNext, ++j;
  } else if (Is(j, "this")) {
    ++j;
    if (Is(j, "past")) {
      dir = Dir::kLast, ++j;
    } else if (Is(j, "coming")) {
      dir = Dir::kNext, ++j;
    }
  } else if (Is(j, "early") || Is(j, "late")) {
    ++j;
  }
  if (!Cap(j)) return false;
  std::string_view w = L(j);
  // Plural weekdays are a set: "on Mondays".
  if (w.size() > 6 && w.back() == 's' && WeekdayNumber(w.substr(0, w.size() - 1)) >= 0 && j == i) {
    h.end = j + 1;
    h.type = "SET";
    h.value = "XXXX-WXX-" + std::to_string(WeekdayNumber(w.substr(0, w.size() - 1)) + 1);
    // "Tuesday nights": the part of those days.
    const std::string_view part = L(j + 1);
    if (part.size() > 1 && part.back() == 's' &&
        !PartOfDay(part.substr(0, part.size() - 1)).empty()) {
      h.value += "T" + PartOfDay(part.substr(0, part.size() - 1));
      h.end = j + 2;
    }
    return true;
  }
  const int weekday = WeekdayNumber(w);
  if (weekday < 0) return false;
  // "Tuesday nights": a recurring part of that weekday.
  const std::string_view parts = L(j + 1);
  if (j == i && parts.size() > 1 && parts.back() == 's' &&
      !PartOfDay(parts.substr(0, parts.size() - 1)).empty()) {
    h.end = j + 2;
    h.type = "SET";
    h.value = "XXXX-WXX-" + std::to_string(weekday + 1) + "T" +
              PartOfDay(parts.substr(0, parts.size() - 1));
    return true;
  }
  if (dir == Dir::kPast && Future(i)) dir = Dir::kFuture;
  size_t end = j + 1;
  if (!HaveAnchor()) {
    h.end = end;
    h.type = "DATE";
    h.value = "XXXX-WXX-" + std::to_string(weekday + 1);
    return true;
  }
  CivilDate day = ResolveWeekday(weekday, dir);
  Hit date;  // "Thursday, Jan. 6": the date says which Thursday
  if (MonthDate(OptComma(end), date) && date.day.valid_day() &&
      timecal::Weekday(date.day) == weekday) {
    day = date.day;
  }
  h.type = "DATE";
  h.value = WithPartOfDay(&end, day, &h.type);
  h.end = end;
  SetDay(h, day, true);
  return true;
}

// "last week", "this month", "next year", "earlier this month", "early next year", "the past
// year", "last October", "this weekend".
bool Scanner::Relative(size_t i, Hit& h) {
  size_t j = i;
  if (Is(j, "earlier") || Is(j, "later") || Is(j, "early") || Is(j, "late")) ++j;
  bool the = false;
  if (Is(j, "the")) {
    the = true;
    ++j;
  }
  std::string_view w = L(j);
  int shift;
  if (w == "last" || w == "past" || w == "previous") {
    shift = -1;
  } else if (w == "this" || w == "current") {
    shift = 0;
    if (Is(j + 1, "past")) {
      shift = -1;
      ++j;
    }
  } else if (w == "next" || w == "coming" || w == "following") {
    shift = 1;
  } else if (w == "weekend" && the) {
    shift = 0;
    --j;
  } else {
    return false;
  }
  if (the && w == "this") return false;
  const size_t u = j + 1;
  const std::string_view unit = L(u);
  if (!HaveAnchor()) return false;
  std::string value;
  if (unit == "week") {
    value = timecal::FormatWeek(timecal::AddDays(anchor_, 7 * shift));
  } else if (unit == "weekend") {
    int days = 7 * shift;
    // "(over) the weekend" in a weekday's news is the one just past.
    if (w == "weekend" && timecal::Weekday(anchor_) < 5 && !Future(i)) days = -7;
    value = timecal::FormatWeek(timecal::AddDays(anchor_, days)) + "-WE";
  } else if (unit == "month") {
    value = timecal::FormatDate(timecal::AddMonths({anchor_.year, anchor_.month, 0}, shift));
  } else if (unit == "year") {
    value = timecal::Pad4(anchor_.year + shift);
  } else if (unit == "quarter") {
    const CivilDate q = timecal::AddMonths(anchor_, 3 * shift);
    value = QuarterValue(q.year, (q.month - 1) / 3 + 1);
  } else if (unit == "decade" && shift < 0) {
    h.end = u + 1;
    h.type = "DURATION";
    h.value = "P10Y";
    return true;
  } else if (Cap(u) && MonthNumber(unit) > 0) {
    const int month = MonthNumber(unit);
    int year = anchor_.year;
    if (shift < 0 && month >= anchor_.month - 1) --year;  // "last February" in March: a year ago
    if (shift > 0 && month <= anchor_.month) ++year;
    value = timecal::FormatDate({year, month, 0});
  } else {
    return false;
  }
  h.end = u + 1;
  h.type = "DATE";
  h.value = value;
  h.relative = true;
  return true;
}

// "year-earlier", "the year-ago quarter": the same period a year before.
bool Scanner::YearEarlier(size_t i, Hit& h) {
  const bool the = Is(i, "the");
  size_t j = the ? i + 1 : i;
  if (!Is(j, "year") || !Is(j + 1, "-") || !(Is(j + 2, "earlier") || Is(j + 2, "ago"))) {
    return false;
  }
  size_t end = j + 3;
  const bool period = Is(end, "quarter") || Is(end, "period");
  if (period) ++end;
  if (the && !period) return false;
  if (!HaveAnchor()) return false;
  h.end = end;
  h.type = "DATE";
  const bool saved = quarter_context_;
  quarter_context_ = quarter_context_ || period;
  h.value = YearAgoValue(1);
  quarter_context_ = saved;
  h.relative = true;
  return true;
}

// "two days ago", "a year earlier", "24 years ago", "a week or so ago".
bool Scanner::Ago(size_t i, Hit& h) {
  size_t end;
  double count;
  bool fuzzy, article;
  if (!Number(i, &end, &count, &fuzzy, &article)) return false;
  Unit unit;
  bool plural;
  if (!UnitOf(L(end), &unit, &plural)) return false;
  size_t k = end + 1;
  if (Is(k, "or") && Is(k + 1, "so")) k += 2;
  const bool ago = Is(k, "ago");
  const bool earlier = Is(k, "earlier") || Is(k, "before");
  if (!ago && !earlier) return false;
  if (Is(k, "before")) return false;  // anchored on an event, not the document time
  h.end = k + 1;
  h.type = "DATE";
  if (!HaveAnchor() || fuzzy || count != std::floor(count)) {
    h.value = "PAST_REF";
    h.reference = true;
    return true;
  }
  if (unit.letter == 'Q') return false;
  const int n = static_cast<int>(count) * unit.multiplier;
  h.relative = true;
  switch (unit.granularity) {
    case 1:
      return false;
    case 2:
      h.day = timecal::AddDays(anchor_, -n);
      h.value = timecal::FormatDate(h.day);
      return true;
    case 3:
      h.day = timecal::AddDays(anchor_, -7 * n);
      h.value = n == 1 ? timecal::FormatDate(h.day) : timecal::FormatWeek(h.day);
      h.day = {};
      return true;
    case 4:
      h.value = timecal::FormatDate(timecal::AddMonths({anchor_.year, anchor_.month, 0}, -n));
      return true;
    default:
      h.value = n == 1 && unit.letter == 'Y' && unit.multiplier == 1
                    ? YearAgoValue(1)
                    : timecal::Pad4(anchor_.year - n);
      return true;
  }
}

bool Scanner::Reference(size_t i, Hit& h) {
  const std::string_view w = L(i);
  std::string value;
  size_t end = i + 1;
  if (w == "now" || w == "currently" || w == "nowadays" || w == "current") {
    if (w == "current" && !(Is(i + 1, "quarter") || (i > 0 && Is(i - 1, "the")) ||
                            (i + 1 < n() && !toks_[i + 1].cap))) {
      return false;
    }
    if (w == "now" && (i > 0 && (Is(i - 1, "from") || Is(i - 1, "until") || Is(i - 1, "by")))) {
      // still the present
    }
    value = "PRESENT_REF";
  } else if (w == "these" && Is(i + 1, "days")) {
    value = "PRESENT_REF";
    end = i + 2;
  } else if (w == "the" && Is(i + 1, "present") && !Is(i + 2, "-")) {
    value = "PRESENT_REF";
    end = i + 2;
  } else if (w == "recently") {
    value = "PAST_REF";
  } else if (w == "recent") {
    // Only "recent years/weeks": the bare adjective ("the recent sale") is rarely a time.
    Unit unit;
    bool plural;
    if (!UnitOf(L(i + 1), &unit, &plural) || !plural) return false;
    end = i + 2;
    if (unit.granularity < 5) {  // "recent weeks": a vague span, not a time
      h.end = end;
      h.type = "DURATION";
      h.value = DurationValue(0, true, unit);
      return true;
    }
    value = "PAST_REF";
  } else if (w == "the" && Is(i + 1, "past")) {
    double count;
    bool fuzzy, article;
    size_t e;
    Unit unit;
    bool plural;
    if (Number(i + 2, &e, &count, &fuzzy, &article) || UnitOf(L(i + 2), &unit, &plural) ||
        Is(i + 2, "weekend")) {
      return false;
    }
    value = "PAST_REF";
    end = i + 2;
  } else if (w == "the" && (Is(i + 1, "future") || (Is(i + 1, "near") && Is(i + 2, "future")))) {
    value = "FUTURE_REF";
    end = Is(i + 1, "near") ? i + 3 : i + 2;
  } else if (w == "the" && (Is(i + 1, "near") || Is(i + 1, "short")) && Is(i + 2, "term")) {
    value = "FUTURE_REF";
    end = i + 3;
  } else {
    return false;
  }
  h.end = end;
  h.type = "DATE";
  h.value = value;
  h.reference = true;
  return true;
}

// ---- times of day

bool ParseClockToken(std::string_view w, int* hour, int* minute, std::string* suffix) {
  size_t k = 0;
  int hh = 0, digits = 0;
  while (k < w.size() && IsDigit(w[k]) && digits < 3) {
    hh = hh * 10 + (w[k++] - '0');
    ++digits;
  }
  if (digits == 0 || digits > 2) return false;
  int mm = 0;
  if (k < w.size() && (w[k] == ':' || w[k] == '.')) {
    if (k + 3 > w.size() || !IsDigit(w[k + 1]) || !IsDigit(w[k + 2])) return false;
    mm = (w[k + 1] - '0') * 10 + (w[k + 2] - '0');
    k += 3;
  }
  *suffix = std::string(w.substr(k));
  *hour = hh;
  *minute = mm;
  return hh <= 24 && mm <= 59;
}

bool Scanner::DayExpression(size_t i, Hit& h) {
  Hit d;
  if ((Weekday(i, d) || Deictic(i, d) || MonthDate(i, d) || NumericDate(i, d)) &&
      d.day.valid_day() && d.type == "DATE") {
    h = d;
    return true;
  }
  return false;
}

bool Scanner::Clock(size_t i, Hit& h) {
  int hour = 0, minute = 0;
  std::string suffix;
  size_t end = i + 1;
  bool ok = false;
  std::string_view w = L(i);
  if (w == "noon" || w == "midday" || w == "midnight") {
    hour = w == "midnight" ? 24 : 12;
    ok = true;
  } else if (Is(i, "half") && Is(i + 1, "past")) {
    double v;
    bool fuzzy, article;
    size_t e;
    if (!Number(i + 2, &e, &v, &fuzzy, &article) || article || fuzzy || v < 1 || v > 12) {
      return false;
    }
    hour = static_cast<int>(v);
    minute = 30;
    end = e;
    ok = true;
    suffix = "word";
  } else if (i < n() && toks_[i].digits && w.size() == 4 && IsZone(L(i + 1)) &&
             (w[0] - '0') * 10 + (w[1] - '0') <= 23 && (w[2] - '0') * 10 + (w[3] - '0') <= 59) {
    // Wire style "by 1100 GMT".
    hour = (w[0] - '0') * 10 + (w[1] - '0');
    minute = (w[2] - '0') * 10 + (w[3] - '0');
    ok = true;
  } else if (i < n() && toks_[i].numeric && ParseClockToken(w, &hour, &minute, &suffix)) {
    const bool has_minutes = w.find(':') != std::string_view::npos;
    if (suffix == "am" || suffix == "pm") {
      ok = true;
    } else if (!suffix.empty()) {
      return false;
    } else if (Is(i + 1, "a.m.") || Is(i + 1, "a.m") || Is(i + 1, "am") || Is(i + 1, "p.m.") ||
               Is(i + 1, "p.m") || Is(i + 1, "pm")) {
      suffix = L(i + 1)[0] == 'a' ? "am" : "pm";
      end = i + 2;
      ok = true;
    } else if (Is(i + 1, "o") && IsApostrophe(i + 2) && Is(i + 3, "clock")) {
      end = i + 4;
      ok = true;
      suffix = "word";
    } else if (has_minutes && (IsZone(L(i + 1)) || Is(i + 1, "h") || Is(i + 1, "hrs"))) {
      ok = true;
    } else if (has_minutes && w.find('.') == w.npos) {
      const std::string_view prev = i > 0 ? L(i - 1) : "";
      const bool line_start =
          i < n() && (toks_[i].newline_before ||
                      (i > 0 && toks_[i - 1].newline_before &&
                       (prev == "-" || prev == "\xE2\x80\xA2" || prev == "\xE2\x80\x93")));
      ok = line_start || prev == "at" || prev == "from" || prev == "until" || prev == "by" ||
           prev == "around" || prev == "about" || prev == "before" || prev == "after" ||
           prev == "till" || prev == "to";
    } else if (!has_minutes && hour >= 1 && hour <= 12 && Is(i + 1, "in") && Is(i + 2, "the") &&
               !PartOfDay(L(i + 3)).empty()) {
      suffix = "word";
      ok = true;
    }
  }
  if (!ok) return false;
  // "in the morning" / "at night" after a word or bare hour.
  if (suffix == "word" || suffix.empty()) {
    if (Is(end, "in") && Is(end + 1, "the") && !PartOfDay(L(end + 2)).empty()) {
      if (PartOfDay(L(end + 2)) != "MO" && hour < 12) hour += 12;
      end += 3;
    } else if (Is(end, "at") && Is(end + 1, "night")) {
      if (hour >= 6 && hour < 12) hour += 12;
      end += 2;
    }
  }
  if (suffix == "pm" && hour < 12) hour += 12;
  if (suffix == "am" && hour == 12) hour = 0;
  if (IsZone(L(end))) ++end;
  // A day right after the time belongs to it: "10 p.m. Wednesday", "5 p.m. EST, Nov. 9".
  CivilDate day;
  Hit d;
  // A clock time alone on its line is a live-blog timestamp: it belongs to the dated heading
  // above it, not to a day the previous entry talked about ("on Tuesday night").
  const bool timestamp_line = i < n() &&
                              (toks_[i].newline_before ||
                               (i > 0 && toks_[i - 1].newline_before && toks_[i - 1].low == "-")) &&
                              LineEndAfter(end);
  if (DayExpression(OptComma(end), d)) {
    day = d.day;
    end = d.end;
  } else if (timestamp_line && HaveAnchor()) {
    day = anchor_;
  } else if (i < n() && sentence_day_[toks_[i].sentence].valid_day()) {
    day = sentence_day_[toks_[i].sentence];
  } else if (last_day_.valid_day()) {
    day = last_day_;
  } else if (HaveAnchor()) {
    day = anchor_;
  }
  h.end = end;
  h.type = "TIME";
  h.value = (day.valid_day() ? timecal::FormatDate(day) : "") + "T" + timecal::Pad2(hour) + ":" +
            timecal::Pad2(minute);
  h.relative = day.valid_day() && !d.absolute;
  h.absolute = !h.relative;
  return true;
}

// ---- durations and sets

// Whether the token before "a year"/"a week" makes it a rate ("$2 million a year", "four flights
// a week", "24 hours a day", "twice a week") rather than a duration.
bool Scanner::IsRateBefore(size_t k) const {
  static const std::unordered_set<std::string_view> kRate = {
      "percent", "%",        "times",   "twice",   "once",   "per",   "cents", "million",
      "billion", "thousand", "hundred", "dollars", "pounds", "euros", "yen",   "shares"};
  static const std::unordered_set<std::string_view> kNotPlural = {
      "this", "was",  "has",    "its",    "his",     "hers", "ours", "yours", "theirs", "thus",
      "plus", "less", "unless", "always", "perhaps", "does", "is",   "as",    "across", "process"};
  const std::string_view prev = L(k);
  if (toks_[k].numeric || kRate.count(prev)) return true;
  // A plural count noun just before: "four flights a week".
  return prev.size() > 3 && prev.back() == 's' && !toks_[k].cap && !kNotPlural.count(prev) &&
         IsLetter(static_cast<unsigned char>(prev[0]));
}

std::string DurationValue(double count, bool fuzzy, const Unit& unit) {
  const std::string prefix = unit.time ? "PT" : "P";
  if (fuzzy) return prefix + "X" + unit.letter;
  double total = count * unit.multiplier;
  if (total == std::floor(total)) {
    return prefix + std::to_string(static_cast<long long>(total)) + unit.letter;
  }
  const long long whole = static_cast<long long>(std::floor(total));
  if (unit.time && unit.letter != 'S' && total - whole == 0.5) {
    const char smaller = unit.letter == 'H' ? 'M' : 'S';
    return prefix + (whole > 0 ? std::to_string(whole) + unit.letter : "") + "30" + smaller;
  }
  if (unit.letter == 'Y' && total - whole == 0.5) {
    return "P" + (whole > 0 ? std::to_string(whole) + "Y" : "") + "6M";
  }
  if (unit.letter == 'D' && total - whole == 0.5)
    return "PT" + std::to_string(whole * 24 + 12) + "H";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", total);
  return prefix + buffer + unit.letter;
}

bool Scanner::Duration(size_t i, Hit& h) {
  size_t j = i;
  if (Is(j, "the")) {
    ++j;
    static const std::unordered_set<std::string_view> kSpan = {
        "first", "past",   "last",    "next",      "coming",    "previous", "following",
        "final", "latest", "initial", "remaining", "preceding", "same"};
    if (kSpan.count(L(j))) ++j;
  }
  Unit unit;
  bool plural = false;
  // "half an hour", "a half hour".
  if ((Is(j, "half") && (Is(j + 1, "an") || Is(j + 1, "a")) && UnitOf(L(j + 2), &unit, &plural)) ||
      ((Is(j, "a") || Is(j, "one")) && Is(j + 1, "half") &&
       UnitOf(L(OptHyphen(j + 2)), &unit, &plural))) {
    const size_t u = Is(j, "half") ? j + 2 : OptHyphen(j + 2);
    if (plural) return false;
    h.end = u + 1;
    h.type = "DURATION";
    h.value = DurationValue(0.5, false, unit);
    return true;
  }
  size_t end;
  double count;
  bool fuzzy, article;
  if (!Number(j, &end, &count, &fuzzy, &article)) {
    // A bare plural unit after "for"/"over": "for years".
    const std::string_view prev = i > 0 ? L(i - 1) : "";
    if (j == i && UnitOf(L(i), &unit, &plural) && plural &&
        (prev == "for" || prev == "over" || prev == "within") && unit.granularity >= 1) {
      h.end = i + 1;
      h.type = "DURATION";
      h.value = DurationValue(0, true, unit);
      return true;
    }
    return false;
  }
  const size_t number_start = j;
  if (Is(end, "more") || Is(end, "additional") || Is(end, "straight") || Is(end, "trading") ||
      Is(end, "business") || Is(end, "working") || Is(end, "consecutive") || Is(end, "full")) {
    ++end;
  }
  const bool hyphen = Is(end, "-") && Attached(end);
  const size_t u = hyphen ? end + 1 : end;
  if (!UnitOf(L(u), &unit, &plural)) return false;
  if (unit.letter == 'Q' && (!plural || hyphen)) return false;  // "a quarter of", "third-quarter"
  if (hyphen && (plural || Is(i, "the"))) return false;         // "the 14-day": "the" stays outside
  if (unit.letter == 'S' && unit.time &&
      (article || (count == 1 && !plural && !toks_[number_start].digits))) {
    return false;  // "a second", "one second" vs "second" as an ordinal
  }
  if (fuzzy && !plural) return false;
  if (!fuzzy && !article && count == 0) return false;
  // A rate ("$5 a year", "twice a week") or an age ("five-year-old", "40 years old").
  if (article && number_start > 0 && IsRateBefore(number_start - 1)) return false;
  // "60 Minutes": a capitalised unit inside a sentence is a title.
  if (toks_[u].cap && !toks_[number_start].cap) return false;
  size_t stop = u + 1;
  if (Is(stop, "old") || (Is(stop, "-") && Attached(stop))) return false;
  if (Is(stop, "and") && Is(stop + 1, "a") && Is(stop + 2, "half")) {
    count += 0.5;
    stop += 3;
  }
  h.end = stop;
  h.type = "DURATION";
  h.value = DurationValue(count, fuzzy, unit);
  return true;
}

bool Scanner::Set(size_t i, Hit& h) {
  const std::string_view w = L(i);
  static const std::pair<std::string_view, std::string_view> kAdverbs[] = {
      {"daily", "P1D"},  {"weekly", "P1W"},  {"monthly", "P1M"},
      {"yearly", "P1Y"}, {"hourly", "PT1H"}, {"nightly", "P1D"}};
  for (const auto& [word, value] : kAdverbs) {
    if (w == word) {
      h.end = i + 1;
      h.type = "SET";
      h.value = std::string(value);
      return true;
    }
  }
  if (w != "every" && w != "each") return false;
  size_t j = i + 1;
  int count = 1;
  if (Is(j, "other")) {
    count = 2;
    ++j;
  } else {
    size_t e;
    double v;
    bool fuzzy, article;
    if (Number(j, &e, &v, &fuzzy, &article) && !fuzzy && !article && v >= 2 && v <= 1000 &&
        v == std::floor(v)) {
      count = static_cast<int>(v);
      j = e;
    }
  }
  Unit unit;
  bool plural;
  h.type = "SET";
  if (UnitOf(L(j), &unit, &plural) && (plural == (count > 1) || count == 2)) {
    h.end = j + 1;
    h.value = DurationValue(count, false, unit);
    return true;
  }
  if (w != "per" && Cap(j) && WeekdayNumber(L(j)) >= 0) {
    h.end = j + 1;
    h.value = "XXXX-WXX-" + std::to_string(WeekdayNumber(L(j)) + 1);
    return true;
  }
  if (w != "per" && Cap(j) && MonthNumber(L(j)) > 0) {
    h.end = j + 1;
    h.value = "XXXX-" + timecal::Pad2(MonthNumber(L(j)));
    return true;
  }
  if (w != "per" && !SeasonCode(L(j)).empty()) {
    h.end = j + 1;
    h.value = "XXXX-" + SeasonCode(L(j));
    return true;
  }
  return false;
}

// ---------------------------------------------------------------- driver

void Scanner::Consider(bool ok, Hit& candidate, Hit& best, bool& found) const {
  if (ok && candidate.end > best.end && !candidate.value.empty()) {
    std::swap(best, candidate);
    found = true;
  }
  candidate.end = 0;
  candidate.type.clear();
  candidate.value.clear();
  candidate.absolute = candidate.relative = candidate.reference = false;
  candidate.day = {};
}

bool Scanner::Core(size_t i, Hit& best) {
  bool found = false;
  Hit c;
  Consider(NumericDate(i, c), c, best, found);
  Consider(MonthDate(i, c), c, best, found);
  Consider(Year(i, c), c, best, found);
  Consider(Decade(i, c), c, best, found);
  Consider(PeriodEnd(i, c), c, best, found);
  Consider(Quarter(i, c), c, best, found);
  Consider(YearQuarter(i, c), c, best, found);
  Consider(Season(i, c), c, best, found);
  Consider(Holiday(i, c), c, best, found);
  Consider(Deictic(i, c), c, best, found);
  Consider(PartBeforeDay(i, c), c, best, found);
  Consider(Weekday(i, c), c, best, found);
  Consider(Relative(i, c), c, best, found);
  Consider(Ago(i, c), c, best, found);
  Consider(YearEarlier(i, c), c, best, found);
  Consider(Clock(i, c), c, best, found);
  Consider(Duration(i, c), c, best, found);
  Consider(Set(i, c), c, best, found);
  Consider(Reference(i, c), c, best, found);
  return found;
}

// Modifiers that stay inside a date's span ("early", "the end of") or a duration's or time's
// ("about", "more than"), tried before the core rules.
bool Scanner::Best(size_t i, Hit& best) {
  best = Hit{};
  bool found = Core(i, best);
  struct Modifier {
    std::string_view first, second, third;
    bool date;
  };
  static constexpr Modifier kModifiers[] = {
      {"early", "", "", true},
      {"late", "", "", true},
      {"mid", "", "", true},
      {"the", "end", "of", true},
      {"the", "beginning", "of", true},
      {"the", "middle", "of", true},
      {"the", "start", "of", true},
      {"the", "turn", "of", true},
      {"the", "rest", "of", true},
      // TimeBank leaves "about", "over", "only" and "just" outside the span.
      {"around", "", "", false},
      {"nearly", "", "", false},
      {"almost", "", "", false},
      {"approximately", "", "", false},
      {"roughly", "", "", false},
      {"more", "than", "", false},
      {"less", "than", "", false},
      {"at", "least", "", false},
      {"at", "most", "", false},
      {"some", "", "", false},
      {"up", "to", "", false},
      {"fewer", "than", "", false}};
  for (const Modifier& m : kModifiers) {
    if (!Is(i, m.first)) continue;
    size_t j = i + 1;
    if (!m.second.empty()) {
      if (!Is(j, m.second)) continue;
      ++j;
    }
    if (!m.third.empty()) {
      if (!Is(j, m.third)) continue;
      ++j;
    }
    if (m.first == "mid") j = OptHyphen(j);
    Hit inner;
    if (!Core(j, inner) || inner.end <= best.end) continue;
    const bool date_like = inner.type == "DATE" && !inner.reference;
    const bool amount = inner.type == "DURATION" || inner.type == "TIME" ||
                        (inner.type == "DATE" && Is(inner.end - 1, "ago"));
    if (m.date ? !date_like : !amount) continue;
    best = inner;
    found = true;
  }
  return found;
}

bool Scanner::DayListItem(size_t i, Hit& h) const {
  if (last_end_ + 1 != i || !last_day_.valid_day()) return false;
  const std::string_view link = L(last_end_);
  if (link != "and" && link != "to" && link != "through" && link != "or" && link != "-" &&
      link != "\xE2\x80\x93") {
    return false;
  }
  const int day = Day(i);
  if (day <= last_day_.day || !timecal::IsValidDate(last_day_.year, last_day_.month, day)) {
    return false;
  }
  Unit unit;
  bool plural;
  if (UnitOf(L(i + 1), &unit, &plural) || Is(i + 1, ":") || Is(i + 1, "%") ||
      (Cap(i + 1) && MonthNumber(L(i + 1)) != 0)) {
    return false;
  }
  h.end = i + 1;
  h.type = "DATE";
  h.day = {last_day_.year, last_day_.month, day};
  h.value = timecal::FormatDate(h.day);
  h.absolute = true;
  return true;
}

std::vector<FoundTime> Scanner::Run() {
  std::vector<FoundTime> out;
  size_t i = 0;
  while (i < n()) {
    const Tok& t = toks_[i];
    const bool candidate = timeish_[i] || (starter_[i] && TimeWordWithin(i + 1, 5));
    Hit hit;
    if (DayListItem(i, hit)) {
      // "April 24 and 25": the second day shares the first one's month and year.
    } else if (!candidate || !Best(i, hit) || hit.end <= i) {
      ++i;
      continue;
    }
    FoundTime f;
    f.start = toks_[i].start;
    f.end = toks_[hit.end - 1].end;
    f.type = hit.type;
    f.value = hit.value;
    f.absolute = hit.absolute;
    f.day = hit.day;
    const bool line_start =
        t.newline_before || (i > 0 && toks_[i - 1].newline_before && toks_[i - 1].low == "-");
    f.whole_line = line_start && LineEndAfter(hit.end);
    const bool uses_anchor = hit.relative || hit.reference;
    if (hit.relative && HaveAnchor()) f.anchor = anchor_text_;
    f.confidence = hit.absolute                                ? 0.95f
                   : hit.reference                             ? 0.7f
                   : hit.relative                              ? anchor_confidence_
                   : (f.type == "DURATION" || f.type == "SET") ? 0.85f
                                                               : 0.3f;
    if (uses_anchor && !HaveAnchor()) f.confidence = 0.3f;
    if (hit.day.valid_day()) sentence_day_[t.sentence] = hit.day;
    // A line that is nothing but a full date re-anchors what follows (live-blog headings).
    if (options_.follow_headings && f.whole_line && hit.absolute && hit.day.valid_day()) {
      anchor_ = hit.day;
      anchor_text_ = "heading " + timecal::FormatDate(hit.day);
      anchor_confidence_ = 0.75f;
    }
    out.push_back(std::move(f));
    last_end_ = hit.end;
    last_day_ = hit.day;
    i = hit.end;
  }
  return out;
}

}  // namespace

PreparedText::Impl::Impl(std::string_view text) : lower(text) {
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  toks = Tokenize(text, lower);
  const size_t n = toks.size();
  auto low = [&](size_t i) { return i < n ? toks[i].low : std::string_view(); };
  sentences = toks.empty() ? 1 : toks.back().sentence + 1;
  future.assign(sentences, false);
  size_t quarters = 0;
  timeish.resize(n);
  starter.resize(n);
  for (size_t i = 0; i < n; ++i) {
    const std::string_view w = toks[i].low;
    const uint8_t word_class = toks[i].numeric ? 0 : WordClassOf(w);
    timeish[i] = toks[i].numeric || (word_class & kTimeWord);
    starter[i] = (word_class & kStarter) != 0;
    if (w == "will" || w == "shall" ||
        (w == "ll" && (low(i - 1) == "'" || low(i - 1) == "\xE2\x80\x99")) ||
        (w == "going" && low(i + 1) == "to")) {
      future[toks[i].sentence] = true;
    }
    quarters += w == "quarter" || w == "quarterly";
    // "22/01/2025": a first number above 12 means the document writes days first.
    if (toks[i].numeric && w.find('/') != std::string_view::npos) {
      int first = 0;
      for (char c : w) {
        if (!IsDigit(c)) break;
        first = first * 10 + (c - '0');
      }
      day_first = day_first || (first > 12 && first <= 31);
    }
  }
  quarter_context = quarters >= 1;
}

PreparedText::PreparedText(std::string_view text) : impl_(std::make_unique<Impl>(text)) {}
PreparedText::~PreparedText() = default;
PreparedText::PreparedText(PreparedText&&) noexcept = default;
PreparedText& PreparedText::operator=(PreparedText&&) noexcept = default;

std::vector<FoundTime> PreparedText::Scan(const ScanOptions& options) const {
  Scanner scanner(*impl_, options);
  return scanner.Run();
}

std::vector<FoundTime> ScanTimes(std::string_view text, const ScanOptions& options) {
  return PreparedText(text).Scan(options);
}

const PreparedText& DocumentScans::Prepared() {
  if (!prepared_) prepared_.emplace(text_);
  return *prepared_;
}

const std::vector<FoundTime>& DocumentScans::Unanchored() {
  if (!unanchored_) {
    ScanOptions options;
    options.follow_headings = false;
    unanchored_ = Prepared().Scan(options);
  }
  return *unanchored_;
}

}  // namespace storyline::extract::timerules
