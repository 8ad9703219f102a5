// DecodeToUtf8: the order of evidence, repair reporting, and the output guarantees.
#include "clean/encoding.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <iterator>
#include <random>
#include <string>

namespace storyline::clean {
namespace {

using ::testing::HasSubstr;

// "Привет, мир" in windows-1251 and in UTF-8.
constexpr std::string_view kCp1251 = "\xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0";
constexpr std::string_view kRussian = "Привет, мир";

bool IsValidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    auto c1 = static_cast<unsigned char>(s[i + (n > 1 ? 1 : 0)]);
    if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F) || (c == 0xF0 && c1 < 0x90) ||
        (c == 0xF4 && c1 > 0x8F)) {
      return false;
    }
    i += n;
  }
  return true;
}

TEST(DecodeTest, AsciiPassesThrough) {
  DecodedText d = DecodeToUtf8("Plain ASCII text.", "", false);
  EXPECT_EQ(d.text, "Plain ASCII text.");
  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_FALSE(d.repaired);
}

TEST(DecodeTest, ValidUtf8IsKeptAndNormalisedToNfc) {
  EXPECT_EQ(DecodeToUtf8("caf\xC3\xA9", "", false).text, "caf\xC3\xA9");
  // e + COMBINING ACUTE ACCENT -> é
  DecodedText d = DecodeToUtf8("cafe\xCC\x81 au lait", "", false);
  EXPECT_EQ(d.text, "caf\xC3\xA9 au lait");
  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_FALSE(d.repaired);
  // Hangul jamo compose; already composed text is untouched.
  EXPECT_EQ(DecodeToUtf8("\xE1\x84\x80\xE1\x85\xA1", "", false).text, "\xEA\xB0\x80");
  EXPECT_EQ(DecodeToUtf8(kRussian, "", false).text, kRussian);
}

TEST(DecodeTest, ByteOrderMarkWinsAndIsRemoved) {
  DecodedText utf8 = DecodeToUtf8("\xEF\xBB\xBFhello", "windows-1251", true);
  EXPECT_EQ(utf8.text, "hello");
  EXPECT_EQ(utf8.charset, "UTF-8");
  EXPECT_THAT(utf8.evidence, HasSubstr("byte-order mark"));
  DecodedText utf16 = DecodeToUtf8(std::string("\xFF\xFEH\0i\0\r\0\n\0", 10), "", false);
  EXPECT_EQ(utf16.text, "Hi\n");
  EXPECT_EQ(utf16.charset, "UTF-16LE");
  EXPECT_EQ(DecodeToUtf8(std::string("\xFE\xFF\0H\0i", 6), "", false).text, "Hi");
}

TEST(DecodeTest, DeclaredCharsetIsUsed) {
  DecodedText d = DecodeToUtf8(kCp1251, "windows-1251", false);
  EXPECT_EQ(d.text, kRussian);
  EXPECT_EQ(d.charset, "windows-1251");
  EXPECT_THAT(d.evidence, HasSubstr("declared by the container"));
  EXPECT_FALSE(d.repaired);
  // Labels are case- and quote-insensitive, and aliases resolve.
  EXPECT_EQ(DecodeToUtf8(kCp1251, "\"CP1251\"", false).text, kRussian);
  // KOI8-R: the same word in another Cyrillic charset.
  EXPECT_EQ(DecodeToUtf8("\xf0\xd2\xc9\xd7\xc5\xd4", "koi8-r", false).text, "Привет");
}

TEST(DecodeTest, Latin1LabelMeansWindows1252) {
  // 0x93/0x94 are curly quotes in windows-1252 and C1 controls in ISO-8859-1.
  DecodedText d = DecodeToUtf8("\x93Quoted\x94 caf\xe9", "ISO-8859-1", false);
  EXPECT_EQ(d.text, "\xE2\x80\x9CQuoted\xE2\x80\x9D caf\xC3\xA9");
  EXPECT_EQ(d.charset, "windows-1252");
}

TEST(DecodeTest, ValidUtf8BeatsAStaleLegacyLabel) {
  DecodedText d = DecodeToUtf8("caf\xC3\xA9", "iso-8859-1", false);
  EXPECT_EQ(d.text, "caf\xC3\xA9");
  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_THAT(d.evidence, HasSubstr("valid UTF-8"));
  // Near miss: pure ASCII keeps the declared label (the text is the same either way).
  EXPECT_EQ(DecodeToUtf8("cafe", "iso-8859-1", false).charset, "windows-1252");
}

