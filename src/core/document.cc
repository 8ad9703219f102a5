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

const char* EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "PERSON";
    case EntityType::kOrganization:
      return "ORGANIZATION";
    case EntityType::kLocation:
      return "LOCATION";
    case EntityType::kNationality:
      return "NATIONALITY";
  }
  return "PERSON";
}

const char* MentionKindName(MentionKind kind) {
  switch (kind) {
    case MentionKind::kName:
      return "name";
    case MentionKind::kNominal:
      return "nominal";
    case MentionKind::kPronoun:
      return "pronoun";
  }
  return "name";
}

const char* QuoteKindName(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::kDirect:
      return "direct";
    case QuoteKind::kPartial:
      return "partial";
    case QuoteKind::kReported:
      return "reported";
  }
  return "direct";
}

}  // namespace storyline
