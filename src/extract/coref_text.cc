#include "extract/coref_text.h"

#include <algorithm>
#include <array>

#include "text/segment.h"

namespace storyline::extract {
namespace {

constexpr std::string_view kRightQuote = "\xE2\x80\x99";  // ’

// Words that belong to a title when a role word follows them ("deputy foreign minister").
constexpr std::array<std::string_view, 36> kTitleModifiers = {
    "deputy",    "vice",      "acting",      "interim",     "former",  "first",
    "senior",    "chief",     "foreign",     "defence",     "defense", "finance",
    "interior",  "home",      "justice",     "health",      "energy",  "trade",
    "economy",   "economic",  "education",   "agriculture", "labour",  "labor",
    "transport", "culture",   "environment", "industry",    "prime",   "supreme",
    "executive", "assistant", "managing",    "opposition",  "general", "state"};

// Role nouns the rules need even if a lexicon build lacks them.
constexpr std::array<std::string_view, 4> kCoreRoleWords = {"leader", "president", "minister",
                                                            "official"};

size_t PossessiveLength(std::string_view s) {
  if (s.size() > 2 && (s.ends_with("'s") || s.ends_with("'S"))) return 2;
  if (s.size() > 4 && s.ends_with(std::string(kRightQuote) + "s")) return 4;
  if (s.size() > 2 && s.ends_with("s'")) return 1;
  if (s.size() > 4 && s.ends_with(std::string("s") + std::string(kRightQuote))) return 3;
  return 0;
}

// Lower-case words [first, end) joined by single spaces.
std::string JoinLower(const DocumentWords& words, int first, int end) {
  std::string out;
  for (int t = first; t < end; ++t) {
    if (!out.empty()) out += ' ';
    out += words.Lower(t);
  }
  return out;
}

bool IsWord(const DocumentWords& words, int token) {
  return words.valid(token) && (words.doc().tokens[token].shape & text::kWord);
}

bool IsCapitalized(const DocumentWords& words, int token) {
  return words.valid(token) && (words.doc().tokens[token].shape & text::kCapitalized);
}

// Role phrase over tokens [first, end): all words, in one sentence, possessive only at the end.
bool IsRolePhrase(const DocumentWords& words, int first, int end) {
  if (first < 0 || end > words.token_count() || first >= end) return false;
  if (!words.SameSentence(first, end - 1)) return false;
  for (int t = first; t < end; ++t) {
    if (!IsWord(words, t) || (t + 1 < end && words.Possessive(t))) return false;
  }
  std::string phrase = JoinLower(words, first, end);
  return LexiconHas(phrase, kRoleWord) || IsOneOf(kCoreRoleWords, phrase);
}

constexpr int kMaxRoleWords = 4;

// Longest role phrase ending at `last` (its length in tokens, 0 if none).
int RoleLengthEndingAt(const DocumentWords& words, int last) {
  for (int n = kMaxRoleWords; n >= 1; --n) {
    if (IsRolePhrase(words, last - n + 1, last + 1)) return n;
  }
  return 0;
}

int RoleLengthStartingAt(const DocumentWords& words, int first) {
  for (int n = kMaxRoleWords; n >= 1; --n) {
    if (IsRolePhrase(words, first, first + n)) return n;
  }
  return 0;
}

bool IsModifier(const DocumentWords& words, int token) {
  return IsWord(words, token) && !words.Possessive(token) &&
         IsOneOf(kTitleModifiers, words.Lower(token));
}

// A nationality or country phrase from the lexicon over [first, end), capitalised.
std::string LexiconAffiliation(const DocumentWords& words, int first, int end) {
  if (first < 0 || end > words.token_count() || first >= end) return "";
  if (!words.SameSentence(first, end - 1)) return "";
  for (int t = first; t < end; ++t) {
    if (!IsCapitalized(words, t) || (t + 1 < end && words.Possessive(t))) return "";
  }
  std::string phrase;
  for (int t = first; t < end; ++t) {
    if (!phrase.empty()) phrase += ' ';
    phrase += words.Word(t);
  }
  auto entry = Lexicon::Get().Find(phrase);
  if (!entry) return "";
  if (entry->classes & kNationality) return NationalityCountry(words.doc(), phrase);
  // Countries and organisations the lexicon knows ("Pentagon spokesman X") when no tagger did.
  if (entry->classes & (kCountry | kOrganization)) return phrase;
  return "";
}

// "the country's" / "country's" ending at `last`.
AffiliationPhrase CountryNounEndingAt(const DocumentWords& words, int last) {
  AffiliationPhrase out;
  if (!IsWord(words, last) || !words.Possessive(last) || !IsCountryNoun(words.Lower(last))) {
    return out;
  }
  out.first = last;
  out.end = last + 1;
  if (words.WordIs(last - 1, "the")) out.first = last - 1;
  out.affiliation = CountryInContext(words, out.first);
  if (out.affiliation.empty()) out.first = -1;
  return out;
}

AffiliationPhrase MentionAffiliationPhrase(const DocumentWords& words, int m) {
  AffiliationPhrase out;
  if (m < 0) return out;
  const EntityMention& mention = words.doc().mentions[m];
  if (mention.type == EntityType::kPerson) return out;
  out.first = words.FirstToken(m);
  out.end = words.EndToken(m);
  out.affiliation = mention.type == EntityType::kNationality
                        ? NationalityCountry(words.doc(), words.MentionText(m))
                        : MentionAffiliation(words, m);
  return out;
}

}  // namespace

// ---- DocumentWords ----

DocumentWords::DocumentWords(const Document& doc) : doc_(doc) {
  const int n = token_count();
  sentence_of_.assign(n, -1);
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    for (uint32_t t = sentence.first_token; t < sentence.end_token && t < sentence_of_.size();
         ++t) {
      sentence_of_[t] = static_cast<int>(s);
    }
  }
  starting_at_.assign(n, -1);
  ending_at_.assign(n, -1);
  covering_.assign(n, -1);
  for (size_t m = 0; m < doc.mentions.size(); ++m) {
    const ByteSpan span = doc.mentions[m].span;
    auto first = std::partition_point(doc.tokens.begin(), doc.tokens.end(),
                                      [&](const Token& t) { return t.span.end <= span.start; });
    auto end = std::partition_point(first, doc.tokens.end(),
                                    [&](const Token& t) { return t.span.start < span.end; });
    first_.push_back(static_cast<int>(first - doc.tokens.begin()));
    end_.push_back(static_cast<int>(end - doc.tokens.begin()));
    if (first_.back() < end_.back()) {
      if (starting_at_[first_.back()] < 0) starting_at_[first_.back()] = static_cast<int>(m);
      if (ending_at_[end_.back() - 1] < 0) ending_at_[end_.back() - 1] = static_cast<int>(m);
    }
    for (int t = first_.back(); t < end_.back(); ++t) {
      if (covering_[t] < 0) covering_[t] = static_cast<int>(m);
    }
  }
}

