#include "extract/time_calendar.h"

#include <algorithm>

namespace storyline::extract::timecal {

bool IsLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

bool IsValidDate(int year, int month, int day) {
  return year > 0 && year < 10000 && day >= 1 && day <= DaysInMonth(year, month);
}

int64_t DaysFromCivil(int year, int month, int day) {
  const int64_t y = static_cast<int64_t>(year) - (month <= 2);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int64_t year = yoe + era * 400 + (month <= 2);
  if (year < 1 || year > 9999) return {};
  return {static_cast<int>(year), month, day};
}

CivilDate AddDays(const CivilDate& date, int64_t days) {
  if (!date.valid_day()) return {};
  return CivilFromDays(DaysFromCivil(date.year, date.month, date.day) + days);
}

CivilDate AddMonths(const CivilDate& date, int months) {
  if (date.year <= 0 || date.month <= 0) return {};
  int64_t index = static_cast<int64_t>(date.year) * 12 + (date.month - 1) + months;
  if (index < 12 || index >= 10000 * 12) return {};
  CivilDate out{static_cast<int>(index / 12), static_cast<int>(index % 12) + 1, date.day};
  if (out.day > 0) out.day = std::min(out.day, DaysInMonth(out.year, out.month));
  return out;
}

int Weekday(const CivilDate& date) {
  const int64_t days = DaysFromCivil(date.year, date.month, date.day);
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

int IsoWeek(const CivilDate& date, int* iso_year) {
  // The ISO week of a date is the week of its Thursday.
  const CivilDate thursday = AddDays(date, 3 - Weekday(date));
  if (!thursday.valid_day()) {
    if (iso_year != nullptr) *iso_year = date.year;
    return 1;
  }
  const int64_t jan1 = DaysFromCivil(thursday.year, 1, 1);
  const int64_t ordinal = DaysFromCivil(thursday.year, thursday.month, thursday.day) - jan1;
  if (iso_year != nullptr) *iso_year = thursday.year;
  return static_cast<int>(ordinal / 7) + 1;
}

std::string Pad2(int n) {
  std::string s = std::to_string(n);
  return s.size() < 2 ? "0" + s : s;
}

std::string Pad4(int n) {
  std::string s = std::to_string(n);
  while (s.size() < 4) s.insert(s.begin(), '0');
  return s;
}

std::string FormatDate(const CivilDate& date) {
  if (date.year <= 0) return "";
  std::string out = Pad4(date.year);
  if (date.month > 0) {
    out += "-" + Pad2(date.month);
    if (date.day > 0) out += "-" + Pad2(date.day);
  }
  return out;
}

std::string FormatWeek(const CivilDate& date) {
  if (!date.valid_day()) return "";
  int year = 0;
  const int week = IsoWeek(date, &year);
  return Pad4(year) + "-W" + Pad2(week);
}

std::optional<CivilDate> ParseIsoPrefix(std::string_view v) {
  auto digits = [&](size_t at, size_t n) {
    if (v.size() < at + n) return -1;
    int out = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (v[i] < '0' || v[i] > '9') return -1;
      out = out * 10 + (v[i] - '0');
    }
    return out;
  };
  const int year = digits(0, 4);
  if (year <= 0) return std::nullopt;
  CivilDate out{year, 0, 0};
  if (v.size() > 4 && v[4] == '-') {
    const int month = digits(5, 2);
    if (month >= 1 && month <= 12) {
      out.month = month;
      if (v.size() > 7 && v[7] == '-') {
        const int day = digits(8, 2);
        if (IsValidDate(year, month, day)) out.day = day;
      }
    }
  }
  return out;
}

}  // namespace storyline::extract::timecal
