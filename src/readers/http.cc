#include "readers/http.h"

#include <cctype>
#include <charconv>
#include <memory>

#include "readers/gzip.h"
#include "readers/zstd.h"

namespace storyline::readers {

namespace {

// The end of the header block and the length of its terminator, or npos.
std::pair<size_t, size_t> FindHeaderEnd(std::string_view block) {
  size_t crlf = block.find("\r\n\r\n");
  size_t lf = block.find("\n\n");
  if (crlf != std::string_view::npos && (lf == std::string_view::npos || crlf < lf)) {
    return {crlf, 4};
  }
  return {lf, 2};
}

bool ParseStatusLine(std::string_view line, int* status) {
  if (!line.starts_with("HTTP/")) return false;
  size_t space = line.find(' ');
  if (space == std::string_view::npos || line.size() < space + 4) return false;
  std::string_view code = line.substr(space + 1, 3);
  auto [end, error] = std::from_chars(code.data(), code.data() + code.size(), *status);
  return error == std::errc() && end == code.data() + 3;
}

void ReadHeader(std::string_view line, HttpResponse& response) {
  std::string_view name, value;
  if (!SplitHeaderLine(line, &name, &value)) return;
  std::string lower = LowerAscii(name);
  if (lower == "content-type") response.content_type = ParseContentType(value);
  if (lower == "transfer-encoding") response.transfer_encoding = LowerAscii(value);
  if (lower == "content-encoding") response.content_encoding = LowerAscii(value);
}

// Parses one hex chunk-size line at the start of `body`; false if there is none.
bool ChunkSize(std::string_view body, size_t* size, size_t* line_bytes) {
  size_t newline = body.find('\n');
  if (newline == std::string_view::npos) return false;
  std::string_view line = body.substr(0, newline);
  line = TrimSpace(line.substr(0, line.find(';')));  // chunk extensions are ignored
  if (line.empty() || line.size() > 15) return false;
  auto [end, error] = std::from_chars(line.data(), line.data() + line.size(), *size, 16);
  *line_bytes = newline + 1;
  return error == std::errc() && end == line.data() + line.size();
}

DecodedBody Dechunk(std::string_view body) {
  DecodedBody decoded;
  size_t size = 0, line_bytes = 0;
  while (ChunkSize(body, &size, &line_bytes)) {
    body.remove_prefix(line_bytes);
    if (size == 0) return decoded;
    if (size > body.size()) {
      decoded.bytes.append(body);
      decoded.truncation = "chunked body ends inside a chunk";
      return decoded;
    }
    decoded.bytes.append(body.substr(0, size));
    body.remove_prefix(size);
    if (body.starts_with("\r\n"))
      body.remove_prefix(2);
    else if (body.starts_with("\n"))
      body.remove_prefix(1);
  }
  decoded.truncation = "chunked body ends without its last chunk";
  return decoded;
}

bool StartsWithZlibHeader(std::string_view bytes) {
  if (bytes.size() < 2) return false;
  unsigned cmf = static_cast<unsigned char>(bytes[0]), flg = static_cast<unsigned char>(bytes[1]);
  return (cmf & 0x0f) == 8 && (cmf * 256 + flg) % 31 == 0;
}

Result<DecodedBody> Decompress(const DecodedBody& body, size_t max_bytes) {
  MemoryStream compressed(body.bytes);
  std::unique_ptr<ByteStream> stream;
  if (StartsWithZstdMagic(body.bytes)) {
    stream = std::make_unique<ZstdStream>(compressed, max_bytes);
  } else {
    stream = std::make_unique<GzipStream>(compressed, max_bytes);
  }
  DecodedBody decoded;
  decoded.truncation = body.truncation;
  char buffer[64 << 10];
  while (size_t got = stream->Read(buffer, sizeof buffer)) decoded.bytes.append(buffer, got);
  const StreamEnding& ending = stream->ending();
  if (ending.kind == StreamEnding::kFailed) return Status::Error(ending.message);
  if (ending.kind == StreamEnding::kTruncated) {
    if (decoded.bytes.empty()) return Status::Error(ending.message);
    if (!decoded.truncation.empty()) decoded.truncation += "; ";
    decoded.truncation += ending.message;
  }
  return decoded;
}

}  // namespace

Result<HttpResponse> ParseHttpResponse(std::string_view block) {
  auto [header_end, terminator] = FindHeaderEnd(block);
  if (header_end == std::string_view::npos) return Status::Error("HTTP headers do not end");
  std::string_view headers = block.substr(0, header_end);
  HttpResponse response;
  size_t newline = headers.find('\n');
  std::string_view status_line = TrimSpace(headers.substr(0, newline));
  if (!ParseStatusLine(status_line, &response.status)) {
    return Status::Error("no HTTP status line: \"" + std::string(status_line.substr(0, 40)) + "\"");
  }
  while (newline != std::string_view::npos) {
    headers.remove_prefix(newline + 1);
    newline = headers.find('\n');
    ReadHeader(TrimSpace(headers.substr(0, newline)), response);
  }
  response.body = block.substr(header_end + terminator);
  return response;
}

Result<DecodedBody> DecodeHttpBody(const HttpResponse& response, size_t max_bytes) {
  DecodedBody body;
  size_t size = 0, line_bytes = 0;
  if (response.transfer_encoding.find("chunked") != std::string::npos &&
      ChunkSize(response.body, &size, &line_bytes)) {
    body = Dechunk(response.body);
  } else {
    body.bytes = std::string(response.body);
  }
  const std::string& coding = response.content_encoding;
  if (coding.empty() || coding == "identity") return body;
  bool compressed = StartsWithGzipMagic(body.bytes) || StartsWithZlibHeader(body.bytes) ||
                    StartsWithZstdMagic(body.bytes);
  if (coding == "gzip" || coding == "x-gzip" || coding == "deflate" || coding == "zstd") {
    return compressed ? Decompress(body, max_bytes) : Result<DecodedBody>(std::move(body));
  }
  if (!compressed && !body.bytes.empty() && body.bytes.front() == '<') return body;
  return Status::Error("unsupported Content-Encoding: " + coding);
}

}  // namespace storyline::readers
