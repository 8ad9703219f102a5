// Choosing the article body among a page's blocks. Private to src/clean/.
//
// Each block gets a content weight from its text length, link density and the boilerplate markers
// above it; weights flow up to ancestors with a decay per level, so the element that directly holds
// most of the running text wins, with bonuses for semantic hints (itemprop=articleBody,
// article-body classes, <article>), climbing to a hinted wrapper a few levels up. That element,
// its siblings with comparable text and nearby elements sharing its tag and class (a body split
// into chunks by inline ads) form the article region. Inside it these are cut, each with its
// reason: blocks under a boilerplate marker (unless the marked element holds most of the region's
// text, which makes the marker layout), link-dense blocks and list items (a fully linked sentence
// or bare cited address stays), short unclosed text right after an image (a caption), and short
// labels after the last sentence. Blocks elsewhere are "outside_article". When the page's JSON-LD
// articleBody is mostly missing from the result, the element matching it best is used instead.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "clean/html_dom.h"

namespace storyline::clean {

struct BodyJudgement {
  std::vector<std::string> cut_reasons;  // one per block: empty when kept
  std::vector<int32_t> regions;          // the elements whose blocks may be kept
  int32_t container = -1;                // the best-scoring element (regions[0]), -1 if none
  bool used_body_hint = false;           // the JSON-LD articleBody overruled the scores
};

// `body_hint` is the page's JSON-LD articleBody (may be empty): when the scored choice covers
// little of it and another element covers much more, that element becomes the container.
// `keep_standfirst` keeps a standfirst-classed block between the headline and the body.
BodyJudgement JudgeBlocks(const HtmlPage& page, std::string_view body_hint = {},
                          bool keep_standfirst = false);

// True when `element` is `ancestor` or lies inside it.
bool IsInside(const HtmlPage& page, int32_t element, int32_t ancestor);

}  // namespace storyline::clean
