#include "text/segment.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace storyline::text {
namespace {

using Strings = std::vector<std::string>;

Strings TokenStrings(std::string_view text) {
  Strings out;
  for (const Token& t : Tokenize(text)) out.emplace_back(text.substr(t.span.start, t.span.size()));
  return out;
}

Strings SentenceStrings(const std::string& text) {
  Document doc;
  doc.text = text;
  Segment(doc);
  Strings out;
  for (const Sentence& s : doc.sentences)
    out.push_back(doc.text.substr(s.span.start, s.span.size()));
  return out;
}

// The shape of the only token of `text` whose text is `token`.
uint16_t ShapeOf(std::string_view text, std::string_view token) {
  for (const Token& t : Tokenize(text)) {
    if (text.substr(t.span.start, t.span.size()) == token) return t.shape;
  }
  ADD_FAILURE() << "no token " << token << " in " << text;
  return 0;
}

// ---- Tokens ----

TEST(Tokenize, WordsAndPunctuation) {
  EXPECT_EQ(TokenStrings("The cat sat, then left!"),
            (Strings{"The", "cat", "sat", ",", "then", "left", "!"}));
  EXPECT_EQ(TokenStrings("a(b)c"), (Strings{"a", "(", "b", ")", "c"}));
  EXPECT_TRUE(TokenStrings("").empty());
  EXPECT_TRUE(TokenStrings(" \n\t \n").empty());
}

TEST(Tokenize, SpansAreByteOffsets) {
  const std::string text = "  Zürich, now";
  std::vector<Token> tokens = Tokenize(text);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].span, (ByteSpan{2, 9}));  // ü is two bytes
  EXPECT_EQ(tokens[1].span, (ByteSpan{9, 10}));
  EXPECT_EQ(tokens[2].span, (ByteSpan{11, 14}));
}

TEST(Tokenize, NonAsciiWords) {
  EXPECT_EQ(TokenStrings("Ангела пришла в Zürich."),
            (Strings{"Ангела", "пришла", "в", "Zürich", "."}));
  EXPECT_EQ(TokenStrings("Łódź–Kraków"), (Strings{"Łódź", "–", "Kraków"}));  // en dash splits
  EXPECT_TRUE(ShapeOf("Ангела пришла", "Ангела") & kCapitalized);
  EXPECT_FALSE(ShapeOf("Ангела пришла", "пришла") & kCapitalized);
  EXPECT_TRUE(ShapeOf("ООН заявила", "ООН") & kAllCaps);
  // Devanagari vowel signs are combining marks: they stay inside the word.
  EXPECT_EQ(TokenStrings("नमस्ते दुनिया"), (Strings{"नमस्ते", "दुनिया"}));
}

TEST(Tokenize, Apostrophes) {
  EXPECT_EQ(TokenStrings("don't"), (Strings{"don't"}));
  EXPECT_EQ(TokenStrings("O'Neill and O’Brien"), (Strings{"O'Neill", "and", "O’Brien"}));
  // Possessives split as in CoNLL/PTB; the near miss "Vela'sa" is one word.
  EXPECT_EQ(TokenStrings("Vela's car"), (Strings{"Vela", "'s", "car"}));
  EXPECT_EQ(TokenStrings("Vela’s car"), (Strings{"Vela", "’s", "car"}));
  EXPECT_EQ(TokenStrings("Vela'sa"), (Strings{"Vela'sa"}));
  EXPECT_TRUE(ShapeOf("Vela's car", "'s") & kWord);
  // Clitics already split off, as in pre-tokenised text; "I'm" written together stays one word.
  EXPECT_EQ(TokenStrings("Vela 's car , I 'm sure , we 've"),
            (Strings{"Vela", "'s", "car", ",", "I", "'m", "sure", ",", "we", "'ve"}));
  EXPECT_EQ(TokenStrings("I'm"), (Strings{"I'm"}));
  EXPECT_EQ(TokenStrings("'sun'"), (Strings{"'", "sun", "'"}));
  // A trailing apostrophe is a quote mark.
  EXPECT_EQ(TokenStrings("the players' union"), (Strings{"the", "players", "'", "union"}));
  EXPECT_TRUE(ShapeOf("the players' union", "'") & kQuote);
}

