#include "clean/dates.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdio>
#include <string>
#include <unordered_map>

namespace storyline::clean {

namespace {

// Locales whose month and weekday names are recognised. Languages written without spaces (zh, ja,
// ko) use numeric months ("6月") and are handled by their own pattern.
constexpr std::array<const char*, 46> kLocales = {
    "en", "de", "fr", "es", "it",      "pt", "nl",  "ru", "uk", "be", "pl", "cs",
    "sk", "sl", "hr", "sr", "sr_Latn", "bs", "bg",  "mk", "ro", "hu", "fi", "et",
    "lv", "lt", "sv", "da", "nb",      "nn", "is",  "tr", "el", "id", "ms", "ca",
    "gl", "eu", "sq", "af", "sw",      "vi", "fil", "az", "ka", "hy"};

// Lower-cases UTF-8 text with ICU (only ever called on short words next to numbers).
std::string Lower(std::string_view word) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  u.foldCase();
  std::string out;
  u.toUTF8String(out);
  return out;
}

struct NameTables {
  std::unordered_map<std::string, int> months;  // folded name (no final '.') -> 1..12
  std::unordered_map<std::string, int> weekdays;

  NameTables() {
    using Symbols = icu::DateFormatSymbols;
    const Symbols::DtContextType contexts[] = {Symbols::FORMAT, Symbols::STANDALONE};
    const Symbols::DtWidthType widths[] = {Symbols::WIDE, Symbols::ABBREVIATED};
    for (const char* name : kLocales) {
      UErrorCode status = U_ZERO_ERROR;
      Symbols symbols(icu::Locale(name), status);
      if (U_FAILURE(status)) continue;
      for (auto context : contexts) {
        for (auto width : widths) {
          int32_t count = 0;
          const icu::UnicodeString* list = symbols.getMonths(count, context, width);
          for (int32_t i = 0; list != nullptr && i < count && i < 12; ++i)
            Add(months, list[i], i + 1);
          list = symbols.getWeekdays(count, context, width);
          // ICU's weekday arrays start at index 1 (Sunday).
          for (int32_t i = 1; list != nullptr && i < count; ++i) Add(weekdays, list[i], i);
        }
      }
    }
  }

  static void Add(std::unordered_map<std::string, int>& table, const icu::UnicodeString& name,
                  int value) {
    std::string utf8;
    icu::UnicodeString folded(name);
    folded.foldCase();
    folded.toUTF8String(utf8);
    while (!utf8.empty() && (utf8.back() == '.' || utf8.back() == ' ')) utf8.pop_back();
    if (utf8.size() < 2) return;
    for (char c : utf8) {
      if (c >= '0' && c <= '9') return;  // numeric "month names" are handled by the patterns
    }
    table.emplace(std::move(utf8), value);  // first locale wins on a clash
  }
};

const NameTables& Tables() {
  static const NameTables tables;
  return tables;
}

enum class Kind { kNumber, kWord };

struct Token {
  Kind kind;
  uint32_t start, end;  // bytes
  int value = 0;        // numbers
  int digits = 0;       // numbers
};

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Letters, numbers and the rest, splitting CJK characters into one token each so "2023年8月7日"
// becomes number, word, number, word, number, word.
std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> tokens;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  while (i < n) {
    if (IsAsciiDigit(s[i])) {
      Token t{Kind::kNumber, static_cast<uint32_t>(i), 0};
      int value = 0, digits = 0;
      while (i < n && IsAsciiDigit(s[i])) {
        if (digits < 6) value = value * 10 + (s[i] - '0');
        ++digits;
        ++i;
      }
      t.end = static_cast<uint32_t>(i);
      t.value = digits <= 6 ? value : -1;
      t.digits = digits;
      tokens.push_back(t);
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, n, c);
    if (c < 0) continue;
    bool letter = c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : u_isalpha(c);
    if (!letter) continue;
    bool ideograph = c >= 0x2E80 && (c < 0xA000 || (c >= 0xAC00 && c < 0xD7B0));
    if (!ideograph) {
      while (i < n) {
        int32_t next = i;
        UChar32 d;
        U8_NEXT(bytes, next, n, d);
        bool more = d >= 0 && (d < 0x80 ? ((d | 0x20) >= 'a' && (d | 0x20) <= 'z')
                                        : (u_isalpha(d) && !(d >= 0x2E80 && d < 0xA000)));
        if (!more) break;
        i = next;
      }
    }
    tokens.push_back({Kind::kWord, static_cast<uint32_t>(start), static_cast<uint32_t>(i)});
  }
  return tokens;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return kDays[month - 1];
}

