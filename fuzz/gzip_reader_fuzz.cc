// Fuzz target for the gzip reader: any bytes read as "page.html.gz" must give well-formed items
// without crashing (see FuzzReader).
#include <cstddef>
#include <cstdint>

#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  storyline::fuzz::FuzzReader("page.html.gz", data, size);
  return 0;
}
