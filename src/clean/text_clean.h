// Line-level boilerplate removal for pages already scraped to plain text. Private to src/clean/.
//
// Keeps article paragraphs, standfirsts, live-blog timestamps and datelines; removes navigation,
// search prompts, cookie/consent banners, comment widgets, teasers, share/follow prompts, link-spam
// lists, copyright and site-name lines, a repeated headline, and sidebar "today" dates. Every cut
// line is kept with its reason. Finds the title and the publication date when the text gives them.
#pragma once

#include <string_view>

#include "clean/article.h"

namespace storyline::clean {

struct TextCleanOptions {};

ExtractedArticle CleanScrapedText(std::string_view utf8_text, const TextCleanOptions& options = {});

}  // namespace storyline::clean
