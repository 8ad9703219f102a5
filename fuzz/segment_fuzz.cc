// Fuzz target for the tokenizer and sentence splitter: on any valid UTF-8 text, tokens and
// sentences are non-empty spans inside the text, on UTF-8 boundaries, in increasing order, every
// token lies inside its sentence and every token belongs to exactly one sentence. Inputs that are
// not valid UTF-8 are skipped (the splitter only ever sees clean text).
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "fuzz_checks.h"
#include "text/segment.h"

namespace {

using storyline::fuzz::OnBoundary;

void CheckSpan(std::string_view text, storyline::ByteSpan span, uint32_t previous_end) {
  if (span.start >= span.end || span.end > text.size() || span.start < previous_end) std::abort();
  if (!OnBoundary(text, span.start) || !OnBoundary(text, span.end)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  if (size > (1u << 20) || !storyline::fuzz::ValidUtf8(input)) return 0;
  storyline::Document doc;
  doc.text = std::string(input);
  storyline::text::Segment(doc);
  const std::string_view text = doc.text;
  uint32_t previous_end = 0;
  for (const storyline::Token& t : doc.tokens) {
    CheckSpan(text, t.span, previous_end);
    previous_end = t.span.end;
  }
  previous_end = 0;
  uint32_t next_token = 0;
  for (const storyline::Sentence& s : doc.sentences) {
    CheckSpan(text, s.span, previous_end);
    previous_end = s.span.end;
    if (s.first_token != next_token || s.end_token <= s.first_token) std::abort();
    if (s.end_token > doc.tokens.size()) std::abort();
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      const storyline::ByteSpan span = doc.tokens[i].span;
      if (span.start < s.span.start || span.end > s.span.end) std::abort();
      const bool starts = doc.tokens[i].shape & storyline::text::kSentenceStart;
      if (starts != (i == s.first_token)) std::abort();
    }
    next_token = s.end_token;
  }
  if (next_token != doc.tokens.size()) std::abort();
  // Tokenize() alone gives the same tokens (apart from the sentence bits).
  if (storyline::text::Tokenize(text).size() != doc.tokens.size()) std::abort();
  return 0;
}
