// Acceptance test of the reading layer on the five real scraped seed pages (../shared/seeds): the
// people of the two summits found with the roles the text gives them, descriptions ("the North
// Korean leader", "the Russian leader") resolved to the right people, the live blog's timestamps
// dated by the page's date heading, and nothing from the page junk read as an entity. Seed wording
// may appear here (tests only); never in src/.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "seeds_fixture.h"

namespace storyline::extract {
namespace {

class SeedsAnalyzeTest : public SeedsTest {
 protected:
  // The entity that a name mention with exactly this text refers to, or -1.
  static int EntityNamed(const Document& doc, std::string_view name) {
    for (const EntityMention& m : doc.mentions) {
      if (m.kind == MentionKind::kName && Text(doc, m.span) == name) return int(m.entity);
    }
    return -1;
  }

  // Whether `person` holds a role with this title (and this affiliation, when one is given).
  static bool HasRole(const Document& doc, std::string_view person, std::string_view title,
                      std::string_view affiliation = {}) {
    int e = EntityNamed(doc, person);
    if (e < 0) return false;
    for (const Role& role : doc.entities[e].roles) {
      if (role.title == title && (affiliation.empty() || role.affiliation == affiliation)) {
        return true;
      }
    }
    return false;
  }

  // The entity a description with exactly this text (any case of its first letter) refers to.
  static int DescriptionEntity(const Document& doc, std::string_view description) {
    for (const EntityMention& m : doc.mentions) {
      if (m.kind != MentionKind::kNominal) continue;
      std::string_view text = Text(doc, m.span);
      if (text.size() == description.size() && text.substr(1) == description.substr(1) &&
          std::tolower(text[0]) == std::tolower(description[0])) {
        return int(m.entity);
      }
    }
    return -2;
  }

  static EntityType TypeOf(const Document& doc, std::string_view name) {
    int e = EntityNamed(doc, name);
    EXPECT_GE(e, 0) << name << " not found";
    return e < 0 ? EntityType::kNationality : doc.entities[e].type;
  }

