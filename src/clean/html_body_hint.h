// Cross-checking the chosen body against the text a page states as its article body in JSON-LD
// (schema.org articleBody). Private to src/clean/.
//
// The JSON-LD text is a hint, never output: it is often truncated, flattened or stale. When the
// blocks the scorer kept cover too little of it, the element whose blocks cover it best is the
// better container. Matching is on hashed word trigrams, so markup and spacing do not matter.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "clean/html_dom.h"

namespace storyline::clean {

class BodyHint {
 public:
  explicit BodyHint(std::string_view hint_text);

  // Too short to judge a page by (under ~40 words).
  bool usable() const { return trigrams_.size() >= 40; }

  // Share of the hint's trigrams found in the kept blocks (reasons[i] empty = kept).
  double Coverage(const HtmlPage& page, const std::vector<std::string>& reasons) const;

  // The element whose blocks match the hint best (Dice overlap of trigrams), or -1.
  int32_t BestElement(const HtmlPage& page) const;

 private:
  std::unordered_set<uint64_t> trigrams_;
};

}  // namespace storyline::clean