TEST(Tokenize, Hyphens) {
  EXPECT_EQ(TokenStrings("Al-Assad in the north-east"),
            (Strings{"Al-Assad", "in", "the", "north-east"}));
  EXPECT_TRUE(ShapeOf("Al-Assad", "Al-Assad") & kHyphenated);
  EXPECT_TRUE(ShapeOf("Al-Assad", "Al-Assad") & kCapitalized);
  // Not inner: a dash between spaces, a trailing hyphen, a double hyphen.
  EXPECT_EQ(TokenStrings("left - right"), (Strings{"left", "-", "right"}));
  EXPECT_EQ(TokenStrings("pre- and post-war"), (Strings{"pre", "-", "and", "post-war"}));
  EXPECT_EQ(TokenStrings("a--b -- c"), (Strings{"a", "--", "b", "--", "c"}));
  EXPECT_FALSE(ShapeOf("won 2-1", "2-1") & kHyphenated);  // a score, not a hyphenated word
}

TEST(Tokenize, Numbers) {
  EXPECT_EQ(TokenStrings("9,000 people, 3.5 percent at 09:35."),
            (Strings{"9,000", "people", ",", "3.5", "percent", "at", "09:35", "."}));
  EXPECT_TRUE(ShapeOf("9,000", "9,000") & kNumber);
  EXPECT_FALSE(ShapeOf("9,000", "9,000") & kWord);
  // Separators not between digits stay punctuation.
  EXPECT_EQ(TokenStrings("In 1996, prices."), (Strings{"In", "1996", ",", "prices", "."}));
  EXPECT_EQ(TokenStrings("1990s"), (Strings{"1990s"}));
  EXPECT_EQ(TokenStrings("won 1/2 on 12/08/96"), (Strings{"won", "1/2", "on", "12/08/96"}));
  EXPECT_EQ(TokenStrings("and/or 3/ 4"), (Strings{"and", "/", "or", "3", "/", "4"}));
  // A leading-decimal number after a space; a period glued to a word stays a period.
  EXPECT_EQ(TokenStrings("average .596"), (Strings{"average", ".596"}));
  EXPECT_TRUE(ShapeOf("average .596", ".596") & kNumber);
  EXPECT_EQ(TokenStrings("end.5"), (Strings{"end", ".", "5"}));
  EXPECT_TRUE(ShapeOf("1990s", "1990s") & kWord);
}

TEST(Tokenize, Abbreviations) {
  EXPECT_EQ(TokenStrings("Mr. Smith met Gen. Jones on Jan. 5 in the U.S. etc."),
            (Strings{"Mr.", "Smith", "met", "Gen.", "Jones", "on", "Jan.", "5", "in", "the", "U.S.",
                     "etc."}));
  EXPECT_EQ(TokenStrings("J. R. Smith"), (Strings{"J.", "R.", "Smith"}));
  EXPECT_EQ(TokenStrings("Tampa, Fla., said"), (Strings{"Tampa", ",", "Fla.", ",", "said"}));
  EXPECT_EQ(TokenStrings("e.g. this, at 5 p.m."),
            (Strings{"e.g.", "this", ",", "at", "5", "p.m."}));
  EXPECT_TRUE(ShapeOf("the U.S.", "U.S.") & kAbbreviation);
  EXPECT_TRUE(ShapeOf("the U.S.", "U.S.") & kAllCaps);
  // Near misses: an unlisted word, a lower-case "sat", a number keep a separate period.
  EXPECT_EQ(TokenStrings("He sat."), (Strings{"He", "sat", "."}));
  EXPECT_EQ(TokenStrings("plan b."), (Strings{"plan", "b", "."}));
  EXPECT_EQ(TokenStrings("See Smith."), (Strings{"See", "Smith", "."}));
  EXPECT_EQ(TokenStrings("in 1996."), (Strings{"in", "1996", "."}));
  // "No." is an abbreviation only before a number.
  EXPECT_EQ(TokenStrings("No. 10"), (Strings{"No.", "10"}));
  EXPECT_EQ(TokenStrings("He said no."), (Strings{"He", "said", "no", "."}));
}

