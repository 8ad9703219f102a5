#include "readers/whole_item.h"

#include <cstdint>

#include "readers/item.h"
#include "readers/sniff.h"

namespace storyline::readers {

void ReadWholeItem(BufferedSource& source, Format format, const InputContext& input) {
  RawItem item;
  item.id = input.stem;
  item.source = input.source;
  item.format = format;
  auto reject = [&](const std::string& message) {
    RawItem error = ErrorItem(item.id, item.source, message);
    error.format = format;
    input.sink(std::move(error));
  };
  size_t keep = input.options.max_item_bytes + kCutSlack;
  // Bytes past the limit are read and counted, not kept, so the evidence can give the real size.
  size_t total = source.ReadBytes(SIZE_MAX, keep, &item.bytes);
  const StreamEnding& ending = source.ending();
  if (ending.kind == StreamEnding::kFailed ||
      (ending.kind == StreamEnding::kTruncated && total == 0)) {
    reject(ending.message);
    return;
  }
  if (total == 0) {
    reject("empty file");
    return;
  }
  if (auto binary = BinaryEvidence(item.bytes)) {
    reject(*binary);
    return;
  }
  if (ending.kind == StreamEnding::kTruncated) AddTruncation(item, ending.message);
  CutToLimit(item, total, input.options.max_item_bytes);
  input.sink(std::move(item));
}

}  // namespace storyline::readers
