#include "clean/html_dom.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <climits>
#include <cstdint>

#include "clean/html_markers.h"

namespace storyline::clean {

namespace {

constexpr uint32_t kLibxmlDepthLimit = 256;

std::string_view NameOf(const xmlNode* node) {
  return node->name ? std::string_view(reinterpret_cast<const char*>(node->name)) : "";
}

std::string_view AttrValue(const xmlAttr* attr) {
  const xmlNode* value = attr->children;
  if (value == nullptr || value->content == nullptr) return "";
  return reinterpret_cast<const char*>(value->content);
}

std::string_view FindAttr(const xmlNode* node, std::string_view name) {
  for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    if (NameOf(reinterpret_cast<const xmlNode*>(a)) == name) return AttrValue(a);
  }
  return {};
}

bool HasAttr(const xmlNode* node, std::string_view name) {
  for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    if (NameOf(reinterpret_cast<const xmlNode*>(a)) == name) return true;
  }
  return false;
}

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string Lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

bool ContainsFolded(std::string_view haystack, std::string_view needle) {
  return Lowered(haystack).find(needle) != std::string::npos;
}

// display:none / visibility:hidden in an inline style; spaces inside the declaration vary.
bool StyleHides(std::string_view style) {
  std::string s;
  for (char c : style) {
    if (c != ' ') s.push_back(Lower(c));
  }
  return s.find("display:none") != std::string::npos ||
         s.find("visibility:hidden") != std::string::npos;
}

bool IsHidden(const xmlNode* node) {
  if (HasAttr(node, "hidden")) return true;
  if (FindAttr(node, "aria-hidden") == "true") return true;
  std::string_view style = FindAttr(node, "style");
  return !style.empty() && StyleHides(style);
}

bool IsBlockLevel(HtmlTag tag) {
  switch (tag) {
    case HtmlTag::kOther:
    case HtmlTag::kA:
    case HtmlTag::kBr:
    case HtmlTag::kTime:
    case HtmlTag::kSkipped:
      return false;
    default:
      return true;
  }
}

// Concatenated text of a node's descendants (used for <title>, JSON-LD, <time>).
std::string TextOf(const xmlNode* node) {
  std::string out;
  xmlChar* content = xmlNodeGetContent(node);
  if (content != nullptr) {
    out = reinterpret_cast<const char*>(content);
    xmlFree(content);
  }
  return out;
}

