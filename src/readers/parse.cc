#include "readers/parse.h"

#include <memory>

#include "readers/gzip.h"
#include "readers/item.h"
#include "readers/jsonl.h"
#include "readers/warc.h"
#include "readers/whole_item.h"
#include "readers/zstd.h"

namespace storyline::readers {

namespace {

// Compression is recognised by magic bytes, not by name, so a mis-named or extension-less
// compressed file (and compressed stdin) is read all the same.
std::unique_ptr<ByteStream> Decompressor(BufferedSource& raw, const ReaderOptions& options) {
  std::string_view magic = raw.Peek(4);
  if (StartsWithGzipMagic(magic)) {
    return std::make_unique<GzipStream>(raw, options.max_decompressed_bytes);
  }
  if (StartsWithZstdMagic(magic)) {
    return std::make_unique<ZstdStream>(raw, options.max_decompressed_bytes);
  }
  return nullptr;
}

}  // namespace

void ReadStream(const std::string& source, const InputName& name, ByteStream& raw,
                const ReaderOptions& options, const ItemSink& sink) {
  BufferedSource raw_source(raw);
  std::unique_ptr<ByteStream> decompressor = Decompressor(raw_source, options);
  BufferedSource content(decompressor ? *decompressor : raw_source);
  InputContext input{source, name.stem, options, sink};
  Container container = name.container;
  if (container == Container::kUnknown) container = SniffContainer(content.Peek(kSniffBytes));
  switch (container) {
    case Container::kWarc:
      return ReadWarc(content, input);
    case Container::kJsonl:
      if (IsJsonDocument(content.Peek(kSniffBytes))) return ReadJsonDocument(content, input);
      return ReadJsonl(content, input);
    case Container::kHtml:
      return ReadWholeItem(content, Format::kHtml, input);
    default:
      return ReadWholeItem(content, Format::kText, input);
  }
}

void ReadBuffer(const std::string& name, std::string_view bytes, const ReaderOptions& options,
                const ItemSink& sink) {
  MemoryStream stream(bytes);
  ReadStream(name, ParseInputName(name), stream, options, sink);
}

}  // namespace storyline::readers
