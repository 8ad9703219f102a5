#include "readers/byte_stream.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace storyline::readers {

namespace {
constexpr size_t kChunk = 64 << 10;
}  // namespace

size_t FileStream::Read(char* out, size_t n) {
  size_t got = std::fread(out, 1, n, file_);
  if (got == 0 && std::ferror(file_)) {
    ending_ = {StreamEnding::kFailed, std::string("read error: ") + std::strerror(errno)};
  }
  return got;
}

size_t MemoryStream::Read(char* out, size_t n) {
  size_t got = std::min(n, bytes_.size());
  std::memcpy(out, bytes_.data(), got);
  bytes_.remove_prefix(got);
  return got;
}

void BufferedSource::Fill(size_t n) {
  while (!at_end_ && buffer_.size() - begin_ < n) {
    // Drop consumed bytes before growing, so the buffer stays about the size of one look-ahead.
    if (begin_ > 0) {
      buffer_.erase(buffer_.begin(), buffer_.begin() + static_cast<std::ptrdiff_t>(begin_));
      begin_ = 0;
    }
    size_t old_size = buffer_.size();
    size_t want = std::max(kChunk, n - old_size);
    buffer_.resize(old_size + want);
    size_t got = inner_.Read(buffer_.data() + old_size, want);
    buffer_.resize(old_size + got);
    if (got == 0) at_end_ = true;
  }
}

size_t BufferedSource::Read(char* out, size_t n) {
  if (Buffered().empty()) {
    // Large reads bypass the buffer: decompressors read in big chunks.
    if (n >= kChunk && !at_end_) {
      size_t got = inner_.Read(out, n);
      if (got == 0) at_end_ = true;
      position_ += got;
      return got;
    }
    Fill(1);
  }
  size_t got = std::min(n, Buffered().size());
  std::memcpy(out, Buffered().data(), got);
  Consume(got);
  return got;
}

std::string_view BufferedSource::Peek(size_t n) {
  Fill(n);
  return Buffered().substr(0, n);
}

bool BufferedSource::ReadLine(std::string& line, size_t max_bytes, bool* too_long,
                              bool* ended_with_newline) {
  line.clear();
  *too_long = false;
  *ended_with_newline = false;
  bool any = false;
  for (;;) {
    if (Buffered().empty()) Fill(1);
    std::string_view buffered = Buffered();
    if (buffered.empty()) return any;
    any = true;
    size_t newline = buffered.find('\n');
    size_t take = newline == std::string_view::npos ? buffered.size() : newline;
    size_t room = max_bytes > line.size() ? max_bytes - line.size() : 0;
    if (take > room) *too_long = true;
    line.append(buffered.data(), std::min(take, room));
    if (newline != std::string_view::npos) {
      Consume(take + 1);
      *ended_with_newline = true;
      return true;
    }
    Consume(take);
  }
}

size_t BufferedSource::ReadBytes(size_t n, size_t keep, std::string* out) {
  size_t done = 0;
  while (done < n) {
    if (Buffered().empty()) Fill(std::min(n - done, kChunk));
    std::string_view buffered = Buffered();
    if (buffered.empty()) break;
    size_t take = std::min(n - done, buffered.size());
    if (out != nullptr && done < keep) {
      out->append(buffered.data(), std::min(take, keep - done));
    }
    Consume(take);
    done += take;
  }
  return done;
}

}  // namespace storyline::readers
