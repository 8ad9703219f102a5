// Acceptance test of the quote layer on the five real scraped seed pages (../shared/seeds): every
// direct quote of a named speaker is found and attributed to the right person or organisation,
// including quotes attributed only by "he", by a description ("the official"), across a paragraph
// break, or against a garbled office ("said the Prime Minister" inside the foreign minister's
// quotes); nothing from the page junk is read as a quote. Seed wording may appear here (tests
// only); never in src/.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "seeds_fixture.h"

namespace storyline::extract {
namespace {

class SeedsQuotesTest : public SeedsTest {
 protected:
  // The quote whose text starts with `start`, or nullptr.
  static const Quote* QuoteStarting(const Document& doc, std::string_view start) {
    for (const Quote& q : doc.quotes) {
      if (Text(doc, q.span).substr(0, start.size()) == start) return &q;
    }
    return nullptr;
  }

  static std::string SpeakerOf(const Document& doc, const Quote* q) {
    if (q == nullptr || q->speaker_entity == kNoIndex) return {};
    return doc.entities[q->speaker_entity].canonical;
  }

  static void ExpectQuote(const Document& doc, std::string_view start, QuoteKind kind,
                          std::string_view speaker) {
    const Quote* q = QuoteStarting(doc, start);
    ASSERT_NE(q, nullptr) << "no quote starting \"" << start << "\"";
    EXPECT_EQ(q->kind, kind) << start;
    EXPECT_EQ(SpeakerOf(doc, q), speaker) << start;
  }

