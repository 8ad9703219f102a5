// AttachRoles(): the roles a text states next to a person's name, as facts with provenance.
//
// Two places hold a role, both read within one sentence:
//   before the name  "Polish Foreign Minister X", "the country's defence minister X",
//                    "Bluefield spokesman X", "vice chairman of the Y X", "President X of Y",
//                    "The council's chair, X, ..."
//   after the name   "X, the Bluefield spokesman,", "X, vice chairman of the Y,",
//                    "X, who is the chief executive of Y,"
// Titles are lexicon role words (with modifiers such as "deputy", "foreign"); affiliations are
// countries (a nationality word stands for its country), organisations and places.
#include <algorithm>
#include <optional>

#include "extract/coref_text.h"
#include "extract/entity_stages.h"
#include "text/segment.h"

namespace storyline::extract {
namespace {

bool IsOrganisationOrPlace(const EntityMention& mention) {
  return mention.type == EntityType::kOrganization || mention.type == EntityType::kLocation;
}

ByteSpan TokenSpan(const DocumentWords& words, int first, int end) {
  const auto& tokens = words.doc().tokens;
  return {tokens[first].span.start, tokens[end - 1].span.end};
}

// How many "of [the] ORG" links a title may reach across ("vice chairman of the committee of
// the party X").
constexpr int kMaxOfLinks = 3;

// "vice chairman of the Y X": an organisation or place ends right before the name, and "of"
// links it - through more organisations, if need be - to a title. The affiliation is the
// organisation next to the title.
std::optional<Role> RoleOfOrganisationBefore(const DocumentWords& words, int last, int name_end) {
  int org = words.MentionEndingAt(last);
  if (org < 0 || words.EndToken(org) != last + 1 || words.MentionPossessive(org)) {
    return std::nullopt;
  }
  for (int link = 0; link < kMaxOfLinks; ++link) {
    if (!IsOrganisationOrPlace(words.doc().mentions[org])) return std::nullopt;
    int p = words.FirstToken(org) - 1;
    // "of the North Korean Workers' Party X": a nationality or place word may qualify the name.
    const int qualifier = words.MentionEndingAt(p);
    if (qualifier >= 0 && words.EndToken(qualifier) == p + 1 &&
        (words.doc().mentions[qualifier].type == EntityType::kNationality ||
         words.doc().mentions[qualifier].type == EntityType::kLocation)) {
      p = words.FirstToken(qualifier) - 1;
    }
    if (words.WordIs(p, "the")) --p;
    if (!words.WordIs(p, "of") || !words.SameSentence(p, last)) return std::nullopt;
    TitlePhrase title = TitleEndingAt(words, p - 1);
    if (title.found()) {
      return Role{title.title, MentionAffiliation(words, org),
                  TokenSpan(words, title.first, name_end)};
    }
    org = words.MentionEndingAt(p - 1);
    if (org < 0 || words.EndToken(org) != p) return std::nullopt;
  }
  return std::nullopt;
}

// "[the council's|Her|Bluefield's] title, NAME," - the title names the person set off by
// commas after it.
std::optional<Role> RoleBeforeCommaName(const DocumentWords& words, size_t m) {
  const int first = words.FirstToken(m);
  const int comma = first - 1;
  const int after = words.EndToken(m);
  if (!words.WordIs(comma, ",") || !words.SameSentence(comma - 1, first)) return std::nullopt;
  if (!words.WordIs(after, ",") && words.SameSentence(after, first)) return std::nullopt;
  TitlePhrase title = TitleEndingAt(words, comma - 1);
  if (!title.found()) return std::nullopt;
  // The title must open its phrase: "the/a/its/her/X's title," (not "... met the minister,").
  const int before = title.first - 1;
  const bool opens = !words.SameSentence(before, title.first) || words.Possessive(before) ||
                     words.IsPossessiveMarker(before) || words.WordIs(before, "the") ||
                     words.WordIs(before, "its") || words.WordIs(before, "his") ||
                     words.WordIs(before, "her") || words.WordIs(before, "their");
  if (!opens) return std::nullopt;
  const int opener = before - (words.IsPossessiveMarker(before) ? 1 : 0);
  if (words.SameSentence(opener - 1, opener) && !words.IsPunct(opener - 1) &&
      !words.WordIs(opener - 1, "the")) {
    // Mid-sentence ("... said the minister, X, ...") is too loose: only a phrase that starts the
    // sentence or follows punctuation.
    if (words.MentionEndingAt(opener) < 0) return std::nullopt;
  }
  Role role{title.title, "", TokenSpan(words, title.first, after)};
  AffiliationPhrase affiliation = AffiliationEndingAt(words, opener);
  if (affiliation.found() && words.SameSentence(affiliation.first, first)) {
    role.affiliation = affiliation.affiliation;
    role.evidence = TokenSpan(words, affiliation.first, after);
  }
  return role;
}

// "[Nationality|Country's|Org|the country's] title NAME".
std::optional<Role> RoleBeforeName(const DocumentWords& words, size_t m) {
  const int first = words.FirstToken(m);
  const int last = first - 1;
  if (!words.SameSentence(last, first)) return std::nullopt;
  if (words.WordIs(last, ",")) return RoleBeforeCommaName(words, m);
  if (auto role = RoleOfOrganisationBefore(words, last, words.EndToken(m))) return role;
  TitlePhrase title = TitleEndingAt(words, last);
  if (!title.found()) return std::nullopt;
  Role role{title.title, "", TokenSpan(words, title.first, words.EndToken(m))};
  if (words.SameSentence(title.first - 1, title.first)) {
    AffiliationPhrase affiliation = AffiliationEndingAt(words, title.first - 1);
    if (affiliation.found()) {
      role.affiliation = affiliation.affiliation;
      role.evidence = TokenSpan(words, affiliation.first, words.EndToken(m));
      return role;
    }
  }
  // "President X of Y".
  const int of = words.EndToken(m);
  if (words.WordIs(of, "of") && words.SameSentence(of, first)) {
    AffiliationPhrase after =
        AffiliationStartingAt(words, words.WordIs(of + 1, "the") ? of + 2 : of + 1);
    if (after.found() && words.SameSentence(after.end - 1, first)) {
      role.affiliation = after.affiliation;
      role.evidence = TokenSpan(words, title.first, after.end);
    }
  }
  return role;
}

// Skips "who is", "who was", "who has been" after the comma; returns the next token or -1.
int SkipRelativeClause(const DocumentWords& words, int t) {
  if (!words.WordIs(t, "who")) return t;
  ++t;
  if (words.WordIs(t, "is") || words.WordIs(t, "was") || words.WordIs(t, "became")) {
    ++t;
  } else if ((words.WordIs(t, "has") || words.WordIs(t, "had")) && words.WordIs(t + 1, "been")) {
    t += 2;
  } else {
    return -1;
  }
  return words.WordIs(t, "also") ? t + 1 : t;
}

// After "NAME, ": an age ("X, 67, the ...") is skipped.
int SkipAge(const DocumentWords& words, int t) {
  const auto& tokens = words.doc().tokens;
  if (words.valid(t) && (tokens[t].shape & text::kNumber) && words.WordIs(t + 1, ",")) {
    return t + 2;
  }
  return t;
}

// A person named between `t` and the next punctuation mark of the sentence: in "X, Vice
// Chairman of the Y Party Z, and ..." the title is Z's, not X's.
// Names are stepped over whole, so an apostrophe inside one ("Workers' Party") ends nothing.
bool PersonBeforeTheComma(const DocumentWords& words, int t) {
  for (int k = t; words.SameSentence(k, t);) {
    const int m = words.MentionStartingAt(k);
    if (m >= 0) {
      if (words.doc().mentions[m].type == EntityType::kPerson) return true;
      k = std::max(k + 1, words.EndToken(m));
      continue;
    }
    if (words.IsPunct(k)) break;
    ++k;
  }
  return false;
}

bool IsAffiliationPreposition(const DocumentWords& words, int t) {
  for (std::string_view preposition : {"of", "for", "at", "to", "in"}) {
    if (words.WordIs(t, preposition)) return true;
  }
  return false;
}

// "... of [the] ORG" after a title at `t`: sets `affiliation` unless one was stated before the
// title, and returns the token after the phrase (`t` when there is none).
int AffiliationAfterTitle(const DocumentWords& words, int t, AffiliationPhrase& affiliation) {
  if (!IsAffiliationPreposition(words, t)) return t;
  int p = t + 1;
  if (words.WordIs(p, "the")) ++p;
  AffiliationPhrase after = AffiliationStartingAt(words, p);
  if (!after.found() || !words.SameSentence(p, t)) return t;
  if (!affiliation.found()) affiliation = after;
  return after.end;
}

// "NAME, (the|a) [Nationality|Org|Country's] title [of|for|at|to|in ORG/LOC](,|.|;|end)".
std::optional<Role> RoleAfterName(const DocumentWords& words, size_t m) {
  const int name_first = words.FirstToken(m);
  int t = words.EndToken(m);
  if (words.MentionPossessive(m) || !words.WordIs(t, ",") || !words.SameSentence(t, name_first)) {
    return std::nullopt;
  }
  t = SkipRelativeClause(words, SkipAge(words, t + 1));
  if (t < 0) return std::nullopt;
  if (words.WordIs(t, "the") || words.WordIs(t, "a") || words.WordIs(t, "an")) ++t;
  AffiliationPhrase affiliation = AffiliationStartingAt(words, t);
  if (affiliation.found()) t = affiliation.end;
  TitlePhrase title = TitleStartingAt(words, t);
  if (!title.found() || !words.SameSentence(title.end - 1, name_first)) return std::nullopt;
  if (words.Possessive(title.end - 1)) return std::nullopt;  // "X, the minister's wife"
  t = AffiliationAfterTitle(words, title.end, affiliation);
  if (PersonBeforeTheComma(words, t)) return std::nullopt;
  // The phrase must close here; "After meeting X, the president flew home" is no appositive.
  const bool closed =
      !words.SameSentence(t, name_first) || words.IsPunct(t) || IsAffiliationPreposition(words, t);
  if (!closed) return std::nullopt;
  return Role{title.title, affiliation.found() ? affiliation.affiliation : "",
              TokenSpan(words, name_first, t)};
}

// Keeps one role per title: a stated affiliation replaces an empty one.
void AddRole(Entity& entity, Role role) {
  for (Role& known : entity.roles) {
    if (known.title != role.title) continue;
    if (known.affiliation.empty() && !role.affiliation.empty()) {
      known = std::move(role);
      return;
    }
    if (role.affiliation.empty() || SameAffiliation(known.affiliation, role.affiliation)) return;
  }
  entity.roles.push_back(std::move(role));
}

}  // namespace

void AttachRoles(Document& doc) {
  for (Entity& entity : doc.entities) entity.roles.clear();
  const DocumentWords words(doc);
  for (size_t m = 0; m < doc.mentions.size(); ++m) {
    const EntityMention& mention = doc.mentions[m];
    if (mention.type != EntityType::kPerson || mention.kind != MentionKind::kName ||
        mention.entity >= doc.entities.size() || words.FirstToken(m) >= words.EndToken(m)) {
      continue;
    }
    Entity& entity = doc.entities[mention.entity];
    if (auto role = RoleBeforeName(words, m)) AddRole(entity, std::move(*role));
    if (auto role = RoleAfterName(words, m)) AddRole(entity, std::move(*role));
  }
}

}  // namespace storyline::extract
