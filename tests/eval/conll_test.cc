#include "eval/conll.h"

#include <gtest/gtest.h>

#include <string>

namespace storyline::eval {
namespace {

// Two invented documents; the first -DOCSTART- stands at the end, as in the project's copy.
const char* kTwoDocuments =
    "Mara NNP I-NP I-PER\n"
    "Velk NNP I-NP I-PER\n"
    "visited VBD I-VP O\n"
    "Ostrava NNP I-NP I-LOC\n"
    ". . O O\n"
    "\n"
    "Aldonian JJ I-NP I-MISC\n"
    "banks NNS I-NP O\n"
    "rose VBD I-VP O\n"
    ". . O O\n"
    "\n"
    "-DOCSTART- -X- O O\n"
    "\n"
    "Brill NNP I-NP I-ORG\n"
    "Corp NNP I-NP I-ORG\n"
    "hired VBD I-VP O\n"
    "Tomas NNP I-NP I-PER\n"
    "Hale NNP I-NP B-PER\n"
    ". . O O\n"
    "\n"
    "-DOCSTART- -X- O O\n";

std::vector<ConllDocument> TwoDocuments() { return ParseConll(kTwoDocuments, "dev.set"); }

// The byte span of `words` in `text` (first occurrence).
ConllMention At(const std::string& text, const std::string& words, ConllType type) {
  const size_t start = text.find(words);
  EXPECT_NE(start, std::string::npos) << words;
  return ConllMention{static_cast<uint32_t>(start), static_cast<uint32_t>(start + words.size()),
                      type};
}

TEST(ParseConll, DocumentsSentencesAndIds) {
  std::vector<ConllDocument> docs = TwoDocuments();
  ASSERT_EQ(docs.size(), 2u);  // nothing after the final -DOCSTART-
  EXPECT_EQ(docs[0].id, "dev.set-001");
  EXPECT_EQ(docs[1].id, "dev.set-002");
  EXPECT_EQ(docs[0].tokens.size(), 9u);
  EXPECT_EQ(docs[0].sentence_ends, (std::vector<uint32_t>{5, 9}));
  EXPECT_EQ(ConllText(docs[0]), "Mara Velk visited Ostrava .\nAldonian banks rose .");
  EXPECT_EQ(ConllText(docs[1]), "Brill Corp hired Tomas Hale .");
}

TEST(ParseConll, Iob1EntitiesAndBoundaries) {
  std::vector<ConllDocument> docs = TwoDocuments();
  ASSERT_EQ(docs[0].entities.size(), 3u);
  EXPECT_EQ(docs[0].entities[0].first_token, 0u);  // Mara Velk: I- continues I-
  EXPECT_EQ(docs[0].entities[0].end_token, 2u);
  EXPECT_EQ(docs[0].entities[2].type, ConllType::kMisc);
  // B-PER after I-PER starts a second person; I-ORG after I-ORG continues.
  ASSERT_EQ(docs[1].entities.size(), 3u);
  EXPECT_EQ(docs[1].entities[0].end_token, 2u);
  EXPECT_EQ(docs[1].entities[1].first_token, 3u);
  EXPECT_EQ(docs[1].entities[1].end_token, 4u);
  EXPECT_EQ(docs[1].entities[2].first_token, 4u);
  EXPECT_EQ(docs[1].entities[2].end_token, 5u);
}

TEST(ParseConll, TypeChangeAndSentenceBreakEndAnEntity) {
  std::vector<ConllDocument> docs =
      ParseConll("Pell NNP I-NP I-ORG\nHarbour NNP I-NP I-LOC\n\nKest NNP I-NP I-LOC\n", "x");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "x-001");
  ASSERT_EQ(docs[0].entities.size(), 3u);  // ORG | LOC | (sentence break) LOC
  EXPECT_EQ(docs[0].entities[1].end_token, 2u);
  EXPECT_EQ(docs[0].entities[2].first_token, 2u);
}

TEST(ScoreConll, PerfectPredictionScoresOne) {
  std::vector<ConllDocument> gold = TwoDocuments();
  std::map<std::string, ConllPrediction> pred;
  for (const ConllDocument& doc : gold) pred[doc.id].text = ConllText(doc);
  std::string& t0 = pred["dev.set-001"].text;
  pred["dev.set-001"].mentions = {At(t0, "Mara Velk", ConllType::kPer),
                                  At(t0, "Ostrava", ConllType::kLoc),
                                  At(t0, "Aldonian", ConllType::kMisc)};
  std::string& t1 = pred["dev.set-002"].text;
  pred["dev.set-002"].mentions = {At(t1, "Brill Corp", ConllType::kOrg),
                                  At(t1, "Tomas", ConllType::kPer),
                                  At(t1, "Hale", ConllType::kPer)};
  ConllScore s = ScoreConll(gold, pred);
  EXPECT_EQ(s.documents, 2u);
  EXPECT_EQ(s.missing, 0u);
  EXPECT_EQ(s.headline.tp, 5u);
  EXPECT_EQ(s.headline.fp + s.headline.fn, 0u);
  EXPECT_DOUBLE_EQ(s.headline.F1(), 1.0);
  EXPECT_EQ(s.per_type[size_t(ConllType::kMisc)].tp, 1u);
  EXPECT_TRUE(s.errors.empty());
}

TEST(ScoreConll, SpanMustBeExact) {
  std::vector<ConllDocument> gold = TwoDocuments();
  std::map<std::string, ConllPrediction> pred;
  const std::string text = ConllText(gold[1]);
  // "Tomas Hale" as one person: gold has two (B-PER); a partial "Brill" misses "Brill Corp".
  pred["dev.set-002"] = {
      text, {At(text, "Tomas Hale", ConllType::kPer), At(text, "Brill", ConllType::kOrg)}};
  ConllScore s = ScoreConll({gold[1]}, pred);
  EXPECT_EQ(s.headline.tp, 0u);
  EXPECT_EQ(s.headline.fp, 2u);
  EXPECT_EQ(s.headline.fn, 3u);
}

TEST(ScoreConll, OffsetsOffTokenBoundariesAreFalsePositives) {
  std::vector<ConllDocument> gold = TwoDocuments();
  const std::string text = ConllText(gold[1]);
  ConllMention inside = At(text, "Brill Corp", ConllType::kOrg);
  inside.start += 1;  // "rill Corp"
  std::map<std::string, ConllPrediction> pred;
  pred["dev.set-002"] = {text, {inside}};
  ConllScore s = ScoreConll({gold[1]}, pred);
  EXPECT_EQ(s.headline.fp, 1u);
  ASSERT_FALSE(s.errors.empty());
  EXPECT_TRUE(s.errors[0].false_positive);
  EXPECT_EQ(s.errors[0].note, "not on token boundaries");
}

TEST(ScoreConll, TypeMismatchIsFalsePositiveAndMiss) {
  std::vector<ConllDocument> gold = TwoDocuments();
  const std::string text = ConllText(gold[0]);
  std::map<std::string, ConllPrediction> pred;
  pred["dev.set-001"] = {text, {At(text, "Ostrava", ConllType::kOrg)}};
  ConllScore s = ScoreConll({gold[0]}, pred);
  EXPECT_EQ(s.headline.fp, 1u);
  EXPECT_EQ(s.headline.fn, 2u);  // Mara Velk, Ostrava
  EXPECT_EQ(s.per_type[size_t(ConllType::kOrg)].fp, 1u);
  EXPECT_EQ(s.per_type[size_t(ConllType::kLoc)].fn, 1u);
}

TEST(ScoreConll, MiscIsScoredApart) {
  std::vector<ConllDocument> gold = TwoDocuments();
  const std::string text = ConllText(gold[0]);
  std::map<std::string, ConllPrediction> pred;
  // A LOC prediction on the gold MISC span is a headline false positive; the MISC miss is not
  // in the headline.
  pred["dev.set-001"] = {
      text,
      {At(text, "Mara Velk", ConllType::kPer), At(text, "Ostrava", ConllType::kLoc),
       At(text, "Aldonian", ConllType::kLoc)}};
  ConllScore s = ScoreConll({gold[0]}, pred);
  EXPECT_EQ(s.headline.tp, 2u);
  EXPECT_EQ(s.headline.fp, 1u);
  EXPECT_EQ(s.headline.fn, 0u);
  EXPECT_EQ(s.per_type[size_t(ConllType::kMisc)].fn, 1u);
  // A MISC (nationality) prediction on it counts for MISC only.
  pred["dev.set-001"].mentions.back().type = ConllType::kMisc;
  s = ScoreConll({gold[0]}, pred);
  EXPECT_EQ(s.headline.fp, 0u);
  EXPECT_EQ(s.per_type[size_t(ConllType::kMisc)].tp, 1u);
}

TEST(ScoreConll, MissingDocumentMissesAllItsEntities) {
  std::vector<ConllDocument> gold = TwoDocuments();
  std::map<std::string, ConllPrediction> pred;
  pred["dev.set-001"].text = ConllText(gold[0]);
  ConllScore s = ScoreConll(gold, pred);
  EXPECT_EQ(s.missing, 1u);
  EXPECT_EQ(s.headline.fn, 5u);  // 2 in the first document, 3 in the missing one
  EXPECT_EQ(s.errors.back().note, "document missing");
}

TEST(ScoreConll, ReflowedTextAlignsOnTokens) {
  std::vector<ConllDocument> gold = TwoDocuments();
  // Lines re-joined, spaces doubled, a leading blank: the tokens still align.
  const std::string text = "  Mara  Velk visited\tOstrava . Aldonian banks rose .";
  std::map<std::string, ConllPrediction> pred;
  pred["dev.set-001"] = {
      text, {At(text, "Mara  Velk", ConllType::kPer), At(text, "Ostrava", ConllType::kLoc)}};
  ConllScore s = ScoreConll({gold[0]}, pred);
  EXPECT_EQ(s.headline.tp, 2u);
  EXPECT_EQ(s.lost_tokens, 0u);
}

TEST(ScoreConll, DroppedTokensAreLostAndAlignmentResumes) {
  std::vector<ConllDocument> gold = TwoDocuments();
  // The cleaner dropped the first line; the second still aligns.
  const std::string text = "Aldonian banks rose .";
  std::map<std::string, ConllPrediction> pred;
  pred["dev.set-001"] = {text, {At(text, "Aldonian", ConllType::kMisc)}};
  ConllScore s = ScoreConll({gold[0]}, pred);
  EXPECT_EQ(s.lost_tokens, 5u);
  EXPECT_EQ(s.per_type[size_t(ConllType::kMisc)].tp, 1u);
  EXPECT_EQ(s.headline.fn, 2u);
  // A changed token in the middle is lost alone.
  const std::string changed = "Mara Velk visited Ostrava ! Aldonian banks rose .";
  pred["dev.set-001"] = {changed, {At(changed, "Aldonian", ConllType::kMisc)}};
  s = ScoreConll({gold[0]}, pred);
  EXPECT_EQ(s.lost_tokens, 1u);
  EXPECT_EQ(s.per_type[size_t(ConllType::kMisc)].tp, 1u);
}

TEST(ScoreConll, RepeatedLineDoesNotPullTheAlignmentPastKeptText) {
  // Gold: a heading, a result line, the heading again, a second result line. The cleaner dropped
  // the first heading; a walk that looked for it further on would skip the first result line.
  std::vector<ConllDocument> gold = ParseConll(
      "Final NN I-NP O\nround NN I-NP O\nof IN I-PP O\nthe DT I-NP O\nday NN I-NP O\n\n"
      "Lena NNP I-NP I-PER\nHart NNP I-NP I-PER\nwon VBD I-VP O\n\n"
      "Final NN I-NP O\nround NN I-NP O\nof IN I-PP O\nthe DT I-NP O\nday NN I-NP O\n\n"
      "Ola NNP I-NP I-PER\nBerg NNP I-NP I-PER\nlost VBD I-VP O\n",
      "t");
  const std::string text = "Lena Hart won\n\nFinal round of the day Ola Berg lost";
  std::map<std::string, ConllPrediction> pred;
  pred["t-001"] = {text,
                   {At(text, "Lena Hart", ConllType::kPer), At(text, "Ola Berg", ConllType::kPer)}};
  ConllScore s = ScoreConll(gold, pred);
  EXPECT_EQ(s.lost_tokens, 5u);
  EXPECT_EQ(s.headline.tp, 2u);
  EXPECT_EQ(s.headline.fn, 0u);
}

TEST(ScoreConll, TextWithoutSpacesBetweenTokensAligns) {
  std::vector<ConllDocument> gold = TwoDocuments();
  const std::string text = "Mara Velk visited Ostrava. Aldonian banks rose.";
  std::map<std::string, ConllPrediction> pred;
  pred["dev.set-001"] = {text, {At(text, "Ostrava", ConllType::kLoc)}};
  ConllScore s = ScoreConll({gold[0]}, pred);
  EXPECT_EQ(s.lost_tokens, 0u);
  EXPECT_EQ(s.headline.tp, 1u);
}

TEST(ScoreConll, DuplicatePredictionCountsOnce) {
  std::vector<ConllDocument> gold = TwoDocuments();
  const std::string text = ConllText(gold[0]);
  std::map<std::string, ConllPrediction> pred;
  const ConllMention m = At(text, "Ostrava", ConllType::kLoc);
  pred["dev.set-001"] = {text, {m, m}};
  ConllScore s = ScoreConll({gold[0]}, pred);
  EXPECT_EQ(s.headline.tp, 1u);
  EXPECT_EQ(s.headline.fp, 1u);
}

TEST(ParseConllPrediction, KeepsNameMentionsOfKnownTypes) {
  std::string id;
  ConllPrediction p;
  ASSERT_TRUE(ParseConllPrediction(R"({"id":"d-001","text":"Mara Velk said she left.","entities":[)"
                                   R"({"start":0,"end":9,"type":"PERSON","kind":"name"},)"
                                   R"({"start":15,"end":18,"type":"PERSON","kind":"pronoun"},)"
                                   R"({"start":0,"end":4,"type":"PERSON","kind":"nominal"},)"
                                   R"({"start":0,"end":4,"type":"EVENT","kind":"name"},)"
                                   R"({"start":5,"end":9,"type":"NATIONALITY"}]})",
                                   id, p));
  EXPECT_EQ(id, "d-001");
  EXPECT_EQ(p.text, "Mara Velk said she left.");
  ASSERT_EQ(p.mentions.size(), 2u);  // the name and the kind-less nationality
  EXPECT_EQ(p.mentions[0].end, 9u);
  EXPECT_EQ(p.mentions[1].type, ConllType::kMisc);
  EXPECT_FALSE(ParseConllPrediction(R"({"text":"no id"})", id, p));
  EXPECT_FALSE(ParseConllPrediction("not json", id, p));
}

TEST(EntityCounts, PrecisionRecallF1) {
  EntityCounts c{3, 1, 2};
  EXPECT_DOUBLE_EQ(c.Precision(), 0.75);
  EXPECT_DOUBLE_EQ(c.Recall(), 0.6);
  EXPECT_NEAR(c.F1(), 2 * 0.75 * 0.6 / 1.35, 1e-12);
  EXPECT_DOUBLE_EQ(EntityCounts{}.F1(), 0.0);
}

}  // namespace
}  // namespace storyline::eval
