// Private to the times stage: proleptic Gregorian calendar arithmetic and TIMEX3 value formatting.
// Every function is total: invalid input gives an invalid CivilDate (year 0) or an empty string,
// never UB, so rules can chain them without checks.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace storyline::extract::timecal {

struct CivilDate {
  int year = 0;   // 0 = unknown / invalid
  int month = 0;  // 1..12, 0 = unknown
  int day = 0;    // 1..31, 0 = unknown
  bool valid_day() const { return year > 0 && month > 0 && day > 0; }
  bool operator==(const CivilDate&) const = default;
};

bool IsLeap(int year);
int DaysInMonth(int year, int month);  // 0 when month is out of range
bool IsValidDate(int year, int month, int day);

// Days since 1970-01-01 and back (Howard Hinnant's algorithms).
int64_t DaysFromCivil(int year, int month, int day);
CivilDate CivilFromDays(int64_t days);

CivilDate AddDays(const CivilDate& date, int64_t days);
// Month arithmetic on the month part; the day is clamped to the target month's length.
CivilDate AddMonths(const CivilDate& date, int months);

// 0 = Monday ... 6 = Sunday.
int Weekday(const CivilDate& date);

// ISO-8601 week number (1..53) and its week-based year.
int IsoWeek(const CivilDate& date, int* iso_year);

// "YYYY-MM-DD", "YYYY-MM", "YYYY" from the known parts (year must be known).
std::string FormatDate(const CivilDate& date);
std::string FormatWeek(const CivilDate& date);  // "YYYY-Www" of the date's ISO week
std::string Pad2(int n);
std::string Pad4(int n);

// The date at the start of an ISO-ish value ("2025-05-14T09:30:00+02:00" -> 2025-05-14,
// "2025-05" -> month known, day 0); nullopt when it does not start with a 4-digit year.
std::optional<CivilDate> ParseIsoPrefix(std::string_view value);

}  // namespace storyline::extract::timecal
