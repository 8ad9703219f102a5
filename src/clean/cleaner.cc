#include "clean/cleaner.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "clean/article.h"
#include "clean/dates.h"
#include "clean/encoding.h"
#include "clean/html_extract.h"
#include "clean/language.h"
#include "clean/text_clean.h"
#include "clean/text_reflow.h"
#include "core/digest.h"

namespace storyline::clean {

namespace {

// The first `budget` bytes of a paragraph, cut back to a space so no word (or UTF-8 sequence) is
// split. CLD2 costs ~60 ns a byte here, more than all the rest of cleaning, and a paragraph's
// language shows in its first sentence or two.
std::string_view LanguageSample(std::string_view text, size_t budget) {
  if (text.size() <= budget) return text;
  size_t cut = text.rfind(' ', budget);
  if (cut == std::string_view::npos || cut < budget / 2) {
    cut = budget;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  }
  return text.substr(0, cut);
}

// Per-paragraph languages, and the document language as the byte-weighted majority of the
// paragraphs long enough to judge. Pages mix a site's chrome language with the article's, so the
// document language is judged on the kept body only.
void IdentifyLanguages(Document& doc, const CleanOptions& options) {
  std::map<std::string, size_t> bytes_by_language;
  size_t judged = 0;
  for (Paragraph& p : doc.paragraphs) {
    std::string_view text = std::string_view(doc.text).substr(p.span.start, p.span.size());
    if (text.size() < options.min_language_bytes) continue;
    LanguageGuess guess = DetectLanguage(LanguageSample(text, options.language_sample_bytes));
    p.language = guess.code;
    if (guess.code != "und") {
      bytes_by_language[guess.code] += text.size();
      judged += text.size();
    }
  }
  // The document language is the byte-weighted majority of the judged paragraphs; only when no
  // paragraph was long enough is the whole text judged at once (one CLD2 pass, not two).
  doc.language = "und";
  size_t best = 0;
  for (const auto& [code, bytes] : bytes_by_language) {
    if (bytes > best) {
      best = bytes;
      doc.language = code;
    }
  }
  if (judged == 0) doc.language = DetectLanguage(doc.text).code;
  // Short paragraphs inherit the document's language.
  for (Paragraph& p : doc.paragraphs) {
    if (p.language.empty() || p.language == "und") p.language = doc.language;
  }
  if (judged == 0) return;
  for (const auto& [code, bytes] : bytes_by_language) {
    if (code == doc.language) continue;
    double share = static_cast<double>(bytes) / static_cast<double>(judged);
    if (share >= 0.2) {
      doc.AddFlag("mixed_language", std::to_string(static_cast<int>(share * 100 + 0.5)) +
                                        "% of the judged text is '" + code +
                                        "', the rest mostly '" + doc.language + "'");
      break;
    }
  }
}

// A removed block that is nothing but a date, perhaps with a label or weekday ("Today: Friday,
// 16 May 2025"): the shape of a page's own "today" date in a header or sidebar.
std::optional<CalendarDate> DateOnlyBlock(std::string_view text) {
  if (text.size() > 60) return std::nullopt;
  std::vector<DateMatch> dates = FindDates(text);
  if (dates.size() != 1) return std::nullopt;
  size_t words_outside = 0;
  bool in_word = false;
  for (size_t i = 0; i < text.size(); ++i) {
    bool inside = i >= dates[0].start && i < dates[0].end;
    bool letter = !inside && (std::isalpha(static_cast<unsigned char>(text[i])) ||
                              static_cast<unsigned char>(text[i]) >= 0x80);
    if (letter && !in_word) ++words_outside;
    in_word = letter;
  }
  if (words_outside > 2) return std::nullopt;
  return dates[0].date;
}

// The page shows a date of its own (cut as chrome) that is not the article's: a reader or a
// scraper that took the page date would misdate the story. A list of several different chrome
// dates (an archive) is not one page date, and says nothing.
void FlagPageDateConflict(Document& doc) {
  if (!doc.published.value || doc.HasFlag("page_date_conflict")) return;
  std::optional<CalendarDate> published = ParseDate(doc.published.value->substr(0, 10));
  if (!published) return;
  std::optional<CalendarDate> page_date;
  const RemovedBlock* evidence = nullptr;
  for (const RemovedBlock& r : doc.removed) {
    std::optional<CalendarDate> date = DateOnlyBlock(r.text);
    if (!date || *date == *published) continue;
    if (page_date && !(*page_date == *date)) return;  // several different dates: an archive list
    page_date = date;
    evidence = &r;
  }
  if (!page_date) return;
  doc.AddFlag("page_date_conflict", "the page shows \"" + evidence->text + "\" (" +
                                        page_date->Iso() + ") but the article is dated " +
                                        published->Iso() + " (" + doc.published.evidence + ")");
}

void SetQualityFlags(Document& doc, const CleanOptions& options) {
  FlagPageDateConflict(doc);
  size_t removed_bytes = 0;
  for (const RemovedBlock& r : doc.removed) removed_bytes += r.text.size();
  if (doc.text.empty()) {
    doc.AddFlag("empty_after_cleaning", "no article text survived; " +
                                            std::to_string(doc.removed.size()) + " blocks removed");
  } else if (static_cast<double>(removed_bytes) >
             options.boilerplate_heavy_ratio * static_cast<double>(doc.text.size())) {
    doc.AddFlag("boilerplate_heavy", std::to_string(removed_bytes) + " bytes removed for " +
                                         std::to_string(doc.text.size()) + " kept");
  }
  size_t spam_blocks = 0;
  for (const RemovedBlock& r : doc.removed) spam_blocks += r.reason == "link_spam";
  if (spam_blocks >= 3) {
    doc.AddFlag("link_spam", std::to_string(spam_blocks) + " link-spam lines removed");
  }
}

// A date the input record gave: kept as written when it is already ISO-8601, else read as a
// date in any common form ("26-FEB-1987 15:01:01.79", "March 3, 2025"); unreadable stays unknown.
PublishedDate PublishedFromRecord(const std::string& given) {
  static const RE2 kIso(
      R"(\d{4}-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)");
  if (RE2::FullMatch(given, kIso)) return {given, "given by the input record"};
  // Archives also join day, month name and year with dashes ("26-FEB-1987").
  std::string spaced = given;
  std::replace(spaced.begin(), spaced.end(), '-', ' ');
  for (const std::string& form : {given, spaced}) {
    if (std::optional<CalendarDate> date = ParseDate(form)) {
      return {date->Iso(), "input record's date \"" + given + "\""};
    }
  }
  return {std::nullopt, "input record's date \"" + given + "\" is not a date storyline can read"};
}

// Hard-wrapped text (newswire archives) is re-joined into paragraphs before the line cleaner
// judges it, so no sentence fragment is mistaken for a menu line.
ExtractedArticle CleanPlainText(const std::string& text) {
  if (std::optional<std::string> reflowed = ReflowHardWrapped(text)) {
    return CleanScrapedText(*reflowed);
  }
  return CleanScrapedText(text);
}

// A body the user vouched for: kept whole, trimmed, paragraphs at blank lines.
ExtractedArticle GivenBody(std::string text) {
  ExtractedArticle article;
  size_t begin = text.find_first_not_of(" \t\r\n");
  size_t end = text.find_last_not_of(" \t\r\n");
  article.text = begin == std::string::npos ? "" : text.substr(begin, end + 1 - begin);
  const std::string& body = article.text;
  size_t start = 0;
  while (start < body.size()) {
    size_t gap = body.find("\n\n", start);
    size_t stop = gap == std::string::npos ? body.size() : gap;
    size_t last = stop;
    while (last > start && (body[last - 1] == ' ' || body[last - 1] == '\r')) --last;
    if (last > start) {
      article.paragraphs.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(last)});
    }
    if (gap == std::string::npos) break;
    start = body.find_first_not_of("\r\n", gap);
    if (start == std::string::npos) break;
  }
  article.published.evidence = "no date in the record";
  return article;
}

