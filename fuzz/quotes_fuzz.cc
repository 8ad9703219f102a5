// Fuzz target for the quote layer: any bytes, made valid UTF-8, run through Segment, FindEntities,
// FindQuotes and FindEvents. Every quote's span, parts, speaker and cue must lie inside the text on
// UTF-8 boundaries; parts must be non-empty, ordered and inside the span; a speaker entity must
// index Document::entities; quotes come in text order with a confidence in [0, 1].
#include <unicode/utf8.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "extract/entities.h"
#include "extract/events.h"
#include "extract/quotes.h"
#include "fuzz_checks.h"
#include "text/segment.h"

namespace {

using storyline::fuzz::OnBoundary;
using storyline::fuzz::ToValidUtf8;

// An empty span anywhere is allowed for the optional speaker and cue; otherwise inside the text.
void CheckSpan(std::string_view text, storyline::ByteSpan span, bool may_be_empty) {
  if (span.start > span.end || span.end > text.size()) std::abort();
  if (span.start == span.end) {
    if (!may_be_empty) std::abort();
    return;
  }
  if (!OnBoundary(text, span.start) || !OnBoundary(text, span.end)) std::abort();
  if (!storyline::fuzz::ValidUtf8(text.substr(span.start, span.size()))) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > (1u << 20)) return 0;
  storyline::Document doc;
  doc.text = ToValidUtf8(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));
  storyline::extract::QuoteOptions options;
  options.reported_speech = (data[0] & 1) == 0;
  options.min_confidence = (data[0] & 2) ? 0.0f : 0.3f;
  storyline::text::Segment(doc);
  storyline::extract::FindEntities(doc);
  storyline::extract::FindQuotes(doc, options);
  storyline::extract::FindEvents(doc);
  const std::string_view text(doc.text);
  uint32_t previous_start = 0;
  for (const storyline::Quote& q : doc.quotes) {
    CheckSpan(text, q.span, false);
    if (q.span.start < previous_start) std::abort();
    previous_start = q.span.start;
    if (q.parts.empty()) std::abort();
    uint32_t previous_end = q.span.start;
    for (const storyline::ByteSpan& part : q.parts) {
      CheckSpan(text, part, false);
      if (part.start < previous_end || part.end > q.span.end) std::abort();
      previous_end = part.end;
    }
    if (q.parts.front().start != q.span.start || q.parts.back().end != q.span.end) std::abort();
    CheckSpan(text, q.speaker, true);
    CheckSpan(text, q.cue, true);
    if (q.speaker_entity != storyline::kNoIndex && q.speaker_entity >= doc.entities.size()) {
      std::abort();
    }
    if (!(q.confidence >= 0 && q.confidence <= 1)) std::abort();
  }
  return 0;
}
