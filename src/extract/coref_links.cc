// Descriptions and pronouns -> the entities they refer to (see coref_links.h).
//
// A person description ("the [Nationality|Country's|Org] ROLE") goes to the person whose roles
// match it best: the affiliation must agree when the description states one (a nationality word
// counts as its country), and the role must agree ("leader" fits any head of a state, government
// or organisation; "official" any role). Among equals the most recently mentioned wins. Pronouns
// take, sentence by sentence going back, the first person of their gender mentioned (a rough
// Hobbs search: subjects come first), and a non-reflexive object ("him") never its own clause's
// subject.
#include "extract/coref_links.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "extract/coref_text.h"
#include "extract/entity_stages.h"
#include "text/segment.h"

namespace storyline::extract {
namespace {

// Role nouns that head a state, a government or an organisation: "the leader" is any of them.
constexpr std::array<std::string_view, 20> kHeadRoles = {"leader",
                                                         "president",
                                                         "prime minister",
                                                         "premier",
                                                         "chancellor",
                                                         "king",
                                                         "queen",
                                                         "emperor",
                                                         "monarch",
                                                         "head of state",
                                                         "head of government",
                                                         "chairman",
                                                         "chief executive",
                                                         "general secretary",
                                                         "secretary general",
                                                         "supreme leader",
                                                         "dictator",
                                                         "sultan",
                                                         "emir",
                                                         "head"};
// Words that name the head without saying which office it is.
constexpr std::array<std::string_view, 6> kGenericHeads = {
    "leader", "head", "chief", "head of state", "head of government", "supreme leader"};
// Title words that make a title a different office ("vice president" is no president).
constexpr std::array<std::string_view, 5> kLesserModifiers = {"vice", "deputy", "former",
                                                              "assistant", "acting"};
constexpr std::array<std::string_view, 7> kCompanyNouns = {
    "company", "firm", "group", "carmaker", "airline", "insurer", "lender"};
constexpr std::array<std::string_view, 7> kOrganisationNouns = {
    "bank", "ministry", "agency", "party", "organisation", "organization", "union"};
constexpr std::array<std::string_view, 4> kSettlementNouns = {"city", "town", "capital", "village"};

// Gendered forms share one spelling for comparison.
std::string NormalTitle(std::string title) {
  for (auto [from, to] : {std::pair<std::string_view, std::string_view>{"spokeswoman", "spokesman"},
                          {"spokesperson", "spokesman"},
                          {"chairwoman", "chairman"},
                          {"chairperson", "chairman"},
                          {"chair", "chairman"}}) {
    if (title == from || title.ends_with(" " + std::string(from))) {
      title.replace(title.size() - from.size(), from.size(), to);
      break;
    }
  }
  return title;
}

std::string_view LastWord(std::string_view phrase) {
  const size_t space = phrase.rfind(' ');
  return space == std::string_view::npos ? phrase : phrase.substr(space + 1);
}

bool HasLesserModifier(std::string_view title) {
  for (std::string_view modifier : kLesserModifiers) {
    if (title.starts_with(std::string(modifier) + " ")) return true;
  }
  return false;
}

// How well a description's head noun fits a stated title: 2 the same, 1.5 the title ends with it
// ("minister" of a foreign minister), 1 the reverse, or a generic head ("leader") and a head
// role, 0.5 a generic "official", 0 no fit.
double TitleFit(std::string head, std::string title) {
  head = NormalTitle(head);
  title = NormalTitle(title);
  if (head == title) return 2;
  if (HasLesserModifier(title) != HasLesserModifier(head)) return head == "official" ? 0.5 : 0;
  // "the minister" fits a foreign minister; "the prime minister" does not.
  if (title.ends_with(" " + head)) return 1.5;
  if (head.ends_with(" " + title)) return 1;
  // "the leader" is any head; "the president" is not a prime minister.
  auto any_head = [](std::string_view t) {
    return IsOneOf(kHeadRoles, t) || IsOneOf(kGenericHeads, t);
  };
  if (IsOneOf(kGenericHeads, head) && any_head(title)) return 1;
  if (IsOneOf(kGenericHeads, title) && any_head(head)) return 1;
  return head == "official" ? 0.5 : 0;
}

// A description found in the text: "the South African leader".
struct Description {
  int first = 0;
  int end = 0;  // tokens [first, end)
  EntityType type = EntityType::kPerson;
  std::string head;         // role or noun, lower case
  std::string affiliation;  // as named, may be empty
};

// "head of (the) [Nationality] state|government" starting at p.
std::optional<Description> HeadOfState(const DocumentWords& words, int p) {
  if (!words.WordIs(p, "head") || !words.WordIs(p + 1, "of")) return std::nullopt;
  int q = p + 2;
  if (words.WordIs(q, "the")) ++q;
  Description d;
  AffiliationPhrase affiliation = AffiliationStartingAt(words, q);
  if (affiliation.found()) {
    d.affiliation = affiliation.affiliation;
    q = affiliation.end;
  }
  if (words.WordIs(q, "state") || words.WordIs(q, "country")) {
    d.head = "head of state";
  } else if (words.WordIs(q, "government")) {
    d.head = "head of government";
  } else {
    return std::nullopt;
  }
  d.end = q + 1;
  return d;
}

// The head of a description at p: a title, or an organisation or place noun.
std::optional<Description> DescriptionHead(const DocumentWords& words, int p) {
  if (auto d = HeadOfState(words, p)) return d;
  Description d;
  TitlePhrase title = TitleStartingAt(words, p);
  if (title.found()) {
    d.head = title.title;
    d.end = title.end;
    return d;
  }
  if (!words.valid(p) || !(words.doc().tokens[p].shape & text::kWord)) return std::nullopt;
  const std::string noun = words.Lower(p);
  if (IsOneOf(kCompanyNouns, noun) || IsOneOf(kOrganisationNouns, noun)) {
    d.type = EntityType::kOrganization;
  } else if (IsCountryNoun(noun) || IsOneOf(kSettlementNouns, noun)) {
    d.type = EntityType::kLocation;
  } else {
    return std::nullopt;
  }
  d.head = noun;
  d.end = p + 1;
  return d;
}

// Role words that are adjectives as often as nouns ("the official visit", "the head office").
constexpr std::array<std::string_view, 6> kAdjectiveLikeHeads = {"official", "chief",   "head",
                                                                 "senior",   "general", "deputy"};
constexpr std::array<std::string_view, 8> kIrregularSayingVerbs = {
    "said", "says", "told", "tells", "spoke", "speaks", "wrote", "writes"};

// "the official visit": a lower-case word after an adjective-like head that is neither a
// function word nor looks like a verb ("the official said", "the chief resigned") makes the head
// an adjective.
bool ModifiesTheNextWord(const DocumentWords& words, const Description& d) {
  if (d.type != EntityType::kPerson || !IsOneOf(kAdjectiveLikeHeads, d.head)) return false;
  const int next = d.end;
  if (!words.SameSentence(next, d.first)) return false;
  const auto shape = words.doc().tokens[next].shape;
  if (!(shape & text::kWord) || (shape & text::kCapitalized)) return false;
  const std::string word = words.Lower(next);
  return !LexiconHas(word, kFunctionWord) && !word.ends_with("ed") &&
         !IsOneOf(kIrregularSayingVerbs, word);
}

// "the [affiliation] head [of affiliation]" starting at the token "the"; nullopt when the words
// name rather than describe ("the company Y", "Foreign Minister X", "the city of Y").
std::optional<Description> ParseDescription(const DocumentWords& words, int t) {
  int p = t + 1;
  AffiliationPhrase affiliation = AffiliationStartingAt(words, p);
  if (affiliation.found()) p = affiliation.end;
  std::optional<Description> d = DescriptionHead(words, p);
  if (!d || !words.SameSentence(t, d->end - 1)) return std::nullopt;
  // The head words must not belong to a name ("the Bank of Y"); "head of the Chilean state"
  // holds a nationality mention after its head.
  const int head_end = d->head.starts_with("head of ") ? p + 1 : d->end;
  for (int k = p; k < head_end; ++k) {
    if (words.MentionCovering(k) >= 0) return std::nullopt;
  }
  d->first = t;
  if (d->affiliation.empty() && affiliation.found()) d->affiliation = affiliation.affiliation;
  const int next = d->end;
  if (words.MentionStartingAt(next) >= 0 && !words.Possessive(d->end - 1)) return std::nullopt;
  if (ModifiesTheNextWord(words, *d)) return std::nullopt;
  if (words.WordIs(next, "of") && !words.Possessive(d->end - 1)) {
    int q = next + 1;
    if (words.WordIs(q, "the")) ++q;
    if (d->type == EntityType::kLocation && words.MentionStartingAt(q) >= 0) return std::nullopt;
    AffiliationPhrase after = AffiliationStartingAt(words, q);
    if (d->type == EntityType::kPerson && after.found() && words.SameSentence(t, after.end - 1)) {
      if (d->affiliation.empty()) d->affiliation = after.affiliation;
      d->end = after.end;
    }
  }
  return d;
}

// What the document says about each entity so far, for matching descriptions and pronouns.
struct Profile {
  std::vector<std::string> affiliations;
  char gender = 0;  // 'm', 'f' or unknown
};

char GenderOfWord(std::string_view lower) {
  static constexpr std::array<std::string_view, 12> kMale = {
      "mr",   "mister",  "sir",       "lord",     "king",        "prince",
      "duke", "emperor", "spokesman", "chairman", "businessman", "congressman"};
  static constexpr std::array<std::string_view, 14> kFemale = {
      "mrs",   "ms",       "miss",    "madam",   "madame",      "lady",       "dame",
      "queen", "princess", "duchess", "empress", "spokeswoman", "chairwoman", "businesswoman"};
  while (lower.ends_with('.')) lower.remove_suffix(1);
  if (IsOneOf(kMale, lower)) return 'm';
  if (IsOneOf(kFemale, lower)) return 'f';
  return 0;
}

// The gender the lexicon gives the first word of a person's name when it is a given name of one
// gender. A first word that is also a family name counts only when the last word is a family
// name too: family-name-first names ("Chen Weiming") start with the family name.
char GenderOfGivenName(std::string_view canonical) {
  const size_t space = canonical.find(' ');
  if (space == std::string_view::npos) return 0;
  auto entry = Lexicon::Get().Find(canonical.substr(0, space));
  if (!entry || !(entry->classes & kGivenName)) return 0;
  // The weight is a gender only when no earlier meaning claims it (see LexEntry::weight).
  if (entry->classes & (kCity | kCommonWord)) return 0;
  if (entry->classes & kSurname) {
    auto last = Lexicon::Get().Find(canonical.substr(canonical.rfind(' ') + 1));
    if (!last || !(last->classes & kSurname)) return 0;
  }
  return entry->weight == 1 ? 'f' : entry->weight == 2 ? 'm' : 0;
}

std::vector<Profile> BuildProfiles(const DocumentWords& words) {
  const Document& doc = words.doc();
  std::vector<Profile> profiles(doc.entities.size());
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    for (const Role& role : doc.entities[e].roles) {
      if (!role.affiliation.empty()) profiles[e].affiliations.push_back(role.affiliation);
      if (!profiles[e].gender) profiles[e].gender = GenderOfWord(LastWord(role.title));
    }
  }
  for (size_t m = 0; m < doc.mentions.size(); ++m) {
    const EntityMention& mention = doc.mentions[m];
    if (mention.type != EntityType::kPerson || mention.entity >= profiles.size()) continue;
    Profile& profile = profiles[mention.entity];
    const int before = words.FirstToken(m) - 1;
    if (!words.SameSentence(before, before + 1)) continue;
    if (!profile.gender) profile.gender = GenderOfWord(words.Lower(before));
    // "Chilean X": a nationality right before the name.
    const int nationality = words.MentionEndingAt(before);
    if (nationality >= 0 && doc.mentions[nationality].type == EntityType::kNationality) {
      profile.affiliations.push_back(NationalityCountry(doc, words.MentionText(nationality)));
    }
  }
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    if (!profiles[e].gender && doc.entities[e].type == EntityType::kPerson) {
      profiles[e].gender = GenderOfGivenName(doc.entities[e].canonical);
    }
  }
  return profiles;
}

