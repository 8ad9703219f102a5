// Fuzz target for the WARC reader: any bytes read as "crawl.warc" must give well-formed items
// without crashing (see FuzzReader).
#include <cstddef>
#include <cstdint>

#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  storyline::fuzz::FuzzReader("crawl.warc", data, size);
  return 0;
}