std::string_view DocumentWords::Word(int token) const {
  return StripPossessive(text::TokenText(doc_, doc_.tokens[token]));
}

std::string DocumentWords::Lower(int token) const { return LowerCase(Word(token)); }

bool DocumentWords::Possessive(int token) const {
  return IsPossessiveMarker(token + 1) ||
         PossessiveLength(text::TokenText(doc_, doc_.tokens[token])) > 0;
}

bool DocumentWords::IsPossessiveMarker(int token) const {
  if (!valid(token) || token == 0) return false;
  const std::string_view text = text::TokenText(doc_, doc_.tokens[token]);
  const bool marker = text == "'s" || text == "'S" || text == std::string(kRightQuote) + "s";
  return marker && doc_.tokens[token - 1].span.end == doc_.tokens[token].span.start;
}

int DocumentWords::SkipPossessive(int token) const {
  return IsPossessiveMarker(token) ? token + 1 : token;
}

int DocumentWords::SentenceOf(int token) const { return valid(token) ? sentence_of_[token] : -1; }

bool DocumentWords::SameSentence(int a, int b) const {
  return valid(a) && valid(b) && sentence_of_[a] == sentence_of_[b];
}

bool DocumentWords::IsPunct(int token) const {
  return valid(token) && (doc_.tokens[token].shape & text::kPunct);
}

