// Fuzz target for the scraped-text line cleaner: any valid UTF-8 page must give valid UTF-8 text
// and title, paragraph spans inside the text, removal points inside the text, and a published
// value that is either absent or an ISO date. Inputs that are not valid UTF-8 are skipped (the
// cleaner only ever sees decoded text).
#include <unicode/utf8.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "clean/text_clean.h"
#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view page(reinterpret_cast<const char*>(data), size);
  if (size > (1u << 20) || !storyline::fuzz::ValidUtf8(page)) return 0;
  storyline::clean::ExtractedArticle a = storyline::clean::CleanScrapedText(page);
  if (!storyline::fuzz::ValidUtf8(a.text) || !storyline::fuzz::ValidUtf8(a.title)) std::abort();
  uint32_t previous_end = 0;
  for (const auto& p : a.paragraphs) {
    if (p.start > p.end || p.end > a.text.size() || p.start < previous_end) std::abort();
    if (!storyline::fuzz::ValidUtf8(std::string_view(a.text).substr(p.start, p.size())))
      std::abort();
    previous_end = p.end;
  }
  for (const auto& r : a.removed) {
    if (r.at > a.text.size() || r.reason.empty() || !storyline::fuzz::ValidUtf8(r.text))
      std::abort();
  }
  if (a.published.value && a.published.value->size() != 10) std::abort();
  if (a.published.evidence.empty()) std::abort();
  return 0;
}
