#include "clean/html_markers.h"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

namespace storyline::clean {

namespace {

using TagEntry = std::pair<std::string_view, HtmlTag>;

// Sorted by name for binary search.
constexpr std::array kTags = {
    TagEntry{"a", HtmlTag::kA},
    TagEntry{"address", HtmlTag::kAddress},
    TagEntry{"applet", HtmlTag::kSkipped},
    TagEntry{"article", HtmlTag::kArticle},
    TagEntry{"aside", HtmlTag::kAside},
    TagEntry{"audio", HtmlTag::kSkipped},
    TagEntry{"blockquote", HtmlTag::kBlockquote},
    TagEntry{"body", HtmlTag::kBody},
    TagEntry{"br", HtmlTag::kBr},
    TagEntry{"button", HtmlTag::kSkipped},
    TagEntry{"canvas", HtmlTag::kSkipped},
    TagEntry{"caption", HtmlTag::kCaption},
    TagEntry{"center", HtmlTag::kDiv},
    TagEntry{"datalist", HtmlTag::kSkipped},
    TagEntry{"dd", HtmlTag::kDd},
    TagEntry{"details", HtmlTag::kDiv},
    TagEntry{"dialog", HtmlTag::kSkipped},
    TagEntry{"div", HtmlTag::kDiv},
    TagEntry{"dl", HtmlTag::kDl},
    TagEntry{"dt", HtmlTag::kDt},
    TagEntry{"embed", HtmlTag::kSkipped},
    TagEntry{"fieldset", HtmlTag::kDiv},
    TagEntry{"figcaption", HtmlTag::kFigcaption},
    TagEntry{"figure", HtmlTag::kFigure},
    TagEntry{"footer", HtmlTag::kFooter},
    TagEntry{"form", HtmlTag::kForm},
    TagEntry{"frameset", HtmlTag::kSkipped},
    TagEntry{"h1", HtmlTag::kH1},
    TagEntry{"h2", HtmlTag::kH2},
    TagEntry{"h3", HtmlTag::kH3},
    TagEntry{"h4", HtmlTag::kH4},
    TagEntry{"h5", HtmlTag::kH5},
    TagEntry{"h6", HtmlTag::kH6},
    TagEntry{"header", HtmlTag::kHeader},
    TagEntry{"hr", HtmlTag::kHr},
    TagEntry{"iframe", HtmlTag::kSkipped},
    TagEntry{"input", HtmlTag::kSkipped},
    TagEntry{"legend", HtmlTag::kDiv},
    TagEntry{"li", HtmlTag::kLi},
    TagEntry{"main", HtmlTag::kMain},
    TagEntry{"map", HtmlTag::kSkipped},
    TagEntry{"math", HtmlTag::kSkipped},
    TagEntry{"menu", HtmlTag::kNav},
    TagEntry{"nav", HtmlTag::kNav},
    TagEntry{"noembed", HtmlTag::kSkipped},
    TagEntry{"noframes", HtmlTag::kSkipped},
    TagEntry{"noscript", HtmlTag::kSkipped},
    TagEntry{"object", HtmlTag::kSkipped},
    TagEntry{"ol", HtmlTag::kOl},
    TagEntry{"option", HtmlTag::kSkipped},
    TagEntry{"p", HtmlTag::kP},
    TagEntry{"pre", HtmlTag::kPre},
    TagEntry{"script", HtmlTag::kSkipped},
    TagEntry{"section", HtmlTag::kSection},
    TagEntry{"select", HtmlTag::kSkipped},
    TagEntry{"style", HtmlTag::kSkipped},
    TagEntry{"summary", HtmlTag::kDiv},
    TagEntry{"svg", HtmlTag::kSkipped},
    TagEntry{"table", HtmlTag::kTable},
    TagEntry{"tbody", HtmlTag::kTable},
    TagEntry{"td", HtmlTag::kTd},
    TagEntry{"template", HtmlTag::kSkipped},
    TagEntry{"textarea", HtmlTag::kSkipped},
    TagEntry{"tfoot", HtmlTag::kTable},
    TagEntry{"th", HtmlTag::kTh},
    TagEntry{"thead", HtmlTag::kTable},
    TagEntry{"time", HtmlTag::kTime},
    TagEntry{"tr", HtmlTag::kTr},
    TagEntry{"ul", HtmlTag::kUl},
    TagEntry{"video", HtmlTag::kSkipped},
};

using MarkerEntry = std::pair<std::string_view, BoilerplateMarker>;
using M = BoilerplateMarker;

// Words (and fused word pairs) that name page chrome in class and id values. Sorted by word.
constexpr std::array kMarkerWords = {
    MarkerEntry{"ad", M::kAd},
    MarkerEntry{"adblock", M::kAd},
    MarkerEntry{"adcontainer", M::kAd},
    MarkerEntry{"ads", M::kAd},
    MarkerEntry{"adsbygoogle", M::kAd},
    MarkerEntry{"adslot", M::kAd},
    MarkerEntry{"adunit", M::kAd},
    MarkerEntry{"adv", M::kAd},
    MarkerEntry{"advert", M::kAd},
    MarkerEntry{"advertisement", M::kAd},
    MarkerEntry{"advertising", M::kAd},
    MarkerEntry{"adwrapper", M::kAd},
    MarkerEntry{"alsoread", M::kRelated},
    MarkerEntry{"articlemeta", M::kByline},
    MarkerEntry{"author", M::kByline},
    MarkerEntry{"authors", M::kByline},
    MarkerEntry{"breadcrumb", M::kNavigation},
    MarkerEntry{"breadcrumbs", M::kNavigation},
    MarkerEntry{"byline", M::kByline},
    MarkerEntry{"caption", M::kCaption},
    MarkerEntry{"colophon", M::kFooter},
    MarkerEntry{"comment", M::kComments},
    MarkerEntry{"comments", M::kComments},
    MarkerEntry{"consent", M::kCookie},
    MarkerEntry{"contributor", M::kByline},
    MarkerEntry{"cookie", M::kCookie},
    MarkerEntry{"cookies", M::kCookie},
    MarkerEntry{"copyright", M::kFooter},
    MarkerEntry{"crumbs", M::kNavigation},
    MarkerEntry{"cta", M::kNewsletter},
    MarkerEntry{"dfp", M::kAd},
    MarkerEntry{"disqus", M::kComments},
    MarkerEntry{"dnone", M::kHidden},
    MarkerEntry{"entrymeta", M::kByline},
    MarkerEntry{"footer", M::kFooter},
    MarkerEntry{"gdpr", M::kCookie},
    MarkerEntry{"leaderboard", M::kAd},
    MarkerEntry{"lightbox", M::kDialog},
    MarkerEntry{"likes", M::kShare},
    MarkerEntry{"login", M::kForm},
    MarkerEntry{"masthead", M::kHeader},
    MarkerEntry{"menu", M::kNavigation},
    MarkerEntry{"modal", M::kDialog},
    MarkerEntry{"moreon", M::kRelated},
    MarkerEntry{"morestories", M::kRelated},
    MarkerEntry{"mostpopular", M::kRelated},
    MarkerEntry{"mostread", M::kRelated},
    MarkerEntry{"nav", M::kNavigation},
    MarkerEntry{"navbar", M::kNavigation},
    MarkerEntry{"navigation", M::kNavigation},
    MarkerEntry{"newsletter", M::kNewsletter},
    MarkerEntry{"outbrain", M::kRelated},
    MarkerEntry{"pager", M::kNavigation},
    MarkerEntry{"pagination", M::kNavigation},
    MarkerEntry{"popup", M::kDialog},
    MarkerEntry{"postinfo", M::kByline},
    MarkerEntry{"postmeta", M::kByline},
    MarkerEntry{"promo", M::kAd},
    MarkerEntry{"readmore", M::kRelated},
    MarkerEntry{"recirc", M::kRelated},
    MarkerEntry{"recirculation", M::kRelated},
    MarkerEntry{"recommendations", M::kRelated},
    MarkerEntry{"recommended", M::kRelated},
    MarkerEntry{"related", M::kRelated},
    MarkerEntry{"share", M::kShare},
    MarkerEntry{"sharedaddy", M::kShare},
    MarkerEntry{"sharing", M::kShare},
    MarkerEntry{"sidebar", M::kSidebar},
    MarkerEntry{"signoff", M::kByline},
    MarkerEntry{"signup", M::kNewsletter},
    MarkerEntry{"skiplink", M::kNavigation},
    MarkerEntry{"social", M::kShare},
    MarkerEntry{"sponsor", M::kAd},
    MarkerEntry{"sponsored", M::kAd},
    MarkerEntry{"sronly", M::kHidden},
    MarkerEntry{"subscribe", M::kNewsletter},
    MarkerEntry{"subscription", M::kNewsletter},
    MarkerEntry{"taboola", M::kRelated},
    MarkerEntry{"tags", M::kTags},
    MarkerEntry{"toolbar", M::kDialog},
    MarkerEntry{"tooltip", M::kDialog},
    MarkerEntry{"trending", M::kRelated},
    MarkerEntry{"visuallyhidden", M::kHidden},
};

// UI words that may be fused onto a marker word ("sharebar", "navlinks", "adslot").
constexpr std::array<std::string_view, 22> kUiSuffixes = {
    "area",  "bar",   "block", "box",   "btn",  "button", "buttons", "container",
    "icons", "items", "link",  "links", "list", "module", "panel",   "s",
    "slot",  "tool",  "tools", "unit",  "wrap", "wrapper"};

constexpr bool SortedByName(const auto& table) {
  return std::is_sorted(table.begin(), table.end(),
                        [](const auto& a, const auto& b) { return a.first < b.first; });
}
static_assert(SortedByName(kTags));
static_assert(SortedByName(kMarkerWords));

template <typename Table>
auto LookUp(const Table& table, std::string_view key) -> decltype(&table[0]) {
  auto it = std::lower_bound(table.begin(), table.end(), key,
                             [](const auto& e, std::string_view k) { return e.first < k; });
  if (it == table.end() || it->first != key) return nullptr;
  return &*it;
}

bool IsUiSuffix(std::string_view s) {
  return std::find(kUiSuffixes.begin(), kUiSuffixes.end(), s) != kUiSuffixes.end();
}

// Splits at non-alphanumerics and lower-to-upper case changes; lower-cases. Returns the count.
int SplitTokens(std::string_view value, std::array<std::string, 16>& tokens) {
  int n = 0;
  std::string current;
  auto push = [&] {
    if (!current.empty() && n < static_cast<int>(tokens.size())) tokens[n++] = std::move(current);
    current.clear();
  };
  char previous = 0;
  for (char c : value) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!alnum) {
      push();
    } else {
      if (c >= 'A' && c <= 'Z' && previous >= 'a' && previous <= 'z') push();
      current.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    previous = c;
  }
  push();
  return n;
}

BoilerplateMarker MarkerFromWord(std::string_view word) {
  if (const MarkerEntry* e = LookUp(kMarkerWords, word)) return e->second;
  // A marker word of four letters or more fused with a UI suffix.
  for (size_t cut = 3; cut + 1 <= word.size(); ++cut) {
    if (!IsUiSuffix(word.substr(cut))) continue;
    const MarkerEntry* e = LookUp(kMarkerWords, word.substr(0, cut));
    if (e != nullptr && (cut >= 4 || e->first == "nav")) return e->second;
  }
  return M::kNone;
}

bool IsOneOf(std::string_view word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

}  // namespace

bool IsHeading(HtmlTag tag) { return tag >= HtmlTag::kH1 && tag <= HtmlTag::kH6; }

std::string_view MarkerName(BoilerplateMarker marker) {
  switch (marker) {
    case M::kNone:
      return "none";
    case M::kNavigation:
      return "navigation";
    case M::kFooter:
      return "footer";
    case M::kHeader:
      return "header";
    case M::kSidebar:
      return "sidebar";
    case M::kComments:
      return "comments";
    case M::kShare:
      return "share";
    case M::kRelated:
      return "related";
    case M::kAd:
      return "ad";
    case M::kCookie:
      return "cookie";
    case M::kNewsletter:
      return "newsletter";
    case M::kCaption:
      return "caption";
    case M::kByline:
      return "byline";
    case M::kTags:
      return "tags";
    case M::kHidden:
      return "hidden";
    case M::kDialog:
      return "dialog";
    case M::kForm:
      return "form";
  }
  return "none";
}

HtmlTag TagFromName(std::string_view name) {
  if (const TagEntry* e = LookUp(kTags, name)) return e->second;
  return HtmlTag::kOther;
}

BoilerplateMarker MarkerFromTag(HtmlTag tag) {
  switch (tag) {
    case HtmlTag::kNav:
      return M::kNavigation;
    case HtmlTag::kFooter:
      return M::kFooter;
    case HtmlTag::kHeader:
      return M::kHeader;
    case HtmlTag::kAside:
      return M::kSidebar;
    case HtmlTag::kForm:
      return M::kForm;
    case HtmlTag::kFigcaption:
    case HtmlTag::kFigure:
      return M::kCaption;
    default:
      return M::kNone;
  }
}

// A class that is exactly "hidden" (not "hidden-xs", hidden only on small screens).
bool HasHiddenClass(std::string_view value) {
  size_t start = 0;
  while (start < value.size()) {
    size_t end = value.find(' ', start);
    if (end == std::string_view::npos) end = value.size();
    if (value.substr(start, end - start) == "hidden") return true;
    start = end + 1;
  }
  return false;
}

BoilerplateMarker MarkerFromClassOrId(std::string_view value) {
  if (HasHiddenClass(value)) return M::kHidden;
  std::array<std::string, 16> tokens;
  int n = SplitTokens(value, tokens);
  for (int i = 0; i < n; ++i) {
    BoilerplateMarker m = MarkerFromWord(tokens[i]);
    if (m == M::kNone && i + 1 < n) m = MarkerFromWord(tokens[i] + tokens[i + 1]);
    if (m != M::kNone) return m;
  }
  return M::kNone;
}

BoilerplateMarker MarkerFromRole(std::string_view role) {
  if (role == "navigation" || role == "menu" || role == "menubar") return M::kNavigation;
  if (role == "contentinfo") return M::kFooter;
  if (role == "banner") return M::kHeader;
  if (role == "complementary") return M::kSidebar;
  if (role == "dialog" || role == "alertdialog" || role == "toolbar") return M::kDialog;
  if (role == "search") return M::kForm;
  return M::kNone;
}

ContentHint HintFromClassOrId(std::string_view value) {
  std::array<std::string, 16> tokens;
  int n = SplitTokens(value, tokens);
  for (int i = 0; i + 1 < n; ++i) {
    if (IsOneOf(tokens[i], {"article", "story", "entry", "post", "news"}) &&
        IsOneOf(tokens[i + 1], {"body", "content", "text"})) {
      return ContentHint::kBodyClass;
    }
  }
  for (int i = 0; i < n; ++i) {
    if (IsOneOf(tokens[i],
                {"articlebody", "storybody", "entrycontent", "postcontent", "articlecontent",
                 "storycontent", "articletext", "storytext", "postbody", "bodytext"})) {
      return ContentHint::kBodyClass;
    }
  }
  for (int i = 0; i < n; ++i) {
    if (IsOneOf(tokens[i], {"standfirst", "dek", "deck", "lede", "strapline", "subheadline",
                            "excerpt", "summary", "teaser", "intro"}) ||
        (i + 1 < n && tokens[i] == "sub" && tokens[i + 1] == "headline")) {
      return ContentHint::kStandfirst;
    }
  }
  return ContentHint::kNone;
}

}  // namespace storyline::clean
