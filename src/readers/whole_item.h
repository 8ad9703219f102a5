// Reads a whole text or HTML input as one item. Private to src/readers/.
//
// Empty input -> error "empty file"; binary-looking input -> error "binary file (...)"; a
// compressed input cut short keeps what was decoded, marked truncated (an error if nothing was);
// corrupt compressed data or an I/O failure -> error with the library's or the OS's message.
#pragma once

#include "readers/byte_stream.h"
#include "readers/parse.h"

namespace storyline::readers {

void ReadWholeItem(BufferedSource& source, Format format, const InputContext& input);

}  // namespace storyline::readers
