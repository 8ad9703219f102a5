// PLACEHOLDER until the decoder lands: passes bytes through.
#include "clean/encoding.h"

namespace storyline::clean {

DecodedText DecodeToUtf8(std::string_view bytes, std::string_view, bool) {
  return DecodedText{std::string(bytes), "UTF-8", false, "assumed"};
}

}  // namespace storyline::clean
