// Benchmark: throughput of the scraped-plain-text cleaner (CleanScrapedText) alone, on one core.
//
// Usage: text_clean_bench [--repeat N] PATH...
// PATH is a file or a folder (searched recursively for regular files). Every file is read into
// memory first, so disk I/O is not timed; then all files are cleaned on one thread N times
// (default 3) and the best pass is reported as MB/s of input, docs/s and the peak RSS of the
// process (getrusage). Example:
//   ./build/text_clean_bench /work/shared/corpora/bbc-news-2005
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "clean/text_clean.h"

namespace {

namespace fs = std::filesystem;

double PeakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

void ReadFile(const fs::path& path, std::vector<std::string>& pages) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return;
  std::stringstream bytes;
  bytes << in.rdbuf();
  pages.push_back(bytes.str());
}

void Collect(const fs::path& path, std::vector<std::string>& pages) {
  std::error_code error;
  if (fs::is_directory(path, error)) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(path, error)) {
      if (entry.is_regular_file(error)) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());  // the same order on every run
    for (const fs::path& file : files) ReadFile(file, pages);
  } else {
    ReadFile(path, pages);
  }
}

}  // namespace

int main(int argc, char** argv) {
  int repeat = 3;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--repeat" && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else {
      paths.emplace_back(arg);
    }
  }
  if (paths.empty()) {
    std::fprintf(stderr, "usage: %s [--repeat N] PATH...\n", argv[0]);
    return 2;
  }
  std::vector<std::string> pages;
  for (const std::string& path : paths) Collect(path, pages);
  if (pages.empty()) {
    std::fprintf(stderr, "no files read\n");
    return 1;
  }
  size_t bytes = 0;
  for (const std::string& page : pages) bytes += page.size();
  double mb = static_cast<double>(bytes) / 1e6;

  double best = 1e300;
  size_t checksum = 0;
  for (int pass = 0; pass < repeat; ++pass) {
    auto start = std::chrono::steady_clock::now();
    for (const std::string& page : pages) {
      storyline::clean::ExtractedArticle article = storyline::clean::CleanScrapedText(page);
      checksum += article.text.size() + article.removed.size();
    }
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    best = std::min(best, seconds);
  }
  std::printf("docs %zu, %.2f MB, best of %d passes: %.3f s\n", pages.size(), mb, repeat, best);
  std::printf("throughput: %.1f MB/s, %.0f docs/s (one thread)\n", mb / best, pages.size() / best);
  std::printf("peak RSS: %.1f MB (all files held in memory)\n", PeakRssMb());
  std::printf("checksum: %zu\n", checksum);
  return 0;
}
