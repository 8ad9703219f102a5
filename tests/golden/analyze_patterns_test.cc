// The quote and event patterns the example corpus was written to exercise (examples/corpus/
// README.md, "Reading patterns on purpose"), asserted one by one on the output of `storyline
// analyze examples/corpus`, with the expected negatives: the golden file records the whole
// output, these say which parts of it are the point.
#include <gtest/gtest.h>

#include <string>

#include "corpus_run.h"

namespace {

using nlohmann::json;

const json* Record(const storyline_golden::CorpusRun& run, const std::string& id) {
  for (const json& r : run.records) {
    if (r.value("id", "") == id) return &r;
  }
  return nullptr;
}

// The first quote whose text contains `words`, or nullptr.
const json* QuoteWith(const json& record, const std::string& words) {
  for (const json& q : record["quotes"]) {
    if (q["text"].get<std::string>().find(words) != std::string::npos) return &q;
  }
  return nullptr;
}

std::string Canonical(const json& value) {
  return value.is_string() ? value.get<std::string>() : std::string();
}

// The first event of `type` (and `subtype`, if given), or nullptr.
const json* EventOf(const json& record, const std::string& type, const std::string& subtype = "") {
  for (const json& e : record["events"]) {
    if (e["type"] == type && (subtype.empty() || Canonical(e["subtype"]) == subtype)) return &e;
  }
  return nullptr;
}

bool HasArgument(const json& arguments, const std::string& canonical) {
  for (const json& a : arguments) {
    if (Canonical(a["canonical"]) == canonical) return true;
  }
  return false;
}

class AnalyzePatterns : public ::testing::Test {
 protected:
  static const storyline_golden::CorpusRun& Run() {
    static const storyline_golden::CorpusRun run = storyline_golden::CorpusAnalyzeRun();
    return run;
  }
  const json& Doc(const std::string& id) {
    const json* r = Record(Run(), id);
    EXPECT_NE(r, nullptr) << id;
    static const json empty = json::object({{"quotes", json::array()}, {"events", json::array()}});
    return r ? *r : empty;
  }
};

TEST_F(AnalyzePatterns, QuoteSplitByItsAttributionIsOneQuoteInParts) {
  const json* q = QuoteWith(Doc("01_meridianwire_kallisvik-first-meeting"), "admire the view");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ((*q)["kind"], "direct");
  EXPECT_EQ((*q)["parts"].size(), 2u);
  EXPECT_EQ(Canonical((*q)["speaker_canonical"]), "Dariusz Kellan");
  EXPECT_EQ((*q)["medium"], "reporters");
  const json* guillemets = QuoteWith(Doc("16_meridianwire_delta-drills-sanctions"), "sins of");
  ASSERT_NE(guillemets, nullptr);
  EXPECT_EQ((*guillemets)["parts"].size(), 2u);
  EXPECT_EQ(Canonical((*guillemets)["speaker_canonical"]), "Henrik Sollberg");
}

TEST_F(AnalyzePatterns, PronounDescriptionAndParagraphBreakAttributions) {
  const json* she = QuoteWith(Doc("01_meridianwire_kallisvik-first-meeting"), "summer floods");
  ASSERT_NE(she, nullptr);
  EXPECT_EQ((*she)["speaker"], "She");
  EXPECT_EQ(Canonical((*she)["speaker_canonical"]), "Ilse Marendt");
  const json* description =
      QuoteWith(Doc("02_tarnholmpost_kellan-arrives-tarnholm"), "loud debate");
  ASSERT_NE(description, nullptr);
  EXPECT_EQ((*description)["speaker"], "the prime minister");
  EXPECT_EQ(Canonical((*description)["speaker_canonical"]), "Dariusz Kellan");
  const json& drills = Doc("16_meridianwire_delta-drills-sanctions");
  const json* across = QuoteWith(drills, "insurance papers");
  ASSERT_NE(across, nullptr);
  EXPECT_EQ(Canonical((*across)["speaker_canonical"]), "Lise Andren");
  EXPECT_EQ((*across)["parts"].size(), 2u);  // two paragraphs
  const json* medium = QuoteWith(drills, "rusty tanker");
  ASSERT_NE(medium, nullptr);
  EXPECT_EQ((*medium)["medium"], "C9 News");
}

TEST_F(AnalyzePatterns, PartialAndReportedSpeech) {
  const json& drills = Doc("16_meridianwire_delta-drills-sanctions");
  const json* partial = QuoteWith(drills, "dangerous provocation");
  ASSERT_NE(partial, nullptr);
  EXPECT_EQ((*partial)["kind"], "partial");
  EXPECT_EQ(Canonical((*partial)["speaker_canonical"]), "Korvath");
  const json* reported = QuoteWith(drills, "planned before the vote");
  ASSERT_NE(reported, nullptr);
  EXPECT_EQ((*reported)["kind"], "reported");
}

TEST_F(AnalyzePatterns, ScareQuotesAndCodeNamesAreNotQuotes) {
  const json& drills = Doc("16_meridianwire_delta-drills-sanctions");
  for (const json& q : drills["quotes"]) {
    EXPECT_NE(q["text"], "shadow fleet");
    EXPECT_NE(q["text"], "Iron Estuary");
  }
}

TEST_F(AnalyzePatterns, EveryEventTypeOfTheSchemaOccurs) {
  const json& drills = Doc("16_meridianwire_delta-drills-sanctions");
  const json* test = EventOf(drills, "MILITARY", "test");
  ASSERT_NE(test, nullptr);
  EXPECT_EQ((*test)["text"], "test-fired");
  const json* veto = EventOf(drills, "VETO");
  ASSERT_NE(veto, nullptr);
  EXPECT_TRUE(HasArgument((*veto)["agents"], "Aldonia"));
  const json* sanction = EventOf(drills, "SANCTION");
  ASSERT_NE(sanction, nullptr);
  EXPECT_TRUE(HasArgument((*sanction)["counterparts"], "Korvath"));
  const json* trip = EventOf(drills, "TRAVEL");
  ASSERT_NE(trip, nullptr);
  EXPECT_EQ((*trip)["modality"], "expected");
  EXPECT_EQ((*trip)["time"]["value"], "2025-06-18");
  const json* wreath = EventOf(drills, "CEREMONY");
  ASSERT_NE(wreath, nullptr);
  EXPECT_EQ((*wreath)["time"]["value"], "2025-06-22");

  const json& blog = Doc("03_c9aldonia_summit-live-blog");
  const json* gift = EventOf(blog, "GIFT");
  ASSERT_NE(gift, nullptr);
  EXPECT_TRUE(HasArgument((*gift)["agents"], "Dariusz Kellan"));
  EXPECT_TRUE(HasArgument((*gift)["counterparts"], "Ilse Marendt"));
  EXPECT_EQ((*gift)["object"]["text"], "a cello");
  ASSERT_NE(EventOf(blog, "EXCHANGE"), nullptr);
  const json* sign = EventOf(blog, "SIGN");
  ASSERT_NE(sign, nullptr);
  EXPECT_TRUE(HasArgument((*sign)["agents"], "Ilse Marendt"));
  const json* meet = EventOf(blog, "MEET");
  ASSERT_NE(meet, nullptr);
  const json* arrival = EventOf(Doc("02_tarnholmpost_kellan-arrives-tarnholm"), "VISIT");
  ASSERT_NE(arrival, nullptr);
  EXPECT_EQ((*arrival)["place"]["text"], "Tarnholm");
  ASSERT_NE(EventOf(Doc("02_tarnholmpost_kellan-arrives-tarnholm"), "CEREMONY"), nullptr);
  ASSERT_NE(EventOf(Doc("01_meridianwire_kallisvik-first-meeting"), "MEET"), nullptr);
  ASSERT_NE(EventOf(Doc("05_harbourtimes_lindra-treaty-signed"), "STATEMENT"), nullptr);
}

TEST_F(AnalyzePatterns, LiveBlogEntriesAreTimestampedEvents) {
  const json& blog = Doc("03_c9aldonia_summit-live-blog");
  bool signed_at_entry = false;
  for (const json& e : blog["events"]) {
    if (e["type"] == "SIGN" && e["time"].is_object() && e["time"]["value"] == "2025-05-15T08:42") {
      signed_at_entry = true;
    }
  }
  EXPECT_TRUE(signed_at_entry);
}

}  // namespace
