// PLACEHOLDER until the DOM extractor lands: returns nothing.
#include "clean/html_extract.h"

namespace storyline::clean {

ExtractedArticle ExtractHtmlArticle(std::string_view, const HtmlExtractOptions&) { return {}; }

}  // namespace storyline::clean
