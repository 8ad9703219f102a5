// MIME-style header lines ("Name: value"), as WARC records and HTTP responses both carry them.
// Private to src/readers/.
#pragma once

#include <string>
#include <string_view>

namespace storyline::readers {

std::string LowerAscii(std::string_view s);
std::string_view TrimSpace(std::string_view s);

// Splits "Name: value" (value trimmed); false when the line has no colon or an empty name.
bool SplitHeaderLine(std::string_view line, std::string_view* name, std::string_view* value);

struct ContentType {
  std::string media_type;  // lowercased, without parameters: "text/html"
  std::string charset;     // the charset parameter, unquoted; "" when absent
};

ContentType ParseContentType(std::string_view value);

// text/html or application/xhtml+xml.
bool IsHtmlMediaType(std::string_view media_type);

}  // namespace storyline::readers
