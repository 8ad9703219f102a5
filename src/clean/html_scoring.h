// Choosing the article body among a page's blocks. Private to src/clean/.
//
// Each block gets a content weight from its text length, link density and the boilerplate markers
// above it; weights flow up to ancestors with a decay per level, so the element that directly holds
// most of the running text wins, with bonuses for semantic hints (itemprop=articleBody,
// article-body classes, <article>). That element and its siblings with comparable text form the
// article region; inside it, blocks under a boilerplate marker, link-dense blocks and teasers are
// cut. Every block gets a verdict: kept, or the reason it was cut.
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
BodyJudgement JudgeBlocks(const HtmlPage& page, std::string_view body_hint = {});

// True when `element` is `ancestor` or lies inside it.
bool IsInside(const HtmlPage& page, int32_t element, int32_t ancestor);

}  // namespace storyline::clean