int DocumentWords::TokenAtOrAfter(uint32_t byte) const {
  auto it = std::partition_point(doc_.tokens.begin(), doc_.tokens.end(),
                                 [&](const Token& t) { return t.span.start < byte; });
  return static_cast<int>(it - doc_.tokens.begin());
}

int DocumentWords::MentionStartingAt(int token) const {
  return valid(token) ? starting_at_[token] : -1;
}

int DocumentWords::MentionEndingAt(int token) const {
  return valid(token) ? ending_at_[token] : -1;
}

int DocumentWords::MentionCovering(int token) const { return valid(token) ? covering_[token] : -1; }

std::string_view DocumentWords::MentionText(size_t m) const {
  const ByteSpan span = doc_.mentions[m].span;
  return StripPossessive(std::string_view(doc_.text).substr(span.start, span.size()));
}

bool DocumentWords::MentionPossessive(size_t m) const {
  const ByteSpan span = doc_.mentions[m].span;
  std::string_view text(doc_.text);
  std::string_view after = text.substr(std::min<size_t>(span.end, text.size()));
  if (after.starts_with("'s") || after.starts_with(std::string(kRightQuote) + "s")) return true;
  return PossessiveLength(text.substr(span.start, span.size())) > 0;
}

// ---- Phrases ----

bool IsCountryNoun(std::string_view lower) { return lower == "country" || lower == "nation"; }

