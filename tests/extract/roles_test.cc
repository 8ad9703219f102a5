// AttachRoles(): titles before a name, appositives after it, "the country's" titles and
// "ROLE of ORG" - each with near misses. Names are marked by hand (coref_test_doc.h).
#include <gtest/gtest.h>

#include "coref_test_doc.h"

namespace storyline::extract {
namespace {

using testing::HandTaggedDocument;

// The roles of the entity named `name` as "title|affiliation" strings.
std::vector<std::string> RolesOf(const HandTaggedDocument& d, std::string_view name) {
  std::vector<std::string> out;
  const Entity* e = d.Find(name);
  if (e == nullptr) return {"<no entity " + std::string(name) + ">"};
  for (const Role& role : e->roles) out.push_back(role.title + "|" + role.affiliation);
  return out;
}

std::string EvidenceOf(const HandTaggedDocument& d, std::string_view name, size_t i = 0) {
  const Entity* e = d.Find(name);
  if (e == nullptr || i >= e->roles.size()) return "";
  const ByteSpan span = e->roles[i].evidence;
  return d.doc.text.substr(span.start, span.size());
}

using Roles = std::vector<std::string>;

TEST(RolesBeforeName, NationalityAndMultiWordTitle) {
  HandTaggedDocument d("Talks began when Polish Foreign Minister Anna Berg arrived on Monday.");
  d.Nationality("Polish").Person("Anna Berg").Resolve(false);
  EXPECT_EQ(RolesOf(d, "Anna Berg"), Roles{"foreign minister|Poland"});
  EXPECT_EQ(EvidenceOf(d, "Anna Berg"), "Polish Foreign Minister Anna Berg");
}

TEST(RolesBeforeName, BareTitleHasNoAffiliation) {
  HandTaggedDocument d("On Monday President Ilse Marendt opened the bridge.");
  d.Person("Ilse Marendt").Resolve(false);
  EXPECT_EQ(RolesOf(d, "Ilse Marendt"), Roles{"president|"});
}

TEST(RolesBeforeName, LowerCaseTitleAndCountryPossessive) {
  HandTaggedDocument d("France's finance minister Paul Durand said the deal was done.");
  d.Place("France").Person("Paul Durand").Resolve(false);
  EXPECT_EQ(RolesOf(d, "Paul Durand"), Roles{"finance minister|France"});
}

TEST(RolesBeforeName, OrganisationBeforeTitle) {
  HandTaggedDocument d("Bluefield spokesman Tom Rayne declined to comment.");
  d.Org("Bluefield").Person("Tom Rayne").Resolve(false);
  EXPECT_EQ(RolesOf(d, "Tom Rayne"), Roles{"spokesman|Bluefield"});
}

TEST(RolesBeforeName, TitleSetOffByCommasBeforeTheName) {
  HandTaggedDocument d("Bluefield's chief executive, Tom Rayne, declined to comment.");
  d.Org("Bluefield").Person("Tom Rayne").Resolve(false);
  EXPECT_EQ(RolesOf(d, "Tom Rayne"), Roles{"chief executive|Bluefield"});
  HandTaggedDocument her("The treaty was ready. Her spokesman, Piet Aurelan, said so.");
  her.Person("Piet Aurelan").Resolve(false);
  EXPECT_EQ(RolesOf(her, "Piet Aurelan"), Roles{"spokesman|"});
  // Near miss: a title ending a clause is not the next person's ("he met the minister, Tom
  // Rayne and two aides" lists people; "after talks with the minister, Tom Rayne left").
  HandTaggedDocument list("After talks with the minister, Tom Rayne left the city.");
  list.Person("Tom Rayne").Resolve(false);
  EXPECT_EQ(RolesOf(list, "Tom Rayne"), Roles{});
}

TEST(RolesBeforeName, OrganisationFromTheLexicon) {
  HandTaggedDocument d("Pentagon spokesman Tom Rayne declined to comment.");
  d.Person("Tom Rayne").Resolve(false);
  EXPECT_EQ(RolesOf(d, "Tom Rayne"), Roles{"spokesman|Pentagon"});
}

TEST(RolesBeforeName, TheCountrysTitleTakesTheCountryInContext) {
  HandTaggedDocument d(
      "Norway plans to buy new frigates. The country's defence minister Kari Lund said so.");
  d.Place("Norway").Person("Kari Lund").Resolve(false);
  EXPECT_EQ(RolesOf(d, "Kari Lund"), Roles{"defence minister|Norway"});
}

TEST(RolesBeforeName, TheCountrysTitleWithoutACountryHasNone) {
  HandTaggedDocument d("The country's defence minister Kari Lund said so.");
  d.Person("Kari Lund").Resolve(false);
  EXPECT_EQ(RolesOf(d, "Kari Lund"), Roles{"defence minister|"});
}

TEST(RolesBeforeName, RoleOfOrganisationBeforeName) {
  HandTaggedDocument d("The vice chairman of Orrin Holdings Emil Ruckert resigned.");
  d.Org("Orrin Holdings").Person("Emil Ruckert").Resolve(false);
  EXPECT_EQ(RolesOf(d, "Emil Ruckert"), Roles{"vice chairman|Orrin Holdings"});
}

TEST(RolesBeforeName, TheTitleNextToTheNameCounts) {
  HandTaggedDocument d("Police spokesman Inspector Carl Ibsen said five people had died.");
  d.Person("Carl Ibsen").Resolve(false);
  EXPECT_EQ(RolesOf(d, "Carl Ibsen"), Roles{"inspector|"});
}

TEST(RolesBeforeName, ModifiersBeforeAMultiWordTitle) {
  HandTaggedDocument d("First Deputy Prime Minister Aurel Stanic arrived late.");
  d.Person("Aurel Stanic").Resolve(false);
  EXPECT_EQ(RolesOf(d, "Aurel Stanic"), Roles{"first deputy prime minister|"});
}

TEST(RolesBeforeName, TitleOfANestedOrganisation) {
  HandTaggedDocument d(
      "Foreign Minister Rasa Velimova, Vice Chairman of the Budget Committee of the National "
      "Renewal Party Viktor Hallan, and Mayor Katrin Oswald attended.");
  d.Org("Budget Committee").Org("National Renewal Party").Person("Rasa Velimova");
  d.Person("Viktor Hallan").Person("Katrin Oswald").Resolve(false);
  EXPECT_EQ(RolesOf(d, "Viktor Hallan"), Roles{"vice chairman|Budget Committee"});
  // The title between the comma and the next name is that name's, not the one before.
  EXPECT_EQ(RolesOf(d, "Rasa Velimova"), Roles{"foreign minister|"});
  EXPECT_EQ(RolesOf(d, "Katrin Oswald"), Roles{"mayor|"});
}

TEST(RolesBeforeName, TitleBeforeAndCountryAfterTheName) {
  HandTaggedDocument d(
      "Prime Minister Dariusz Kellan of Aldonia arrived. Kari Lund of Norway too.");
  d.Place("Aldonia").Place("Norway").Person("Dariusz Kellan").Person("Kari Lund").Resolve(false);
  EXPECT_EQ(RolesOf(d, "Dariusz Kellan"), Roles{"prime minister|Aldonia"});
  EXPECT_EQ(EvidenceOf(d, "Dariusz Kellan"), "Prime Minister Dariusz Kellan of Aldonia");
  EXPECT_EQ(RolesOf(d, "Kari Lund"), Roles{});
}

TEST(RolesBeforeName, NeverAcrossASentenceBoundary) {
  HandTaggedDocument d("Reporters waited for the president. Ilse Marendt did not come.");
  d.Person("Ilse Marendt").Resolve(false);
  EXPECT_EQ(RolesOf(d, "Ilse Marendt"), Roles{});
}

TEST(RolesBeforeName, OrdinaryWordsAreNoTitle) {
  HandTaggedDocument d("Yesterday Anna Berg spoke to the press about the river.");
  d.Person("Anna Berg").Resolve(false);
  EXPECT_EQ(RolesOf(d, "Anna Berg"), Roles{});
}

TEST(RolesAfterName, NationalityAppositive) {
  HandTaggedDocument d("Angela Merkel, the German chancellor, said the talks had failed.");
  d.Person("Angela Merkel").Nationality("German").Resolve(false);
  EXPECT_EQ(RolesOf(d, "Angela Merkel"), Roles{"chancellor|Germany"});
  EXPECT_EQ(EvidenceOf(d, "Angela Merkel"), "Angela Merkel, the German chancellor");
}

TEST(RolesAfterName, OrganisationAppositive) {
  HandTaggedDocument d("Tom Rayne, the Bluefield spokesman, declined to comment.");
  d.Org("Bluefield").Person("Tom Rayne").Resolve(false);
  EXPECT_EQ(RolesOf(d, "Tom Rayne"), Roles{"spokesman|Bluefield"});
}

TEST(RolesAfterName, TitleOfOrganisation) {
  HandTaggedDocument d(
      "Noor Castellane, vice chairman of the Orrin Group, said prices would rise.");
  d.Org("Orrin Group").Person("Noor Castellane").Resolve(false);
  EXPECT_EQ(RolesOf(d, "Noor Castellane"), Roles{"vice chairman|Orrin Group"});
}

TEST(RolesAfterName, RelativeClause) {
  HandTaggedDocument d("Jonas Pelt, who was the mayor of Saltmere, said the port was closed.");
  d.Place("Saltmere").Person("Jonas Pelt").Resolve(false);
  EXPECT_EQ(RolesOf(d, "Jonas Pelt"), Roles{"mayor|Saltmere"});
}

TEST(RolesAfterName, AgeBeforeTheAppositive) {
  HandTaggedDocument d("Viktor Hallan, 58, a senior diplomat, told reporters he would stay.");
  d.Person("Viktor Hallan").Resolve(false);
  EXPECT_EQ(RolesOf(d, "Viktor Hallan"), Roles{"senior diplomat|"});
}

TEST(RolesAfterName, AModifierThatIsARole) {
  HandTaggedDocument d("Aurel Stanic, the deputy, voted against the bill.");
  d.Person("Aurel Stanic").Resolve(false);
  EXPECT_EQ(RolesOf(d, "Aurel Stanic"), Roles{"deputy|"});
}

TEST(RolesAfterName, AClauseIsNoAppositive) {
  HandTaggedDocument d("After meeting Ilse Marendt, the president flew home.");
  d.Person("Ilse Marendt").Resolve(false);
  EXPECT_EQ(RolesOf(d, "Ilse Marendt"), Roles{});
}

TEST(RolesAfterName, APossessiveTitleIsNoRole) {
  HandTaggedDocument d("Ilse Marendt, the minister's wife, smiled.");
  d.Person("Ilse Marendt").Resolve(false);
  EXPECT_EQ(RolesOf(d, "Ilse Marendt"), Roles{});
}

TEST(Roles, OneRolePerTitleAndAttachRolesIsRepeatable) {
  HandTaggedDocument d(
      "President Ilse Marendt arrived. Later Veskarian President Marendt spoke. "
      "President Marendt left.");
  d.Nationality("Veskarian").Person("Ilse Marendt").Person("Marendt").Resolve(false);
  EXPECT_EQ(RolesOf(d, "Ilse Marendt"), Roles{"president|Veskarian"});
  AttachRoles(d.doc);
  EXPECT_EQ(RolesOf(d, "Ilse Marendt"), Roles{"president|Veskarian"});
}

TEST(Roles, OnlyPeopleHaveRoles) {
  HandTaggedDocument d("The Foreign Ministry said on Monday that talks would resume.");
  d.Org("Foreign Ministry").Resolve(false);
  ASSERT_NE(d.Find("Foreign Ministry"), nullptr);
  EXPECT_TRUE(d.Find("Foreign Ministry")->roles.empty());
}

}  // namespace
}  // namespace storyline::extract