TEST(DecodeTest, HtmlMetaCharset) {
  std::string page = "<html><head><meta charset=\"windows-1251\"><title>t</title></head><body>" +
                     std::string(kCp1251) + "</body></html>";
  DecodedText d = DecodeToUtf8(page, "", true);
  EXPECT_THAT(d.text, HasSubstr(std::string(kRussian)));
  EXPECT_EQ(d.charset, "windows-1251");
  EXPECT_THAT(d.evidence, HasSubstr("<meta>"));
  // http-equiv form.
  std::string equiv =
      "<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1251\">"
      "</head><body>" +
      std::string(kCp1251) + "</body></html>";
  EXPECT_EQ(DecodeToUtf8(equiv, "", true).charset, "windows-1251");
  // XML declaration of an XHTML page.
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"windows-1251\"?><html>" + std::string(kCp1251) + "</html>";
  EXPECT_EQ(DecodeToUtf8(xml, "", true).charset, "windows-1251");
}

TEST(DecodeTest, HtmlMetaNearMisses) {
  std::string page = "<meta charset=\"windows-1251\"><p>" + std::string(kCp1251) + "</p>";
  // Not HTML: a meta tag in plain text is just text.
  EXPECT_NE(DecodeToUtf8(page, "", false).charset, "windows-1251");
  // The container's declaration beats the meta tag (JSONL strings are already Unicode).
  std::string utf8_page = "<meta charset=\"windows-1251\"><p>" + std::string(kRussian) + "</p>";
  DecodedText d = DecodeToUtf8(utf8_page, "UTF-8", true);
  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_THAT(d.text, HasSubstr(std::string(kRussian)));
  // A meta tag beyond the first 4 KiB is not looked for.
  std::string late = "<html>" + std::string(5000, ' ') + "<meta charset=\"koi8-r\">" +
                     std::string(kCp1251) + "</html>";
  EXPECT_NE(DecodeToUtf8(late, "", true).charset, "KOI8-R");
  // A meta naming UTF-16 on a readable page means UTF-8 (the HTML standard).
  EXPECT_EQ(DecodeToUtf8("<meta charset=utf-16><p>x</p>", "", true).charset, "UTF-8");
}

TEST(DecodeTest, UndeclaredLatin1IsDetected) {
  std::string text =
      "Le caf\xe9 de la gare \xe9tait ferm\xe9 depuis l'\xe9t\xe9 dernier. Les habitants du "
      "quartier r\xe9"
      "clament sa r\xe9"
      "ouverture et la mairie a promis une d\xe9"
      "cision avant "
      "No\xebl, apr\xe8s une r\xe9union publique tr\xe8s anim\xe9\x65.";
  DecodedText d = DecodeToUtf8(text, "", false);
  EXPECT_THAT(d.text, HasSubstr("Le caf\xC3\xA9 de la gare \xC3\xA9tait ferm\xC3\xA9"));
  EXPECT_THAT(d.charset, ::testing::AnyOf("windows-1252", "ISO-8859-1"));
  EXPECT_THAT(d.evidence, HasSubstr("detected by ICU"));
  EXPECT_FALSE(d.repaired);
}

TEST(DecodeTest, UndeclaredCyrillicIsDetected) {
  std::string text;
  for (int i = 0; i < 20; ++i) {
    text +=
        "\xcf\xf0\xe5\xe7\xe8\xe4\xe5\xed\xf2 \xef\xf0\xe8\xe1\xfb\xeb \xe2 \xf1\xf2\xee"
        "\xeb\xe8\xf6\xf3 \xe8 \xe2\xf1\xf2\xf0\xe5\xf2\xe8\xeb\xf1\xff \xf1 \xec\xe8\xed"
        "\xe8\xf1\xf2\xf0\xe0\xec\xe8. ";
  }
  DecodedText d = DecodeToUtf8(text, "", false);
  EXPECT_EQ(d.charset, "windows-1251");
  EXPECT_THAT(d.text, HasSubstr("Президент прибыл в столицу"));
}

TEST(DecodeTest, InvalidUtf8IsRepairedWithEvidence) {
  // Mostly valid UTF-8 (é) with two stray bytes: damaged UTF-8, not a legacy charset.
  std::string text = "Caf\xC3\xA9 ok \xFF and \xC3( and caf\xC3\xA9";
  DecodedText d = DecodeToUtf8(text, "", false);
  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_TRUE(d.repaired);
  EXPECT_EQ(d.text, "Caf\xC3\xA9 ok \xEF\xBF\xBD and \xEF\xBF\xBD( and caf\xC3\xA9");
  EXPECT_THAT(d.evidence, HasSubstr("repaired 2 invalid bytes in 2 places (first at byte 9)"));
  // Declared UTF-8 is repaired, not second-guessed; a cut sequence at the end too.
  DecodedText cut = DecodeToUtf8("abc\xE2\x82", "utf-8", false);
  EXPECT_EQ(cut.text, "abc\xEF\xBF\xBD");
  EXPECT_THAT(cut.evidence, HasSubstr("repaired 2 invalid bytes in 1 places (first at byte 3)"));
  // Surrogates and overlongs are invalid.
  EXPECT_TRUE(DecodeToUtf8("\xED\xA0\x80 \xC0\xAF \xC3\xA9", "utf-8", false).repaired);
  // Near miss: valid four-byte sequences are not repairs.
  EXPECT_FALSE(DecodeToUtf8("\xF0\x9F\x98\x80 \xC3\xA9", "", false).repaired);
}