std::string LowerCase(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string_view StripPossessive(std::string_view s) {
  return s.substr(0, s.size() - PossessiveLength(s));
}

bool LexiconHas(std::string_view phrase, uint32_t classes) {
  auto entry = Lexicon::Get().FindFolded(phrase);
  return entry && (entry->classes & classes);
}

// A title is one role phrase and the modifiers before it: "Police spokesman Inspector X" states
// two titles, and the one next to the name is X's.
TitlePhrase TitleEndingAt(const DocumentWords& words, int last) {
  TitlePhrase out;
  const int n = RoleLengthEndingAt(words, last);
  if (n == 0 || words.Possessive(last)) return out;
  int first = last - n + 1;
  while (words.SameSentence(first - 1, last) && IsModifier(words, first - 1)) --first;
  out.first = first;
  out.end = last + 1;
  out.title = JoinLower(words, out.first, out.end);
  return out;
}

TitlePhrase TitleStartingAt(const DocumentWords& words, int first) {
  TitlePhrase out;
  int t = first;
  while (words.SameSentence(first, t) && IsModifier(words, t)) ++t;
  int n = words.SameSentence(first, t) ? RoleLengthStartingAt(words, t) : 0;
  // A modifier can be the role itself ("the chief", "the deputy").
  if (n == 0 && t > first && IsRolePhrase(words, t - 1, t)) {
    --t;
    n = 1;
  }
  if (n == 0) return out;
  out.first = first;
  out.end = t + n;
  out.title = JoinLower(words, first, out.end);
  return out;
}

AffiliationPhrase AffiliationEndingAt(const DocumentWords& words, int last) {
  if (words.IsPossessiveMarker(last)) {
    AffiliationPhrase out = AffiliationEndingAt(words, last - 1);
    if (out.found() && out.end == last) out.end = last + 1;
    return out;
  }
  AffiliationPhrase out = CountryNounEndingAt(words, last);
  if (out.found()) return out;
  const int m = words.MentionEndingAt(last);
  if (m >= 0 && words.EndToken(m) == last + 1) out = MentionAffiliationPhrase(words, m);
  // A longer lexicon phrase wins ("South African" over a mention of "African").
  for (int n = 3; n >= 1; --n) {
    const int first = last - n + 1;
    if (out.found() && first >= out.first) break;
    std::string affiliation = LexiconAffiliation(words, first, last + 1);
    if (!affiliation.empty()) return {first, last + 1, affiliation};
  }
  return out;
}

namespace {

// AffiliationStartingAt() without the possessive marker that may follow.
AffiliationPhrase AffiliationWordsStartingAt(const DocumentWords& words, int first) {
  if (IsWord(words, first) && words.Lower(first) == "the") {
    AffiliationPhrase country = CountryNounEndingAt(words, first + 1);
    if (country.found()) return country;
  }
  AffiliationPhrase out = CountryNounEndingAt(words, first);
  if (out.found()) return out;
  const int m = words.MentionStartingAt(first);
  if (m >= 0) out = MentionAffiliationPhrase(words, m);
  for (int n = 3; n >= 1; --n) {
    const int end = first + n;
    if (out.found() && end <= out.end) break;
    std::string affiliation = LexiconAffiliation(words, first, end);
    if (!affiliation.empty()) return {first, end, affiliation};
  }
  return out;
}

}  // namespace

AffiliationPhrase AffiliationStartingAt(const DocumentWords& words, int first) {
  AffiliationPhrase out = AffiliationWordsStartingAt(words, first);
  if (out.found()) out.end = words.SkipPossessive(out.end);
  return out;
}

std::string MentionAffiliation(const DocumentWords& words, size_t m) {
  const Document& doc = words.doc();
  const uint32_t entity = doc.mentions[m].entity;
  if (entity < doc.entities.size() && !doc.entities[entity].canonical.empty()) {
    return doc.entities[entity].canonical;
  }
  return std::string(words.MentionText(m));
}

std::string NationalityCountry(const Document& doc, std::string_view word) {
  auto entry = Lexicon::Get().FindFolded(word);
  if (entry && (entry->classes & kNationality) && !entry->link.empty()) {
    return std::string(entry->link);
  }
  for (const Entity& entity : doc.entities) {
    if (entity.type == EntityType::kLocation && !entity.canonical.empty() &&
        SameAffiliation(entity.canonical, word)) {
      return entity.canonical;
    }
  }
  return std::string(word);
}

std::string CountryInContext(const DocumentWords& words, int token) {
  const Document& doc = words.doc();
  const int sentence = words.SentenceOf(token);
  for (int t = token - 1; t >= 0; --t) {
    if (words.SentenceOf(t) < sentence - 2) break;
    const int m = words.MentionEndingAt(t);
    if (m < 0) continue;
    const EntityMention& mention = doc.mentions[m];
    std::string_view text = words.MentionText(m);
    if (mention.type == EntityType::kNationality) return NationalityCountry(doc, text);
    if (mention.type == EntityType::kLocation && LexiconHas(text, kCountry)) {
      return MentionAffiliation(words, m);
    }
  }
  return "";
}

namespace {

// The ISO code the lexicon gives a country name ("Republic of South Africa" and "South Africa"
// share "ZA"); empty when it gives none.
std::string_view CountryCode(std::string name) {
  for (size_t at = name.find(kRightQuote); at != std::string::npos; at = name.find(kRightQuote)) {
    name.replace(at, kRightQuote.size(), "'");
  }
  auto entry = Lexicon::Get().FindFolded(name);
  if (!entry || !(entry->classes & kCountry) || (entry->classes & kNationality)) return {};
  return entry->link;
}

}  // namespace

bool SameAffiliation(std::string_view a, std::string_view b) {
  std::string la = LowerCase(a), lb = LowerCase(b);
  for (std::string* s : {&la, &lb}) {
    if (s->starts_with("the ")) s->erase(0, 4);
  }
  if (la == lb) return true;
  const std::string_view code = CountryCode(la);
  if (!code.empty() && code == CountryCode(lb)) return true;
  if (la.size() > lb.size()) std::swap(la, lb);
  // "chile"/"chilean", "italy"/"italian": a shared stem (the shorter word, less a final vowel
  // or y) and a short adjective ending - but two countries ("niger"/"nigeria") never match.
  if (la.size() < 4) return false;
  std::string_view stem_of_a = la;
  if (std::string_view("aeiouy").find(la.back()) != std::string_view::npos) {
    stem_of_a.remove_suffix(1);
  }
  const bool stem = lb.starts_with(stem_of_a) && lb.size() - la.size() <= 3;
  return stem && !(LexiconHas(la, kCountry) && LexiconHas(lb, kCountry));
}

}  // namespace storyline::extract
