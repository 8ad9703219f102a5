// DetectNames(): each rule family with a positive case and a near miss, on invented sentences
// (names of the fictional example corpus, and a few world-famous places and companies the lexicon
// knows).
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "core/document.h"
#include "extract/entity_stages.h"
#include "text/segment.h"

namespace storyline::extract {
namespace {

using Names = std::vector<std::pair<std::string, std::string>>;

const char* TypeName(EntityType t) {
  switch (t) {
    case EntityType::kPerson:
      return "PER";
    case EntityType::kOrganization:
      return "ORG";
    case EntityType::kLocation:
      return "LOC";
    case EntityType::kNationality:
      return "NAT";
  }
  return "?";
}

Document Detect(const std::string& text) {
  Document doc;
  doc.text = text;
  text::Segment(doc);
  DetectNames(doc, EntityOptions{});
  return doc;
}

// (surface, type) of every name mention, in text order.
Names Found(const std::string& text) {
  Document doc = Detect(text);
  Names out;
  for (const EntityMention& m : doc.mentions) {
    out.emplace_back(doc.text.substr(m.span.start, m.span.size()), TypeName(m.type));
  }
  return out;
}

bool Has(const Names& names, const std::string& surface, const std::string& type) {
  for (const auto& [s, t] : names) {
    if (s == surface && t == type) return true;
  }
  return false;
}

bool HasSurface(const Names& names, const std::string& surface) {
  for (const auto& n : names) {
    if (n.first == surface) return true;
  }
  return false;
}

std::string Dump(const Names& names) {
  std::string out;
  for (const auto& [s, t] : names) out += "[" + s + "/" + t + "] ";
  return out;
}

TEST(EntityNames, LexiconPlacesAndDates) {
  Names n = Found("Officials met in Paris on Monday, and flew to Germany in March.");
  EXPECT_TRUE(Has(n, "Paris", "LOC")) << Dump(n);
  EXPECT_TRUE(Has(n, "Germany", "LOC")) << Dump(n);
  EXPECT_FALSE(HasSurface(n, "Monday")) << Dump(n);
  EXPECT_FALSE(HasSurface(n, "March")) << Dump(n);
}

TEST(EntityNames, GivenNameStartsAPerson) {
  Names n = Found("The report was written by Angela Merkel and two aides.");
  EXPECT_TRUE(Has(n, "Angela Merkel", "PER")) << Dump(n);
  EXPECT_FALSE(HasSurface(n, "The")) << Dump(n);
}

TEST(EntityNames, CorporateSuffixMakesAnOrganisation) {
  Names n = Found("Shares of Toyota Motor Corp rose 3 percent on the news.");
  EXPECT_TRUE(Has(n, "Toyota Motor Corp", "ORG")) << Dump(n);
}

TEST(EntityNames, ConnectorOfInsideOrganisationNames) {
  Names n = Found("Rates were raised by the Bank of Aldonia yesterday.");
  EXPECT_TRUE(Has(n, "Bank of Aldonia", "ORG")) << Dump(n);
  // Near miss: "of" after a person's name is not part of a name.
  Names m = Found("She met Rasa Velimova of Veskaria in the capital.");
  EXPECT_TRUE(HasSurface(m, "Rasa Velimova")) << Dump(m);
  EXPECT_FALSE(HasSurface(m, "Rasa Velimova of Veskaria")) << Dump(m);
}

TEST(EntityNames, HonorificIsLeftOutAndMakesAPerson) {
  Names n = Found("The plan was sound, Mr Brask said on Tuesday.");
  EXPECT_TRUE(Has(n, "Brask", "PER")) << Dump(n);
  EXPECT_FALSE(HasSurface(n, "Mr Brask")) << Dump(n);
}

TEST(EntityNames, RoleWordSplitsNationalityFromPerson) {
  Names n = Found("He spoke after Veskarian President Ilse Marendt arrived in Paris.");
  EXPECT_TRUE(Has(n, "Ilse Marendt", "PER")) << Dump(n);
  EXPECT_FALSE(HasSurface(n, "President Ilse Marendt")) << Dump(n);
  Names m = Found("Talks ended when Prime Minister Dariusz Kellan left.");
  EXPECT_TRUE(Has(m, "Dariusz Kellan", "PER")) << Dump(m);
  EXPECT_FALSE(HasSurface(m, "Prime")) << Dump(m);
}

TEST(EntityNames, NationalityBeforeAPersonStandsAlone) {
  Names m = Found("Earlier, French Henrik Sollberg won.");
  EXPECT_TRUE(Has(m, "French", "NAT")) << Dump(m);
  EXPECT_TRUE(Has(m, "Henrik Sollberg", "PER")) << Dump(m);
  // Near miss: a nationality that starts an organisation's name stays in it.
  Names n = Found("The decision was made by the French Foreign Ministry on Friday.");
  EXPECT_FALSE(Has(n, "French", "NAT")) << Dump(n);
}

TEST(EntityNames, SentenceInitialCommonWordIsNotAName) {
  Names n = Found("Police said the road was closed. Officials agreed.");
  EXPECT_TRUE(n.empty()) << Dump(n);
  // Near miss: a place name opening a sentence is still a name.
  Names m = Found("Germany said the road was closed.");
  EXPECT_TRUE(Has(m, "Germany", "LOC")) << Dump(m);
}

TEST(EntityNames, PossessiveEndingIsOutsideTheSpan) {
  Names n = Found("Exports held up well in Germany's north.");
  EXPECT_TRUE(Has(n, "Germany", "LOC")) << Dump(n);
}

TEST(EntityNames, LocativePrepositionTypesAnUnknownPlace) {
  Names n = Found("The talks were held in Tarnholm last week.");
  EXPECT_TRUE(Has(n, "Tarnholm", "LOC")) << Dump(n);
}

TEST(EntityNames, SpeechVerbAndShortFormMakeAPerson) {
  Names n = Found(
      "The deal was signed by Tomas Edry on Friday. \"It is done,\" Edry said after the signing.");
  EXPECT_TRUE(Has(n, "Tomas Edry", "PER")) << Dump(n);
  EXPECT_TRUE(Has(n, "Edry", "PER")) << Dump(n);
}

TEST(EntityNames, AcronymOfAnOrganisation) {
  Names n = Found(
      "The figures came from the Aldonian Energy Agency on Monday. A spokesman for AEA said "
      "demand rose.");
  EXPECT_TRUE(Has(n, "Aldonian Energy Agency", "ORG")) << Dump(n);
  EXPECT_TRUE(Has(n, "AEA", "ORG")) << Dump(n);
}

TEST(EntityNames, EventNamesAreNotReported) {
  Names n = Found("She won the Kallisvik Cup for a third time.");
  EXPECT_FALSE(HasSurface(n, "Kallisvik Cup")) << Dump(n);
}

TEST(EntityNames, CapitalsHeadlineUsesTheBodyAndTheLexicon) {
  Names n = Found(
      "FLOODS HIT GERMANY AS NORVOLT HALTS OUTPUT\n\nHeavy rain fell in Germany, and "
      "Norvolt Corp said output stopped.");
  EXPECT_TRUE(Has(n, "GERMANY", "LOC")) << Dump(n);
  EXPECT_TRUE(Has(n, "NORVOLT", "ORG")) << Dump(n);
  EXPECT_FALSE(HasSurface(n, "FLOODS")) << Dump(n);
  EXPECT_FALSE(HasSurface(n, "HALTS")) << Dump(n);
}

TEST(EntityNames, DatelineIsAPlace) {
  Names n = Found("TARNHOLM 2025-01-22\n\nThe dam was opened on Wednesday.");
  EXPECT_TRUE(Has(n, "TARNHOLM", "LOC")) << Dump(n);
}

TEST(EntityNames, SportsCopyNamesClubsAfterTowns) {
  Names n = Found(
      "SOCCER - LATE GOAL DECIDES DERBY\n\nLONDON 1996-08-30\n\nManchester beat "
      "Veskaria 2-1 on Saturday.");
  EXPECT_TRUE(Has(n, "LONDON", "LOC")) << Dump(n);
  EXPECT_TRUE(Has(n, "Manchester", "ORG")) << Dump(n);
  // Near miss: outside sports copy the same town is a place.
  Names m = Found("Rain fell on Manchester on Saturday.");
  EXPECT_TRUE(Has(m, "Manchester", "LOC")) << Dump(m);
}

TEST(EntityNames, PlaceContextKeepsATownAPlaceInSportsCopy) {
  Names n = Found(
      "SOCCER - LATE GOAL DECIDES DERBY\n\nManchester beat Tarnholm 2-1 on Saturday. "
      "Fans in Manchester celebrated.");
  EXPECT_TRUE(Has(n, "Manchester", "ORG")) << Dump(n);
  bool place = false;
  Document doc = Detect(
      "SOCCER - LATE GOAL DECIDES DERBY\n\nManchester beat Tarnholm 2-1 on "
      "Saturday. Fans in Manchester celebrated.");
  for (const EntityMention& m : doc.mentions) {
    if (m.span.start > doc.text.find("Fans")) place = m.type == EntityType::kLocation;
  }
  EXPECT_TRUE(place) << Dump(n);
}

TEST(EntityNames, CricketScorecardNamesPlayers) {
  Names n = Found("CRICKET - SCORES\n\nH. Sollberg c Brask b Varnikov 44\nO. Varnikov not out 12");
  EXPECT_TRUE(Has(n, "Varnikov", "PER")) << Dump(n);
  EXPECT_TRUE(Has(n, "Brask", "PER")) << Dump(n);
}

TEST(EntityNames, TitleWithOfIsLeftOut) {
  Names n = Found("The talks were led by Assistant Secretary of State Henrik Sollberg on Friday.");
  EXPECT_TRUE(Has(n, "Henrik Sollberg", "PER")) << Dump(n);
  EXPECT_FALSE(HasSurface(n, "State Henrik Sollberg")) << Dump(n);
}

TEST(EntityNames, TableRowsNameTeamsButNotLetters) {
  Names n = Found("SOCCER - STANDINGS\n\nW D L P\nTarnholm 3 1 0 10\nKallisvik 2 1 1 7");
  EXPECT_TRUE(Has(n, "Tarnholm", "ORG")) << Dump(n);
  EXPECT_TRUE(Has(n, "Kallisvik", "ORG")) << Dump(n);
  EXPECT_FALSE(HasSurface(n, "W D L P")) << Dump(n);
}

TEST(EntityNames, AmpersandMakesAFirmAndBasedIsNotAName) {
  Names n =
      Found("Shares of Brask & Edry rose after the Tarnholm-based group bought Kellan & Sons.");
  EXPECT_TRUE(Has(n, "Brask & Edry", "ORG")) << Dump(n);
  EXPECT_TRUE(Has(n, "Kellan & Sons", "ORG")) << Dump(n);
  EXPECT_FALSE(HasSurface(n, "Tarnholm-based")) << Dump(n);
}

TEST(EntityNames, LoneWordIsAPersonOnlyAfterTheFullName) {
  Names n = Found(
      "Profits at Varnotek rose. Analysts said Varnotek would grow. Tomas Edry agreed, "
      "and Edry said so.");
  EXPECT_FALSE(Has(n, "Varnotek", "PER")) << Dump(n);
  EXPECT_TRUE(Has(n, "Edry", "PER")) << Dump(n);
}

TEST(EntityNames, PersonRightAfterAnOrganisationIsSplitOff) {
  Names n = Found("The chairman of the Veskaria Workers' Party Henrik Sollberg attended.");
  EXPECT_TRUE(Has(n, "Henrik Sollberg", "PER")) << Dump(n);
  EXPECT_FALSE(HasSurface(n, "Workers' Party Henrik Sollberg")) << Dump(n);
  // Near miss: an organisation's own words after its head stay in it.
  Names m = Found("Shares of Tarnholm Shipping Lines rose.");
  EXPECT_TRUE(Has(m, "Tarnholm Shipping Lines", "ORG")) << Dump(m);
}

TEST(EntityNames, PossessiveOfAnOrdinaryWordStaysInsideTheName) {
  Names n =
      Found("Talks with the Aldonian People\u2019s Republic resumed. Japan\u2019s Toyota rose.");
  EXPECT_TRUE(HasSurface(n, "Aldonian People\u2019s Republic")) << Dump(n);
  EXPECT_TRUE(Has(n, "Japan", "LOC")) << Dump(n);
}

TEST(EntityNames, OrdinaryFirstWordOfALexiconNameIsKept) {
  Names n = Found("New Zealand won the toss. New rules apply.");
  EXPECT_TRUE(Has(n, "New Zealand", "LOC")) << Dump(n);
  EXPECT_FALSE(HasSurface(n, "New")) << Dump(n);
}

TEST(EntityNames, TwoParticlesInsideAPersonsName) {
  Names n = Found("The try was scored by Henrik van der Sollberg on Friday.");
  EXPECT_TRUE(Has(n, "Henrik van der Sollberg", "PER")) << Dump(n);
}

TEST(EntityNames, OpeningOrdinaryWordsAreDroppedTogether) {
  Names n = Found("Lead Manager Brask & Edry will price the bonds.");
  EXPECT_TRUE(Has(n, "Brask & Edry", "ORG")) << Dump(n);
  EXPECT_FALSE(HasSurface(n, "Manager Brask & Edry")) << Dump(n);
  Names m = Found("First Half\nTarnholm 2 St Kallisvik 1");
  EXPECT_FALSE(HasSurface(m, "Half")) << Dump(m);
}

TEST(EntityNames, LoneGivenNameAndScorecardMarkAreStillPeople) {
  Names n = Found("When I spoke to Owen he was up for it, the coach said.");
  EXPECT_TRUE(Has(n, "Owen", "PER")) << Dump(n);
  Names m = Found("CRICKET - SCORES\n\nH. Sollberg lbw b Varnotek 21");
  EXPECT_TRUE(Has(m, "Varnotek", "PER")) << Dump(m);
}

TEST(EntityNames, NameBuiltOnAPlaceIsAnOrganisation) {
  Names n = Found("Workers at Air France went on strike, Owen Berlin said.");
  EXPECT_TRUE(Has(n, "Air France", "ORG")) << Dump(n);
  // Near miss: a given name before the place word makes a person.
  EXPECT_TRUE(Has(n, "Owen Berlin", "PER")) << Dump(n);
}

TEST(EntityNames, PlaceNounsAroundANameMakeAPlace) {
  Names n = Found(
      "Flights were moved to the Vostrel airport. Miners live in the village of "
      "Harnek.");
  EXPECT_TRUE(Has(n, "Vostrel", "LOC")) << Dump(n);
  EXPECT_TRUE(Has(n, "Harnek", "LOC")) << Dump(n);
  // Near miss: "X shares" is a company.
  Names m = Found("Vostrel shares fell on Friday.");
  EXPECT_FALSE(Has(m, "Vostrel", "LOC")) << Dump(m);
}

TEST(EntityNames, NameShapesOfOtherLanguages) {
  Names n = Found("Talks with Oleg Varnikov and Kim Young-sam ended on Friday.");
  EXPECT_TRUE(Has(n, "Oleg Varnikov", "PER")) << Dump(n);
  EXPECT_TRUE(Has(n, "Kim Young-sam", "PER")) << Dump(n);
}

TEST(EntityNames, MentionsAreOrderedAndDoNotOverlap) {
  Document doc = Detect(
      "KALLISVIK, Aldonia - Veskarian President Ilse Marendt and Aldonian Prime Minister Dariusz "
      "Kellan met at the Grand Spa Hotel in Kallisvik.");
  ASSERT_FALSE(doc.mentions.empty());
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const EntityMention& m = doc.mentions[i];
    EXPECT_LT(m.span.start, m.span.end);
    EXPECT_LE(m.span.end, doc.text.size());
    EXPECT_EQ(m.entity, kNoEntity);
    EXPECT_EQ(m.kind, MentionKind::kName);
    EXPECT_GE(m.confidence, 0.5f);
    if (i > 0) {
      EXPECT_LE(doc.mentions[i - 1].span.end, m.span.start);
    }
  }
}

TEST(EntityNames, PronounContractionsAreNotNames) {
  Names n = Found("\"Well, I'm sure I\u2019ve seen it,\" Brask said in Paris.");
  EXPECT_FALSE(HasSurface(n, "I'm")) << Dump(n);
  EXPECT_FALSE(HasSurface(n, "I\u2019ve")) << Dump(n);
  EXPECT_TRUE(Has(n, "Paris", "LOC")) << Dump(n);
}

TEST(EntityNames, GivenNameSpelledLikeAFunctionWord) {
  Names n = Found("Former captain Will Varnotek kicked 20 points.");
  EXPECT_TRUE(Has(n, "Will Varnotek", "PER")) << Dump(n);
  // Near miss: the modal verb opening a question is no name.
  Names m = Found("Will Tarnholm sign the treaty?");
  EXPECT_FALSE(HasSurface(m, "Will Tarnholm")) << Dump(m);
}

TEST(EntityNames, EmptyDocument) {
  Document doc = Detect("");
  EXPECT_TRUE(doc.mentions.empty());
}

}  // namespace
}  // namespace storyline::extract