TEST(DecodeTest, LegacyRepairsAreCounted) {
  // 0xFF 0xFF is not a Shift_JIS character (0xFF is never a lead byte).
  DecodedText d = DecodeToUtf8("ab\xFF\x82\xA0", "shift_jis", false);
  EXPECT_TRUE(d.repaired);
  EXPECT_EQ(d.text, "ab\xEF\xBF\xBD\xE3\x81\x82");  // ab, U+FFFD, あ
  EXPECT_THAT(d.evidence, HasSubstr("repaired 1 invalid bytes in 1 places (first at byte 2)"));
  // Near miss: a valid Shift_JIS text is not repaired.
  EXPECT_FALSE(DecodeToUtf8("ab\x82\xA0", "shift_jis", false).repaired);
}

TEST(DecodeTest, LineEndsAndNulBytes) {
  DecodedText d = DecodeToUtf8("a\r\nb\rc\n\r\nd", "", false);
  EXPECT_EQ(d.text, "a\nb\nc\n\nd");
  EXPECT_FALSE(d.repaired);
  DecodedText nul = DecodeToUtf8(std::string("a\0b", 3), "", false);
  EXPECT_EQ(nul.text, "ab");
  EXPECT_TRUE(nul.repaired);
  EXPECT_THAT(nul.evidence, HasSubstr("removed 1 NUL bytes"));
  EXPECT_EQ(DecodeToUtf8(std::string("x\r\0\n", 4), "windows-1251", false).text, "x\n\n");
}

TEST(DecodeTest, UnknownDeclaredCharsetIsIgnoredWithANote) {
  DecodedText d = DecodeToUtf8("caf\xC3\xA9", "x-no-such-charset", false);
  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_THAT(d.evidence, HasSubstr("unknown charset 'x-no-such-charset'"));
}

TEST(DecodeTest, EmptyInput) {
  DecodedText d = DecodeToUtf8("", "", true);
  EXPECT_EQ(d.text, "");
  EXPECT_FALSE(d.repaired);
}

TEST(DecodeTest, OutputIsAlwaysValidUtf8WithoutNul) {
  std::mt19937 rng(12345);
  const char* charsets[] = {"", "utf-8", "windows-1251", "shift_jis", "utf-16le", "gb2312"};
  for (int round = 0; round < 600; ++round) {
    std::string bytes(rng() % 300, '\0');
    for (char& c : bytes)
      c = static_cast<char>(rng() % 4 == 0 ? rng() % 0x80 + 0x80 : rng() % 0x80);
    for (bool html : {false, true}) {
      DecodedText d = DecodeToUtf8(bytes, charsets[round % 6], html);
      ASSERT_TRUE(IsValidUtf8(d.text)) << round;
      ASSERT_EQ(d.text.find('\0'), std::string::npos) << round;
      ASSERT_EQ(d.text.find('\r'), std::string::npos) << round;
    }
  }
}

// The fast path skips ICU's check when every character is NFC-inert; whatever the mix of
// characters, the result must equal ICU's own NFC.
TEST(DecodeTest, NfcMatchesIcuOnMixedCharacters) {
  const char32_t pool[] = {U'a',          U'e',          U' ',      U'\u00e9', U'\u0301', U'\u0327',
                           U'\u0308',     U'\u1100',     U'\u1161', U'\u11a8', U'\uac00', U'\u0b47',
                           U'\u0b3e',     U'\u2019',     U'\u0439', U'\u0418', U'\u0306', U'\uf900',
                           U'\U0001f600', U'\U0002f800', U'\u05b0', U'\u0345', U'\u212b'};
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  ASSERT_TRUE(U_SUCCESS(status));
  std::mt19937 rng(7);
  for (int round = 0; round < 2000; ++round) {
    icu::UnicodeString u;
    for (size_t i = rng() % 12; i > 0; --i)
      u.append(static_cast<UChar32>(pool[rng() % std::size(pool)]));
    std::string utf8, expected;
    u.toUTF8String(utf8);
    nfc->normalize(u, status).toUTF8String(expected);
    ASSERT_EQ(DecodeToUtf8(utf8, "utf-8", false).text, expected) << utf8;
  }
}

TEST(DecodeTest, LargeTextsNormaliseAcrossPieces) {
  // More than one NFC piece (64 MiB) would be slow here; check that a long decomposed text
  // comes out composed throughout.
  std::string text;
  for (int i = 0; i < 200000; ++i) text += "e\xCC\x81 ";
  DecodedText d = DecodeToUtf8(text, "", false);
  EXPECT_EQ(d.text.size(), text.size() - 200000);
  EXPECT_EQ(d.text.substr(0, 6), "\xC3\xA9 \xC3\xA9 ");
}

}  // namespace
}  // namespace storyline::clean
