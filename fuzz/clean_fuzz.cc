// Fuzz target for the whole cleaning stage: any bytes, as text or as HTML, with or without a
// declared charset, must give a Document whose text is valid UTF-8 and whose spans lie inside it.
#include <unicode/utf8.h>

#include <cstdint>
#include <cstdlib>
#include <string>

#include "clean/cleaner.h"
#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  storyline::readers::RawItem item;
  // First byte: format and charset choice; the rest is the page.
  item.format =
      (data[0] & 1) ? storyline::readers::Format::kHtml : storyline::readers::Format::kText;
  if (data[0] & 2) item.declared_charset = (data[0] & 4) ? "windows-1251" : "utf-8";
  item.bytes.assign(reinterpret_cast<const char*>(data) + 1, size - 1);
  item.source = "fuzz";
  storyline::Document doc = storyline::clean::Clean(item);
  if (!storyline::fuzz::ValidUtf8(doc.text) || !storyline::fuzz::ValidUtf8(doc.title)) std::abort();
  for (const auto& p : doc.paragraphs) {
    if (p.span.start > p.span.end || p.span.end > doc.text.size()) std::abort();
  }
  for (const auto& r : doc.removed) {
    if (r.at > doc.text.size()) std::abort();
  }
  return 0;
}
