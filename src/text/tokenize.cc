// Tokenize(): one left-to-right pass over the text, no allocation beyond the token vector.
#include <algorithm>
#include <string_view>
#include <vector>

#include "text/abbreviations.h"
#include "text/segment.h"
#include "text/text_chars.h"

namespace storyline::text {

namespace {

using internal::CharClass;
using internal::Classify;
using internal::DecodeAt;
using internal::PeekAt;

bool IsWordClass(CharClass c) {
  return c == CharClass::kLetter || c == CharClass::kDigit || c == CharClass::kMark;
}

bool IsAlnumClass(CharClass c) { return c == CharClass::kLetter || c == CharClass::kDigit; }

// What a word scan has seen so far: enough to set the shape bits.
struct WordState {
  uint32_t letters = 0;
  uint32_t upper = 0;
  uint32_t lower = 0;
  bool digits = false;
  bool first_upper = false;
  bool hyphenated = false;
  CharClass last = CharClass::kOther;  // class of the last letter/digit consumed
};

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view text) : text_(text) { tokens_.reserve(text.size() / 5 + 4); }

  std::vector<Token> Run() {
    uint32_t i = 0;
    const auto n = static_cast<uint32_t>(text_.size());
    while (i < n) {
      if (text_[i] == ' ') {
        ++i;
        continue;
      }
      uint32_t next = i;
      const UChar32 c = DecodeAt(text_, next);
      const CharClass cls = Classify(c);
      if (cls == CharClass::kNewline) {
        line_start_ = true;
        i = next;
      } else if (cls == CharClass::kSpace) {
        i = next;
      } else if (IsAlnumClass(cls)) {
        i = ScanWord(i);
      } else {
        i = ScanPunct(i, c, next);
      }
    }
    return std::move(tokens_);
  }

 private:
  void Add(uint32_t start, uint32_t end, uint16_t shape) {
    if (line_start_) shape |= kLineStart;
    line_start_ = false;
    tokens_.push_back(Token{ByteSpan{start, end}, shape});
  }

  // Consumes an ASCII letter or digit into `state`; false for any other byte.
  static bool ConsumeAscii(unsigned char b, WordState& state) {
    if (b >= '0' && b <= '9') {
      state.digits = true;
      state.last = CharClass::kDigit;
      return true;
    }
    const bool upper = b >= 'A' && b <= 'Z';
    const bool lower = b >= 'a' && b <= 'z';
    if (!upper && !lower) return false;
    if (state.letters == 0 && !state.digits) state.first_upper = upper;
    ++state.letters;
    state.upper += upper;
    state.lower += lower;
    state.last = CharClass::kLetter;
    return true;
  }

  // Consumes one letter/digit/mark at `i` into `state`; returns the position after it.
  uint32_t Consume(uint32_t i, WordState& state) {
    const UChar32 c = DecodeAt(text_, i);
    const CharClass cls = Classify(c);
    if (cls == CharClass::kLetter) {
      if (state.letters == 0 && !state.digits) state.first_upper = internal::IsUpper(c);
      ++state.letters;
      state.upper += internal::IsUpper(c);
      state.lower += internal::IsLower(c);
    } else if (cls == CharClass::kDigit) {
      state.digits = true;
    }
    if (cls != CharClass::kMark) state.last = cls;
    return i;
  }

  CharClass ClassAt(uint32_t i) const { return Classify(PeekAt(text_, i)); }

  // A possessive "'s" / "’s" at `i`: apostrophe, s, then no further letter or digit.
  bool IsPossessive(uint32_t i) const {
    uint32_t j = i;
    if (!internal::IsApostrophe(DecodeAt(text_, j)) || j >= text_.size()) return false;
    if ((text_[j] | 0x20) != 's') return false;
    return !IsWordClass(ClassAt(j + 1));
  }

  // Whether the connector at `i` (apostrophe, hyphen, or , . : between digits) continues the word.
  bool Continues(uint32_t i, const WordState& state, bool& hyphen) const {
    uint32_t after = i;
    const UChar32 c = DecodeAt(text_, after);
    if (after >= text_.size()) return false;
    const CharClass next = ClassAt(after);
    hyphen = false;
    if (internal::IsApostrophe(c)) {
      return state.last == CharClass::kLetter && next == CharClass::kLetter && !IsPossessive(i);
    }
    if (internal::IsHyphen(c)) {
      hyphen = IsAlnumClass(next);
      return hyphen;
    }
    if (c == ',' || c == '.' || c == ':' || c == '/') {
      return state.last == CharClass::kDigit && next == CharClass::kDigit;
    }
    return false;
  }

  // After a single letter at [start, end) followed by '.', the end of a run of letter-period
  // pairs ("U.S.", "e.g.", "J."): always includes the first period.
  uint32_t LetterPeriodRun(uint32_t end, WordState& state) {
    uint32_t pos = end + 1;  // past the period
    while (pos < text_.size()) {
      uint32_t after = pos;
      if (Classify(DecodeAt(text_, after)) != CharClass::kLetter) break;
      if (after >= text_.size() || text_[after] != '.') break;
      Consume(pos, state);
      pos = after + 1;
    }
    return pos;
  }

  // The first non-space byte at or after `i` is a digit ("No. 5").
  bool DigitFollows(uint32_t i) const {
    while (i < text_.size() && (text_[i] == ' ' || text_[i] == '\t')) ++i;
    return i < text_.size() && text_[i] >= '0' && text_[i] <= '9';
  }

