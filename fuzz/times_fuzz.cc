// Fuzz target for the times stage: any bytes, made valid UTF-8 (invalid sequences become U+FFFD,
// as the cleaner's decoder would), run through Segment, InferDocumentTime and FindTimes. Every
// time expression must be a non-empty span inside the text, on UTF-8 boundaries, after the
// previous one (sorted, non-overlapping), with a non-empty value and one of the four types; a
// document time, when set, must start with a 4-digit year. The first byte chooses whether the
// record carries a published date and whether headings are followed.
#include <unicode/utf8.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "extract/times.h"
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
  if (data[0] & 1) doc.published.value = (data[0] & 2) ? "2031-05-14T09:30:00+02:00" : "2031-12";
  storyline::extract::TimeOptions options;
  options.follow_date_headings = (data[0] & 4) == 0;
  storyline::text::Segment(doc);
  storyline::extract::InferDocumentTime(doc);
  storyline::extract::FindTimes(doc, options);
  const std::string_view text = doc.text;
  uint32_t previous_end = 0;
  for (const storyline::TimeExpression& t : doc.times) {
    if (t.span.start >= t.span.end || t.span.end > text.size() || t.span.start < previous_end) {
      std::abort();
    }
    if (!OnBoundary(text, t.span.start) || !OnBoundary(text, t.span.end)) std::abort();
    if (t.value.empty()) std::abort();
    if (t.type != "DATE" && t.type != "TIME" && t.type != "DURATION" && t.type != "SET") {
      std::abort();
    }
    if (!storyline::fuzz::ValidUtf8(t.value) || !storyline::fuzz::ValidUtf8(t.anchor)) {
      std::abort();
    }
    previous_end = t.span.end;
  }
  if (doc.document_time.value) {
    const std::string& v = *doc.document_time.value;
    if (v.size() < 4 || v.find_first_not_of("0123456789") < 4) std::abort();
  }
  return 0;
}