HtmlExtractOptions HtmlOptions(const CleanOptions& options) {
  HtmlExtractOptions html;
  html.keep_standfirst = options.keep_standfirst;
  return html;
}

}  // namespace

Document Clean(const readers::RawItem& item, const CleanOptions& options) {
  Document doc;
  doc.source = item.source;
  doc.url = item.url;
  doc.outlet = item.outlet;
  doc.title = item.title;
  doc.format = item.format == readers::Format::kHtml ? "html" : "text";
  doc.raw_bytes = item.bytes.size();
  doc.digest = DigestOf(item.bytes);
  doc.id = item.id.empty() ? ContentId(item.bytes) : item.id;
  if (item.error) {
    doc.error = *item.error;
    return doc;
  }
  if (item.truncated) doc.AddFlag("truncated", item.truncation_evidence);

  DecodedText decoded =
      DecodeToUtf8(item.bytes, item.declared_charset, item.format == readers::Format::kHtml);
  doc.charset = decoded.charset;
  if (decoded.repaired) doc.AddFlag("encoding_repaired", decoded.evidence);

  ExtractedArticle article;
  if (item.format == readers::Format::kHtml) {
    article = ExtractHtmlArticle(decoded.text, HtmlOptions(options));
  } else if (item.body_given && !options.clean_given_bodies) {
    article = GivenBody(std::move(decoded.text));
  } else {
    article = CleanPlainText(decoded.text);
  }
  doc.text = std::move(article.text);
  doc.removed = std::move(article.removed);
  doc.paragraphs.reserve(article.paragraphs.size());
  for (const ByteSpan& span : article.paragraphs) doc.paragraphs.push_back({span, "und"});
  // Container metadata (JSONL fields, WARC headers) is what the user gave us: it wins.
  if (doc.title.empty()) doc.title = std::move(article.title);
  if (doc.url.empty()) doc.url = std::move(article.url);
  if (doc.outlet.empty()) doc.outlet = std::move(article.outlet);
  if (!item.published.empty()) {
    doc.published = PublishedFromRecord(item.published);
  } else {
    doc.published = std::move(article.published);
  }
  for (Flag& f : article.flags) doc.AddFlag(std::move(f.name), std::move(f.evidence), f.related);

  IdentifyLanguages(doc, options);
  SetQualityFlags(doc, options);
  return doc;
}

}  // namespace storyline::clean
