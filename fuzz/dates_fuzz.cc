// Fuzz target for the date finder: any valid UTF-8 text must give non-overlapping, in-order
// spans inside the text whose dates exist in the calendar, and ParseDate must agree with
// FindDates' first match. Inputs that are not valid UTF-8 are skipped.
#include <unicode/utf8.h>

#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "clean/dates.h"
#include "fuzz_checks.h"

namespace {

bool Exists(const storyline::clean::CalendarDate& d) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= kDays[d.month - 1] &&
         d.year >= 1800 && d.year <= 2199;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (size > 4096 || !storyline::fuzz::ValidUtf8(text)) return 0;
  uint32_t previous_end = 0;
  for (const auto& m : storyline::clean::FindDates(text)) {
    if (m.start >= m.end || m.end > text.size() || m.start < previous_end) std::abort();
    if (!Exists(m.date) || m.date.Iso().size() != 10) std::abort();
    previous_end = m.end;
  }
  auto parsed = storyline::clean::ParseDate(text);
  if (parsed && !Exists(*parsed)) std::abort();
  (void)storyline::clean::MonthFromName(text);
  (void)storyline::clean::IsWeekdayName(text);
  return 0;
}