  // Where the word [start, end), followed by a '.', ends: after the period when it is an
  // abbreviation's, else at `end`.
  uint32_t AbbreviationEnd(uint32_t start, uint32_t end, WordState& state, bool& abbreviation) {
    abbreviation = false;
    if (end >= text_.size() || text_[end] != '.' || state.letters == 0 || state.digits ||
        state.hyphenated)
      return end;
    const std::string_view word = text_.substr(start, end - start);
    using internal::AbbreviationKind;
    const AbbreviationKind kind = internal::ClassifyAbbreviation(word);
    if (kind == AbbreviationKind::kInitial) {
      // An initial is upper case ("J."); a lower-case letter needs a run ("e.g.", "a.m."): a
      // lone "b." ends a sentence.
      const uint32_t run_end = LetterPeriodRun(end, state);
      abbreviation = state.first_upper || run_end > end + 1;
      return abbreviation ? run_end : end;
    }
    if (kind != AbbreviationKind::kNone ||
        (internal::IsNumberAbbreviation(word) && DigitFollows(end + 1))) {
      abbreviation = true;
      return end + 1;
    }
    return end;
  }

  uint32_t ScanWord(uint32_t start) {
    WordState state;
    uint32_t i = start;
    const auto n = static_cast<uint32_t>(text_.size());
    while (i < n) {
      const auto b = static_cast<unsigned char>(text_[i]);
      if (b < 0x80 && ConsumeAscii(b, state)) {  // the common case, without decoding
        ++i;
        continue;
      }
      if (b == ' ' || b == '\n') break;
      const CharClass cls = ClassAt(i);
      if (IsWordClass(cls)) {
        i = Consume(i, state);
        continue;
      }
      bool hyphen = false;
      if (cls != CharClass::kOther || !Continues(i, state, hyphen)) break;
      state.hyphenated |= hyphen;
      DecodeAt(text_, i);  // the connector
    }
    bool abbreviation = false;
    const uint32_t end = AbbreviationEnd(start, i, state, abbreviation);
    Add(start, end, WordShape(state, abbreviation));
    return end;
  }

  static uint16_t WordShape(const WordState& state, bool abbreviation) {
    uint16_t shape = state.letters > 0 ? kWord : kNumber;
    if (state.first_upper) shape |= kCapitalized;
    if (state.upper >= 2 && state.lower == 0) shape |= kAllCaps;
    if (abbreviation) shape |= kAbbreviation;
    if (state.hyphenated && state.letters > 0) shape |= kHyphenated;
    return shape;
  }

  // One punctuation token at `start` (code point `c`, ending at `next`): "..." and "…" are one
  // token each, "'s" after a word is a word, marks that follow a symbol stay with it.
  uint32_t ScanPunct(uint32_t start, UChar32 c, uint32_t next) {
    if (internal::IsApostrophe(c)) {
      // "Vela's" -> "Vela" "'s"; a clitic already split off ("Vela 's", "I 'm") is a word too.
      const uint32_t clitic = CliticEnd(next);
      const bool attached = AfterWord(start);
      if (clitic > next && (attached ? IsPossessive(start) : !AfterToken(start))) {
        Add(start, clitic, kWord);
        return clitic;
      }
    }
    if ((c == '.' && text_.substr(start, 3) == "...") || (c == '-' && PeekAt(text_, next) == '-')) {
      while (next < text_.size() && text_[next] == c) ++next;
      Add(start, next, kPunct);
      return next;
    }
    if (c == '.' && !AfterToken(start) && ClassAt(next) == CharClass::kDigit) {
      // A leading-decimal number (".596").
      const uint32_t end = ScanWord(next);
      tokens_.back().span.start = start;
      return end;
    }
    while (next < text_.size() && ClassAt(next) == CharClass::kMark) DecodeAt(text_, next);
    uint16_t shape = kPunct;
    if (internal::IsQuoteMark(c)) shape |= kQuote;
    Add(start, next, shape);
    return next;
  }

  // After an apostrophe (at `i`, its end): the end of a clitic "s", "m", "d", "re", "ve", "ll"
  // followed by no letter or digit, else `i`.
  uint32_t CliticEnd(uint32_t i) const {
    uint32_t end = i;
    while (end < text_.size() && end - i < 3 && (text_[end] | 0x20) >= 'a' &&
           (text_[end] | 0x20) <= 'z')
      ++end;
    if (IsWordClass(ClassAt(end))) return i;
    std::string_view clitic = text_.substr(i, end - i);
    for (std::string_view known : {"s", "m", "d", "re", "ve", "ll"}) {
      if (clitic.size() == known.size() &&
          std::equal(clitic.begin(), clitic.end(), known.begin(),
                     [](char a, char b) { return (a | 0x20) == b; }))
        return end;
    }
    return i;
  }

  // A token ends exactly at `i` (no space before it).
  bool AfterToken(uint32_t i) const { return !tokens_.empty() && tokens_.back().span.end == i; }

  // The previous token is a word ending exactly at `i`.
  bool AfterWord(uint32_t i) const {
    return !tokens_.empty() && tokens_.back().span.end == i && (tokens_.back().shape & kWord);
  }

  std::string_view text_;
  std::vector<Token> tokens_;
  bool line_start_ = true;
};

}  // namespace

std::vector<Token> Tokenize(std::string_view text) { return Tokenizer(text).Run(); }

}  // namespace storyline::text
