// Name shapes (name_shapes.h): spelling evidence for personal names, with near misses.
#include "extract/name_shapes.h"

#include <gtest/gtest.h>

namespace storyline::extract {
namespace {

TEST(NameShapes, SlavicAndOtherSurnameEndings) {
  EXPECT_GE(PersonShapeScore("Varnikov"), 0.5f);
  EXPECT_GE(PersonShapeScore("Velimova"), 0.5f);
  EXPECT_GE(PersonShapeScore("Kovalenko"), 0.8f);
  EXPECT_GE(PersonShapeScore("Petrovich"), 0.8f);
  EXPECT_GE(PersonShapeScore("Andersson"), 0.8f);
  EXPECT_GE(PersonShapeScore("McAllister"), 0.8f);
  EXPECT_GE(PersonShapeScore("Papadopoulos"), 0.8f);
  // Near misses: short words and words without such an ending.
  EXPECT_EQ(PersonShapeScore("Ov"), 0.0f);
  EXPECT_EQ(PersonShapeScore("Table"), 0.0f);
  EXPECT_EQ(PersonShapeScore("Macro"), 0.0f);
  EXPECT_EQ(PersonShapeScore("Kiev"), 0.0f);  // too short for -ev
}

TEST(NameShapes, Particles) {
  EXPECT_TRUE(IsNameParticle("van"));
  EXPECT_TRUE(IsNameParticle("bin"));
  EXPECT_FALSE(IsNameParticle("Van"));  // capitalised: a name word itself
  EXPECT_FALSE(IsNameParticle("of"));
}

TEST(NameShapes, Initials) {
  EXPECT_TRUE(IsInitial("J."));
  EXPECT_TRUE(IsInitial("J"));
  EXPECT_FALSE(IsInitial("Jo."));
  EXPECT_FALSE(IsInitial("j."));
}

TEST(NameShapes, PinyinWords) {
  EXPECT_TRUE(IsPinyinWord("Xiaoping"));
  EXPECT_TRUE(IsPinyinWord("Zhang"));
  EXPECT_TRUE(IsPinyinWord("Wei"));
  EXPECT_FALSE(IsPinyinWord("Smith"));
  EXPECT_FALSE(IsPinyinWord("Brask"));
  EXPECT_FALSE(IsPinyinWord("Zhangxiaopingwei"));  // more than two syllables
}

TEST(NameShapes, HyphenatedGivenNames) {
  EXPECT_TRUE(IsHyphenatedGivenName("Young-sam"));
  EXPECT_TRUE(IsHyphenatedGivenName("Teng-hui"));
  EXPECT_FALSE(IsHyphenatedGivenName("Anglo-Dutch"));
  EXPECT_FALSE(IsHyphenatedGivenName("north-east"));
  EXPECT_FALSE(IsHyphenatedGivenName("Paris-based"));
}

TEST(NameShapes, ArabicNameParts) {
  EXPECT_TRUE(IsArabicNamePart("al-Bashir"));
  EXPECT_TRUE(IsArabicNamePart("Abu"));
  EXPECT_TRUE(IsArabicNamePart("bin"));
  EXPECT_TRUE(IsArabicNamePart("Inzamam-ul-Haq"));
  EXPECT_FALSE(IsArabicNamePart("Rolls-Royce"));
  EXPECT_FALSE(IsArabicNamePart("al-"));
  EXPECT_FALSE(IsArabicNamePart("alpha"));
}

}  // namespace
}  // namespace storyline::extract
