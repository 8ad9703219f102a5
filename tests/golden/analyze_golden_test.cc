// The full output of `storyline analyze examples/corpus` against the reviewed golden file
// tests/golden/analyze.golden.jsonl (regenerate with scripts/update-golden.sh, then review the
// entities, roles, times and document times of every changed record against the "Reading"
// section of examples/corpus/README.md).
#include <filesystem>

#include "golden_compare.h"

namespace {

namespace fs = std::filesystem;

const fs::path kGoldenFile = fs::path(STORYLINE_SOURCE_DIR) / "tests/golden/analyze.golden.jsonl";

TEST(AnalyzeGolden, OutputEqualsReviewedGoldenFile) {
  storyline_golden::ExpectRunMatchesGoldenFile(storyline_golden::CorpusAnalyzeRun(), kGoldenFile);
}

}  // namespace
