// Main-text extraction from an HTML page. Private to src/clean/.
//
// DOM-based: parses the page with libxml2's HTML parser, segments it into blocks, scores them by
// text and link density, tag and class/id boilerplate markers, and keeps the article body.
// Title and publication date come from <title>, OpenGraph, JSON-LD and <time>.
#pragma once

#include <string_view>

#include "clean/article.h"

namespace storyline::clean {

struct HtmlExtractOptions {
  int max_depth = 512;  // deeper nesting is cut (and flagged) instead of recursing further
  // Keep the standfirst (the summary under the headline: class "standfirst", "dek", "summary",
  // "excerpt", "teaser" ... between the headline and the body) as the first paragraph. Off by
  // default: the article-extraction benchmark's gold leaves it out.
  bool keep_standfirst = false;
};

ExtractedArticle ExtractHtmlArticle(std::string_view utf8_html,
                                    const HtmlExtractOptions& options = {});

}  // namespace storyline::clean
