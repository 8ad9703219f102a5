#include "readers/warc.h"

#include <algorithm>
#include <charconv>
#include <string>

#include "readers/headers.h"
#include "readers/http.h"
#include "readers/item.h"
#include "readers/sniff.h"

namespace storyline::readers {

namespace {

constexpr size_t kMaxHeaderLine = 64 << 10;
// Room for the HTTP head in front of a payload cut at max_item_bytes.
constexpr size_t kMaxHttpHead = 256 << 10;

struct WarcHeader {
  std::string type;          // lowercased WARC-Type
  std::string target_uri;    // WARC-Target-URI without <>
  ContentType content_type;  // of the record block
  bool has_length = false;
  size_t content_length = 0;
};

bool IsVersionLine(std::string_view line) { return line.starts_with("WARC/1."); }

void AddField(std::string_view line, WarcHeader& header) {
  std::string_view name, value;
  if (!SplitHeaderLine(line, &name, &value)) return;
  std::string lower = LowerAscii(name);
  if (lower == "warc-type") header.type = LowerAscii(value);
  if (lower == "content-type") header.content_type = ParseContentType(value);
  if (lower == "warc-target-uri") {
    if (value.size() >= 2 && value.front() == '<' && value.back() == '>') {
      value = value.substr(1, value.size() - 2);  // WARC/1.0's draft syntax
    }
    header.target_uri = std::string(value);
  }
  if (lower == "content-length") {
    auto [end, error] =
        std::from_chars(value.data(), value.data() + value.size(), header.content_length);
    header.has_length = error == std::errc() && end == value.data() + value.size();
  }
}

std::string Printable(std::string_view s) {
  std::string out;
  for (char c : s.substr(0, 40)) {
    out += static_cast<unsigned char>(c) < 0x20 || c == 0x7f ? '?' : c;
  }
  return out;
}

class WarcReader {
 public:
  WarcReader(BufferedSource& source, const InputContext& input) : source_(source), input_(input) {}

  void Run() {
    std::string line;
    bool have_line = NextNonBlankLine(line);
    if (!have_line && source_.ending().kind == StreamEnding::kClean) {
      const char* why =
          source_.position() == 0 ? "empty file" : "no WARC records (only blank lines)";
      input_.sink(ErrorItem(input_.stem, input_.source, why));
      return;
    }
    while (have_line) {
      ++record_;
      if (!IsVersionLine(line)) {
        Reject("expected a WARC record header, found \"" + Printable(line) + "\"");
        have_line = SkipToVersionLine(line);
        continue;
      }
      switch (ReadRecord()) {
        case Next::kRecord:
          have_line = NextNonBlankLine(line);
          break;
        case Next::kResync:
          have_line = SkipToVersionLine(line);
          break;
        case Next::kStop:
          return ReportEnding();
      }
    }
    ReportEnding();
  }

 private:
  bool ReadLine(std::string& line) {
    bool too_long = false, newline = false;
    if (!source_.ReadLine(line, kMaxHeaderLine, &too_long, &newline)) return false;
    if (line.ends_with('\r')) line.pop_back();
    return true;
  }

  bool NextNonBlankLine(std::string& line) {
    while (ReadLine(line)) {
      if (!TrimSpace(line).empty()) return true;
    }
    return false;
  }

  bool SkipToVersionLine(std::string& line) {
    while (ReadLine(line)) {
      if (IsVersionLine(line)) return true;
    }
    return false;
  }

  // Where to look for the next record after this one.
  enum class Next { kRecord, kResync, kStop };

