// Re-joins hard-wrapped plain text (lines cut at a fixed width, as in newswire archives and
// e-mail) into one line per paragraph, so the line-level cleaner judges paragraphs, not fragments
// of sentences. Private to src/clean/.
//
// Text is taken as hard-wrapped only when most lines run close to one common width and most of
// them end mid-sentence; scraped page dumps (one block per line) and one-sentence-per-line text
// are left exactly as they are. A paragraph ends at a blank line, at an indented line, or after a
// clearly short line.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace storyline::clean {

// The re-joined text, or nullopt when the text does not look hard-wrapped.
std::optional<std::string> ReflowHardWrapped(std::string_view utf8_text);

}  // namespace storyline::clean
