// Line-level boilerplate removal for pages already scraped to plain text. Private to src/clean/.
//
// Keeps article paragraphs, standfirsts, data tables, labelled lists, live-blog timestamps and
// datelines; removes navigation, search prompts, cookie/consent banners, comment widgets, teasers
// and inline "Read more" links, share/follow prompts, link-spam lists, staff credits, captions,
// bylines, author bios, copyright and site-name lines, a repeated headline, and sidebar "today"
// dates. Every cut line is kept with its reason. Finds the title and the publication date when the
// text gives them (also when a scraper ran the year into the time: "June 2, 20314:12 PM").
#pragma once

#include <string_view>

#include "clean/article.h"

namespace storyline::clean {

struct TextCleanOptions {};

ExtractedArticle CleanScrapedText(std::string_view utf8_text, const TextCleanOptions& options = {});

}  // namespace storyline::clean
