// The article facts a page's JSON-LD (schema.org) blocks state. Private to src/clean/.
//
// Looks through every application/ld+json script, including arrays and @graph lists, for the
// first object whose @type is an article or posting type (NewsArticle, BlogPosting, ...), falling
// back to a WebPage. Malformed JSON is skipped; nothing throws.
#pragma once

#include <string>
#include <vector>

namespace storyline::clean {

struct JsonLdArticle {
  std::string headline;
  std::string date_published;
  std::string publisher;
  std::string url;
  std::string article_body;
};

JsonLdArticle ReadJsonLd(const std::vector<std::string>& scripts);

}  // namespace storyline::clean
