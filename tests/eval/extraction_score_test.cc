#include "eval/extraction_score.h"

#include <gtest/gtest.h>

namespace storyline::eval {
namespace {

TEST(WordTokens, UnicodeWordRunsLikePythonsW) {
  auto tokens = WordTokens("Héllo, wörld_2 — 3.5 Привет 東京!");
  std::vector<std::string> got(tokens.begin(), tokens.end());
  EXPECT_EQ(got, (std::vector<std::string>{"Héllo", "wörld_2", "3", "5", "Привет", "東京"}));
  EXPECT_TRUE(WordTokens(" ,.— ").empty());
}

TEST(ScorePage, IdenticalTextsArePerfect) {
  PageScore s = ScorePage("p", "one two three four five", "one two three four five");
  EXPECT_DOUBLE_EQ(s.tp, 1.0);
  EXPECT_DOUBLE_EQ(s.fp, 0.0);
  EXPECT_DOUBLE_EQ(s.fn, 0.0);
}

TEST(ScorePage, ExtraAndMissingShinglesAreCountedAsMultisets) {
  // gold: a b c d e -> {abcd, bcde}; pred: a b c d x -> {abcd, bcdx}: tp 1, fp 1, fn 1.
  PageScore s = ScorePage("p", "a b c d e", "a b c d x");
  EXPECT_NEAR(s.tp, 1.0 / 3, 1e-12);
  EXPECT_NEAR(s.fp, 1.0 / 3, 1e-12);
  EXPECT_NEAR(s.fn, 1.0 / 3, 1e-12);
  // A repeated passage counts twice.
  PageScore twice = ScorePage("p", "a b c d", "a b c d. a b c d");
  EXPECT_GT(twice.fp, 0.0);
}

TEST(ScorePage, ShortTextIsOneShingle) {
  EXPECT_DOUBLE_EQ(ScorePage("p", "just two", "just two").tp, 1.0);
  EXPECT_DOUBLE_EQ(ScorePage("p", "just two", "just three").tp, 0.0);
}

TEST(ScoreExtraction, AveragesOverPagesAndScoresMissingPredictionsAsEmpty) {
  std::map<std::string, std::string> gold = {{"a", "w x y z q"}, {"b", "k l m n o"}};
  std::map<std::string, std::string> pred = {{"a", "w x y z q"}};  // b missing
  ExtractionScore s = ScoreExtraction(gold, pred);
  EXPECT_EQ(s.pages, 2u);
  EXPECT_DOUBLE_EQ(s.precision, 1.0);  // b has TP+FP == 0: not in the precision mean
  EXPECT_DOUBLE_EQ(s.recall, 0.5);
  EXPECT_NEAR(s.f1, 2 * 1.0 * 0.5 / 1.5, 1e-12);
}

TEST(ScoreExtraction, BothEmptyScoresOne) {
  ExtractionScore s = ScoreExtraction({{"a", ""}}, {{"a", "  "}});
  EXPECT_DOUBLE_EQ(s.precision, 1.0);
  EXPECT_DOUBLE_EQ(s.recall, 1.0);
}

}  // namespace
}  // namespace storyline::eval
