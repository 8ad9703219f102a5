// DetectNames(): name mentions found by capitalisation, typed by scored evidence.
//
// 1. Every sentence in ordinary case is cut into runs of capitalised words (with the connectors
//    names use inside: "Bank of England", "Ludwig van Beethoven", "Marks & Spencer"); a run is
//    split at titles and role words ("Russian President X" -> "Russian", X) and loses sentence
//    openers that are ordinary words ("But", "Police").
// 2. Each piece gathers evidence for PERSON / ORGANIZATION / LOCATION / NATIONALITY (and for
//    "something else", e.g. event names, which are not reported) from the lexicon, its words'
//    shapes and its context.
// 3. One sense per discourse: evidence is summed over all uses of the same name in the document,
//    a lone word that ends a person's name is that person, an acronym of an organisation is it.
// 4. Lines written all in capitals (agency headlines) are read last, by case-folded lookups of
//    the names found in the body and in the lexicon.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/entity_stages.h"
#include "extract/lexicon.h"
#include "extract/name_context.h"
#include "extract/name_shapes.h"
#include "text/segment.h"

namespace storyline::extract {
namespace {

enum Kind : int { kPer = 0, kOrg, kLoc, kNat, kOther, kKinds };
using Scores = std::array<float, kKinds>;

constexpr uint32_t kPlaceClasses = kCountry | kRegion | kCity | kPlace;
constexpr uint32_t kNameClasses = kPersonName | kPlaceClasses | kOrganization | kNationality;
constexpr uint32_t kPersonParts = kGivenName | kSurname;

// A run of capitalised tokens [first, end) that may name one thing.
struct Candidate {
  uint32_t first = 0;
  uint32_t end = 0;
  ByteSpan span;
  Scores scores{};
  float nameness = 1.0f;  // how sure we are that the words are a name at all
  std::string key;        // the surface in lower case (ASCII folding), words joined by spaces
  Kind type = kOther;
  float confidence = 0;
  // The words around say "place" (a dateline, "in X", "X , Y" after a place): news uses a town
  // as a club's name and as a place in one story, so this use stays a place.
  bool place_context = false;
  // A title, a role word, an age or a scorecard mark says "person", or the word is a given name:
  // the lone-word discount of ResolveDiscourse does not apply.
  bool person_context = false;
};

// "Bergamo-based", "Communist-led", "Family-controlled": the last part after a hyphen is in
// lower case, so the word modifies the name after it and is not part of it.
bool IsHyphenModifier(std::string_view w) {
  size_t dash = w.rfind('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 1 >= w.size()) return false;
  char c = w[dash + 1];
  // "Young-sam", "Teng-hui" are given names, whose second syllable is in lower case too.
  return c >= 'a' && c <= 'z' && w.size() - dash > 3 && !IsHyphenatedGivenName(w);
}

bool IsInnerCapital(std::string_view w) {
  for (size_t i = 2; i < w.size(); ++i) {
    if (w[i] < 'A' || w[i] > 'Z' || w[i - 1] < 'a' || w[i - 1] > 'z') continue;
    std::string_view head = w.substr(0, i);
    if (head == "Mc" || head == "Mac" || head == "De" || head == "La" || head == "Di" ||
        head == "Le" || head == "Van" || head == "Du") {
      continue;
    }
    return true;
  }
  return false;
}

char LowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

void AppendFolded(std::string& out, std::string_view s) {
  for (char c : s) out.push_back(LowerAscii(c));
}

Kind Best(const Scores& s) {
  int best = kPer;
  for (int k = 1; k < kKinds; ++k) {
    if (s[k] > s[best]) best = k;
  }
  return static_cast<Kind>(best);
}

float Confidence(const Scores& s, float nameness) {
  Kind best = Best(s);
  float second = 0;
  for (int k = 0; k < kKinds; ++k) {
    if (k != best) second = std::max(second, s[k]);
  }
  float c = 0.5f + 0.1f * s[best] + 0.05f * (s[best] - second);
  return nameness * std::min(0.99f, c);
}

EntityType ToEntityType(Kind k) {
  switch (k) {
    case kPer:
      return EntityType::kPerson;
    case kOrg:
      return EntityType::kOrganization;
    case kLoc:
      return EntityType::kLocation;
    default:
      return EntityType::kNationality;
  }
}

class NameFinder {
 public:
  NameFinder(Document& doc, const EntityOptions& options)
      : doc_(doc), options_(options), lex_(Lexicon::Get()) {}
  void Run();

 private:
  // ---- tokens ----
  size_t TokenCount() const { return doc_.tokens.size(); }
  uint16_t Shape(uint32_t i) const { return doc_.tokens[i].shape; }
  std::string_view Text(uint32_t i) const { return text::TokenText(doc_, doc_.tokens[i]); }
  // The token's text without a possessive ending ("Japan's" -> "Japan").
  std::string_view Word(uint32_t i) const;
  bool IsWord(uint32_t i) const { return (Shape(i) & text::kWord) != 0; }
  bool IsCap(uint32_t i) const {
    return IsWord(i) && (Shape(i) & (text::kCapitalized | text::kAllCaps)) != 0;
  }
  bool IsAllCaps(uint32_t i) const { return (Shape(i) & text::kAllCaps) != 0; }
  bool Possessive(uint32_t i) const { return Word(i).size() != Text(i).size(); }
  bool LineBreakBetween(uint32_t a, uint32_t b) const;
  bool TextIs(uint32_t i, std::string_view lower) const { return EqualsLower(Text(i), lower); }

  // ---- lexicon (cached per token) ----
  uint32_t Exact(uint32_t i);   // classes of the word as written (folded for ALL-CAPS words)
  uint32_t Folded(uint32_t i);  // classes of every case variant
  uint8_t CityWeight(uint32_t i);
  enum WordFlag : uint16_t {
    kFlagReady = 1 << 0,
    kFlagHonorific = 1 << 1,
    kFlagRole = 1 << 2,
    kFlagOrgHead = 1 << 3,
    kFlagPlaceHead = 1 << 4,
    kFlagCalendar = 1 << 5,
    kFlagExactCityDone = 1 << 6,
  };
  uint16_t Flags(uint32_t i);
  bool IsCalendar(uint32_t i) { return IsWord(i) && (Flags(i) & kFlagCalendar) != 0; }
  uint32_t PhraseClasses(uint32_t first, uint32_t end, bool folded);
  bool IsFunctionWord(uint32_t i) { return (Folded(i) & kFunctionWord) != 0; }
  bool IsCommon(uint32_t i) { return (Folded(i) & (kCommonWord | kFunctionWord)) != 0; }
  bool IsHonorific(uint32_t i);
  bool IsRole(uint32_t i);
  bool IsOrgHead(uint32_t i);
  bool IsPlaceHead(uint32_t i);
  bool SeenLowerCase(uint32_t i);
  // The word is a name by itself: not a dictionary word, or a given name or lexicon name. Census
  // surnames alone do not count: they include "League", "Prime", "Bank".
  bool NameWord(uint32_t i) { return !IsCommon(i) || (Exact(i) & (kNameClasses | kGivenName)); }
  bool IsDateNumber(uint32_t i) const;
  // "Major-General", "Vice-President": a hyphenated title whose last part is a title.
  bool IsHonorificCompound(uint32_t i);

  // ---- ordinary sentences ----
  void CollectLowerCaseWords();
  void DetectSportsCopy();
  bool IsCapsSentence(const Sentence& s) const;
  void ScanSentence(const Sentence& s);
  bool ConnectorFits(uint32_t first, uint32_t connector);
  uint32_t ExtendRun(uint32_t first, uint32_t end);
  bool PossessiveInsideName(uint32_t i, uint32_t end);
  bool StartsLexiconName(uint32_t first, uint32_t end);
  bool OrgThenPerson(uint32_t first, uint32_t end);
  void SplitRun(uint32_t first, uint32_t end, const Sentence& s);
  void Flush(uint32_t first, uint32_t end, float person_cue, const Sentence& s);
  uint32_t NationalityPrefix(uint32_t first, uint32_t end);
  bool LooksCommonAtStart(uint32_t i, uint32_t end);
  bool IsSentenceInitial(uint32_t i, const Sentence& s);
  void AddCandidate(uint32_t first, uint32_t end, float person_cue, const Sentence& s);
  void ScoreLexicon(Candidate& c);
  void ScoreShape(Candidate& c);
  void ScoreContext(Candidate& c, const Sentence& s);
  void ScoreSportsContext(Candidate& c, const Sentence& s);

  // ---- document level ----
  void ResolveDiscourse();
  void ScanCapsSentence(const Sentence& s);
  void Emit();

  Document& doc_;
  const EntityOptions& options_;
  const Lexicon& lex_;
  std::vector<int32_t> exact_;
  std::vector<int32_t> folded_;
  std::vector<uint8_t> city_weight_;
  std::vector<uint16_t> word_flags_;
  std::unordered_set<std::string_view> lower_words_;
  bool sports_ = false;
  std::vector<Candidate> candidates_;
  std::unordered_map<std::string, Kind> doc_types_;
  std::string buffer_;
};

std::string_view NameFinder::Word(uint32_t i) const {
  std::string_view w = Text(i);
  if (w.size() > 2 && (w.ends_with("'s") || w.ends_with("'S"))) return w.substr(0, w.size() - 2);
  if (w.size() > 4 && w.ends_with("\xE2\x80\x99s")) return w.substr(0, w.size() - 4);
  return w;
}

bool NameFinder::LineBreakBetween(uint32_t a, uint32_t b) const {
  uint32_t from = doc_.tokens[a].span.end;
  uint32_t to = doc_.tokens[b].span.start;
  for (uint32_t p = from; p < to && p < doc_.text.size(); ++p) {
    if (doc_.text[p] == '\n' || doc_.text[p] == '\t') return true;
  }
  return false;
}

uint32_t NameFinder::Exact(uint32_t i) {
  if (exact_[i] >= 0) return static_cast<uint32_t>(exact_[i]);
  std::string_view w = Word(i);
  uint32_t classes = 0;
  if (auto e = lex_.Find(w)) {
    classes = e->classes;
  } else if (w.size() > 2 && w.back() == '.') {
    if (auto e2 = lex_.Find(w.substr(0, w.size() - 1))) classes = e2->classes;
  }
  // A word in capitals ("LONDON", "NATO") may be stored in title case: take the name classes of
  // any case variant, never the common-word ones.
  if (IsAllCaps(i) && (classes & (kNameClasses | kPersonParts)) == 0) {
    // Not the personal-name classes: an acronym ("RIA", "AMY") is seldom a person's name.
    classes |= Folded(i) & ~(kCommonWord | kFunctionWord | kGivenName | kSurname);
  }
  exact_[i] = static_cast<int32_t>(classes);
  return classes;
}

uint32_t NameFinder::Folded(uint32_t i) {
  if (folded_[i] >= 0) return static_cast<uint32_t>(folded_[i]);
  std::string_view w = Word(i);
  uint32_t classes = 0;
  uint8_t weight = 0;
  if (auto e = lex_.FindFolded(w)) {
    classes = e->classes;
    weight = e->weight;
  } else if (w.size() > 2 && w.back() == '.') {  // "Gen." but not the initial "A."
    if (auto e2 = lex_.FindFolded(w.substr(0, w.size() - 1))) classes = e2->classes;
  }
  folded_[i] = static_cast<int32_t>(classes);
  if ((classes & kCity) && !(word_flags_[i] & kFlagExactCityDone)) city_weight_[i] = weight;
  return classes;
}

uint8_t NameFinder::CityWeight(uint32_t i) {
  Folded(i);
  if (!(word_flags_[i] & kFlagExactCityDone)) {
    word_flags_[i] |= kFlagExactCityDone;
    if (auto e = lex_.Find(Word(i)); e && (e->classes & kCity)) city_weight_[i] = e->weight;
  }
  return city_weight_[i];
}

// The closed-class tests of one word, computed once: the word lists are linear scans.
uint16_t NameFinder::Flags(uint32_t i) {
  uint16_t& f = word_flags_[i];
  if (f & kFlagReady) return f;
  f |= kFlagReady;
  uint32_t folded = Folded(i);
  std::string_view w = Word(i);
  if ((folded & kHonorific) || IsHonorificFallback(Text(i))) f |= kFlagHonorific;
  if ((folded & kRoleWord) || IsRoleWordFallback(w)) f |= kFlagRole;
  if ((folded & (kOrgHead | kOrgSuffix)) || IsOrgHeadFallback(w)) f |= kFlagOrgHead;
  if ((folded & kPlaceHead) || IsPlaceHeadFallback(w)) f |= kFlagPlaceHead;
  if (IsCalendarWord(Text(i))) f |= kFlagCalendar;
  return f;
}

uint32_t NameFinder::PhraseClasses(uint32_t first, uint32_t end, bool folded) {
  if (end - first == 1) return folded ? Folded(first) : Exact(first);
  if (static_cast<int>(end - first) > lex_.max_words()) return 0;
  buffer_.clear();
  for (uint32_t i = first; i < end; ++i) {
    if (i > first) buffer_.push_back(' ');
    buffer_.append(i + 1 == end ? Word(i) : Text(i));
  }
  auto e = folded ? lex_.FindFolded(buffer_) : lex_.Find(buffer_);
  if (!e && !folded) e = lex_.FindFolded(buffer_);
  if (!e) return 0;
  return folded ? (e->classes & ~(kCommonWord | kFunctionWord)) : e->classes;
}

// "St" before a name is a saint's or a street's, part of the name ("St Johnstone").
bool NameFinder::IsHonorific(uint32_t i) {
  return (Flags(i) & kFlagHonorific) != 0 && Text(i) != "St" && Text(i) != "St.";
}

// A role word that is not also a given name or a place ("President" yes; "Jordan" no). Census
// surnames include most role words ("Baker", "Prime"), so SplitRun judges those by position.
bool NameFinder::IsRole(uint32_t i) {
  if ((Flags(i) & kFlagRole) == 0) return false;
  return (Exact(i) & (kGivenName | kNameClasses)) == 0;
}

bool NameFinder::IsOrgHead(uint32_t i) { return (Flags(i) & kFlagOrgHead) != 0; }

bool NameFinder::IsPlaceHead(uint32_t i) { return (Flags(i) & kFlagPlaceHead) != 0; }

bool NameFinder::IsHonorificCompound(uint32_t i) {
  std::string_view w = Word(i);
  size_t dash = w.rfind('-');
  if (dash == std::string_view::npos || dash + 1 >= w.size()) return false;
  std::string_view last = w.substr(dash + 1);
  if (IsHonorificFallback(last) || IsRoleWordFallback(last)) return true;
  auto e = lex_.FindFolded(last);
  return e && (e->classes & kHonorific);
}

// "1996-08-30", "22/01/2025": a number with an inner '-' or '/'.
bool NameFinder::IsDateNumber(uint32_t i) const {
  if (!(Shape(i) & text::kNumber)) return false;
  std::string_view w = Text(i);
  return w.find('-') != std::string_view::npos || w.find('/') != std::string_view::npos;
}

bool NameFinder::SeenLowerCase(uint32_t i) {
  buffer_.clear();
  AppendFolded(buffer_, Word(i));
  return lower_words_.count(std::string_view(buffer_)) != 0;
}

// ---- ordinary sentences ----

void NameFinder::CollectLowerCaseWords() {
  lower_words_.reserve(TokenCount());
  for (uint32_t i = 0; i < TokenCount(); ++i) {
    uint16_t shape = Shape(i);
    if ((shape & text::kWord) && !(shape & (text::kCapitalized | text::kAllCaps))) {
      lower_words_.insert(Word(i));
    }
  }
}

// Agency sports copy starts with a capitalised sport name and a dash ("SOCCER - ...").
void NameFinder::DetectSportsCopy() {
  size_t limit = std::min<size_t>(TokenCount(), 4);
  for (uint32_t i = 0; i + 1 < limit; ++i) {
    if (IsCap(i) && IsSportWord(Text(i))) {
      for (uint32_t j = i + 1; j < limit; ++j) {
        if (Text(j) == "-") sports_ = true;
      }
    }
  }
}

bool NameFinder::IsCapsSentence(const Sentence& s) const {
  int words = 0;
  int caps = 0;
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    if (!IsWord(i) || Text(i).size() < 2) continue;
    ++words;
    if (IsAllCaps(i)) ++caps;
  }
  return words >= 2 && caps * 10 >= words * 7;
}

void NameFinder::ScanSentence(const Sentence& s) {
  uint32_t i = s.first_token;
  while (i < s.end_token) {
    if (!IsCap(i) || IsCapitalisedNonName(Text(i))) {
      ++i;
      continue;
    }
    uint32_t end = ExtendRun(i, s.end_token);
    SplitRun(i, end, s);
    i = end;
  }
}

// A lower-case word between two capitalised ones that belongs to the name.
bool NameFinder::ConnectorFits(uint32_t first, uint32_t connector) {
  std::string_view w = Text(connector);
  if (w == "&") return true;
  if (IsNameParticle(w)) return true;
  if (w == "of" || w == "for") {
    uint32_t prev = connector - 1;
    if (IsOrgHead(prev) || IsPlaceHead(prev)) return true;
    // "Secretary of State X": SplitRun takes the title off again.
    if (w == "of" && (IsHonorific(prev) || IsRole(prev)) &&
        (!NameWord(connector + 1) ||
         (PhraseClasses(prev, connector + 2, false) & (kHonorific | kRoleWord)))) {
      return true;
    }
    return (PhraseClasses(first, connector + 2, false) & kNameClasses) != 0;
  }
  if (w == "and") {
    // "Organisation for Security and Cooperation": after a head and its "of"/"for".
    for (uint32_t k = first; k + 1 < connector; ++k) {
      if (IsOrgHead(k) && (TextIs(k + 1, "of") || TextIs(k + 1, "for"))) return true;
    }
    return (PhraseClasses(first, connector + 2, false) & kNameClasses) != 0;
  }
  return false;
}

// "People's Republic", "Children's Hospital": an ordinary word's possessive inside a name. A
// name's possessive ("Japan's Toyota") ends the name.
// Words [first, end) after an organisation's head read as a person's name: two to four
// capitalised words, none a head, one not a dictionary word, the first a name word.
bool NameFinder::OrgThenPerson(uint32_t first, uint32_t end) {
  if (end - first < 2 || end - first > 4) return false;
  bool rare = false;
  for (uint32_t k = first; k < end; ++k) {
    bool person_word = (Exact(k) & (kGivenName | kSurname)) != 0;
    if (!IsCap(k) || IsAllCaps(k) || IsOrgHead(k) || (IsPlaceHead(k) && !person_word)) {
      return false;
    }
    rare = rare || !IsCommon(k);
  }
  return rare && ((Exact(first) & (kGivenName | kSurname)) || !IsCommon(first));
}

// "New Zealand", "South Africa": an ordinary first word that begins a name the lexicon knows.
bool NameFinder::StartsLexiconName(uint32_t first, uint32_t end) {
  uint32_t longest = std::min<uint32_t>(end, first + static_cast<uint32_t>(lex_.max_words()));
  for (uint32_t k = first + 2; k <= longest; ++k) {
    if (PhraseClasses(first, k, false) & kNameClasses) return true;
  }
  return false;
}

bool NameFinder::PossessiveInsideName(uint32_t i, uint32_t end) {
  return i + 1 < end && IsCap(i + 1) && IsCommon(i) && !(Exact(i) & kNameClasses) &&
         !LineBreakBetween(i, i + 1);
}

uint32_t NameFinder::ExtendRun(uint32_t first, uint32_t end) {
  uint32_t j = first + 1;
  if (Possessive(first) && !PossessiveInsideName(first, end)) return j;
  while (j < end && !LineBreakBetween(j - 1, j)) {
    if (IsCalendar(j) && !(Exact(j - 1) & kGivenName)) break;
    if (IsCap(j) && !IsCapitalisedNonName(Text(j))) {
      ++j;
      if (Possessive(j - 1) && !PossessiveInsideName(j - 1, end)) break;
      continue;
    }
    // "People ’s Republic": the possessive written as its own token after an ordinary word.
    std::string_view clitic = Text(j);
    bool possessive = clitic == "'s" || clitic == "\xE2\x80\x99s" ||
                      ((clitic == "'" || clitic == "\xE2\x80\x99") && Text(j - 1).ends_with("s"));
    if (possessive && j + 1 < end && IsCap(j + 1) && IsCommon(j - 1) &&
        !(Exact(j - 1) & kNameClasses) && !LineBreakBetween(j, j + 1)) {
      j += 2;
      continue;
    }
    // Two particles in a row: "van der", "de la", "van den".
    if (j + 2 < end && IsNameParticle(Text(j)) && IsNameParticle(Text(j + 1)) && IsCap(j + 2) &&
        !LineBreakBetween(j, j + 2)) {
      j += 3;
      continue;
    }
    if (j + 1 < end && IsCap(j + 1) && !LineBreakBetween(j, j + 1) && ConnectorFits(first, j)) {
      j += 2;
      if (Possessive(j - 1)) break;
      continue;
    }
    break;
  }
  return j;
}

// Splits a run at titles and role words; the words after a title are a person.
void NameFinder::SplitRun(uint32_t first, uint32_t end, const Sentence& s) {
  // Leading function words ("The", "In") and modifiers ("Bergamo-based", "Family-controlled").
  // "Will Carling", "May Brask": a given name spelled like a function word, before a name.
  auto given_before_name = [&](uint32_t i) {
    return (Exact(i) & kGivenName) && i + 1 < end && IsCap(i + 1) && !IsCommon(i + 1) &&
           !IsSentenceInitial(i, s);
  };
  while (first < end && ((IsFunctionWord(first) && (Exact(first) & kNameClasses) == 0 &&
                          !given_before_name(first)) ||
                         IsHyphenModifier(Word(first)))) {
    ++first;
  }
  if (first == end) return;
  // Whole names of organisations and places in the lexicon, and names ending in their heads
  // ("General Motors", "Justice Ministry"), keep their title-like words.
  constexpr uint32_t kWholeClasses = kPlaceClasses | kOrganization | kNationality;
  bool whole_is_name = end - first > 1 && ((PhraseClasses(first, end, false) & kWholeClasses) ||
                                           IsOrgHead(end - 1) || IsPlaceHead(end - 1));
  uint32_t piece = first;
  float person_cue = 0;
  // "the Harbour Workers' Union Jonas Pelt": a person named right after an organisation.
  for (uint32_t k = first + 1; k + 2 < end; ++k) {
    if (!IsOrgHead(k) || !IsCap(k) || !OrgThenPerson(k + 1, end)) continue;
    Flush(piece, k + 1, 0, s);
    piece = k + 1;
    break;
  }
  for (uint32_t k = piece; k < end && !whole_is_name; ++k) {
    bool honorific = IsHonorific(k) || IsHonorificCompound(k);
    if (!honorific && !IsRole(k)) continue;
    // A role word that ends a run is a title only after a nationality or place ("Russian
    // President"); otherwise it is part of a name ("Kansai Electric Power").
    if (k + 1 == end && !honorific && k > piece &&
        !(Exact(k - 1) & (kNationality | kPlaceClasses))) {
      continue;
    }
    // A title splits only before a name ("President Ilse Marendt", "Mr J. Brask"), not before
    // ordinary words ("Major League Baseball", "General Motors").
    bool of_title =
        k + 2 < end && TextIs(k + 1, "of") &&
        (!NameWord(k + 2) || (PhraseClasses(k, k + 3, false) & (kHonorific | kRoleWord)));
    if (k + 1 < end && !of_title && !NameWord(k + 1) && !IsInitial(Word(k + 1))) continue;
    // A surname that is also a title ends a person's name: "James Major", "Ann Baker".
    if (k + 1 == end && k > piece && (Exact(k) & kSurname) && (Exact(k - 1) & kGivenName)) break;
    // Title words before the role belong to it: "Prime Minister", "Foreign Minister".
    uint32_t role_start = k;
    while (role_start > piece && IsTitleModifier(Word(role_start - 1))) --role_start;
    Flush(piece, role_start, person_cue, s);
    piece = k + 1;
    // "Secretary of State John Kornblum": an ordinary word after "of" completes the title.
    if (of_title) {
      piece = k + 3;
      k += 2;
    }
    person_cue = honorific ? 4.0f : 2.5f;
  }
  Flush(piece, end, person_cue, s);
}

// Length of a nationality word at the start of [first, end) that should stand alone: only when
// what follows holds a name of its own ("West Indian Phil Simmons"), not when it is a generic
// title ("British Airways", "French Foreign Ministry" stay whole).
uint32_t NameFinder::NationalityPrefix(uint32_t first, uint32_t end) {
  for (uint32_t len = std::min<uint32_t>(3, end - first - 1); len >= 1; --len) {
    uint32_t classes = PhraseClasses(first, first + len, false);
    if ((classes & kNationality) == 0) continue;
    // "Christian", "Jerry" are also given names: before a surname they start a person.
    if (len == 1 && (classes & kGivenName) && !IsCommon(first + 1)) return 0;
    for (uint32_t k = first + len; k < end; ++k) {
      if (NameWord(k)) return len;
    }
    return 0;
  }
  return 0;
}

// First word of a sentence or line, or of a quotation or bracket, or after a leading date
// ("May 24 Second test"): where English capitalises ordinary words.
bool NameFinder::IsSentenceInitial(uint32_t i, const Sentence& s) {
  if (Shape(i) & (text::kSentenceStart | text::kLineStart)) return true;
  if (i > s.first_token) {
    std::string_view prev = Text(i - 1);
    if ((Shape(i - 1) & text::kQuote) || prev == "(" || prev == ":" || prev == "-") return true;
  }
  for (uint32_t k = s.first_token; k < i; ++k) {
    if (Shape(k) & text::kLineStart) {
      // Only dates and numbers between the line's start and the word.
      for (uint32_t m = k; m < i; ++m) {
        bool date = (Shape(m) & (text::kNumber | text::kPunct)) || IsCalendar(m);
        if (!date) return false;
      }
      return true;
    }
  }
  for (uint32_t k = s.first_token; k < i; ++k) {
    if (IsWord(k) || (Shape(k) & text::kNumber)) return false;
  }
  return true;
}

// A capitalised first word of a sentence that is an ordinary word ("Police", "But", "Will").
bool NameFinder::LooksCommonAtStart(uint32_t i, uint32_t end) {
  if (!IsCommon(i)) return false;
  // "Federal Reserve", "Supreme Court": an ordinary word heading an organisation's name.
  if (end - i >= 2 && (IsOrgHead(end - 1) || IsPlaceHead(end - 1)) && !IsFunctionWord(i)) {
    return false;
  }
  uint32_t names = Exact(i);
  if (IsFunctionWord(i) && (names & kNameClasses) == 0) return true;
  bool strong = (names & (kCountry | kNationality | kPersonName | kOrganization | kRegion)) ||
                ((names & kCity) && CityWeight(i) >= 5);
  return !strong || SeenLowerCase(i);
}

void NameFinder::Flush(uint32_t first, uint32_t end, float person_cue, const Sentence& s) {
  if (first >= end) return;
  // Dropping an opening word leaves the next one opening the sentence ("First Half").
  bool initial = IsSentenceInitial(first, s);
  for (bool again = true; again && first < end;) {
    again = false;
    if (IsCapitalisedNonName(Text(first)) || IsCalendar(first)) {
      ++first;
      again = true;
    } else if (initial && LooksCommonAtStart(first, end) && !StartsLexiconName(first, end)) {
      // "Will Smith" keeps its given name when a surname follows; "Police Commissioner" not.
      bool continues = end - first >= 2 && (Exact(first) & kGivenName) && !IsFunctionWord(first) &&
                       !IsFunctionWord(first + 1);
      if (continues) break;
      ++first;
      again = true;
    }
  }
  // A run cut after a connector ("Daniels Pharmaceuticals Inc of St.") drops it.
  while (end > first && !IsCap(end - 1)) --end;
  if (first >= end) return;
  // Single letters ("W D L G" table headings) are not names without a word beside them.
  bool letters_only = true;
  for (uint32_t k = first; k < end && letters_only; ++k) {
    std::string_view w = Word(k);
    letters_only = w.size() == 1 || IsInitial(w);
  }
  if (letters_only) return;
  // "New York-based", "Hong Kong-listed": an adjective made from a name, not the name.
  if (IsHyphenModifier(Word(end - 1))) return;
  if (end - first >= 2 && !(PhraseClasses(first, end, false) & kNameClasses)) {
    uint32_t nat = NationalityPrefix(first, end);
    if (nat > 0) {
      AddCandidate(first, first + nat, 0, s);
      first += nat;
    }
  }
  AddCandidate(first, end, person_cue, s);
}

void NameFinder::AddCandidate(uint32_t first, uint32_t end, float person_cue, const Sentence& s) {
  // A lone month or weekday is a date, not a name.
  if (end - first == 1 && IsCalendar(first)) return;
  Candidate c;
  c.first = first;
  c.end = end;
  c.span = {doc_.tokens[first].span.start,
            doc_.tokens[end - 1].span.start + static_cast<uint32_t>(Word(end - 1).size())};
  for (uint32_t i = first; i < end; ++i) {
    if (i > first) c.key.push_back(' ');
    AppendFolded(c.key, Word(i));
  }
  c.scores[kPer] += person_cue;
  c.person_context = person_cue > 0;
  if (end - first == 1 && (Exact(first) & kGivenName) && !IsCommon(first) &&
      !(Exact(first) & (kPlaceClasses | kNationality | kOrganization))) {
    c.person_context = true;
  }
  ScoreLexicon(c);
  ScoreShape(c);
  ScoreContext(c, s);
  if (IsSentenceInitial(first, s)) c.nameness = 0.8f;
  if (end - first == 1 && (Exact(first) & kNameClasses) == 0 && SeenLowerCase(first)) {
    c.nameness = std::min(c.nameness, 0.6f);
  }
  candidates_.push_back(std::move(c));
}

void NameFinder::ScoreLexicon(Candidate& c) {
  uint32_t n = c.end - c.first;
  uint32_t classes = PhraseClasses(c.first, c.end, false);
  Scores& s = c.scores;
  // One word that is also a place, a people or an organisation is rarely a person: census
  // surnames and WordNet's people include "Germany", "French", "Bank".
  bool other_name = (classes & (kPlaceClasses | kNationality | kOrganization)) != 0;
  float person_word = (n == 1 && other_name) ? 0.3f : 1.0f;
  // A whole multi-word name found in the lexicon is specific evidence.
  float phrase = n == 1 ? 1.0f : 1.5f;
  if (classes & kPersonName) s[kPer] += n == 1 ? 1.5f * person_word : 3.0f;
  if (classes & kCountry) s[kLoc] += 3.5f * phrase;
  float place = 0;
  if (classes & kRegion) place += 2.5f;
  if (classes & kPlace) place += 2.0f;
  if (classes & kCity) {
    float w = n == 1 ? static_cast<float>(CityWeight(c.first)) : 5.0f;
    place += 1.0f + 0.25f * w;
  }
  place *= phrase;
  s[kLoc] += place;
  // Sports copy names clubs after their towns and counties ("Leicestershire beat Somerset"):
  // there a town is a club unless the context says place ("in Leicester").
  if (sports_ && place > 0 && !(classes & kCountry)) s[kOrg] += place + 0.5f;
  // WordNet files some places under groups too ("Europe", "U.S."): the place sense wins.
  if (classes & kOrganization) s[kOrg] += ((classes & kPlaceClasses) ? 1.5f : 3.0f) * phrase;
  if (classes & kNationality) s[kNat] += 3.5f;
  if (n == 1) {
    if (classes & kGivenName) s[kPer] += 1.0f * person_word;
    if (classes & kSurname) s[kPer] += 1.2f * person_word;
    return;
  }
  // A name that ends in an organisation's or a place's head is named after a person, not one
  // ("Kim Il Sung Sq.", "John Hopkins University").
  bool headed = IsOrgHead(c.end - 1) || IsPlaceHead(c.end - 1);
  // A given name that is also an ordinary word ("Bank", "Rose", "Will") is weaker evidence.
  if ((Exact(c.first) & kGivenName) && !headed) {
    s[kPer] += n > 4 ? 1.0f : (IsCommon(c.first) ? 1.2f : 2.5f);
  }
  // Census surnames include most places ("France", "London"): after an ordinary word ("Air
  // France") such a surname is the place.
  uint32_t last_classes = Exact(c.end - 1);
  bool place_after_word = (last_classes & (kPlaceClasses | kNationality)) && IsCommon(c.first);
  if ((last_classes & kSurname) && !place_after_word) {
    s[kPer] += 1.5f;
  }
  // The lexicon's multi-word places keep their heads: "Soviet Union", "West Bank".
  if (classes & kPlaceClasses) return;
  if (IsOrgHead(c.end - 1)) s[kOrg] += 3.5f;
  if (IsPlaceHead(c.end - 1)) s[kLoc] += 3.5f;
  if (IsPlaceHead(c.first)) s[kLoc] += 2.5f;
  if (IsEventHead(Word(c.end - 1))) s[kOther] += 4.0f;
  for (uint32_t i = c.first; i + 1 < c.end; ++i) {
    // A head before "of"/"for" heads the whole name: "Bank of X", "Committee for Y".
    bool before_connector = TextIs(i + 1, "of") || TextIs(i + 1, "for");
    if (IsOrgHead(i)) s[kOrg] += before_connector ? 3.5f : 1.2f;
    if (before_connector && IsPlaceHead(i)) s[kLoc] += 2.5f;
  }
  if (Exact(c.first) & kNationality) s[kOrg] += 1.0f;
  // A longer name built on a place that the lexicon does not know as a whole is named after the
  // place: a club or a firm ("Real Madrid", "Cleveland Indians", "Air France", "First Chicago").
  if (!(classes & kNameClasses) && !((Exact(c.first) & kGivenName) && !IsCommon(c.first))) {
    for (uint32_t i = c.first; i < c.end; ++i) {
      if (Exact(i) & kPlaceClasses) {
        s[kOrg] += sports_ ? 2.5f : 1.5f;
        break;
      }
    }
  }
}

void NameFinder::ScoreShape(Candidate& c) {
  uint32_t n = c.end - c.first;
  Scores& s = c.scores;
  std::string_view last = Word(c.end - 1);
  s[kPer] += 2.5f * PersonShapeScore(last);
  bool arabic = false;
  bool particle = false;
  bool pinyin = n >= 2 && n <= 3 && Word(c.first).size() <= 5;
  bool korean = false;
  for (uint32_t i = c.first; i < c.end; ++i) {
    std::string_view w = Word(i);
    arabic = arabic || IsArabicNamePart(w);
    particle = particle || (i > c.first && IsNameParticle(w));
    pinyin = pinyin && IsPinyinWord(w) && !IsCommon(i);
    korean = korean || (i > c.first && IsHyphenatedGivenName(w));
  }
  if (arabic) s[kPer] += 2.0f;
  // "Douglas & Lomason", "A.G. Edwards & Sons": partners' names joined by "&" make a firm.
  for (uint32_t i = c.first + 1; i + 1 < c.end; ++i) {
    if (Text(i) == "&") s[kOrg] += 2.5f;
  }
  if (particle && n >= 3) s[kPer] += 1.5f;
  if (pinyin) s[kPer] += 1.5f;
  if (korean && Word(c.first).size() <= 5) s[kPer] += 3.0f;
  if (n >= 2 && IsInitial(Word(c.first)) && !IsInitial(last)) s[kPer] += 2.0f;
  // An acronym opening a longer name ("RIA Novosti", "BAT Industries") is a firm's or an
  // agency's, not a person's.
  if (n >= 2 && IsAllCaps(c.first) && !IsAllCaps(c.end - 1) && Word(c.first).size() >= 2 &&
      !(Exact(c.first) & kPlaceClasses)) {
    s[kOrg] += 1.5f;
  }
  if (n == 1 && IsAllCaps(c.first)) {
    size_t letters = 0;
    for (char ch : Word(c.first)) letters += (ch >= 'A' && ch <= 'Z');
    if (letters >= 2 && letters <= 5 && !(Exact(c.first) & kNameClasses)) s[kOrg] += 1.5f;
  }
  // A capital inside a word ("NationsBank", "BankAmerica") is a brand; "McLeod"/"MacLeod"/
  // "DeLay" are names, so a capital right after "Mc", "Mac", "De", "La", "Di", "O'" is not.
  if (n == 1 && IsInnerCapital(Word(c.first))) s[kOrg] += 1.5f;
  // Two unknown capitalised words are most often a first name and a surname.
  if (n == 2 && !IsCommon(c.first) && !IsCommon(c.first + 1)) s[kPer] += 0.8f;
  // Priors for names nothing else speaks for.
  // A lone unknown word is a person only if the document named that person in full (see
  // ResolveDiscourse); otherwise it is more often a company or a club.
  if (n == 2) s[kPer] += 0.3f;
  if (n == 1) s[kOrg] += 0.4f;
  if (n >= 3) s[kOrg] += 0.3f;
}

void NameFinder::ScoreContext(Candidate& c, const Sentence& s) {
  Scores& sc = c.scores;
  if (c.first > s.first_token) {
    uint32_t p = c.first - 1;
    std::string_view pw = Text(p);
    if (IsHonorific(p) || (!IsCap(p) && IsRole(p))) {
      sc[kPer] += IsHonorific(p) ? 4.0f : 2.5f;
      c.person_context = true;
    }
    float locative = LocativeStrength(pw);
    sc[kLoc] += 1.2f * locative;
    if (locative >= 0.6f) c.place_context = true;
    // "Paris , France", "Edgbaston , Birmingham": the second of two places.
    if (pw == "," && p > s.first_token && IsCap(p - 1) && (Exact(p - 1) & kPlaceClasses)) {
      sc[kLoc] += 1.0f;
      c.place_context = true;
    }
    if (EqualsLower(pw, "the")) sc[kOrg] += 0.8f;
    // "the village of X", "the mining towns of X".
    if (pw == "of" && p > s.first_token && IsPlaceNoun(Text(p - 1))) {
      sc[kLoc] += 2.0f;
      c.place_context = true;
    }
    if (!IsCap(p) && IsOrgNoun(pw)) sc[kOrg] += 2.0f;
  }
  uint32_t nx = c.end;
  if (nx < s.end_token) {
    std::string_view w = Text(nx);
    if (IsSpeechVerb(w)) {
      sc[kPer] += 0.8f;
      sc[kOrg] += 0.3f;
    }
    if (w == "," && nx + 1 < s.end_token) {
      uint32_t q = nx + 1;
      if (TextIs(q, "who")) {
        sc[kPer] += 1.5f;
        c.person_context = true;
      }
      if ((TextIs(q, "the") || TextIs(q, "a") || TextIs(q, "an")) && q + 1 < s.end_token) ++q;
      if (!IsCap(q) && IsRole(q)) sc[kPer] += 1.5f;
      if ((Shape(q) & text::kNumber) && q + 1 < s.end_token && Text(q + 1) == ",") {
        sc[kPer] += 1.0f;
        c.person_context = true;
      }
    }
    if (w == "(" && sports_) sc[kPer] += 1.0f;
    if (!IsCap(nx) && IsOrgFollower(w)) sc[kOrg] += 1.5f;
    if (!IsCap(nx) && IsPlaceNoun(w)) sc[kLoc] += 2.0f;
    // "X 's shares", "X 's chairman": a company.
    if ((w == "'s" || w == "'") && nx + 2 <= s.end_token) {
      uint32_t q = w == "'" ? nx + 2 : nx + 1;
      if (q < s.end_token && IsOrgFollower(Text(q))) sc[kOrg] += 1.0f;
    }
  }
  // A dateline: "LONDON 1996-08-30", "PARIS (Reuters) -".
  if ((Shape(c.first) & text::kLineStart) && nx < s.end_token) {
    bool caps = IsAllCaps(c.first) && IsAllCaps(c.end - 1);
    if (IsDateNumber(nx) || (caps && (Text(nx) == "(" || Text(nx) == ","))) {
      sc[kLoc] += 5.0f;
      c.place_context = true;
    }
  }
  if (sports_) ScoreSportsContext(c, s);
}

// Sports copy: results ("Pohang 3 Ulsan 2"), tables ("Hanwha 58 1 49 .542") and fixtures
// ("v Glamorgan") name teams; a lone unknown word there is more often a team than a person.
void NameFinder::ScoreSportsContext(Candidate& c, const Sentence& s) {
  Scores& sc = c.scores;
  uint32_t n = c.end - c.first;
  bool person_like = (n >= 2 && (Exact(c.first) & kGivenName)) || IsInitial(Word(c.first));
  bool number_after = c.end < s.end_token && (Shape(c.end) & text::kNumber) && !IsDateNumber(c.end);
  // A table row or a result: the name opens the line or follows a score.
  bool row = (Shape(c.first) & text::kLineStart) ||
             (c.first > s.first_token && (Shape(c.first - 1) & text::kNumber));
  if (number_after && !IsInitial(Word(c.first))) {
    sc[kOrg] += row ? 2.5f : (person_like ? 0.0f : 1.5f);
  }
  if (c.first > s.first_token) {
    std::string_view p = Text(c.first - 1);
    if (p == "v" || p == "vs" || p == "vs." || p == "v.") sc[kOrg] += 2.0f;
  }
  if (c.end - c.first == 1 && !person_like) sc[kOrg] += 0.6f;
  if (c.first > s.first_token && !IsCap(c.first - 1)) {
    // Cricket scorecards: "c Healy b Fleming", "lbw b Vaas", "st Kaluwitharana".
    std::string_view p = Text(c.first - 1);
    if (p == "b" || p == "c" || p == "lbw" || p == "st") {
      sc[kPer] += 2.5f;
      c.person_context = true;
    }
  }
  // A venue opening a results line: "Leicester : Leicestershire beat Somerset".
  if ((Shape(c.first) & text::kLineStart) && c.end < s.end_token && Text(c.end) == ":") {
    sc[kLoc] += 2.5f;
  }
}

// ---- document level ----

void NameFinder::ResolveDiscourse() {
  std::unordered_map<std::string, Scores> totals;
  std::unordered_set<std::string_view> person_context;
  for (const Candidate& c : candidates_) {
    if (c.person_context) person_context.insert(c.key);
  }
  for (const Candidate& c : candidates_) {
    Scores& t = totals[c.key];
    for (int k = 0; k < kKinds; ++k) t[k] += c.scores[k] * c.nameness;
  }
  // Short forms: the last word of a person's name, the words and acronym of an organisation's.
  std::unordered_set<std::string> person_parts;
  std::unordered_set<std::string> org_acronyms;
  for (const Candidate& c : candidates_) {
    if (c.end - c.first < 2) continue;
    Kind k = Best(totals[c.key]);
    if (k == kPer) {
      std::string last;
      AppendFolded(last, Word(c.end - 1));
      person_parts.insert(last);
    } else if (k == kOrg) {
      std::string acronym;
      for (uint32_t i = c.first; i < c.end; ++i) {
        if (IsCap(i)) acronym.push_back(LowerAscii(Text(i)[0]));
      }
      if (acronym.size() >= 2) org_acronyms.insert(acronym);
    }
  }
  for (auto& [key, t] : totals) {
    if (key.find(' ') != std::string::npos) continue;
    // The surname of a person the document named in full is that person, however else the lone
    // word reads ("Washington", "Fleming 8-1-26-3").
    // A lone word never used as the end of a full name is seldom a person in news copy, which
    // names people in full first ("Pirelli said", "Magna shares").
    if (!person_parts.count(key) && !person_context.count(key)) t[kPer] *= 0.4f;
    if (person_parts.count(key)) {
      float other = std::max({t[kOrg], t[kLoc], t[kNat], t[kOther]});
      t[kPer] = std::max(t[kPer] + 3.0f, other + 1.0f);
    }
    if (org_acronyms.count(key)) t[kOrg] += 3.0f;
  }
  for (Candidate& c : candidates_) {
    const Scores& t = totals[c.key];
    c.type = Best(t);
    bool place_word = (PhraseClasses(c.first, c.end, false) & kPlaceClasses) != 0;
    if (c.place_context && (place_word || Best(c.scores) == kLoc) && c.type == kOrg) c.type = kLoc;
    c.confidence = Confidence(c.scores, c.nameness);
    c.confidence = std::max(c.confidence, Confidence(t, c.nameness));
    doc_types_[c.key] = c.type;
  }
  // Headlines shorten names: a person's surname, an organisation's first word.
  for (const Candidate& c : candidates_) {
    if (c.end - c.first < 2 || (c.type != kPer && c.type != kOrg)) continue;
    uint32_t part = c.type == kPer ? c.end - 1 : c.first;
    if (c.type == kOrg && (IsCommon(part) || (Exact(part) & (kPlaceClasses | kNationality)))) {
      continue;
    }
    std::string key;
    AppendFolded(key, Word(part));
    doc_types_.emplace(std::move(key), c.type);
  }
}

// A line in capitals: the names the body used, then the lexicon's, longest first.
void NameFinder::ScanCapsSentence(const Sentence& s) {
  uint32_t i = s.first_token;
  while (i < s.end_token) {
    if (!IsWord(i) || IsFunctionWord(i)) {
      ++i;
      continue;
    }
    uint32_t best_len = 0;
    Kind best_kind = kOther;
    uint32_t max_len = std::min<uint32_t>(4, s.end_token - i);
    for (uint32_t len = max_len; len >= 1 && best_len == 0; --len) {
      bool words = true;
      for (uint32_t k = i; k < i + len; ++k) words = words && IsWord(k);
      if (!words) continue;
      std::string key;
      for (uint32_t k = i; k < i + len; ++k) {
        if (k > i) key.push_back(' ');
        AppendFolded(key, Word(k));
      }
      if (auto it = doc_types_.find(key); it != doc_types_.end()) {
        best_len = len;
        best_kind = it->second;
        break;
      }
      uint32_t classes = PhraseClasses(i, i + len, true);
      if ((classes & kNameClasses) == 0) continue;
      if (len == 1 && (Folded(i) & kCommonWord) && !(classes & (kCountry | kNationality))) continue;
      best_len = len;
      if (classes & kNationality) best_kind = kNat;
      if (classes & kOrganization) best_kind = kOrg;
      if (classes & kPersonName) best_kind = kPer;
      if (classes & kPlaceClasses) best_kind = kLoc;
    }
    if (best_len == 0) {
      ++i;
      continue;
    }
    // In capitals lines the context still speaks: "AT X" and "IN X" are places, so are countries
    // ("WALES BEAT SAN MARINO"); a dateline's date, a standings row's numbers.
    if (best_kind == kOrg) {
      bool after_locative = i > s.first_token && (TextIs(i - 1, "at") || TextIs(i - 1, "in"));
      if (after_locative || (PhraseClasses(i, i + best_len, true) & kCountry)) best_kind = kLoc;
    }
    if (uint32_t nx = i + best_len; nx < s.end_token && (Shape(nx) & text::kNumber)) {
      if (IsDateNumber(nx)) {
        best_kind = kLoc;
      } else if (sports_ && (Shape(i) & text::kLineStart)) {
        best_kind = kOrg;
      }
    }
    // "ROBERTO DURAN": two person words the body used apart are one person.
    if (best_kind == kPer && i + best_len < s.end_token && IsWord(i + best_len)) {
      std::string next;
      AppendFolded(next, Word(i + best_len));
      auto it = doc_types_.find(next);
      if (it != doc_types_.end() && it->second == kPer) ++best_len;
    }
    Candidate c;
    c.first = i;
    c.end = i + best_len;
    c.span = {doc_.tokens[i].span.start,
              doc_.tokens[c.end - 1].span.start + static_cast<uint32_t>(Word(c.end - 1).size())};
    c.type = best_kind;
    c.confidence = 0.7f;
    candidates_.push_back(std::move(c));
    i += best_len;
  }
}

void NameFinder::Emit() {
  std::sort(candidates_.begin(), candidates_.end(),
            [](const Candidate& a, const Candidate& b) { return a.span.start < b.span.start; });
  uint32_t last_end = 0;
  for (const Candidate& c : candidates_) {
    if (c.type == kOther || c.confidence < options_.min_confidence) continue;
    if (c.span.start < last_end || c.span.end <= c.span.start) continue;
    EntityMention m;
    m.span = c.span;
    m.type = ToEntityType(c.type);
    m.kind = MentionKind::kName;
    m.entity = kNoEntity;
    m.confidence = c.confidence;
    doc_.mentions.push_back(m);
    last_end = c.span.end;
  }
}

void NameFinder::Run() {
  exact_.assign(TokenCount(), -1);
  folded_.assign(TokenCount(), -1);
  city_weight_.assign(TokenCount(), 0);
  word_flags_.assign(TokenCount(), 0);
  CollectLowerCaseWords();
  DetectSportsCopy();
  std::vector<const Sentence*> caps;
  for (const Sentence& s : doc_.sentences) {
    if (IsCapsSentence(s)) {
      caps.push_back(&s);
    } else {
      ScanSentence(s);
    }
  }
  ResolveDiscourse();
  for (const Sentence* s : caps) ScanCapsSentence(*s);
  Emit();
}

}  // namespace

void DetectNames(Document& doc, const EntityOptions& options) {
  doc.mentions.clear();
  if (doc.tokens.empty()) return;
  NameFinder finder(doc, options);
  finder.Run();
}

}  // namespace storyline::extract
