// The fixture the acceptance tests on the five real scraped seed pages (../shared/seeds) share:
// each seed read, cleaned and analysed as `storyline analyze` would. With CI=true missing seeds
// fail the test; elsewhere they skip it. Seed wording may appear in tests only, never in src/.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "clean/cleaner.h"
#include "extract/analyze.h"

namespace storyline::extract {

class SeedsTest : public ::testing::Test {
 protected:
  static std::filesystem::path SeedsDir() {
    return std::filesystem::path(STORYLINE_SOURCE_DIR) / ".." / "shared" / "seeds";
  }

  void SetUp() override {
    if (!std::filesystem::exists(SeedsDir())) {
      const char* ci = std::getenv("CI");
      if (ci != nullptr && std::string(ci) == "true") FAIL() << "CI=true but seeds are missing";
      GTEST_SKIP() << "seed pages not found at " << SeedsDir() << "; skipping";
    }
  }

  static Document Analyzed(const std::string& name) {
    std::ifstream in(SeedsDir() / name, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    readers::RawItem item;
    item.id = name;
    item.source = name;
    item.bytes = bytes.str();
    Document doc = clean::Clean(item);
    Analyze(doc);
    return doc;
  }

  static std::string_view Text(const Document& doc, ByteSpan span) {
    return std::string_view(doc.text).substr(span.start, span.size());
  }
};

}  // namespace storyline::extract
