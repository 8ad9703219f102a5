#include "clean/text_clean.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "eval/extraction_score.h"

namespace storyline::clean {
namespace {

// Body paragraphs of an invented local-news story, used by every test page.
const std::vector<std::string> kBody = {
    "The town council of Elmsbury voted on Tuesday evening to close the old river bridge for "
    "repairs, after engineers found that two of its supports had been weakened by the spring "
    "floods.",
    "Traffic will be sent along the ring road for at least four months, and the council said it "
    "would pay for an extra bus that crosses the river every twenty minutes during the day.",
    "Shop owners on the east bank were worried that the closure would keep their customers away "
    "in the busiest weeks of the year, and several of them spoke at the meeting.",
    "The mayor said the decision had not been easy, but that the safety of the people who use "
    "the bridge every day had to come before everything else.",
    "Work is expected to begin next month, once the contract has been signed with a builder from "
    "the neighbouring county who has repaired three similar bridges in the region.",
};

std::string Page(const std::vector<std::string>& lines) {
  std::string page;
  for (const std::string& line : lines) page += line + "\n\n";
  return page;
}

std::vector<std::string> WithBody(std::vector<std::string> before,
                                  const std::vector<std::string>& after = {}) {
  before.insert(before.end(), kBody.begin(), kBody.end());
  before.insert(before.end(), after.begin(), after.end());
  return before;
}

bool Kept(const ExtractedArticle& a, std::string_view needle) {
  return a.text.find(needle) != std::string::npos;
}

std::string ReasonFor(const ExtractedArticle& a, std::string_view line) {
  for (const RemovedBlock& r : a.removed) {
    if (r.text == line) return r.reason;
  }
  return "(kept)";
}

void ExpectWholeBodyKept(const ExtractedArticle& a) {
  for (const std::string& p : kBody) EXPECT_TRUE(Kept(a, p)) << "lost: " << p;
}

TEST(CleanScrapedText, EmptyAndBlankInput) {
  for (std::string_view input : {"", "\n\n   \n", " "}) {
    ExtractedArticle a = CleanScrapedText(input);
    EXPECT_TRUE(a.text.empty());
    EXPECT_TRUE(a.paragraphs.empty());
    EXPECT_FALSE(a.published.value);
    EXPECT_EQ(a.published.evidence, "no date in the article text");
  }
}

TEST(CleanScrapedText, ParagraphSpansPointIntoText) {
  ExtractedArticle a = CleanScrapedText(Page(kBody));
  ASSERT_EQ(a.paragraphs.size(), kBody.size());
  for (size_t i = 0; i < kBody.size(); ++i) {
    EXPECT_EQ(a.text.substr(a.paragraphs[i].start, a.paragraphs[i].size()), kBody[i]);
  }
  for (const RemovedBlock& r : a.removed) EXPECT_LE(r.at, a.text.size());
}

TEST(CleanScrapedText, NavigationMenusAndSearchPromptsGo) {
  ExtractedArticle a = CleanScrapedText(
      Page(WithBody({"Skip to main content", "Search", "  • Home", "  • Local", "  • Sport",
                     "  • Weather", "  • Opinion", "Menu"},
                    {"  • About us", "  • Contact", "  • Advertise", "  • Jobs"})));
  ExpectWholeBodyKept(a);
  for (std::string_view junk : {"Skip to main content", "• Weather", "• Advertise", "Menu"}) {
    EXPECT_FALSE(Kept(a, junk)) << junk;
  }
}

TEST(CleanScrapedText, ConsentBannerInAnotherLanguageGoesButCookieNewsStays) {
  std::string banner =
      "Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten. Wenn Sie "
      "weitersurfen, stimmen Sie der Verwendung zu.";
  std::string news =
      "The council also agreed new rules for its website, which will no longer use tracking "
      "cookies on pages about rubbish collection and parking permits.";
  std::vector<std::string> lines = WithBody({banner});
  lines.insert(lines.begin() + 3, news);
  ExtractedArticle a = CleanScrapedText(Page(lines));
  ExpectWholeBodyKept(a);
  EXPECT_TRUE(Kept(a, news));  // near miss: a body paragraph about cookies
  EXPECT_FALSE(Kept(a, "Wir verwenden"));
  EXPECT_EQ(ReasonFor(a, banner), "consent");
}

TEST(CleanScrapedText, CommentWidgetsGoButABodyMentionOfCommentsStays) {
  std::string mention =
      "More than two hundred residents sent comments to the council before the vote, most of "
      "them asking for a temporary footbridge.";
  std::vector<std::string> lines =
      WithBody({}, {"12 Comments", "Leave a comment",
                    "Your name and e-mail are needed to post, fields "
                    "marked with a star are required *",
                    "Anna K.", "Finally someone does something about that bridge!"});
  lines.insert(lines.begin() + 2, mention);
  ExtractedArticle a = CleanScrapedText(Page(lines));
  ExpectWholeBodyKept(a);
  EXPECT_TRUE(Kept(a, mention));
  EXPECT_EQ(ReasonFor(a, "12 Comments"), "comments");
  EXPECT_EQ(ReasonFor(a, "Leave a comment"), "comments");
  EXPECT_FALSE(Kept(a, "Finally someone"));
}

TEST(CleanScrapedText, TeasersAfterAHeadingGo) {
  ExtractedArticle a = CleanScrapedText(Page(WithBody(
      {}, {"Related stories",
           "Flood defences along the canal will be raised by half a metre before the winter, "
           "the water board says...",
           "A new cycling path between the two villages has been opened after years of…",
           "© 2031 Elmsbury Evening Post"})));
  ExpectWholeBodyKept(a);
  EXPECT_FALSE(Kept(a, "Flood defences"));
  EXPECT_FALSE(Kept(a, "cycling path"));
  EXPECT_EQ(ReasonFor(a, "© 2031 Elmsbury Evening Post"), "copyright");
}

TEST(CleanScrapedText, InlineSeeAlsoLinkGoesButASentenceStartingSoStays) {
  std::string inline_teaser = "See also  Canal Festival Moves To The Park After Record Crowds";
  std::string sentence =
      "See also how the neighbouring town handled a similar closure two years ago, when the "
      "repairs took twice as long as planned.";
  std::vector<std::string> lines = kBody;
  lines.insert(lines.begin() + 2, inline_teaser);
  lines.insert(lines.begin() + 4, sentence);
  ExtractedArticle a = CleanScrapedText(Page(lines));
  ExpectWholeBodyKept(a);
  EXPECT_EQ(ReasonFor(a, inline_teaser), "teaser");
  EXPECT_TRUE(Kept(a, sentence));
}

TEST(CleanScrapedText, ReadMoreLinkBeforeTheLastParagraphGoesAndTheBodyGoesOn) {
  std::string link = "Read more: Canal festival moves to the park after record crowds";
  std::string last = "The council will publish the full repair plan within four weeks.";
  std::vector<std::string> lines = kBody;
  lines.push_back(link);
  lines.push_back(last);
  lines.push_back("© 2031 Elmsbury Evening Post");
  ExtractedArticle a = CleanScrapedText(Page(lines));
  ExpectWholeBodyKept(a);
  EXPECT_EQ(ReasonFor(a, link), "teaser");
  EXPECT_TRUE(Kept(a, last));
  // Near miss: a list of such links after the body is a teaser box, and its lines all go.
  std::vector<std::string> box = kBody;
  box.insert(box.end(), {"Read more: Canal festival moves to the park after record crowds",
                         "Read more: Schools close early as the heat wave goes on",
                         "Read more: Library opening hours change for the summer"});
  ExtractedArticle b = CleanScrapedText(Page(box));
  ExpectWholeBodyKept(b);
  EXPECT_FALSE(Kept(b, "Read more"));
  EXPECT_FALSE(Kept(b, "Library opening hours"));
}

TEST(CleanScrapedText, StaffCreditLinesGoButASentenceWithByStays) {
  std::string credit =
      "Reporting by Anna Berg in Elmsbury; additional reporting by Tom Hale; Editing by Ruth Lee";
  std::string single = "Compiled by Tom Hale";
  std::string sentence =
      "Speaking by phone from the town hall, the mayor said the contract would be signed within "
      "days.";
  std::string passive =
      "Reported by Anna Berg to the council in 2029, the cracks were first thought to be harmless, "
      "according to minutes that the council released on Tuesday night.";
  std::vector<std::string> lines = kBody;
  lines.insert(lines.begin() + 2, sentence);
  lines.insert(lines.begin() + 3, passive);
  lines.push_back(credit);
  lines.push_back(single);
  ExtractedArticle a = CleanScrapedText(Page(lines));
  ExpectWholeBodyKept(a);
  EXPECT_EQ(ReasonFor(a, credit), "credit");
  EXPECT_EQ(ReasonFor(a, single), "credit");
  EXPECT_TRUE(Kept(a, sentence));
  EXPECT_TRUE(Kept(a, passive));
}

TEST(CleanScrapedText, WireCreditsCaptionLabelsAndClickPromptsGo) {
  std::string wire =
      "(Reporting by Anna Berg, Tom Hale, with reporting by Ruth Lee, editing by Jo Kerr.)";
  std::string contributed = "Tom Hale contributed reporting from Elmsbury.";
  std::string caption = "Image caption The old bridge seen from the east bank";
  std::string click = "CLICK HERE TO GET THE EVENING POST APP";
  // Near misses: prose that mentions contributions, captions or clicking.
  std::string prose =
      "Residents contributed more than two thousand pounds to the repair fund, and the council "
      "said it would add the same amount from its own budget next year.";
  std::string long_click =
      "Click here to read the council's full report on the bridge and its repair.";
  std::vector<std::string> lines = kBody;
  lines.insert(lines.begin() + 1, caption);
  lines.insert(lines.begin() + 3, click);
  lines.insert(lines.begin() + 4, prose);
  lines.insert(lines.begin() + 6, long_click);
  lines.push_back(contributed);
  lines.push_back(wire);
  ExtractedArticle a = CleanScrapedText(Page(lines));
  ExpectWholeBodyKept(a);
  EXPECT_EQ(ReasonFor(a, wire), "credit");
  EXPECT_EQ(ReasonFor(a, contributed), "credit");
  EXPECT_EQ(ReasonFor(a, caption), "credit");
  EXPECT_EQ(ReasonFor(a, click), "share");
  EXPECT_TRUE(Kept(a, prose));
  EXPECT_TRUE(Kept(a, long_click));
}

TEST(CleanScrapedText, AuthorBioAndContactLineAfterTheBodyGo) {
  std::string bio =
      "Anna Berg (@annaberg) is a senior reporter at the Evening Post who covers transport and "
      "local government.";
  std::string contact = "Write to Anna Berg at anna.berg@post.example";
  // Near miss: a body paragraph that introduces a person the same way, followed by more body.
  std::string profile =
      "Tom Hale is a retired engineer who has crossed the bridge every morning for forty years, "
      "and he said the cracks had been visible since the winter.";
  std::vector<std::string> lines = kBody;
  lines.insert(lines.begin() + 2, profile);
  lines.push_back(bio);
  lines.push_back(contact);
  ExtractedArticle a = CleanScrapedText(Page(lines));
  ExpectWholeBodyKept(a);
  EXPECT_TRUE(Kept(a, profile));
  EXPECT_FALSE(Kept(a, "senior reporter"));
  EXPECT_EQ(ReasonFor(a, contact), "link");
}

TEST(CleanScrapedText, ReadMoreLabelAndShoutedLinksInsideTheBodyGo) {
  std::string shouted = "COUNCIL BLAMES FLOODS FOR BRIDGE DAMAGE, SAYS REPAIRS WILL TAKE MONTHS";
  std::string subhead = "WHAT HAPPENS NEXT";  // near miss: a short subheading in capitals
  std::vector<std::string> lines = kBody;
  lines.insert(lines.begin() + 1, "Read More");
  lines.insert(lines.begin() + 3, shouted);
  lines.insert(lines.begin() + 5, subhead);
  ExtractedArticle a = CleanScrapedText(Page(lines));
  ExpectWholeBodyKept(a);
  EXPECT_EQ(ReasonFor(a, "Read More"), "teaser");
  EXPECT_EQ(ReasonFor(a, shouted), "teaser");
  EXPECT_TRUE(Kept(a, subhead));
}

TEST(CleanScrapedText, RelatedBoxBetweenTheLeadAndTheRestDoesNotCutTheLead) {
  std::string lead =
      "The old river bridge in Elmsbury will close for four months from next week, the town "
      "council decided on Tuesday evening after a long and heated meeting in the town hall.";
  std::vector<std::string> lines = {"  • News",
                                    "  • Sport",
                                    "By Anna Berg",
                                    "0",
                                    lead,
                                    "Related articles",
                                    "•",
                                    "Canal festival moves to the park after record crowds",
                                    "•",
                                    "Schools close early as the heat wave goes on"};
  lines.insert(lines.end(), kBody.begin(), kBody.end());
  ExtractedArticle a = CleanScrapedText(Page(lines));
  ExpectWholeBodyKept(a);
  EXPECT_TRUE(Kept(a, lead));
  EXPECT_FALSE(Kept(a, "Canal festival"));
  EXPECT_FALSE(Kept(a, "Related articles"));
  // Near miss: a one-line teaser above such a box is not a lead paragraph.
  lines[4] = "Weather: sunny spells and showers.";
  ExtractedArticle b = CleanScrapedText(Page(lines));
  ExpectWholeBodyKept(b);
  EXPECT_FALSE(Kept(b, "sunny spells"));
}

TEST(CleanScrapedText, LinkTitleInsideTheBodyThatTheSidebarRepeatsGoes) {
  std::string link = "Canal festival moves to the park after record crowds";
  std::string subhead = "Traffic and buses during the works";  // near miss: not repeated
  std::string last =
      "The builder said on Wednesday that the first crews would arrive on the site at the start "
      "of next month, weather permitting, and work through the weekends.";
  std::vector<std::string> lines = kBody;
  lines.insert(lines.begin() + 4, subhead);
  lines.insert(lines.end(), {link, last, "Most read", "  • " + link, "  • Schools close early"});
  ExtractedArticle a = CleanScrapedText(Page(lines));
  ExpectWholeBodyKept(a);
  EXPECT_EQ(ReasonFor(a, link), "repeated");
  EXPECT_TRUE(Kept(a, subhead));
  EXPECT_TRUE(Kept(a, last));
}

TEST(CleanScrapedText, BylineInsideTheBodyGoesButSentencesStartingWithByStay) {
  std::string byline = "By Anna Berg , Tom Hale on Monday, June 2nd, 2031 at 11:08 a.m.";
  std::string short_byline = "By Anna Berg";
  std::string by_weekday = "By Tuesday evening the council had agreed.";
  std::string by_time = "By the time the bridge reopens, the builder will have worked on it.";
  std::vector<std::string> lines = kBody;
  lines.insert(lines.begin() + 1, byline);
  lines.insert(lines.begin() + 3, short_byline);
  lines.insert(lines.begin() + 4, by_weekday);
  lines.insert(lines.begin() + 5, by_time);
  ExtractedArticle a = CleanScrapedText(Page(lines));
  ExpectWholeBodyKept(a);
  EXPECT_EQ(ReasonFor(a, byline), "byline");
  EXPECT_EQ(ReasonFor(a, short_byline), "byline");
  EXPECT_TRUE(Kept(a, by_weekday));
  EXPECT_TRUE(Kept(a, by_time));
}

TEST(CleanScrapedText, CommentSectionUnderANumberedHeaderGoes) {
  std::string header = "3 thoughts on “Elmsbury closes its old river bridge”";
  std::string comment =
      "I have crossed that bridge every day for thirty years and I am glad that somebody is "
      "finally "
      "doing something about the cracks before it is too late for all of us.";
  // Near miss: a paragraph that starts with a number of thoughts is prose.
  std::string prose =
      "Two thoughts on the closure were shared by most of the speakers: that it came too late, and "
      "that the bus would not be enough.";
  std::vector<std::string> lines = kBody;
  lines.insert(lines.begin() + 2, prose);
  lines.insert(lines.end(), {header, "1. Anna", "June 2, 2031 at 3:17 pm", comment});
  ExtractedArticle a = CleanScrapedText(Page(lines));
  ExpectWholeBodyKept(a);
  EXPECT_TRUE(Kept(a, prose));
  EXPECT_EQ(ReasonFor(a, header), "comments");
  EXPECT_FALSE(Kept(a, "thirty years"));
}

TEST(CleanScrapedText, DataTablePageKeepsItsTable) {
  std::vector<std::string> lines = {
      "  • Home",
      "  • Results",
      "  • Tables",
      "Menu",
      "Final standings of the Elmsbury chess league after nine rounds:",
      "Pos.  Player          Points  Wins",
      "1     Anna Berg        8.5     8",
      "2     Tom Hale         7       6",
      "3     Ruth Lee         6.5     6",
      "4     Jo Kerr          5       4",
      "5     Sam Price        4.5     3",
      "The top two players go through to the county final.",
      "  • About us",
      "  • Contact",
      "© 2031 Elmsbury Chess Club"};
  ExtractedArticle a = CleanScrapedText(Page(lines));
  EXPECT_TRUE(Kept(a, "Anna Berg"));
  EXPECT_TRUE(Kept(a, "Sam Price"));
  EXPECT_TRUE(Kept(a, "county final"));
  EXPECT_FALSE(Kept(a, "Contact"));
  // Near miss: two rows with column gaps are not a table; the prose body wins.
  std::vector<std::string> two = kBody;
  two.insert(two.end(), {"Mon  Tue  Wed", "12C  14C  9C"});
  ExtractedArticle b = CleanScrapedText(Page(two));
  ExpectWholeBodyKept(b);
  EXPECT_FALSE(Kept(b, "Mon  Tue"));
}

TEST(CleanScrapedText, PromotionWhoseLaterSentenceCallsToSubscribeGoes) {
  std::string promo =
      "Want more local news? Subscribe to our weekly paper for the best stories from the valley.";
  std::string book =
      "Anna Berg's book about old bridges is out now. Follow us on Twitter for more stories.";
  // Near miss: a later sentence about following something, with no network and no reader.
  std::string prose =
      "The work is expected to take four months. Follow-up inspections will be carried out twice "
      "a year after the bridge reopens.";
  std::vector<std::string> lines = kBody;
  lines.insert(lines.begin() + 2, prose);
  lines.push_back(book);
  lines.push_back(promo);
  ExtractedArticle a = CleanScrapedText(Page(lines));
  ExpectWholeBodyKept(a);
  EXPECT_TRUE(Kept(a, prose));
  EXPECT_EQ(ReasonFor(a, promo), "share");
  EXPECT_EQ(ReasonFor(a, book), "share");
}

TEST(CleanScrapedText, CaptionEndingInABracketedAgencyGoes) {
  std::string caption =
      "The old bridge seen from the east bank on June 2, 2031. (Elmsbury Post/AP)";
  // Near misses: a heading with an acronym, and a sentence ending in a lower-case aside.
  std::string heading = "Repairs planned by the Elmsbury Roads Office (ERO)";
  std::string aside =
      "The council expects the work to cost about two million pounds. (The last repair, in 2019, "
      "cost half as much.)";
  std::vector<std::string> lines = kBody;
  lines.insert(lines.begin() + 1, caption);
  lines.insert(lines.begin() + 3, heading);
  lines.insert(lines.begin() + 5, aside);
  ExtractedArticle a = CleanScrapedText(Page(lines));
  ExpectWholeBodyKept(a);
  EXPECT_EQ(ReasonFor(a, caption), "credit");
  EXPECT_TRUE(Kept(a, heading));
  EXPECT_TRUE(Kept(a, aside));
}

TEST(CleanScrapedText, LabelledListInsideTheBodyStaysButALinkBoxGoes) {
  std::vector<std::string> list = {"Route A: the ring road, then the east bank",
                                   "Route B: the old mill lane, then the ferry",
                                   "Route C: the north road, then the new bypass",
                                   "Route D: the valley road, then the canal path"};
  // Near miss: four link titles without labels and items are a box.
  std::vector<std::string> links = {"Canal festival moves to the park", "Schools close early",
                                    "Library opening hours change", "New cycling path opens"};
  std::vector<std::string> lines = kBody;
  lines.insert(lines.begin() + 2, list.begin(), list.end());
  lines.insert(lines.begin() + 1, links.begin(), links.end());
  ExtractedArticle a = CleanScrapedText(Page(lines));
  ExpectWholeBodyKept(a);
  for (const std::string& item : list) EXPECT_TRUE(Kept(a, item)) << item;
  for (const std::string& link : links) EXPECT_FALSE(Kept(a, link)) << link;
}

TEST(CleanScrapedText, TeaserCutOffOnAGrammaticalWordGoes) {
  std::string teaser =
      "In recent months hundreds of drivers in the U.S. have been sent on long detours due to";
  // Near miss: a paragraph that lost its final period but ends on a content word.
  std::string paragraph =
      "The builder has repaired three similar bridges in the region without closing any of them "
      "for more than a few weeks";
  std::vector<std::string> lines = kBody;
  lines.insert(lines.begin() + 2, paragraph);
  lines.insert(lines.end(), {"Canal Festival Moves To The Park After Record Crowds", teaser,
                             "© 2031 Elmsbury Evening Post"});
  ExtractedArticle a = CleanScrapedText(Page(lines));
  ExpectWholeBodyKept(a);
  EXPECT_TRUE(Kept(a, paragraph));
  EXPECT_FALSE(Kept(a, "long detours"));
}

TEST(CleanScrapedText, ShareAndFollowPromptsGo) {
  ExtractedArticle a = CleanScrapedText(
      Page(WithBody({"Share", "Facebook", "Twitter"},
                    {"Share this article", "Follow us on Instagram", "WhatsApp"})));
  ExpectWholeBodyKept(a);
  for (std::string_view junk : {"Share", "Facebook", "Follow us", "WhatsApp"}) {
    EXPECT_FALSE(Kept(a, junk)) << junk;
  }
}

TEST(CleanScrapedText, SignUpPromptsAndAdvertLabelsGoButShareNewsStays) {
  std::string prompt =
      "Subscribe to the Evening Post and get the best local stories in your inbox.";
  std::string news = "Shares in the builder rose by four percent after the contract was announced.";
  std::vector<std::string> lines = kBody;
  lines.insert(lines.begin() + 2, "Advertisement");
  lines.insert(lines.begin() + 3, news);
  lines.insert(lines.begin() + 5, prompt);
  ExtractedArticle a = CleanScrapedText(Page(lines));
  ExpectWholeBodyKept(a);
  EXPECT_TRUE(Kept(a, news));
  EXPECT_EQ(ReasonFor(a, "Advertisement"), "advertisement");
  EXPECT_EQ(ReasonFor(a, prompt), "share");
}

TEST(CleanScrapedText, SourceListAfterTheBodyGoesButAQuotedDateInProseStays) {
  std::string prose =
      "The engineers' report, titled \"Spring flood damage to river crossings,\" was finished "
      "in March and sent to the council on 2 April 2031.";
  std::vector<std::string> lines = kBody;
  lines.insert(lines.begin() + 2, prose);
  lines.insert(lines.end(),
               {"Sources:", "Elmsbury Council, \"Bridge inspection minutes,\" 3 March 2031",
                "Regional Water Board, \"Flood levels of the spring,\" 28 February 2031",
                "County Roads Office, \"Diversion plan for the ring road,\" 1 April 2031"});
  ExtractedArticle a = CleanScrapedText(Page(lines));
  ExpectWholeBodyKept(a);
  EXPECT_TRUE(Kept(a, prose));
  EXPECT_FALSE(Kept(a, "Bridge inspection minutes"));
  EXPECT_FALSE(Kept(a, "Diversion plan"));
}

TEST(CleanScrapedText, LinkSpamListsGoWithTheirReason) {
  ExtractedArticle a =
      CleanScrapedText(Page(WithBody({}, {"👉 cheap-phones-online.example", "👉 best-loans.example",
                                          "👉 www.fast-cash.example", "👉 quick-visa.example"})));
  ExpectWholeBodyKept(a);
  EXPECT_EQ(ReasonFor(a, "👉 best-loans.example"), "link_spam");
  EXPECT_FALSE(Kept(a, "example"));
}

TEST(CleanScrapedText, RepeatedHeadlineBecomesTheTitleAndLeavesTheBody) {
  std::string headline = "Elmsbury closes its old river bridge for four months";
  ExtractedArticle a = CleanScrapedText(Page(WithBody({"Local news", headline, headline})));
  EXPECT_EQ(a.title, headline);
  EXPECT_FALSE(Kept(a, "closes its old river bridge"));
  ExpectWholeBodyKept(a);
  EXPECT_EQ(ReasonFor(a, headline), "title");
}

TEST(CleanScrapedText, StandfirstAboveTheBylineAndShareBarStays) {
  std::string headline = "Elmsbury closes its old river bridge for four months";
  std::string standfirst =
      "Engineers found that two of its supports had been badly weakened by the spring floods.";
  ExtractedArticle a =
      CleanScrapedText(Page(WithBody({"  • News", "  • Sport", headline, headline, standfirst,
                                      "By Anna Berg", "Share this story"})));
  EXPECT_EQ(a.title, headline);
  EXPECT_EQ(a.text.rfind(standfirst, 0), 0u);
  ExpectWholeBodyKept(a);
  EXPECT_FALSE(Kept(a, "By Anna Berg"));
  EXPECT_FALSE(Kept(a, "Share this story"));
  // Near miss: a teaser sentence under a headline, separated from the body by a long stretch of
  // chrome, is not a standfirst.
  ExtractedArticle b =
      CleanScrapedText(Page(WithBody({headline, headline, standfirst, "  • News", "  • Sport",
                                      "  • Weather", "  • Opinion", "  • Jobs", "  • Contact"})));
  EXPECT_FALSE(Kept(b, standfirst));
}

TEST(CleanScrapedText, HeadlineJustAboveTheBodyIsTheTitle) {
  std::string headline = "Bridge repairs will divert traffic until the autumn";
  ExtractedArticle a = CleanScrapedText(Page(WithBody({"  • News", "  • Sport", headline})));
  EXPECT_EQ(a.title, headline);
  EXPECT_FALSE(Kept(a, headline));
}

TEST(CleanScrapedText, LongHeadlineWithAWidgetWordIsStillTheTitle) {
  // "sign" and "live" are widget words on a short line ("Sign in", "LIVE"), not in a headline.
  std::string headline = "Bridge live: council and builder sign repair contract in Elmsbury";
  ExtractedArticle a =
      CleanScrapedText(Page(WithBody({"  • News", "  • Sport", "LIVE", headline})));
  EXPECT_EQ(a.title, headline);
  ExpectWholeBodyKept(a);
  // Near miss: a short widget line just above the body is not a title.
  ExtractedArticle b = CleanScrapedText(Page(WithBody({"  • News", "Sign in to your account"})));
  EXPECT_EQ(b.title, "");
}

TEST(CleanScrapedText, SentenceBrokenAroundALinkIsRejoined) {
  std::vector<std::string> lines = kBody;
  lines.insert(lines.begin() + 3, "The builder has already repaired a bridge over the");
  lines.insert(lines.begin() + 4, "Saltmarsh river");
  lines.insert(lines.begin() + 5, "without closing it for more than a week at a time.");
  ExtractedArticle a = CleanScrapedText(Page(lines));
  EXPECT_TRUE(Kept(a,
                   "The builder has already repaired a bridge over the Saltmarsh river without "
                   "closing it for more than a week at a time."));
  ExpectWholeBodyKept(a);
}

TEST(CleanScrapedText, ShortQuoteLineInsideTheBodyStays) {
  std::vector<std::string> lines = kBody;
  lines.insert(lines.begin() + 2, "“We had no choice.”");
  ExtractedArticle a = CleanScrapedText(Page(lines));
  EXPECT_TRUE(Kept(a, "“We had no choice.”"));
  ExpectWholeBodyKept(a);
}

TEST(CleanScrapedText, LiveBlogTimestampsAndDateHeadingStay) {
  std::vector<std::string> lines = {kBody[0],      kBody[1],    "14 March 2031",
                                    "- 16:40 GMT", kBody[2],    "- 15:55 GMT",
                                    kBody[3],      "15:10 GMT", kBody[4]};
  ExtractedArticle a = CleanScrapedText(Page(lines));
  ExpectWholeBodyKept(a);
  for (std::string_view stamp : {"16:40 GMT", "15:55 GMT", "15:10 GMT", "14 March 2031"}) {
    EXPECT_TRUE(Kept(a, stamp)) << stamp;
  }
  ASSERT_TRUE(a.published.value);
  EXPECT_EQ(*a.published.value, "2031-03-14");
  EXPECT_EQ(a.published.evidence, "date line 5");
}

TEST(CleanScrapedText, DateLineAboveTheBodyIsThePublishedDate) {
  ExtractedArticle a = CleanScrapedText(
      Page(WithBody({"Bridge repairs will divert traffic until the autumn", "2 June 2031"})));
  ASSERT_TRUE(a.published.value);
  EXPECT_EQ(*a.published.value, "2031-06-02");
  EXPECT_EQ(ReasonFor(a, "2 June 2031"), "date_line");
}

TEST(CleanScrapedText, DateLineWithTheYearRunIntoTheTimeIsThePublishedDate) {
  std::string stamp = "June 2, 20314:12 PM GMTUpdated 2 hours ago";
  ExtractedArticle a = CleanScrapedText(Page(
      WithBody({"Bridge repairs will divert traffic until the autumn", "By A. Writer", stamp})));
  ASSERT_TRUE(a.published.value);
  EXPECT_EQ(*a.published.value, "2031-06-02");
  EXPECT_EQ(ReasonFor(a, stamp), "date_line");
  // Near miss: a five-digit number after a month and day is not a year without a clock time.
  ExtractedArticle b = CleanScrapedText(Page(WithBody({"June 2, 20314 visitors so far"})));
  EXPECT_FALSE(b.published.value);
}

TEST(CleanScrapedText, SidebarTodayDateIsNotThePublishedDate) {
  // Only a sidebar date: recorded as page chrome, the published date stays unknown.
  ExtractedArticle a = CleanScrapedText(
      Page(WithBody({}, {"  • Latest", "More news", "News by day", "Heute,", "9. Mai 2031"})));
  EXPECT_FALSE(a.published.value);
  EXPECT_EQ(a.published.evidence, "no date in the article text");
  EXPECT_EQ(ReasonFor(a, "9. Mai 2031"), "page_date");
  EXPECT_TRUE(a.flags.empty());
}

TEST(CleanScrapedText, SidebarDateContradictingTheArticleDateIsFlagged) {
  std::vector<std::string> sidebar(12, "");
  for (size_t i = 0; i < sidebar.size(); ++i) sidebar[i] = "  • Section " + std::to_string(i);
  sidebar.push_back("Today, 9 May 2031");
  std::vector<std::string> lines = WithBody({"2 June 2031"}, sidebar);
  ExtractedArticle a = CleanScrapedText(Page(lines));
  ASSERT_TRUE(a.published.value);
  EXPECT_EQ(*a.published.value, "2031-06-02");
  EXPECT_EQ(ReasonFor(a, "Today, 9 May 2031"), "page_date");
  ASSERT_EQ(a.flags.size(), 1u);
  EXPECT_EQ(a.flags[0].name, "page_date_conflict");
  EXPECT_NE(a.flags[0].evidence.find("2031-05-09"), std::string::npos);
  EXPECT_NE(a.flags[0].evidence.find("2031-06-02"), std::string::npos);
}

TEST(CleanScrapedText, PhotoCreditsAndSourceLabelsGo) {
  std::vector<std::string> lines = kBody;
  lines.insert(lines.begin() + 1, "Source: Agency/");
  lines.insert(lines.begin() + 3, "The bridge seen from the east bank (Photo: J. Smith)");
  ExtractedArticle a = CleanScrapedText(Page(lines));
  ExpectWholeBodyKept(a);
  EXPECT_EQ(ReasonFor(a, "Source: Agency/"), "credit");
  EXPECT_EQ(ReasonFor(a, "The bridge seen from the east bank (Photo: J. Smith)"), "credit");
}

// The real development pages, scored as the held-out pages are. The floor sits a little below the
// score reached when this was written, to catch regressions, not to pin the number.
TEST(CleanScrapedText, ScrapedTextDevelopmentPagesReachTheFloor) {
  namespace fs = std::filesystem;
  fs::path root = fs::path(STORYLINE_SOURCE_DIR) / ".." / "shared" / "corpora" / "scraped-text-dev";
  if (!fs::exists(root / "gold.json")) {
    const char* ci = std::getenv("CI");
    if (ci != nullptr && std::string(ci) == "true") {
      FAIL() << "CI=true but " << root << " is missing";
    }
    GTEST_SKIP() << "scraped-text-dev corpus not found at " << root << "; skipping";
  }
  std::ifstream gold_file(root / "gold.json");
  nlohmann::json gold_json = nlohmann::json::parse(gold_file, nullptr, false);
  ASSERT_TRUE(gold_json.is_object());
  std::map<std::string, std::string> gold, predicted;
  for (const auto& [id, body] : gold_json.items()) {
    gold[id] = body.is_string() ? body.get<std::string>() : body.value("articleBody", "");
    std::ifstream page(root / "docs" / (id + ".txt"), std::ios::binary);
    std::stringstream bytes;
    bytes << page.rdbuf();
    predicted[id] = CleanScrapedText(bytes.str()).text;
  }
  eval::ExtractionScore score = eval::ScoreExtraction(gold, predicted);
  std::printf("scraped-text-dev: P %.4f R %.4f F1 %.4f over %zu pages\n", score.precision,
              score.recall, score.f1, score.pages);
  EXPECT_GE(score.f1, 0.95);
}

}  // namespace
}  // namespace storyline::clean
