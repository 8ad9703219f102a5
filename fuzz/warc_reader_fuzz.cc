// Fuzz target for the WARC reader: any bytes read as "crawl.warc" must give items without
// crashing, and every item must be well formed (an error item carries no bytes; bytes respect
// max_item_bytes).
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "readers/parse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  storyline::readers::ReaderOptions options;
  options.max_item_bytes = 1 << 16;  // small limits so the fuzzer reaches the cutting paths
  options.max_decompressed_bytes = 1 << 20;
  size_t items = 0;
  storyline::readers::ReadBuffer("crawl.warc",
                                 std::string_view(reinterpret_cast<const char*>(data), size),
                                 options, [&](storyline::readers::RawItem&& item) {
                                   ++items;
                                   if (item.error && !item.bytes.empty()) std::abort();
                                   if (item.bytes.size() > options.max_item_bytes) std::abort();
                                   if (item.truncated && item.truncation_evidence.empty())
                                     std::abort();
                                   if (item.source.empty()) std::abort();
                                 });
  if (items == 0 && size == 0) std::abort();  // an empty input is an "empty file" error item
  return 0;
}
