// Quotation marks: read as opening or closing and paired over the text (see quotes.cc).
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/quote_stages.h"

namespace storyline::extract::quote_internal {

// ---- Quotation marks ----

enum class Family : uint8_t { kDouble, kSingle };

struct Mark {
  uint32_t pos = 0;
  uint32_t len = 0;
  Family family = Family::kDouble;
  bool open = false;
  bool close = false;
};

// The code point at byte `i` and its length; an invalid byte reads as itself, one byte long.
uint32_t CodePointAt(string_view s, size_t i, uint32_t* len) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const auto length = static_cast<int32_t>(s.size());
  auto next = static_cast<int32_t>(i);
  UChar32 cp;
  U8_NEXT(bytes, next, length, cp);
  *len = static_cast<uint32_t>(next) - static_cast<uint32_t>(i);
  if (cp < 0) {
    *len = 1;
    return bytes[i];
  }
  return static_cast<uint32_t>(cp);
}

// The code point that ends right before byte `i` (0 at the start; an invalid byte reads as
// itself).
uint32_t CodePointBefore(string_view s, size_t i) {
  if (i == 0) return 0;
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  auto before = static_cast<int32_t>(i);
  UChar32 cp;
  U8_PREV(bytes, 0, before, cp);
  return cp < 0 ? bytes[i - 1] : static_cast<uint32_t>(cp);
}

bool IsQuoteCodePoint(uint32_t cp) {
  return cp == '"' || cp == '\'' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0xAB ||
         cp == 0xBB || cp == 0x2018 || cp == 0x2019;
}
bool IsSpaceCodePoint(uint32_t cp) {
  return cp == 0 || cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r' || cp == 0xA0;
}
bool IsAlnumCodePoint(uint32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') ||
         cp >= 0xC0;
}
// Before an opening mark: nothing, a space, an opening bracket or a dash.
bool OpensAfter(uint32_t cp) {
  return IsSpaceCodePoint(cp) || cp == '(' || cp == '[' || cp == '{' || cp == 0x2014 ||
         cp == 0x2013 || cp == '-' || cp == '/' || IsQuoteCodePoint(cp);
}
// After a closing mark: nothing, a space or punctuation.
bool ClosesBefore(uint32_t cp) {
  return IsSpaceCodePoint(cp) || cp == '.' || cp == ',' || cp == ';' || cp == ':' || cp == '!' ||
         cp == '?' || cp == ')' || cp == ']' || cp == 0x2026 || cp == 0x2014 || cp == 0x2013 ||
         cp == '-' || IsQuoteCodePoint(cp);
}

std::vector<Mark> FindMarks(string_view text) {
  std::vector<Mark> marks;
  for (size_t i = 0; i < text.size();) {
    uint32_t len = 0;
    const uint32_t cp = CodePointAt(text, i, &len);
    if (IsQuoteCodePoint(cp)) {
      const uint32_t before = CodePointBefore(text, i);
      uint32_t next_len = 0;
      const uint32_t after = i + len < text.size() ? CodePointAt(text, i + len, &next_len) : 0;
      Mark m;
      m.pos = static_cast<uint32_t>(i);
      m.len = len;
      const bool left = OpensAfter(before) && !IsSpaceCodePoint(after);
      const bool right = !IsSpaceCodePoint(before) && ClosesBefore(after);
      if (cp == '\'' || cp == 0x2018 || cp == 0x2019) {
        m.family = Family::kSingle;
        // Between two letters or digits it is an apostrophe (don't, Kim’s, '90s after a space).
        if (IsAlnumCodePoint(before) && IsAlnumCodePoint(after)) {
          i += len;
          continue;
        }
        m.open = left && cp != 0x2019;
        m.close = right && cp != 0x2018;
      } else {
        m.open = left;
        m.close = right;
        if (m.open == m.close) {  // both or neither: the glyph decides
          const bool opener = cp == 0x201C || cp == 0x201E || cp == 0xAB;
          const bool closer = cp == 0x201D || cp == 0xBB;
          if (m.open && m.close) {
            m.open = opener || cp == '"';
            m.close = closer || cp == '"';
          } else if (cp != '"') {
            m.open = opener;
            m.close = closer;
          }
        }
      }
      if (m.open || m.close) marks.push_back(m);
    }
    i += len;
  }
  return marks;
}

ByteSpan Trim(string_view text, uint32_t start, uint32_t end) {
  auto strip_end = [&](char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == ',' || c == ':' || c == ';';
  };
  while (start < end && (text[start] == ' ' || text[start] == '\n' || text[start] == '\t')) ++start;
  while (end > start && strip_end(text[end - 1])) --end;
  return {start, end};
}

// Whether the quoted text between `from` and a new opening mark at `at` ends a sentence ("...
// uncertain. “It is"): then the new mark continues the quote rather than opening another.
bool SentenceEndBefore(string_view text, uint32_t from, uint32_t at) {
  uint32_t k = at;
  while (k > from && (text[k - 1] == ' ' || text[k - 1] == '\t')) --k;
  if (k == at || k <= from) return false;
  const char c = text[k - 1];
  return c == '.' || c == '?' || c == '!';
}

