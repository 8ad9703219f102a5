// ResolveCoreference(): grouping names into entities, descriptions ("the Chilean leader") and
// pronouns - each rule with near misses. Names are marked by hand (coref_test_doc.h); the
// fictional ones come from examples/corpus/.
#include <gtest/gtest.h>

#include <algorithm>

#include "coref_test_doc.h"

namespace storyline::extract {
namespace {

using testing::HandTaggedDocument;

size_t CountKind(const Document& doc, MentionKind kind) {
  size_t n = 0;
  for (const EntityMention& m : doc.mentions) n += m.kind == kind;
  return n;
}

// ---- Grouping names ----

TEST(GroupNames, SameSurfaceAndPossessive) {
  HandTaggedDocument d(
      "Bluefield said profits rose. BLUEFIELD's shares and Bluefield's bonds fell.");
  d.Org("Bluefield").Org("BLUEFIELD").Resolve();
  ASSERT_EQ(d.doc.entities.size(), 1u);
  EXPECT_EQ(d.doc.entities[0].canonical, "Bluefield");
  EXPECT_EQ(d.doc.entities[0].type, EntityType::kOrganization);
}

TEST(GroupNames, LastNameJoinsTheFullNameBeforeOrAfterIt) {
  HandTaggedDocument d("Marendt arrived first. Ilse Marendt then spoke. Marendt left at noon.");
  d.Person("Ilse Marendt").Person("Marendt").Resolve();
  ASSERT_EQ(d.doc.entities.size(), 1u);
  EXPECT_EQ(d.doc.entities[0].canonical, "Ilse Marendt");
  EXPECT_EQ(d.Referent("Marendt", 0), "Ilse Marendt");
  EXPECT_EQ(d.Referent("Marendt", 1), "Ilse Marendt");
}

TEST(GroupNames, FamilyNameFirst) {
  HandTaggedDocument d("Chen Weiming visited the plant. Chen said output would double.");
  d.Person("Chen Weiming").Person("Chen").Resolve();
  EXPECT_EQ(d.Referent("Chen"), "Chen Weiming");
  EXPECT_EQ(d.doc.entities.size(), 1u);
}

TEST(GroupNames, OneWordShortFormOfAnOrganisation) {
  // Tagged a person by the name step, "Orrin" names no person but starts an organisation's name.
  HandTaggedDocument d("Orrin Telecom agreed the deal. Orrin will pay 4 billion euros.");
  d.Org("Orrin Telecom").Person("Orrin").Resolve();
  ASSERT_EQ(d.doc.entities.size(), 1u);
  EXPECT_EQ(d.doc.entities[0].type, EntityType::kOrganization);
  EXPECT_EQ(d.Referent("Orrin"), "Orrin Telecom");
  // Near miss: with a person of that name in the document, the person keeps it.
  HandTaggedDocument p("Hugo Orrin founded Orrin Telecom. Orrin said the deal was fair.");
  p.Person("Hugo Orrin").Org("Orrin Telecom").Person("Orrin").Resolve();
  EXPECT_EQ(p.Referent("Orrin"), "Hugo Orrin");
}

TEST(GroupNames, SharedSurnameGoesToTheNearestPrecedingPerson) {
  HandTaggedDocument d(
      "Anna Berg met Olaf Berg. Berg said little. Later Anna Berg spoke. Berg nodded.");
  d.Person("Anna Berg").Person("Olaf Berg").Person("Berg").Resolve();
  EXPECT_EQ(d.Referent("Berg", 0), "Olaf Berg");
  EXPECT_EQ(d.Referent("Berg", 1), "Anna Berg");
  EXPECT_EQ(d.doc.entities.size(), 2u);
}

TEST(GroupNames, SharedFamilyNameGoesToTheMostNamedPerson) {
  HandTaggedDocument d(
      "Chen Weiming opened the plant. Chen Weiming thanked his parents, Chen Bo and Chen Lan. "
      "Chen said output would double.");
  d.Person("Chen Weiming").Person("Chen Bo").Person("Chen Lan").Person("Chen").Resolve();
  EXPECT_EQ(d.Referent("Chen"), "Chen Weiming");
}

TEST(GroupNames, HyphenatedSpellingsOfOnePersonName) {
  HandTaggedDocument d("Seo Ji-woo arrived. Later Seo Ji Woo spoke.");
  d.Person("Seo Ji-woo").Person("Seo Ji Woo").Resolve();
  ASSERT_EQ(d.doc.entities.size(), 1u);
  EXPECT_EQ(d.doc.entities[0].canonical, "Seo Ji Woo");
}

TEST(GroupNames, DifferentNamesStayApart) {
  HandTaggedDocument d("Anna Berg met Karl Bergman. Bergman said little.");
  d.Person("Anna Berg").Person("Karl Bergman").Person("Bergman").Resolve();
  EXPECT_EQ(d.Referent("Bergman"), "Karl Bergman");
  EXPECT_EQ(d.doc.entities.size(), 2u);
}

TEST(GroupNames, TitlesAreNotPartOfNames) {
  HandTaggedDocument d("Dariusz Kellan arrived. Mr Kellan said the talks went well.");
  d.Person("Dariusz Kellan").Person("Mr Kellan").Resolve();
  ASSERT_EQ(d.doc.entities.size(), 1u);
  EXPECT_EQ(d.doc.entities[0].canonical, "Dariusz Kellan");
}

TEST(GroupNames, AcronymInBrackets) {
  HandTaggedDocument d(
      "The Lindra River Commission (LRC) met on Monday. The LRC said levels were normal.");
  d.Org("Lindra River Commission").Org("LRC").Resolve();
  ASSERT_EQ(d.doc.entities.size(), 1u);
  EXPECT_EQ(d.doc.entities[0].canonical, "Lindra River Commission");
}

TEST(GroupNames, AcronymSpellsTheInitials) {
  HandTaggedDocument d(
      "The Bank of Veskaria raised rates. Later the BV said inflation was easing.");
  d.Org("Bank of Veskaria").Org("BV").Resolve();
  EXPECT_EQ(d.Referent("BV"), "Bank of Veskaria");
  EXPECT_EQ(d.doc.entities.size(), 1u);
}

TEST(GroupNames, AcronymThatSpellsNothingStaysApart) {
  HandTaggedDocument d("The Bank of Veskaria raised rates. The NRA disagreed.");
  d.Org("Bank of Veskaria").Org("NRA").Resolve();
  EXPECT_EQ(d.Referent("NRA"), "NRA");
  EXPECT_EQ(d.doc.entities.size(), 2u);
}

TEST(GroupNames, PeopleAndPlacesWithOneNameStayApart) {
  HandTaggedDocument d("Jordan Pelt flew to Jordan. Pelt said Jordan was warm.");
  d.Person("Jordan Pelt").Person("Pelt").Place("Jordan").Resolve();
  EXPECT_EQ(d.doc.entities.size(), 2u);
  EXPECT_EQ(d.Referent("Jordan"), "Jordan");
}

TEST(GroupNames, MentionsInTextOrderWithValidEntities) {
  HandTaggedDocument d(
      "Ilse Marendt visited Saltmere. She said Saltmere would recover. Marendt left.");
  d.Person("Ilse Marendt").Person("Marendt").Place("Saltmere").Resolve();
  for (size_t i = 0; i < d.doc.mentions.size(); ++i) {
    EXPECT_LT(d.doc.mentions[i].entity, d.doc.entities.size());
    if (i > 0) {
      EXPECT_LE(d.doc.mentions[i - 1].span.start, d.doc.mentions[i].span.start);
    }
  }
}

// ---- Descriptions ----

// Two leaders, each introduced with a nationality and a title.
constexpr char kSummit[] =
    "Chilean President Pablo Ortiz met Norwegian Prime Minister Kari Lund in Oslo on Monday. "
    "The two leaders discussed fishing quotas. "
    "The Norwegian leader said the talks were useful. "
    "The Chilean leader disagreed. "
    "Later the head of the Chilean state flew home.";

TEST(Descriptions, NationalityAndLeaderFindTheRightHead) {
  HandTaggedDocument d(kSummit);
  d.Nationality("Chilean").Nationality("Norwegian").Person("Pablo Ortiz").Person("Kari Lund");
  d.Place("Oslo").Resolve();
  EXPECT_EQ(d.Referent("The Norwegian leader"), "Kari Lund");
  EXPECT_EQ(d.Referent("The Chilean leader"), "Pablo Ortiz");
  EXPECT_EQ(d.Referent("the head of the Chilean state"), "Pablo Ortiz");
  const EntityMention* m = d.Mention("The Norwegian leader");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->kind, MentionKind::kNominal);
  EXPECT_EQ(m->type, EntityType::kPerson);
  EXPECT_GE(m->confidence, 0.5f);
}

TEST(Descriptions, AnUnknownNationalityLinksNobody) {
  HandTaggedDocument d(std::string(kSummit) + " The Brazilian leader was not there.");
  d.Nationality("Chilean").Nationality("Norwegian").Nationality("Brazilian");
  d.Person("Pablo Ortiz").Person("Kari Lund").Resolve();
  EXPECT_EQ(d.Mention("The Brazilian leader"), nullptr);
}

TEST(Descriptions, AppositiveNationalityAndFictionalAdjective) {
  HandTaggedDocument d(
      "Ilse Marendt, the Veskarian president, met Dariusz Kellan, the Aldonian prime minister. "
      "Afterwards the Aldonian prime minister spoke first. The Veskarian president's office "
      "said little.");
  d.Nationality("Veskarian")
      .Nationality("Aldonian")
      .Person("Ilse Marendt")
      .Person("Dariusz Kellan");
  d.Resolve();
  EXPECT_EQ(d.Referent("the Aldonian prime minister", 1), "Dariusz Kellan");
  EXPECT_EQ(d.Referent("The Veskarian president"), "Ilse Marendt");
}

TEST(Descriptions, CountryNameAndAdjectiveAgree) {
  HandTaggedDocument d(
      "Veskaria's president Ilse Marendt toured the port. The Veskarian president was pleased.");
  d.Place("Veskaria").Nationality("Veskarian").Person("Ilse Marendt").Resolve();
  EXPECT_EQ(d.Referent("The Veskarian president"), "Ilse Marendt");
}

TEST(Descriptions, AnAcronymOfACountryNamesTheCountry) {
  HandTaggedDocument d(
      "South African President Thabo Nkosi arrived. The Republic of South Africa (RSA) hosts "
      "the summit. The RSA leader spoke first.");
  d.Nationality("South African").Person("Thabo Nkosi").Place("Republic of South Africa");
  d.Place("RSA").Resolve();
  EXPECT_EQ(d.Referent("The RSA leader"), "Thabo Nkosi");
}

TEST(Descriptions, TitleWithoutNationalityTakesTheMatchingRole) {
  HandTaggedDocument d(
      "Bluefield spokesman Tom Rayne met Mayor Katrin Oswald. The spokesman said the strike "
      "would end. The mayor agreed.");
  d.Org("Bluefield").Person("Tom Rayne").Person("Katrin Oswald").Resolve();
  EXPECT_EQ(d.Referent("The spokesman"), "Tom Rayne");
  EXPECT_EQ(d.Referent("The mayor"), "Katrin Oswald");
}

TEST(Descriptions, AnAdjectiveIsNoDescription) {
  HandTaggedDocument d(
      "Foreign Minister Rasa Velimova arrived. The official visit lasted a day. The official "
      "said it went well.");
  d.Person("Rasa Velimova").Resolve();
  EXPECT_EQ(d.Mention("The official visit"), nullptr);
  EXPECT_EQ(d.Referent("The official", 0), "Rasa Velimova");
  ASSERT_NE(d.Mention("The official", 0), nullptr);
  EXPECT_EQ(d.TextOf(*d.Mention("The official", 0)), "The official");
  EXPECT_EQ(d.Mention("The official", 1), nullptr);  // only the one before "said"
}

TEST(Descriptions, ALesserOfficeIsNotTheOffice) {
  HandTaggedDocument d("Vice President Ana Ruiz spoke on Monday. The president was abroad.");
  d.Person("Ana Ruiz").Resolve();
  EXPECT_EQ(d.Mention("The president"), nullptr);
}

TEST(Descriptions, AnotherMinistryIsNotTheMinistry) {
  HandTaggedDocument d("Foreign Minister Rasa Velimova spoke first. The prime minister was ill.");
  d.Person("Rasa Velimova").Resolve();
  EXPECT_EQ(d.Mention("The prime minister"), nullptr);
  HandTaggedDocument e("Foreign Minister Rasa Velimova spoke first. The minister was tired.");
  e.Person("Rasa Velimova").Resolve();
  EXPECT_EQ(e.Referent("The minister"), "Rasa Velimova");
}

TEST(Descriptions, OneHeadOfficeIsNotAnother) {
  HandTaggedDocument d("Prime Minister Kari Lund spoke first. The president was abroad.");
  d.Person("Kari Lund").Resolve();
  EXPECT_EQ(d.Mention("The president"), nullptr);
}

TEST(Descriptions, ATitleBeforeANameIsNoDescription) {
  HandTaggedDocument d("President Ilse Marendt spoke. Then the president Ilse Marendt left.");
  d.Person("Ilse Marendt").Resolve();
  EXPECT_EQ(CountKind(d.doc, MentionKind::kNominal), 0u);
}

TEST(Descriptions, PossessiveEndingsStayOutOfTheSpan) {
  HandTaggedDocument d(
      "President Ilse Marendt of Veskaria spoke. The president of Veskaria's office was shut. "
      "The president's car left.");
  d.Person("Ilse Marendt").Place("Veskaria").Resolve();
  EXPECT_EQ(d.Referent("The president of Veskaria"), "Ilse Marendt");
  EXPECT_EQ(d.Referent("The president"), "Ilse Marendt");
}

TEST(Descriptions, CompanyAndCountry) {
  HandTaggedDocument d(
      "Orrin Holdings bought a terminal in Norway. The company said the country was a good "
      "place to invest.");
  d.Org("Orrin Holdings").Place("Norway").Resolve();
  EXPECT_EQ(d.Referent("The company"), "Orrin Holdings");
  EXPECT_EQ(d.Referent("the country"), "Norway");
}

TEST(Descriptions, NoCompanyNoLink) {
  HandTaggedDocument d("Ilse Marendt visited the port. The company that runs it was silent.");
  d.Person("Ilse Marendt").Resolve();
  EXPECT_EQ(d.Mention("The company"), nullptr);
}

TEST(Descriptions, OffWithoutCoreference) {
  HandTaggedDocument d(kSummit);
  d.Nationality("Chilean").Nationality("Norwegian").Person("Pablo Ortiz").Person("Kari Lund");
  d.Resolve(false);
  EXPECT_EQ(CountKind(d.doc, MentionKind::kNominal), 0u);
  EXPECT_EQ(CountKind(d.doc, MentionKind::kPronoun), 0u);
}

// ---- Pronouns ----

TEST(Pronouns, SheTakesThePersonOfThePreviousSentence) {
  HandTaggedDocument d("Ilse Marendt arrived in Saltmere. She said the port would reopen.");
  d.Person("Ilse Marendt").Place("Saltmere").Resolve();
  const EntityMention* she = d.Mention("She");
  ASSERT_NE(she, nullptr);
  EXPECT_EQ(she->kind, MentionKind::kPronoun);
  EXPECT_EQ(d.Referent("She"), "Ilse Marendt");
}

TEST(Pronouns, GenderSkipsThePersonOfTheOtherGender) {
  HandTaggedDocument d("Mr Kellan greeted Ilse Marendt. She thanked him.");
  d.Person("Kellan").Person("Ilse Marendt").Resolve();
  EXPECT_EQ(d.Referent("She"), "Ilse Marendt");
  EXPECT_EQ(d.Referent("him"), "Kellan");
}

TEST(Pronouns, GivenNamesTellTheGender) {
  HandTaggedDocument d("Pablo Ortiz met Ilse Marendt on Monday. She said the talks went well.");
  d.Person("Pablo Ortiz").Person("Ilse Marendt").Resolve();
  EXPECT_EQ(d.Referent("She"), "Ilse Marendt");
}

TEST(Pronouns, AnObjectIsNotItsOwnSubject) {
  HandTaggedDocument d(
      "Dariusz Kellan spoke first. Ilse Marendt, standing beside him, said she agreed.");
  d.Person("Dariusz Kellan").Person("Ilse Marendt").Resolve();
  EXPECT_EQ(d.Referent("him"), "Dariusz Kellan");
  EXPECT_EQ(d.Referent("she"), "Ilse Marendt");
}

TEST(Pronouns, AnObjectAfterAnotherClauseSubject) {
  HandTaggedDocument d(
      "Pablo Ortiz disagreed. He said Chile would wait, and Kari Lund said she would write to "
      "him.");
  d.Person("Pablo Ortiz").Person("Kari Lund").Place("Chile").Resolve();
  EXPECT_EQ(d.Referent("she"), "Kari Lund");
  EXPECT_EQ(d.Referent("him"), "Pablo Ortiz");
}

TEST(Pronouns, LearnedGenderHoldsForLaterPronouns) {
  HandTaggedDocument d(
      "Ilse Marendt met Dariusz Kellan. She smiled. Marendt and Kellan then talked. He said "
      "little.");
  d.Person("Ilse Marendt").Person("Dariusz Kellan").Person("Marendt").Person("Kellan").Resolve();
  EXPECT_EQ(d.Referent("She"), "Ilse Marendt");
  EXPECT_EQ(d.Referent("He"), "Dariusz Kellan");
}

TEST(Pronouns, NoAntecedentNoMention) {
  HandTaggedDocument d("He said the river was rising. It was raining. They left.");
  d.Resolve();
  EXPECT_TRUE(d.doc.mentions.empty());
}

TEST(Pronouns, TooFarBackNoMention) {
  HandTaggedDocument d(
      "Ilse Marendt spoke. The river rose. Boats waited. Rain fell. Trains stopped. She left.");
  d.Person("Ilse Marendt").Resolve();
  EXPECT_EQ(d.Mention("She"), nullptr);
}

TEST(ResolveCoreference, RunningTwiceGivesTheSameLayer) {
  HandTaggedDocument d(kSummit);
  d.Nationality("Chilean").Nationality("Norwegian").Person("Pablo Ortiz").Person("Kari Lund");
  d.Resolve();
  const size_t mentions = d.doc.mentions.size();
  const size_t entities = d.doc.entities.size();
  d.Resolve();
  EXPECT_EQ(d.doc.mentions.size(), mentions);
  EXPECT_EQ(d.doc.entities.size(), entities);
}

// ---- FindEntities: the whole layer, with the name tagger ----

TEST(FindEntities, LayerContract) {
  Document doc;
  doc.text =
      "Chilean President Pablo Ortiz met Norwegian Prime Minister Kari Lund in Oslo on Monday.\n\n"
      "The Norwegian leader said the talks had been useful. Ortiz disagreed. He said Chile would "
      "not accept new limits.";
  text::Segment(doc);
  FindEntities(doc);
  ASSERT_FALSE(doc.mentions.empty());
  std::vector<bool> used(doc.entities.size(), false);
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const EntityMention& m = doc.mentions[i];
    ASSERT_LT(m.entity, doc.entities.size());
    used[m.entity] = true;
    EXPECT_GE(m.confidence, EntityOptions{}.min_confidence);
    if (i > 0) {
      EXPECT_LE(doc.mentions[i - 1].span.start, m.span.start);
    }
  }
  EXPECT_TRUE(std::all_of(used.begin(), used.end(), [](bool u) { return u; }));  // dense ids