// The start of each entity's latest mention before `byte` (0 = none).
std::vector<uint32_t> LastMentionBefore(const Document& doc, uint32_t byte) {
  std::vector<uint32_t> last(doc.entities.size(), 0);
  for (const EntityMention& mention : doc.mentions) {
    if (mention.span.start < byte && mention.entity < last.size()) {
      last[mention.entity] = std::max(last[mention.entity], mention.span.start + 1);
    }
  }
  return last;
}

struct Link {
  uint32_t entity = kNoEntity;
  float confidence = 0;
};

Link ResolvePerson(const Document& doc, const std::vector<Profile>& profiles, const Description& d,
                   uint32_t byte) {
  const std::vector<uint32_t> last = LastMentionBefore(doc, byte);
  double best = 0, runner_up = 0;
  Link link;
  bool affiliation_matched = false;
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    if (doc.entities[e].type != EntityType::kPerson || last[e] == 0) continue;
    const bool matches =
        std::any_of(profiles[e].affiliations.begin(), profiles[e].affiliations.end(),
                    [&](const std::string& a) { return SameAffiliation(a, d.affiliation); });
    if (!d.affiliation.empty() && !matches) continue;
    double fit = 0;
    for (const Role& role : doc.entities[e].roles)
      fit = std::max(fit, TitleFit(d.head, role.title));
    // A person only known by nationality may still be "the Chilean leader".
    if (fit == 0 && matches && doc.entities[e].roles.empty() && IsOneOf(kGenericHeads, d.head)) {
      fit = 0.5;
    }
    if (fit == 0) continue;
    const double score = fit + (matches ? 2 : 0) + last[e] * 1e-9;
    if (score > best) {
      runner_up = best;
      best = score;
      link.entity = static_cast<uint32_t>(e);
      affiliation_matched = matches;
    } else if (score > runner_up) {
      runner_up = score;
    }
  }
  if (link.entity == kNoEntity) return link;
  const double fit = best - (affiliation_matched ? 2 : 0);
  link.confidence = affiliation_matched ? (fit >= 1 ? 0.8f : 0.6f)
                                        : (fit >= 1.5 ? 0.7f
                                           : fit >= 1 ? 0.6f
                                                      : 0.55f);
  if (static_cast<int>(best * 2) == static_cast<int>(runner_up * 2)) link.confidence -= 0.1f;
  return link;
}