// Pairs the marks of one family; `single` pairs only within a paragraph.
std::vector<RawQuote> PairMarks(string_view text, const std::vector<Mark>& marks,
                                const Paragraphs& paras) {
  std::vector<RawQuote> out;
  // Double marks: sequential, with paragraph continuation.
  bool is_open = false;
  RawQuote cur;
  uint32_t piece_start = 0;
  auto emit = [&](uint32_t close_pos, uint32_t close_len) {
    ByteSpan piece = Trim(text, piece_start, close_pos);
    if (piece.size() > 0) cur.pieces.push_back(piece);
    cur.close = close_pos;
    cur.close_end = close_pos + close_len;
    if (!cur.pieces.empty()) out.push_back(cur);
    is_open = false;
  };
  auto start = [&](const Mark& m) {
    cur = RawQuote();
    cur.open = m.pos;
    piece_start = m.pos + m.len;
    is_open = true;
  };
  // A quote that opened a paragraph (or continues into it) and is not closed when the paragraph
  // ends is the whole paragraph: the continuation convention, with the next paragraph's mark lost.
  // A quote opened inside a paragraph and never closed is dropped.
  auto close_at_paragraph_end = [&](int para) {
    const bool opened_paragraph =
        cur.open == paras.Start(paras.Of(cur.open)) || !cur.pieces.empty();
    if (is_open && opened_paragraph) {
      const uint32_t end =
          para + 1 < paras.Count() ? paras.Start(para + 1) : static_cast<uint32_t>(text.size());
      const ByteSpan piece = Trim(text, piece_start, end);
      if (piece.size() > 0) {
        cur.pieces.push_back(piece);
        cur.close = piece.end;
        cur.close_end = piece.end;
        out.push_back(cur);
      }
    }
    is_open = false;
  };
  for (size_t k = 0; k < marks.size(); ++k) {
    const Mark& m = marks[k];
    if (m.family != Family::kDouble) continue;
    if (!is_open) {
      if (m.open) start(m);
      continue;
    }
    const int open_para = paras.Of(piece_start);
    const int para = paras.Of(m.pos);
    if (para != open_para) {
      const bool next_para = para == open_para + 1;
      const bool at_para_start = m.pos == paras.Start(para);
      if (next_para && m.open && at_para_start) {  // “A ... \n\n“B ...” continues
        ByteSpan piece = Trim(text, piece_start, paras.Start(para));
        if (piece.size() > 0) cur.pieces.push_back(piece);
        piece_start = m.pos + m.len;
        continue;
      }
      if (next_para && m.close && !m.open) {  // «A ... \n\nB ...» continues
        ByteSpan piece = Trim(text, piece_start, paras.Start(para));
        if (piece.size() > 0) cur.pieces.push_back(piece);
        piece_start = paras.Start(para);
        emit(m.pos, m.len);
        continue;
      }
      close_at_paragraph_end(open_para);
      if (m.open) start(m);
      continue;
    }
    if (m.close) {
      emit(m.pos, m.len);
    } else if (m.open && SentenceEndBefore(text, piece_start, m.pos)) {
      // “A. “B ...”: a paragraph break the page lost - the quote goes on.
      ByteSpan piece = Trim(text, piece_start, m.pos);
      if (piece.size() > 0) cur.pieces.push_back(piece);
      piece_start = m.pos + m.len;
    } else if (m.open) {
      start(m);  // an earlier unterminated mark in this paragraph is dropped
    }
  }
  if (is_open) close_at_paragraph_end(paras.Of(piece_start));
  // Single marks: an opener pairs with the next closer of its paragraph.
  for (size_t k = 0; k < marks.size(); ++k) {
    const Mark& m = marks[k];
    if (m.family != Family::kSingle || !m.open) continue;
    const int para = paras.Of(m.pos);
    for (size_t j = k + 1; j < marks.size(); ++j) {
      const Mark& c = marks[j];
      if (paras.Of(c.pos) != para) break;
      if (c.family != Family::kSingle || !c.close) continue;
      ByteSpan piece = Trim(text, m.pos + m.len, c.pos);
      if (piece.size() > 0) {
        RawQuote q;
        q.pieces.push_back(piece);
        q.open = m.pos;
        q.close = c.pos;
        q.close_end = c.pos + c.len;
        out.push_back(q);
      }
      k = j;
      break;
    }
  }
  std::sort(out.begin(), out.end(), [](const RawQuote& a, const RawQuote& b) {
    return a.open < b.open || (a.open == b.open && a.close_end > b.close_end);
  });
  // Quotes nested in another are part of it.
  std::vector<RawQuote> outer;
  for (RawQuote& q : out) {
    if (!outer.empty() && q.open < outer.back().close_end) continue;
    outer.push_back(std::move(q));
  }
  return outer;
}

std::vector<RawQuote> FindRawQuotes(string_view text, const Paragraphs& paras) {
  return PairMarks(text, FindMarks(text), paras);
}

}  // namespace storyline::extract::quote_internal
