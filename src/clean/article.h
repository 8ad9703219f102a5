// What the two main-text extractors (HTML and scraped plain text) hand back to the cleaner.
// Private to src/clean/.
#pragma once

#include <string>
#include <vector>

#include "core/document.h"

namespace storyline::clean {

struct ExtractedArticle {
  std::string title;
  std::string text;                   // the body, paragraphs joined by "\n\n"
  std::vector<ByteSpan> paragraphs;   // each paragraph's span in text
  std::vector<RemovedBlock> removed;  // every cut, with its reason and where it stood
  PublishedDate published;            // value absent when unknown; evidence says why
  std::string outlet;                 // site name when the page gives one
  std::string url;                    // canonical URL when the page gives one
  std::vector<Flag> flags;            // flags only the extractor can see (page_date_conflict, ...)
};

}  // namespace storyline::clean
