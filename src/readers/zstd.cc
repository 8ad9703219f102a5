#include "readers/zstd.h"

#include <algorithm>
#include <string>

namespace storyline::readers {

ZstdStream::ZstdStream(ByteStream& compressed, size_t max_bytes)
    : in_(compressed),
      max_bytes_(max_bytes),
      stream_(ZSTD_createDStream()),
      in_buffer_(ZSTD_DStreamInSize()) {
  if (stream_ == nullptr) Finish(StreamEnding::kFailed, "cannot initialise zstd");
}

ZstdStream::~ZstdStream() { ZSTD_freeDStream(stream_); }

void ZstdStream::Finish(StreamEnding::Kind kind, std::string message) {
  done_ = true;
  ending_ = {kind, std::move(message)};
}

size_t ZstdStream::Read(char* out, size_t n) {
  if (done_ || n == 0) return 0;
  ZSTD_outBuffer output{out, n, 0};
  while (output.pos == 0) {
    if (input_.pos == input_.size) {
      size_t got = in_.Read(in_buffer_.data(), in_buffer_.size());
      if (got == 0) {
        if (in_.ending().kind == StreamEnding::kFailed) {
          Finish(StreamEnding::kFailed, in_.ending().message);
        } else if (in_frame_) {
          Finish(StreamEnding::kTruncated,
                 "zstd stream ends early after " + std::to_string(total_out_) + " bytes");
        } else {
          Finish(StreamEnding::kClean, "");
        }
        return 0;
      }
      input_ = {in_buffer_.data(), got, 0};
    }
    size_t ret = ZSTD_decompressStream(stream_, &output, &input_);
    if (ZSTD_isError(ret)) {
      Finish(StreamEnding::kFailed, std::string("corrupt zstd data: ") + ZSTD_getErrorName(ret));
      return 0;
    }
    in_frame_ = ret != 0;
  }
  size_t produced = output.pos;
  if (total_out_ + produced > max_bytes_) {
    produced = max_bytes_ > total_out_ ? max_bytes_ - total_out_ : 0;
    Finish(StreamEnding::kTruncated, "zstd stream decompresses to more than " +
                                         std::to_string(max_bytes_) + " bytes; cut there");
  }
  total_out_ += produced;
  return produced;
}

}  // namespace storyline::readers
