// Decoding raw bytes to Unicode NFC UTF-8. Private to src/clean/.
//
// Order of evidence: a byte-order mark, the charset the container declared (HTTP header), for
// HTML a <meta charset> / http-equiv (or an XML declaration's encoding) in the first 4 KiB, valid
// UTF-8 as it stands, and last a statistical guess (ICU's charset detector on the first 64 KiB,
// tags filtered out for HTML; windows-1252 when it has no usable guess). Refinements, each
// recorded in `evidence`:
//  - Labels mean what browsers take them to mean (WHATWG Encoding): "iso-8859-1" and "ascii"
//    decode as windows-1252, "gb2312" as GB18030, "shift_jis" as windows-31j, and so on.
//  - A legacy label (container or <meta>) loses to bytes that are valid UTF-8 with non-ASCII in
//    them: stale labels are common, accidental valid UTF-8 is not. Unknown labels are ignored.
//  - Undeclared bytes that are mostly valid UTF-8 (at least as many well-formed multi-byte
//    sequences as ill-formed ones) are damaged UTF-8 and repaired as such, not guessed at.
// Bytes that are invalid in the chosen encoding become U+FFFD (one per maximal ill-formed
// subpart, as browsers do); `repaired` is set and the evidence says how many bytes, in how many
// places, and the byte offset of the first. NUL bytes are removed (also `repaired`).
//
// Speed: valid UTF-8 is checked and copied in one pass (8 bytes at a time over ASCII), and NFC is
// checked on the UTF-8 directly, so already-normalised text costs no conversion; pure ASCII skips
// normalisation. Never throws: an allocation failure gives an empty text with the reason.
#pragma once

#include <string>
#include <string_view>

namespace storyline::clean {

struct DecodedText {
  std::string text;       // valid UTF-8, NFC, no NUL bytes, "\r\n" and "\r" turned into "\n"
  std::string charset;    // the encoding used, e.g. "UTF-8", "windows-1251"
  bool repaired = false;  // invalid sequences were replaced
  std::string evidence;   // how the charset was chosen, and what was repaired
};

DecodedText DecodeToUtf8(std::string_view bytes, std::string_view declared_charset, bool is_html);

}  // namespace storyline::clean
