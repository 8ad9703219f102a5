// The readers' shared entry point below ReadInputs: one input, already opened as a byte stream.
//
// ReadInputs opens files and stdin and hands them here; fuzz targets and tests call ReadBuffer on
// bytes in memory. Everything here keeps ReadInputs' guarantees: no exceptions escape, and every
// input yields at least one item (an error item when nothing could be read). Private to
// src/readers/.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "readers/byte_stream.h"
#include "readers/reader.h"
#include "readers/sniff.h"

namespace storyline::readers {

using ItemSink = std::function<void(RawItem&&)>;

// What every format reader needs to know about the input it reads.
struct InputContext {
  std::string source;  // the path as given, or "-" for stdin
  std::string stem;    // id stem for the input's items; "" for stdin
  const ReaderOptions& options;
  const ItemSink& sink;
};

// Decompresses `raw` when it starts with gzip or zstd magic, picks the format (`name`'s extension,
// else sniffed) and emits the items.
void ReadStream(const std::string& source, const InputName& name, ByteStream& raw,
                const ReaderOptions& options, const ItemSink& sink);

// ReadStream on bytes in memory; `name` is the path the bytes are said to come from ("-" for
// stdin): its extensions choose the format and its stem the ids.
void ReadBuffer(const std::string& name, std::string_view bytes, const ReaderOptions& options,
                const ItemSink& sink);

}  // namespace storyline::readers
