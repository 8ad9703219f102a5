#include "clean/text_reflow.h"

#include <algorithm>
#include <vector>

namespace storyline::clean {

namespace {

struct Line {
  std::string_view text;  // without the newline
  size_t width = 0;       // in code points, leading spaces included
  bool blank = false;
  bool indented = false;
};

size_t CodePoints(std::string_view s) {
  return static_cast<size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    Line line;
    line.text = text.substr(pos, nl - pos);
    line.width = CodePoints(line.text);
    size_t first = line.text.find_first_not_of(" \t");
    line.blank = first == std::string_view::npos;
    line.indented = !line.blank && first >= 2;
    lines.push_back(line);
    pos = nl + 1;
  }
  return lines;
}

bool EndsSentence(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  if (s.empty()) return true;
  char c = s.back();
  // ASCII terminal punctuation, or the last byte of a closing quote / ellipsis (” » …).
  return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\'' ||
         s.ends_with("\u201D") || s.ends_with("\u00BB") || s.ends_with("\u2026");
}

// The common wrap width: the 90th percentile of non-blank line widths.
size_t WrapWidth(const std::vector<Line>& lines) {
  std::vector<size_t> widths;
  for (const Line& l : lines) {
    if (!l.blank) widths.push_back(l.width);
  }
  if (widths.size() < 6) return 0;
  std::sort(widths.begin(), widths.end());
  return widths[widths.size() * 9 / 10];
}

bool LooksHardWrapped(const std::vector<Line>& lines, size_t width) {
  if (width < 40 || width > 100) return false;
  size_t nonblank = 0, near_width = 0, mid_sentence = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank) continue;
    ++nonblank;
    if (lines[i].width * 10 >= width * 7 && lines[i].width <= width + 2) {
      ++near_width;
      bool next_continues = i + 1 < lines.size() && !lines[i + 1].blank;
      mid_sentence += next_continues && !EndsSentence(lines[i].text);
    }
  }
  return near_width * 2 >= nonblank && mid_sentence * 5 >= near_width * 2;
}

}  // namespace

std::optional<std::string> ReflowHardWrapped(std::string_view utf8_text) {
  std::vector<Line> lines = SplitLines(utf8_text);
  size_t width = WrapWidth(lines);
  if (!LooksHardWrapped(lines, width)) return std::nullopt;
  std::string out;
  out.reserve(utf8_text.size());
  bool open = false;  // a paragraph is being built
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (line.blank) {
      if (open) out.push_back('\n');
      open = false;
      continue;
    }
    std::string_view body = line.text.substr(line.text.find_first_not_of(" \t"));
    while (!body.empty() && (body.back() == ' ' || body.back() == '\t')) body.remove_suffix(1);
    if (open && line.indented)
      out.push_back('\n');
    else if (open)
      out.push_back(' ');
    out.append(body);
    open = true;
    // A short line that ends a sentence closes its paragraph.
    if (line.width * 10 < width * 7 && EndsSentence(body)) {
      out.push_back('\n');
      open = false;
    }
  }
  if (open) out.push_back('\n');
  return out;
}

}  // namespace storyline::clean
