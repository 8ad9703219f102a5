// Regression floor for the entity recogniser on the CoNLL-2003 development split, measured as a
// user would: the documents written as analyze input, `storyline analyze`, then the project's
// scorer (the time floor is tests/extract/times_corpus_test.cc). The floor sits a little under the
// figures in docs/evaluation.md, so a change that loses accuracy fails here. Without
// ../shared/corpora the tests skip (fail with CI=true).
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;

fs::path Corpora() { return fs::path(STORYLINE_SOURCE_DIR) / ".." / "shared" / "corpora"; }

bool CorpusPresent(const fs::path& path) {
  if (fs::exists(path)) return true;
  const char* ci = std::getenv("CI");
  if (ci != nullptr && std::string(ci) == "true") {
    ADD_FAILURE() << "CI=true but " << path << " is missing";
  }
  return false;
}

// Runs a shell pipeline and returns its standard output.
std::string RunPipeline(const std::string& pipeline) {
  fs::path out =
      fs::temp_directory_path() / ("storyline_floor_" + std::to_string(::getpid()) + "_" +
                                   ::testing::UnitTest::GetInstance()->current_test_info()->name());
  int status = std::system((pipeline + " >'" + out.string() + "'").c_str());
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << pipeline;
  std::ifstream in(out);
  std::stringstream text;
  text << in.rdbuf();
  fs::remove(out);
  return text.str();
}

// The number after `label` in the scorer's summary line (e.g. "f1 0.8455").
double Figure(const std::string& output, const std::string& label) {
  std::smatch match;
  if (!std::regex_search(output, match, std::regex(label + " ([0-9.]+)"))) return -1;
  return std::stod(match[1]);
}

const std::string kBinary = STORYLINE_BINARY;

TEST(ConllFloor, DevNamedEntitiesThroughTheCli) {
  fs::path gold = Corpora() / "conll2003-dev" / "eng.testa";
  if (!CorpusPresent(gold)) GTEST_SKIP() << gold << " not found";
  std::string output = RunPipeline(kBinary + " eval entities-input '" + gold.string() + "' | " +
                                   kBinary + " analyze -q - 2>/dev/null | " + kBinary +
                                   " eval entities --gold '" + gold.string() + "' -");
  double f1 = Figure(output, "PER/ORG/LOC precision [0-9.]+ recall [0-9.]+ f1");
  EXPECT_GE(f1, 0.83) << output;
}

}  // namespace
