// Quote rules one family at a time, each with its near-miss negative: invented sentences about the
// fictional example corpus run through Segment, FindEntities and FindQuotes.
#include "extract/quotes.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "extract/entities.h"
#include "text/segment.h"

namespace storyline::extract {
namespace {

Document Quoted(std::string text) {
  Document doc;
  doc.text = std::move(text);
  doc.language = "en";
  text::Segment(doc);
  FindEntities(doc);
  FindQuotes(doc);
  return doc;
}

std::string_view Text(const Document& doc, ByteSpan span) {
  return std::string_view(doc.text).substr(span.start, span.size());
}

std::string Speaker(const Document& doc, const Quote& q) {
  return q.speaker_entity == kNoIndex ? std::string() : doc.entities[q.speaker_entity].canonical;
}

TEST(QuotesTest, DirectQuoteWithSpeakerAfterTheQuote) {
  Document doc = Quoted("“We will open the border next week,” Marendt Kellan said on Monday.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  const Quote& q = doc.quotes[0];
  EXPECT_EQ(q.kind, QuoteKind::kDirect);
  EXPECT_EQ(Text(doc, q.span), "We will open the border next week");
  EXPECT_EQ(Speaker(doc, q), "Marendt Kellan");
  EXPECT_EQ(q.verb, "say");
}

TEST(QuotesTest, SaidBeforeTheSpeakerAndStraightQuotes) {
  Document doc = Quoted("\"The harvest was the best in ten years,\" said Lindra Voss.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(Speaker(doc, doc.quotes[0]), "Lindra Voss");
  EXPECT_EQ(doc.quotes[0].kind, QuoteKind::kDirect);
}

TEST(QuotesTest, GuillemetsAndColonAttribution) {
  Document doc = Quoted("Marendt Kellan told reporters: «Aldonia will not sign this treaty.»");
  ASSERT_EQ(doc.quotes.size(), 1u);
  const Quote& q = doc.quotes[0];
  EXPECT_EQ(q.kind, QuoteKind::kDirect);
  EXPECT_EQ(Speaker(doc, q), "Marendt Kellan");
  EXPECT_EQ(q.verb, "tell");
  EXPECT_EQ(q.medium, "reporters");
}

TEST(QuotesTest, AttributionInsideTheQuoteMakesTwoParts) {
  Document doc = Quoted(
      "“The talks went well,” Marendt Kellan said. “We will meet again in Veskaria next "
      "month.”");
  ASSERT_EQ(doc.quotes.size(), 1u);
  const Quote& q = doc.quotes[0];
  ASSERT_EQ(q.parts.size(), 2u);
  EXPECT_EQ(Text(doc, q.parts[0]), "The talks went well");
  EXPECT_EQ(Text(doc, q.parts[1]), "We will meet again in Veskaria next month.");
  EXPECT_EQ(Speaker(doc, q), "Marendt Kellan");
}

TEST(QuotesTest, QuoteRunningOverParagraphs) {
  Document doc = Quoted(
      "Marendt Kellan said: “The border stays open for trade.\n\n“We expect the first convoys "
      "before winter.”\n\nThe ministry declined to comment.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].parts.size(), 2u);
  EXPECT_EQ(Speaker(doc, doc.quotes[0]), "Marendt Kellan");
}

TEST(QuotesTest, PronounSpeakerResolvesToThePersonNamedBefore) {
  Document doc =
      Quoted("Marendt Kellan arrived in Veskaria on Monday.\n\n“I came to listen,” he said.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(Text(doc, doc.quotes[0].speaker), "he");
  EXPECT_EQ(Speaker(doc, doc.quotes[0]), "Marendt Kellan");
}

TEST(QuotesTest, UnattributedQuoteContinuesThePreviousSpeaker) {
  Document doc =
      Quoted("“The talks went well,” Marendt Kellan said.\n\n“Nobody expected a deal this soon.”");
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(Speaker(doc, doc.quotes[1]), "Marendt Kellan");
  EXPECT_LT(doc.quotes[1].confidence, doc.quotes[0].confidence);
}

TEST(QuotesTest, PartialQuoteInsideReportedSpeech) {
  Document doc =
      Quoted("Lindra Voss described the meeting as a “historic event” for both countries.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].kind, QuoteKind::kPartial);
  EXPECT_EQ(Text(doc, doc.quotes[0].span), "historic event");
  EXPECT_EQ(Speaker(doc, doc.quotes[0]), "Lindra Voss");
}

TEST(QuotesTest, ScareQuotesAndQuotedTitlesAreNotQuotes) {
  Document doc = Quoted(
      "The so-called “peace dividend” never arrived in Aldonia. Critics watched the film "
      "“Winter Harbour Lights” in silence.");
  EXPECT_TRUE(doc.quotes.empty());
}

TEST(QuotesTest, ApostrophesNeverOpenOrCloseAQuote) {
  Document doc = Quoted(
      "The Workers' Party didn't meet in Kellan’s office, and the farmers’ union wasn't "
      "invited.");
  EXPECT_TRUE(doc.quotes.empty());
  Document single =
      Quoted("Lindra Voss called the plan ‘a reckless gamble that will fail’, she said.");
  ASSERT_EQ(single.quotes.size(), 1u);
  EXPECT_EQ(Text(single, single.quotes[0].span), "a reckless gamble that will fail");
}

TEST(QuotesTest, ReportedSpeechWithAndWithoutThat) {
  Document doc = Quoted(
      "Marendt Kellan said that the border would reopen in May. Lindra Voss told reporters the "
      "harvest was late.");
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(doc.quotes[0].kind, QuoteKind::kReported);
  EXPECT_EQ(Text(doc, doc.quotes[0].span), "the border would reopen in May");
  EXPECT_EQ(Speaker(doc, doc.quotes[0]), "Marendt Kellan");
  EXPECT_EQ(Text(doc, doc.quotes[1].span), "the harvest was late");
  EXPECT_EQ(doc.quotes[1].medium, "reporters");
  // Near miss: "said" with no clause after it.
  Document none = Quoted("Nothing was said in the hall of Aldonia.");
  EXPECT_TRUE(none.quotes.empty());
}

TEST(QuotesTest, AttributionBetweenCommasJoinsTheTwoParts) {
  Document doc = Quoted(
      "\"We will find out whether the order was obeyed,\" he said, \"and if it was not, somebody "
      "will answer for it.\"");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].parts.size(), 2u);
  // Near miss: two quotes with two different attributions stay two quotes.
  Document two = Quoted(
      "\"We will find out,\" Marendt Kellan said. Lindra Voss said: \"Nobody will answer for "
      "it.\"");
  EXPECT_EQ(two.quotes.size(), 2u);
}

TEST(QuotesTest, InvertedAttributionWithAnAuxiliary) {
  // Translated text: "has declared X" after the quote.
  Document doc =
      Quoted("«It is not a treaty on water,» has declared Marendt Kellan after the vote.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(Speaker(doc, doc.quotes[0]), "Marendt Kellan");
  EXPECT_EQ(doc.quotes[0].verb, "declare");
  // Near miss: an auxiliary with no name after the verb attributes nothing.
  Document none = Quoted("«It is not a treaty on water,» has declared the text of the vote.");
  for (const Quote& q : none.quotes) EXPECT_EQ(q.speaker_entity, kNoIndex);
}

TEST(QuotesTest, DatelineIsNotPartOfTrailingReportedSpeech) {
  Document doc = Quoted(
      "SALTMERE, Veskaria, April 9 (Meridian Wire) – Six workers are still missing, Lindra Voss "
      "said.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(Text(doc, doc.quotes[0].span), "Six workers are still missing");
  // Near miss: a dash inside the clause without a closing parenthesis before it stays.
  Document plain = Quoted("The port - the biggest in the region - is closed, Lindra Voss said.");
  ASSERT_EQ(plain.quotes.size(), 1u);
  EXPECT_EQ(Text(plain, plain.quotes[0].span), "The port - the biggest in the region - is closed");
}

TEST(QuotesTest, AccordingToAndTrailingAttribution) {
  Document doc = Quoted(
      "According to Lindra Voss, the dam will be finished by spring. The talks will resume in "
      "Veskaria, Marendt Kellan added.");
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(Text(doc, doc.quotes[0].span), "the dam will be finished by spring");
  EXPECT_EQ(Speaker(doc, doc.quotes[0]), "Lindra Voss");
  EXPECT_EQ(Text(doc, doc.quotes[1].span), "The talks will resume in Veskaria");
  EXPECT_EQ(doc.quotes[1].verb, "add");
}

TEST(QuotesTest, OfficeNobodyHoldsGivesWayToTheSpeakerChain) {
  Document doc = Quoted(
      "Aldonian Foreign Minister Marendt Kellan spoke in Veskaria on Monday. He said that the "
      "treaty was dead. “They deceived us again,” said the Prime Minister.");
  ASSERT_EQ(doc.quotes.size(), 2u);
  const Quote& q = doc.quotes[1];
  EXPECT_EQ(Text(doc, q.speaker), "the Prime Minister");
  EXPECT_EQ(Speaker(doc, q), "Marendt Kellan");
  EXPECT_FALSE(q.conflict.empty());
  EXPECT_EQ(doc.quotes[0].conflict, "");
}

TEST(QuotesTest, InstitutionalSpeakerWithoutAName) {
  Document doc = Quoted("Veskaria's state media said the convoy had crossed the river.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(Text(doc, doc.quotes[0].speaker), "Veskaria's state media");
}

TEST(QuotesTest, UnterminatedQuoteIsDropped) {
  Document doc = Quoted("Lindra Voss said “the border will\n\nThe next paragraph has no marks.");
  for (const Quote& q : doc.quotes) EXPECT_NE(q.kind, QuoteKind::kDirect);
}

TEST(QuotesTest, OfficeWithoutANameIsItsOneHolder) {
  Document doc = Quoted(
      "Aldonian Home Secretary Marendt Kellan visited Veskaria on Monday.\n\nThe home secretary "
      "said the border would stay open for trade.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(Text(doc, doc.quotes[0].speaker), "The home secretary");
  EXPECT_EQ(Speaker(doc, doc.quotes[0]), "Marendt Kellan");
  // Near miss: two home secretaries - the description stays, with no entity.
  Document two = Quoted(
      "Aldonian Home Secretary Marendt Kellan met Veskarian Home Secretary Lindra Voss on "
      "Monday.\n\nThe home secretary said the border would stay open for trade.");
  ASSERT_EQ(two.quotes.size(), 1u);
  EXPECT_EQ(Text(two, two.quotes[0].speaker), "The home secretary");
  EXPECT_EQ(two.quotes[0].speaker_entity, kNoIndex);
}

TEST(QuotesTest, OfficeOfAnotherOrganisationIsNotItsHolder) {
  Document doc = Quoted(
      "Orrin Holdings head Marendt Kellan spoke in Veskaria on Monday.\n\nThe Bluefield Bank "
      "head said the merger would wait until May.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker_entity, kNoIndex);
  Document same = Quoted(
      "Orrin Holdings head Marendt Kellan spoke in Veskaria on Monday.\n\nThe Orrin Holdings "
      "head said the merger would wait until May.");
  ASSERT_EQ(same.quotes.size(), 1u);
  EXPECT_EQ(Speaker(same, same.quotes[0]), "Marendt Kellan");
  // Near miss: a description after a preposition is not the speaker; the sentence's subject is.
  Document to = Quoted(
      "Lindra Voss wrote to the ministry last year saying the harbour would be closed in May.");
  ASSERT_EQ(to.quotes.size(), 1u);
  EXPECT_EQ(Speaker(to, to.quotes[0]), "Lindra Voss");
}

TEST(QuotesTest, OrganisationVoicesSpeakForTheOrganisation) {
  Document doc = Quoted(
      "Orrin Holdings cut 300 jobs in Veskaria on Monday. An Orrin Holdings spokeswoman said the "
      "plant would close in May.\n\nThe company said the workers would be paid until June.");
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(Text(doc, doc.quotes[0].speaker), "An Orrin Holdings spokeswoman");
  EXPECT_EQ(Speaker(doc, doc.quotes[0]), "Orrin Holdings");
  EXPECT_EQ(Text(doc, doc.quotes[1].speaker), "The company");
  EXPECT_EQ(Speaker(doc, doc.quotes[1]), "Orrin Holdings");
  // Near miss: a nationality is no organisation; the spokesman keeps no entity.
  Document nation = Quoted("A French spokesman said the plant would close in May.");
  ASSERT_EQ(nation.quotes.size(), 1u);
  EXPECT_EQ(Text(nation, nation.quotes[0].speaker), "A French spokesman");
  EXPECT_EQ(nation.quotes[0].speaker_entity, kNoIndex);
}

TEST(QuotesTest, ItSaidIsTheOrganisationNeverAPerson) {
  Document doc = Quoted(
      "Orrin Holdings closed its plant in Veskaria on Monday. It said the workers would be paid "
      "until June.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(Speaker(doc, doc.quotes[0]), "Orrin Holdings");
  // Near miss: only a person was named before "It".
  Document person = Quoted(
      "Marendt Kellan arrived in Veskaria on Monday. It said the workers would be paid until "
      "June.");
  for (const Quote& q : person.quotes) EXPECT_EQ(Speaker(person, q), "");
}

TEST(QuotesTest, AddIsSpeechOnlyWhenItReports) {
  Document doc = Quoted(
      "Marendt Kellan added that the talks would resume in May. The convoys will cross in June, "
      "Lindra Voss added.");
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(Speaker(doc, doc.quotes[0]), "Marendt Kellan");
  EXPECT_EQ(Text(doc, doc.quotes[0].span), "the talks would resume in May");
  EXPECT_EQ(Speaker(doc, doc.quotes[1]), "Lindra Voss");
  // Near misses: a plan, an object, a list.
  Document none = Quoted(
      "Orrin Holdings will add 200 jobs in Veskaria next year. Marendt Kellan added Aldonia to "
      "the list of partners. The new port would add value to the whole region.");
  EXPECT_TRUE(none.quotes.empty());
}

TEST(QuotesTest, QuoteContinuedAcrossALostParagraphBreak) {
  // Straight quotes, the continuation paragraph's break lost inside a line ("open. "Lindra").
  Document doc = Quoted(
      "Marendt Kellan said: \"The border stays open for trade.\n\n\"Lindra Voss told us that "
      "the convoys would stop. \"That will not happen.\"\n\nThe ministry declined to comment.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].parts.size(), 3u);
  EXPECT_EQ(Speaker(doc, doc.quotes[0]), "Marendt Kellan");
  // A paragraph that opens a quote and ends without closing it is all quoted: the speech inside
  // it is not Lindra Voss's reported speech.
  Document open = Quoted(
      "Marendt Kellan said: \"The border stays open for trade.\n\n\"Lindra Voss told us that "
      "the convoys would stop.\n\nThe ministry declined to comment.");
  ASSERT_EQ(open.quotes.size(), 1u);
  EXPECT_EQ(Speaker(open, open.quotes[0]), "Marendt Kellan");
  EXPECT_EQ(Text(open, open.quotes[0].parts.back()),
            "Lindra Voss told us that the convoys would stop.");
  // Near miss: a sentence end before a new mark after a closed quote opens a new quote.
  Document two = Quoted(
      "\"The border stays open,\" Marendt Kellan said. \"Lindra Voss told us nothing,\" said "
      "Aldonia's envoy Kerrin Duvall.");
  ASSERT_EQ(two.quotes.size(), 2u);
  EXPECT_EQ(Speaker(two, two.quotes[0]), "Marendt Kellan");
}

}  // namespace
}  // namespace storyline::extract
