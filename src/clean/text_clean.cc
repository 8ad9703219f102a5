// PLACEHOLDER until the line cleaner lands: keeps every non-empty line.
#include "clean/text_clean.h"

namespace storyline::clean {

ExtractedArticle CleanScrapedText(std::string_view text, const TextCleanOptions&) {
  ExtractedArticle a;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    if (!line.empty()) {
      if (!a.text.empty()) a.text += "\n\n";
      uint32_t start = a.text.size();
      a.text += line;
      a.paragraphs.push_back({start, static_cast<uint32_t>(a.text.size())});
    }
    pos = nl + 1;
  }
  a.published.evidence = "not looked for";
  return a;
}

}  // namespace storyline::clean
