// Acceptance test of the events on the five real scraped seed pages (../shared/seeds): the treaty
// signing with the treaty's name, both leaders, place and entry time; the talks; the gifts with
// what was given and to whom; the arrivals and visits with their places. Seed wording may appear
// here (tests only); never in src/.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "seeds_fixture.h"

namespace storyline::extract {
namespace {

class SeedsEventsTest : public SeedsTest {
 protected:
  static std::string Canonical(const Document& doc, const EventArgument& a) {
    return a.entity < doc.entities.size() ? doc.entities[a.entity].canonical : "";
  }

  static bool Has(const Document& doc, const std::vector<EventArgument>& list,
                  std::string_view canonical_part) {
    for (const EventArgument& a : list) {
      if (Canonical(doc, a).find(canonical_part) != std::string::npos) return true;
    }
    return false;
  }

  // The first event of `type` whose trigger reads `trigger` and whose sentence contains `near`.
  static const Event* Find(const Document& doc, std::string_view type, std::string_view trigger,
                           std::string_view near = {}) {
    for (const Event& e : doc.events) {
      if (e.type != type || Text(doc, e.trigger) != trigger) continue;
      if (!near.empty() &&
          Text(doc, doc.sentences[e.sentence].span).find(near) == std::string_view::npos) {
        continue;
      }
      return &e;
    }
    return nullptr;
  }
};

TEST_F(SeedsEventsTest, LiveBlogTreatySigningGiftsAndArrival) {
  Document doc = Analyzed("004_2e1cb9526785dea8.txt");
  const Event* sign = Find(doc, "SIGN", "signed", "Following talks");
  ASSERT_NE(sign, nullptr);
  EXPECT_TRUE(Has(doc, sign->agents, "Putin"));
  EXPECT_TRUE(Has(doc, sign->agents, "Kim"));
  ASSERT_TRUE(sign->object);
  EXPECT_EQ(Text(doc, sign->object->span), "a Treaty on Comprehensive Strategic Partnership");
  ASSERT_TRUE(sign->place);
  EXPECT_EQ(Text(doc, sign->place->span), "Pyongyang");
  EXPECT_EQ(sign->time_value, "2024-06-19T08:35");
  EXPECT_EQ(sign->modality, "happened");
  EXPECT_FALSE(sign->negated);

  const Event* expected = Find(doc, "SIGN", "sign", "are expected to sign");
  ASSERT_NE(expected, nullptr);
  EXPECT_EQ(expected->modality, "expected");

  const Event* dirk = Find(doc, "GIFT", "gifted");
  ASSERT_NE(dirk, nullptr);
  EXPECT_TRUE(Has(doc, dirk->counterparts, "Kim"));
  ASSERT_TRUE(dirk->object);
  EXPECT_NE(Text(doc, dirk->object->span).find("naval dirk"), std::string_view::npos);
  EXPECT_EQ(dirk->time_value, "2024-06-19T09:08");

  const Event* car = Find(doc, "GIFT", "presented");
  ASSERT_NE(car, nullptr);
  EXPECT_TRUE(Has(doc, car->counterparts, "Kim"));
  ASSERT_TRUE(car->object);
  EXPECT_NE(Text(doc, car->object->span).find("car"), std::string_view::npos);

  const Event* exchange = Find(doc, "EXCHANGE", "exchanged");
  ASSERT_NE(exchange, nullptr);

  const Event* arrival = Find(doc, "VISIT", "arrival", "were driven");
  ASSERT_NE(arrival, nullptr);
  EXPECT_TRUE(Has(doc, arrival->agents, "Putin"));
  ASSERT_TRUE(arrival->place);
  EXPECT_EQ(Text(doc, arrival->place->span), "Pyongyang");

  const Event* greeted = Find(doc, "CEREMONY", "greeted");
  ASSERT_NE(greeted, nullptr);
  EXPECT_TRUE(Has(doc, greeted->agents, "Kim"));
  EXPECT_TRUE(Has(doc, greeted->counterparts, "Putin"));
  ASSERT_TRUE(greeted->place);
  EXPECT_NE(Text(doc, greeted->place->span).find("Pyongyang"), std::string_view::npos);

  const Event* talks = Find(doc, "MEET", "Talks");
  ASSERT_NE(talks, nullptr);
  EXPECT_TRUE(Has(doc, talks->agents, "Putin"));
  EXPECT_TRUE(Has(doc, talks->agents, "Kim"));
  EXPECT_EQ(talks->time_value, "2024-06-19T06:17");
}

TEST_F(SeedsEventsTest, PyongyangTalksAndEarlierVisits) {
  Document doc = Analyzed("001_ebf00b4595f9b8e6.txt");
  const Event* talks = Find(doc, "MEET", "Talks");
  ASSERT_NE(talks, nullptr);
  EXPECT_TRUE(Has(doc, talks->agents, "Putin"));
  EXPECT_TRUE(Has(doc, talks->agents, "Kim"));
  ASSERT_TRUE(talks->place);
  EXPECT_EQ(Text(doc, talks->place->span), "Pyongyang");

  const Event* visited = Find(doc, "VISIT", "visited", "in 2000");
  ASSERT_NE(visited, nullptr);
  EXPECT_TRUE(Has(doc, visited->agents, "Putin"));
  ASSERT_TRUE(visited->place);
  EXPECT_EQ(Text(doc, visited->place->span), "North Korea");
  EXPECT_EQ(visited->time_value, "2000");

  const Event* signing = Find(doc, "SIGN", "signed");
  ASSERT_NE(signing, nullptr);
  EXPECT_EQ(signing->modality, "expected");
}

TEST_F(SeedsEventsTest, LiveBlogTwoLeadersAndPlaces) {
  Document doc = Analyzed("004_2e1cb9526785dea8.txt");
  // "The two leaders are also expected to hold a one-on-one meeting": the pair of the talks.
  const Event* meeting = Find(doc, "MEET", "meeting", "one-on-one");
  ASSERT_NE(meeting, nullptr);
  EXPECT_TRUE(Has(doc, meeting->agents, "Putin"));
  EXPECT_TRUE(Has(doc, meeting->agents, "Kim"));
  EXPECT_EQ(meeting->modality, "expected");
  for (const Event& e : doc.events) {
    // A place is a name, never the lower-case words before it.
    if (e.place) {
      const std::string_view place = Text(doc, e.place->span);
      ASSERT_FALSE(place.empty());
      EXPECT_TRUE(place[0] < 'a' || place[0] > 'z') << place;
    }
    // No bare gift and no bare noun event without a time, a place or participants survives.
    EXPECT_GE(e.confidence, 0.3f);
  }
}

TEST_F(SeedsEventsTest, CosmodromeTalks) {
  Document doc = Analyzed("003_c43290c7d073a6b3.txt");
  const Event* talks = Find(doc, "MEET", "talks", "sat down");
  ASSERT_NE(talks, nullptr);
  EXPECT_TRUE(Has(doc, talks->agents, "Putin"));
  EXPECT_TRUE(Has(doc, talks->agents, "Kim"));
  ASSERT_TRUE(talks->place);
  EXPECT_NE(Text(doc, talks->place->span).find("Vostochny"), std::string_view::npos);
  const Event* praise = Find(doc, "STATEMENT", "praised");
  ASSERT_NE(praise, nullptr);
  EXPECT_EQ(praise->subtype, "praise");
  EXPECT_TRUE(Has(doc, praise->agents, "Kim"));
}

TEST_F(SeedsEventsTest, NoAgreementsSignedAndDeparture) {
  Document doc = Analyzed("000_db5a22b2b0b4a2f0.txt");
  const Event* sign = Find(doc, "SIGN", "signed");
  ASSERT_NE(sign, nullptr);
  EXPECT_TRUE(sign->negated);
  const Event* left = Find(doc, "TRAVEL", "left");
  ASSERT_NE(left, nullptr);
  EXPECT_TRUE(Has(doc, left->agents, "Kim"));
  const Event* sanction = Find(doc, "SANCTION", "imposed", "never");
  ASSERT_NE(sanction, nullptr);
  EXPECT_TRUE(sanction->negated);
}

TEST_F(SeedsEventsTest, SpunTextTalks) {
  Document doc = Analyzed("002_0d86604bd71b6e9d.txt");
  const Event* talks = Find(doc, "MEET", "talks", "have begun");
  ASSERT_NE(talks, nullptr);
  EXPECT_TRUE(Has(doc, talks->agents, "Putin"));
  EXPECT_TRUE(Has(doc, talks->agents, "Kim"));
  ASSERT_TRUE(talks->place);
  EXPECT_EQ(Text(doc, talks->place->span), "Pyongyang");
}

}  // namespace
}  // namespace storyline::extract
