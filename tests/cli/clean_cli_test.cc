// End-to-end tests of `storyline clean` as a user runs it: real files on disk, the real binary,
// its JSONL output and its summary line. Bad input must become counted error records, never a
// crash or a silent drop.
#include "cli_fixture.h"

namespace {

using storyline::cli_test::CliTest;
using storyline::cli_test::RunResult;
using CleanCli = CliTest;
namespace fs = std::filesystem;

const char kArticle[] =
    "Harbour cranes stand idle\n\n"
    "The port authority said on Tuesday that all twelve cranes at the eastern quay would stay "
    "idle until engineers had inspected the damaged rails, a process expected to take a week.\n\n"
    "Shipping lines were told to divert their vessels to the northern terminal, where two berths "
    "remain open around the clock while repairs continue on the eastern side of the harbour.\n";

TEST_F(CleanCli, BadInputsBecomeCountedErrorRecordsAndTheRunGoesOn) {
  Write("good.txt", kArticle);
  Write("empty.txt", "");
  Write("binary.txt", std::string("\x7f"
                                  "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                                  16) +
                          std::string(200, '\0'));
  Write("records.jsonl", std::string("{\"id\": \"r1\", \"text\": \"") +
                             "A short record about the harbour cranes standing idle.\"}\n"
                             "{\"id\": \"r2\", \"text\": \"unterminated\n"
                             "{\"id\": \"r3\", \"text\": \"Another record about the harbour.\"}\n");
  WriteGzip("cut.txt.gz", std::string(kArticle) + std::string(kArticle), 60);
  RunResult r = Run(In());
  EXPECT_EQ(r.exit_code, 0);
  int errors = 0;
  for (const auto& rec : r.records) errors += rec["error"].is_string();
  EXPECT_GE(errors, 3) << "empty, binary and the malformed JSONL line are errors";
  EXPECT_EQ(r.records.size(), 7u) << "every item, good or bad, has a record";
  EXPECT_NE(r.summary.find("read 7"), std::string::npos) << r.summary;
  EXPECT_NE(r.summary.find("rejected"), std::string::npos) << r.summary;
}

TEST_F(CleanCli, InvalidUtf8IsRepairedAndFlagged) {
  Write("latin.txt", std::string("Caf\xe9 owners on the quay said business had halved since the "
                                 "cranes stopped, and several had cut their opening hours.\n"));
  RunResult r = Run(In());
  ASSERT_EQ(r.records.size(), 1u);
  const auto& rec = r.records[0];
  ASSERT_TRUE(rec["error"].is_null());
  std::string text = rec["text"];
  EXPECT_EQ(text.find('\xe9'), std::string::npos) << "no raw latin-1 byte survives";
}

TEST_F(CleanCli, OversizedItemIsCutAndFlaggedTruncated) {
  std::string big;
  while (big.size() < 3u << 20) big += std::string(kArticle);
  Write("big.txt", big);
  RunResult r = Run(In() + " --max-item-mb 1");
  ASSERT_EQ(r.records.size(), 1u);
  bool truncated = false;
  for (const auto& f : r.records[0]["flags"]) truncated |= f["name"] == "truncated";
  EXPECT_TRUE(truncated);
  EXPECT_LE(r.records[0]["bytes"].get<size_t>(), 1u << 20);
}

TEST_F(CleanCli, FileIdsAreStemsAndJsonlIdsAreKept) {
  Write("sub/story-one.txt", kArticle);
  Write("batch.jsonl",
        "{\"id\": 42, \"text\": \"A record with a numeric id about the quay.\", "
        "\"published\": \"2025-03-04\", \"title\": \"Quay\"}\n");
  RunResult r = Run(In());
  ASSERT_EQ(r.records.size(), 2u);
  std::vector<std::string> ids;
  for (const auto& rec : r.records) ids.push_back(rec["id"]);
  EXPECT_NE(std::find(ids.begin(), ids.end(), "story-one"), ids.end());
  EXPECT_NE(std::find(ids.begin(), ids.end(), "42"), ids.end());
  for (const auto& rec : r.records) {
    if (rec["id"] == "42") {
      EXPECT_EQ(rec["published"]["value"], "2025-03-04");
      EXPECT_EQ(rec["title"], "Quay");
    }
  }
}

TEST_F(CleanCli, FolderDocumentationIsSkippedButCounted) {
  Write("story.txt", kArticle);
  Write("README.md", "# About this corpus\n");
  RunResult r = Run(In());
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_NE(r.summary.find("skipped 1"), std::string::npos) << r.summary;
  // Named explicitly, the same file is read.
  RunResult named = Run((dir_ / "in" / "README.md").string());
  EXPECT_EQ(named.records.size(), 1u);
}

TEST_F(CleanCli, MissingInputIsAnErrorRecordNotACrash) {
  RunResult r = Run((dir_ / "does-not-exist.txt").string());
  EXPECT_EQ(r.exit_code, 0);
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_TRUE(r.records[0]["error"].is_string());
  EXPECT_NE(r.summary.find("rejected 1"), std::string::npos) << r.summary;
}

}  // namespace
