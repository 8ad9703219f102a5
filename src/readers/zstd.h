// Streaming zstd decompression for the readers (.zst files, or bytes starting with zstd's magic).
//
// Same contract as GzipStream: all frames in turn; a stream that ends inside a frame is
// kTruncated with everything decoded so far readable; corrupt data is kFailed with zstd's message.
// Private to src/readers/.
#pragma once

#include <zstd.h>

#include <cstddef>
#include <string_view>
#include <vector>

#include "readers/byte_stream.h"

namespace storyline::readers {

inline bool StartsWithZstdMagic(std::string_view bytes) {
  return bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("\x28\xb5\x2f\xfd", 4);
}

class ZstdStream : public ByteStream {
 public:
  // `max_bytes` caps the decompressed size (cut there, as kTruncated).
  ZstdStream(ByteStream& compressed, size_t max_bytes);
  ~ZstdStream() override;
  ZstdStream(const ZstdStream&) = delete;
  ZstdStream& operator=(const ZstdStream&) = delete;

  size_t Read(char* out, size_t n) override;
  const StreamEnding& ending() const override { return ending_; }

 private:
  void Finish(StreamEnding::Kind kind, std::string message);

  ByteStream& in_;
  size_t max_bytes_;
  ZSTD_DStream* stream_;
  std::vector<char> in_buffer_;
  ZSTD_inBuffer input_{nullptr, 0, 0};
  bool in_frame_ = false;
  bool done_ = false;
  size_t total_out_ = 0;
  StreamEnding ending_;
};

}  // namespace storyline::readers
