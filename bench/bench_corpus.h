// What the benchmark programs share: the corpus read into memory with the project's own readers
// (so reading, gunzip and disk I/O are never part of a timed loop), and the peak RSS.
#pragma once

#include <sys/resource.h>

#include <cstdio>
#include <string>
#include <vector>

#include "readers/reader.h"

namespace storyline::bench {

inline double PeakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

// Every readable item of the inputs (files, folders, .gz, JSONL, WARC), in input order; items
// the readers reject are counted on stderr and left out.
inline std::vector<readers::RawItem> LoadCorpus(const std::vector<std::string>& inputs) {
  std::vector<readers::RawItem> items;
  size_t rejected = 0;
  readers::ReadInputs(inputs, {}, [&](readers::RawItem&& item) {
    if (item.error) {
      ++rejected;
    } else {
      items.push_back(std::move(item));
    }
  });
  if (rejected) std::fprintf(stderr, "bench: %zu inputs rejected by the readers\n", rejected);
  return items;
}

}  // namespace storyline::bench
