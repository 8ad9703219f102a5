// Golden tests of `storyline clean` on the example corpus against its specification.
//
// tests/golden/corpus_spec.json is the machine form of examples/corpus/README.md ("Expected
// outcome of cleaning, file by file"): per document the title, publication date, paragraph
// count, first and last paragraph, distinctive sentences from the middle and every junk line.
// Each check is its own parameterised test (CorpusSpec/<Check>/<document>), so one failure never
// hides another and the failures per check kind can be counted. Global invariants (spans, UTF-8,
// NFC, decoding of legacy charsets, the run's summary line) hold for every record.
//
// The checks are plain functions returning an empty string on success and a message naming the
// document and what differed otherwise; they have unit tests of their own on hand-made records.
#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "corpus_run.h"

namespace {

using nlohmann::json;
namespace fs = std::filesystem;

// ---------------------------------------------------------------------------------------------
// The specification.

struct Expectation {
  std::string id;         // the record's id
  std::string match_url;  // when set, the record's url must equal it (WARC-Target-URI)
  std::string title;
  std::optional<std::string> published;  // ISO date or date-time; nullopt = must be null
  int paragraphs = 0;
  std::string first_paragraph;
  std::string last_paragraph;
  std::vector<std::string> junk;
  std::vector<std::string> must_contain;
  std::string language;

  std::string Key() const { return id; }
};

struct CorpusSpec {
  int expected_documents = 0;
  std::vector<Expectation> documents;
};

Expectation ExpectationFromJson(const json& j) {
  Expectation e;
  e.id = j.value("id", "");
  e.match_url = j.value("match_url", "");
  e.title = j.at("title").get<std::string>();
  if (!j.at("published").is_null()) e.published = j.at("published").get<std::string>();
  e.paragraphs = j.at("paragraphs").get<int>();
  e.first_paragraph = j.at("first_paragraph").get<std::string>();
  e.last_paragraph = j.at("last_paragraph").get<std::string>();
  e.junk = j.at("junk").get<std::vector<std::string>>();
  e.must_contain = j.value("must_contain", std::vector<std::string>{});
  e.language = j.at("language").get<std::string>();
  return e;
}

const CorpusSpec& Spec() {
  static const CorpusSpec spec = [] {
    CorpusSpec s;
    fs::path path = fs::path(STORYLINE_SOURCE_DIR) / "tests/golden/corpus_spec.json";
    json j = json::parse(storyline_golden::ReadWholeFile(path));
    s.expected_documents = j.at("expected_documents").get<int>();
    for (const json& d : j.at("documents")) s.documents.push_back(ExpectationFromJson(d));
    return s;
  }();
  return spec;
}

// ---------------------------------------------------------------------------------------------
// Text helpers.

// Cuts `s` to about `limit` bytes on a UTF-8 boundary, marking the cut.
std::string Truncate(const std::string& s, size_t limit = 200) {
  if (s.size() <= limit) return s;
  size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "…[" + std::to_string(s.size()) + " bytes]";
}

std::string Quoted(const std::string& s) { return "\"" + Truncate(s) + "\""; }

// Collapses runs of whitespace (ASCII, no-break space U+00A0, thin spaces U+2009/U+202F) into one
// space and trims both ends.
std::string NormalizeSpace(const std::string& s) {
  std::string out;
  bool pending_space = false;
  for (size_t i = 0; i < s.size();) {
    size_t width = 0;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      width = 1;
    } else if (s.compare(i, 2, "\xC2\xA0") == 0) {
      width = 2;
    } else if (s.compare(i, 3, "\xE2\x80\x89") == 0 || s.compare(i, 3, "\xE2\x80\xAF") == 0) {
      width = 3;
    }
    if (width) {
      pending_space = true;
      i += width;
      continue;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out += s[i++];
  }
  return out;
}

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// Paragraphs of `text` as the schema defines them: blocks separated by blank lines, each
// whitespace-normalised (a block's inner line breaks become spaces).
std::vector<std::string> SplitParagraphs(const std::string& text) {
  std::vector<std::string> paragraphs;
  std::string block;
  for (const std::string& line : SplitLines(text)) {
    if (NormalizeSpace(line).empty()) {
      if (!NormalizeSpace(block).empty()) paragraphs.push_back(NormalizeSpace(block));
      block.clear();
    } else {
      block += line + "\n";
    }
  }
  if (!NormalizeSpace(block).empty()) paragraphs.push_back(NormalizeSpace(block));
  return paragraphs;
}

// Strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF). Returns the byte
// offset of the first invalid sequence, or nullopt when the whole string is valid.
std::optional<size_t> FirstInvalidUtf8(const std::string& s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n;
    uint32_t cp;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      n = 2, cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      n = 3, cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      n = 4, cp = c & 0x07;
    } else {
      return i;
    }
    if (i + n > s.size()) return i;
    for (size_t k = 1; k < n; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (cc & 0x3F);
    }
    static const uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += n;
  }
  return std::nullopt;
}

