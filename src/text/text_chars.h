// Private to src/text: character classes of the tokenizer and sentence splitter.
//
// ASCII is classified through a table (the common case in news text); other code points go to ICU.
// Invalid UTF-8 decodes to a negative code point, which is classed kOther (a one-unit punctuation
// token), so a span never ends inside a valid multi-byte character.
#pragma once

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <string_view>

namespace storyline::text::internal {

enum class CharClass : uint8_t {
  kSpace,    // separates tokens
  kNewline,  // separates tokens and ends a line (and so a sentence)
  kLetter,
  kDigit,
  kMark,  // combining marks and joiners: continue the token they follow
  kOther  // punctuation and symbols
};

// Decodes the code point at `i` and advances `i` past it (by at least one byte).
inline UChar32 DecodeAt(std::string_view s, uint32_t& i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    ++i;
    return b;
  }
  int32_t pos = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), pos, static_cast<int32_t>(s.size()), c);
  i = static_cast<uint32_t>(pos);
  return c;
}

// The code point at `i` without advancing; -1 at the end of the text.
inline UChar32 PeekAt(std::string_view s, uint32_t i) {
  if (i >= s.size()) return -1;
  return DecodeAt(s, i);
}

// The code point that ends just before `end` (end > 0); negative when invalid.
inline UChar32 DecodeBefore(std::string_view s, uint32_t end) {
  int32_t pos = static_cast<int32_t>(end);
  UChar32 c;
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, pos, c);
  return c;
}

inline CharClass ClassifyNonAscii(UChar32 c) {
  if (c < 0) return CharClass::kOther;
  if (c == 0x2028 || c == 0x2029 || c == 0x85) return CharClass::kNewline;
  if (c == 0x200B || c == 0xFEFF || u_isUWhiteSpace(c)) return CharClass::kSpace;
  if (c == 0x200C || c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F)) return CharClass::kMark;
  const int8_t type = u_charType(c);
  if (type == U_DECIMAL_DIGIT_NUMBER) return CharClass::kDigit;
  if (type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK)
    return CharClass::kMark;
  if (u_isUAlphabetic(c)) return CharClass::kLetter;
  return CharClass::kOther;
}

inline CharClass Classify(UChar32 c) {
  if (c >= 0 && c < 0x80) {
    if (c == '\n') return CharClass::kNewline;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return CharClass::kSpace;
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return CharClass::kLetter;
    if (c >= '0' && c <= '9') return CharClass::kDigit;
    if (c < 0x20 || c == 0x7F) return CharClass::kSpace;  // other control characters
    return CharClass::kOther;
  }
  return ClassifyNonAscii(c);
}

inline bool IsUpper(UChar32 c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(c) || u_istitle(c);
}

inline bool IsLower(UChar32 c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return u_islower(c);
}

// Apostrophes that may stand inside a word ("don't", "O’Neill").
inline bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }

// Hyphens that may join the parts of a word ("Al-Assad", "north-east").
inline bool IsHyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011; }

// Every quotation-mark style: " “ ” „ ‟ « » ‘ ’ ‚ ‛ ‹ › ' and the CJK corner brackets.
inline bool IsQuoteMark(UChar32 c) {
  switch (c) {
    case '"':
    case '\'':
    case 0x00AB:  // «
    case 0x00BB:  // »
    case 0x2018:  // ‘
    case 0x2019:  // ’
    case 0x201A:  // ‚
    case 0x201B:  // ‛
    case 0x201C:  // “
    case 0x201D:  // ”
    case 0x201E:  // „
    case 0x201F:  // ‟
    case 0x2039:  // ‹
    case 0x203A:  // ›
    case 0x300C:  // 「
    case 0x300D:  // 」
    case 0x300E:  // 『
    case 0x300F:  // 』
      return true;
    default:
      return false;
  }
}

}  // namespace storyline::text::internal
