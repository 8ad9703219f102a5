// PairDemonyms(): a one-word name and the demonym made from it in the same document become a
// place and a nationality word; near misses keep their types.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "core/document.h"
#include "extract/entity_stages.h"
#include "text/segment.h"

namespace storyline::extract {
namespace {

Document Paired(const std::string& text) {
  Document doc;
  doc.text = text;
  text::Segment(doc);
  DetectNames(doc, EntityOptions{});
  PairDemonyms(doc);
  return doc;
}

// The type of the first name mention spelled `surface`.
std::optional<EntityType> TypeOf(const Document& doc, const std::string& surface) {
  for (const EntityMention& m : doc.mentions) {
    if (doc.text.substr(m.span.start, m.span.size()) == surface) return m.type;
  }
  return std::nullopt;
}

TEST(PairDemonyms, UnknownCountryAndItsAdjective) {
  Document doc = Paired(
      "The Veskarian delegation arrived late. Talks with Veskaria resumed on Friday, and "
      "Brennoland officials said the Brennolandese side would answer.");
  EXPECT_EQ(TypeOf(doc, "Veskarian"), EntityType::kNationality);
  EXPECT_EQ(TypeOf(doc, "Veskaria"), EntityType::kLocation);
  EXPECT_EQ(TypeOf(doc, "Brennolandese"), EntityType::kNationality);
  EXPECT_EQ(TypeOf(doc, "Brennoland"), EntityType::kLocation);
}

TEST(PairDemonyms, PossessiveStemStillPairs) {
  Document doc = Paired("Ministers praised Orlavia's offer. The Orlavian minister smiled.");
  EXPECT_EQ(TypeOf(doc, "Orlavian"), EntityType::kNationality);
  EXPECT_EQ(TypeOf(doc, "Orlavia"), EntityType::kLocation);
}

TEST(PairDemonyms, NearMissesKeepTheirTypes) {
  // No stem in the document: nothing to pair.
  Document alone = Paired("The Quorvanian team won again on Sunday.");
  EXPECT_NE(TypeOf(alone, "Quorvanian"), EntityType::kLocation);
  // A person is never a stem ("Christ" / "Christian" shapes): the person stays a person.
  Document person = Paired("Rasa Velimova met Velimov officials. Mr Velimov said nothing.");
  EXPECT_EQ(TypeOf(person, "Rasa Velimova"), EntityType::kPerson);
}

}  // namespace
}  // namespace storyline::extract
