#include "eval/timeml.h"

#include <gtest/gtest.h>

namespace storyline::eval {
namespace {

constexpr const char* kTml = R"(<?xml version="1.0" ?>
<TimeML>
<DOCID>doc1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2031-04-09" functionInDocument="CREATION_TIME">20310409</TIMEX3></DCT>
<TITLE>Ignored title</TITLE>
<TEXT>
Café owners <EVENT eid="e1">met</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2031-04-07">Monday</TIMEX3> &amp; again
<TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3> later.
</TEXT>
</TimeML>
)";

TimemlDocument Parse() {
  std::string error;
  auto doc = ParseTimeml(kTml, "doc1", &error);
  EXPECT_TRUE(doc.has_value()) << error;
  return doc.value_or(TimemlDocument{});
}

TEST(ParseTimeml, StripsTagsKeepsWhitespaceDecodesEntities) {
  TimemlDocument doc = Parse();
  EXPECT_EQ(doc.id, "doc1");
  EXPECT_EQ(doc.published, "2031-04-09");
  EXPECT_EQ(doc.text, "\nCafé owners met on Monday & again\ntwo days later.\n");
}

TEST(ParseTimeml, SpansAreByteOffsetsPastNonAscii) {
  TimemlDocument doc = Parse();
  ASSERT_EQ(doc.timexes.size(), 2u);
  // "\nCafé owners met on " is 21 bytes: é takes two.
  EXPECT_EQ(doc.timexes[0].start, 21u);
  EXPECT_EQ(doc.text.substr(doc.timexes[0].start, doc.timexes[0].end - doc.timexes[0].start),
            "Monday");
  EXPECT_EQ(doc.timexes[0].type, "DATE");
  EXPECT_EQ(doc.timexes[0].value, "2031-04-07");
  EXPECT_EQ(doc.text.substr(doc.timexes[1].start, doc.timexes[1].end - doc.timexes[1].start),
            "two days");
  EXPECT_EQ(doc.timexes[1].value, "P2D");
}

TEST(ParseTimeml, RejectsMalformedAndTextless) {
  std::string error;
  EXPECT_FALSE(ParseTimeml("<TimeML><TEXT>open", "bad", &error).has_value());
  EXPECT_FALSE(error.empty());
  EXPECT_FALSE(ParseTimeml("<TimeML><DOCID>x</DOCID></TimeML>", "none", &error).has_value());
}

Timex At(const TimemlDocument& doc, std::string_view surface, std::string type, std::string value) {
  size_t at = doc.text.find(surface);
  EXPECT_NE(at, std::string::npos);
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + surface.size()), std::move(type),
          std::move(value)};
}

TEST(ScoreTimes, StrictRelaxedAndValue) {
  TimemlDocument doc = Parse();
  TimesPrediction p;
  p.text = doc.text;
  p.times.push_back(At(doc, "on Monday", "DATE", "2031-04-07"));  // relaxed only, right value
  p.times.push_back(At(doc, "two days", "DURATION", "P3D"));      // strict, wrong value
  p.times.push_back(At(doc, "later", "DATE", "FUTURE_REF"));      // false positive
  TimesScore s = ScoreTimes({doc}, {{"doc1", p}}, true);
  EXPECT_EQ(s.gold, 2u);
  EXPECT_EQ(s.predicted, 3u);
  EXPECT_EQ(s.strict_matches, 1u);
  EXPECT_EQ(s.relaxed_matches, 2u);
  EXPECT_EQ(s.value_matches, 1u);
  EXPECT_NEAR(s.strict.precision, 1.0 / 3, 1e-9);
  EXPECT_NEAR(s.strict.recall, 0.5, 1e-9);
  EXPECT_NEAR(s.relaxed.recall, 1.0, 1e-9);
  EXPECT_NEAR(s.value.precision, 1.0 / 3, 1e-9);
  EXPECT_NEAR(s.value.recall, 0.5, 1e-9);
  EXPECT_NEAR(s.type_accuracy, 1.0, 1e-9);
  ASSERT_EQ(s.errors.size(), 2u);
  EXPECT_EQ(s.errors[0].kind, "value");
  EXPECT_EQ(s.errors[1].kind, "false_positive");
}

TEST(ScoreTimes, OneToOneMatching) {
  TimemlDocument doc = Parse();
  TimesPrediction p;
  p.text = doc.text;
  // Two predictions inside the same gold "two days": only one can match it.
  p.times.push_back(At(doc, "two", "DURATION", "P2D"));
  p.times.push_back(At(doc, "days", "DURATION", "P2D"));
  TimesScore s = ScoreTimes({doc}, {{"doc1", p}});
  EXPECT_EQ(s.relaxed_matches, 1u);
  EXPECT_EQ(s.strict_matches, 0u);
  EXPECT_EQ(s.value_matches, 1u);
  EXPECT_NEAR(s.value.precision, 0.5, 1e-9);
}

TEST(ScoreTimes, MissingDocumentCountsAsMisses) {
  TimemlDocument doc = Parse();
  TimesScore s = ScoreTimes({doc}, {});
  EXPECT_EQ(s.missing, 1u);
  EXPECT_EQ(s.relaxed_matches, 0u);
  EXPECT_EQ(s.relaxed.recall, 0.0);
}

TEST(ScoreTimes, AlignsGoldInAlteredText) {
  TimemlDocument doc = Parse();
  TimesPrediction p;
  p.text = "Café owners met on Monday & again two days later.";  // whitespace changed
  size_t at = p.text.find("two days");
  p.times.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(at + 8), "DURATION", "P2D"});
  TimesScore s = ScoreTimes({doc}, {{"doc1", p}});
  EXPECT_EQ(s.unaligned, 0u);
  EXPECT_EQ(s.strict_matches, 1u);
  p.text = "Café owners met on Tuesday & again two days later.";
  at = p.text.find("two days");
  p.times[0] = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + 8), "DURATION", "P2D"};
  s = ScoreTimes({doc}, {{"doc1", p}});
  EXPECT_EQ(s.unaligned, 1u);
  EXPECT_EQ(s.strict_matches, 1u);
}

}  // namespace
}  // namespace storyline::eval
