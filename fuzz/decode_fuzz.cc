// Fuzz target for DecodeToUtf8: any bytes, as text and as HTML, with or without a declared
// charset, must decode to valid UTF-8 without NUL or CR bytes, and without crashing.
#include <unicode/utf8.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "clean/encoding.h"
#include "fuzz_checks.h"

namespace {

void Check(std::string_view bytes, std::string_view charset, bool is_html) {
  storyline::clean::DecodedText decoded = storyline::clean::DecodeToUtf8(bytes, charset, is_html);
  if (!storyline::fuzz::ValidUtf8(decoded.text)) std::abort();
  if (decoded.text.find('\0') != std::string::npos) std::abort();
  if (decoded.text.find('\r') != std::string::npos) std::abort();
  if (decoded.charset.empty()) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  // First byte picks a declared charset (or none); the rest is the document.
  static constexpr std::string_view kCharsets[] = {
      "", "utf-8", "windows-1251", "iso-8859-1", "shift_jis", "utf-16le", "gb2312", "bogus"};
  std::string_view charset = kCharsets[data[0] % 8];
  std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  Check(bytes, charset, false);
  Check(bytes, charset, true);
  return 0;
}
