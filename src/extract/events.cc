// FindEvents(): see events.h and docs/events.md.
//
// One pass over the tokens of each sentence. A token is a trigger when its verb lemma or its noun
// is in the trigger table (event_words.h) and its context passes the trigger's checks (a military
// object after "launched", "sanctions" near "imposed", no "room" after "meeting"). Participants
// are read around it:
//   agents       - the subject: the coordinated name/description/pronoun mentions right before
//                  the verb, across auxiliaries, adverbs and modality words ("X and Y are
//                  expected to sign"); for a noun, a possessive or nationality word before it
//                  ("X's visit", "a Veskarian veto"), the subject of a light verb ("X held talks")
//                  or "between X and Y"; in the passive, "by X";
//   counterparts - the mention right after the verb ("met X", "gave X"), "with X", "on X";
//   object       - the noun phrase after the verb up to a preposition or clause word, keeping
//                  "of"/"on" after a document noun ("a treaty on strategic partnership");
//   place        - a place after "in"/"at" (and "to"/the direct object for VISIT and TRAVEL);
//   time         - the nearest date/time expression of the sentence, else the live-blog entry's
//                  heading time, else the document time.
// Events of one type whose triggers stand close together in a sentence ("welcoming ceremony"),
// or that share their agents there, are merged into the first.

#include "extract/events.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "extract/event_stages.h"

