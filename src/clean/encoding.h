// Decoding raw bytes to Unicode NFC UTF-8. Private to src/clean/.
//
// Order of evidence: a byte-order mark, the charset the container declared (HTTP header), for
// HTML a <meta charset> / http-equiv in the first 4 KiB, valid UTF-8 as it stands, and last a
// statistical guess (ICU's charset detector). Bytes that are invalid in the chosen encoding are
// replaced with U+FFFD and reported as repaired.
#pragma once

#include <string>
#include <string_view>

namespace storyline::clean {

struct DecodedText {
  std::string text;      // valid UTF-8, NFC, no NUL bytes, "\r\n" and "\r" turned into "\n"
  std::string charset;   // the encoding used, e.g. "UTF-8", "windows-1251"
  bool repaired = false;  // invalid sequences were replaced
  std::string evidence;  // how the charset was chosen, and what was repaired
};

DecodedText DecodeToUtf8(std::string_view bytes, std::string_view declared_charset, bool is_html);

}  // namespace storyline::clean
