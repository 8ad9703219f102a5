// Tokens and sentences of a document's clean text, with UTF-8 byte offsets.
//
// Segment() fills Document::tokens and Document::sentences; it never edits the text. Tokens are
// words (letters/digits with inner apostrophes, hyphens, periods of abbreviations and initials),
// numbers (with inner ',' '.' ':'), and single punctuation marks (every quotation-mark style is
// its own token with kQuote set). Sentences never cross a paragraph break (a blank line) and
// end at . ! ? … (followed by closing quotes/brackets) unless the period belongs to an
// abbreviation, an initial or a number. A line that is a heading, a timestamp ("- 09:48 GMT")
// or a dateline date is a sentence of its own.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace storyline::text {

// Bits of Token::shape.
enum TokenShape : uint16_t {
  kWord = 1 << 0,          // contains a letter
  kNumber = 1 << 1,        // digits, possibly with , . : inside
  kPunct = 1 << 2,         // a single punctuation or symbol character
  kCapitalized = 1 << 3,   // first character is an upper-case letter
  kAllCaps = 1 << 4,       // every letter is upper case and there are at least two letters
  kQuote = 1 << 5,         // a quotation mark of any style (" “ ” „ « » ‘ ’ ‹ › ')
  kAbbreviation = 1 << 6,  // a word ending in its own period ("Mr.", "U.S.", "J.")
  kHyphenated = 1 << 7,    // a word with an inner hyphen ("Al-Assad", "north-east")
  kLineStart = 1 << 8,     // first token on its line
  kSentenceStart = 1 << 9  // first token of a sentence
};

// Splits `text` into tokens (spans relative to `text`).
std::vector<Token> Tokenize(std::string_view text);

// Fills doc.tokens and doc.sentences from doc.text.
void Segment(Document& doc);

// The token's text.
inline std::string_view TokenText(const Document& doc, const Token& t) {
  return std::string_view(doc.text).substr(t.span.start, t.span.size());
}

}  // namespace storyline::text