  // Every quote lies in the article text and is not page junk (a quote never starts in a line
  // the cleaner kept as a heading or a timestamp).
  static void ExpectNoJunk(const Document& doc) {
    for (const Quote& q : doc.quotes) {
      EXPECT_LE(q.span.end, doc.text.size());
      EXPECT_GT(q.span.size(), 0u);
      const std::string_view text = Text(doc, q.span);
      EXPECT_EQ(text.find("GMT"), std::string_view::npos) << text;
      EXPECT_EQ(text.find("Comment"), std::string_view::npos) << text;
      EXPECT_EQ(text.find("Also Like"), std::string_view::npos) << text;
    }
  }
};

TEST_F(SeedsQuotesTest, LuncheonSpeechesAndTheGarbledPrimeMinister) {
  const Document doc = Analyzed("000_db5a22b2b0b4a2f0.txt");
  ExpectNoJunk(doc);
  ExpectQuote(doc, "Moscow and Pyongyang seek", QuoteKind::kReported, "Vladimir Putin");
  ExpectQuote(doc, "really friendly", QuoteKind::kPartial, "Vladimir Putin");
  // The DPRK leader's toast: "he", across paragraph breaks, with Putin named as an object between.
  ExpectQuote(doc, "unbreakable strategic cooperation", QuoteKind::kPartial, "Kim Jong Un");
  ExpectQuote(doc, "It is developing strongly.", QuoteKind::kDirect, "Kim Jong Un");
  ExpectQuote(doc, "sacred struggle", QuoteKind::kPartial, "Kim Jong Un");
  ExpectQuote(doc, "bilateral cooperation serves", QuoteKind::kReported, "Dmitry Peskov");
  const Quote* told = QuoteStarting(doc, "Russia will continue to cooperate");
  ASSERT_NE(told, nullptr);
  EXPECT_EQ(told->medium, "Russia 1 channel");
  EXPECT_EQ(SpeakerOf(doc, told), "Sergei Lavrov");
  // "..., said the Prime Minister": the chain is Lavrov's and nobody here is prime minister.
  const Quote* lie = QuoteStarting(doc, "First of all");
  ASSERT_NE(lie, nullptr);
  EXPECT_EQ(lie->kind, QuoteKind::kDirect);
  EXPECT_EQ(Text(doc, lie->speaker), "the Prime Minister");
  EXPECT_EQ(SpeakerOf(doc, lie), "Sergei Lavrov");
  EXPECT_FALSE(lie->conflict.empty());
  ExpectQuote(doc, "violated all their contractual obligations", QuoteKind::kPartial,
              "Sergei Lavrov");
  ExpectQuote(doc, "instead of a political settlement", QuoteKind::kReported, "Sergei Lavrov");
}

TEST_F(SeedsQuotesTest, PyongyangTalksStraightQuotes) {
  const Document doc = Analyzed("001_ebf00b4595f9b8e6.txt");
  ExpectNoJunk(doc);
  ExpectQuote(doc, "The government of the Democratic", QuoteKind::kDirect, "Kim Jong Un");
  ExpectQuote(doc, "Relations between the Russian Federation", QuoteKind::kDirect, "Kim Jong Un");
  ExpectQuote(doc, "the fervent friendship", QuoteKind::kPartial, "Kim Jong Un");
  ExpectQuote(doc, "I think the enthusiasm", QuoteKind::kDirect, "Kim Jong Un");
  ExpectQuote(doc, "maintains a strategic balance", QuoteKind::kPartial, "Kim Jong Un");
  ExpectQuote(doc, "a new fundamental document is ready", QuoteKind::kReported, "Vladimir Putin");
}

TEST_F(SeedsQuotesTest, SpunTextStillAttributes) {
  const Document doc = Analyzed("002_0d86604bd71b6e9d.txt");
  ExpectNoJunk(doc);
  ExpectQuote(doc, "hegemonic and imperialist", QuoteKind::kPartial, "Vladimir Putin");
  ExpectQuote(doc, "invincibility and sturdiness", QuoteKind::kPartial, "KCNA");
  ExpectQuote(doc, "emerged as a powerful", QuoteKind::kPartial, "KCNA");  // "..., it added"
  ExpectQuote(doc, "in desperation", QuoteKind::kPartial, "Antony Blinken");
  const Quote* munitions = QuoteStarting(doc, "North Korea is offering");
  ASSERT_NE(munitions, nullptr);
  EXPECT_EQ(munitions->kind, QuoteKind::kDirect);
  EXPECT_EQ(SpeakerOf(doc, munitions), "Antony Blinken");
  EXPECT_EQ(munitions->medium, "reporters");
  ExpectQuote(doc, "potential help", QuoteKind::kPartial, "Jens Stoltenberg");
  // The state media speaks for its country.
  const Quote* media = QuoteStarting(doc, "Russian chief");
  ASSERT_NE(media, nullptr);
  EXPECT_EQ(Text(doc, media->speaker), "North Korea’s state media");
}

TEST_F(SeedsQuotesTest, GuillemetsMixedWithCurlyQuotes) {
  const Document doc = Analyzed("003_c43290c7d073a6b3.txt");
  ExpectNoJunk(doc);
  // “A,” Putin said while seated alongside Kim. «B»: one quote in two parts.
  const Quote* glad = QuoteStarting(doc, "I am very glad");
  ASSERT_NE(glad, nullptr);
  EXPECT_EQ(glad->parts.size(), 2u);
  EXPECT_EQ(SpeakerOf(doc, glad), "Vladimir Putin");
  // A quote over two paragraphs, the second without an opening mark.
  const Quote* agenda = QuoteStarting(doc, "As you said");
  ASSERT_NE(agenda, nullptr);
  EXPECT_EQ(agenda->kind, QuoteKind::kDirect);
  EXPECT_EQ(agenda->parts.size(), 2u);
  EXPECT_EQ(SpeakerOf(doc, agenda), "Kim Jong Un");
  ExpectQuote(doc, "have a lot", QuoteKind::kPartial, "Vladimir Putin");
  ExpectQuote(doc, "many issues", QuoteKind::kPartial, "Kim Jong Un");
  ExpectQuote(doc, "at this special place", QuoteKind::kPartial, "Kim Jong Un");
  ExpectQuote(doc, "the full and unconditional support", QuoteKind::kPartial, "Kim Jong Un");
}

TEST_F(SeedsQuotesTest, LiveBlogQuotes) {
  const Document doc = Analyzed("004_2e1cb9526785dea8.txt");
  ExpectNoJunk(doc);
  ExpectQuote(doc, "I have no doubt", QuoteKind::kDirect, "Kim Jong-un");
  ExpectQuote(doc, "peaceful and defensive", QuoteKind::kPartial, "Kim Jong-un");
  const Quote* aurus = QuoteStarting(doc, "We presented");
  ASSERT_NE(aurus, nullptr);
  EXPECT_EQ(SpeakerOf(doc, aurus), "Yury Ushakov");
  EXPECT_EQ(QuoteStarting(doc, "Aurus"), nullptr);  // nested in Ushakov's quote
  // "The official ..., merely noting", then "..., he hinted": both Ushakov.
  ExpectQuote(doc, "nice gifts, too", QuoteKind::kPartial, "Yury Ushakov");
  ExpectQuote(doc, "They are connected", QuoteKind::kDirect, "Yury Ushakov");
  ExpectQuote(doc, "appreciates the Russian Federation", QuoteKind::kPartial, "Kim Jong-un");
  ExpectQuote(doc, "fully supports", QuoteKind::kPartial, "Kim Jong-un");
  ExpectQuote(doc, "I am very happy", QuoteKind::kDirect, "Vladimir Putin");
  ExpectQuote(doc, "our negotiations today", QuoteKind::kPartial, "Vladimir Putin");
  // A scare-quoted phrase with no speech around it is no quote.
  EXPECT_EQ(QuoteStarting(doc, "very busy agenda"), nullptr);
}

}  // namespace
}  // namespace storyline::extract
