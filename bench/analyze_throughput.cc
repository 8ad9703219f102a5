// Benchmark: throughput of the reading layer (segment, document time, times, entities with roles
// and coreference, quotes, events) on one core, after cleaning; then the quote and event layers
// alone, to show what they add per MB.
//
// Usage: analyze_throughput INPUT...
// Reads and cleans every item first (neither is timed), then analyses all documents on one thread
// over growing prefixes (25%, 50%, 100%) to show how cost grows with input size. MB/s counts the
// clean text analysed. Also prints the time of the lexicon's first load and its size.
//
// "seconds" is wall time; "cpu s" is this thread's CPU time, and "MB/s cpu" divides by it: on a
// shared machine the wall figure includes time the thread waited for a core.
#include <time.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "bench_corpus.h"
#include "clean/cleaner.h"
#include "extract/analyze.h"
#include "extract/lexicon.h"

namespace {

double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

}  // namespace

int main(int argc, char** argv) {
  using Clock = std::chrono::steady_clock;
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s INPUT...\n", argv[0]);
    return 2;
  }
  auto load_start = Clock::now();
  const storyline::extract::Lexicon& lexicon = storyline::extract::Lexicon::Get();
  double load_ms = std::chrono::duration<double, std::milli>(Clock::now() - load_start).count();
  std::printf("lexicon: %zu entries, %.1f MB image, first load %.2f ms\n", lexicon.entry_count(),
              static_cast<double>(lexicon.image_bytes()) / 1e6, load_ms);

  std::vector<storyline::Document> docs;
  storyline::clean::CleanOptions clean;
  clean.clean_given_bodies = false;  // as `storyline analyze` reads JSON bodies
  for (const storyline::readers::RawItem& item :
       storyline::bench::LoadCorpus({argv + 1, argv + argc})) {
    docs.push_back(storyline::clean::Clean(item, clean));
  }
  if (docs.empty()) {
    std::fprintf(stderr, "no items read\n");
    return 1;
  }
  std::printf("%-8s %8s %10s %10s %10s %10s %10s %10s\n", "share", "docs", "text MB", "seconds",
              "docs/s", "MB/s", "cpu s", "MB/s cpu");
  size_t checksum = 0;
  for (double share : {0.25, 0.5, 1.0}) {
    size_t count = std::max<size_t>(1, static_cast<size_t>(docs.size() * share));
    size_t bytes = 0;
    auto start = Clock::now();
    const double cpu_start = ThreadCpuSeconds();
    for (size_t i = 0; i < count; ++i) {
      storyline::Document doc = docs[i];  // a fresh copy: layers are added once per document
      storyline::extract::Analyze(doc);
      checksum += doc.mentions.size() + doc.times.size();
      bytes += doc.text.size();
    }
    double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    double cpu = ThreadCpuSeconds() - cpu_start;
    double mb = static_cast<double>(bytes) / 1e6;
    std::printf("%-8.0f %8zu %10.2f %10.3f %10.0f %10.2f %10.3f %10.2f\n", share * 100, count, mb,
                seconds, count / seconds, mb / seconds, cpu, mb / cpu);
  }
  // The added cost of the quote and event layers: both are recomputed (each clears its layer
  // first) on every analysed document, timed alone.
  {
    std::vector<storyline::Document> analysed;
    analysed.reserve(docs.size());
    size_t bytes = 0;
    for (const storyline::Document& doc : docs) {
      analysed.push_back(doc);
      storyline::extract::Analyze(analysed.back());
      bytes += doc.text.size();
    }
    const double cpu_start = ThreadCpuSeconds();
    size_t quotes = 0, events = 0;
    for (storyline::Document& doc : analysed) {
      storyline::extract::FindQuotes(doc);
      storyline::extract::FindEvents(doc);
      quotes += doc.quotes.size();
      events += doc.events.size();
    }
    const double cpu = ThreadCpuSeconds() - cpu_start;
    const double mb = static_cast<double>(bytes) / 1e6;
    std::printf(
        "quotes + events alone: %zu quotes, %zu events, %.3f cpu s, %.3f cpu s per MB "
        "(%.2f MB/s cpu)\n",
        quotes, events, cpu, cpu / mb, mb / cpu);
  }
  std::printf("peak RSS: %.1f MB (all documents held in memory)\n", storyline::bench::PeakRssMb());
  std::printf("mentions + times (checksum): %zu\n", checksum);
  return 0;
}
