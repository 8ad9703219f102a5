// Main-text extraction from an HTML page. Private to src/clean/.
//
// DOM-based: parses the page with libxml2's HTML parser (as UTF-8, whatever a meta tag claims),
// segments it into blocks, scores them by text and link density, tag and class/id/role boilerplate
// markers and semantic hints (html_scoring.h), and keeps the article body in page order, its
// paragraphs joined by "\n\n". Title, publication date, outlet and canonical URL come from
// OpenGraph, JSON-LD, meta tags, <title>, <h1> and <time> (html_metadata.h).
//
// Every block not kept goes to `removed` with the offset where it stood and one reason:
// outside_article, navigation, comments, boilerplate_marker:<share|related|ad|cookie|newsletter|
// caption|byline|tags|sidebar|footer|header|hidden|dialog|form>, link_dense, caption,
// metadata_line, teaser, trailing_label or title. Nesting beyond max_depth (or libxml2's own limit)
// is cut and flagged "truncated". Never throws; empty or garbage input gives empty text.
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
