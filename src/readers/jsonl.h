// Reads JSONL (one JSON object per line) into items, one line at a time.
//
// A record gives its article as "html" (format HTML) or "text" (format text); when both are
// present "html" wins, since the cleaner can take the title, date and boilerplate from it.
// Optional fields: "id" (a string, or a number turned into its decimal string), "url", "title",
// "published", "outlet" (or "source"). Items' source is "path:LINE" (1-based); id is the record's
// "id", else empty (the cleaner then uses a content hash). Blank lines are skipped. A malformed
// line, a line that is not an object, or a record without "text"/"html" becomes an error item
// "line N: ..." (id "stem:N") and reading goes on with the next line. A file with no record at
// all, or a stream that ends abnormally (truncated or corrupt gzip), adds one error item for the
// file. Private to src/readers/.
#pragma once

#include <string_view>

#include "readers/byte_stream.h"
#include "readers/parse.h"

namespace storyline::readers {

void ReadJsonl(BufferedSource& source, const InputContext& input);

// A JSONL-named input (typically .json) that is one JSON document rather than one record a line:
// an array of such records (element i's source is "path[i]", 0-based; errors say "element i: ...")
// or one pretty-printed record (source "path", id its "id" else the file's stem). It is parsed
// whole, up to max_decompressed_bytes / 4 (larger documents are an error asking for JSONL). A
// parse error, an empty array or another kind of value is one error item for the file.
void ReadJsonDocument(BufferedSource& source, const InputContext& input);

// Whether a JSONL-named input is such a document: its first non-blank character is "[", or its
// first line is a lone "{" (JSONL never breaks a record across lines).
bool IsJsonDocument(std::string_view head);

}  // namespace storyline::readers
