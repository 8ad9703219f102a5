#include "readers/headers.h"

#include <cctype>

namespace storyline::readers {

std::string LowerAscii(std::string_view s) {
  std::string lower(s);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

std::string_view TrimSpace(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool SplitHeaderLine(std::string_view line, std::string_view* name, std::string_view* value) {
  size_t colon = line.find(':');
  if (colon == std::string_view::npos) return false;
  *name = TrimSpace(line.substr(0, colon));
  *value = TrimSpace(line.substr(colon + 1));
  return !name->empty();
}

ContentType ParseContentType(std::string_view value) {
  ContentType type;
  size_t semicolon = value.find(';');
  type.media_type = LowerAscii(TrimSpace(value.substr(0, semicolon)));
  while (semicolon != std::string_view::npos) {
    value.remove_prefix(semicolon + 1);
    semicolon = value.find(';');
    std::string_view parameter = TrimSpace(value.substr(0, semicolon));
    size_t equals = parameter.find('=');
    if (equals == std::string_view::npos) continue;
    if (LowerAscii(TrimSpace(parameter.substr(0, equals))) != "charset") continue;
    std::string_view charset = TrimSpace(parameter.substr(equals + 1));
    if (charset.size() >= 2 && (charset.front() == '"' || charset.front() == '\'')) {
      charset = charset.substr(1, charset.size() - 2);
    }
    type.charset = std::string(TrimSpace(charset));
  }
  return type;
}

bool IsHtmlMediaType(std::string_view media_type) {
  return media_type == "text/html" || media_type == "application/xhtml+xml";
}

}  // namespace storyline::readers
