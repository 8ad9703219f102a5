// Content digests: SHA-256 of raw bytes ("sha256:<hex>") and the short content-hash ids given to
// documents that come with no id of their own.
#pragma once

#include <string>
#include <string_view>

namespace storyline {

std::string Sha256Hex(std::string_view bytes);
// "sha256:" + Sha256Hex(bytes)
std::string DigestOf(std::string_view bytes);
// The first 16 hex digits of the SHA-256: a stable id for content that has no name.
std::string ContentId(std::string_view bytes);

}  // namespace storyline
