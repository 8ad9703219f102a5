#include "core/digest.h"

#include <openssl/evp.h>

namespace storyline {

std::string Sha256Hex(std::string_view bytes) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(bytes.data(), bytes.size(), md, &len, EVP_sha256(), nullptr);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(len * 2);
  for (unsigned int i = 0; i < len; ++i) {
    hex.push_back(kHex[md[i] >> 4]);
    hex.push_back(kHex[md[i] & 15]);
  }
  return hex;
}

std::string DigestOf(std::string_view bytes) { return "sha256:" + Sha256Hex(bytes); }

std::string ContentId(std::string_view bytes) { return Sha256Hex(bytes).substr(0, 16); }

}  // namespace storyline
