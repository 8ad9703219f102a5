// EventReader stages (event_stages.h): the participants of a trigger - names and descriptions
// around it, the subject before it, the object and the place after it.

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "extract/event_stages.h"

namespace storyline::extract::eventstages {

// A token that may stand inside a participant's name or description.
bool EventReader::InUnit(int t) const {
  if (!In(t)) return false;
  if (words_.MentionCovering(t) >= 0) return true;
  if (words_.IsPossessiveMarker(t)) return true;
  const std::string& w = Low(t);
  if (w == "[" || w == "]") return true;
  if (!IsWordToken(t)) return false;
  if (ew::IsDeterminer(w)) return true;
  if (LexiconHas(w, kRoleWord | kNationality)) return true;
  if (IsCapitalized(t) && !LexiconHas(words_.Word(t), kCommonWord | kFunctionWord)) return true;
  return false;
}

// The mention that heads tokens [first, end): the outermost mention ending last, a nationality
// word only when nothing else is named.
int EventReader::HeadOf(int first, int end) const {
  int best = -1;
  for (int t = first; t < end; ++t) {
    const int m = words_.MentionCovering(t);
    if (m < 0 || words_.FirstToken(m) < first || words_.EndToken(m) > end) continue;
    if (best < 0) {
      best = m;
      continue;
    }
    const bool nat = TypeOf(m) == EntityType::kNationality;
    const bool best_nat = TypeOf(best) == EntityType::kNationality;
    if (best_nat && !nat) {
      best = m;
    } else if (nat == best_nat && words_.EndToken(m) >= words_.EndToken(best)) {
      best = m;
    }
  }
  return best;
}

Unit EventReader::ReadUnitForward(int t) const {
  Unit u;
  if (!InUnit(t)) return u;
  u.first = t;
  u.end = t;
  while (InUnit(u.end)) {
    // "gave X a book": a determiner after a name opens the next phrase.
    if (u.end > u.first && ew::IsDeterminer(Low(u.end)) && HeadOf(u.first, u.end) >= 0) break;
    const int m = words_.MentionCovering(u.end);
    u.end = m >= 0 ? std::max(u.end + 1, words_.EndToken(m)) : u.end + 1;
  }
  u.head = HeadOf(u.first, u.end);
  return u;
}

Unit EventReader::ReadUnitBackward(int last) const {
  Unit u;
  if (!InUnit(last)) return u;
  u.end = last + 1;
  u.first = last + 1;
  while (InUnit(u.first - 1)) {
    const int m = words_.MentionCovering(u.first - 1);
    u.first = m >= 0 ? std::min(u.first - 1, words_.FirstToken(m)) : u.first - 1;
  }
  u.head = HeadOf(u.first, u.end);
  return u;
}

EventArgument EventReader::ArgumentOf(int m) const {
  EventArgument a;
  a.span = doc_.mentions[m].span;
  a.entity = doc_.mentions[m].entity;
  // Without its possessive ending.
  const std::string_view text = words_.MentionText(static_cast<size_t>(m));
  a.span.end = a.span.start + static_cast<uint32_t>(text.size());
  return a;
}

void EventReader::AddArgument(std::vector<EventArgument>& list, const EventArgument& a) {
  for (const EventArgument& b : list) {
    if (b.entity == a.entity && a.entity != kNoIndex) return;
    if (b.span == a.span) return;
  }
  list.push_back(a);
}

// Coordinated units ending at `last` ("A, B and C"): their heads, last first. `stop` is set to
// the first token before them.
std::vector<int> EventReader::SubjectsEndingAt(int last, int* stop) const {
  std::vector<int> heads;
  int t = last;
  while (In(t)) {
    Unit u = ReadUnitBackward(t);
    if (u.first < 0) break;
    // A phrase after a preposition opens the clause ("In Kallisvik, X met ..."): not a subject.
    if (In(u.first - 1) && ew::IsPreposition(Low(u.first - 1)) && !heads.empty()) break;
    if (u.head >= 0) heads.push_back(u.head);
    t = u.first - 1;
    if (!In(t) || (Low(t) != "and" && Low(t) != ",")) break;
    if (u.head < 0) break;
    --t;
  }
  if (stop) *stop = t;
  return heads;
}

// Coordinated units starting at `first`; `end` gets the token after them.
std::vector<int> EventReader::UnitsStartingAt(int first, int* end) const {
  std::vector<int> heads;
  int t = first;
  int after = first;
  while (In(t)) {
    Unit u = ReadUnitForward(t);
    if (u.first < 0 || u.head < 0) break;
    heads.push_back(u.head);
    after = u.end;
    t = u.end;
    if (!In(t) || (Low(t) != "and" && Low(t) != ",")) break;
    const bool comma = Low(t) == ",";
    ++t;
    if (!InUnit(t)) break;
    // A unit after a comma joins the list only when the list goes on ("A, B and C").
    if (comma) {
      Unit next = ReadUnitForward(t);
      if (!In(next.end) || (Low(next.end) != "and" && Low(next.end) != ",")) break;
    }
  }
  if (end) *end = after;
  return heads;
}

// Reads back from the trigger across auxiliaries, adverbs, negation, modality words (and, for a
// noun, determiners, modifiers and light verbs) to the subject.
EventReader::Before EventReader::ReadBefore(int t, bool noun) const {
  Before b;
  int p = t - 1;
  bool crossed = false;
  while (In(p)) {
    const std::string& w = Low(p);
    if (noun && (ew::IsDeterminer(w) || ew::IsEventModifier(w) || IsAdverb(p) ||
                 (ew::IsMilitaryModifier(w) && !crossed) || ew::IsMilitaryWord(w))) {
      // A possessive or nationality mention right before the noun is its agent ("X's visit").
      const int m = words_.MentionCovering(p);
      if (m >= 0) break;
      --p;
      continue;
    }
    if (ew::IsNegation(w)) {
      b.negated = true;
    } else if (std::string_view cue = ew::ModalityCue(w); !cue.empty()) {
      if (b.modality.empty()) b.modality = cue;
    } else if (ew::IsBeForm(w)) {
      b.passive = !noun;
    } else if (ew::IsAuxiliary(w) || IsAdverb(p)) {
    } else if (noun && ew::IsLightVerb(w)) {
    } else if (w == "," && In(p - 1)) {
      // A short parenthetical (", in turn,"): skip to the comma before it.
      int q = p - 1;
      while (In(q) && q > p - 5 && Low(q) != "," && words_.MentionCovering(q) < 0) --q;
      if (!In(q) || Low(q) != "," || q == p - 1) break;
      p = q - 1;
      crossed = true;
      continue;
    } else if ((w == "who" || w == "which") && In(p - 1)) {
      if (Low(p - 1) == ",") --p;
    } else {
      break;
    }
    crossed = true;
    --p;
  }
  if (!noun && !crossed && In(p) &&
      (ew::IsDeterminer(Low(p)) || ew::IsPreposition(Low(p)) || IsAdverb(p))) {
    b.adjectival = true;
  }
  if (!noun && !crossed && !In(p)) b.adjectival = ew::IsParticiple(Low(t));
  // "Signed copies": a participle opening the sentence.
  if (!noun && In(p) && !crossed && IsAdverb(p)) b.adjectival = true;
  int stop = p;
  b.subject_end = p;
  b.subjects = SubjectsEndingAt(p, &stop);
  // "invited X to visit": the verb before the subject says it is planned.
  if (!b.subjects.empty() && In(stop) && b.modality.empty()) {
    std::string_view cue = ew::ModalityCue(Low(stop));
    if (cue == "planned") b.modality = cue;
  }
  if (!b.subjects.empty() && In(stop) && Low(stop) == "no") b.negated = true;
  b.between = !b.subjects.empty() && In(stop) && Low(stop) == "between";
  if (!ew::IsParticiple(Low(t))) b.passive = false;
  std::reverse(b.subjects.begin(), b.subjects.end());
  return b;
}

// The noun phrase that starts at `first`: up to a preposition, clause word or punctuation.
std::optional<EventArgument> EventReader::ObjectAt(int first, bool keep_and, int* end_out) const {
  int t = first;
  while (In(t) && IsQuoteMark(t)) ++t;
  if (!In(t) || !IsWordToken(t)) return std::nullopt;
  if (Low(t) == "to" || ew::IsAuxiliary(Low(t)) || ew::EndsObject(Low(t))) return std::nullopt;
  const int start = t;
  int last = -1;
  bool document = false;
  for (; In(t) && t < start + 14; ++t) {
    const std::string& w = Low(t);
    if (IsQuoteMark(t) || words_.IsPossessiveMarker(t) || w == "[" || w == "]" || w == "-") {
      continue;
    }
    if (!IsWordToken(t) && !(Shape(t) & text::kNumber)) break;
    if (w == "of") continue;
    if (w == "on" && document) continue;
    if (w == "and" && keep_and && In(t + 1) &&
        (ew::IsDeterminer(Low(t + 1)) || IsQuoteMark(t + 1))) {
      continue;
    }
    if (w == "and" || ew::EndsObject(w) || ew::IsAuxiliary(w) || ew::IsBeForm(w)) break;
    if (w == "on") break;
    // A verb form ends the phrase ("the documents signed").
    if (t > start && ew::IsParticiple(w) && words_.MentionCovering(t) < 0) break;
    if (ew::IsDocumentNoun(w)) document = true;
    last = t;
  }
  if (last < 0) return std::nullopt;
  EventArgument a;
  a.span = Span(start, last + 1);
  const int head = HeadOf(start, last + 1);
  // The object names an entity only when the phrase is that name.
  if (head >= 0 && words_.FirstToken(head) <= start + 1 && words_.EndToken(head) == last + 1) {
    a.entity = doc_.mentions[head].entity;
  }
  if (end_out) *end_out = last + 1;
  return a;
}

bool EventReader::DocumentNounIn(ByteSpan span) const {
  for (int t = words_.TokenAtOrAfter(span.start); In(t) && doc_.tokens[t].span.end <= span.end;
       ++t) {
    if (ew::IsDocumentNoun(Low(t))) return true;
  }
  return false;
}

// A place after a preposition at `p` ("in X", "at the X airport"): the phrase up to its place
// mention.
std::optional<EventArgument> EventReader::PlaceAfter(int p) const {
  int t = p + 1;
  while (In(t) && ew::IsDeterminer(Low(t))) ++t;
  int owner = -1;
  // Up to six words before the name ("the Swiss mountain resort Davos").
  for (int k = 0; k < 7 && In(t); ++k, ++t) {
    int m = words_.MentionCovering(t);
    const int named = m;
    if (m < 0) {
      if (words_.IsPossessiveMarker(t)) continue;
      if (!IsWordToken(t) || ew::EndsObject(Low(t)) || Low(t) == "and") break;
      continue;
    }
    if (TypeOf(m) == EntityType::kNationality) {
      t = std::max(t, words_.EndToken(m) - 1);
      continue;
    }
    // "at X's Y Cosmodrome": the place is what the possessive names, inside X.
    if (TypeOf(m) == EntityType::kLocation && words_.Possessive(words_.EndToken(m) - 1)) {
      owner = m;
      t = std::max(t, words_.EndToken(m) - 1);
      continue;
    }
    const bool place = TypeOf(m) == EntityType::kLocation || TypeOf(m) == EntityType::kOrganization;
    if (!place && owner < 0) return std::nullopt;
    if (!place) m = owner;
    // The place is the mention itself, never the words before it.
    const int start = std::max(t, words_.FirstToken(named));
    int end = words_.EndToken(named);
    // A place noun after the name ("the X airport").
    if (In(end) && LexiconHas(Low(end), kPlaceHead)) ++end;
    EventArgument a;
    a.span = Span(start, end);
    a.entity = doc_.mentions[m].entity;
    return a;
  }
  return std::nullopt;
}

std::optional<EventArgument> EventReader::FindPlace(int from, bool visit) const {
  bool origin = false;  // after "from": where a trip starts ("flew back from a summit in X")
  for (int t = from; In(t) && t < from + 12; ++t) {
    const std::string& w = Low(t);
    if (visit && w == "from") origin = true;
    if (w == "to") origin = false;
    if (origin) continue;
    if (w == ";" || w == "which" || w == "who" || w == "that") break;
    // A comma before a new subject ends the clause ("At the talks, X said ... in Y").
    if (w == "," && (IsCapitalized(t + 1) || words_.MentionCovering(t + 1) >= 0)) break;
    if (ew::IsPlacePreposition(w) || (visit && w == "to")) {
      if (auto place = PlaceAfter(t)) return place;
    }
  }
  return std::nullopt;
}

// A place named before the trigger in the sentence ("In Kallisvik, X met Y").
std::optional<EventArgument> EventReader::FindPlaceBefore(int trigger) const {
  for (int t = sent_first_; t < trigger; ++t) {
    if (ew::IsPlacePreposition(Low(t))) {
      if (auto place = PlaceAfter(t)) {
        if (place->span.end <= doc_.tokens[trigger].span.start) return place;
      }
    }
  }
  return std::nullopt;
}

// The tokens after a "meet" form name a thing to satisfy ("the target", "their demands").
// Names and possessives may stand before it ("met Aldonian fans' demand").
bool EventReader::MetAbstractObject(int from) const {
  for (int u = from; u < from + 6 && In(u); ++u) {
    const std::string& w = Low(u);
    if (words_.IsPossessiveMarker(u) || words_.MentionCovering(u) >= 0) continue;
    if (!IsWordToken(u) || ew::EndsObject(w) || w == "on" || w == "and") return false;
    if (ew::IsMetAbstractObject(w)) return true;
  }
  return false;
}

bool EventReader::NonGiftIn(ByteSpan span) const {
  for (int t = words_.TokenAtOrAfter(span.start); In(t) && doc_.tokens[t].span.end <= span.end;
       ++t) {
    if (ew::IsNonGiftObject(Low(t))) return true;
  }
  return false;
}

// "the two leaders", "both leaders" ending at `last`: its tokens, or {-1, -1}.
std::pair<int, int> EventReader::PairDescription(int last) const {
  if (!In(last) || !ew::IsPluralPersonNoun(Low(last))) return {-1, -1};
  if (In(last - 1) && Low(last - 1) == "both") return {last - 1, last + 1};
  if (In(last - 2) && Low(last - 1) == "two" && Low(last - 2) == "the") {
    return {last - 2, last + 1};
  }
  return {-1, -1};
}

// The two PERSON entities of the document's MEET and SIGN events so far, when their events
// name exactly one pair; else {kNoIndex, kNoIndex}.
std::array<uint32_t, 2> EventReader::MeetingPair() const {
  std::array<uint32_t, 2> found = {kNoIndex, kNoIndex};
  for (const Event& k : done_) {
    if (k.type != "MEET" && k.type != "SIGN") continue;
    std::vector<uint32_t> people;
    for (const auto* list : {&k.agents, &k.counterparts}) {
      for (const EventArgument& a : *list) {
        if (a.entity == kNoIndex || doc_.entities[a.entity].type != EntityType::kPerson) continue;
        if (std::find(people.begin(), people.end(), a.entity) == people.end()) {
          people.push_back(a.entity);
        }
      }
    }
    if (people.size() != 2) continue;
    std::sort(people.begin(), people.end());
    if (found[0] == kNoIndex) {
      found = {people[0], people[1]};
    } else if (found[0] != people[0] || found[1] != people[1]) {
      return {kNoIndex, kNoIndex};
    }
  }
  return found;
}

// The subject of a meeting is more than one: two agents, "they"/"we", a group, "ministers".
bool EventReader::PluralSubject(const Event& e, int subject_end) const {
  if (e.agents.size() >= 2) return true;
  for (const EventArgument& a : e.agents) {
    if (a.entity != kNoIndex && doc_.entities[a.entity].type == EntityType::kOrganization) {
      return true;
    }
    const std::string_view text = std::string_view(doc_.text).substr(a.span.start, a.span.size());
    const std::string lower = LowerCase(text);
    if (lower == "they" || lower == "we") return true;
  }
  return In(subject_end) && (ew::IsPluralPersonNoun(Low(subject_end)) ||
                             Low(subject_end) == "they" || Low(subject_end) == "we");
}

}  // namespace storyline::extract::eventstages
