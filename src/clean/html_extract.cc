// Orchestrates the HTML extractor: parse and segment (html_dom), judge the blocks (html_scoring),
// read the page metadata (html_metadata), then lay the kept blocks out as the article text.
#include "clean/html_extract.h"

#include <algorithm>

#include "clean/html_dom.h"
#include "clean/html_jsonld.h"
#include "clean/html_metadata.h"
#include "clean/html_scoring.h"

namespace storyline::clean {

namespace {

// The <article> around the chosen body when there is one, else the body's container itself.
int32_t ArticleElement(const HtmlPage& page, int32_t container) {
  for (int32_t e = container; e >= 0; e = page.elements[e].parent) {
    if (page.elements[e].tag == HtmlTag::kArticle) return e;
  }
  return container;
}

// The headline repeated as a heading, or an <h1> heading the body before any text: the title
// belongs in `title`, never in the text.
bool RepeatsTitle(const HtmlPage& page, const HtmlBlock& block, std::string_view title,
                  bool text_started) {
  if (block.element < 0) return false;
  HtmlTag tag = page.elements[block.element].tag;
  if (!IsHeading(tag)) return false;
  return (!title.empty() && block.text == title) || (tag == HtmlTag::kH1 && !text_started);
}

void LayOut(const HtmlPage& page, const BodyJudgement& judgement, std::string_view title,
            ExtractedArticle& article) {
  for (size_t i = 0; i < page.blocks.size(); ++i) {
    const HtmlBlock& block = page.blocks[i];
    std::string reason = judgement.cut_reasons[i];
    if (reason.empty() && RepeatsTitle(page, block, title, !article.text.empty())) {
      reason = "title";
    }
    if (!reason.empty()) {
      article.removed.push_back(
          {block.text, std::move(reason), static_cast<uint32_t>(article.text.size())});
      continue;
    }
    if (!article.text.empty()) article.text += "\n\n";
    auto start = static_cast<uint32_t>(article.text.size());
    article.text += block.text;
    article.paragraphs.push_back({start, static_cast<uint32_t>(article.text.size())});
  }
}

}  // namespace

ExtractedArticle ExtractHtmlArticle(std::string_view utf8_html, const HtmlExtractOptions& options) {
  ExtractedArticle article;
  auto max_depth = static_cast<uint32_t>(std::max(options.max_depth, 1));
  HtmlPage page = ParseHtmlPage(utf8_html, max_depth);
  JsonLdArticle ld = ReadJsonLd(page.json_ld);
  BodyJudgement judgement = JudgeBlocks(page, ld.article_body, options.keep_standfirst);
  PageMetadata meta = ReadPageMetadata(page, ld, ArticleElement(page, judgement.container));
  article.title = std::move(meta.title);
  article.published = std::move(meta.published);
  article.outlet = std::move(meta.outlet);
  article.url = std::move(meta.url);
  article.flags = std::move(meta.flags);
  LayOut(page, judgement, article.title, article);
  if (page.truncated) {
    article.flags.push_back({"truncated",
                             "HTML nested " + std::to_string(page.deepest) +
                                 " elements deep or more; the deeper content was cut",
                             std::nullopt});
  }
  return article;
}

}  // namespace storyline::clean
