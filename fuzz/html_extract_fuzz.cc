// libFuzzer target for the HTML main-text extractor: any bytes, treated as UTF-8 once invalid
// sequences are replaced, must come back as a well-formed article without crashing.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "clean/html_extract.h"

namespace {

// Replaces bytes that do not start a well-formed UTF-8 sequence with '?'.
std::string RepairUtf8(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  size_t i = 0;
  while (i < in.size()) {
    auto c = static_cast<unsigned char>(in[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    bool ok = n > 0 && i + n <= in.size();
    for (size_t k = 1; ok && k < n; ++k) ok = (static_cast<unsigned char>(in[i + k]) >> 6) == 2;
    if (ok) {
      out.append(in.substr(i, n));
      i += n;
    } else {
      out.push_back('?');
      ++i;
    }
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string html = RepairUtf8(std::string_view(reinterpret_cast<const char*>(data), size));
  storyline::clean::HtmlExtractOptions options;
  options.max_depth = 64;
  storyline::clean::ExtractedArticle a = storyline::clean::ExtractHtmlArticle(html, options);
  // Every span lies inside the text; every removed block stood inside it.
  for (const storyline::ByteSpan& p : a.paragraphs) {
    if (p.start > p.end || p.end > a.text.size()) __builtin_trap();
  }
  for (const storyline::RemovedBlock& r : a.removed) {
    if (r.at > a.text.size()) __builtin_trap();
  }
  return 0;
}
