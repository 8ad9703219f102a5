#include "readers/sniff.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <nlohmann/json.hpp>

#include "readers/jsonl.h"

namespace storyline::readers {

namespace {

bool EndsWithNoCase(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  std::string_view tail = s.substr(s.size() - suffix.size());
  return std::equal(tail.begin(), tail.end(), suffix.begin(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == b;
  });
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && EndsWithNoCase(s.substr(0, prefix.size()), prefix);
}

Container ContainerOfExtension(std::string_view ext) {
  struct Entry {
    std::string_view ext;
    Container container;
  };
  static constexpr std::array<Entry, 10> kTable = {{
      {".txt", Container::kText},
      {".text", Container::kText},
      {".html", Container::kHtml},
      {".htm", Container::kHtml},
      {".xhtml", Container::kHtml},
      {".jsonl", Container::kJsonl},
      {".ndjson", Container::kJsonl},
      {".json", Container::kJsonl},
      {".warc", Container::kWarc},
      {".arc", Container::kUnknown},  // old ARC files: not supported, so sniffed (as text)
  }};
  for (const Entry& e : kTable) {
    if (ext.size() == e.ext.size() && EndsWithNoCase(ext, e.ext)) return e.container;
  }
  return Container::kUnknown;
}

std::string_view SkipBomAndSpace(std::string_view s) {
  if (s.starts_with("\xEF\xBB\xBF")) s.remove_prefix(3);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  return s;
}

bool LooksLikeHtml(std::string_view head) {
  std::string_view s = SkipBomAndSpace(head);
  for (std::string_view start : {"<!doctype html", "<html", "<head", "<meta", "<?xml", "<!--"}) {
    if (StartsWithNoCase(s, start)) return true;
  }
  // Scraped fragments without a document element: count a few tags no prose would contain.
  std::string lower(head.size(), '\0');
  std::transform(head.begin(), head.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  int tags = 0;
  for (std::string_view tag : {"<p>", "<p ", "<div", "<br", "<a href", "<span", "<table", "<li>",
                               "<h1", "<h2", "<script", "<body", "<title>", "</p>", "</div>"}) {
    if (lower.find(tag) != std::string::npos) ++tags;
    if (tags >= 3) return true;
  }
  return false;
}

bool LooksLikeJsonl(std::string_view head) {
  std::string_view s = SkipBomAndSpace(head);
  if (!s.starts_with('{')) return false;
  size_t newline = s.find('\n');
  // A first record longer than the sniffed head cannot be checked whole; '{"' is evidence enough.
  if (newline == std::string_view::npos && head.size() >= kSniffBytes) {
    return SkipBomAndSpace(s.substr(1)).starts_with('"');
  }
  return nlohmann::json::accept(s.substr(0, newline));
}

}  // namespace

InputName ParseInputName(std::string_view path) {
  InputName name;
  if (path == "-") return name;
  std::string_view file = path.substr(path.find_last_of('/') + 1);
  for (std::string_view compression : {".gz", ".zst"}) {
    if (EndsWithNoCase(file, compression) && file.size() > compression.size()) {
      file.remove_suffix(compression.size());
      break;
    }
  }
  size_t dot = file.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) {
    name.container = ContainerOfExtension(file.substr(dot));
    file = file.substr(0, dot);
  }
  name.stem = std::string(file);
  return name;
}

Container SniffContainer(std::string_view head) {
  if (SkipBomAndSpace(head).starts_with("WARC/1.")) return Container::kWarc;
  if (LooksLikeHtml(head)) return Container::kHtml;
  if (LooksLikeJsonl(head)) return Container::kJsonl;
  // A JSON export (an array, or one pretty-printed record) that names an article field.
  if (IsJsonDocument(head) && (head.find("\"text\"") != std::string_view::npos ||
                               head.find("\"html\"") != std::string_view::npos)) {
    return Container::kJsonl;
  }
  return Container::kText;
}

std::optional<std::string> BinaryEvidence(std::string_view head) {
  head = head.substr(0, kSniffBytes);
  // UTF-16 and UTF-32 are full of NUL bytes; with a byte-order mark they are text.
  for (std::string_view bom : {std::string_view("\xFF\xFE"), std::string_view("\xFE\xFF"),
                               std::string_view("\0\0\xFE\xFF", 4)}) {
    if (head.starts_with(bom)) return std::nullopt;
  }
  size_t nul = head.find('\0');
  if (nul != std::string_view::npos) {
    return "binary file (NUL byte at offset " + std::to_string(nul) + ")";
  }
  size_t control = std::count_if(head.begin(), head.end(), [](char ch) {
    unsigned char c = static_cast<unsigned char>(ch);
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b) || c == 0x7f;
  });
  // Text in any legacy encoding has almost no C0 controls; a few stray ones are tolerated.
  if (!head.empty() && control * 10 > head.size()) {
    return "binary file (" + std::to_string(control * 100 / head.size()) +
           "% control bytes in the first " + std::to_string(head.size()) + " bytes)";
  }
  return std::nullopt;
}

}  // namespace storyline::readers