  static std::string TimeValue(const Document& doc, std::string_view text) {
    for (const TimeExpression& t : doc.times) {
      if (Text(doc, t.span) == text) return t.value;
    }
    return "(not found)";
  }
};

TEST_F(SeedsAnalyzeTest, FirstSummitPeoplePlacesAndRoles) {
  Document doc = Analyzed("000_db5a22b2b0b4a2f0.txt");
  for (std::string_view person :
       {"Vladimir Putin", "Kim Jong Un", "Dmitry Peskov", "Kim Il Sung", "Kim Jong Il"}) {
    EXPECT_EQ(TypeOf(doc, person), EntityType::kPerson) << person;
  }
  for (std::string_view place : {"Moscow", "Pyongyang", "Vladivostok", "Vostochny Space Center"}) {
    EXPECT_EQ(TypeOf(doc, place), EntityType::kLocation) << place;
  }
  EXPECT_EQ(TypeOf(doc, "United Nations"), EntityType::kOrganization);
  EXPECT_TRUE(HasRole(doc, "Vladimir Putin", "president", "Russia"));
  EXPECT_TRUE(HasRole(doc, "Kim Jong Un", "leader", "North Korea"));
  EXPECT_TRUE(HasRole(doc, "Dmitry Peskov", "spokesman"));
  EXPECT_EQ(TypeOf(doc, "Democratic People’s Republic of Korea"), EntityType::kLocation);
  EXPECT_EQ(DescriptionEntity(doc, "the DPRK leader"), EntityNamed(doc, "Kim Jong Un"));
  // Short forms join the full name.
  EXPECT_EQ(EntityNamed(doc, "Putin"), EntityNamed(doc, "Vladimir Putin"));
  EXPECT_EQ(EntityNamed(doc, "Peskov"), EntityNamed(doc, "Dmitry Peskov"));
}

TEST_F(SeedsAnalyzeTest, SecondSummitDelegationsAndDescriptions) {
  Document doc = Analyzed("001_ebf00b4595f9b8e6.txt");
  EXPECT_TRUE(HasRole(doc, "Sergei Lavrov", "foreign minister"));
  EXPECT_TRUE(HasRole(doc, "Denis Manturov", "first deputy prime minister"));
  EXPECT_TRUE(HasRole(doc, "Alexander Novak", "deputy prime minister"));
  EXPECT_TRUE(HasRole(doc, "Dmitry Peskov", "spokesman", "Kremlin"));
  EXPECT_NE(TypeOf(doc, "Kremlin"), EntityType::kPerson);
  EXPECT_EQ(TypeOf(doc, "RIA Novosti"), EntityType::kOrganization);
  EXPECT_TRUE(HasRole(doc, "Choi Song-Hee", "foreign minister"));
  EXPECT_FALSE(HasRole(doc, "Choi Song-Hee", "vice chairman"));
  EXPECT_EQ(TypeOf(doc, "Park Chong Chon"), EntityType::kPerson);
  EXPECT_TRUE(HasRole(doc, "Park Chong Chon", "vice chairman"));
  EXPECT_TRUE(HasRole(doc, "Im Chong-Il", "vice foreign minister"));
  EXPECT_EQ(TypeOf(doc, "Choi Song-Hee"), EntityType::kPerson);
  EXPECT_EQ(TypeOf(doc, "Im Chong-Il"), EntityType::kPerson);
  int putin = EntityNamed(doc, "Vladimir Putin");
  ASSERT_GE(putin, 0);
  EXPECT_EQ(DescriptionEntity(doc, "The Russian leader"), putin);
  EXPECT_EQ(DescriptionEntity(doc, "the head of the Russian state"), putin);
}

TEST_F(SeedsAnalyzeTest, SpunCopyStillResolvesTheLeaders) {
  Document doc = Analyzed("002_0d86604bd71b6e9d.txt");
  int kim = EntityNamed(doc, "Kim Jong Un");
  ASSERT_GE(kim, 0);
  EXPECT_EQ(DescriptionEntity(doc, "The North Korean chief"), kim);
  EXPECT_TRUE(HasRole(doc, "Andrei Belousov", "defence minister"));
  EXPECT_EQ(TypeOf(doc, "Yuri Ushakov"), EntityType::kPerson);
  EXPECT_EQ(TypeOf(doc, "KCNA"), EntityType::kOrganization);
  EXPECT_EQ(TypeOf(doc, "Kim Il Sung Sq."), EntityType::kLocation);
}

TEST_F(SeedsAnalyzeTest, CosmodromeTalksResolveTheNorthKoreanLeader) {
  Document doc = Analyzed("003_c43290c7d073a6b3.txt");
  int kim = EntityNamed(doc, "Kim Jong Un");
  ASSERT_GE(kim, 0);
  EXPECT_EQ(DescriptionEntity(doc, "The North Korean leader"), kim);
  EXPECT_EQ(EntityNamed(doc, "Kim"), kim);
  EXPECT_TRUE(HasRole(doc, "Vladimir Putin", "president", "Russia"));
}

TEST_F(SeedsAnalyzeTest, LiveBlogTimesTakeThePagesDate) {
  Document doc = Analyzed("004_2e1cb9526785dea8.txt");
  ASSERT_TRUE(doc.document_time.value.has_value());
  EXPECT_EQ(*doc.document_time.value, "2024-06-19");
  EXPECT_EQ(TimeValue(doc, "09:08 GMT"), "2024-06-19T09:08");
  EXPECT_EQ(TimeValue(doc, "08:35 GMT"), "2024-06-19T08:35");
  EXPECT_EQ(TimeValue(doc, "07:09 GMT"), "2024-06-19T07:09");
  int putin = EntityNamed(doc, "Vladimir Putin");
  ASSERT_GE(putin, 0);
  EXPECT_EQ(DescriptionEntity(doc, "the Russian leader"), putin);
  EXPECT_EQ(DescriptionEntity(doc, "The North Korean leader"), EntityNamed(doc, "Kim Jong-un"));
  EXPECT_TRUE(HasRole(doc, "Yury Ushakov", "aide"));
}

// The cleaner cut the page junk; nothing of it may come back as an entity, and every mention is
// inside the article text.
TEST_F(SeedsAnalyzeTest, NoEntityFromPageJunk) {
  for (const std::string name :
       {"000_db5a22b2b0b4a2f0.txt", "001_ebf00b4595f9b8e6.txt", "002_0d86604bd71b6e9d.txt",
        "003_c43290c7d073a6b3.txt", "004_2e1cb9526785dea8.txt"}) {
    Document doc = Analyzed(name);
    std::set<std::string> removed_only;
    for (const RemovedBlock& block : doc.removed) removed_only.insert(block.text);
    for (const EntityMention& m : doc.mentions) {
      ASSERT_LE(m.span.end, doc.text.size()) << name;
      std::string text(Text(doc, m.span));
      EXPECT_EQ(removed_only.count(text), 0u) << name << ": " << text;
      for (std::string_view junk : {"Lewiston", "Reply", "Share", "Cookie", "Comments"}) {
        EXPECT_NE(text, junk) << name;
      }
    }
  }
}

}  // namespace
}  // namespace storyline::extract
