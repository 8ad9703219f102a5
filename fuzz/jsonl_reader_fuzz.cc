// Fuzz target for the JSONL reader: any bytes read as "feed.jsonl" must give well-formed items
// without crashing (see FuzzReader).
#include <cstddef>
#include <cstdint>

#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  storyline::fuzz::FuzzReader("feed.jsonl", data, size);
  return 0;
}
