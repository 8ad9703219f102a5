// Private to src/extract: reading a segmented document word by word for the role and coreference
// rules (roles.cc, coreference.cc, coref_nominals.cc).
//
// DocumentWords answers the questions those rules keep asking: what a token says without its
// possessive ending, which sentence it is in, which name mention starts or ends on it. The free
// functions below parse the small phrases the rules are made of - titles ("deputy foreign
// minister"), affiliations ("Chilean", "France's", "the Bluefield") - from the lexicon, so no rule
// depends on a particular name.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "extract/lexicon.h"

namespace storyline::extract {

class DocumentWords {
 public:
  // Indexes doc.tokens, doc.sentences and the mentions present now (later additions to
  // doc.mentions are not indexed).
  explicit DocumentWords(const Document& doc);

  const Document& doc() const { return doc_; }
  int token_count() const { return static_cast<int>(doc_.tokens.size()); }
  bool valid(int token) const { return token >= 0 && token < token_count(); }

  // The token's text without a possessive ending ("Chile's" -> "Chile").
  std::string_view Word(int token) const;
  // Word() in lower case.
  std::string Lower(int token) const;
  // The token exists and its word in lower case is `lower`.
  bool WordIs(int token, std::string_view lower) const {
    return valid(token) && Lower(token) == lower;
  }
  // The token is possessive: followed by a "'s" token (the segmenter's Penn Treebank style) or
  // ending in 's / ’s itself.
  bool Possessive(int token) const;
  // The token is the possessive "'s" / "’s" right after a word.
  bool IsPossessiveMarker(int token) const;
  // `token`, or the token after it when `token` is a possessive marker: where the next word is.
  int SkipPossessive(int token) const;
  // Sentence index of a token (-1 when out of range).
  int SentenceOf(int token) const;
  // Both tokens exist and lie in the same sentence.
  bool SameSentence(int a, int b) const;
  // The token is a punctuation mark.
  bool IsPunct(int token) const;
  // The first token whose span starts at or after `byte` (token_count() if none).
  int TokenAtOrAfter(uint32_t byte) const;

  // Token range [FirstToken, EndToken) covered by mention `m` (an index valid at construction).
  int FirstToken(size_t m) const { return first_[m]; }
  int EndToken(size_t m) const { return end_[m]; }
  // The mention whose first / last token is `token`, or -1.
  int MentionStartingAt(int token) const;
  int MentionEndingAt(int token) const;
  // The mention that covers `token`, or -1.
  int MentionCovering(int token) const;
  // The mention's text without a possessive ending.
  std::string_view MentionText(size_t m) const;
  // The text right after the mention's last character is a possessive ending.
  bool MentionPossessive(size_t m) const;

 private:
  const Document& doc_;
  std::vector<int> sentence_of_;
  std::vector<int> first_, end_;
  std::vector<int> starting_at_, ending_at_, covering_;
};

// ---- Lexicon-driven phrases ----

// `word` is one of `list` (the rules' small hand-written word lists).
template <size_t N>
bool IsOneOf(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}
// A noun that stands for the country in context ("the country", "the nation's").
bool IsCountryNoun(std::string_view lower);

// ASCII/UTF-8 lower case of a phrase (ICU-free; non-ASCII letters are kept as they are).
std::string LowerCase(std::string_view s);
// The phrase strips off a trailing possessive ending.
std::string_view StripPossessive(std::string_view s);
// The lexicon has `phrase` (case-insensitive) with any of `classes`.
bool LexiconHas(std::string_view phrase, uint32_t classes);

// Title words: role words from the lexicon and the modifiers that make part of a title ("deputy",
// "foreign", "prime"), always ending on a role word. [first, end) are tokens; `title` is the
// lower-case words joined by single spaces.
struct TitlePhrase {
  int first = -1;
  int end = -1;
  std::string title;
  bool found() const { return first >= 0; }
};
// The longest title whose last token is `last`, within last's sentence.
TitlePhrase TitleEndingAt(const DocumentWords& words, int last);
// The longest title starting at `first`, within first's sentence.
TitlePhrase TitleStartingAt(const DocumentWords& words, int first);

// Who a title belongs to ("Chilean", "Chile's", "Bluefield", "the country's"): tokens [first,
// end) and the affiliation as named - a country for nationality words and "the country's".
struct AffiliationPhrase {
  int first = -1;
  int end = -1;
  std::string affiliation;
  bool found() const { return first >= 0; }
};
// The affiliation whose last token is `last` / whose first token is `first`.
AffiliationPhrase AffiliationEndingAt(const DocumentWords& words, int last);
AffiliationPhrase AffiliationStartingAt(const DocumentWords& words, int first);

// The name of the organisation or place mention `m` as an affiliation: its entity's canonical
// name when it has one, else its text.
std::string MentionAffiliation(const DocumentWords& words, size_t m);
// The country a nationality word refers to: the lexicon's link, else a LOCATION entity of the
// document whose name the word extends ("Veskarian" -> "Veskaria"), else the word itself.
std::string NationalityCountry(const Document& doc, std::string_view word);
// The country the text before `token` is about: the nearest preceding country mention or
// nationality within that sentence and the two before it; empty if none.
std::string CountryInContext(const DocumentWords& words, int token);

// Two affiliations name the same thing: equal ignoring case, two names of one country (the
// lexicon's country codes agree), or one is the other plus a short adjective ending
// ("Chile"/"Chilean", "Germany"/"German").
bool SameAffiliation(std::string_view a, std::string_view b);

}  // namespace storyline::extract
