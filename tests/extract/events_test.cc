// FindEvents(): one test per event type with its near miss, on invented sentences with the
// fictional names of examples/corpus. Names are marked by hand (coref_test_doc.h) so each rule is
// tested on its own; times come from the real time scanner.
#include "extract/events.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "coref_test_doc.h"
#include "extract/times.h"

namespace storyline::extract {
namespace {

using testing::HandTaggedDocument;

// Tags the fictional names, resolves them, reads times (document time 2025-01-22) and events.
Document Read(std::string text) {
  HandTaggedDocument d(std::move(text));
  d.Person("Tomas Vell").Person("Ilse Marendt").Person("Marendt").Person("Vell");
  d.Person("Kellan").Place("Aldonia").Place("Veskaria").Place("Kallisvik").Place("Tarnholm");
  d.Place("Lindra").Nationality("Veskarian").Nationality("Aldonian").Org("Harbour Council");
  d.Resolve();
  d.doc.document_time.value = "2025-01-22";
  FindTimes(d.doc);
  FindEvents(d.doc);
  return std::move(d.doc);
}

std::string_view Text(const Document& doc, ByteSpan span) {
  return std::string_view(doc.text).substr(span.start, span.size());
}

std::vector<const Event*> OfType(const Document& doc, std::string_view type) {
  std::vector<const Event*> out;
  for (const Event& e : doc.events) {
    if (e.type == type) out.push_back(&e);
  }
  return out;
}

std::vector<std::string> Texts(const Document& doc, const std::vector<EventArgument>& args) {
  std::vector<std::string> out;
  for (const EventArgument& a : args) out.emplace_back(Text(doc, a.span));
  return out;
}

using Strings = std::vector<std::string>;

// ---- MEET ----

TEST(MeetEvents, MetWithCounterpartPlaceAndTime) {
  Document doc = Read("Tomas Vell met Ilse Marendt in Kallisvik on Monday.");
  auto meets = OfType(doc, "MEET");
  ASSERT_EQ(meets.size(), 1u);
  EXPECT_EQ(Text(doc, meets[0]->trigger), "met");
  EXPECT_EQ(Texts(doc, meets[0]->agents), Strings{"Tomas Vell"});
  EXPECT_EQ(Texts(doc, meets[0]->counterparts), Strings{"Ilse Marendt"});
  ASSERT_TRUE(meets[0]->place);
  EXPECT_EQ(Text(doc, meets[0]->place->span), "Kallisvik");
  EXPECT_EQ(meets[0]->time_source, "expression");
  EXPECT_EQ(meets[0]->time_value, "2025-01-20");
  EXPECT_FALSE(meets[0]->negated);
  EXPECT_EQ(meets[0]->modality, "happened");
}

TEST(MeetEvents, CoordinatedSubjectsHeldTalks) {
  Document doc = Read("Tomas Vell and Ilse Marendt held talks in Tarnholm.");
  auto meets = OfType(doc, "MEET");
  ASSERT_EQ(meets.size(), 1u);
  EXPECT_EQ(Text(doc, meets[0]->trigger), "talks");
  EXPECT_EQ(Texts(doc, meets[0]->agents), (Strings{"Tomas Vell", "Ilse Marendt"}));
  EXPECT_EQ(meets[0]->time_source, "document_time");
  EXPECT_EQ(meets[0]->time_value, "2025-01-22");
}

TEST(MeetEvents, TalksBetweenNameBothSides) {
  Document doc = Read("Talks between Tomas Vell and Ilse Marendt ended in Kallisvik.");
  auto meets = OfType(doc, "MEET");
  ASSERT_EQ(meets.size(), 1u);
  EXPECT_EQ(Texts(doc, meets[0]->agents), (Strings{"Tomas Vell", "Ilse Marendt"}));
}

TEST(MeetEvents, NegatedAndExpected) {
  Document doc = Read("Tomas Vell did not meet Kellan. Marendt will meet Kellan.");
  auto meets = OfType(doc, "MEET");
  ASSERT_EQ(meets.size(), 2u);
  EXPECT_TRUE(meets[0]->negated);
  EXPECT_FALSE(meets[1]->negated);
  EXPECT_EQ(meets[1]->modality, "expected");
}

TEST(MeetEvents, MeetingRoomIsNoMeeting) {
  Document doc = Read("Tomas Vell waited in the meeting room.");
  EXPECT_TRUE(OfType(doc, "MEET").empty());
}

TEST(MeetEvents, DeniedMeeting) {
  Document doc = Read("Tomas Vell denied meeting Kellan.");
  auto meets = OfType(doc, "MEET");
  ASSERT_EQ(meets.size(), 1u);
  EXPECT_EQ(meets[0]->modality, "denied");
  EXPECT_TRUE(OfType(doc, "STATEMENT").empty());
}

// ---- VISIT / TRAVEL ----

TEST(VisitEvents, ArrivedAndVisitToAPlace) {
  Document doc = Read("Kellan arrived in Tarnholm. Vell's visit to Aldonia was short.");
  auto visits = OfType(doc, "VISIT");
  ASSERT_EQ(visits.size(), 2u);
  EXPECT_EQ(visits[0]->subtype, "arrival");
  EXPECT_EQ(Texts(doc, visits[0]->agents), Strings{"Kellan"});
  ASSERT_TRUE(visits[0]->place);
  EXPECT_EQ(Text(doc, visits[0]->place->span), "Tarnholm");
  EXPECT_EQ(Texts(doc, visits[1]->agents), Strings{"Vell"});
  ASSERT_TRUE(visits[1]->place);
  EXPECT_EQ(Text(doc, visits[1]->place->span), "Aldonia");
}

TEST(VisitEvents, PlansToVisitIsPlanned) {
  Document doc = Read("Marendt plans to visit Veskaria.");
  auto visits = OfType(doc, "VISIT");
  ASSERT_EQ(visits.size(), 1u);
  EXPECT_EQ(visits[0]->modality, "planned");
  ASSERT_TRUE(visits[0]->place);
  EXPECT_EQ(Text(doc, visits[0]->place->span), "Veskaria");
}

TEST(VisitEvents, LeftAPlaceIsTravelButTheLeftIsNot) {
  Document doc = Read("Kellan left Kallisvik after the talks. The left wing objected.");
  auto travel = OfType(doc, "TRAVEL");
  ASSERT_EQ(travel.size(), 1u);
  EXPECT_EQ(travel[0]->subtype, "departure");
  ASSERT_TRUE(travel[0]->place);
  EXPECT_EQ(Text(doc, travel[0]->place->span), "Kallisvik");
}

// ---- SIGN ----

TEST(SignEvents, TreatyNameIsTheObject) {
  Document doc = Read(
      "Tomas Vell and Ilse Marendt signed a treaty on comprehensive strategic partnership that "
      "replaces the old accord.");
  auto signs = OfType(doc, "SIGN");
  ASSERT_EQ(signs.size(), 1u);
  EXPECT_EQ(Texts(doc, signs[0]->agents), (Strings{"Tomas Vell", "Ilse Marendt"}));
  ASSERT_TRUE(signs[0]->object);
  EXPECT_EQ(Text(doc, signs[0]->object->span), "a treaty on comprehensive strategic partnership");
}

TEST(SignEvents, ExpectedToSignAndDidNotSign) {
  Document doc = Read(
      "Aldonia and Veskaria are expected to sign a trade deal. Kellan had not signed any "
      "agreements.");
  auto signs = OfType(doc, "SIGN");
  ASSERT_EQ(signs.size(), 2u);
  EXPECT_EQ(signs[0]->modality, "expected");
  EXPECT_EQ(Texts(doc, signs[0]->agents), (Strings{"Aldonia", "Veskaria"}));
  EXPECT_TRUE(signs[1]->negated);
  ASSERT_TRUE(signs[1]->object);
  EXPECT_EQ(Text(doc, signs[1]->object->span), "any agreements");
}

TEST(SignEvents, SignedCopiesAreNoSigning) {
  Document doc = Read("Signed copies of the book sold out. The signed copies were cheap.");
  EXPECT_TRUE(OfType(doc, "SIGN").empty());
}

// ---- STATEMENT ----

TEST(StatementEvents, PraiseWarningPromise) {
  Document doc =
      Read("Marendt praised Kellan. Vell warned Aldonia. The Harbour Council pledged to help.");
  auto statements = OfType(doc, "STATEMENT");
  ASSERT_EQ(statements.size(), 3u);
  EXPECT_EQ(statements[0]->subtype, "praise");
  EXPECT_EQ(Texts(doc, statements[0]->agents), Strings{"Marendt"});
  EXPECT_EQ(Texts(doc, statements[0]->counterparts), Strings{"Kellan"});
  EXPECT_EQ(statements[1]->subtype, "warning");
  EXPECT_EQ(Texts(doc, statements[1]->counterparts), Strings{"Aldonia"});
  EXPECT_EQ(statements[2]->subtype, "promise");
}

TEST(StatementEvents, WarningShotsAreNoWarning) {
  Document doc = Read("Soldiers had to fire warning shots near Lindra.");
  EXPECT_TRUE(OfType(doc, "STATEMENT").empty());
  auto military = OfType(doc, "MILITARY");
  ASSERT_EQ(military.size(), 1u);
  EXPECT_EQ(military[0]->subtype, "firing");
}

// ---- GIFT / EXCHANGE ----

TEST(GiftEvents, GiftedReceiverAndObject) {
  Document doc = Read("The delegation gifted Kellan a naval dirk and a tea set.");
  auto gifts = OfType(doc, "GIFT");
  ASSERT_EQ(gifts.size(), 1u);
  EXPECT_EQ(Texts(doc, gifts[0]->counterparts), Strings{"Kellan"});
  ASSERT_TRUE(gifts[0]->object);
  EXPECT_EQ(Text(doc, gifts[0]->object->span), "a naval dirk and a tea set");
}

TEST(GiftEvents, PresentedWith) {
  Document doc = Read("Marendt presented Kellan with a silver car.");
  auto gifts = OfType(doc, "GIFT");
  ASSERT_EQ(gifts.size(), 1u);
  EXPECT_EQ(Texts(doc, gifts[0]->agents), Strings{"Marendt"});
  EXPECT_EQ(Texts(doc, gifts[0]->counterparts), Strings{"Kellan"});
  ASSERT_TRUE(gifts[0]->object);
  EXPECT_EQ(Text(doc, gifts[0]->object->span), "a silver car");
}

TEST(GiftEvents, GiftShopAndGaveASpeechAreNoGifts) {
  Document doc = Read("Kellan visited a gift shop. Marendt gave a speech.");
  EXPECT_TRUE(OfType(doc, "GIFT").empty());
}

TEST(GiftEvents, ExchangedGiftsIsOneExchange) {
  Document doc = Read("Vell and Kellan exchanged gifts.");
  EXPECT_EQ(OfType(doc, "EXCHANGE").size(), 1u);
  EXPECT_TRUE(OfType(doc, "GIFT").empty());
}

// ---- MILITARY ----

TEST(MilitaryEvents, LaunchedMissileButNotACampaign) {
  Document doc = Read("Veskaria launched a ballistic missile. Marendt launched a campaign.");
  auto military = OfType(doc, "MILITARY");
  ASSERT_EQ(military.size(), 1u);
  EXPECT_EQ(military[0]->subtype, "test");
  EXPECT_EQ(Texts(doc, military[0]->agents), Strings{"Veskaria"});
}

TEST(MilitaryEvents, ExercisesAndTestResults) {
  Document doc = Read("Aldonia held military exercises. The test results were good.");
  auto military = OfType(doc, "MILITARY");
  ASSERT_EQ(military.size(), 1u);
  EXPECT_EQ(military[0]->subtype, "exercise");
}

TEST(MilitaryEvents, DeniedArmsTransfers) {
  Document doc = Read("Aldonia and Veskaria have denied arms transfers.");
  auto military = OfType(doc, "MILITARY");
  ASSERT_EQ(military.size(), 1u);
  EXPECT_EQ(military[0]->subtype, "arms_transfer");
  EXPECT_EQ(military[0]->modality, "denied");
  EXPECT_EQ(Texts(doc, military[0]->agents), (Strings{"Aldonia", "Veskaria"}));
}

// ---- SANCTION / VETO ----

TEST(SanctionEvents, ImposedSanctionsOnButNotTheWordAlone) {
  Document doc = Read("Aldonia has never imposed sanctions on Veskaria. Veskaria faces sanctions.");
  auto sanctions = OfType(doc, "SANCTION");
  ASSERT_EQ(sanctions.size(), 1u);
  EXPECT_TRUE(sanctions[0]->negated);
  EXPECT_EQ(Texts(doc, sanctions[0]->agents), Strings{"Aldonia"});
  EXPECT_EQ(Texts(doc, sanctions[0]->counterparts), Strings{"Veskaria"});
}

TEST(VetoEvents, NationalityVetoAndVerb) {
  Document doc = Read("A Veskarian veto ended the plan. Aldonia vetoed the resolution.");
  auto vetoes = OfType(doc, "VETO");
  ASSERT_EQ(vetoes.size(), 2u);
  EXPECT_EQ(Texts(doc, vetoes[0]->agents), Strings{"Veskarian"});
  EXPECT_EQ(Texts(doc, vetoes[1]->agents), Strings{"Aldonia"});
  ASSERT_TRUE(vetoes[1]->object);
  EXPECT_EQ(Text(doc, vetoes[1]->object->span), "the resolution");
}

// ---- CEREMONY ----

TEST(CeremonyEvents, GreetedAndWelcomingCeremonyIsOne) {
  Document doc = Read(
      "Marendt greeted Kellan at the airport. An official welcoming ceremony followed in "
      "Kallisvik.");
  auto ceremonies = OfType(doc, "CEREMONY");
  ASSERT_EQ(ceremonies.size(), 2u);
  EXPECT_EQ(ceremonies[0]->subtype, "welcome");
  EXPECT_EQ(Texts(doc, ceremonies[0]->counterparts), Strings{"Kellan"});
  EXPECT_EQ(Text(doc, ceremonies[1]->trigger), "ceremony");
}

TEST(CeremonyEvents, WreathLaying) {
  Document doc = Read("The visit includes the laying of a wreath in Lindra.");
  auto ceremonies = OfType(doc, "CEREMONY");
  ASSERT_EQ(ceremonies.size(), 1u);
  EXPECT_EQ(ceremonies[0]->subtype, "wreath");
}

// ---- Time ----

TEST(EventTime, LiveBlogEntryGivesItsTimestamp) {
  Document doc = Read(
      "22 January 2025\n- 09:08 GMT\nKellan and Marendt signed the accord.\n- 08:35 GMT\n"
      "Vell arrived in Kallisvik.");
  auto signs = OfType(doc, "SIGN");
  ASSERT_EQ(signs.size(), 1u);
  EXPECT_EQ(signs[0]->time_source, "expression");
  EXPECT_EQ(signs[0]->time_value, "2025-01-22T09:08");
  auto visits = OfType(doc, "VISIT");
  ASSERT_EQ(visits.size(), 1u);
  EXPECT_EQ(visits[0]->time_value, "2025-01-22T08:35");
}

TEST(EventTime, ATimeInAnotherClauseIsNotTheEventsTime) {
  Document doc = Read("Kellan signed an accord that replaces documents sealed in 1961.");
  auto signs = OfType(doc, "SIGN");
  ASSERT_FALSE(signs.empty());
  EXPECT_EQ(signs[0]->time_source, "document_time");
}

TEST(EventTime, EvidenceSentenceAndConfidence) {
  Document doc = Read("It rained. Tomas Vell met Kellan.");
  auto meets = OfType(doc, "MEET");
  ASSERT_EQ(meets.size(), 1u);
  EXPECT_EQ(meets[0]->sentence, 1u);
  EXPECT_GT(meets[0]->confidence, 0.5f);
  EXPECT_LE(meets[0]->confidence, 1.0f);
}

// ---- Round 2: word senses, bare nouns, descriptions, places ----

TEST(StatementEvents, ThanksToIsNoPraiseButThankedIs) {
  Document doc = Read("Aldonia won the vote thanks to Kellan.");
  EXPECT_TRUE(OfType(doc, "STATEMENT").empty());
  Document praised = Read("Tomas Vell thanked Kellan.");
  auto statements = OfType(praised, "STATEMENT");
  ASSERT_EQ(statements.size(), 1u);
  EXPECT_EQ(statements[0]->subtype, "praise");
  EXPECT_EQ(Texts(praised, statements[0]->counterparts), Strings{"Kellan"});
}

TEST(MeetEvents, MetTheTargetIsNoMeeting) {
  EXPECT_TRUE(OfType(Read("Tomas Vell met the target on Monday."), "MEET").empty());
  EXPECT_TRUE(OfType(Read("Aldonia is meeting their demands."), "MEET").empty());
  Document doc = Read("Tomas Vell met Kellan on Monday.");
  auto meets = OfType(doc, "MEET");
  ASSERT_EQ(meets.size(), 1u);
  EXPECT_EQ(Texts(doc, meets[0]->counterparts), Strings{"Kellan"});
}

TEST(MeetEvents, AMeetingNeedsACounterpartOrAPluralSubject) {
  // One person and nobody to meet.
  EXPECT_TRUE(OfType(Read("Tomas Vell will meet next week."), "MEET").empty());
  // Two, "they", "met with" and a group do meet.
  EXPECT_EQ(OfType(Read("Tomas Vell and Ilse Marendt will meet next week."), "MEET").size(), 1u);
  EXPECT_EQ(OfType(Read("Tomas Vell met with officials."), "MEET").size(), 1u);
  EXPECT_EQ(OfType(Read("The Harbour Council will meet next week."), "MEET").size(), 1u);
  EXPECT_EQ(OfType(Read("The ministers met in Kallisvik."), "MEET").size(), 1u);
}

TEST(GiftEvents, GivenACurfewIsNoGift) {
  EXPECT_TRUE(OfType(Read("Kellan was given a curfew by Tomas Vell."), "GIFT").empty());
  EXPECT_TRUE(OfType(Read("Marendt gave Kellan access to the files."), "GIFT").empty());
  Document doc = Read("Marendt gave Kellan a naval dirk.");
  auto gifts = OfType(doc, "GIFT");
  ASSERT_EQ(gifts.size(), 1u);
  ASSERT_TRUE(gifts[0]->object);
  EXPECT_EQ(Text(doc, gifts[0]->object->span), "a naval dirk");
}

TEST(GiftEvents, ABareGiftNounIsBelowTheFloor) {
  EXPECT_TRUE(OfType(Read("The bank will manage this gift."), "GIFT").empty());
  Document doc = Read("Kellan's gift to Marendt was a naval dirk.");
  EXPECT_EQ(OfType(doc, "GIFT").size(), 1u);
}

TEST(MeetEvents, BareTalksNeedATimeAPlaceOrALiveBlogEntry) {
  EXPECT_TRUE(OfType(Read("Nobody commented after the talks ended."), "MEET").empty());
  EXPECT_EQ(OfType(Read("Nobody commented after the talks ended on Friday."), "MEET").size(), 1u);
  EXPECT_EQ(OfType(Read("Nobody commented after the talks in Kallisvik."), "MEET").size(), 1u);
}

TEST(MeetEvents, LiveBlogBareTalksTakeTheStorysMeeting) {
  Document doc = Read(
      "22 January 2025\n- 09:08 GMT\nTomas Vell met Ilse Marendt in Kallisvik.\n- 09:40 GMT\n"
      "The talks are over.");
  auto meets = OfType(doc, "MEET");
  ASSERT_EQ(meets.size(), 2u);
  EXPECT_EQ(Text(doc, meets[1]->trigger), "talks");
  ASSERT_EQ(meets[1]->agents.size(), 1u);  // the first meeting's agent
  EXPECT_EQ(meets[1]->agents[0].entity, meets[0]->agents[0].entity);
  EXPECT_LT(meets[1]->confidence, meets[0]->confidence);
  EXPECT_EQ(meets[1]->time_value, "2025-01-22T09:40");
  // Outside a live blog, the same bare sentence says nothing.
  Document plain = Read("Tomas Vell met Ilse Marendt in Kallisvik.\n\nThe talks are over.");
  EXPECT_EQ(OfType(plain, "MEET").size(), 1u);
}

TEST(MeetEvents, TheTwoLeadersAreTheMeetingsPair) {
  Document doc =
      Read("Tomas Vell met Ilse Marendt in Kallisvik.\n\nThe two leaders signed a pact.");
  auto signs = OfType(doc, "SIGN");
  ASSERT_EQ(signs.size(), 1u);
  ASSERT_EQ(signs[0]->agents.size(), 2u);
  auto meets = OfType(doc, "MEET");
  ASSERT_EQ(meets.size(), 1u);
  std::vector<uint32_t> pair = {meets[0]->agents[0].entity, meets[0]->counterparts[0].entity};
  std::vector<uint32_t> got = {signs[0]->agents[0].entity, signs[0]->agents[1].entity};
  std::sort(pair.begin(), pair.end());
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, pair);
  EXPECT_EQ(Text(doc, signs[0]->agents[0].span), "The two leaders");
  // "Aldonian officials" and a story with two pairs name nobody.
  Document officials = Read("Tomas Vell met Ilse Marendt.\n\nAldonian officials signed a pact.");
  auto s2 = OfType(officials, "SIGN");
  ASSERT_EQ(s2.size(), 1u);
  EXPECT_TRUE(s2[0]->agents.empty() || Texts(officials, s2[0]->agents) == Strings{"Aldonian"});
  Document two_pairs =
      Read("Tomas Vell met Ilse Marendt.\n\nKellan met Marendt.\n\nThe two leaders signed a pact.");
  auto s3 = OfType(two_pairs, "SIGN");
  ASSERT_EQ(s3.size(), 1u);
  EXPECT_TRUE(s3[0]->agents.empty());
}

TEST(VisitEvents, ThePlaceIsTheNameAfterItsDescription) {
  Document doc = Read("Kellan arrived at the Veskarian mountain resort Kallisvik.");
  auto visits = OfType(doc, "VISIT");
  ASSERT_EQ(visits.size(), 1u);
  ASSERT_TRUE(visits[0]->place);
  EXPECT_EQ(Text(doc, visits[0]->place->span), "Kallisvik");
  Document south = Read("Kellan arrived in southern Aldonia.");
  auto v2 = OfType(south, "VISIT");
  ASSERT_EQ(v2.size(), 1u);
  ASSERT_TRUE(v2[0]->place);
  EXPECT_EQ(Text(south, v2[0]->place->span), "Aldonia");
}

TEST(VisitEvents, FromIsTheOriginNotThePlace) {
  Document doc = Read("Kellan flew back from a holiday in Lindra.");
  auto travels = OfType(doc, "TRAVEL");
  ASSERT_EQ(travels.size(), 1u);
  EXPECT_FALSE(travels[0]->place);
  Document to = Read("Kellan flew from Lindra to Tarnholm.");
  auto t2 = OfType(to, "TRAVEL");
  ASSERT_EQ(t2.size(), 1u);
  ASSERT_TRUE(t2[0]->place);
  EXPECT_EQ(Text(to, t2[0]->place->span), "Tarnholm");
}

TEST(MeetEvents, MetANamesDemandIsNoMeeting) {
  EXPECT_TRUE(OfType(Read("The band met Kellan's demands."), "MEET").empty());
  Document doc = Read("The band met Kellan's envoy.");
  auto meets = OfType(doc, "MEET");
  ASSERT_EQ(meets.size(), 1u);
  EXPECT_EQ(Texts(doc, meets[0]->counterparts), Strings{"Kellan"});
}

TEST(StatementEvents, DeniedSomethingIsNoDenial) {
  EXPECT_TRUE(OfType(Read("Kellan was denied a late try."), "STATEMENT").empty());
  Document doc = Read("Tomas Vell denied the report.");
  auto statements = OfType(doc, "STATEMENT");
  ASSERT_EQ(statements.size(), 1u);
  EXPECT_EQ(statements[0]->subtype, "denial");
}

TEST(StatementEvents, WarnedThatHasNoCounterpart) {
  Document doc = Read("Marendt warned that Aldonia's plan was risky.");
  auto warnings = OfType(doc, "STATEMENT");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_TRUE(warnings[0]->counterparts.empty());
  Document warned = Read("Marendt warned Aldonia.");
  auto w2 = OfType(warned, "STATEMENT");
  ASSERT_EQ(w2.size(), 1u);
  EXPECT_EQ(Texts(warned, w2[0]->counterparts), Strings{"Aldonia"});
}

TEST(GiftEvents, GiftBuyingIsNoGift) {
  EXPECT_TRUE(OfType(Read("Kellan did his Veskarian gift buying on Monday."), "GIFT").empty());
  EXPECT_EQ(OfType(Read("Kellan's gift to Marendt arrived on Monday."), "GIFT").size(), 1u);
}

TEST(SignEvents, SignsOfIsNoSigning) {
  EXPECT_TRUE(OfType(Read("Aldonia is showing signs of a slowdown."), "SIGN").empty());
  Document doc = Read("Tomas Vell signs the accord.");
  auto signs = OfType(doc, "SIGN");
  ASSERT_EQ(signs.size(), 1u);
  EXPECT_EQ(Texts(doc, signs[0]->agents), Strings{"Tomas Vell"});
}

TEST(VisitEvents, LeftXWithSomethingIsNoDeparture) {
  EXPECT_TRUE(
      OfType(Read("Falling sales have left the Harbour Council with debts."), "TRAVEL").empty());
  EXPECT_TRUE(OfType(Read("The vote landed the Harbour Council with a fine."), "VISIT").empty());
  EXPECT_EQ(OfType(Read("Kellan left the Harbour Council on Monday."), "TRAVEL").size(), 1u);
}

}  // namespace
}  // namespace storyline::extract
