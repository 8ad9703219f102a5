// What kind of input a file is: from its name first, else from its first bytes.
//
// Names: .txt .text -> text; .html .htm .xhtml -> HTML; .jsonl .ndjson .json -> JSONL;
// .warc -> WARC; a trailing .gz / .zst is stripped first and names the compression. Bytes (for
// unknown extensions and stdin): "WARC/1." -> WARC; a leading <!doctype html>, <html>, <head>,
// <meta>, <?xml ...> or at least three common HTML tags in the head -> HTML; a first line that
// is a JSON object, or a JSON array / pretty-printed object naming "text" or "html" -> JSONL
// (see jsonl.h); anything else -> text. Private to src/readers/.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace storyline::readers {

enum class Container { kUnknown, kText, kHtml, kJsonl, kWarc };

struct InputName {
  std::string stem;  // file name without its extensions ("foo.html.gz" -> "foo"); "" for stdin
  Container container = Container::kUnknown;  // from the extension; kUnknown = sniff the bytes
};

InputName ParseInputName(std::string_view path);

// `head` is the first few KiB of the (decompressed) input.
Container SniffContainer(std::string_view head);

// Why `head` looks like a binary file rather than text or HTML ("NUL byte at offset 12"), or
// nothing. UTF-16/32 text with a byte-order mark is not binary.
std::optional<std::string> BinaryEvidence(std::string_view head);

// How many bytes of the input the sniffers and the binary check look at.
inline constexpr size_t kSniffBytes = 8 << 10;

}  // namespace storyline::readers
