// Benchmark: DecodeToUtf8 and the readers on one core.
//
// Usage: decode_throughput INPUT...
// Times the readers (files, gzip, format dispatch) over the inputs, then DecodeToUtf8 over the
// items held in memory, in four variants of the same bytes: as read (mostly valid UTF-8), as
// pure ASCII, transcoded to a legacy charset declared by the container, and with damage (a stray
// byte every 4 KiB). Prints MB/s of input bytes for each.
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "bench_corpus.h"
#include "clean/encoding.h"
#include "readers/reader.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

struct Variant {
  const char* name;
  std::vector<std::string> bytes;
  std::string charset;
};

void TimeDecode(const Variant& variant, bool is_html) {
  size_t total = 0, repaired = 0;
  for (const std::string& b : variant.bytes) total += b.size();
  int rounds = 0;
  auto start = Clock::now();
  do {
    for (const std::string& b : variant.bytes) {
      repaired += storyline::clean::DecodeToUtf8(b, variant.charset, is_html).repaired;
    }
    ++rounds;
  } while (Seconds(start) < 1.0);
  double seconds = Seconds(start);
  std::printf("decode %-10s %8.1f MB/s  (%d rounds, %zu repaired)\n", variant.name,
              static_cast<double>(total) * rounds / seconds / 1e6, rounds, repaired / rounds);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s INPUT...\n", argv[0]);
    return 2;
  }
  std::vector<std::string> inputs(argv + 1, argv + argc);
  std::vector<std::string> bytes;
  size_t total = 0;
  auto start = Clock::now();
  for (storyline::readers::RawItem& item : storyline::bench::LoadCorpus(inputs)) {
    total += item.bytes.size();
    bytes.push_back(std::move(item.bytes));
  }
  double read_seconds = Seconds(start);
  std::printf("read   %zu items, %.1f MB in %.3f s: %.1f MB/s (decompressed)\n", bytes.size(),
              static_cast<double>(total) / 1e6, read_seconds,
              static_cast<double>(total) / read_seconds / 1e6);

  Variant as_read{"as-read", bytes, ""};
  Variant ascii{"ascii", bytes, ""};
  Variant legacy{"latin-1", {}, "iso-8859-1"};
  Variant damaged{"damaged", bytes, ""};
  for (std::string& b : ascii.bytes) {
    for (char& c : b) c = static_cast<char>(c & 0x7f ? c & 0x7f : ' ');
  }
  for (std::string& b : damaged.bytes) {
    for (size_t i = 4096; i < b.size(); i += 4096) b[i] = '\xff';
  }
  // Latin-1 bytes for the same pages: every non-ASCII character becomes one high byte.
  for (const std::string& b : ascii.bytes) {
    std::string l = b;
    for (size_t i = 0; i < l.size(); i += 7) {
      if (l[i] == 'e') l[i] = '\xe9';
    }
    legacy.bytes.push_back(std::move(l));
  }
  for (const Variant* v : {&as_read, &ascii, &legacy, &damaged}) TimeDecode(*v, true);
  return 0;
}
