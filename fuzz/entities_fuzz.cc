// Fuzz target for the entities stage: any bytes, made valid UTF-8 (invalid sequences become
// U+FFFD, as the cleaner's decoder would), run through Segment and FindEntities. Every mention must
// be a non-empty span inside the text, on UTF-8 boundaries, in text order, with a valid entity
// index; name mentions must not overlap; every entity must have a canonical name. The first byte
// chooses whether coreference runs and the confidence floor.
#include <unicode/utf8.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "extract/entities.h"
#include "fuzz_checks.h"
#include "text/segment.h"

namespace {

using storyline::fuzz::OnBoundary;
using storyline::fuzz::ToValidUtf8;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > (1u << 20)) return 0;
  storyline::Document doc;
  doc.text = ToValidUtf8(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));
  storyline::extract::EntityOptions options;
  options.resolve_coreference = (data[0] & 1) == 0;
  options.min_confidence = (data[0] & 2) ? 0.0f : 0.5f;
  storyline::text::Segment(doc);
  storyline::extract::FindEntities(doc, options);
  uint32_t previous_start = 0;
  uint32_t previous_name_end = 0;
  for (const storyline::EntityMention& m : doc.mentions) {
    if (m.span.start >= m.span.end || m.span.end > doc.text.size()) std::abort();
    if (!OnBoundary(doc.text, m.span.start) || !OnBoundary(doc.text, m.span.end)) std::abort();
    if (m.span.start < previous_start) std::abort();
    if (m.entity >= doc.entities.size()) std::abort();
    if (m.confidence < 0 || m.confidence > 1) std::abort();
    if (m.kind == storyline::MentionKind::kName) {
      if (m.span.start < previous_name_end) std::abort();
      previous_name_end = m.span.end;
    }
    previous_start = m.span.start;
  }
  for (const storyline::Entity& e : doc.entities) {
    if (e.canonical.empty()) std::abort();
  }
  return 0;
}
