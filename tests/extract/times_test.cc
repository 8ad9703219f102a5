#include "extract/times.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/time_calendar.h"

namespace storyline::extract {
namespace {

// A found expression as "surface|TYPE|value".
std::vector<std::string> Found(const Document& doc) {
  std::vector<std::string> out;
  for (const TimeExpression& t : doc.times) {
    out.push_back(doc.text.substr(t.span.start, t.span.size()) + "|" + t.type + "|" + t.value);
  }
  return out;
}

// Runs both stages on `text` published on `published` (none when empty).
Document Analyze(const std::string& text, const std::string& published = "2031-03-12") {
  Document doc;
  doc.text = text;
  if (!published.empty()) doc.published.value = published;
  InferDocumentTime(doc);
  FindTimes(doc);
  return doc;
}

std::vector<std::string> Times(const std::string& text,
                               const std::string& published = "2031-03-12") {
  return Found(Analyze(text, published));
}

using V = std::vector<std::string>;

// ---- absolute dates

TEST(FindTimes, FullDatesInCommonWrittenForms) {
  EXPECT_EQ(Times("It opened on 22 January 2030 in Kallisvik."),
            V{"22 January 2030|DATE|2030-01-22"});
  EXPECT_EQ(Times("Signed Jan. 22, 2030, by both."), V{"Jan. 22, 2030|DATE|2030-01-22"});
  EXPECT_EQ(Times("Signed January 22 2030."), V{"January 22 2030|DATE|2030-01-22"});
  EXPECT_EQ(Times("Filed 2030-01-22 at noon."),
            (V{"2030-01-22|DATE|2030-01-22", "noon|TIME|2030-01-22T12:00"}));
  EXPECT_EQ(Times("On the 22nd of January 2030 it rained."),
            V{"22nd of January 2030|DATE|2030-01-22"});
}

TEST(FindTimes, NumericDatesDayFirstOrMonthFirst) {
  EXPECT_EQ(Times("Due 01/22/2030."), V{"01/22/2030|DATE|2030-01-22"});
  // One unambiguous day-first date makes the document day-first.
  EXPECT_EQ(Times("From 22/01/2030 to 03/02/2030."),
            (V{"22/01/2030|DATE|2030-01-22", "03/02/2030|DATE|2030-02-03"}));
  EXPECT_TRUE(Times("Invalid 2030-02-30 and 1/2 cup.").empty());
  EXPECT_EQ(Times("Updated 2030-01-22T09:35:00Z."),
            V{"2030-01-22T09:35:00Z|TIME|2030-01-22T09:35"});
}

TEST(FindTimes, MonthDayWithoutYearTakesTheAnchorsYear) {
  EXPECT_EQ(Times("The vote was held on March 3."), V{"March 3|DATE|2031-03-03"});
  // Dec 30 in a January article is last year's.
  EXPECT_EQ(Times("Fighting broke out on Dec. 30.", "2031-01-08"), V{"Dec. 30|DATE|2030-12-30"});
  // Said of the future, it is the next one.
  EXPECT_EQ(Times("The talks will resume on Feb. 2.", "2031-03-12"), V{"Feb. 2|DATE|2032-02-02"});
}

TEST(FindTimes, MonthsAndYears) {
  EXPECT_EQ(Times("Prices rose in November."), V{"November|DATE|2030-11"});
  EXPECT_EQ(Times("It was built in June 1998."), V{"June 1998|DATE|1998-06"});
  EXPECT_EQ(Times("The law of 1998 and 1998's budget."), (V{"1998|DATE|1998", "1998|DATE|1998"}));
  EXPECT_EQ(Times("Growth peaked in the 1990s."), V{"1990s|DATE|199X"});
  EXPECT_EQ(Times("It began in the early 1980s."), V{"early 1980s|DATE|198X"});
  EXPECT_EQ(Times("A relic of the 19th century."), V{"the 19th century|DATE|18"});
  EXPECT_EQ(Times("It happened in February this year."), V{"February this year|DATE|2031-02"});
}

TEST(FindTimes, MonthNamesThatAreVerbsOrNamesAreNotDates) {
  EXPECT_TRUE(Times("May I ask? March on, they said.").empty());
  EXPECT_TRUE(Times("Officials may decide; troops march north.").empty());
  EXPECT_TRUE(Times("Sun Media reported it.").empty());
  EXPECT_EQ(Times("Elections are due in May."), V{"May|DATE|2031-05"});
}

TEST(FindTimes, NumbersThatAreNotYears) {
  EXPECT_TRUE(Times("Some 1,998 people came and paid $2030 each.").empty());
  EXPECT_TRUE(Times("The 5-2 win lifted them to 2031 points? No: 40%.").size() <= 1);
  EXPECT_TRUE(Times("It grew 2020%.").empty());
}

TEST(FindTimes, QuartersAndHalves) {
  EXPECT_EQ(Times("Profit fell in the third quarter."), V{"the third quarter|DATE|2030-Q3"});
  EXPECT_EQ(Times("Third-quarter profit fell."), V{"Third-quarter|DATE|2030-Q3"});
  EXPECT_EQ(Times("Sales in the first quarter of 2029."),
            V{"the first quarter of 2029|DATE|2029-Q1"});
  EXPECT_EQ(Times("Sales in the first half rose."), V{"the first half|DATE|2031-H1"});
  EXPECT_EQ(Times("Net rose in the quarter."), V{"the quarter|DATE|2030-Q4"});
}

TEST(FindTimes, SeasonsAndWeeks) {
  EXPECT_EQ(Times("It flooded last summer."), V{"last summer|DATE|2030-SU"});
  EXPECT_EQ(Times("Talks ended last week."), V{"last week|DATE|2031-W10"});
  EXPECT_EQ(Times("Talks go on this week."), V{"this week|DATE|2031-W11"});
  EXPECT_EQ(Times("They rested over the weekend."), V{"the weekend|DATE|2031-W10-WE"});
  EXPECT_TRUE(Times("The summer camp was full of fall colours.").empty());
}

// ---- relative expressions

TEST(FindTimes, DeicticDays) {
  EXPECT_EQ(Times("Today, yesterday and tomorrow."),
            (V{"Today|DATE|2031-03-12", "yesterday|DATE|2031-03-11", "tomorrow|DATE|2031-03-13"}));
  EXPECT_EQ(Times("He left last night."), V{"last night|TIME|2031-03-11TNI"});
  EXPECT_EQ(Times("They met this morning."), V{"this morning|TIME|2031-03-12TMO"});
}

TEST(FindTimes, WeekdaysResolveAgainstTheDocumentTime) {
  // Anchor 2031-03-12 is a Wednesday: past tense looks back, the future forward.
  EXPECT_EQ(Times("The minister resigned on Monday."), V{"Monday|DATE|2031-03-10"});
  EXPECT_EQ(Times("The minister will resign on Friday."), V{"Friday|DATE|2031-03-14"});
  EXPECT_EQ(Times("Police said Wednesday it was calm."), V{"Wednesday|DATE|2031-03-12"});
  EXPECT_EQ(Times("It closed last Friday."), V{"last Friday|DATE|2031-03-07"});
  EXPECT_EQ(Times("It opens next Monday."), V{"next Monday|DATE|2031-03-17"});
  EXPECT_EQ(Times("It snowed Friday morning."), V{"Friday morning|TIME|2031-03-07TMO"});
  EXPECT_EQ(Times("Stores close on Sundays."), V{"Sundays|SET|XXXX-WXX-7"});
  EXPECT_EQ(Times("The show airs Tuesday nights."), V{"Tuesday nights|SET|XXXX-WXX-2TNI"});
  EXPECT_EQ(Times("Shares rose by mid-afternoon yesterday."),
            V{"mid-afternoon yesterday|TIME|2031-03-11TAF"});
  EXPECT_TRUE(Times("The afternoon session was long.").empty());
}

TEST(FindTimes, ScheduledStartsAndEndsLookForward) {
  // Anchor 2031-03-12 is a Wednesday: "end on Sunday" in the present tense is this coming Sunday.
  EXPECT_EQ(Times("The drills end on Sunday with a parade."), V{"Sunday|DATE|2031-03-16"});
  EXPECT_EQ(Times("Talks are set to resume Monday."), V{"Monday|DATE|2031-03-17"});
  // Near misses: a noun ("the end"), an adjective ("more open") or an infinitive after a past
  // verb ("fell on Friday to close") keep the past.
  EXPECT_EQ(Times("Shares fell on Friday to close lower."), V{"Friday|DATE|2031-03-07"});
  EXPECT_EQ(Times("Officials grew more open on Monday."), V{"Monday|DATE|2031-03-10"});
}

TEST(FindTimes, RelativePeriods) {
  EXPECT_EQ(Times("Sales rose last year."), V{"last year|DATE|2030"});
  EXPECT_EQ(Times("Sales rose this month."), V{"this month|DATE|2031-03"});
  EXPECT_EQ(Times("He quit earlier this month."), V{"earlier this month|DATE|2031-03"});
  EXPECT_EQ(Times("Talks resume next week."), V{"next week|DATE|2031-W12"});
  EXPECT_EQ(Times("It closed last October."), V{"last October|DATE|2030-10"});
  EXPECT_EQ(Times("It fell to a year-earlier low."), V{"year-earlier|DATE|2030"});
}

TEST(FindTimes, AgoAndSince) {
  EXPECT_EQ(Times("It ended two days ago."), V{"two days ago|DATE|2031-03-10"});
  EXPECT_EQ(Times("It was founded 24 years ago."), V{"24 years ago|DATE|2007"});
  EXPECT_EQ(Times("They met three months ago."), V{"three months ago|DATE|2030-12"});
  EXPECT_EQ(Times("It is 75 years since the war."), V{"75 years|DURATION|P75Y"});
}

TEST(FindTimes, References) {
  EXPECT_EQ(Times("Prices are now high."), V{"now|DATE|PRESENT_REF"});
  EXPECT_EQ(Times("He currently lives there."), V{"currently|DATE|PRESENT_REF"});
  EXPECT_EQ(Times("It was recently sold."), V{"recently|DATE|PAST_REF"});
  EXPECT_EQ(Times("Plans for the future."), V{"the future|DATE|FUTURE_REF"});
  EXPECT_EQ(Times("In the past, it flooded."), V{"the past|DATE|PAST_REF"});
}

// ---- clock times

TEST(FindTimes, ClockTimes) {
  EXPECT_EQ(Times("The blast came at 09:35 GMT."), V{"09:35 GMT|TIME|2031-03-12T09:35"});
  EXPECT_EQ(Times("Doors open at 10 a.m. sharp."), V{"10 a.m.|TIME|2031-03-12T10:00"});
  EXPECT_EQ(Times("Shares rose 4% by 1100 GMT."), V{"1100 GMT|TIME|2031-03-12T11:00"});
  EXPECT_EQ(Times("The blast came at 6.40pm."), V{"6.40pm|TIME|2031-03-12T18:40"});
  EXPECT_EQ(Times("It ended at 4:12 PM on Monday."),
            (V{"4:12 PM|TIME|2031-03-12T16:12", "Monday|DATE|2031-03-10"}));
  EXPECT_EQ(Times("Shots at 10 p.m. Tuesday."), V{"10 p.m. Tuesday|TIME|2031-03-11T22:00"});
  EXPECT_EQ(Times("at about half past eleven at night"),
            V{"half past eleven at night|TIME|2031-03-12T23:30"});
  EXPECT_EQ(Times("They left at 4 in the morning."), V{"4 in the morning|TIME|2031-03-12T04:00"});
  // Without a document time the day is unknown.
  EXPECT_EQ(Times("The blast came at 09:35 GMT.", ""), V{"09:35 GMT|TIME|T09:35"});
  // Scores and ratios are not times.
  EXPECT_TRUE(Times("They won 3:1 and read John 3:16.").empty());
}

// ---- durations and sets

TEST(FindTimes, Durations) {
  EXPECT_EQ(Times("It took three hours."), V{"three hours|DURATION|PT3H"});
  EXPECT_EQ(Times("It took an hour and a half."), V{"an hour and a half|DURATION|PT1H30M"});
  EXPECT_EQ(Times("She served two years."), V{"two years|DURATION|P2Y"});
  EXPECT_EQ(Times("He waited twenty-four days."), V{"twenty-four days|DURATION|P24D"});
  EXPECT_EQ(Times("A five-year plan."), V{"five-year|DURATION|P5Y"});
  EXPECT_EQ(Times("Prices rose over the past three months."),
            V{"the past three months|DURATION|P3M"});
  EXPECT_EQ(Times("Prices rose in the past few years."), V{"the past few years|DURATION|PXY"});
  EXPECT_EQ(Times("It lasted a decade."), V{"a decade|DURATION|P10Y"});
  EXPECT_EQ(Times("It took nearly an hour."), V{"nearly an hour|DURATION|PT1H"});
}

TEST(FindTimes, OrdinalsRatesAndAgesAreNotDurations) {
  EXPECT_TRUE(Times("He came second in a second round.").empty());
  EXPECT_TRUE(Times("It costs $5 a year, twice a week.").empty());
  EXPECT_TRUE(Times("A 40-year-old man, 12 years old.").empty());
}

TEST(FindTimes, Sets) {
  EXPECT_EQ(Times("The paper appears weekly."), V{"weekly|SET|P1W"});
  EXPECT_EQ(Times("They meet every week."), V{"every week|SET|P1W"});
  EXPECT_EQ(Times("Fees rise each year."), V{"each year|SET|P1Y"});
  EXPECT_EQ(Times("Trains run every other day."), V{"every other day|SET|P2D"});
}

TEST(FindTimes, RangesAreTwoDates) {
  EXPECT_EQ(Times("The fair runs from September 12 to 17."),
            (V{"September 12|DATE|2030-09-12", "17|DATE|2030-09-17"}));
}

// ---- anchoring

TEST(FindTimes, RelativeValuesRecordTheirAnchor) {
  Document doc = Analyze("It rained yesterday, not on 3 May 2030.");
  ASSERT_EQ(doc.times.size(), 2u);
  EXPECT_EQ(doc.times[0].anchor, "document time 2031-03-12");
  EXPECT_TRUE(doc.times[1].anchor.empty());
  EXPECT_GT(doc.times[1].confidence, doc.times[0].confidence);
}

TEST(FindTimes, LiveBlogHeadingsReanchorLaterTimes) {
  const std::string text =
      "Live updates\n\n15 May 2031\n\n- 09:05 GMT\nCrowds gathered yesterday.\n\n"
      "16 May 2031\n\n- 10:20 GMT\nTalks resumed.";
  Document doc = Analyze(text, "2031-05-16");
  EXPECT_EQ(Found(doc), (V{"15 May 2031|DATE|2031-05-15", "09:05 GMT|TIME|2031-05-15T09:05",
                           "yesterday|DATE|2031-05-14", "16 May 2031|DATE|2031-05-16",
                           "10:20 GMT|TIME|2031-05-16T10:20"}));
  EXPECT_EQ(doc.times[1].anchor, "heading 2031-05-15");
  TimeOptions off;
  off.follow_date_headings = false;
  FindTimes(doc, off);
  EXPECT_EQ(doc.times[2].value, "2031-05-15");  // yesterday of the document time
}

TEST(FindTimes, TimestampLineKeepsTheHeadingsDayAfterAnEntryNamingAnother) {
  // 2031-05-15 is a Thursday; the 10:20 entry talks about Tuesday night, the 09:48 entry below
  // it is still on the heading's day.
  const std::string text =
      "15 May 2031\n\n- 10:20 GMT\nThe text was agreed on Tuesday night.\n- 09:48 GMT\n"
      "Gifts were swapped.";
  Document doc = Analyze(text, "2031-05-15");
  EXPECT_EQ(Found(doc), (V{"15 May 2031|DATE|2031-05-15", "10:20 GMT|TIME|2031-05-15T10:20",
                           "Tuesday night|TIME|2031-05-13TNI", "09:48 GMT|TIME|2031-05-15T09:48"}));
  // Near miss: a clock time inside a sentence after a day keeps that day.
  Document inside = Analyze("15 May 2031\n\nOn Tuesday the vote began at 09:48 GMT.", "2031-05-15");
  EXPECT_EQ(inside.times.back().value, "2031-05-13T09:48");
}

TEST(FindTimes, WithoutAnchorRelativeValuesKeepUnknownParts) {
  Document doc = Analyze("It rained on Monday and in June, yesterday.", "");
  EXPECT_EQ(Found(doc),
            (V{"Monday|DATE|XXXX-WXX-1", "June|DATE|XXXX-06", "yesterday|DATE|PAST_REF"}));
  for (const TimeExpression& t : doc.times) EXPECT_LT(t.confidence, 0.5f);
}

TEST(FindTimes, SpansAreSortedNonOverlappingAndOnUtf8Boundaries) {
  Document doc = Analyze("Am 3 März — “last week” in the café, 10 a.m. and 3 May 2030.");
  uint32_t previous_end = 0;
  for (const TimeExpression& t : doc.times) {
    EXPECT_GE(t.span.start, previous_end);
    EXPECT_LT(t.span.start, t.span.end);
    EXPECT_NE(static_cast<unsigned char>(doc.text[t.span.start]) & 0xC0, 0x80u);
    previous_end = t.span.end;
  }
  EXPECT_EQ(Found(doc), (V{"last week|DATE|2031-W10", "10 a.m.|TIME|2031-03-12T10:00",
                           "3 May 2030|DATE|2030-05-03"}));
}

// ---- document time

TEST(InferDocumentTime, MetadataDatePartInLocalTime) {
  Document doc;
  doc.text = "Body text.";
  doc.published.value = "2031-05-14T09:30:00+02:00";
  doc.published.evidence = "meta article:published_time";
  InferDocumentTime(doc);
  ASSERT_TRUE(doc.document_time.value);
  EXPECT_EQ(*doc.document_time.value, "2031-05-14");
  EXPECT_NE(doc.document_time.evidence.find("published"), std::string::npos);
  EXPECT_TRUE(doc.document_time.rejected.empty());
}

TEST(InferDocumentTime, DatelineWhenNoMetadata) {
  Document doc;
  doc.text = "KALLISVIK, Aldonia, Jan. 22, 2031 (Wire) – The assembly met.";
  InferDocumentTime(doc);
  ASSERT_TRUE(doc.document_time.value);
  EXPECT_EQ(*doc.document_time.value, "2031-01-22");
  EXPECT_NE(doc.document_time.evidence.find("dateline"), std::string::npos);
}

TEST(InferDocumentTime, YearlessDatelineTakesTheLatestYearMentioned) {
  Document doc;
  doc.text = "KALLISVIK, Aldonia, Jan 22 (Wire) – Talks that began in 2030 resumed.";
  InferDocumentTime(doc);
  ASSERT_TRUE(doc.document_time.value);
  EXPECT_EQ(*doc.document_time.value, "2030-01-22");
  doc.text = "KALLISVIK, Aldonia, Jan 22 (Wire) – Talks resumed.";
  InferDocumentTime(doc);
  EXPECT_FALSE(doc.document_time.value);
}

TEST(InferDocumentTime, ChromeDateContradictedByDatelineIsRejected) {
  Document doc;
  doc.text = "KALLISVIK, Aldonia, Jan. 22, 2031 (Wire) – The assembly met.";
  doc.published.value = "2031-09-30";
  InferDocumentTime(doc);
  ASSERT_TRUE(doc.document_time.value);
  EXPECT_EQ(*doc.document_time.value, "2031-01-22");
  ASSERT_EQ(doc.document_time.rejected.size(), 1u);
  EXPECT_NE(doc.document_time.rejected[0].find("2031-09-30"), std::string::npos);
}

TEST(InferDocumentTime, LiveBlogTakesTheLatestHeading) {
  Document doc;
  doc.text = "Live\n\n14 May 2031\n\nFirst entry.\n\n15 May 2031\n\nSecond entry.";
  InferDocumentTime(doc);
  ASSERT_TRUE(doc.document_time.value);
  EXPECT_EQ(*doc.document_time.value, "2031-05-15");
}

TEST(InferDocumentTime, UnknownSaysWhy) {
  Document doc;
  doc.text = "The assembly met on Monday and will sit again soon.";
  InferDocumentTime(doc);
  EXPECT_FALSE(doc.document_time.value);
  EXPECT_FALSE(doc.document_time.evidence.empty());
}

// ---- calendar

TEST(TimeCalendar, WeeksWeekdaysAndArithmetic) {
  using namespace timecal;
  EXPECT_EQ(Weekday({2031, 3, 12}), 2);  // a Wednesday
  int year = 0;
  EXPECT_EQ(IsoWeek({2031, 3, 12}, &year), 11);
  EXPECT_EQ(year, 2031);
  EXPECT_EQ(IsoWeek({2027, 1, 1}, &year), 53);  // belongs to the last week of 2026
  EXPECT_EQ(year, 2026);
  EXPECT_EQ(AddDays({2031, 1, 1}, -1), (CivilDate{2030, 12, 31}));
  EXPECT_EQ(AddMonths({2031, 3, 31}, -1), (CivilDate{2031, 2, 28}));
  EXPECT_EQ(FormatDate({2031, 5, 0}), "2031-05");
  ASSERT_TRUE(ParseIsoPrefix("2031-05-14T09:30:00+02:00"));
  EXPECT_EQ(*ParseIsoPrefix("2031-05-14T09:30:00+02:00"), (CivilDate{2031, 5, 14}));
  EXPECT_FALSE(ParseIsoPrefix("May 2031"));
}

}  // namespace
}  // namespace storyline::extract
