// The full output of `storyline clean examples/corpus` against the reviewed golden file
// tests/golden/clean.golden.jsonl. No field is volatile: ids, digests, sizes and relative
// `source` paths depend only on the corpus, so any difference is a change in behaviour to review
// (regenerate with scripts/update-golden.sh, then review `git diff tests/golden/` against
// examples/corpus/README.md).
#include <filesystem>

#include "golden_compare.h"

namespace {

using nlohmann::json;
namespace fs = std::filesystem;

const fs::path kGoldenFile = fs::path(STORYLINE_SOURCE_DIR) / "tests/golden/clean.golden.jsonl";

TEST(CleanGolden, SourcesAreRelativePathsAsGiven) {
  const storyline_golden::CorpusRun& run = storyline_golden::CorpusCleanRun();
  ASSERT_FALSE(run.records.empty()) << "no output; summary " << run.summary;
  for (const json& r : run.records) {
    std::string source = r.value("source", "");
    EXPECT_EQ(source.rfind("examples/corpus/", 0), 0u)
        << r.value("id", "?") << ": source " << source << " is not the relative input path";
  }
}

TEST(CleanGolden, OutputEqualsReviewedGoldenFile) {
  storyline_golden::ExpectRunMatchesGoldenFile(storyline_golden::CorpusCleanRun(), kGoldenFile);
}

}  // namespace
