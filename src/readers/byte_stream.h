// Byte streams for the readers: files, memory and stdin, and a buffered source with look-ahead.
//
// Readers pull bytes through these instead of slurping whole files, so a multi-gigabyte WARC or
// JSONL file is read in bounded memory. A stream never throws: it reports how it ended (cleanly,
// cut short, or failed) through `ending()` once `Read` has returned 0. Private to src/readers/.
#pragma once

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace storyline::readers {

// How a stream ended. `kTruncated` keeps the bytes read so far usable (a gzip file cut short);
// `kFailed` means they should not be trusted (corrupt data, I/O error).
struct StreamEnding {
  enum Kind { kClean, kTruncated, kFailed };
  Kind kind = kClean;
  std::string message;  // empty for kClean; e.g. "gzip stream ends early after 512 bytes"
};

class ByteStream {
 public:
  virtual ~ByteStream() = default;
  // Reads up to `n` bytes into `out`; returns 0 only at the end of the stream.
  virtual size_t Read(char* out, size_t n) = 0;
  // Meaningful once Read has returned 0.
  virtual const StreamEnding& ending() const = 0;
};

// A file (or stdin) opened by the caller; the stream does not close it.
class FileStream : public ByteStream {
 public:
  explicit FileStream(std::FILE* file) : file_(file) {}
  size_t Read(char* out, size_t n) override;
  const StreamEnding& ending() const override { return ending_; }

 private:
  std::FILE* file_;
  StreamEnding ending_;
};

class MemoryStream : public ByteStream {
 public:
  explicit MemoryStream(std::string_view bytes) : bytes_(bytes) {}
  size_t Read(char* out, size_t n) override;
  const StreamEnding& ending() const override { return ending_; }

 private:
  std::string_view bytes_;
  StreamEnding ending_;
};

// Buffers another stream so parsers can peek ahead, read lines and read exact byte counts.
// It is itself a ByteStream, so a decompressor can sit on top of it.
class BufferedSource : public ByteStream {
 public:
  explicit BufferedSource(ByteStream& inner) : inner_(inner) {}

  size_t Read(char* out, size_t n) override;
  const StreamEnding& ending() const override { return inner_.ending(); }

  // Up to `n` bytes ahead without consuming them (fewer only at the end of the stream).
  std::string_view Peek(size_t n);
  // Reads one line without its "\n" (a trailing "\r" is kept). Returns false at the end of the
  // stream. A line longer than `max_bytes` is consumed whole but only its first `max_bytes` are
  // kept, and `*too_long` is set. `*ended_with_newline` tells a complete last line from a cut one.
  bool ReadLine(std::string& line, size_t max_bytes, bool* too_long, bool* ended_with_newline);
  // Reads `n` bytes, keeping the first `keep` of them in `*out` (when not null). Returns how many
  // bytes were consumed: fewer than `n` only when the stream ended.
  size_t ReadBytes(size_t n, size_t keep, std::string* out);
  // Total bytes consumed so far.
  size_t position() const { return position_; }

 private:
  // Makes at least `n` bytes available in the buffer unless the stream ends first.
  void Fill(size_t n);
  std::string_view Buffered() const {
    return std::string_view(buffer_.data() + begin_, buffer_.size() - begin_);
  }
  void Consume(size_t n) {
    begin_ += n;
    position_ += n;
  }

  ByteStream& inner_;
  std::vector<char> buffer_;
  size_t begin_ = 0;
  size_t position_ = 0;
  bool at_end_ = false;
};

}  // namespace storyline::readers