bool OnUtf8Boundary(const std::string& s, size_t offset) {
  return offset == s.size() ||
         (offset < s.size() && (static_cast<unsigned char>(s[offset]) & 0xC0) != 0x80);
}

bool IsNfc(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return false;
  bool normalized = nfc->isNormalized(icu::UnicodeString::fromUTF8(s), status);
  return U_SUCCESS(status) && normalized;
}

// ---------------------------------------------------------------------------------------------
// Published dates.

struct IsoTime {
  std::string date;                 // YYYY-MM-DD as written (the local date)
  std::optional<std::string> time;  // hh:mm:ss as written (local), seconds defaulted to 00
  std::optional<int> offset_minutes;
};

std::optional<IsoTime> ParseIso(const std::string& s) {
  static const std::regex kIso(
      R"(^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$)");
  std::smatch m;
  if (!std::regex_match(s, m, kIso)) return std::nullopt;
  IsoTime t;
  t.date = m[1];
  if (m[2].matched) {
    t.time = m[2].str() + ":" + m[3].str() + ":" + (m[4].matched ? m[4].str() : "00");
    if (m[5].matched) {
      std::string z = m[5];
      if (z == "Z") {
        t.offset_minutes = 0;
      } else {
        std::string digits = z.substr(1);
        digits.erase(std::remove(digits.begin(), digits.end(), ':'), digits.end());
        int minutes = std::stoi(digits.substr(0, 2)) * 60 + std::stoi(digits.substr(2, 2));
        t.offset_minutes = z[0] == '-' ? -minutes : minutes;
      }
    }
  }
  return t;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

int64_t UtcSeconds(const IsoTime& t) {
  int64_t days = DaysFromCivil(std::stoi(t.date.substr(0, 4)), std::stoi(t.date.substr(5, 2)),
                               std::stoi(t.date.substr(8, 2)));
  int64_t seconds = std::stoi(t.time->substr(0, 2)) * 3600 + std::stoi(t.time->substr(3, 2)) * 60 +
                    std::stoi(t.time->substr(6, 2));
  return days * 86400 + seconds - int64_t{*t.offset_minutes} * 60;
}

// The README's rule: a date-only expectation matches any answer on that day; a full timestamp
// expectation matches the same instant (any offset) or a date-only answer on its (local) day.
bool PublishedMatches(const std::optional<std::string>& expected, const json& actual) {
  if (!expected) return actual.is_null();
  if (!actual.is_string()) return false;
  std::optional<IsoTime> want = ParseIso(*expected);
  std::optional<IsoTime> got = ParseIso(actual.get<std::string>());
  if (!want || !got) return false;
  if (!want->time || !got->time) return want->date == got->date;
  if (want->offset_minutes && got->offset_minutes) return UtcSeconds(*want) == UtcSeconds(*got);
  return want->date == got->date && want->time == got->time;  // a local time without offset
}

// ---------------------------------------------------------------------------------------------
// The checks. Each returns "" when the record meets the expectation, else what differed.

const json* FindRecord(const std::vector<json>& records, const Expectation& e) {
  for (const json& r : records) {
    if (r.is_object() && r.value("id", "") == e.id) return &r;
  }
  return nullptr;
}

// The string field `key` of `r`, or "" when absent or not a string.
std::string StringField(const json& r, const char* key) {
  return r.contains(key) && r[key].is_string() ? r[key].get<std::string>() : "";
}

std::string TextOf(const json& r) { return StringField(r, "text"); }

std::string CheckNoError(const json& r) {
  if (!r.contains("error") || r["error"].is_null()) return "";
  return "record has error " + Quoted(r["error"].dump());
}

std::string CheckUrl(const json& r, const Expectation& e) {
  if (e.match_url.empty() || StringField(r, "url") == e.match_url) return "";
  return "url: expected " + Quoted(e.match_url) + ", got " + Quoted(StringField(r, "url"));
}

std::string CheckTitle(const json& r, const Expectation& e) {
  std::string got = StringField(r, "title");
  if (NormalizeSpace(got) == NormalizeSpace(e.title)) return "";
  return "title: expected " + Quoted(e.title) + ", got " + Quoted(got);
}

std::string CheckPublished(const json& r, const Expectation& e) {
  json value = r.contains("published") && r["published"].is_object()
                   ? r["published"].value("value", json(nullptr))
                   : json("<no published object>");
  if (PublishedMatches(e.published, value)) return "";
  std::string evidence = r.contains("published") && r["published"].is_object()
                             ? r["published"].value("evidence", "")
                             : "";
  return "published: expected " + (e.published ? *e.published : std::string("null")) + ", got " +
         value.dump() + " (evidence " + Quoted(evidence) + ")";
}

// `which` is 0 for the first paragraph, 1 for the last.
std::string CheckEdgeParagraph(const json& r, const std::string& expected, bool last) {
  std::vector<std::string> paragraphs = SplitParagraphs(TextOf(r));
  const char* name = last ? "last paragraph" : "first paragraph";
  if (paragraphs.empty()) return std::string(name) + ": text is empty";
  const std::string& got = last ? paragraphs.back() : paragraphs.front();
  std::string want = NormalizeSpace(expected);
  if (got == want) return "";
  std::string message = std::string(name) + ": expected " + Quoted(want) + ", got " + Quoted(got);
  auto at = std::find(paragraphs.begin(), paragraphs.end(), want);
  std::vector<std::string> lines = SplitLines(TextOf(r));
  bool is_line = std::any_of(lines.begin(), lines.end(),
                             [&](const std::string& l) { return NormalizeSpace(l) == want; });
  if (at != paragraphs.end()) {
    size_t index = at - paragraphs.begin();
    size_t extra = last ? paragraphs.size() - 1 - index : index;
    message += " (the expected paragraph is in text, with " + std::to_string(extra) +
               " paragraph(s) " + (last ? "after" : "before") + " it)";
  } else if (is_line) {
    message +=
        " (the expected paragraph is a line of text, but not separated from its "
        "neighbour by a blank line)";
  } else if (NormalizeSpace(TextOf(r)).find(want) != std::string::npos) {
    message += " (the expected paragraph is inside a longer paragraph)";
  }
  return message;
}

std::string CheckFirstParagraph(const json& r, const Expectation& e) {
  return CheckEdgeParagraph(r, e.first_paragraph, false);
}

std::string CheckLastParagraph(const json& r, const Expectation& e) {
  return CheckEdgeParagraph(r, e.last_paragraph, true);
}

std::string CheckMustContain(const json& r, const Expectation& e) {
  std::string text = NormalizeSpace(TextOf(r));
  std::string missing;
  for (const std::string& sentence : e.must_contain) {
    if (text.find(NormalizeSpace(sentence)) == std::string::npos) {
      missing += "\n  missing " + Quoted(sentence);
    }
  }
  return missing.empty() ? "" : "text lacks body sentences:" + missing;
}

// Short junk lines ("World", "X", "1") are only junk as a line of their own; longer ones (20
// bytes or more) must not appear anywhere, not even glued to a paragraph.
constexpr size_t kJunkSubstringBytes = 20;

std::string CheckNoJunk(const json& r, const Expectation& e) {
  std::string text = NormalizeSpace(TextOf(r));
  std::set<std::string> lines;
  for (const std::string& l : SplitLines(TextOf(r))) lines.insert(NormalizeSpace(l));
  std::string found;
  for (const std::string& junk : e.junk) {
    std::string j = NormalizeSpace(junk);
    if (lines.count(j)) {
      found += "\n  line " + Quoted(j);
    } else if (j.size() >= kJunkSubstringBytes && text.find(j) != std::string::npos) {
      size_t at = text.find(j);
      size_t from = at >= 40 ? at - 40 : 0;
      found += "\n  inside text " + Quoted(j) + " near " + Quoted(text.substr(from, 140));
    }
  }
  return found.empty() ? "" : "junk left in text:" + found;
}

std::string CheckTitleNotInText(const json& r, const Expectation& e) {
  std::string text = NormalizeSpace(TextOf(r));
  size_t at = text.find(NormalizeSpace(e.title));
  if (at == std::string::npos) return "";
  return "title " + Quoted(e.title) + " repeated in text at normalised offset " +
         std::to_string(at);
}

std::string CountMessage(const char* what, size_t got, int expected) {
  if (std::abs(static_cast<long>(got) - expected) <= 1) return "";
  return std::string(what) + ": expected " + std::to_string(expected) + " (±1), got " +
         std::to_string(got);
}

std::string CheckParagraphCount(const json& r, const Expectation& e) {
  std::vector<std::string> paragraphs = SplitParagraphs(TextOf(r));
  std::string message =
      CountMessage("paragraphs in text (blank-line separated)", paragraphs.size(), e.paragraphs);
  if (message.empty()) return "";
  for (size_t i = 0; i < paragraphs.size() && i < 40; ++i) {
    message += "\n  [" + std::to_string(i) + "] " + Truncate(paragraphs[i], 80);
  }
  return message;
}

std::string CheckParagraphLayer(const json& r, const Expectation& e) {
  size_t got = r.contains("paragraphs") && r["paragraphs"].is_array() ? r["paragraphs"].size() : 0;
  return CountMessage("entries in the paragraphs layer", got, e.paragraphs);
}

std::string CheckLanguage(const json& r, const Expectation& e) {
  std::string got = StringField(r, "language");
  if (got == e.language) return "";
  return "language: expected " + Quoted(e.language) + ", got " + Quoted(got);
}

// Global invariant: every `paragraphs` span and `removed` offset lies within text, start <= end,
// both on UTF-8 boundaries.
std::string CheckSpans(const json& r) {
  std::string text = TextOf(r);
  std::string problems;
  for (const char* layer : {"paragraphs", "removed"}) {
    if (!r.contains(layer) || !r[layer].is_array()) {
      problems += std::string("\n  no array \"") + layer + "\"";
      continue;
    }
    for (size_t i = 0; i < r[layer].size(); ++i) {
      const json& span = r[layer][i];
      std::string where = std::string(layer) + "[" + std::to_string(i) + "] ";
      auto offset = [&](const char* key) -> std::optional<size_t> {
        if (!span.contains(key) || !span[key].is_number_integer()) return std::nullopt;
        int64_t value = span[key].get<int64_t>();
        return value < 0 ? std::nullopt : std::optional<size_t>(value);
      };
      if (!offset("start") || !offset("end")) {
        problems +=
            "\n  " + where + "has no non-negative integer start/end: " + Truncate(span.dump());
        continue;
      }
      size_t start = *offset("start"), end = *offset("end");
      if (start > end || end > text.size()) {
        problems += "\n  " + where + std::to_string(start) + ".." + std::to_string(end) +
                    " outside text of " + std::to_string(text.size()) + " bytes";
      } else if (!OnUtf8Boundary(text, start) || !OnUtf8Boundary(text, end)) {
        problems += "\n  " + where + std::to_string(start) + ".." + std::to_string(end) +
                    " splits a UTF-8 character";
      }
    }
  }
  return problems.empty() ? "" : "bad spans:" + problems;
}

// Global invariant: text and title are valid UTF-8, NFC, with no U+FFFD and no mojibake (UTF-8
// decoded as windows-1252/ISO-8859-1 leaves "Ã" and "â€" sequences).
std::string CheckEncoding(const json& r) {
  std::string problems;
  for (const char* field : {"title", "text"}) {
    std::string s = StringField(r, field);
    if (auto bad = FirstInvalidUtf8(s)) {
      problems += std::string("\n  ") + field + ": invalid UTF-8 at byte " + std::to_string(*bad);
      continue;
    }
    if (!IsNfc(s)) problems += std::string("\n  ") + field + ": not NFC";
    for (const char* marker : {"\xEF\xBF\xBD", "\xC3\x83", "\xC3\xA2\xE2\x82\xAC"}) {
      size_t at = s.find(marker);
      if (at == std::string::npos) continue;
      size_t from = at >= 30 ? at - 30 : 0;
      problems += std::string("\n  ") + field + ": replacement character or mojibake near " +
                  Quoted(s.substr(from, 80));
    }
  }
  return problems.empty() ? "" : "encoding:" + problems;
}

// "clean: read N, written N, rejected N, ..." -> the number after `word`, or -1.
long SummaryCount(const std::string& summary, const std::string& word) {
  std::smatch m;
  if (!std::regex_search(summary, m, std::regex("\\b" + word + " (\\d+)"))) return -1;
  return std::stol(m[1]);
}

// ---------------------------------------------------------------------------------------------
// Unit tests of the checks on hand-made records.

Expectation HandMadeExpectation() {
  Expectation e;
  e.id = "99_handmade";
  e.title = "Harbour cranes stand idle";
  e.published = "2025-04-08T22:10:00+02:00";
  e.paragraphs = 3;
  e.first_paragraph = "The port authority said on Tuesday that all twelve cranes would stay idle.";
  e.last_paragraph = "Shipping lines were told to divert to the northern terminal.";
  e.must_contain = {"Engineers from Kallisvik inspected the rails."};
  e.junk = {"World", "Share on Facebook", "Copyright © 2025 The Harbour Times | Powered by CMS"};
  e.language = "en";
  return e;
}

// A record meeting `e` exactly: paragraphs first, must_contain..., filler..., last.
json IdealRecord(const Expectation& e) {
  std::vector<std::string> paragraphs = {e.first_paragraph};
  for (const std::string& s : e.must_contain) paragraphs.push_back(s);
  while (static_cast<int>(paragraphs.size()) < e.paragraphs - 1) paragraphs.push_back("Filler.");
  paragraphs.push_back(e.last_paragraph);
  std::string text;
  json layer = json::array();
  for (const std::string& p : paragraphs) {
    if (!text.empty()) text += "\n\n";
    layer.push_back({{"start", text.size()}, {"end", text.size() + p.size()}, {"language", "en"}});
    text += p;
  }
  return {
      {"id", e.id.empty() ? "x" : e.id},
      {"url", e.match_url.empty() ? json(nullptr) : json(e.match_url)},
      {"title", e.title},
      {"published",
       {{"value", e.published ? json(*e.published) : json(nullptr)}, {"evidence", "hand-made"}}},
      {"language", e.language},
      {"text", text},
      {"paragraphs", layer},
      {"removed", json::array({{{"start", 0}, {"end", 0}, {"text", "World"}, {"reason", "nav"}}})},
      {"error", nullptr}};
}

std::vector<std::string> AllChecks(const json& r, const Expectation& e) {
  return {CheckNoError(r),
          CheckUrl(r, e),
          CheckTitle(r, e),
          CheckPublished(r, e),
          CheckFirstParagraph(r, e),
          CheckLastParagraph(r, e),
          CheckMustContain(r, e),
          CheckNoJunk(r, e),
          CheckTitleNotInText(r, e),
          CheckParagraphCount(r, e),
          CheckParagraphLayer(r, e),
          CheckLanguage(r, e),
          CheckSpans(r),
          CheckEncoding(r)};
}

TEST(CorpusSpecChecks, HandMadeRecordMeetingTheSpecPassesEveryCheck) {
  Expectation e = HandMadeExpectation();
  for (const std::string& message : AllChecks(IdealRecord(e), e)) EXPECT_EQ(message, "");
}

TEST(CorpusSpecChecks, ExtraWhitespaceAndSingleParagraphSlackPass) {
  Expectation e = HandMadeExpectation();
  json r = IdealRecord(e);
  r["title"] = "  Harbour cranes  stand idle\n";
  r["text"] = "  " + r["text"].get<std::string>() + "\n\n\nOne more paragraph.\n";
  r["paragraphs"].push_back({{"start", 0}, {"end", 0}, {"language", "en"}});
  EXPECT_EQ(CheckTitle(r, e), "");
  EXPECT_EQ(CheckFirstParagraph(r, e), "");
  EXPECT_EQ(CheckParagraphCount(r, e), "");  // 4 for 3: within ±1
  EXPECT_EQ(CheckParagraphLayer(r, e), "");
  EXPECT_NE(CheckLastParagraph(r, e), "");  // but the last paragraph is now a different one
}

TEST(CorpusSpecChecks, NearMissesFail) {
  Expectation e = HandMadeExpectation();
  json base = IdealRecord(e);
  std::string text = base["text"];

  json r = base;
  r["title"] = "Harbour cranes stand idle | The Harbour Times";
  EXPECT_NE(CheckTitle(r, e), "");

  r = base;
  r["text"] = e.title + "\n\n" + text;
  EXPECT_NE(CheckTitleNotInText(r, e), "");
  EXPECT_NE(CheckFirstParagraph(r, e), "");

  r = base;  // first paragraph cut short by one word
  r["text"] = "The port authority said on Tuesday that all twelve cranes would stay" +
              text.substr(text.find("\n\n"));
  EXPECT_NE(CheckFirstParagraph(r, e), "");

  r = base;  // paragraphs separated by a single newline: one block, so first and last fail
  r["text"] = std::regex_replace(text, std::regex("\n\n"), "\n");
  EXPECT_NE(CheckFirstParagraph(r, e).find("not separated"), std::string::npos);
  EXPECT_NE(CheckLastParagraph(r, e), "");
  EXPECT_NE(CheckParagraphCount(r, e), "");  // 1 for 3

  r = base;
  r["text"] = text + "\n\nWorld";  // a short junk line on its own
  EXPECT_NE(CheckNoJunk(r, e).find("\"World\""), std::string::npos);
  EXPECT_NE(CheckLastParagraph(r, e).find("1 paragraph(s) after it"), std::string::npos);

  r = base;  // a long junk line glued to a paragraph
  r["text"] = text + " Copyright © 2025 The Harbour Times | Powered by CMS";
  EXPECT_NE(CheckNoJunk(r, e).find("inside text"), std::string::npos);

  r = base;
  r["text"] = std::regex_replace(text, std::regex("Kallisvik"), "Kalisvik");
  EXPECT_NE(CheckMustContain(r, e), "");

  r = base;
  r["language"] = "de";
  EXPECT_NE(CheckLanguage(r, e), "");

  r = base;
  r["paragraphs"] = json::array();
  EXPECT_NE(CheckParagraphLayer(r, e), "");

  r = base;
  e.match_url = "https://www.c9aldonia.example/world/x";
  EXPECT_NE(CheckUrl(r, e), "");  // the hand-made record has url null
  r["url"] = e.match_url;
  EXPECT_EQ(CheckUrl(r, e), "");
  e.match_url.clear();

  r = base;
  r["error"] = "binary file";
  EXPECT_NE(CheckNoError(r), "");
}

TEST(CorpusSpecChecks, ShortJunkWordsInsideSentencesAreNotJunk) {
  Expectation e = HandMadeExpectation();
  json r = IdealRecord(e);
  r["text"] = r["text"].get<std::string>() + "\n\nThe World Bank said nothing.";
  EXPECT_EQ(CheckNoJunk(r, e), "");
}

TEST(CorpusSpecChecks, PublishedFollowsTheReadmeRule) {
  std::optional<std::string> stamp = "2025-04-08T22:10:00+02:00";
  EXPECT_TRUE(PublishedMatches(stamp, "2025-04-08T22:10:00+02:00"));
  EXPECT_TRUE(PublishedMatches(stamp, "2025-04-08T20:10:00Z"));   // same instant
  EXPECT_TRUE(PublishedMatches(stamp, "2025-04-08"));             // date only, same day
  EXPECT_FALSE(PublishedMatches(stamp, "2025-04-08T22:10:00Z"));  // two hours off
  EXPECT_FALSE(PublishedMatches(stamp, "2025-04-09"));            // wrong day
  EXPECT_FALSE(PublishedMatches(stamp, nullptr));
  EXPECT_FALSE(PublishedMatches(stamp, "April 8, 2025"));
  std::optional<std::string> day = "2025-01-22";
  EXPECT_TRUE(PublishedMatches(day, "2025-01-22"));
  EXPECT_TRUE(PublishedMatches(day, "2025-01-22T16:12:00Z"));
  EXPECT_FALSE(PublishedMatches(day, "2025-01-23T00:10:00+02:00"));  // written as the 23rd
  EXPECT_FALSE(PublishedMatches(day, "2025-01-21"));
  EXPECT_TRUE(PublishedMatches(std::nullopt, nullptr));
  EXPECT_FALSE(PublishedMatches(std::nullopt, "2025-05-16"));
  EXPECT_FALSE(PublishedMatches(std::nullopt, ""));
}

TEST(CorpusSpecChecks, SpanAndEncodingInvariants) {
  Expectation e = HandMadeExpectation();
  json r = IdealRecord(e);
  r["text"] = "Grüße aus Kallisvik.";  // "ü" is bytes 2..4, "ß" bytes 4..6
  r["paragraphs"] = json::array({{{"start", 0}, {"end", 22}, {"language", "de"}}});  // 22 bytes
  r["removed"] = json::array({{{"start", 22}, {"end", 22}, {"text", "x"}, {"reason", "nav"}}});
  EXPECT_EQ(CheckSpans(r), "");
  EXPECT_EQ(CheckEncoding(r), "");

  r["paragraphs"][0]["end"] = 23;  // past the end
  EXPECT_NE(CheckSpans(r), "");
  r["paragraphs"][0]["end"] = 3;  // inside "ü"
  EXPECT_NE(CheckSpans(r).find("splits"), std::string::npos);
  r["paragraphs"][0] = {{"start", 5}, {"end", 4}, {"language", "de"}};
  EXPECT_NE(CheckSpans(r), "");
  r["paragraphs"][0] = {{"start", 0}, {"end", 4}, {"language", "de"}};
  r["removed"][0]["start"] = -1;
  EXPECT_NE(CheckSpans(r), "");

  r = IdealRecord(e);
  r["text"] =
      "Gr\xEF\xBF\xBD\xEF\xBF\xBD"
      "e";  // U+FFFD twice
  EXPECT_NE(CheckEncoding(r), "");
  r["text"] =
      "Gr\xC3\x83\xC2\xBC\xC3\x83\xC2\x9F"
      "e";  // "GrÃ¼ÃŸe": UTF-8 read as cp1252
  EXPECT_NE(CheckEncoding(r), "");
  r["text"] = "Rene\xCC\x81";  // e + combining acute: valid UTF-8 but not NFC
  EXPECT_NE(CheckEncoding(r).find("NFC"), std::string::npos);
  EXPECT_EQ(FirstInvalidUtf8("ok \xC3\xA9"), std::nullopt);
  EXPECT_EQ(FirstInvalidUtf8("ab\xC3"), std::optional<size_t>(2));         // cut short
  EXPECT_EQ(FirstInvalidUtf8("a\xC0\xAF"), std::optional<size_t>(1));      // overlong "/"
  EXPECT_EQ(FirstInvalidUtf8("a\xED\xA0\x80"), std::optional<size_t>(1));  // surrogate
  EXPECT_EQ(FirstInvalidUtf8("\xE9t\xE9"), std::optional<size_t>(0));      // Latin-1 bytes
}

TEST(CorpusSpecChecks, SummaryCounts) {
  std::string summary = "clean: read 18, written 18, rejected 0, 0.31 MB in 0.12 s";
  EXPECT_EQ(SummaryCount(summary, "read"), 18);
  EXPECT_EQ(SummaryCount(summary, "rejected"), 0);
  EXPECT_EQ(SummaryCount("clean: done", "read"), -1);
}

// Every spec entry is satisfiable and not self-contradictory: a record built from it (first
// paragraph, must_contain sentences, last paragraph) passes every check. This catches a junk line
// that also occurs in the body, a title quoted inside a body sentence, or a bad date string.
TEST(CorpusSpecChecks, EverySpecEntryIsSelfConsistent) {
  ASSERT_EQ(static_cast<int>(Spec().documents.size()), Spec().expected_documents);
  std::set<std::string> keys;
  for (const Expectation& e : Spec().documents) {
    EXPECT_TRUE(keys.insert(e.Key()).second) << "duplicate spec key " << e.Key();
    EXPECT_FALSE(e.id.empty()) << "spec entry without id: " << e.title;
    if (e.published) {
      EXPECT_TRUE(ParseIso(*e.published)) << e.Key() << ": " << *e.published;
    }
    json ideal = IdealRecord(e);
    for (const std::string& message : AllChecks(ideal, e)) {
      EXPECT_EQ(message, "") << e.Key();
    }
    for (const std::string& junk : e.junk) {  // every junk line, left in, is caught
      json r = ideal;
      r["text"] = TextOf(ideal) + "\n\n" + junk;
      EXPECT_NE(CheckNoJunk(r, e), "") << e.Key() << ": junk line not caught: " << junk;
    }
    json r = ideal;
    r["text"] = e.title + "\n\n" + TextOf(ideal);  // the usual failure: headline kept
    EXPECT_NE(CheckTitleNotInText(r, e), "") << e.Key();
    EXPECT_NE(CheckFirstParagraph(r, e), "") << e.Key();
  }
}

// ---------------------------------------------------------------------------------------------
// The spec, document by document, on the real run.

class CorpusSpecDoc : public ::testing::TestWithParam<size_t> {
 protected:
  const Expectation& Want() const { return Spec().documents[GetParam()]; }

  // The record for this document, or nullptr after recording why the test cannot check it.
  const json* Record() const {
    const storyline_golden::CorpusRun& run = storyline_golden::CorpusCleanRun();
    const json* r = FindRecord(run.records, Want());
    if (!r) ADD_FAILURE() << Want().Key() << ": no output record (see CorpusSpec/Exists)";
    return r;
  }

  void Expect(std::string (*check)(const json&, const Expectation&)) const {
    if (const json* r = Record()) {
      std::string message = check(*r, Want());
      EXPECT_TRUE(message.empty()) << Want().Key() << ": " << message;
    }
  }
};

TEST_P(CorpusSpecDoc, Exists) {
  const storyline_golden::CorpusRun& run = storyline_golden::CorpusCleanRun();
  if (!FindRecord(run.records, Want())) {
    std::string ids;
    for (const json& r : run.records) ids += " " + r.value("id", "?");
    FAIL() << Want().Key() << ": no record with this id; the run wrote " << run.records.size()
           << " records:" << Truncate(ids, 600);
  }
}

TEST_P(CorpusSpecDoc, Url) { Expect(CheckUrl); }

TEST_P(CorpusSpecDoc, NoError) {
  if (const json* r = Record()) {
    std::string message = CheckNoError(*r);
    EXPECT_TRUE(message.empty()) << Want().Key() << ": " << message;
  }
}
TEST_P(CorpusSpecDoc, Title) { Expect(CheckTitle); }
TEST_P(CorpusSpecDoc, Published) { Expect(CheckPublished); }
TEST_P(CorpusSpecDoc, FirstParagraph) { Expect(CheckFirstParagraph); }
TEST_P(CorpusSpecDoc, LastParagraph) { Expect(CheckLastParagraph); }
TEST_P(CorpusSpecDoc, MustContain) { Expect(CheckMustContain); }
TEST_P(CorpusSpecDoc, NoJunk) { Expect(CheckNoJunk); }
TEST_P(CorpusSpecDoc, TitleNotInText) { Expect(CheckTitleNotInText); }
TEST_P(CorpusSpecDoc, ParagraphCount) { Expect(CheckParagraphCount); }
TEST_P(CorpusSpecDoc, ParagraphLayer) { Expect(CheckParagraphLayer); }
TEST_P(CorpusSpecDoc, Language) { Expect(CheckLanguage); }

std::vector<size_t> SpecIndices() {
  std::vector<size_t> indices(Spec().documents.size());
  for (size_t i = 0; i < indices.size(); ++i) indices[i] = i;
  return indices;
}

// "01_meridianwire_kallisvik-first-meeting" -> "01_meridianwire_kallisvik_first_meeting";
// with a match_url, its last path segment is appended ("15_c9aldonia_crawl_2_saltmere_...").
std::string TestName(const ::testing::TestParamInfo<size_t>& info) {
  const Expectation& e = Spec().documents[info.param];
  std::string name = e.id;
  if (!e.match_url.empty()) name += "_" + e.match_url.substr(e.match_url.rfind('/') + 1);
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(CorpusSpec, CorpusSpecDoc, ::testing::ValuesIn(SpecIndices()), TestName);

// ---------------------------------------------------------------------------------------------
// Invariants of the whole run.

TEST(CorpusRun, ExitsCleanlyWithEveryDocumentReadAndNoneRejected) {
  const storyline_golden::CorpusRun& run = storyline_golden::CorpusCleanRun();
  EXPECT_EQ(run.problem, "");
  EXPECT_EQ(run.exit_code, 0) << "summary: " << run.summary;
  EXPECT_EQ(SummaryCount(run.summary, "read"), Spec().expected_documents)
      << "summary line: " << Quoted(run.summary);
  EXPECT_EQ(SummaryCount(run.summary, "rejected"), 0) << "summary line: " << Quoted(run.summary);
  EXPECT_EQ(static_cast<int>(run.records.size()), Spec().expected_documents);
}

TEST(CorpusRun, EveryRecordIsInTheSpecAndIdsAreUnique) {
  const storyline_golden::CorpusRun& run = storyline_golden::CorpusCleanRun();
  std::set<std::string> ids;
  for (const json& r : run.records) {
    std::string id = r.value("id", "");
    EXPECT_TRUE(ids.insert(id).second) << "duplicate id " << Quoted(id);
    bool known = std::any_of(Spec().documents.begin(), Spec().documents.end(),
                             [&](const Expectation& e) { return FindRecord({r}, e) != nullptr; });
    EXPECT_TRUE(known) << "record not in the spec: id " << Quoted(id) << ", source "
                       << Quoted(r.value("source", "")) << ", text "
                       << Quoted(TextOf(r).substr(0, 120));
  }
}

TEST(CorpusRun, EverySpanLiesWithinTextOnUtf8Boundaries) {
  for (const json& r : storyline_golden::CorpusCleanRun().records) {
    std::string message = CheckSpans(r);
    EXPECT_TRUE(message.empty()) << r.value("id", "?") << ": " << message;
  }
}

TEST(CorpusRun, TextIsValidNfcUtf8WithoutReplacementCharacters) {
  for (const json& r : storyline_golden::CorpusCleanRun().records) {
    std::string message = CheckEncoding(r);
    EXPECT_TRUE(message.empty()) << r.value("id", "?") << ": " << message;
  }
}

// The two legacy-charset documents: windows-1252 declared by <meta> (file 06) and ISO-8859-1
// declared only by the HTTP header (second WARC page). Their non-ASCII letters and quotes must
// come out as the right characters.
TEST(CorpusRun, LegacyCharsetsAreDecoded) {
  struct Case {
    const char* key;
    std::vector<std::string> needles;
  };
  const Case cases[] = {
      {"06_grenzbote_lindra-vertrag", {"Staudämme", "„Das ist kein Vertrag über Wasser“"}},
      {"15_c9aldonia_crawl#3", {"Renée Fabre"}},  // the walkout page, ISO-8859-1
  };
  const storyline_golden::CorpusRun& run = storyline_golden::CorpusCleanRun();
  for (const Case& c : cases) {
    auto spec = std::find_if(Spec().documents.begin(), Spec().documents.end(),
                             [&](const Expectation& e) { return e.Key() == c.key; });
    ASSERT_NE(spec, Spec().documents.end()) << c.key;
    const json* r = FindRecord(run.records, *spec);
    if (!r) {
      ADD_FAILURE() << c.key << ": no output record";
      continue;
    }
    std::string text = TextOf(*r);
    EXPECT_EQ(text.find("\xEF\xBF\xBD"), std::string::npos) << c.key << ": U+FFFD in text";
    for (const std::string& needle : c.needles) {
      EXPECT_NE(text.find(needle), std::string::npos)
          << c.key << ": text lacks " << Quoted(needle) << "; text starts " << Quoted(text);
    }
  }
}

}  // namespace
