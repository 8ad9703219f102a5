// HTML parsing and block segmentation for the main-text extractor. Private to src/clean/.
//
// Parses a UTF-8 page with libxml2's HTML parser and flattens it, without recursion, into the
// elements that matter for judging (tag, parent, boilerplate marker, semantic hint) and the text
// blocks a reader would see as separate paragraphs. Scripts, styles, templates, SVG, form controls
// and hidden elements never contribute text. Head metadata (meta tags, JSON-LD, <title>, canonical
// link, <time> elements) is collected on the same walk.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace storyline::clean {

enum class HtmlTag : uint8_t {
  kOther,  // inline or unknown: its text flows into the enclosing block
  kA,
  kAddress,
  kArticle,
  kAside,
  kBlockquote,
  kBody,
  kBr,
  kButton,
  kCaption,
  kDd,
  kDiv,
  kDl,
  kDt,
  kFigcaption,
  kFigure,
  kFooter,
  kForm,
  kH1,
  kH2,
  kH3,
  kH4,
  kH5,
  kH6,
  kHeader,
  kHr,
  kLi,
  kMain,
  kNav,
  kOl,
  kP,
  kPre,
  kSection,
  kTable,
  kTd,
  kTh,
  kTime,
  kTr,
  kUl,
  kSkipped,  // never text: script, style, noscript, template, svg, form controls, iframes, ...
};

bool IsHeading(HtmlTag tag);

// Why an element looks like page chrome rather than article text, from its tag or its
// class/id/role/itemprop tokens.
enum class BoilerplateMarker : uint8_t {
  kNone,
  kNavigation,
  kFooter,
  kHeader,
  kSidebar,
  kComments,
  kShare,
  kRelated,
  kAd,
  kCookie,
  kNewsletter,
  kCaption,
  kByline,
  kTags,
  kHidden,
  kDialog,
  kForm,
};

std::string_view MarkerName(BoilerplateMarker marker);

// Positive evidence that an element holds the article text.
enum class ContentHint : uint8_t {
  kNone,
  kArticleTag,   // <article>, <main>, role=main/article
  kBodyClass,    // a class/id such as "article-body", "entry-content", "story-text"
  kArticleBody,  // itemprop=articleBody
  kStandfirst,   // a class/id such as "standfirst", "dek", "lede": the summary under the headline
};

struct HtmlElement {
  int32_t parent = -1;
  uint32_t depth = 0;
  HtmlTag tag = HtmlTag::kOther;
  BoilerplateMarker marker = BoilerplateMarker::kNone;
  ContentHint hint = ContentHint::kNone;
  uint32_t signature = 0;  // hash of tag and class: repeated chunks of one body share it
  bool block = false;      // starts its own block (block-level tag, or an inline with a marker)
};

struct HtmlBlock {
  std::string text;          // whitespace collapsed, entities decoded; '\n' where a <br> stood
  int32_t element = -1;      // the innermost block-level element holding the text
  uint32_t link_bytes = 0;   // bytes of text inside <a>
  uint32_t links = 0;        // number of <a> elements contributing text
  bool after_image = false;  // the first text after an <img>/<picture>/<video>
};

struct HtmlMetaTag {
  std::string key;  // lower-cased name, property, itemprop or http-equiv
  std::string content;
};

struct HtmlTimeElement {
  std::string datetime;  // the datetime attribute, or the element's text when it has none
  int32_t element = -1;
  bool published_hint = false;  // pubdate attribute, itemprop=datePublished, class "published"
};

struct HtmlPage {
  std::vector<HtmlElement> elements;  // in document order; parents precede children
  std::vector<HtmlBlock> blocks;      // in document order
  std::vector<HtmlMetaTag> meta;
  std::vector<std::string> json_ld;  // the text of each application/ld+json script
  std::vector<HtmlTimeElement> times;
  std::string title_tag;
  std::string canonical;
  bool truncated = false;  // nesting deeper than max_depth was cut
  uint32_t deepest = 0;
};

// Never throws; garbage in gives an empty page.
HtmlPage ParseHtmlPage(std::string_view utf8_html, uint32_t max_depth);

}  // namespace storyline::clean
