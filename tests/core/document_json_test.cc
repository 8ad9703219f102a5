#include "core/document_json.h"

#include <gtest/gtest.h>

#include "core/digest.h"

namespace storyline {
namespace {

Document SampleDocument() {
  Document doc;
  doc.id = "a1";
  doc.source = "examples/a1.txt";
  doc.format = "text";
  doc.title = "Harbour reopens";
  doc.published = {"2025-03-04", "dateline line 2"};
  doc.language = "en";
  doc.text = "First paragraph.\n\nSecond one, with “quotes”.";
  doc.paragraphs = {{{0, 16}, "en"}, {{18, static_cast<uint32_t>(doc.text.size())}, "en"}};
  doc.removed = {{"Click to comment", "comments", 16}};
  doc.AddFlag("mixed_language", "20% is 'de'");
  return doc;
}

TEST(DocumentJson, RoundTripKeepsEveryField) {
  Document doc = SampleDocument();
  auto parsed = DocumentFromJson(nlohmann::json::parse(ToJsonLine(doc)));
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  EXPECT_EQ(parsed->id, "a1");
  EXPECT_EQ(parsed->text, doc.text);
  EXPECT_EQ(parsed->published.value, "2025-03-04");
  EXPECT_EQ(parsed->published.evidence, "dateline line 2");
  ASSERT_EQ(parsed->paragraphs.size(), 2u);
  EXPECT_EQ(parsed->paragraphs[1].span, doc.paragraphs[1].span);
  ASSERT_EQ(parsed->removed.size(), 1u);
  EXPECT_EQ(parsed->removed[0].reason, "comments");
  EXPECT_EQ(parsed->removed[0].at, 16u);
  EXPECT_TRUE(parsed->HasFlag("mixed_language"));
}

TEST(DocumentJson, RemovedBlocksAreZeroWidthSpansAtTheirCut) {
  auto j = nlohmann::json::parse(ToJsonLine(SampleDocument()));
  EXPECT_EQ(j["removed"][0]["start"], 16);
  EXPECT_EQ(j["removed"][0]["end"], 16);
  EXPECT_TRUE(j["url"].is_null());
  EXPECT_TRUE(j["error"].is_null());
  EXPECT_EQ(j["published"]["value"], "2025-03-04");
  EXPECT_EQ(j["flags"][0]["name"], "mixed_language");
  EXPECT_TRUE(j["flags"][0]["related"].is_null());
}

TEST(DocumentJson, UnknownPublishedDateIsNullWithEvidence) {
  Document doc = SampleDocument();
  doc.published = {std::nullopt, "no date in the article text"};
  auto j = nlohmann::json::parse(ToJsonLine(doc));
  EXPECT_TRUE(j["published"]["value"].is_null());
  EXPECT_EQ(j["published"]["evidence"], "no date in the article text");
}

TEST(DocumentJson, RejectsSpansOutsideTheText) {
  auto j = nlohmann::json::parse(ToJsonLine(SampleDocument()));
  j["paragraphs"][0]["end"] = 10000;
  EXPECT_FALSE(DocumentFromJson(j).ok());
  EXPECT_FALSE(DocumentFromJson(nlohmann::json::array()).ok());
  EXPECT_FALSE(DocumentFromJson(nlohmann::json{{"text", "x"}}).ok());  // no id
}

TEST(DocumentJson, InvalidUtf8IsReplacedNotThrown) {
  Document doc = SampleDocument();
  doc.text = "bad \xff byte";
  doc.paragraphs.clear();
  std::string line;
  ASSERT_NO_THROW(line = ToJsonLine(doc));
  EXPECT_NE(line.find("bad \xEF\xBF\xBD byte"), std::string::npos);
}

TEST(DocumentJson, EscapesControlsQuotesAndKeepsFieldOrder) {
  Document doc = SampleDocument();
  doc.title = "A \"quoted\" \\ title\twith\x01control";
  doc.source = "dir/na\xffme.txt";  // file names need not be UTF-8
  std::string line = ToJsonLine(doc);
  EXPECT_EQ(line.find('\n'), std::string::npos) << "one line";
  EXPECT_EQ(line.rfind("{\"schema_version\":3,\"id\":\"a1\",\"source\":", 0), 0u);
  auto j = nlohmann::json::parse(line);
  EXPECT_EQ(j["title"], "A \"quoted\" \\ title\twith\x01control");
  EXPECT_EQ(j["source"], "dir/na\xEF\xBF\xBDme.txt");
  EXPECT_EQ(j["text"], doc.text);
}

TEST(Document, OneFlagPerNameFirstEvidenceWins) {
  Document doc;
  doc.AddFlag("truncated", "first");
  doc.AddFlag("truncated", "second");
  ASSERT_EQ(doc.flags.size(), 1u);
  EXPECT_EQ(doc.flags[0].evidence, "first");
}

TEST(Digest, Sha256OfKnownVectors) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(DigestOf("abc"),
            "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(ContentId("abc"), "ba7816bf8f01cfea");
}

}  // namespace
}  // namespace storyline
