#include "clean/text_reflow.h"

#include <gtest/gtest.h>

namespace storyline::clean {
namespace {

// A wire story wrapped at about 65 columns, paragraphs starting with an indent.
const char kWrapped[] =
    "The harbour board said on Monday that dredging of the main channel\n"
    "would resume next week after a two-month pause caused by a dispute\n"
    "over disposal sites for the silt, officials told reporters.\n"
    "    The board expects the work to take about six weeks and to cost\n"
    "roughly 12 mln dlrs, paid for from the port's reserve fund and a\n"
    "loan from the regional development bank.\n"
    "    Shipping agents welcomed the decision.\n";

TEST(ReflowHardWrapped, JoinsWrappedLinesIntoParagraphs) {
  auto out = ReflowHardWrapped(kWrapped);
  ASSERT_TRUE(out.has_value());
  EXPECT_EQ(*out,
            "The harbour board said on Monday that dredging of the main channel would resume next "
            "week after a two-month pause caused by a dispute over disposal sites for the silt, "
            "officials told reporters.\n"
            "The board expects the work to take about six weeks and to cost roughly 12 mln dlrs, "
            "paid for from the port's reserve fund and a loan from the regional development "
            "bank.\n"
            "Shipping agents welcomed the decision.\n");
}

TEST(ReflowHardWrapped, LeavesOneBlockPerLineDumpsAlone) {
  // A scraped page: each line is a whole block, most far longer than any wrap width.
  std::string dump =
      "Home\nWorld\nSport\n"
      "The harbour board said on Monday that dredging of the main channel would resume next week "
      "after a two-month pause caused by a dispute over disposal sites for the silt.\n"
      "The board expects the work to take about six weeks and to cost roughly 12 million dollars, "
      "paid for from the port's reserve fund and a loan from the regional development bank.\n"
      "Share this article\nComments\n";
  EXPECT_FALSE(ReflowHardWrapped(dump).has_value());
}

TEST(ReflowHardWrapped, LeavesOneSentencePerLineTextAlone) {
  std::string sentences =
      "The harbour board resumed dredging of the main channel on Monday morning.\n"
      "The work had been paused for two months because of a dispute over silt.\n"
      "Officials expect it to take six weeks and to cost about twelve million.\n"
      "Shipping agents said they welcomed the decision after long delays.\n"
      "The regional development bank is lending part of the money needed.\n"
      "A final report on the channel's depth is due at the end of the year.\n";
  EXPECT_FALSE(ReflowHardWrapped(sentences).has_value());
}

TEST(ReflowHardWrapped, ShortTextIsNotJudged) {
  EXPECT_FALSE(ReflowHardWrapped("one line\nanother line\n").has_value());
  EXPECT_FALSE(ReflowHardWrapped("").has_value());
}

}  // namespace
}  // namespace storyline::clean
