#include "readers/item.h"

#include <algorithm>

namespace storyline::readers {

RawItem ErrorItem(std::string id, std::string source, std::string message) {
  RawItem item;
  item.id = std::move(id);
  item.source = std::move(source);
  item.error = std::move(message);
  return item;
}

void AddTruncation(RawItem& item, const std::string& evidence) {
  item.truncated = true;
  if (!item.truncation_evidence.empty()) item.truncation_evidence += "; ";
  item.truncation_evidence += evidence;
}

void CutToLimit(RawItem& item, size_t original_size, size_t max_bytes) {
  if (original_size <= max_bytes && item.bytes.size() <= max_bytes) return;
  size_t cut = std::min(max_bytes, item.bytes.size());
  // Back off over at most three UTF-8 continuation bytes to the start of the cut character.
  size_t keep = cut;
  for (int i = 0; i < 3 && keep > 0 && cut < item.bytes.size(); ++i) {
    if ((static_cast<unsigned char>(item.bytes[keep]) & 0xC0) != 0x80) break;
    --keep;
  }
  if (keep < item.bytes.size() && (static_cast<unsigned char>(item.bytes[keep]) & 0xC0) == 0x80) {
    keep = cut;  // not UTF-8 after all: cut where the limit says
  }
  item.bytes.resize(keep);
  AddTruncation(item, "item of " + std::to_string(std::max(original_size, cut)) + " bytes cut to " +
                          std::to_string(keep) + " bytes (max_item_bytes)");
}

}  // namespace storyline::readers
