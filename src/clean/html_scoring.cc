#include "clean/html_scoring.h"

#include <algorithm>

#include "clean/html_body_hint.h"

namespace storyline::clean {

bool IsInside(const HtmlPage& page, int32_t element, int32_t ancestor) {
  for (int32_t e = element; e >= 0; e = page.elements[e].parent) {
    if (e == ancestor) return true;
  }
  return false;
}

namespace {

constexpr int kDecayLevels = 6;

double LinkDensity(const HtmlBlock& b) {
  return b.text.empty() ? 0.0 : static_cast<double>(b.link_bytes) / b.text.size();
}

// Whether each element sits under (or is) an element with a boilerplate marker.
std::vector<bool> MarkedElements(const HtmlPage& page) {
  std::vector<bool> marked(page.elements.size(), false);
  for (size_t i = 0; i < page.elements.size(); ++i) {
    const HtmlElement& e = page.elements[i];
    bool inherited = e.parent >= 0 && marked[e.parent];
    marked[i] =
        e.hint != ContentHint::kArticleBody && (inherited || e.marker != BoilerplateMarker::kNone);
  }
  return marked;
}

double BlockWeight(const HtmlPage& page, const HtmlBlock& b, bool marked) {
  if (b.element < 0 || LinkDensity(b) > 0.5) return 0.0;
  HtmlTag tag = page.elements[b.element].tag;
  if (IsHeading(tag)) return 0.0;
  double w = static_cast<double>(b.text.size() - b.link_bytes);
  if (b.text.size() < 40) w *= 0.3;
  if (tag == HtmlTag::kLi || tag == HtmlTag::kTd || tag == HtmlTag::kDd) w *= 0.5;
  if (marked) w *= 0.05;
  return w;
}

double HintBonus(ContentHint hint) {
  switch (hint) {
    case ContentHint::kArticleBody:
      return 1.6;
    case ContentHint::kBodyClass:
      return 1.3;
    case ContentHint::kArticleTag:
      return 1.1;
    case ContentHint::kStandfirst:
    case ContentHint::kNone:
      return 1.0;
  }
  return 1.0;
}

struct ElementScores {
  std::vector<double> decayed;  // running text held near the element
  std::vector<double> total;    // all running text anywhere inside it
  std::vector<double> raw;      // the same, not discounted for boilerplate markers
};

ElementScores ScoreElements(const HtmlPage& page, const std::vector<bool>& marked) {
  size_t n = page.elements.size();
  ElementScores s{std::vector<double>(n, 0.0), std::vector<double>(n, 0.0),
                  std::vector<double>(n, 0.0)};
  for (const HtmlBlock& b : page.blocks) {
    double w = BlockWeight(page, b, b.element >= 0 && marked[b.element]);
    double unmarked = BlockWeight(page, b, false);
    if (unmarked <= 0) continue;
    double factor = 1.0;
    int level = 0;
    for (int32_t e = b.element; e >= 0; e = page.elements[e].parent, ++level) {
      s.raw[e] += unmarked;
      s.total[e] += w;
      if (level < kDecayLevels) s.decayed[e] += w * factor;
      if (level >= 1) factor *= 0.5;
    }
  }
  for (size_t i = 0; i < page.elements.size(); ++i) {
    s.decayed[i] *= HintBonus(page.elements[i].hint);
  }
  return s;
}

// A marker on an element that holds most of the region's running text ("ad-free",
// "has-sidebar" on a wrapper) describes the layout, not the text; comments stay comments.
bool MarkerVetoed(const ElementScores& s, int32_t e, int32_t root, BoilerplateMarker m) {
  return m != BoilerplateMarker::kComments && s.raw[e] >= 300 && s.raw[e] >= 0.5 * s.raw[root];
}

// The outermost boilerplate marker between the block's element and its region root (exclusive).
BoilerplateMarker MarkerWithin(const HtmlPage& page, const ElementScores& s, int32_t element,
                               int32_t root) {
  BoilerplateMarker found = BoilerplateMarker::kNone;
  for (int32_t e = element; e >= 0 && e != root; e = page.elements[e].parent) {
    const HtmlElement& el = page.elements[e];
    if (el.hint == ContentHint::kArticleBody) return BoilerplateMarker::kNone;
    if (el.marker != BoilerplateMarker::kNone && !MarkerVetoed(s, e, root, el.marker)) {
      found = el.marker;
    }
  }
  return found;
}

int32_t AncestorAbove(const HtmlPage& page, int32_t element, int levels) {
  for (int i = 0; i < levels && page.elements[element].parent >= 0; ++i) {
    element = page.elements[element].parent;
  }
  return element;
}

// A body hint (itemprop=articleBody, an article-body class) a few levels above the best element
// usually wraps a body split into chunks by inline ads or widgets: the hinted element wins.
int32_t ClimbToHint(const HtmlPage& page, const ElementScores& s, int32_t best) {
  int32_t e = best;
  for (int level = 0; level < 5 && e >= 0; ++level, e = page.elements[e].parent) {
    ContentHint hint = page.elements[e].hint;
    if (hint == ContentHint::kArticleBody) return e;
    if (hint == ContentHint::kBodyClass && s.total[e] <= 4 * s.total[best]) return e;
  }
  return best;
}

// The container plus nearby elements that look like more of the same body: siblings holding
// comparable running text, and elements sharing its tag and class.
std::vector<int32_t> RegionsAround(const HtmlPage& page, const ElementScores& s, int32_t best,
                                   bool with_siblings) {
  std::vector<int32_t> regions = {best};
  const HtmlElement& b = page.elements[best];
  int32_t scope = AncestorAbove(page, best, 6);
  if (scope == best) return regions;
  double threshold = std::max(0.2 * s.total[best], 80.0);
  uint32_t scope_depth = page.elements[scope].depth;
  for (size_t i = scope + 1; i < page.elements.size(); ++i) {
    const HtmlElement& e = page.elements[i];
    if (e.depth <= scope_depth) break;
    if (IsInside(page, static_cast<int32_t>(i), best) || s.total[i] <= 0) continue;
    bool sibling = with_siblings && e.parent == b.parent && s.total[i] >= threshold;
    // A chunk of the same body carries at least a paragraph of running text.
    bool same_kind = e.signature == b.signature && s.total[i] >= 150 &&
                     !IsInside(page, best, static_cast<int32_t>(i));
    if (!sibling && !same_kind) continue;
    if (MarkerWithin(page, s, static_cast<int32_t>(i), scope) != BoilerplateMarker::kNone) continue;
    regions.push_back(static_cast<int32_t>(i));
  }
  return regions;
}

// The region root a block's element lies in, or -1.
int32_t RegionOf(const HtmlPage& page, int32_t element, const std::vector<int32_t>& regions) {
  for (int32_t e = element; e >= 0; e = page.elements[e].parent) {
    if (std::find(regions.begin(), regions.end(), e) != regions.end()) return e;
  }
  return -1;
}

// A linked paragraph that reads as a sentence (several words, closing punctuation) is body text
// that happens to be a link, and a bare web address standing alone cites a source; headline-like
// link text is a teaser.
bool IsLinkedSentence(const HtmlBlock& b) {
  std::string_view t = b.text;
  bool address = (t.starts_with("http://") || t.starts_with("https://")) &&
                 t.find_first_of(" \n") == std::string_view::npos;
  if (address) return true;
  while (!t.empty() && (t.back() == ' ' || t.back() == '"' || t.back() == ')')) t.remove_suffix(1);
  if (t.empty() || (t.back() != '.' && t.back() != '!' && t.back() != '?')) return false;
  return std::count(t.begin(), t.end(), ' ') >= 6;
}

// Short text right after an image, not closed like a sentence: an image caption or credit.
bool LooksLikeCaption(const HtmlPage& page, const HtmlBlock& b) {
  if (!b.after_image || IsHeading(page.elements[b.element].tag)) return false;
  std::string_view t = b.text;
  // Spaces count words; bytes bound scripts written without spaces.
  if (t.empty() || t.size() > 200 || std::count(t.begin(), t.end(), ' ') > 20) return false;
  for (std::string_view end : {".", ":", "?", "!", "\u2026", "\u3002"}) {
    if (t.ends_with(end)) return false;
  }
  return true;
}

size_t Words(std::string_view t) {
  return std::count(t.begin(), t.end(), ' ') + (t.empty() ? 0 : 1);
}

bool ClosesLikeSentence(std::string_view t) {
  for (std::string_view end :
       {".", "?", "!", "\u2026", "\u3002", "\uff01", "\uff1f", ".\"", ".\u201d", ")"}) {
    if (t.ends_with(end)) return true;
  }
  return false;
}

// "Posted: 05/03/2025 | Author: Desk | Views: 1,284", "Name | Agency | Images": short
// pipe-separated fields are page furniture (dates, credits, counters), not prose.
bool LooksLikeFieldLine(const HtmlBlock& b) {
  std::string_view t = b.text;
  if (t.size() > 160 || ClosesLikeSentence(t)) return false;
  size_t pipes = 0;
  for (size_t at = t.find(" | "); at != std::string_view::npos; at = t.find(" | ", at + 3)) ++pipes;
  return pipes >= 2;
}

// A short block that is only a timestamp ("22 de outubro de 2010 às 20:13", "11.14.2019 09:00
// AM", "2019-11-18T10:05"): the page's date furniture, which metadata already reads.
bool IsDateLine(std::string_view t) {
  if (t.size() > 60 || Words(t) > 8) return false;
  bool year = false, clock = false;
  for (size_t i = 0; i + 4 <= t.size(); ++i) {
    auto digit = [&](size_t k) { return k < t.size() && t[k] >= '0' && t[k] <= '9'; };
    bool boundary = i == 0 || !digit(i - 1);
    if (boundary && digit(i) && digit(i + 1) && digit(i + 2) && digit(i + 3) && !digit(i + 4) &&
        (t.substr(i, 2) == "19" || t.substr(i, 2) == "20")) {
      year = true;
    }
    if (digit(i) && t[i + 1] == ':' && digit(i + 2) && digit(i + 3)) clock = true;
    if (digit(i) && digit(i + 1) && t[i + 2] == ':' && digit(i + 3)) clock = true;
  }
  return year && clock;
}

std::string CutReason(const HtmlPage& page, const ElementScores& s, const HtmlBlock& b,
                      const std::vector<int32_t>& regions) {
  int32_t root = RegionOf(page, b.element, regions);
  if (root < 0) return "outside_article";
  BoilerplateMarker m = MarkerWithin(page, s, b.element, root);
  if (m == BoilerplateMarker::kComments) return "comments";
  if (m == BoilerplateMarker::kNavigation) return "navigation";
  if (m != BoilerplateMarker::kNone) return "boilerplate_marker:" + std::string(MarkerName(m));
  if (LooksLikeCaption(page, b)) return "caption";
  if (LooksLikeFieldLine(b) || IsDateLine(b.text)) return "metadata_line";
  double density = LinkDensity(b);
  HtmlTag tag = page.elements[b.element].tag;
  bool list_item = tag == HtmlTag::kLi || tag == HtmlTag::kDd || tag == HtmlTag::kTd;
  if (list_item ? density > 0.3 : density > 0.5 && !IsLinkedSentence(b)) return "link_dense";
  return "";
}

// After the last sentence of the body, short unpunctuated blocks are widget labels ("Like
// this:", "Comments", a lone section name) rather than text.
void TrimTrailingLabels(const HtmlPage& page, std::vector<std::string>& reasons) {
  size_t last_sentence = reasons.size();
  for (size_t i = reasons.size(); i-- > 0;) {
    const std::string& t = page.blocks[i].text;
    if (reasons[i].empty() && (Words(t) >= 8 || t.size() >= 60) && ClosesLikeSentence(t)) {
      last_sentence = i;
      break;
    }
  }
  std::vector<size_t> labels;
  for (size_t i = last_sentence + 1; i < reasons.size(); ++i) {
    if (!reasons[i].empty()) continue;
    const std::string& t = page.blocks[i].text;
    if (Words(t) > 4 || t.size() > 40 || ClosesLikeSentence(t)) return;  // not a tail
    labels.push_back(i);
  }
  if (labels.size() > 3) return;  // a run of short items is a list, which is content
  for (size_t i : labels) reasons[i] = "trailing_label";
}

// The <article> (or role=main/article, <main>) around the container; else a few levels up.
int32_t ArticleScope(const HtmlPage& page, int32_t container) {
  for (int32_t e = container; e >= 0; e = page.elements[e].parent) {
    if (page.elements[e].hint == ContentHint::kArticleTag) return e;
  }
  return AncestorAbove(page, container, 3);
}

// Whether the block sits in a standfirst element inside `scope`, under no marker but a header.
bool InStandfirst(const HtmlPage& page, int32_t element, int32_t scope) {
  if (element < 0 || element == scope || !IsInside(page, element, scope)) return false;
  bool standfirst = false;
  for (int32_t e = element; e != scope; e = page.elements[e].parent) {
    const HtmlElement& el = page.elements[e];
    if (el.hint == ContentHint::kStandfirst) standfirst = true;
    bool allowed = el.marker == BoilerplateMarker::kNone || el.marker == BoilerplateMarker::kHeader;
    if (!allowed) return false;
  }
  return standfirst;
}

// The standfirst under the headline, before the body, belongs to the text.
void KeepStandfirst(const HtmlPage& page, int32_t container, std::vector<std::string>& reasons) {
  int32_t scope = ArticleScope(page, container);
  for (size_t i = 0; i < reasons.size(); ++i) {
    if (reasons[i].empty()) return;  // the body has started
    const HtmlBlock& b = page.blocks[i];
    if (InStandfirst(page, b.element, scope)) reasons[i].clear();
  }
}

// A short capitalised label heading a teaser ("MORE ON THIS") whose next block was cut as a
// link-dense or related teaser goes with it.
void CutTeaserLabels(const HtmlPage& page, std::vector<std::string>& reasons) {
  for (size_t i = 0; i + 1 < reasons.size(); ++i) {
    const std::string& t = page.blocks[i].text;
    if (!reasons[i].empty() || Words(t) > 4 || t.size() > 40 || ClosesLikeSentence(t)) continue;
    bool shouted = std::none_of(t.begin(), t.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (!shouted) continue;
    const std::string& next = reasons[i + 1];
    if (next == "link_dense" || next == "boilerplate_marker:related") reasons[i] = "teaser";
  }
}

// Regions around `container` and a verdict for every block.
BodyJudgement JudgeAround(const HtmlPage& page, const ElementScores& scores, int32_t container,
                          bool with_siblings, bool keep_standfirst) {
  BodyJudgement j;
  j.container = container;
  j.regions = RegionsAround(page, scores, container, with_siblings);
  j.cut_reasons.resize(page.blocks.size());
  for (size_t i = 0; i < page.blocks.size(); ++i) {
    j.cut_reasons[i] = CutReason(page, scores, page.blocks[i], j.regions);
  }
  if (keep_standfirst) KeepStandfirst(page, container, j.cut_reasons);
  CutTeaserLabels(page, j.cut_reasons);
  TrimTrailingLabels(page, j.cut_reasons);
  return j;
}

}  // namespace

BodyJudgement JudgeBlocks(const HtmlPage& page, std::string_view body_hint, bool keep_standfirst) {
  if (page.elements.empty()) {
    return {std::vector<std::string>(page.blocks.size(), "outside_article"), {}, -1};
  }
  std::vector<bool> marked = MarkedElements(page);
  ElementScores scores = ScoreElements(page, marked);
  auto best = std::max_element(scores.decayed.begin(), scores.decayed.end());
  if (*best <= 0) return {std::vector<std::string>(page.blocks.size(), "outside_article"), {}, -1};
  int32_t container =
      ClimbToHint(page, scores, static_cast<int32_t>(best - scores.decayed.begin()));
  BodyJudgement j = JudgeAround(page, scores, container, true, keep_standfirst);
  BodyHint hint(body_hint);
  if (!hint.usable()) return j;
  double coverage = hint.Coverage(page, j.cut_reasons);
  if (coverage >= 0.5) return j;
  int32_t matching = hint.BestElement(page);
  if (matching < 0 || matching == container) return j;
  // The hint names the container precisely: no siblings are added by text volume.
  BodyJudgement alternative = JudgeAround(page, scores, matching, false, keep_standfirst);
  if (hint.Coverage(page, alternative.cut_reasons) <= coverage + 0.2) return j;
  alternative.used_body_hint = true;
  return alternative;
}

}  // namespace storyline::clean
