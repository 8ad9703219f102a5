#include "clean/html_metadata.h"

#include <array>
#include <cstdio>

#include "clean/html_jsonld.h"
#include "clean/html_scoring.h"

namespace storyline::clean {

namespace {

// Meta names that carry the publication time, best first.
constexpr std::array<std::string_view, 17> kDateMetaNames = {"article:published_time",
                                                             "og:article:published_time",
                                                             "datepublished",
                                                             "article.published",
                                                             "parsely-pub-date",
                                                             "sailthru.date",
                                                             "dc.date.issued",
                                                             "dcterms.issued",
                                                             "dc.date",
                                                             "dcterms.date",
                                                             "pubdate",
                                                             "publishdate",
                                                             "publish-date",
                                                             "date",
                                                             "displaydate",
                                                             "original-publish-date",
                                                             "dc.date.created"};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\t')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t')) {
    s.remove_suffix(1);
  }
  return s;
}

// Reads exactly n digits at s[pos]; -1 when they are not there.
int Digits(std::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) return -1;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (!IsDigit(s[i])) return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

bool ValidDate(int y, int m, int d) {
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

std::string FormatDate(int y, int m, int d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// "+05:30", "-0500", "Z" at s[pos] -> "+05:30"/"Z"; "" when absent or unreadable.
std::string Offset(std::string_view s, size_t pos) {
  if (pos >= s.size()) return "";
  if (s[pos] == 'Z' || s[pos] == 'z') return "Z";
  if (s[pos] != '+' && s[pos] != '-') return "";
  int h = Digits(s, pos + 1, 2);
  size_t mpos = pos + 3 + (pos + 3 < s.size() && s[pos + 3] == ':' ? 1 : 0);
  int m = Digits(s, mpos, 2);
  if (h < 0 || h > 14) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%c%02d:%02d", s[pos], h, m < 0 ? 0 : m);
  return buf;
}

// "2019-11-18", "2019-11-18T10:05", "2019-11-18 10:05:07.123-05:00", "20191118".
std::optional<std::string> ParseIsoLike(std::string_view s) {
  int y = Digits(s, 0, 4);
  bool dashed = s.size() >= 10 && s[4] == '-' && s[7] == '-';
  int m = Digits(s, dashed ? 5 : 4, 2);
  int d = Digits(s, dashed ? 8 : 6, 2);
  if (!ValidDate(y, m, d)) return std::nullopt;
  std::string out = FormatDate(y, m, d);
  size_t pos = dashed ? 10 : 8;
  if (pos < s.size() && IsDigit(s[pos])) return std::nullopt;
  if (pos >= s.size() || (s[pos] != 'T' && s[pos] != ' ')) return out;
  int hh = Digits(s, pos + 1, 2);
  int mm = s.size() > pos + 3 && s[pos + 3] == ':' ? Digits(s, pos + 4, 2) : -1;
  if (hh < 0 || hh > 23 || mm < 0 || mm > 59) return out;
  int ss = 0;
  pos += 6;
  if (pos < s.size() && s[pos] == ':') {
    ss = Digits(s, pos + 1, 2);
    if (ss < 0 || ss > 60) return out;
    pos += 3;
  }
  while (pos < s.size() && (s[pos] == '.' || IsDigit(s[pos]))) ++pos;
  while (pos < s.size() && s[pos] == ' ') ++pos;
  char buf[32];
  std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", hh, mm, ss);
  return out + buf + Offset(s, pos);
}

int MonthFromName(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  if (word.size() < 3) return 0;
  char a[3];
  for (int i = 0; i < 3; ++i) a[i] = static_cast<char>(word[i] | 0x20);
  for (int i = 0; i < 12; ++i) {
    if (std::string_view(a, 3) == kMonths[i]) return i + 1;
  }
  return 0;
}

// "Mon, 18 Nov 2019 15:05:00 GMT", "November 18, 2019", "18 November 2019": the date only.
std::optional<std::string> ParseWrittenDate(std::string_view s) {
  int day = 0, month = 0, year = 0;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !IsDigit(s[i]) && !((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')) ++i;
    size_t start = i;
    if (i < s.size() && IsDigit(s[i])) {
      while (i < s.size() && IsDigit(s[i])) ++i;
      int v = Digits(s, start, i - start);
      if (i - start == 4 && year == 0)
        year = v;
      else if (i - start <= 2 && day == 0 && (i >= s.size() || s[i] != ':'))
        day = v;
      else if (i < s.size() && s[i] == ':')
        break;
    } else {
      while (i < s.size() && ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')) ++i;
      if (month == 0) month = MonthFromName(s.substr(start, i - start));
    }
  }
  if (!ValidDate(year, month, day)) return std::nullopt;
  return FormatDate(year, month, day);
}

const std::string* MetaValue(const HtmlPage& page, std::string_view key) {
  for (const HtmlMetaTag& m : page.meta) {
    if (m.key == key) return &m.content;
  }
  return nullptr;
}

PublishedDate NoDate() {
  return {std::nullopt, "no publication date in JSON-LD, meta tags or <time> elements"};
}

PublishedDate DateFromTimes(const HtmlPage& page, int32_t article) {
  for (int pass = 0; pass < 2; ++pass) {
    for (const HtmlTimeElement& t : page.times) {
      bool inside = article >= 0 && IsInside(page, t.element, article);
      if (pass == 0 ? !t.published_hint : !inside) continue;
      if (auto v = NormalizeIsoDate(t.datetime)) {
        return {*v, pass == 0 ? "<time> marked as the publication time"
                              : "<time datetime> inside the article"};
      }
    }
  }
  // Last resort: every <time> on the page names the same day.
  std::optional<std::string> only;
  for (const HtmlTimeElement& t : page.times) {
    std::optional<std::string> v = NormalizeIsoDate(t.datetime);
    if (!v) continue;
    if (only && only->substr(0, 10) != v->substr(0, 10)) return NoDate();
    if (!only) only = v;
  }
  if (only) return {*only, "the only date the page's <time> elements give"};
  return NoDate();
}

PublishedDate FindPublished(const HtmlPage& page, const JsonLdArticle& ld, int32_t article) {
  if (auto v = NormalizeIsoDate(ld.date_published)) return {*v, "JSON-LD datePublished"};
  for (std::string_view name : kDateMetaNames) {
    const std::string* content = MetaValue(page, name);
    if (content == nullptr) continue;
    if (auto v = NormalizeIsoDate(*content)) return {*v, "meta " + std::string(name)};
  }
  return DateFromTimes(page, article);
}

std::string FirstHeading(const HtmlPage& page) {
  for (const HtmlBlock& b : page.blocks) {
    if (b.element >= 0 && page.elements[b.element].tag == HtmlTag::kH1) return b.text;
  }
  return "";
}

std::string CollapseSpaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : Trim(s)) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string FindTitle(const HtmlPage& page, const JsonLdArticle& ld, std::string_view outlet) {
  const std::string* og = MetaValue(page, "og:title");
  if (og == nullptr) og = MetaValue(page, "twitter:title");
  std::string title;
  if (og != nullptr) title = *og;
  if (title.empty()) title = ld.headline;
  if (title.empty()) title = FirstHeading(page);
  if (title.empty()) title = page.title_tag;
  return StripSiteSuffix(CollapseSpaces(title), outlet);
}

size_t CountWords(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace

std::optional<std::string> NormalizeIsoDate(std::string_view raw) {
  std::string_view s = Trim(raw);
  if (s.size() < 8) return std::nullopt;
  if (IsDigit(s[0]) && IsDigit(s[3])) {
    if (auto v = ParseIsoLike(s)) return v;
  }
  return ParseWrittenDate(s);
}

std::string StripSiteSuffix(std::string_view title, std::string_view outlet) {
  static constexpr std::array<std::string_view, 5> kSeparators = {" | ", " - ", " – ", " — ",
                                                                  " :: "};
  for (std::string_view sep : kSeparators) {
    size_t cut = title.rfind(sep);
    if (cut == std::string_view::npos || cut == 0) continue;
    std::string_view head = title.substr(0, cut);
    std::string_view tail = Trim(title.substr(cut + sep.size()));
    bool names_outlet = !outlet.empty() && tail == outlet;
    bool site_like =
        CountWords(tail) <= 4 && CountWords(head) >= 2 * CountWords(tail) && CountWords(head) >= 3;
    if (names_outlet || site_like) return StripSiteSuffix(Trim(head), outlet);
  }
  return std::string(title);
}

PageMetadata ReadPageMetadata(const HtmlPage& page, const JsonLdArticle& ld, int32_t article) {
  PageMetadata meta;
  if (const std::string* site = MetaValue(page, "og:site_name"))
    meta.outlet = CollapseSpaces(*site);
  if (meta.outlet.empty()) meta.outlet = CollapseSpaces(ld.publisher);
  meta.title = FindTitle(page, ld, meta.outlet);
  meta.published = FindPublished(page, ld, article);
  meta.url = page.canonical;
  if (meta.url.empty()) {
    if (const std::string* og = MetaValue(page, "og:url")) meta.url = *og;
  }
  if (meta.url.empty()) meta.url = ld.url;
  return meta;
}

}  // namespace storyline::clean
