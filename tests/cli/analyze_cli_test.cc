// End-to-end tests of `storyline analyze` as a user runs it: the real binary on real files, the
// analysis layers in its JSONL output, bad input counted, spans that index the record's text.
#include <unicode/utf8.h>

#include "cli_fixture.h"

namespace {

using storyline::cli_test::CliTest;
using storyline::cli_test::RunResult;
using AnalyzeCli = CliTest;

// Every span of the layers lies inside the text, on UTF-8 character boundaries, and the mention's
// "text" field is what the span covers.
void ExpectSpansIndexText(const nlohmann::json& rec) {
  const std::string text = rec["text"];
  auto on_boundary = [&](size_t offset) {
    return offset == text.size() || !U8_IS_TRAIL(static_cast<uint8_t>(text[offset]));
  };
  for (const char* layer : {"sentences", "entities", "times", "roles"}) {
    for (const auto& item : rec[layer]) {
      size_t start = item["start"], end = item["end"];
      ASSERT_LE(start, end) << layer;
      ASSERT_LE(end, text.size()) << layer;
      EXPECT_TRUE(on_boundary(start) && on_boundary(end)) << layer;
      if (item.contains("text")) {
        EXPECT_EQ(item["text"], text.substr(start, end - start));
      }
    }
  }
  for (const auto& mention : rec["entities"]) {
    size_t entity = mention["entity"];
    bool shared = false;
    for (const auto& other : rec["entities"]) {
      if (other["entity"] == entity && other["canonical"] != mention["canonical"]) shared = true;
    }
    EXPECT_FALSE(shared) << "one entity id, one canonical name";
  }
}

TEST_F(AnalyzeCli, RecordsCarryEveryLayerAndTheRunIsCounted) {
  Write("wire.txt",
        "Storm closes harbour\n\n"
        "LONDON, March 3 (Harbour Wire) - Britain's transport minister Jane Holloway said on "
        "Tuesday that the port of Dover would reopen within three days. Holloway told reporters "
        "in London that she expected ferries to run again by Friday.\n");
  Write("records.jsonl",
        "{\"id\": \"r1\", \"text\": \"Angela Merkel met Emmanuel Macron in Paris on 4 July 2019.\","
        " \"published\": \"2019-07-05\"}\n"
        "{\"id\": \"r2\", \"text\": \"unterminated\n");
  RunResult r = Run(In(), "analyze");
  EXPECT_EQ(r.exit_code, 0);
  ASSERT_EQ(r.records.size(), 3u);
  EXPECT_NE(r.summary.find("analyze: read 3, written 2, rejected 1"), std::string::npos)
      << r.summary;
  for (const auto& rec : r.records) {
    if (rec["error"].is_string()) {
      EXPECT_FALSE(rec.contains("entities")) << "an error record has no analysis";
      continue;
    }
    for (const char* layer : {"document_time", "sentences", "entities", "roles", "times"}) {
      EXPECT_TRUE(rec.contains(layer)) << layer;
    }
    ExpectSpansIndexText(rec);
  }
  const auto& given = r.records[0];  // the folder is read in sorted order
  ASSERT_EQ(given["id"], "r1");
  const auto& wire = r.records[2];
  ASSERT_EQ(wire["id"], "wire");
  bool minister = false;
  for (const auto& role : wire["roles"]) minister |= role["title"] == "transport minister";
  EXPECT_TRUE(minister) << wire["roles"].dump();
  EXPECT_EQ(given["document_time"]["value"], "2019-07-05");
  bool dated = false;
  for (const auto& t : given["times"]) dated |= t["value"] == "2019-07-04";
  EXPECT_TRUE(dated) << given["times"].dump();
  int people = 0;
  for (const auto& m : given["entities"]) people += m["type"] == "PERSON" && m["kind"] == "name";
  EXPECT_EQ(people, 2) << given["entities"].dump();
}

TEST_F(AnalyzeCli, GivenBodiesAreReadWholeUnlessAskedToClean) {
  std::string record =
      "{\"id\": \"g1\", \"text\": \"Share on Facebook\\n\\nThe council of Leeds approved the "
      "new bridge on Monday after a long debate.\"}\n";
  Write("given.jsonl", record);
  RunResult whole = Run(In(), "analyze");
  ASSERT_EQ(whole.records.size(), 1u);
  EXPECT_EQ(std::string(whole.records[0]["text"]).rfind("Share on Facebook", 0), 0u);
  RunResult cleaned = Run(In() + " --clean-bodies", "analyze");
  ASSERT_EQ(cleaned.records.size(), 1u);
  EXPECT_EQ(std::string(cleaned.records[0]["text"]).find("Share on Facebook"), std::string::npos);
}

TEST_F(AnalyzeCli, OtherLanguagesGetSentencesOnlyAndAFlag) {
  Write("de.txt",
        "Der Gemeinderat hat am Donnerstag nach einer langen Debatte den Bau der neuen "
        "Hochwassermauer beschlossen. Die Arbeiten sollen im Herbst beginnen und zwei Jahre "
        "dauern, teilte die Stadtverwaltung mit.\n");
  RunResult r = Run(In(), "analyze");
  ASSERT_EQ(r.records.size(), 1u);
  const auto& rec = r.records[0];
  EXPECT_EQ(rec["language"], "de");
  EXPECT_EQ(rec["sentences"].size(), 2u);
  EXPECT_TRUE(rec["entities"].empty());
  bool flagged = false;
  for (const auto& f : rec["flags"]) flagged |= f["name"] == "language_not_analyzed";
  EXPECT_TRUE(flagged);
}

}  // namespace
