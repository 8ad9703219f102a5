// EventReader stages (event_stages.h): live-blog entry headings and the time of an event.

#include <array>
#include <cstdlib>
#include <string_view>

#include "extract/event_stages.h"

namespace storyline::extract::eventstages {

// Live-blog entries open with a timestamp line ("- 09:08 GMT"): the clock times that start a
// line. A document with fewer than two is no live blog.
void EventReader::FindEntryHeadings() {
  for (size_t i = 0; i < doc_.times.size(); ++i) {
    const TimeExpression& x = doc_.times[i];
    if (x.type != "TIME") continue;
    int t = words_.TokenAtOrAfter(x.span.start);
    if (!words_.valid(t)) continue;
    bool line_start = Shape(t) & text::kLineStart;
    if (!line_start && t > 0 && (Shape(t - 1) & text::kLineStart) && words_.IsPunct(t - 1)) {
      line_start = true;
    }
    if (line_start) headings_.push_back(static_cast<uint32_t>(i));
  }
  if (headings_.size() < 2) headings_.clear();
}

// Tokens a and b stand in different clauses ("signed X that replaces Y of 1961").
bool EventReader::AcrossClause(int a, int b) const {
  static constexpr std::array<std::string_view, 9> kBoundaries = {
      "that", "which", "who", "when", "while", ";", "said", "says", "whereas"};
  for (int t = std::min(a, b) + 1; t < std::max(a, b); ++t) {
    if (IsOneOf(kBoundaries, Low(t))) return true;
  }
  return false;
}

// Returns whether the time is the live-blog entry's heading.
bool EventReader::ChooseTime(int trigger, Event& e) const {
  const ByteSpan sentence = doc_.sentences[sentence_].span;
  const uint32_t at = doc_.tokens[trigger].span.start;
  uint32_t best = kNoIndex;
  long best_distance = 0;
  for (size_t i = 0; i < doc_.times.size(); ++i) {
    const TimeExpression& x = doc_.times[i];
    if (x.span.start < sentence.start || x.span.end > sentence.end) continue;
    if (x.type != "DATE" && x.type != "TIME") continue;
    if (x.value.ends_with("_REF")) continue;
    if (AcrossClause(trigger, words_.TokenAtOrAfter(x.span.start))) continue;
    const long d = std::labs(static_cast<long>(x.span.start) - static_cast<long>(at));
    if (best == kNoIndex || d < best_distance) {
      best = static_cast<uint32_t>(i);
      best_distance = d;
    }
  }
  bool heading = false;
  if (best == kNoIndex) {
    for (uint32_t h : headings_) {
      if (doc_.times[h].span.start <= at) {
        best = h;
        heading = true;
      }
    }
  }
  if (best != kNoIndex) {
    e.time = best;
    e.time_value = doc_.times[best].value;
    e.time_source = "expression";
  } else if (doc_.document_time.value) {
    e.time_value = *doc_.document_time.value;
    e.time_source = "document_time";
  }
  return heading;
}

}  // namespace storyline::extract::eventstages
