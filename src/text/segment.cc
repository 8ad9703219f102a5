// Segment(): tokens, then sentences line by line. A line never shares a sentence with another
// line; within a line, sentences end at terminal punctuation when the next token can start one.
#include "text/segment.h"

#include <string_view>

#include "text/abbreviations.h"
#include "text/text_chars.h"

namespace storyline::text {

namespace {

using internal::AbbreviationKind;

// How a token may end a sentence.
enum class Terminal {
  kNo,
  kFull,         // . ! ? … ...: ends one before any token that can start a sentence
  kIdeographic,  // 。！？: ends one before anything
  kWeak          // an abbreviation's period: ends one only before a capitalised function word
};

class Splitter {
 public:
  explicit Splitter(Document& doc) : doc_(doc), text_(doc.text) {}

  void Run() {
    doc_.tokens = Tokenize(text_);
    doc_.sentences.clear();
    doc_.sentences.reserve(doc_.tokens.size() / 12 + 1);
    const auto n = static_cast<uint32_t>(doc_.tokens.size());
    uint32_t line = 0;
    while (line < n) {
      uint32_t line_end = line + 1;
      while (line_end < n && !(doc_.tokens[line_end].shape & kLineStart)) ++line_end;
      SplitLine(line, line_end);
      line = line_end;
    }
  }

 private:
  std::string_view Text(uint32_t t) const { return TokenText(doc_, doc_.tokens[t]); }
  uint16_t Shape(uint32_t t) const { return doc_.tokens[t].shape; }

  void Emit(uint32_t first, uint32_t end) {
    doc_.tokens[first].shape |= kSentenceStart;
    doc_.sentences.push_back(Sentence{
        ByteSpan{doc_.tokens[first].span.start, doc_.tokens[end - 1].span.end}, first, end});
  }

  void SplitLine(uint32_t first, uint32_t end) {
    uint32_t start = first;
    const uint32_t stamp = TimestampEnd(first, end);
    if (stamp > first && stamp < end) {
      Emit(first, stamp);
      start = stamp;
    }
    bool quote_open = false;  // an odd number of straight double quotes so far on the line
    for (uint32_t t = start; t < end; ++t) {
      if (Text(t) == "\"") quote_open = !quote_open;
      const Terminal kind = TerminalKind(t);
      if (kind == Terminal::kNo || IsListNumberPeriod(start, t)) continue;
      const uint32_t after = AbsorbClosers(t + 1, end, quote_open);
      if (after < end && StartsSentence(kind, after)) {
        Emit(start, after);
        start = after;
      }
      t = after - 1;
    }
    if (start < end) Emit(start, end);
  }

  Terminal TerminalKind(uint32_t t) const {
    const std::string_view s = Text(t);
    if (Shape(t) & kAbbreviation) {
      const AbbreviationKind kind = internal::ClassifyAbbreviation(s.substr(0, s.size() - 1));
      return kind == AbbreviationKind::kTitle || kind == AbbreviationKind::kNone ? Terminal::kNo
                                                                                 : Terminal::kWeak;
    }
    if (!(Shape(t) & kPunct)) return Terminal::kNo;
    if (s == "." || s == "!" || s == "?" || s == "\u2026" || s.starts_with("..."))
      return Terminal::kFull;
    if (s == "\u3002" || s == "\uFF01" || s == "\uFF1F") return Terminal::kIdeographic;
    return Terminal::kNo;
  }

  // "1." / "12." opening a sentence is a list number or a rank ("1. Lena Hart (Norway)").
  bool IsListNumberPeriod(uint32_t start, uint32_t t) const {
    return t == start + 1 && (Shape(start) & kNumber) && Text(t) == "." &&
           doc_.tokens[t].span.start == doc_.tokens[start].span.end;
  }

