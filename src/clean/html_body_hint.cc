#include "clean/html_body_hint.h"

namespace storyline::clean {

namespace {

bool IsWordByte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// Hashes of each lower-cased word, in order.
std::vector<uint64_t> WordHashes(std::string_view text) {
  std::vector<uint64_t> words;
  uint64_t h = 0;
  bool in_word = false;
  for (unsigned char c : text) {
    if (!IsWordByte(c)) {
      if (in_word) words.push_back(h);
      in_word = false;
      continue;
    }
    if (!in_word) h = 1469598103934665603ull;
    in_word = true;
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    h = (h ^ c) * 1099511628211ull;
  }
  if (in_word) words.push_back(h);
  return words;
}

template <typename Visit>
void ForEachTrigram(std::string_view text, Visit visit) {
  std::vector<uint64_t> w = WordHashes(text);
  for (size_t i = 0; i + 2 < w.size(); ++i) {
    visit(w[i] * 0x9E3779B97F4A7C15ull ^ (w[i + 1] * 31 + w[i + 2]));
  }
}

}  // namespace

BodyHint::BodyHint(std::string_view hint_text) {
  ForEachTrigram(hint_text, [this](uint64_t t) { trigrams_.insert(t); });
}

double BodyHint::Coverage(const HtmlPage& page, const std::vector<std::string>& reasons) const {
  if (trigrams_.empty()) return 1.0;
  std::unordered_set<uint64_t> found;
  for (size_t i = 0; i < page.blocks.size(); ++i) {
    if (!reasons[i].empty()) continue;
    ForEachTrigram(page.blocks[i].text, [&](uint64_t t) {
      if (trigrams_.count(t) != 0) found.insert(t);
    });
  }
  return static_cast<double>(found.size()) / static_cast<double>(trigrams_.size());
}

int32_t BodyHint::BestElement(const HtmlPage& page) const {
  std::vector<double> hits(page.elements.size(), 0.0), total(page.elements.size(), 0.0);
  for (const HtmlBlock& b : page.blocks) {
    double block_hits = 0, block_total = 0;
    ForEachTrigram(b.text, [&](uint64_t t) {
      block_total += 1;
      block_hits += trigrams_.count(t) != 0 ? 1 : 0;
    });
    for (int32_t e = b.element; e >= 0; e = page.elements[e].parent) {
      hits[e] += block_hits;
      total[e] += block_total;
    }
  }
  int32_t best = -1;
  double best_dice = 0.0;
  for (size_t i = 0; i < page.elements.size(); ++i) {
    double dice = 2 * hits[i] / (total[i] + static_cast<double>(trigrams_.size()));
    if (dice > best_dice) {
      best_dice = dice;
      best = static_cast<int32_t>(i);
    }
  }
  return best_dice >= 0.3 ? best : -1;
}

}  // namespace storyline::clean