TEST(Tokenize, QuoteStyles) {
  const std::string text = "\"a\" “b” „c“ «d» ‘e’ ‹f› 'g' 「h」";
  int quotes = 0;
  for (const Token& t : Tokenize(text)) {
    std::string s = text.substr(t.span.start, t.span.size());
    if (t.shape & kQuote) {
      ++quotes;
      EXPECT_TRUE(t.shape & kPunct) << s;
    } else {
      EXPECT_EQ(s.size(), 1u) << s;  // only the letters are left
    }
  }
  EXPECT_EQ(quotes, 16);
  EXPECT_FALSE(ShapeOf("a ( b", "(") & kQuote);
}

TEST(Tokenize, Ellipses) {
  EXPECT_EQ(TokenStrings("wait... what…"), (Strings{"wait", "...", "what", "…"}));
  EXPECT_EQ(TokenStrings("end.."), (Strings{"end", ".", "."}));
}

TEST(Tokenize, Shapes) {
  EXPECT_TRUE(ShapeOf("NATO said", "NATO") & kAllCaps);
  EXPECT_FALSE(ShapeOf("A said", "A") & kAllCaps);  // one letter is not "all caps"
  EXPECT_FALSE(ShapeOf("iPhone", "iPhone") & kCapitalized);
  const std::vector<Token> tokens = Tokenize("one two\nthree");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_TRUE(tokens[0].shape & kLineStart);
  EXPECT_FALSE(tokens[1].shape & kLineStart);
  EXPECT_TRUE(tokens[2].shape & kLineStart);
}

// ---- Sentences ----

TEST(Segment, BasicSentences) {
  EXPECT_EQ(SentenceStrings("It rained. We stayed in! Did you? Yes."),
            (Strings{"It rained.", "We stayed in!", "Did you?", "Yes."}));
  // Lower-case continuation is not a new sentence.
  EXPECT_EQ(SentenceStrings("The rate is 3.5 percent. and so on"),
            (Strings{"The rate is 3.5 percent. and so on"}));
}

TEST(Segment, EmptyAndNoFinalPeriod) {
  EXPECT_TRUE(SentenceStrings("").empty());
  EXPECT_TRUE(SentenceStrings("  \n\n ").empty());
  EXPECT_EQ(SentenceStrings("No final period here"), (Strings{"No final period here"}));
}

TEST(Segment, LinesAndParagraphs) {
  EXPECT_EQ(SentenceStrings("Storm Hits Coast\n\nThe storm arrived. It left.\n\n  Last one  "),
            (Strings{"Storm Hits Coast", "The storm arrived.", "It left.", "Last one"}));
  // A line break ends a sentence even without punctuation, and a heading's period-less line
  // does not swallow the next line.
  EXPECT_EQ(SentenceStrings("first line\nsecond line"), (Strings{"first line", "second line"}));
}

TEST(Segment, Abbreviations) {
  EXPECT_EQ(SentenceStrings("Mr. Smith arrived. Dr. Jones left."),
            (Strings{"Mr. Smith arrived.", "Dr. Jones left."}));
  EXPECT_EQ(SentenceStrings("Gen. Brown spoke at 4 Market Sq. The crowd cheered."),
            (Strings{"Gen. Brown spoke at 4 Market Sq. The crowd cheered."}));
  EXPECT_EQ(SentenceStrings("He met J. Smith. Then he left."),
            (Strings{"He met J. Smith.", "Then he left."}));
  EXPECT_EQ(SentenceStrings("It was on Jan. 5 and ended."),
            (Strings{"It was on Jan. 5 and ended."}));
}

TEST(Segment, USInTheMiddleAndAtTheEnd) {
  EXPECT_EQ(SentenceStrings("The U.S. President spoke."), (Strings{"The U.S. President spoke."}));
  EXPECT_EQ(SentenceStrings("They flew to the U.S. The trip was long."),
            (Strings{"They flew to the U.S.", "The trip was long."}));
  EXPECT_EQ(SentenceStrings("He moved to the U.S. It rained."),
            (Strings{"He moved to the U.S.", "It rained."}));
  EXPECT_EQ(SentenceStrings("Acme Inc. said so."), (Strings{"Acme Inc. said so."}));
  EXPECT_EQ(SentenceStrings("They heard Mass. The choir sang."),
            (Strings{"They heard Mass.", "The choir sang."}));
}