uint32_t Signature(HtmlTag tag, std::string_view class_value) {
  uint32_t h = 2166136261u ^ static_cast<uint32_t>(tag);
  for (char c : class_value) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

// U+200B..U+200D (zero-width space/joiners) and U+FEFF (BOM) at text[i]: invisible, dropped.
bool IsZeroWidth(std::string_view text, size_t i) {
  if (i + 2 >= text.size()) return false;
  auto b1 = static_cast<unsigned char>(text[i]);
  auto b2 = static_cast<unsigned char>(text[i + 1]);
  auto b3 = static_cast<unsigned char>(text[i + 2]);
  return (b1 == 0xE2 && b2 == 0x80 && b3 >= 0x8B && b3 <= 0x8D) ||
         (b1 == 0xEF && b2 == 0xBB && b3 == 0xBF);
}

class PageWalker {
 public:
  PageWalker(HtmlPage& page, uint32_t max_depth) : page_(page), max_depth_(max_depth) {}

  void Walk(xmlNode* root);

 private:
  // Returns whether the walk should descend into the node's children.
  bool Enter(xmlNode* node, uint32_t depth);
  void Leave(xmlNode* node);
  bool EnterHeadElement(xmlNode* node, std::string_view name);
  void RecordMeta(const xmlNode* node);
  HtmlElement Describe(const xmlNode* node, HtmlTag tag, uint32_t depth) const;
  void Push(xmlNode* node, const HtmlElement& element);
  void AppendText(std::string_view text);
  void LineBreak();
  void Flush();

  HtmlPage& page_;
  uint32_t max_depth_;
  int32_t current_element_ = -1;
  std::vector<int32_t> open_blocks_;
  int link_depth_ = 0;
  HtmlBlock block_;
  bool pending_space_ = false;
  bool image_pending_ = false;
};

void PageWalker::Walk(xmlNode* root) {
  xmlNode* node = root;
  uint32_t depth = 0;
  while (node != nullptr) {
    if (Enter(node, depth) && node->children != nullptr) {
      node = node->children;
      ++depth;
      continue;
    }
    while (node != nullptr) {
      Leave(node);
      if (node == root) return Flush();
      if (node->next != nullptr) {
        node = node->next;
        break;
      }
      node = node->parent;
      --depth;
    }
  }
  Flush();
}

// One entry per key the tag names: property, name, and each itemprop token.
void PageWalker::RecordMeta(const xmlNode* node) {
  std::string_view content = FindAttr(node, "content");
  if (content.empty()) content = FindAttr(node, "datetime");
  if (content.empty()) return;
  for (const char* attr : {"property", "name", "http-equiv", "itemprop"}) {
    std::string_view keys = FindAttr(node, attr);
    while (!keys.empty()) {
      size_t space = keys.find(' ');
      std::string_view key = keys.substr(0, space);
      if (!key.empty()) page_.meta.push_back({Lowered(key), std::string(content)});
      if (space == std::string_view::npos) break;
      keys.remove_prefix(space + 1);
    }
  }
}

bool PageWalker::EnterHeadElement(xmlNode* node, std::string_view name) {
  if (name == "title") {
    if (page_.title_tag.empty()) page_.title_tag = TextOf(node);
    return true;
  }
  if (name == "meta") {
    RecordMeta(node);
    return true;
  }
  if (name == "link") {
    if (ContainsFolded(FindAttr(node, "rel"), "canonical") && page_.canonical.empty()) {
      page_.canonical = FindAttr(node, "href");
    }
    return true;
  }
  if (name == "script") {
    if (ContainsFolded(FindAttr(node, "type"), "ld+json")) page_.json_ld.push_back(TextOf(node));
    return true;
  }
  return false;
}

HtmlElement PageWalker::Describe(const xmlNode* node, HtmlTag tag, uint32_t depth) const {
  HtmlElement e;
  e.parent = current_element_;
  e.depth = depth;
  e.tag = tag;
  e.marker = MarkerFromTag(tag);
  e.signature = Signature(tag, "");
  if (tag == HtmlTag::kArticle || tag == HtmlTag::kMain) e.hint = ContentHint::kArticleTag;
  for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    std::string_view name = NameOf(reinterpret_cast<const xmlNode*>(a));
    std::string_view value = AttrValue(a);
    if (name == "class") e.signature = Signature(tag, value);
    // Component names in data attributes (React and friends) say what class names would.
    bool component = name == "data-testid" || name == "data-component" || name == "data-module";
    if (name == "class" || name == "id" || component) {
      if (e.marker == BoilerplateMarker::kNone) e.marker = MarkerFromClassOrId(value);
      if (e.hint == ContentHint::kNone) e.hint = HintFromClassOrId(value);
    } else if (name == "role") {
      if (e.marker == BoilerplateMarker::kNone) e.marker = MarkerFromRole(value);
      if (value == "main" || value == "article") e.hint = ContentHint::kArticleTag;
    } else if (name == "itemprop") {
      if (ContainsFolded(value, "articlebody")) e.hint = ContentHint::kArticleBody;
    }
  }
  if (e.hint == ContentHint::kArticleBody) e.marker = BoilerplateMarker::kNone;
  e.block = IsBlockLevel(tag) || e.marker != BoilerplateMarker::kNone;
  return e;
}

void PageWalker::Push(xmlNode* node, const HtmlElement& e) {
  node->_private = reinterpret_cast<void*>(static_cast<intptr_t>(page_.elements.size()) + 1);
  current_element_ = static_cast<int32_t>(page_.elements.size());
  page_.elements.push_back(e);
}

