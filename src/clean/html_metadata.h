// Page-level metadata for the HTML extractor: title, publication date, outlet and canonical URL.
// Private to src/clean/.
//
// Sources, best first. Title: og:title, JSON-LD headline, the first <h1>, <title>; a trailing
// " | Site" part naming the outlet (or short enough to be a site name) is stripped. Date: JSON-LD
// datePublished, article:published_time and the other common meta names, then <time datetime>
// marked as the publication time or inside the article; normalised to ISO-8601 at the precision
// given (date, or date-time with its offset), with evidence naming the source. Outlet:
// og:site_name, JSON-LD publisher. URL: <link rel=canonical>, og:url, JSON-LD url.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clean/html_dom.h"
#include "clean/html_jsonld.h"
#include "core/document.h"

namespace storyline::clean {

struct PageMetadata {
  std::string title;
  PublishedDate published;
  std::string outlet;
  std::string url;
  std::vector<Flag> flags;
};

// `article` is the element holding the chosen body (or -1): <time> inside it counts as evidence.
PageMetadata ReadPageMetadata(const HtmlPage& page, const JsonLdArticle& ld, int32_t article);

// ISO-8601 form of a machine-readable date ("2019-11-18T10:05:00-05:00", "2019-11-18",
// "20191118", "Mon, 18 Nov 2019 15:05:00 GMT", "November 18, 2019"); nullopt when unreadable.
std::optional<std::string> NormalizeIsoDate(std::string_view raw);

// "Headline | Site" -> "Headline" when the tail names the outlet or looks like a site name.
std::string StripSiteSuffix(std::string_view title, std::string_view outlet);

}  // namespace storyline::clean