bool Valid(int year, int month, int day) {
  return year >= 1800 && year <= 2199 && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

class Matcher {
 public:
  explicit Matcher(std::string_view text) : s_(text), tokens_(Tokenize(text)) {}

  std::vector<DateMatch> Run() {
    std::vector<DateMatch> found;
    size_t i = 0;
    while (i < tokens_.size()) {
      DateMatch m;
      size_t last = 0;
      if (Numeric(i, m, last) || Cjk(i, m, last) || DayMonthYear(i, m, last) ||
          MonthDayYear(i, m, last)) {
        m.start = tokens_[WithWeekday(i)].start;
        if (!found.empty() && m.start < found.back().end) m.start = tokens_[i].start;
        found.push_back(m);
        i = last + 1;
      } else {
        ++i;
      }
    }
    return found;
  }

 private:
  std::string_view Text(const Token& t) const { return s_.substr(t.start, t.end - t.start); }
  std::string_view Gap(size_t a, size_t b) const {
    return s_.substr(tokens_[a].end, tokens_[b].start - tokens_[a].end);
  }
  bool IsNumber(size_t i, int min_digits, int max_digits) const {
    return i < tokens_.size() && tokens_[i].kind == Kind::kNumber &&
           tokens_[i].digits >= min_digits && tokens_[i].digits <= max_digits;
  }
  bool IsWord(size_t i) const { return i < tokens_.size() && tokens_[i].kind == Kind::kWord; }

  // Spaces, commas, periods between the parts of a written date ("7. August 2023", "Aug. 7,").
  static bool SoftGap(std::string_view gap) {
    if (gap.empty() || gap.size() > 6) return false;
    bool space = false;
    for (size_t k = 0; k < gap.size(); ++k) {
      unsigned char c = static_cast<unsigned char>(gap[k]);
      if (c == ' ' || c == '\t') {
        space = true;
      } else if (c == ',' || c == '.') {
      } else if (c == 0xC2 && k + 1 < gap.size() &&
                 static_cast<unsigned char>(gap[k + 1]) == 0xA0) {  // no-break space
        space = true;
        ++k;
      } else {
        return false;
      }
    }
    return space || gap == ".";
  }

  // Skips an ordinal suffix ("19th", "1er", "1º") glued to the number at i; returns the next index.
  size_t AfterOrdinal(size_t i) const {
    if (IsWord(i + 1) && tokens_[i + 1].start == tokens_[i].end) {
      std::string_view w = Text(tokens_[i + 1]);
      if (w == "st" || w == "nd" || w == "rd" || w == "th" || w == "er" || w == "e" || w == "º" ||
          w == "ª")
        return i + 2;
    }
    return i + 1;
  }

  // Skips connecting words ("de", "del", "of") between date parts; false when the gap is bad.
  bool Connect(size_t& i) const {
    size_t k = i;
    for (int hops = 0; hops < 2 && IsWord(k); ++hops) {
      std::string_view w = Text(tokens_[k]);
      if (w != "de" && w != "del" && w != "of" && w != "di" && w != "do" && w != "da") break;
      if (!SoftGap(Gap(k - 1, k))) return false;
      ++k;
    }
    if (k >= tokens_.size() || !SoftGap(Gap(k - 1, k))) return false;
    i = k;
    return true;
  }

  // The four-digit year at token i, or a year run into a clock time by a scraper that glued two
  // inline elements ("January 22, 20254:12 PM": year 2025, then 4:12). The glued form needs the
  // ":MM" minutes right after it and an hour of at most 23. Sets the year and where it ends.
  bool Year(size_t i, int& year, uint32_t& end) const {
    if (IsNumber(i, 4, 4)) {
      year = tokens_[i].value;
      end = tokens_[i].end;
      return true;
    }
    if (!IsNumber(i, 5, 6) || !IsNumber(i + 1, 2, 2)) return false;
    const Token &t = tokens_[i], &minutes = tokens_[i + 1];
    if (s_[t.end] != ':' || minutes.start != t.end + 1 || minutes.value > 59) return false;
    int scale = t.digits == 5 ? 10 : 100;
    if (t.value % scale > 23) return false;
    year = t.value / scale;
    end = t.start + 4;
    return true;
  }

  int Month(size_t i) const {
    if (!IsWord(i)) return 0;
    return MonthFromName(Text(tokens_[i]));
  }

  // 2023-08-27, 2023/08/27, 27.08.2023, 27/08/2023, 08/27/2023, 27-08-2023.
  bool Numeric(size_t i, DateMatch& m, size_t& last) const {
    if (!IsNumber(i, 1, 4) || !IsNumber(i + 1, 1, 2) || !IsNumber(i + 2, 1, 4)) return false;
    std::string_view g1 = Gap(i, i + 1), g2 = Gap(i + 1, i + 2);
    if (g1.size() != 1 || g1 != g2 || (g1[0] != '-' && g1[0] != '/' && g1[0] != '.')) return false;
    if (i > 0 && tokens_[i - 1].end == tokens_[i].start - 1 &&
        (s_[tokens_[i].start - 1] == g1[0]))  // part of a longer run like 1.2.3.4
      return false;
    if (i + 3 < tokens_.size() && tokens_[i + 3].kind == Kind::kNumber &&
        tokens_[i + 3].start == tokens_[i + 2].end + 1 && s_[tokens_[i + 2].end] == g1[0])
      return false;
    const Token &a = tokens_[i], &b = tokens_[i + 1], &c = tokens_[i + 2];
    int y, mo, d;
    if (a.digits == 4 && c.digits <= 2) {
      y = a.value, mo = b.value, d = c.value;
    } else if (a.digits <= 2 && c.digits == 4) {
      y = c.value, mo = b.value, d = a.value;
      if (g1[0] == '/' && b.value > 12 && a.value <= 12) std::swap(mo, d);  // US order
    } else {
      return false;
    }
    if (!Valid(y, mo, d)) return false;
    m = {a.start, c.end, {y, mo, d}};
    last = i + 2;
    return true;
  }

  // 2023年8月7日 and Korean 2023년 8월 7일.
  bool Cjk(size_t i, DateMatch& m, size_t& last) const {
    if (!IsNumber(i, 4, 4) || !IsNumber(i + 2, 1, 2) || !IsNumber(i + 4, 1, 2) || !IsWord(i + 5))
      return false;
    std::string_view y = Text(tokens_[i + 1]), mo = Text(tokens_[i + 3]), d = Text(tokens_[i + 5]);
    bool chinese = y == "年" && mo == "月" && d == "日";
    bool korean = y == "년" && mo == "월" && d == "일";
    if (!chinese && !korean) return false;
    for (size_t k = i; k < i + 5; ++k) {
      std::string_view gap = Gap(k, k + 1);
      if (gap.size() > 1 || (gap.size() == 1 && gap[0] != ' ')) return false;
    }
    int year = tokens_[i].value, month = tokens_[i + 2].value, day = tokens_[i + 4].value;
    if (!Valid(year, month, day)) return false;
    m = {tokens_[i].start, tokens_[i + 5].end, {year, month, day}};
    last = i + 5;
    return true;
  }

  // 7 August 2023, 7. August 2023, 12 марта 2021 г., 7 de agosto de 2023, 1er mars 2023.
  bool DayMonthYear(size_t i, DateMatch& m, size_t& last) const {
    if (!IsNumber(i, 1, 2)) return false;
    size_t k = AfterOrdinal(i);
    if (!Connect(k)) return false;
    int month = Month(k);
    if (month == 0) return false;
    size_t y = k + 1;
    int year = 0;
    uint32_t end = 0;
    if (!Connect(y) || !Year(y, year, end)) return false;
    int day = tokens_[i].value;
    if (!Valid(year, month, day)) return false;
    m = {tokens_[i].start, end, {year, month, day}};
    last = y;
    return true;
  }

  // August 7, 2023, Aug. 7, 2023, März 3rd 2021.
  bool MonthDayYear(size_t i, DateMatch& m, size_t& last) const {
    bool number_follows = false;  // cheap test before the name lookup
    for (size_t k = i + 1; k <= i + 3 && k < tokens_.size(); ++k)
      number_follows |= IsNumber(k, 1, 2);
    if (!number_follows) return false;
    int month = Month(i);
    if (month == 0) return false;
    size_t d = i + 1;
    if (!Connect(d) || !IsNumber(d, 1, 2)) return false;
    size_t y = AfterOrdinal(d);
    int year = 0;
    uint32_t end = 0;
    if (!Connect(y) || !Year(y, year, end)) return false;
    int day = tokens_[d].value;
    if (!Valid(year, month, day)) return false;
    m = {tokens_[i].start, end, {year, month, day}};
    last = y;
    return true;
  }

  // The index of a weekday name just before token i ("Thursday, 9 February"), or i.
  size_t WithWeekday(size_t i) const {
    if (i == 0 || !IsWord(i - 1) || !SoftGap(Gap(i - 1, i))) return i;
    const auto& weekdays = Tables().weekdays;
    return weekdays.count(Lower(Text(tokens_[i - 1]))) ? i - 1 : i;
  }

  std::string_view s_;
  std::vector<Token> tokens_;
};

}  // namespace

