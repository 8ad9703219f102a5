// Test helper for the coreference and role tests: a segmented document whose name mentions are
// marked by hand, as DetectNames() would mark them, so each rule is tested on its own.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

#include "core/document.h"
#include "extract/entity_stages.h"
#include "text/segment.h"

namespace storyline::extract::testing {

inline bool IsWordChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

class HandTaggedDocument {
 public:
  explicit HandTaggedDocument(std::string text) {
    doc.text = std::move(text);
    text::Segment(doc);
  }

  // Marks every whole-word occurrence of `phrase` that no mention covers yet.
  HandTaggedDocument& Name(std::string_view phrase, EntityType type, float confidence = 0.9f) {
    const std::string_view text(doc.text);
    for (size_t at = text.find(phrase); at != std::string_view::npos;
         at = text.find(phrase, at + 1)) {
      const size_t end = at + phrase.size();
      if ((at > 0 && IsWordChar(text[at - 1])) || (end < text.size() && IsWordChar(text[end]))) {
        continue;
      }
      const bool taken = std::any_of(doc.mentions.begin(), doc.mentions.end(), [&](auto& m) {
        return m.span.start < end && at < m.span.end;
      });
      if (taken) continue;
      EntityMention mention;
      mention.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(end)};
      mention.type = type;
      mention.entity = kNoEntity;
      mention.confidence = confidence;
      doc.mentions.push_back(mention);
    }
    std::sort(doc.mentions.begin(), doc.mentions.end(),
              [](auto& a, auto& b) { return a.span.start < b.span.start; });
    return *this;
  }
  HandTaggedDocument& Person(std::string_view p) { return Name(p, EntityType::kPerson); }
  HandTaggedDocument& Org(std::string_view p) { return Name(p, EntityType::kOrganization); }
  HandTaggedDocument& Place(std::string_view p) { return Name(p, EntityType::kLocation); }
  HandTaggedDocument& Nationality(std::string_view p) { return Name(p, EntityType::kNationality); }

  HandTaggedDocument& Resolve(bool coreference = true) {
    EntityOptions options;
    options.resolve_coreference = coreference;
    ResolveCoreference(doc, options);
    return *this;
  }

  std::string_view TextOf(const EntityMention& m) const {
    return std::string_view(doc.text).substr(m.span.start, m.span.size());
  }

  // The mention whose text is `phrase` (the n-th such), or nullptr.
  const EntityMention* Mention(std::string_view phrase, int n = 0) const {
    for (const EntityMention& m : doc.mentions) {
      if (TextOf(m) == phrase && n-- == 0) return &m;
    }
    return nullptr;
  }

  // The canonical name of the entity the n-th mention `phrase` refers to; "" when there is none.
  std::string Referent(std::string_view phrase, int n = 0) const {
    const EntityMention* m = Mention(phrase, n);
    if (m == nullptr || m->entity >= doc.entities.size()) return "";
    return doc.entities[m->entity].canonical;
  }

  // The entity whose canonical name is `name`, or nullptr.
  const Entity* Find(std::string_view name) const {
    for (const Entity& e : doc.entities) {
      if (e.canonical == name) return &e;
    }
    return nullptr;
  }

  Document doc;
};

}  // namespace storyline::extract::testing