  // Reads one record after its version line.
  Next ReadRecord() {
    WarcHeader header;
    std::string line;
    for (;;) {
      if (!ReadLine(line)) {
        Reject("record header ends early");
        return Next::kStop;
      }
      if (line.empty()) break;
      AddField(line, header);
    }
    if (!header.has_length) {
      Reject("missing or invalid Content-Length");
      return Next::kResync;  // the block's extent is unknown: find the next version line
    }
    bool wanted = header.type == "response" || header.type == "resource";
    std::string block;
    size_t keep = wanted ? input_.options.max_item_bytes + kCutSlack + kMaxHttpHead : 0;
    size_t got = source_.ReadBytes(header.content_length, keep, &block);
    if (got < header.content_length) {
      Reject("record ends after " + std::to_string(got) + " of its Content-Length " +
             std::to_string(header.content_length) + " bytes");
      return Next::kStop;
    }
    if (wanted) MakeItem(header, block);
    return Next::kRecord;
  }

  void Skip(const std::string& why) {
    if (input_.options.on_skip) input_.options.on_skip(Source(), why);
  }

  void MakeItem(const WarcHeader& header, std::string_view block) {
    RawItem item;
    item.id = Id();
    item.source = Source();
    item.url = header.target_uri;
    item.format = Format::kHtml;
    size_t original_size = header.content_length;
    const ContentType& type = header.content_type;
    bool http = type.media_type == "application/http" ||
                (type.media_type.empty() && block.starts_with("HTTP/"));
    if (!http) {
      if (!IsHtmlMediaType(type.media_type)) return Skip("not HTML: " + type.media_type);
      item.declared_charset = type.charset;
      item.bytes = std::string(block);
    } else if (!ReadHttpPayload(block, item, original_size)) {
      return Skip("HTTP response that is not an HTML article");
    }
    if (item.error) return Reject(*item.error);
    if (item.bytes.empty()) return Reject("empty HTML payload");
    if (auto binary = BinaryEvidence(item.bytes)) return Reject(*binary);
    CutToLimit(item, original_size, input_.options.max_item_bytes);
    input_.sink(std::move(item));
  }

  // Fills the item from an HTTP response; false when the response is not an article.
  bool ReadHttpPayload(std::string_view block, RawItem& item, size_t& original_size) {
    Result<HttpResponse> response = ParseHttpResponse(block);
    if (!response.ok()) {
      item.error = response.status().message();
      return true;
    }
    if (response->status < 200 || response->status > 299) return false;
    const ContentType& type = response->content_type;
    bool untyped = type.media_type.empty();
    if (!untyped && !IsHtmlMediaType(type.media_type)) return false;
    item.declared_charset = type.charset;
    original_size -= std::min(original_size, block.size() - response->body.size());
    Result<DecodedBody> body = DecodeHttpBody(*response, input_.options.max_decompressed_bytes);
    if (!body.ok()) {
      if (untyped) return false;  // an undecodable payload of unknown type: not an article
      item.error = body.status().message();
      return true;
    }
    // Without a Content-Type only the (decoded) payload can say whether it is a page.
    if (untyped &&
        SniffContainer(std::string_view(body->bytes).substr(0, kSniffBytes)) != Container::kHtml) {
      return false;
    }
    item.bytes = std::move(body->bytes);
    original_size = std::max(original_size, item.bytes.size());
    if (!body->truncation.empty()) AddTruncation(item, body->truncation);
    return true;
  }

  std::string Id() const {
    return (input_.stem.empty() ? "stdin" : input_.stem) + "#" + std::to_string(record_);
  }
  std::string Source() const { return input_.source + "#" + std::to_string(record_); }

  void Reject(const std::string& message) {
    input_.sink(ErrorItem(Id(), Source(), "record " + std::to_string(record_) + ": " + message));
  }

  void ReportEnding() {
    const StreamEnding& ending = source_.ending();
    if (ending.kind == StreamEnding::kClean) return;
    input_.sink(ErrorItem(input_.stem, input_.source,
                          ending.message + " (after record " + std::to_string(record_) +
                              "; later records are lost)"));
  }

  BufferedSource& source_;
  const InputContext& input_;
  size_t record_ = 0;
};

}  // namespace

void ReadWarc(BufferedSource& source, const InputContext& input) {
  WarcReader(source, input).Run();
}

}  // namespace storyline::readers
