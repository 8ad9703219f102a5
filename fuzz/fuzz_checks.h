// Checks shared by the fuzz targets: the invariants every stage promises on any input.
#pragma once

#include <unicode/utf8.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "readers/parse.h"

namespace storyline::fuzz {

inline bool ValidUtf8(std::string_view s) {
  int32_t i = 0;
  const auto length = static_cast<int32_t>(s.size());
  while (i < length) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, length, c);
    if (c < 0) return false;
  }
  return true;
}

// `bytes` with every invalid UTF-8 sequence replaced by U+FFFD, as the cleaner's decoder would.
inline std::string ToValidUtf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  int32_t i = 0;
  const auto length = static_cast<int32_t>(bytes.size());
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(bytes.data()), i, length, c);
    if (c < 0) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(bytes.substr(start, i - start));
    }
  }
  return out;
}

// `offset` is the end of `text` or the first byte of a UTF-8 sequence.
inline bool OnBoundary(std::string_view text, uint32_t offset) {
  return offset == text.size() || (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}

// Feeds bytes to the readers as if they came from a file called `name` (its extension picks the
// format) and aborts on any malformed item: an error item carries no bytes, bytes respect
// max_item_bytes, a truncated item says why, every item names its source.
inline void FuzzReader(const char* name, const uint8_t* data, size_t size) {
  readers::ReaderOptions options;
  options.max_item_bytes = 1 << 16;  // small limits so the fuzzer reaches the cutting paths
  options.max_decompressed_bytes = 1 << 20;
  size_t items = 0;
  readers::ReadBuffer(name, std::string_view(reinterpret_cast<const char*>(data), size), options,
                      [&](readers::RawItem&& item) {
                        ++items;
                        if (item.error && !item.bytes.empty()) std::abort();
                        if (item.bytes.size() > options.max_item_bytes) std::abort();
                        if (item.truncated && item.truncation_evidence.empty()) std::abort();
                        if (item.source.empty()) std::abort();
                      });
  if (items == 0 && size == 0) std::abort();  // an empty input is an "empty file" error item
}

}  // namespace storyline::fuzz