int SentenceOfByte(const DocumentWords& words, uint32_t byte) {
  return words.SentenceOf(words.TokenAtOrAfter(byte));
}

// Organisations and places: a noun in the entity's own name ("the bank" for "Y Bank") links to
// the latest such name; a generic noun ("the company", "the country") to the only entity of the
// kind mentioned in that sentence or the two before.
Link ResolveOrganisationOrPlace(const DocumentWords& words, const Description& d, uint32_t byte) {
  const Document& doc = words.doc();
  const std::vector<uint32_t> last = LastMentionBefore(doc, byte);
  const int sentence = SentenceOfByte(words, byte);
  Link named, recent;
  int recent_count = 0;
  uint32_t named_at = 0, recent_at = 0;
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    const Entity& entity = doc.entities[e];
    if (entity.type != d.type || last[e] == 0) continue;
    const std::string name = " " + LowerCase(entity.canonical) + " ";
    if (name.find(" " + d.head + " ") != std::string::npos && last[e] > named_at) {
      named = {static_cast<uint32_t>(e), 0.75f};
      named_at = last[e];
    }
    const bool country = LexiconHas(entity.canonical, kCountry);
    const bool fits_kind = d.type == EntityType::kOrganization ? IsOneOf(kCompanyNouns, d.head)
                                                               : IsCountryNoun(d.head) == country;
    if (fits_kind && SentenceOfByte(words, last[e] - 1) >= sentence - 2) {
      ++recent_count;
      if (last[e] > recent_at) {
        recent = {static_cast<uint32_t>(e), 0.6f};
        recent_at = last[e];
      }
    }
  }
  if (named.entity != kNoEntity) return named;
  if (recent_count > 1) recent.confidence = 0.45f;
  return recent;
}