std::string CalendarDate::Iso() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year % 10000, month % 100, day % 100);
  return buffer;
}

int MonthFromName(std::string_view word) {
  if (word.empty() || word.size() > 40) return 0;
  while (!word.empty() && word.back() == '.') word.remove_suffix(1);
  const auto& months = Tables().months;
  auto it = months.find(Lower(word));
  return it == months.end() ? 0 : it->second;
}

bool IsWeekdayName(std::string_view word) {
  if (word.empty() || word.size() > 40) return false;
  while (!word.empty() && word.back() == '.') word.remove_suffix(1);
  return Tables().weekdays.count(Lower(word)) > 0;
}

std::vector<DateMatch> FindDates(std::string_view utf8_text) {
  bool digit = false;
  for (char c : utf8_text) {
    if (IsAsciiDigit(c)) {
      digit = true;
      break;
    }
  }
  if (!digit) return {};
  return Matcher(utf8_text).Run();
}

std::optional<CalendarDate> ParseDate(std::string_view utf8_text) {
  std::vector<DateMatch> dates = FindDates(utf8_text);
  if (dates.empty()) return std::nullopt;
  // What is left besides the dates may only be a time, a time zone and a few short labels.
  size_t words = 0, letters = 0, from = 0;
  auto count = [&](std::string_view rest) {
    for (const Token& t : Tokenize(rest)) {
      if (t.kind != Kind::kWord) continue;
      ++words;
      letters += t.end - t.start;
    }
  };
  for (const DateMatch& d : dates) {
    count(utf8_text.substr(from, d.start - from));
    from = d.end;
  }
  count(utf8_text.substr(from));
  if (words > 6 || letters > 40) return std::nullopt;
  return dates.front().date;
}

}  // namespace storyline::clean
