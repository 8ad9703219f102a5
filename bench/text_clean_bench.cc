// Benchmark: throughput of the scraped-plain-text cleaner (CleanScrapedText) alone, on one core.
//
// Usage: text_clean_bench [--repeat N] PATH...
// PATH is anything `storyline clean` reads (files, folders, .gz). Every item is read into
// memory first, so disk I/O is not timed; then all files are cleaned on one thread N times
// (default 3) and the best pass is reported as MB/s of input, docs/s and the peak RSS of the
// process (getrusage). Example:
//   ./build/text_clean_bench /work/shared/corpora/bbc-news-2005
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "bench_corpus.h"
#include "clean/text_clean.h"

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
  for (storyline::readers::RawItem& item : storyline::bench::LoadCorpus(paths)) {
    pages.push_back(std::move(item.bytes));
  }
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
  std::printf("peak RSS: %.1f MB (all files held in memory)\n", storyline::bench::PeakRssMb());
  std::printf("checksum: %zu\n", checksum);
  return 0;
}
