#include "readers/gzip.h"

#include <algorithm>
#include <climits>
#include <string>

namespace storyline::readers {

namespace {
constexpr size_t kInputChunk = 64 << 10;
// 15 = 32 KiB window; +32 = accept both gzip and zlib headers (HTTP "deflate" is zlib-wrapped).
constexpr int kWindowBits = 15 + 32;
}  // namespace

GzipStream::GzipStream(ByteStream& compressed, size_t max_member_bytes)
    : in_(compressed), max_member_bytes_(max_member_bytes), in_buffer_(kInputChunk) {
  if (inflateInit2(&z_, kWindowBits) != Z_OK) {
    Finish(StreamEnding::kFailed, "cannot initialise zlib");
  }
}

GzipStream::~GzipStream() { inflateEnd(&z_); }

void GzipStream::Finish(StreamEnding::Kind kind, std::string message) {
  done_ = true;
  ending_ = {kind, std::move(message)};
}

bool GzipStream::Refill() {
  size_t got = in_.Read(in_buffer_.data(), in_buffer_.size());
  z_.next_in = reinterpret_cast<Bytef*>(in_buffer_.data());
  z_.avail_in = static_cast<uInt>(got);
  return got > 0;
}

bool GzipStream::Step() {
  if (z_.avail_in == 0 && !Refill()) {
    if (in_.ending().kind == StreamEnding::kFailed) {
      Finish(StreamEnding::kFailed, in_.ending().message);
    } else if (in_member_) {
      Finish(StreamEnding::kTruncated,
             "gzip stream ends early after " + std::to_string(total_out_) + " bytes");
    } else {
      Finish(StreamEnding::kClean, "");
    }
    return false;
  }
  if (!in_member_) {
    // Between members: another member must start with the gzip magic; anything else (often
    // zero padding) is trailing garbage that gzip(1) also ignores.
    if (total_out_ > 0 && static_cast<unsigned char>(*z_.next_in) != 0x1f) {
      Finish(StreamEnding::kClean, "");
      return false;
    }
    in_member_ = true;
  }
  int ret = inflate(&z_, Z_NO_FLUSH);
  if (ret == Z_STREAM_END) {
    in_member_ = false;
    member_out_ = 0;
    inflateReset(&z_);
  } else if (ret != Z_OK && ret != Z_BUF_ERROR) {
    Finish(StreamEnding::kFailed,
           std::string("corrupt gzip data: ") + (z_.msg != nullptr ? z_.msg : zError(ret)));
    return false;
  }
  return true;
}

size_t GzipStream::Read(char* out, size_t n) {
  if (done_ || n == 0) return 0;
  n = std::min<size_t>(n, UINT_MAX);
  z_.next_out = reinterpret_cast<Bytef*>(out);
  z_.avail_out = static_cast<uInt>(n);
  while (z_.avail_out == n && Step()) {
  }
  size_t produced = n - z_.avail_out;
  if (member_out_ + produced > max_member_bytes_) {
    produced = max_member_bytes_ > member_out_ ? max_member_bytes_ - member_out_ : 0;
    Finish(StreamEnding::kTruncated, "gzip member decompresses to more than " +
                                         std::to_string(max_member_bytes_) + " bytes; cut there");
  }
  member_out_ += produced;
  total_out_ += produced;
  return produced;
}

}  // namespace storyline::readers
