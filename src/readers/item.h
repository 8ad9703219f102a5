// Small rules every format reader applies to the items it makes. Private to src/readers/.
#pragma once

#include <cstddef>
#include <string>

#include "readers/reader.h"

namespace storyline::readers {

// Readers keep this many bytes beyond max_item_bytes so CutToLimit can find a character boundary.
inline constexpr size_t kCutSlack = 4;

// An item that could not be read: it carries the message and no bytes.
RawItem ErrorItem(std::string id, std::string source, std::string message);

// Applies max_item_bytes: when the item's original size exceeds `max_bytes`, its bytes are cut
// there (backing off to a UTF-8 character boundary, so the cut itself does not look like an
// encoding error) and it is marked truncated with the original size as evidence. Bytes beyond
// `max_bytes` + kCutSlack may already have been dropped by the reader: `original_size` says how
// many there were.
void CutToLimit(RawItem& item, size_t original_size, size_t max_bytes);

// Adds a reason to the item's truncation evidence ("; "-separated) and marks it truncated.
void AddTruncation(RawItem& item, const std::string& evidence);

}  // namespace storyline::readers