  // Skips further terminals and closing quotes/brackets written right after a terminal, and a
  // spaced straight quote that closes an open one or ends the line ("Go home . \"", as in
  // pre-tokenised text).
  uint32_t AbsorbClosers(uint32_t t, uint32_t end, bool& quote_open) const {
    for (; t < end; ++t) {
      const std::string_view s = Text(t);
      const bool straight = s == "\"";
      if (doc_.tokens[t].span.start == doc_.tokens[t - 1].span.end) {
        const bool closer = (Shape(t) & kQuote) || s == ")" || s == "]" || s == "}" ||
                            TerminalKind(t) == Terminal::kFull;
        if (!closer) break;
      } else if (!(straight && (quote_open || t + 1 == end))) {
        break;
      }
      if (straight) quote_open = !quote_open;
    }
    return t;
  }

  bool StartsSentence(Terminal kind, uint32_t t) const {
    const uint16_t shape = Shape(t);
    const std::string_view s = Text(t);
    if (kind == Terminal::kIdeographic) return true;
    if (shape & kQuote) return true;
    if (kind == Terminal::kWeak) return internal::IsCapitalizedFunctionWord(s);
    if (shape & kNumber) return true;
    if (s == "(" || s == "[") return true;
    if (!(shape & kWord)) return false;
    // A capitalised word, or a word of a script without case (its first letter is not lower).
    uint32_t i = 0;
    return !internal::IsLower(internal::DecodeAt(s, i));
  }

  // The end of a live-blog timestamp at the start of a line ("- 09:48 GMT", "11:55 GMT:",
  // "10.30am -"), or `first` when the line does not start with one.
  uint32_t TimestampEnd(uint32_t first, uint32_t end) const {
    uint32_t t = first;
    if (t < end && IsBullet(Text(t))) ++t;
    if (t >= end || !IsClock(Text(t))) return first;
    // "3.50" could be a price: a clock with a period needs a bullet, am/pm or a zone to be one.
    bool marked = t > first || Text(t).find(':') != std::string_view::npos ||
                  Text(t).ends_with("am") || Text(t).ends_with("pm");
    ++t;
    for (const auto is_suffix : {&Splitter::IsDayHalf, &Splitter::IsTimeZone}) {
      if (t < end && is_suffix(Text(t))) {
        ++t;
        marked = true;
      }
    }
    if (!marked) return first;
    if (t < end && IsSeparator(Text(t))) ++t;
    return t;
  }

  static bool IsBullet(std::string_view s) {
    return s == "-" || s == "*" || s == "\u2013" || s == "\u2014" || s == "\u2022" || s == "\u00B7";
  }

  static bool IsSeparator(std::string_view s) {
    return s == ":" || s == "-" || s == "|" || s == "\u2013" || s == "\u2014" || s == "\u2022";
  }

  // "9:48", "09:48", "09:48:10", "10.30", optionally with a glued "am"/"pm".
  static bool IsClock(std::string_view s) {
    if (s.ends_with("am") || s.ends_with("pm")) s.remove_suffix(2);
    size_t i = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    if (i == 0 || i > 2 || i + 3 > s.size() || (s[i] != ':' && s[i] != '.')) return false;
    for (size_t j = i + 1; j < s.size(); ++j) {
      if (!((s[j] >= '0' && s[j] <= '9') || (s[j] == ':' && s[i] == ':'))) return false;
    }
    return s.size() - i - 1 == 2 || s.size() - i - 1 == 5;
  }

  static bool IsDayHalf(std::string_view s) {
    return s == "am" || s == "pm" || s == "AM" || s == "PM" || s == "a.m." || s == "p.m.";
  }

  static bool IsTimeZone(std::string_view s) {
    static constexpr std::string_view kZones[] = {
        "GMT", "UTC",  "BST",  "CET", "CEST", "EET", "EEST", "MSK",  "EST", "EDT",
        "CST", "CDT",  "MST",  "MDT", "PST",  "PDT", "IST",  "JST",  "KST", "HKT",
        "SGT", "AEST", "AEDT", "WIB", "ET",   "PT",  "CT",   "local"};
    for (std::string_view zone : kZones) {
      if (s == zone) return true;
    }
    return false;
  }

  Document& doc_;
  std::string_view text_;
};

}  // namespace

void Segment(Document& doc) { Splitter(doc).Run(); }

}  // namespace storyline::text
