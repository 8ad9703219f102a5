// Streaming gzip (and zlib) decompression for the readers.
//
// Reads every member of a multi-member gzip file in turn (as gzip(1) does); bytes after the last
// member that do not start another member are ignored, like gzip's "trailing garbage". A stream
// that ends inside a member ends as kTruncated ("gzip stream ends early after N bytes", N counted
// in decompressed bytes) with everything decoded so far readable; corrupt data ends as kFailed
// with zlib's message. Private to src/readers/.
#pragma once

#include <zlib.h>

#include <cstddef>
#include <vector>

#include "readers/byte_stream.h"

namespace storyline::readers {

inline bool StartsWithGzipMagic(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
         static_cast<unsigned char>(bytes[1]) == 0x8b;
}

class GzipStream : public ByteStream {
 public:
  // `max_member_bytes` caps one member's decompressed size (a gzip bomb is cut, as kTruncated).
  GzipStream(ByteStream& compressed, size_t max_member_bytes);
  ~GzipStream() override;
  GzipStream(const GzipStream&) = delete;
  GzipStream& operator=(const GzipStream&) = delete;

  size_t Read(char* out, size_t n) override;
  const StreamEnding& ending() const override { return ending_; }

 private:
  // Returns false when the compressed input is exhausted.
  bool Refill();
  // Feeds inflate once; returns false when the stream is finished (ending_ set).
  bool Step();
  void Finish(StreamEnding::Kind kind, std::string message);

  ByteStream& in_;
  size_t max_member_bytes_;
  z_stream z_{};
  std::vector<char> in_buffer_;
  bool in_member_ = false;  // inflate has been fed bytes of a member it has not finished
  bool done_ = false;
  size_t total_out_ = 0;
  size_t member_out_ = 0;
  StreamEnding ending_;
};

}  // namespace storyline::readers
