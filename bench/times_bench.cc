// Benchmark: throughput of the times stage (InferDocumentTime + FindTimes) alone, on one core.
//
// Usage: times_bench [--repeat N] PATH...
// PATH is anything `storyline clean` reads; each item's bytes are taken as the clean text of a
// document published on a fixed day (plain-text corpora such as bbc-news-2005 are already
// clean enough: the stage only needs prose). Everything is read into memory first; then all
// documents are analysed on one thread N times (default 3) and the best pass is reported as MB/s
// of text, docs/s and expressions found. Example:
//   ./build/times_bench /work/shared/corpora/bbc-news-2005
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

#include "bench_corpus.h"
#include "extract/times.h"

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
  std::vector<storyline::Document> docs;
  for (storyline::readers::RawItem& item : storyline::bench::LoadCorpus(paths)) {
    storyline::Document doc;
    doc.text = std::move(item.bytes);
    doc.published.value = "2005-06-15";
    docs.push_back(std::move(doc));
  }
  if (docs.empty()) {
    std::fprintf(stderr, "no files read\n");
    return 1;
  }
  size_t bytes = 0;
  for (const storyline::Document& doc : docs) bytes += doc.text.size();
  const double mb = static_cast<double>(bytes) / 1e6;

  double best = 1e300, best_cpu = 1e300;
  size_t found = 0;
  for (int pass = 0; pass < repeat; ++pass) {
    found = 0;
    auto start = std::chrono::steady_clock::now();
    const std::clock_t cpu_start = std::clock();
    for (storyline::Document& doc : docs) {
      storyline::extract::InferDocumentTime(doc);
      storyline::extract::FindTimes(doc);
      found += doc.times.size();
    }
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    best = std::min(best, seconds);
    best_cpu = std::min(best_cpu, static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC);
  }
  std::printf("docs %zu, %.2f MB, best of %d passes: %.3f s, %zu time expressions\n", docs.size(),
              mb, repeat, best, found);
  std::printf("throughput: %.1f MB/s, %.0f docs/s (one thread)\n", mb / best, docs.size() / best);
  // On a shared machine wall time counts other processes' turns; CPU time does not.
  std::printf("throughput per CPU second: %.1f MB/s\n", mb / best_cpu);
  std::printf("peak RSS: %.1f MB (all files held in memory)\n", storyline::bench::PeakRssMb());
  return 0;
}