void AddMention(Document& doc, ByteSpan span, MentionKind kind, const Link& link) {
  EntityMention mention;
  mention.span = span;
  mention.type = doc.entities[link.entity].type;
  mention.kind = kind;
  mention.entity = link.entity;
  mention.confidence = link.confidence;
  doc.mentions.push_back(mention);
}

// The span without a possessive ending on the last token ("the Chilean president's").
ByteSpan DescriptionSpan(const DocumentWords& words, const Description& d) {
  const auto& tokens = words.doc().tokens;
  const int last = words.IsPossessiveMarker(d.end - 1) ? d.end - 2 : d.end - 1;
  ByteSpan span{tokens[d.first].span.start, tokens[last].span.end};
  const std::string_view text = std::string_view(words.doc().text).substr(span.start, span.size());
  span.end = span.start + static_cast<uint32_t>(StripPossessive(text).size());
  return span;
}

// ---- Pronouns ----

struct Pronoun {
  char gender;
  bool subject;  // "he", "she": the subject of its clause
  bool object;   // "him": never its own clause's subject
};

std::optional<Pronoun> PronounOf(std::string_view lower) {
  if (lower == "he") return Pronoun{'m', true, false};
  if (lower == "she") return Pronoun{'f', true, false};
  if (lower == "his" || lower == "himself") return Pronoun{'m', false, false};
  if (lower == "him") return Pronoun{'m', false, true};
  if (lower == "her" || lower == "hers" || lower == "herself") return Pronoun{'f', false, false};
  return std::nullopt;
}