  auto referent = [&](std::string_view phrase) -> std::string {
    for (const EntityMention& m : doc.mentions) {
      if (std::string_view(doc.text).substr(m.span.start, m.span.size()) == phrase) {
        return doc.entities[m.entity].canonical;
      }
    }
    return "";
  };
  EXPECT_EQ(referent("The Norwegian leader"), "Kari Lund");
  EXPECT_EQ(referent("Ortiz"), "Pablo Ortiz");
  EXPECT_EQ(referent("He"), "Pablo Ortiz");
}

TEST(FindEntities, ANamesOnlyLayerWithoutCoreference) {
  Document doc;
  doc.text = "Chilean President Pablo Ortiz arrived. He said the Chilean leader was tired.";
  text::Segment(doc);
  EntityOptions options;
  options.resolve_coreference = false;
  FindEntities(doc, options);
  for (const EntityMention& m : doc.mentions) EXPECT_EQ(m.kind, MentionKind::kName);
}

TEST(FindEntities, EmptyAndWordlessDocuments) {
  for (const char* text : {"", "   \n\n  ", "... -- !!"}) {
    Document doc;
    doc.text = text;
    text::Segment(doc);
    FindEntities(doc);
    EXPECT_TRUE(doc.mentions.empty());
    EXPECT_TRUE(doc.entities.empty());
  }
}

TEST(FindEntities, Names) {
  EXPECT_STREQ(EntityTypeName(EntityType::kOrganization), "ORGANIZATION");
  EXPECT_STREQ(EntityTypeName(EntityType::kNationality), "NATIONALITY");
  EXPECT_STREQ(MentionKindName(MentionKind::kNominal), "nominal");
  EXPECT_STREQ(MentionKindName(MentionKind::kPronoun), "pronoun");
}

}  // namespace
}  // namespace storyline::extract
