#include "core/document.h"

#include <algorithm>

namespace storyline {

void Document::AddFlag(std::string name, std::string evidence, std::optional<std::string> related) {
  if (HasFlag(name)) return;  // one flag of a kind; the first evidence wins
  flags.push_back(Flag{std::move(name), std::move(evidence), std::move(related)});
}

bool Document::HasFlag(std::string_view name) const {
  return std::any_of(flags.begin(), flags.end(), [&](const Flag& f) { return f.name == name; });
}

}  // namespace storyline
