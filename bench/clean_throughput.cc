// Benchmark: throughput of the cleaning stage (decode, extract, language, flags) on one core.
//
// Usage: clean_throughput INPUT...
// Reads every item into memory first (so I/O and gzip are not timed), then cleans all items on
// one thread three times over growing prefixes (25%, 50%, 100% of the items) to show how cost
// grows with input size. Prints docs/s, MB/s of raw input, and the peak RSS of the process.
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "bench_corpus.h"
#include "clean/cleaner.h"
#include "readers/reader.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s INPUT...\n", argv[0]);
    return 2;
  }
  std::vector<std::string> inputs(argv + 1, argv + argc);
  std::vector<storyline::readers::RawItem> items;
  storyline::readers::ReadInputs(
      inputs, {}, [&](storyline::readers::RawItem&& item) { items.push_back(std::move(item)); });
  if (items.empty()) {
    std::fprintf(stderr, "no items read\n");
    return 1;
  }
  std::printf("%-8s %8s %10s %10s %10s %10s\n", "share", "docs", "MB", "seconds", "docs/s", "MB/s");
  size_t checksum = 0;
  for (double share : {0.25, 0.5, 1.0}) {
    size_t count = std::max<size_t>(1, static_cast<size_t>(items.size() * share));
    size_t bytes = 0;
    auto start = std::chrono::steady_clock::now();
    for (size_t i = 0; i < count; ++i) {
      storyline::Document doc = storyline::clean::Clean(items[i]);
      checksum += doc.text.size();
      bytes += items[i].bytes.size();
    }
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    double mb = static_cast<double>(bytes) / 1e6;
    std::printf("%-8.0f %8zu %10.2f %10.3f %10.0f %10.2f\n", share * 100, count, mb, seconds,
                count / seconds, mb / seconds);
  }
  std::printf("peak RSS: %.1f MB (all items held in memory)\n", storyline::bench::PeakRssMb());
  std::printf("kept text bytes (checksum): %zu\n", checksum);
  return 0;
}