bool PageWalker::Enter(xmlNode* node, uint32_t depth) {
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
    if (node->content != nullptr) AppendText(reinterpret_cast<const char*>(node->content));
    return false;
  }
  if (node->type != XML_ELEMENT_NODE) return false;
  std::string_view name = NameOf(node);
  if (EnterHeadElement(node, name)) return false;
  HtmlTag tag = TagFromName(name);
  if (IsHidden(node)) return false;
  if (name == "img" || name == "picture" || name == "video") image_pending_ = true;
  if (tag == HtmlTag::kSkipped) return false;
  if (tag == HtmlTag::kBr) {
    LineBreak();
    return false;
  }
  if (depth > max_depth_) {
    page_.truncated = true;
    return false;
  }
  if (depth > page_.deepest) page_.deepest = depth;
  HtmlElement element = Describe(node, tag, depth);
  if (element.block) Flush();
  Push(node, element);
  if (element.block) open_blocks_.push_back(current_element_);
  if (tag == HtmlTag::kHr) Flush();
  if (tag == HtmlTag::kA) {
    ++link_depth_;
    ++block_.links;
  }
  if (tag == HtmlTag::kTime) {
    std::string_view datetime = FindAttr(node, "datetime");
    bool published = HasAttr(node, "pubdate") ||
                     ContainsFolded(FindAttr(node, "itemprop"), "datepublished") ||
                     ContainsFolded(FindAttr(node, "class"), "publish");
    page_.times.push_back(
        {datetime.empty() ? TextOf(node) : std::string(datetime), current_element_, published});
  }
  return true;
}

void PageWalker::Leave(xmlNode* node) {
  if (node->type != XML_ELEMENT_NODE || node->_private == nullptr) return;
  auto index = static_cast<int32_t>(reinterpret_cast<intptr_t>(node->_private) - 1);
  node->_private = nullptr;
  const HtmlElement& e = page_.elements[index];
  if (e.tag == HtmlTag::kA && link_depth_ > 0) --link_depth_;
  if (e.block) {
    Flush();
    if (!open_blocks_.empty()) open_blocks_.pop_back();
  }
  current_element_ = e.parent;
}

void PageWalker::AppendText(std::string_view text) {
  std::string& out = block_.text;
  size_t before = out.size();
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool nbsp = c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0';
    if (IsZeroWidth(text, i)) {
      i += 2;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || nbsp) {
      pending_space_ = true;
      i += nbsp ? 1 : 0;
      continue;
    }
    if (pending_space_ && !out.empty() && out.back() != '\n') out.push_back(' ');
    pending_space_ = false;
    out.push_back(c);
  }
  if (link_depth_ > 0) block_.link_bytes += static_cast<uint32_t>(out.size() - before);
}

// One <br> is a line break inside the paragraph; two in a row end the paragraph.
void PageWalker::LineBreak() {
  pending_space_ = false;
  std::string& out = block_.text;
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.empty()) return;
  if (out.back() == '\n') return Flush();
  out.push_back('\n');
}

void PageWalker::Flush() {
  std::string& out = block_.text;
  while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
  if (!out.empty()) {
    block_.element = open_blocks_.empty() ? current_element_ : open_blocks_.back();
    if (block_.link_bytes > out.size()) block_.link_bytes = static_cast<uint32_t>(out.size());
    block_.after_image = image_pending_;
    image_pending_ = false;
    page_.blocks.push_back(std::move(block_));
  }
  block_ = HtmlBlock{};
  pending_space_ = false;
}

}  // namespace

HtmlPage ParseHtmlPage(std::string_view utf8_html, uint32_t max_depth) {
  HtmlPage page;
  if (utf8_html.empty() || utf8_html.size() > static_cast<size_t>(INT_MAX)) return page;
  int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                HTML_PARSE_COMPACT | HTML_PARSE_NOIMPLIED | HTML_PARSE_IGNORE_ENC;
  htmlDocPtr doc = htmlReadMemory(utf8_html.data(), static_cast<int>(utf8_html.size()), nullptr,
                                  "UTF-8", options);
  if (doc == nullptr) return page;
  xmlNode* root = xmlDocGetRootElement(doc);
  if (root != nullptr) {
    PageWalker walker(page, max_depth);
    // Siblings of the root element (stray top-level nodes) are walked too.
    for (xmlNode* top = doc->children; top != nullptr; top = top->next) walker.Walk(top);
  }
  // libxml2 itself drops elements nested deeper than its own limit (256 without
  // XML_PARSE_HUGE); reaching it means content was cut.
  if (page.deepest + 1 >= kLibxmlDepthLimit) page.truncated = true;
  xmlFreeDoc(doc);
  return page;
}

}  // namespace storyline::clean
