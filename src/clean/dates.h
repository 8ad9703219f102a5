// Absolute calendar dates in running text, in many languages: "7 August 2023", "August 7, 2023",
// "2023-08-07", "07.08.2023", "12 марта 2021", "Thursday 9 February 2023", "2023年8月7日".
//
// Month and weekday names come from ICU's locale data (icu::DateFormatSymbols: wide and
// abbreviated, format and standalone contexts, so genitive forms such as Russian "марта" are
// included) for a fixed list of locales; they are loaded once, on first use, and shared read-only
// across threads. Only complete dates (day, month and year) are reported; a year must lie in
// 1800..2199 and the day must exist in that month. Never throws.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace storyline::clean {

struct CalendarDate {
  int year = 0;
  int month = 0;            // 1..12
  int day = 0;              // 1..31
  std::string Iso() const;  // "YYYY-MM-DD"
  bool operator==(const CalendarDate&) const = default;
};

// One date found in a text: its byte span in that text (end exclusive) and its value.
struct DateMatch {
  uint32_t start = 0;
  uint32_t end = 0;
  CalendarDate date;
};

// Every absolute date in utf8_text, left to right, non-overlapping. A weekday name just before a
// date ("Thursday, 9 February 2023") is part of the match. Times after the date are not.
std::vector<DateMatch> FindDates(std::string_view utf8_text);

// The date a whole string spells, allowing surrounding spaces and punctuation and a trailing time
// ("Nov. 19, 2019 8:21 am ET"): the first date when the string holds nothing but dates, times and
// connecting words of at most a few tokens; nullopt otherwise.
std::optional<CalendarDate> ParseDate(std::string_view utf8_text);

// The month (1..12) a single word names in any of the loaded locales, case-insensitively, with
// or without an abbreviation's final period; 0 when it names none.
int MonthFromName(std::string_view word);

// Whether a single word names a weekday in any of the loaded locales, case-insensitively, with or
// without an abbreviation's final period.
bool IsWeekdayName(std::string_view word);

}  // namespace storyline::clean
