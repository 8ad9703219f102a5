#include "clean/dates.h"

#include <gtest/gtest.h>

namespace storyline::clean {
namespace {

std::string Iso(std::string_view text) {
  std::optional<CalendarDate> d = ParseDate(text);
  return d ? d->Iso() : "none";
}

TEST(ParseDate, WrittenDatesInManyLanguages) {
  EXPECT_EQ(Iso("7 August 2023"), "2023-08-07");
  EXPECT_EQ(Iso("August 7, 2023"), "2023-08-07");
  EXPECT_EQ(Iso("Aug. 7, 2023"), "2023-08-07");
  EXPECT_EQ(Iso("7. August 2023"), "2023-08-07");       // German
  EXPECT_EQ(Iso("7 août 2023"), "2023-08-07");          // French
  EXPECT_EQ(Iso("7 de agosto de 2023"), "2023-08-07");  // Spanish / Portuguese
  EXPECT_EQ(Iso("7 agosto 2023"), "2023-08-07");        // Italian
  EXPECT_EQ(Iso("12 марта 2021"), "2021-03-12");        // Russian genitive
  EXPECT_EQ(Iso("12 март 2021"), "2021-03-12");         // Bulgarian / nominative
  EXPECT_EQ(Iso("12 березня 2021"), "2021-03-12");      // Ukrainian genitive
  EXPECT_EQ(Iso("12 marca 2021"), "2021-03-12");        // Polish genitive
  EXPECT_EQ(Iso("12. ožujka 2021."), "2021-03-12");     // Croatian
  EXPECT_EQ(Iso("12 Μαρτίου 2021"), "2021-03-12");      // Greek genitive
  EXPECT_EQ(Iso("12 Mart 2021"), "2021-03-12");         // Turkish
  EXPECT_EQ(Iso("2021年3月12日"), "2021-03-12");        // Chinese / Japanese
  EXPECT_EQ(Iso("2021년 3월 12일"), "2021-03-12");      // Korean
}

TEST(ParseDate, NumericForms) {
  EXPECT_EQ(Iso("2022-11-03"), "2022-11-03");
  EXPECT_EQ(Iso("2022/11/03"), "2022-11-03");
  EXPECT_EQ(Iso("03.11.2022"), "2022-11-03");  // day first with dots
  EXPECT_EQ(Iso("03/11/2022"), "2022-11-03");  // day first when ambiguous
  EXPECT_EQ(Iso("11/23/2022"), "2022-11-23");  // month first when the day cannot be a month
}

TEST(ParseDate, WeekdaysTimesAndLabelsAroundTheDate) {
  EXPECT_EQ(Iso("Thursday 9 February 2023"), "2023-02-09");
  EXPECT_EQ(Iso("Thursday, February 9, 2023"), "2023-02-09");
  EXPECT_EQ(Iso("Posted: 9 Feb 2023 10:41 pm"), "2023-02-09");
  EXPECT_EQ(Iso("Updated Feb. 9, 2023 7:05 am ET"), "2023-02-09");
  EXPECT_EQ(Iso("Donnerstag, 9. Februar 2023"), "2023-02-09");
}

TEST(ParseDate, RejectsSentencesAndImpossibleDates) {
  EXPECT_EQ(Iso("The council met on 9 February 2023 to discuss the new budget for schools."),
            "none");
  EXPECT_EQ(Iso("31 February 2023"), "none");
  EXPECT_EQ(Iso("2023-13-01"), "none");
  EXPECT_EQ(Iso("9 February"), "none");  // no year: not an absolute date
  EXPECT_EQ(Iso("1.2.3.4"), "none");     // a version number
  EXPECT_EQ(Iso("May 2023"), "none");
  EXPECT_EQ(Iso(""), "none");
  EXPECT_EQ(Iso("29 February 2024"), "2024-02-29");  // leap year
  EXPECT_EQ(Iso("29 February 2023"), "none");
}

TEST(FindDates, SpansInRunningText) {
  std::string text = "Filed on Monday, 6 March 2017 and amended 2017-04-02 (see 3.4.5).";
  std::vector<DateMatch> found = FindDates(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(text.substr(found[0].start, found[0].end - found[0].start), "Monday, 6 March 2017");
  EXPECT_EQ(found[0].date.Iso(), "2017-03-06");
  EXPECT_EQ(text.substr(found[1].start, found[1].end - found[1].start), "2017-04-02");
}

// Scrapers that concatenate a date element and a time element run the year into the hour.
TEST(ParseDate, YearGluedToAClockTime) {
  EXPECT_EQ(Iso("March 9, 20314:12 PM GMT"), "2031-03-09");
  EXPECT_EQ(Iso("9 March 203114:05 CET"), "2031-03-09");
  EXPECT_EQ(Iso("March 9, 20314:12 PM GMTUpdated 2 hours ago"), "2031-03-09");
  std::string text = "Filed March 9, 20314:12 PM";
  std::vector<DateMatch> found = FindDates(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(text.substr(found[0].start, found[0].end - found[0].start), "March 9, 2031");
  // Near misses: five digits that are not a year and a time.
  EXPECT_EQ(Iso("March 9, 20314 PM"), "none");       // no minutes after it
  EXPECT_EQ(Iso("March 9, 203145:12"), "none");      // hour 45
  EXPECT_EQ(Iso("March 9, 20314:75"), "none");       // minute 75
  EXPECT_EQ(Iso("March 9, 20314.12"), "none");       // not a clock time
  EXPECT_EQ(Iso("Order 9 March 12345:10"), "none");  // year 1234 out of range
}

TEST(FindDates, NoDigitsNoWork) { EXPECT_TRUE(FindDates("March and April were dry").empty()); }

TEST(MonthFromName, ComesFromLocaleData) {
  EXPECT_EQ(MonthFromName("September"), 9);
  EXPECT_EQ(MonthFromName("sept."), 9);
  EXPECT_EQ(MonthFromName("Sep"), 9);
  EXPECT_EQ(MonthFromName("сентября"), 9);
  EXPECT_EQ(MonthFromName("Září"), 9);       // Czech
  EXPECT_EQ(MonthFromName("syyskuuta"), 9);  // Finnish
  EXPECT_EQ(MonthFromName("table"), 0);
  EXPECT_TRUE(IsWeekdayName("Tuesday"));
  EXPECT_TRUE(IsWeekdayName("tue."));
  EXPECT_TRUE(IsWeekdayName("Dienstag"));
  EXPECT_FALSE(IsWeekdayName("Tarnholm"));
  EXPECT_FALSE(IsWeekdayName(""));
  EXPECT_EQ(MonthFromName(""), 0);
}

}  // namespace
}  // namespace storyline::clean