namespace storyline::extract {
namespace eventstages {

void EventReader::Run() {
  done_.clear();
  for (size_t s = 0; s < doc_.sentences.size(); ++s) {
    const Sentence& sentence = doc_.sentences[s];
    sent_first_ = static_cast<int>(sentence.first_token);
    sent_end_ = static_cast<int>(sentence.end_token);
    sentence_ = static_cast<uint32_t>(s);
    std::vector<Event> here;
    for (int t = sent_first_; t < sent_end_; ++t) {
      Event event;
      if (ReadTrigger(t, event)) here.push_back(std::move(event));
    }
    Merge(here);
    for (Event& e : here) {
      if (e.confidence >= options_.min_confidence) done_.push_back(std::move(e));
    }
  }
  doc_.events = std::move(done_);
}

// The previous token is one a bare verb form follows ("to visit", "will sign", "they meet").
bool EventReader::VerbContextBefore(int t) const {
  static constexpr std::array<std::string_view, 24> kBefore = {
      "to",   "will",   "would", "shall", "can",    "could", "may",  "might",
      "must", "should", "did",   "do",    "does",   "n't",   "not",  "never",
      "i",    "we",     "you",   "they",  "cannot", "'ll",   "also", "and"};
  int p = t - 1;
  while (In(p) && IsAdverb(p)) --p;
  if (!In(p)) return false;
  if (IsOneOf(kBefore, Low(p))) {
    // "and" joins two verbs only: "met and signed".
    if (Low(p) == "and") return false;
    return true;
  }
  const int m = words_.MentionCovering(p);
  return m >= 0 && words_.EndToken(m) == p + 1 && TypeOf(m) != EntityType::kNationality;
}

bool EventReader::MilitaryWordWithin(int from, int n) const {
  for (int t = from; t < from + n && In(t); ++t) {
    if (ew::IsMilitaryWord(Low(t))) return true;
    if (Low(t) == "." || Low(t) == ";") break;
  }
  return false;
}

bool EventReader::SanctionWordWithin(int from, int n) const {
  for (int t = from; t < from + n && In(t); ++t) {
    if (ew::IsSanctionWord(Low(t))) return true;
  }
  return false;
}

bool EventReader::NeedsMet(const ew::TriggerSense& sense, int t, bool noun) const {
  const std::string& next = Low(t + 1);
  if (sense.needs & ew::kNeedMilitaryObject) {
    if (!MilitaryWordWithin(t + 1, 5)) return false;
  }
  if (sense.needs & ew::kNeedSanctionWord) {
    if (!SanctionWordWithin(t + 1, 4) && !(In(t - 1) && ew::IsSanctionWord(Low(t - 1)))) {
      return false;
    }
  }
  if (sense.needs & ew::kNeedWith) {
    bool with = false;
    for (int u = t + 1; u < t + 9 && In(u); ++u) with = with || Low(u) == "with";
    if (!with) return false;
  }
  if (sense.needs & ew::kNeedPlaceObject) {
    int p = t + 1;
    if (In(p) && ew::IsPlacePreposition(Low(p))) ++p;
    while (In(p) && ew::IsDeterminer(Low(p))) ++p;
    Unit u = ReadUnitForward(p);
    if (u.head < 0 ||
        (TypeOf(u.head) != EntityType::kLocation && TypeOf(u.head) != EntityType::kOrganization)) {
      // "landed in the capital": a place noun after the preposition.
      if (!(In(t + 1) && ew::IsPlacePreposition(Low(t + 1)) && Low(t) != "left")) return false;
    }
    // "left X with spare capacity", "landed X with a fine": X is put in a state, goes nowhere.
    if (u.head >= 0 && In(u.end) && Low(u.end) == "with") return false;
  }
  if (sense.needs & ew::kNeedMilitaryModifier) {
    const bool before = (In(t - 1) && ew::IsMilitaryModifier(Low(t - 1))) ||
                        (In(t - 2) && ew::IsMilitaryModifier(Low(t - 2)));
    if (!before) return false;
  }
  if (sense.needs & ew::kNeedWeaponWord) {
    const bool before = In(t - 1) && ew::IsMilitaryWord(Low(t - 1));
    if (!before && !MilitaryWordWithin(t + 1, noun ? 3 : 6)) return false;
  }
  if (sense.needs & ew::kNeedWreath) {
    bool wreath = false;
    for (int u = t + 1; u < t + 4 && In(u); ++u) wreath = wreath || Low(u).starts_with("wreath");
    if (!wreath) return false;
  }
  // "the meeting room", "a gift shop", "test results".
  if (noun && ew::IsCompoundHead(next)) return false;
  // "gift buying", "gift wrapping": a kind of activity, no gift given.
  if (noun && sense.type == "GIFT" && next.size() > 4 && next.ends_with("ing") &&
      IsWordToken(t + 1) && !IsCapitalized(t + 1)) {
    return false;
  }
  return true;
}

bool EventReader::ReadTrigger(int t, Event& event) {
  if (!IsWordToken(t) || words_.MentionCovering(t) >= 0) return false;
  const std::string& w = Low(t);
  // "thanks to the weather": a cause, no praise.
  if (w == "thanks" && Low(t + 1) == "to") return false;
  // "signs of a slowdown", "promises of aid": a plural noun, no verb.
  if (w.size() > 3 && w.ends_with("s") && Low(t + 1) == "of" && !ew::NounSense(w)) return false;
  bool base = false;
  const std::string lemma = ew::TriggerLemma(w, &base);
  const ew::TriggerSense* verb = lemma.empty() ? nullptr : ew::VerbSense(lemma);
  const ew::TriggerSense* noun = ew::NounSense(w);
  // "-ing" forms of event nouns read as nouns after a determiner ("the meeting").
  if (verb && noun && !base) {
    int p = t - 1;
    while (In(p) && (ew::IsEventModifier(Low(p)) || IsAdverb(p))) --p;
    const bool after_determiner = In(p) && (ew::IsDeterminer(Low(p)) || words_.Possessive(p));
    if (after_determiner || !In(p)) verb = nullptr;
  }
  if (verb && base && !VerbContextBefore(t)) verb = nullptr;
  if (verb && noun && In(t - 1) && ew::IsMilitaryWord(Low(t - 1))) verb = nullptr;
  // "sanctions" is the noun; only "sanctioned X" is the verb.
  if (verb && lemma == "sanction" && w != "sanctioned") verb = nullptr;
  // An -ing form after an ordinary word is a modifier ("warning shots").
  if (verb && w.ends_with("ing") && In(t - 1) && IsWordToken(t - 1) && !IsCapitalized(t - 1) &&
      !ew::IsAuxiliary(Low(t - 1)) && !ew::IsPreposition(Low(t - 1)) && !IsAdverb(t - 1) &&
      words_.MentionCovering(t - 1) < 0 && Low(t - 1) != "and" &&
      ew::ModalityCue(Low(t - 1)).empty()) {
    verb = nullptr;
  }
  // A noun that is the object of a trigger verb ("exchanged gifts") is no event of its own.
  if (noun) {
    for (int p = t - 1; p >= t - 2 && In(p); --p) {
      bool b = false;
      const std::string& pw = Low(p);
      if (pw.ends_with("ing") || !ew::ModalityCue(pw).empty()) continue;
      const std::string l = ew::TriggerLemma(pw, &b);
      if (!l.empty() && !b && ew::VerbSense(l)) return false;
    }
  }
  if (!verb && !noun) return false;
  const bool is_noun = verb == nullptr;
  const ew::TriggerSense& sense = is_noun ? *noun : *verb;
  if (!NeedsMet(sense, t, is_noun)) {
    if (is_noun || !noun || !NeedsMet(*noun, t, true)) return false;
    return ReadEvent(t, *noun, true, event);
  }
  return ReadEvent(t, sense, is_noun, event);
}

bool EventReader::ReadEvent(int t, const ew::TriggerSense& sense, bool noun, Event& e) {
  e.type = std::string(sense.type);
  e.subtype = std::string(sense.subtype);
  e.trigger = Span(t, t + 1);
  e.sentence = sentence_;
  const bool visit = e.type == "VISIT" || e.type == "TRAVEL";
  const bool gift = e.type == "GIFT" || e.type == "EXCHANGE";

  // "welcoming ceremony": the noun after carries the event.
  if (!noun && In(t + 1)) {
    const ew::TriggerSense* next = ew::NounSense(Low(t + 1));
    if (next && next->type == sense.type && Low(t).ends_with("ing")) return false;
  }
  // "denied meeting", "denied arms transfers": the denial is the other event's modality.
  if (e.subtype == "denial") {
    for (int u = t + 1; u < t + 4 && In(u); ++u) {
      bool b = false;
      const std::string lemma = ew::TriggerLemma(Low(u), &b);
      if (ew::NounSense(Low(u)) || (!lemma.empty() && ew::VerbSense(lemma))) return false;
    }
  }

  Before before = ReadBefore(t, noun);
  if (!noun && before.adjectival) {
    // Only a signed document stays an event ("the newly signed treaty"); "signed copies" not.
    if (e.type != "SIGN") return false;
    auto object = ObjectAt(t + 1, false);
    if (!object || !DocumentNounIn(object->span)) return false;
  }
  // "was denied a late try", "has been denied entry": refused something, no statement.
  if (e.subtype == "denial" && before.passive && In(t + 1) && IsWordToken(t + 1) &&
      Low(t + 1) != "by" && Low(t + 1) != "that" && !ew::EndsObject(Low(t + 1))) {
    return false;
  }
  e.negated = before.negated;
  if (!before.modality.empty()) e.modality = before.modality;
  if (before.modality == "denied") e.negated = false;

  std::vector<EventArgument> subjects;
  for (int m : before.subjects) AddArgument(subjects, ArgumentOf(m));

  // A possessive or nationality word right before a noun trigger: "X's visit", "a Y veto".
  if (noun && subjects.empty()) {
    int p = t - 1;
    while (In(p) && (ew::IsEventModifier(Low(p)) || ew::IsMilitaryModifier(Low(p)) ||
                     ew::IsMilitaryWord(Low(p)) || IsAdverb(p))) {
      --p;
    }
    const int m = words_.MentionCovering(words_.IsPossessiveMarker(p) ? p - 1 : p);
    if (m >= 0 && words_.EndToken(m) >= p &&
        (words_.Possessive(words_.EndToken(m) - 1) || TypeOf(m) == EntityType::kNationality)) {
      subjects.push_back(ArgumentOf(m));
    }
  }

  int after = t + 1;
  if (before.passive) {
    // "was signed by X": X is the agent; the subject is what was signed or who was greeted.
    for (int u = t + 1; u < t + 8 && In(u); ++u) {
      if (Low(u) == "by") {
        int end = u + 1;
        for (int m : UnitsStartingAt(u + 1, &end)) AddArgument(e.agents, ArgumentOf(m));
        break;
      }
    }
    const bool between = before.between;
    for (EventArgument& a : subjects) {
      if (between) {
        AddArgument(e.agents, a);
      } else if (e.type == "SIGN" && !e.object) {
        e.object = a;
      } else {
        AddArgument(e.counterparts, a);
      }
    }
  } else {
    e.agents = subjects;
  }

  // Right after the trigger.
  if (In(after) && Low(after) == "with" && !gift) {
    int end = after;
    for (int m : UnitsStartingAt(after + 1, &end)) AddArgument(e.counterparts, ArgumentOf(m));
    after = end;
  } else if (noun && In(after) && Low(after) == "between") {
    int end = after;
    for (int m : UnitsStartingAt(after + 1, &end)) {
      AddArgument(e.counterparts, ArgumentOf(m));
    }
    if (subjects.empty()) {
      e.agents = std::move(e.counterparts);
      e.counterparts.clear();
    }
    after = end;
  } else if (noun && visit && In(after) && Low(after) == "to") {
    if (auto place = PlaceAfter(after)) e.place = place;
  } else if (!noun && !before.passive) {
    // The direct object.
    int p = after;
    while (In(p) && (Low(p) == "[" || IsQuoteMark(p))) ++p;
    // "warned that X's plan ...": a clause follows, no object.
    if (e.type == "STATEMENT" && Low(p) == "that") p = sent_end_;
    Unit u = ReadUnitForward(p);
    const bool named = u.head >= 0 && TypeOf(u.head) != EntityType::kNationality;
    if (named && visit && TypeOf(u.head) == EntityType::kLocation) {
      e.place = ArgumentOf(u.head);
      after = u.end;
    } else if (named && (e.type == "MEET" || e.type == "CEREMONY" || e.type == "STATEMENT" ||
                         gift || e.type == "VISIT")) {
      int end = p;
      for (int m : UnitsStartingAt(p, &end)) AddArgument(e.counterparts, ArgumentOf(m));
      after = end;
      while (In(after) && (Low(after) == "]" || IsQuoteMark(after))) ++after;
    }
  }

  // "met the target", "meeting the demands": "meet" as "satisfy" is no meeting.
  if (!noun && e.type == "MEET" && MetAbstractObject(t + 1)) {
    return false;
  }

  // The object: what was signed, given, tested.
  const bool wants_object = e.type == "SIGN" || gift || e.type == "MILITARY" || e.type == "VETO";
  if (wants_object && !e.object && !noun && !(before.passive && e.type == "SIGN")) {
    int p = after;
    if (Low(t) == "presented" || Low(t) == "presents" || Low(t) == "presenting") {
      while (In(p) && Low(p) != "with") ++p;
      ++p;
    } else if (In(p) && Low(p) == "with" && gift) {
      ++p;
    }
    int end = p;
    if (auto object = ObjectAt(p, gift, &end)) {
      e.object = object;
      after = end;
    }
  }
  // "gave X to Y".
  if (gift && e.counterparts.empty() && In(after) && Low(after) == "to") {
    int end = after;
    for (int m : UnitsStartingAt(after + 1, &end)) AddArgument(e.counterparts, ArgumentOf(m));
  }
  if (Low(t) == "give" || Low(t) == "gave" || Low(t) == "given" || Low(t) == "gives" ||
      Low(t) == "giving") {
    // "gave a speech" is no gift: a gift has a receiver.
    if (e.counterparts.empty()) return false;
  }
  // "given a curfew", "give X access": what was given is no gift.
  if (e.type == "GIFT" && e.object && NonGiftIn(e.object->span)) return false;
  // Sanctions "on X" / "against X".
  if (e.type == "SANCTION") {
    for (int u = t + 1; u < t + 8 && In(u); ++u) {
      if (Low(u) == "on" || Low(u) == "against") {
        int end = u;
        for (int m : UnitsStartingAt(u + 1, &end)) AddArgument(e.counterparts, ArgumentOf(m));
        break;
      }
    }
  }
  // "between X and Y" later in the clause.
  if (e.agents.empty()) {
    for (int u = after; u < after + 12 && In(u); ++u) {
      if (Low(u) == "between") {
        int end = u;
        for (int m : UnitsStartingAt(u + 1, &end)) AddArgument(e.agents, ArgumentOf(m));
        break;
      }
      if (Low(u) == ";" || Low(u) == "which" || Low(u) == "who") break;
    }
  }
  // "the next meeting will take place": expected.
  if (noun && e.modality == "happened") {
    if (In(t - 1) && (Low(t - 1) == "next" || Low(t - 1) == "upcoming" || Low(t - 1) == "planned" ||
                      Low(t - 1) == "proposed")) {
      e.modality = Low(t - 1) == "next" || Low(t - 1) == "upcoming" ? "expected" : "planned";
    }
    for (int u = t + 1; u < t + 5 && In(u); ++u) {
      if (Low(u) == "will" || Low(u) == "would") e.modality = "expected";
      if (Low(u) == "," || Low(u) == ".") break;
    }
  }

  if (!e.place) {
    e.place = FindPlace(after, visit);
    if (!e.place) e.place = FindPlaceBefore(t);
  }
  // An agent is no place of its own event.
  if (e.place) {
    for (const EventArgument& a : e.agents) {
      if (a.entity == e.place->entity && a.entity != kNoIndex) e.place.reset();
      if (!e.place) break;
    }
  }

  // "the two leaders met": the pair of the document's meeting.
  if (e.agents.empty() && !before.passive && (e.type == "MEET" || e.type == "SIGN")) {
    if (auto [first, end] = PairDescription(before.subject_end); first >= 0) {
      const auto pair = MeetingPair();
      if (pair[0] != kNoIndex) {
        for (uint32_t entity : pair) e.agents.push_back({Span(first, end), entity});
      }
    }
  }

  const bool from_heading = ChooseTime(t, e);
  Score(noun, e);
  if (noun && e.agents.empty() && e.counterparts.empty() && !e.place) {
    if (e.type == "GIFT") {
      // "this gift", "gift opportunities": nobody gives anything to anybody.
      e.confidence = kBelowFloor;
    } else if (from_heading && e.type == "MEET") {
      // A live-blog entry's bare "talks" are the story's talks: the agents of the last meeting
      // with agents, less sure.
      for (auto it = done_.rbegin(); it != done_.rend(); ++it) {
        if (it->type == "MEET" && !it->agents.empty()) {
          e.agents = it->agents;
          break;
        }
      }
      e.confidence = std::min(e.confidence, kBorrowed);
    } else if (!from_heading && e.time_source != "expression") {
      // "the talks", "the meeting" with no participant, time or place say nothing.
      e.confidence = kBelowFloor;
    }
  }
  // "X will meet": a meeting needs somebody to meet, or a plural or group subject.
  if (!noun && e.type == "MEET" && e.counterparts.empty() && Low(t + 1) != "with" &&
      !PluralSubject(e, before.subject_end)) {
    e.confidence = kBelowFloor;
  }
  return true;
}

void EventReader::Score(bool noun, Event& e) const {
  float c = noun ? 0.45f : 0.55f;
  if (!e.agents.empty()) c += 0.15f;
  if (!e.counterparts.empty() || e.object || e.place) c += 0.1f;
  if (e.time_source == "expression") c += 0.1f;
  if (e.time_source.empty()) c -= 0.05f;
  if (noun && e.agents.empty() && e.counterparts.empty() && !e.place) c -= 0.1f;
  e.confidence = std::min(c, 0.95f);
}

bool EventReader::ShareAgent(const Event& a, const Event& b) {
  for (const EventArgument& x : a.agents) {
    for (const EventArgument& y : b.agents) {
      if (x.entity != kNoIndex && x.entity == y.entity) return true;
    }
  }
  return false;
}

void EventReader::Merge(std::vector<Event>& events) const {
  std::vector<Event> out;
  for (Event& e : events) {
    Event* into = nullptr;
    for (Event& k : out) {
      if (k.type != e.type || k.subtype != e.subtype || k.negated != e.negated) continue;
      const bool close = TokenOf(e.trigger.start) - TokenOf(k.trigger.start) <= 3;
      const bool same = e.agents.empty() || ShareAgent(k, e);
      if (close || (same && k.modality == e.modality)) into = &k;
    }
    if (!into) {
      out.push_back(std::move(e));
      continue;
    }
    for (const EventArgument& a : e.agents) AddArgument(into->agents, a);
    for (const EventArgument& a : e.counterparts) AddArgument(into->counterparts, a);
    if (!into->object) into->object = e.object;
    if (!into->place) into->place = e.place;
    if (into->time_source.empty() && !e.time_source.empty()) {
      into->time = e.time;
      into->time_value = e.time_value;
      into->time_source = e.time_source;
    }
    into->confidence = std::max(into->confidence, e.confidence);
  }
  events = std::move(out);
}

}  // namespace eventstages

void FindEvents(Document& doc, const EventOptions& options) {
  doc.events.clear();
  if (doc.tokens.empty() || doc.sentences.empty()) return;
  eventstages::EventReader reader(doc, options);
  reader.Run();
}

}  // namespace storyline::extract