TEST(Segment, ClosingQuotesAndBrackets) {
  EXPECT_EQ(SentenceStrings("He said: \"Go home.\" Then he left."),
            (Strings{"He said: \"Go home.\"", "Then he left."}));
  EXPECT_EQ(SentenceStrings("„Das ist gut.“ Sie ging."), (Strings{"„Das ist gut.“", "Sie ging."}));
  EXPECT_EQ(SentenceStrings("(It was late.) We slept."), (Strings{"(It was late.)", "We slept."}));
  EXPECT_EQ(SentenceStrings("It ended. “Never again,” she said."),
            (Strings{"It ended.", "“Never again,” she said."}));
  EXPECT_EQ(SentenceStrings("Really?! Yes."), (Strings{"Really?!", "Yes."}));
  // Pre-tokenised text: a spaced straight quote closes the open one, or opens a new one.
  EXPECT_EQ(SentenceStrings("\" We won . \" Then we left ."),
            (Strings{"\" We won . \"", "Then we left ."}));
  EXPECT_EQ(SentenceStrings("We won . \" Then we left . \""),
            (Strings{"We won .", "\" Then we left . \""}));
  EXPECT_EQ(SentenceStrings("we went home . \""), (Strings{"we went home . \""}));
}

TEST(Segment, ListNumbers) {
  EXPECT_EQ(SentenceStrings("1. Lena Hart (Norway) 12.71\n2. Ola Berg"),
            (Strings{"1. Lena Hart (Norway) 12.71", "2. Ola Berg"}));
  // Near miss: a year ending a sentence is no list number.
  EXPECT_EQ(SentenceStrings("It was 1996. Then it rained."),
            (Strings{"It was 1996.", "Then it rained."}));
}

TEST(Segment, EllipsisAndDigits) {
  EXPECT_EQ(SentenceStrings("We waited… Nothing came. 200 people left."),
            (Strings{"We waited…", "Nothing came.", "200 people left."}));
  EXPECT_EQ(SentenceStrings("And then... silence."), (Strings{"And then... silence."}));
}

TEST(Segment, LiveBlogTimestamps) {
  EXPECT_EQ(
      SentenceStrings("- 09:48 GMT The minister arrived.\n11:55 GMT Talks began. No deal."),
      (Strings{"- 09:48 GMT", "The minister arrived.", "11:55 GMT", "Talks began.", "No deal."}));
  EXPECT_EQ(SentenceStrings("10.30am: Doors open"), (Strings{"10.30am:", "Doors open"}));
  // A timestamp alone on its line is simply that line; a price at a line start is no clock.
  EXPECT_EQ(SentenceStrings("09:48 GMT\nText."), (Strings{"09:48 GMT", "Text."}));
  EXPECT_EQ(SentenceStrings("3.50 euros was the price"), (Strings{"3.50 euros was the price"}));
}

TEST(Segment, NonLatinScripts) {
  EXPECT_EQ(SentenceStrings("Ангела пришла. Потом ушла."),
            (Strings{"Ангела пришла.", "Потом ушла."}));
  EXPECT_EQ(SentenceStrings("今日は晴れ。明日は雨。"), (Strings{"今日は晴れ。", "明日は雨。"}));
}

TEST(Segment, SentencesCoverTokensAndMarkStarts) {
  Document doc;
  doc.text = "A b. C d.\nE f";
  Segment(doc);
  ASSERT_EQ(doc.sentences.size(), 3u);
  uint32_t next = 0;
  for (const Sentence& s : doc.sentences) {
    EXPECT_EQ(s.first_token, next);
    EXPECT_TRUE(doc.tokens[s.first_token].shape & kSentenceStart);
    EXPECT_EQ(s.span.start, doc.tokens[s.first_token].span.start);
    EXPECT_EQ(s.span.end, doc.tokens[s.end_token - 1].span.end);
    next = s.end_token;
  }
  EXPECT_EQ(next, doc.tokens.size());
  EXPECT_FALSE(doc.tokens[1].shape & kSentenceStart);
  EXPECT_EQ(TokenText(doc, doc.tokens[3]), "C");
}

}  // namespace
}  // namespace storyline::text
