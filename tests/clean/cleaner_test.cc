// The cleaning stage as a whole: metadata precedence, quality flags, languages, error records.
#include "clean/cleaner.h"

#include <gtest/gtest.h>

#include <cstring>

namespace storyline::clean {
namespace {

using readers::Format;
using readers::RawItem;

RawItem TextItem(std::string bytes) {
  RawItem item;
  item.id = "t1";
  item.source = "t1.txt";
  item.format = Format::kText;
  item.bytes = std::move(bytes);
  return item;
}

const char kEnglish[] =
    "The regional council approved the new flood barrier on Thursday after a debate that lasted "
    "most of the afternoon, and construction is due to begin before the autumn storms arrive.";
const char kGerman[] =
    "Der Gemeinderat hat am Donnerstag nach einer langen Debatte den Bau der neuen Hochwassermauer "
    "beschlossen, die noch vor den Herbststürmen fertig werden soll, wie der Bürgermeister sagte.";

TEST(Clean, ReadErrorsBecomeErrorRecordsWithIdAndSource) {
  RawItem item = TextItem("");
  item.error = "empty file";
  Document doc = Clean(item);
  ASSERT_TRUE(doc.error.has_value());
  EXPECT_EQ(*doc.error, "empty file");
  EXPECT_EQ(doc.id, "t1");
  EXPECT_EQ(doc.source, "t1.txt");
}

TEST(Clean, ContentHashIdWhenTheInputHasNone) {
  RawItem item = TextItem(kEnglish);
  item.id.clear();
  Document doc = Clean(item);
  EXPECT_EQ(doc.id.size(), 16u);
  EXPECT_EQ(doc.digest.rfind("sha256:", 0), 0u);
  EXPECT_EQ(Clean(item).id, doc.id) << "stable";
}

TEST(Clean, ContainerMetadataWinsOverWhatThePageSays) {
  RawItem item = TextItem(std::string(kEnglish) + "\n");
  item.title = "Council backs flood barrier";
  item.published = "2025-06-05";
  Document doc = Clean(item);
  EXPECT_EQ(doc.title, "Council backs flood barrier");
  ASSERT_TRUE(doc.published.value.has_value());
  EXPECT_EQ(*doc.published.value, "2025-06-05");
  EXPECT_EQ(doc.published.evidence, "given by the input record");
}

TEST(Clean, RecordDatesAreNormalisedToIsoOrLeftUnknown) {
  RawItem item = TextItem(std::string(kEnglish) + "\n");
  item.published = "26-FEB-1987 15:01:01.79";
  EXPECT_EQ(Clean(item).published.value, "1987-02-26");
  item.published = "2025-06-05T10:30:00+02:00";
  EXPECT_EQ(Clean(item).published.value, "2025-06-05T10:30:00+02:00") << "ISO kept as given";
  item.published = "sometime last spring";
  Document doc = Clean(item);
  EXPECT_FALSE(doc.published.value.has_value());
  EXPECT_NE(doc.published.evidence.find("sometime last spring"), std::string::npos);
}

RawItem HtmlItem(const std::string& sidebar) {
  RawItem item;
  item.id = "h1";
  item.format = Format::kHtml;
  item.bytes = std::string(
                   "<html><head><title>Flood barrier approved</title>"
                   "<meta property=\"article:published_time\" content=\"2025-06-05T10:00:00Z\">"
                   "</head><body><header><nav><a href=\"/\">Home</a> <a href=\"/w\">World</a></nav>"
                   "<div class=\"sidebar\">") +
               sidebar + "</div></header><article><h1>Flood barrier approved</h1><p>" + kEnglish +
               "</p><p>" + kEnglish + "</p></article></body></html>";
  return item;
}

TEST(Clean, ADifferentPageDateInTheChromeIsAConflict) {
  Document doc = Clean(HtmlItem("<p>Today: Friday, 6 June 2025</p>"));
  ASSERT_EQ(doc.published.value.value_or("").substr(0, 10), "2025-06-05");
  ASSERT_TRUE(doc.HasFlag("page_date_conflict"));
}

TEST(Clean, ThePageDateOfTheArticlesOwnDayIsNoConflict) {
  EXPECT_FALSE(Clean(HtmlItem("<p>Thursday, 5 June 2025</p>")).HasFlag("page_date_conflict"));
}

TEST(Clean, AnArchiveListOfDatesIsNoConflict) {
  Document doc =
      Clean(HtmlItem("<ul><li><a href=\"/a\">4 June 2025</a></li>"
                     "<li><a href=\"/b\">3 June 2025</a></li></ul>"));
  EXPECT_FALSE(doc.HasFlag("page_date_conflict"));
}

TEST(Clean, TruncatedItemsAreFlagged) {
  RawItem item = TextItem(kEnglish);
  item.truncated = true;
  item.truncation_evidence = "cut at 1 MiB of 100 MiB";
  Document doc = Clean(item);
  ASSERT_TRUE(doc.HasFlag("truncated"));
}

TEST(Clean, EnglishTextHasEnglishParagraphs) {
  Document doc = Clean(TextItem(std::string(kEnglish) + "\n\n" + kEnglish + "\n"));
  EXPECT_EQ(doc.language, "en");
  ASSERT_FALSE(doc.paragraphs.empty());
  for (const Paragraph& p : doc.paragraphs) EXPECT_EQ(p.language, "en");
  EXPECT_FALSE(doc.HasFlag("mixed_language"));
}

TEST(Clean, MixedLanguageBodyIsFlagged) {
  Document doc = Clean(TextItem(std::string(kEnglish) + "\n\n" + kGerman + "\n\n" + kEnglish +
                                "\n\n" + kGerman + "\n"));
  ASSERT_GE(doc.paragraphs.size(), 2u);
  EXPECT_TRUE(doc.HasFlag("mixed_language"));
}

TEST(Clean, NothingLeftIsFlaggedEmpty) {
  Document doc = Clean(TextItem("\n\n   \n"));
  EXPECT_TRUE(doc.text.empty());
  EXPECT_TRUE(doc.HasFlag("empty_after_cleaning"));
}

TEST(Clean, InvalidUtf8IsRepairedAndFlagged) {
  // Mostly valid UTF-8 ("Zürich", "€") with two broken bytes: repaired as UTF-8, not re-read
  // as a legacy encoding (which would garble the valid sequences).
  Document doc = Clean(
      TextItem(std::string(kEnglish) + " Z\xC3\xBCrich paid 5 \xE2\x82\xAC, caf\xC3 \xFF end.\n"));
  EXPECT_TRUE(doc.HasFlag("encoding_repaired"));
  EXPECT_EQ(doc.text.find('\xFF'), std::string::npos);
  EXPECT_NE(doc.text.find("Zürich"), std::string::npos);
  EXPECT_NE(doc.text.find("\xEF\xBF\xBD"), std::string::npos) << "U+FFFD marks the repair";
}

// A body handed over as a JSON record's "text" is read whole when the caller vouches for it
// (`analyze`), and junk-cleaned otherwise (`clean`).
TEST(Clean, GivenBodiesAreKeptWholeWhenTrusted) {
  RawItem item = TextItem("\n  SPORT - LEEDS WIN AT HOME\n\nShare on Facebook\n\n" +
                          std::string(kEnglish) + "\n\n");
  item.body_given = true;
  CleanOptions trusting;
  trusting.clean_given_bodies = false;
  Document whole = Clean(item, trusting);
  EXPECT_EQ(whole.text.rfind("SPORT - LEEDS WIN AT HOME\n\nShare on Facebook\n\n", 0), 0u);
  EXPECT_TRUE(whole.removed.empty());
  ASSERT_EQ(whole.paragraphs.size(), 3u);
  EXPECT_EQ(whole.paragraphs[1].span.start, 27u);
  EXPECT_EQ(whole.paragraphs[1].span.end, 44u);
  EXPECT_EQ(whole.text.back(), kEnglish[std::strlen(kEnglish) - 1]);

  Document cleaned = Clean(item, CleanOptions{});
  EXPECT_EQ(cleaned.text.find("Share on Facebook"), std::string::npos);
}

}  // namespace
}  // namespace storyline::clean
