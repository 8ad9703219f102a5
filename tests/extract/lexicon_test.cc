#include "extract/lexicon.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace storyline::extract {
namespace {

const Lexicon& Lex() { return Lexicon::Get(); }

uint32_t Classes(std::string_view phrase) {
  auto e = Lex().Find(phrase);
  return e ? e->classes : 0;
}

uint32_t FoldedClasses(std::string_view phrase) {
  auto e = Lex().FindFolded(phrase);
  return e ? e->classes : 0;
}

TEST(Lexicon, ImageIsLoadedAndDescribed) {
  EXPECT_GT(Lex().entry_count(), 50000u);
  EXPECT_GT(Lex().image_bytes(), 1000000u);
  EXPECT_EQ(Lex().version().substr(0, 8), "lexicon ");
  EXPECT_NE(Lex().version().find("sources "), std::string_view::npos);
  EXPECT_GE(Lex().max_words(), 3);
  EXPECT_EQ(&Lex(), &Lexicon::Get());
}

TEST(Lexicon, Countries) {
  EXPECT_TRUE(Classes("France") & kCountry);
  EXPECT_TRUE(Classes("Germany") & kCountry);
  EXPECT_TRUE(Classes("Brazil") & kCountry);
  EXPECT_EQ(Lex().Find("France")->link, "FR");
  // ISO 3166-1's inverted names are read both ways.
  EXPECT_TRUE(Classes("Republic of Moldova") & kCountry);
  EXPECT_TRUE(Classes("Moldova") & kCountry);
  EXPECT_FALSE(Classes("Moldova, Republic of") & kCountry);
  // Apostrophes are found typed or typographic.
  EXPECT_TRUE(Classes("Côte d'Ivoire") & kCountry);
  EXPECT_TRUE(Classes("Côte d\u2019Ivoire") & kCountry);
  EXPECT_EQ(Lex().Find("Côte d\u2019Ivoire")->link, "CI");
}

TEST(Lexicon, NationalitiesLinkToTheirCountry) {
  auto french = Lex().Find("French");
  ASSERT_TRUE(french);
  EXPECT_TRUE(french->classes & kNationality);
  EXPECT_EQ(french->link, "France");
  auto germans = Lex().Find("Germans");
  ASSERT_TRUE(germans);
  EXPECT_TRUE(germans->classes & kNationality);
  EXPECT_EQ(germans->link, "Germany");
  // The adjective of the country, not of the continent of the same name.
  EXPECT_EQ(Lex().Find("American")->link, "United States");
  EXPECT_FALSE(Classes("Germen") & kNationality);
}

TEST(Lexicon, CitiesCarryCountryAndSize) {
  auto paris = Lex().Find("Paris");
  ASSERT_TRUE(paris);
  EXPECT_TRUE(paris->classes & kCity);
  EXPECT_EQ(paris->link, "FR");
  EXPECT_GE(paris->weight, 6);  // log10 of a population in the millions
  auto tokyo = Lex().Find("Tokyo");
  ASSERT_TRUE(tokyo);
  EXPECT_TRUE(tokyo->classes & kCity);
  EXPECT_EQ(tokyo->link, "JP");
  // Accented names are also stored without their accents.
  EXPECT_TRUE(Classes("São Paulo") & kCity);
  EXPECT_TRUE(Classes("Sao Paulo") & kCity);
  // Small towns named like a frequent word are left out; big ones stay.
  EXPECT_FALSE(Classes("Of") & kCity);
  EXPECT_FALSE(Classes("Police") & kCity);
  EXPECT_TRUE(Classes("Split") & kCity);
}

TEST(Lexicon, PlacesAndRegions) {
  EXPECT_TRUE(Classes("Pacific Ocean") & kPlace);
  EXPECT_TRUE(Classes("Bavaria") & kRegion);
  EXPECT_TRUE(Classes("California") & kRegion);
  // WordNet places link to the country they are part of; other names of a country share its code.
  EXPECT_EQ(Lex().Find("Bavaria")->link, "DE");
  // A country's other name links to its code, not to a town of that name.
  EXPECT_EQ(Lex().Find("Holland")->link, "NL");
  // Stars and moons are not places on a map.
  EXPECT_FALSE(Classes("Callisto") & kPlace);
}

TEST(Lexicon, GroupsAreNationalitiesWithoutCountry) {
  auto arabs = Lex().Find("Arabs");
  ASSERT_TRUE(arabs);
  EXPECT_TRUE(arabs->classes & kNationality);
  EXPECT_EQ(arabs->link, "");
  EXPECT_TRUE(Classes("Jewish") & kNationality);
  // A group noun that is also an ordinary word ("Rebel", a Confederate) is left out.
  EXPECT_FALSE(Classes("Rebels") & kNationality);
}

TEST(Lexicon, RoleWordsAreLowerCase) {
  EXPECT_TRUE(Classes("minister") & kRoleWord);
  EXPECT_TRUE(Classes("spokesman") & kRoleWord);
  EXPECT_TRUE(Classes("head of state") & kRoleWord);
  EXPECT_TRUE(Classes("ambassador") & kRoleWord);
  EXPECT_FALSE(Classes("table") & kRoleWord);
  // Deep hyponyms of broad senses are figures of speech, not roles.
  EXPECT_FALSE(Classes("nonpareil") & kRoleWord);
}

TEST(Lexicon, ClosedClasses) {
  EXPECT_TRUE(Classes("Mr") & kHonorific);
  EXPECT_TRUE(Classes("Mr.") & kHonorific);
  EXPECT_TRUE(Classes("Dr") & kHonorific);
  EXPECT_TRUE(Classes("Inc") & kOrgSuffix);
  EXPECT_TRUE(Classes("GmbH") & kOrgSuffix);
  EXPECT_TRUE(Classes("Ministry") & kOrgHead);
  EXPECT_TRUE(Classes("River") & kPlaceHead);
  EXPECT_TRUE(Classes("the") & kFunctionWord);
  EXPECT_TRUE(Classes("The") & kFunctionWord);
  EXPECT_FALSE(Classes("table") & kFunctionWord);
  EXPECT_EQ(Lex().Find("the")->weight, 0);
}

TEST(Lexicon, CommonWordsAreRankedByFrequency) {
  auto table = Lex().Find("table");
  ASSERT_TRUE(table);
  EXPECT_TRUE(table->classes & kCommonWord);
  auto rare = Lex().Find("zither");
  ASSERT_TRUE(rare);
  EXPECT_LT(table->weight, rare->weight);
  // A common word is not a name.
  EXPECT_FALSE(table->classes & (kGivenName | kSurname | kCity | kCountry));
}

TEST(Lexicon, GivenNamesCarryGender) {
  auto mary = Lex().Find("Mary");
  ASSERT_TRUE(mary);
  EXPECT_TRUE(mary->classes & kGivenName);
  auto john = Lex().Find("John");
  ASSERT_TRUE(john);
  EXPECT_TRUE(john->classes & kGivenName);
  EXPECT_EQ(john->weight, 2);  // male only
  auto margaret = Lex().Find("Margaret");
  ASSERT_TRUE(margaret);
  EXPECT_EQ(margaret->weight, 1);  // female only
}

TEST(Lexicon, SurnamesAndPersons) {
  EXPECT_TRUE(Classes("Smith") & kSurname);
  EXPECT_TRUE(Classes("Albert Einstein") & kPersonName);
  EXPECT_TRUE(Classes("Einstein") & kSurname);
  EXPECT_FALSE(Classes("The") & kGivenName);
}

TEST(Lexicon, CalendarAndFunctionWordsAreNotNames) {
  EXPECT_FALSE(Classes("Friday") & (kGivenName | kSurname));
  EXPECT_FALSE(Classes("July") & (kGivenName | kSurname));
  EXPECT_FALSE(Classes("In") & (kGivenName | kSurname));
  EXPECT_TRUE(Classes("In") & kFunctionWord);
  // A month that a curated list has as a given name stays one; modals are not capitalised.
  EXPECT_TRUE(Classes("May") & kGivenName);
  EXPECT_FALSE(Classes("May") & kFunctionWord);
  EXPECT_TRUE(Classes("may") & kFunctionWord);
  // Postal codes spelled like words are not places.
  EXPECT_FALSE(Classes("OR") & (kRegion | kPlace));
  EXPECT_TRUE(Classes("US") & kCountry);
}

TEST(Lexicon, FindIsCaseSensitive) {
  EXPECT_FALSE(Lex().Find("france"));
  EXPECT_FALSE(Classes("paris") & kCity);
  EXPECT_FALSE(Lex().Find("MINISTER"));
  EXPECT_FALSE(Lex().Find(""));
  EXPECT_FALSE(Lex().Find("Qzxv Wplk"));
  EXPECT_FALSE(Lex().Find("France "));
}

TEST(Lexicon, FindFoldedMergesCaseVariants) {
  EXPECT_TRUE(FoldedClasses("FRANCE") & kCountry);
  EXPECT_TRUE(FoldedClasses("france") & kCountry);
  EXPECT_EQ(Lex().FindFolded("fRaNcE")->link, "FR");
  // "Will" the name and "will" the verb meet under one folded key.
  uint32_t will = FoldedClasses("WILL");
  EXPECT_TRUE(will & kGivenName);
  EXPECT_TRUE(will & kCommonWord);
  EXPECT_TRUE(FoldedClasses("MINISTER") & kRoleWord);
  // Non-ASCII goes through Unicode case folding.
  EXPECT_TRUE(FoldedClasses("SÃO PAULO") & kCity);
  EXPECT_TRUE(FoldedClasses("são paulo") & kCity);
  EXPECT_FALSE(Lex().FindFolded("qzxv wplk"));
  EXPECT_FALSE(Lex().FindFolded(std::string(2000, 'a')));
  EXPECT_FALSE(Lex().FindFolded(std::string(600, 'A')));
  EXPECT_FALSE(Lex().FindFolded(std::string(600, 'A') + "\u00c9"));
}

TEST(Lexicon, SharedAcrossThreads) {
  std::vector<std::thread> threads;
  std::vector<int> hits(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([t, &hits] {
      for (int i = 0; i < 1000; ++i) hits[t] += Lexicon::Get().Find("Tokyo").has_value();
    });
  }
  for (auto& thread : threads) thread.join();
  for (int h : hits) EXPECT_EQ(h, 1000);
}

}  // namespace
}  // namespace storyline::extract
