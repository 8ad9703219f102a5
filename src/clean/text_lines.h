// Lines of a scraped plain-text page and their surface features, for the line cleaner
// (text_clean.cc). Private to src/clean/.
//
// One pass over each line's bytes, ASCII fast path, no ICU and no allocation per token: letters,
// words, capitalised words, function words (a short multilingual list of the commonest
// grammatical words — general linguistic knowledge, not page vocabulary), sentence punctuation,
// bullets, URLs and the line's dominant script.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace storyline::clean {

enum class Script : uint8_t {
  kNone,
  kLatin,
  kCyrillic,
  kGreek,
  kArabic,
  kHebrew,
  kIndic,
  kThai,
  kCjk,  // Han, kana and Hangul together: pages mix them
  kOther,
};

struct LineFeatures {
  int words = 0;             // \w+ runs; a run of CJK characters counts one word per two characters
  int letters = 0;           // letter code points
  int digits = 0;            // ASCII digits
  int chars = 0;             // code points
  int capitalised = 0;       // words starting with an upper-case letter
  int lower_initial = 0;     // words starting with a lower-case letter
  int function_words = 0;    // words (or CJK particles) from the function-word list
  int sentence_ends = 0;     // . ! ? 。 followed by a space or the end
  int pipes = 0;             // '|' separators, as in "Home | News | Sport"
  bool terminal = false;     // ends with sentence punctuation (closing quotes and brackets skipped)
  bool colon_end = false;    // ends with ':'
  bool comma_end = false;    // ends with a comma (',', '、', '，'): the sentence goes on
  bool ellipsis = false;     // ends with "..." or "…": a truncated teaser
  bool bullet = false;       // starts with a list glyph or an emoji
  bool dash_start = false;   // starts with "-", "–" or "—"
  bool url = false;          // holds a URL, an e-mail address or a bare domain
  bool url_only = false;     // nothing but URLs or domains (and bullets)
  bool copyright = false;    // holds "©" or "(c)"
  bool first_lower = false;  // first letter is lower-case (a continuation)
  bool double_space = false;     // two spaces inside: a label and a link text run together
  uint32_t double_space_at = 0;  // byte offset of the second space
  bool glued_title = false;      // "...HeadlineThe summary": a link title run into its teaser text
  Script script = Script::kNone;
  int script_letters = 0;  // letters in `script`
};

// A non-blank line of the page.
struct PageLine {
  uint32_t number = 0;    // 1-based line number in the page
  std::string_view text;  // trimmed
  std::string_view body;  // text without its list glyph
  bool blank_before = false;
  LineFeatures f;
};

// Splits a page into its non-blank lines (trimmed) with their features.
std::vector<PageLine> SplitPageLines(std::string_view utf8_page);

LineFeatures ComputeLineFeatures(std::string_view line);

// The line with a leading list glyph ("•", "□", "☆", an emoji ...) and the spaces after it
// removed. A leading dash is kept: live-blog timestamps start with one.
std::string_view StripListGlyph(std::string_view line);

// The line lower-cased for ASCII, Latin-1, Greek and Cyrillic letters (the rest unchanged).
std::string FoldCase(std::string_view line);

// Whether `word` (already lower-case ASCII or UTF-8) is on the function-word list.
bool IsFunctionWord(std::string_view lower_word);

}  // namespace storyline::clean
