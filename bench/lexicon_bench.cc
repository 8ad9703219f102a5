// Lexicon figures: the cost of the first Lexicon::Get() (validating the embedded image), its size
// and entry count, and lookups per second on the words and word pairs of a corpus (a realistic
// mix of hits and misses), case-sensitive and folded.
//
// usage: lexicon_bench INPUT... (the same inputs as `storyline clean`)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "bench_corpus.h"
#include "extract/lexicon.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

bool IsWordByte(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

// Words (runs of letters, digits and non-ASCII bytes) and adjacent word pairs joined by a space,
// as a caller probing multi-word phrases would ask.
std::vector<std::string> Phrases(const std::vector<storyline::readers::RawItem>& items) {
  std::vector<std::string> phrases;
  for (const auto& item : items) {
    std::string_view text(item.bytes);
    std::string previous;
    size_t i = 0;
    while (i < text.size()) {
      while (i < text.size() && !IsWordByte(text[i])) ++i;
      size_t start = i;
      while (i < text.size() && IsWordByte(text[i])) ++i;
      if (i == start) break;
      std::string word(text.substr(start, i - start));
      if (!previous.empty()) phrases.push_back(previous + " " + word);
      phrases.push_back(word);
      previous = std::move(word);
    }
  }
  return phrases;
}

// The best of five passes: on a shared machine the best pass is the one least disturbed.
template <typename Lookup>
void Measure(const char* name, const std::vector<std::string>& phrases, Lookup lookup) {
  size_t hits = 0;
  double best = 1e30;
  for (int pass = 0; pass < 5; ++pass) {
    hits = 0;
    auto start = Clock::now();
    for (const auto& p : phrases) hits += lookup(p).has_value();
    best = std::min(best, Seconds(start));
  }
  double n = static_cast<double>(phrases.size());
  std::printf("%-10s %.2f M lookups/s (best of 5 passes), %.1f%% hits\n", name, n / best / 1e6,
              100.0 * hits / n);
}

}  // namespace

int main(int argc, char** argv) {
  using storyline::extract::Lexicon;
  auto start = Clock::now();
  const Lexicon& lexicon = Lexicon::Get();
  double load = Seconds(start);
  std::printf("lexicon    %s\n", std::string(lexicon.version()).c_str());
  std::printf("load       %.3f ms (first Get)\n", load * 1e3);
  std::printf("image      %.1f MB, %zu entries, max %d words\n", lexicon.image_bytes() / 1e6,
              lexicon.entry_count(), lexicon.max_words());
  if (argc < 2) return 0;

  auto items = storyline::bench::LoadCorpus(std::vector<std::string>(argv + 1, argv + argc));
  auto phrases = Phrases(items);
  std::printf("queries    %zu words and word pairs from %zu items\n", phrases.size(), items.size());
  Measure("Find", phrases, [&](const std::string& p) { return lexicon.Find(p); });
  Measure("FindFolded", phrases, [&](const std::string& p) { return lexicon.FindFolded(p); });
  std::printf("peak RSS   %.1f MB\n", storyline::bench::PeakRssMb());
  return 0;
}
