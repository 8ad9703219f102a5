// The HTTP response inside a WARC "response" record: status line, headers and payload decoding.
//
// Payload decoding is tolerant because crawlers disagree: many (Common Crawl among them) store
// the payload already de-chunked and decompressed but keep the original headers. So a body is
// de-chunked only if it really starts with a chunk-size line, and decompressed only if it really
// starts with gzip/zlib/zstd magic. Private to src/readers/.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"
#include "readers/headers.h"

namespace storyline::readers {

struct HttpResponse {
  int status = 0;
  ContentType content_type;       // media_type "" when the header is absent
  std::string transfer_encoding;  // lowercased
  std::string content_encoding;   // lowercased
  std::string_view body;          // into the parsed block
};

// Parses "HTTP/1.x NNN reason" and the headers up to the blank line.
Result<HttpResponse> ParseHttpResponse(std::string_view block);

struct DecodedBody {
  std::string bytes;
  std::string truncation;  // why the body is incomplete; "" when it is whole
};

// Undoes Transfer-Encoding: chunked and Content-Encoding: gzip / x-gzip / deflate / zstd. An
// unsupported content coding (e.g. br) or corrupt compressed data is an error.
Result<DecodedBody> DecodeHttpBody(const HttpResponse& response, size_t max_bytes);

}  // namespace storyline::readers