// A person mention as pronoun resolution sees it.
struct PersonMention {
  uint32_t start = 0;
  uint32_t entity = kNoEntity;
  bool subject_pronoun = false;  // "he" / "she"
  bool operator<(const PersonMention& o) const { return start < o.start; }
};

// The person mentions of each sentence, in text order.
using PeopleBySentence = std::vector<std::vector<PersonMention>>;

PeopleBySentence PeopleInSentences(const DocumentWords& words) {
  const Document& doc = words.doc();
  PeopleBySentence people(doc.sentences.size());
  for (const EntityMention& mention : doc.mentions) {
    if (mention.type != EntityType::kPerson || mention.entity >= doc.entities.size() ||
        doc.entities[mention.entity].type != EntityType::kPerson) {
      continue;
    }
    const int sentence = SentenceOfByte(words, mention.span.start);
    if (sentence >= 0) people[sentence].push_back({mention.span.start, mention.entity, false});
  }
  for (auto& list : people) std::sort(list.begin(), list.end());
  return people;
}

// The subject of the clause a pronoun at `byte` is in, roughly: the nearest "he"/"she" before
// it in the sentence ("Y said she would write to him"), else the sentence's first person.
uint32_t ClauseSubject(const std::vector<PersonMention>& sentence, uint32_t byte) {
  uint32_t subject = kNoEntity;
  for (const PersonMention& mention : sentence) {
    if (mention.start >= byte) break;
    if (subject == kNoEntity || mention.subject_pronoun) subject = mention.entity;
  }
  return subject;
}

constexpr int kPronounReach = 3;  // sentences looked back

Link ResolvePronoun(const DocumentWords& words, const PeopleBySentence& people,
                    const std::vector<Profile>& profiles, const Pronoun& pronoun, int token) {
  const uint32_t byte = words.doc().tokens[token].span.start;
  const int sentence = words.SentenceOf(token);
  if (sentence < 0) return {};
  const uint32_t excluded = pronoun.object ? ClauseSubject(people[sentence], byte) : kNoEntity;
  for (int s = sentence; s >= 0 && s >= sentence - kPronounReach; --s) {
    for (const PersonMention& mention : people[s]) {
      if (mention.start >= byte) break;
      const char gender = profiles[mention.entity].gender;
      if (mention.entity == excluded || (gender && gender != pronoun.gender)) continue;
      return {mention.entity, sentence - s <= 1 ? 0.65f : 0.55f};
    }
  }
  return {};
}

}  // namespace

void AddNominalMentions(Document& doc, const EntityOptions& options) {
  const DocumentWords words(doc);
  const std::vector<Profile> profiles = BuildProfiles(words);
  for (int t = 0; t < words.token_count(); ++t) {
    if (!words.WordIs(t, "the") || words.MentionCovering(t) >= 0) continue;
    std::optional<Description> d = ParseDescription(words, t);
    if (!d) continue;
    const uint32_t byte = doc.tokens[t].span.start;
    const Link link = d->type == EntityType::kPerson ? ResolvePerson(doc, profiles, *d, byte)
                                                     : ResolveOrganisationOrPlace(words, *d, byte);
    if (link.entity == kNoEntity || link.confidence < options.min_confidence) continue;
    AddMention(doc, DescriptionSpan(words, *d), MentionKind::kNominal, link);
    t = d->end - 1;
  }
}

void AddPronounMentions(Document& doc, const EntityOptions& options) {
  const DocumentWords words(doc);
  std::vector<Profile> profiles = BuildProfiles(words);
  PeopleBySentence people = PeopleInSentences(words);
  for (int t = 0; t < words.token_count(); ++t) {
    if (!(doc.tokens[t].shape & text::kWord) || words.MentionCovering(t) >= 0) continue;
    std::optional<Pronoun> pronoun = PronounOf(words.Lower(t));
    if (!pronoun) continue;
    const Link link = ResolvePronoun(words, people, profiles, *pronoun, t);
    if (link.entity == kNoEntity || link.confidence < options.min_confidence) continue;
    // What a pronoun says of its person holds for the next one ("she ... he").
    if (!profiles[link.entity].gender) profiles[link.entity].gender = pronoun->gender;
    AddMention(doc, doc.tokens[t].span, MentionKind::kPronoun, link);
    // Later pronouns can go back to this one.
    auto& list = people[words.SentenceOf(t)];
    const PersonMention entry{doc.tokens[t].span.start, link.entity, pronoun->subject};
    list.insert(std::lower_bound(list.begin(), list.end(), entry), entry);
  }
}

}  // namespace storyline::extract
