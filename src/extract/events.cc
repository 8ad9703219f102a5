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
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/coref_text.h"
#include "extract/event_words.h"
#include "extract/lexicon.h"
#include "text/segment.h"

namespace storyline::extract {
namespace {

namespace ew = eventwords;

// A run of tokens that names one participant ("Aldonian President Tomas Vell", "the Veskarian
// leader", "he") and the mention that stands for it.
struct Unit {
  int first = -1;
  int end = -1;
  int head = -1;  // mention index, -1 when the unit names no mention
};

class EventReader {
 public:
  EventReader(Document& doc, const EventOptions& options)
      : doc_(doc), words_(doc), options_(options) {
    lower_.reserve(doc.tokens.size());
    for (int t = 0; t < words_.token_count(); ++t) lower_.push_back(LowerCase(words_.Word(t)));
    FindEntryHeadings();
  }

  void Run() {
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

 private:
  // ---- token helpers ----
  const std::string& Low(int t) const {
    static const std::string kEmpty;
    return words_.valid(t) ? lower_[t] : kEmpty;
  }
  bool In(int t) const { return t >= sent_first_ && t < sent_end_; }
  uint16_t Shape(int t) const { return words_.valid(t) ? doc_.tokens[t].shape : 0; }
  bool IsWordToken(int t) const { return Shape(t) & text::kWord; }
  bool IsCapitalized(int t) const { return Shape(t) & text::kCapitalized; }
  bool IsQuoteMark(int t) const { return Shape(t) & text::kQuote; }
  bool IsAdverb(int t) const {
    const std::string& w = Low(t);
    return IsWordToken(t) && !IsCapitalized(t) && w.size() > 4 && w.ends_with("ly") &&
           words_.MentionCovering(t) < 0;
  }
  ByteSpan Span(int first, int end) const {
    return {doc_.tokens[first].span.start, doc_.tokens[end - 1].span.end};
  }
  EntityType TypeOf(int m) const { return doc_.mentions[m].type; }

  // A token that may stand inside a participant's name or description.
  bool InUnit(int t) const {
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
  int HeadOf(int first, int end) const {
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

  Unit ReadUnitForward(int t) const {
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

  Unit ReadUnitBackward(int last) const {
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

  EventArgument ArgumentOf(int m) const {
    EventArgument a;
    a.span = doc_.mentions[m].span;
    a.entity = doc_.mentions[m].entity;
    // Without its possessive ending.
    const std::string_view text = words_.MentionText(static_cast<size_t>(m));
    a.span.end = a.span.start + static_cast<uint32_t>(text.size());
    return a;
  }

  static void AddArgument(std::vector<EventArgument>& list, const EventArgument& a) {
    for (const EventArgument& b : list) {
      if (b.entity == a.entity && a.entity != kNoIndex) return;
      if (b.span == a.span) return;
    }
    list.push_back(a);
  }

  // Coordinated units ending at `last` ("A, B and C"): their heads, last first. `stop` is set to
  // the first token before them.
  std::vector<int> SubjectsEndingAt(int last, int* stop) const {
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
  std::vector<int> UnitsStartingAt(int first, int* end) const {
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

  // ---- triggers ----

  // The previous token is one a bare verb form follows ("to visit", "will sign", "they meet").
  bool VerbContextBefore(int t) const {
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

  bool MilitaryWordWithin(int from, int n) const {
    for (int t = from; t < from + n && In(t); ++t) {
      if (ew::IsMilitaryWord(Low(t))) return true;
      if (Low(t) == "." || Low(t) == ";") break;
    }
    return false;
  }
  bool SanctionWordWithin(int from, int n) const {
    for (int t = from; t < from + n && In(t); ++t) {
      if (ew::IsSanctionWord(Low(t))) return true;
    }
    return false;
  }

  bool NeedsMet(const ew::TriggerSense& sense, int t, bool noun) const {
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
      if (u.head < 0 || (TypeOf(u.head) != EntityType::kLocation &&
                         TypeOf(u.head) != EntityType::kOrganization)) {
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

  bool ReadTrigger(int t, Event& event) {
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

  // ---- arguments ----

  struct Before {
    std::vector<int> subjects;
    bool negated = false;
    bool passive = false;
    std::string modality;
    bool adjectival = false;  // "the newly signed treaty", "signed copies"
    bool between = false;     // the subjects follow "between" ("agreements between X and Y")
    int subject_end = -1;     // the last token of the subject position (a description may stand
                              // there without a mention: "the two leaders")
  };

  // Reads back from the trigger across auxiliaries, adverbs, negation, modality words (and, for a
  // noun, determiners, modifiers and light verbs) to the subject.
  Before ReadBefore(int t, bool noun) const {
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
  std::optional<EventArgument> ObjectAt(int first, bool keep_and, int* end_out = nullptr) const {
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

  bool DocumentNounIn(ByteSpan span) const {
    for (int t = words_.TokenAtOrAfter(span.start); In(t) && doc_.tokens[t].span.end <= span.end;
         ++t) {
      if (ew::IsDocumentNoun(Low(t))) return true;
    }
    return false;
  }

  // A place after a preposition at `p` ("in X", "at the X airport"): the phrase up to its place
  // mention.
  std::optional<EventArgument> PlaceAfter(int p) const {
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
      const bool place =
          TypeOf(m) == EntityType::kLocation || TypeOf(m) == EntityType::kOrganization;
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

  std::optional<EventArgument> FindPlace(int from, bool visit) const {
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
  std::optional<EventArgument> FindPlaceBefore(int trigger) const {
    for (int t = sent_first_; t < trigger; ++t) {
      if (ew::IsPlacePreposition(Low(t))) {
        if (auto place = PlaceAfter(t)) {
          if (place->span.end <= doc_.tokens[trigger].span.start) return place;
        }
      }
    }
    return std::nullopt;
  }

  bool ReadEvent(int t, const ew::TriggerSense& sense, bool noun, Event& e) {
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
      if (In(t - 1) && (Low(t - 1) == "next" || Low(t - 1) == "upcoming" ||
                        Low(t - 1) == "planned" || Low(t - 1) == "proposed")) {
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

  static constexpr float kBelowFloor = 0.25f;
  static constexpr float kBorrowed = 0.35f;

  // The tokens after a "meet" form name a thing to satisfy ("the target", "their demands").
  // Names and possessives may stand before it ("met Aldonian fans' demand").
  bool MetAbstractObject(int from) const {
    for (int u = from; u < from + 6 && In(u); ++u) {
      const std::string& w = Low(u);
      if (words_.IsPossessiveMarker(u) || words_.MentionCovering(u) >= 0) continue;
      if (!IsWordToken(u) || ew::EndsObject(w) || w == "on" || w == "and") return false;
      if (ew::IsMetAbstractObject(w)) return true;
    }
    return false;
  }

  bool NonGiftIn(ByteSpan span) const {
    for (int t = words_.TokenAtOrAfter(span.start); In(t) && doc_.tokens[t].span.end <= span.end;
         ++t) {
      if (ew::IsNonGiftObject(Low(t))) return true;
    }
    return false;
  }

  // "the two leaders", "both leaders" ending at `last`: its tokens, or {-1, -1}.
  std::pair<int, int> PairDescription(int last) const {
    if (!In(last) || !ew::IsPluralPersonNoun(Low(last))) return {-1, -1};
    if (In(last - 1) && Low(last - 1) == "both") return {last - 1, last + 1};
    if (In(last - 2) && Low(last - 1) == "two" && Low(last - 2) == "the") {
      return {last - 2, last + 1};
    }
    return {-1, -1};
  }

  // The two PERSON entities of the document's MEET and SIGN events so far, when their events
  // name exactly one pair; else {kNoIndex, kNoIndex}.
  std::array<uint32_t, 2> MeetingPair() const {
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
  bool PluralSubject(const Event& e, int subject_end) const {
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

  // ---- time ----

  // Live-blog entries open with a timestamp line ("- 09:08 GMT"): the clock times that start a
  // line. A document with fewer than two is no live blog.
  void FindEntryHeadings() {
    for (size_t i = 0; i < doc_.times.size(); ++i) {
      const TimeExpression& x = doc_.times[i];
      if (x.type != "TIME") continue;
      int t = words_.TokenAtOrAfter(x.span.start);
      if (!words_.valid(t)) continue;
      bool line_start = Shape(t) & text::kLineStart;
      if (!line_start && t > 0 && (Shape(t - 1) & text::kLineStart) && words_.IsPunct(t - 1)) {
        line_start = true;
      }
      if (line_start) headings_.push_back(static_cast<uint32_t>(i));
    }
    if (headings_.size() < 2) headings_.clear();
  }

  // Tokens a and b stand in different clauses ("signed X that replaces Y of 1961").
  bool AcrossClause(int a, int b) const {
    static constexpr std::array<std::string_view, 9> kBoundaries = {
        "that", "which", "who", "when", "while", ";", "said", "says", "whereas"};
    for (int t = std::min(a, b) + 1; t < std::max(a, b); ++t) {
      if (IsOneOf(kBoundaries, Low(t))) return true;
    }
    return false;
  }

  // Returns whether the time is the live-blog entry's heading.
  bool ChooseTime(int trigger, Event& e) const {
    const ByteSpan sentence = doc_.sentences[sentence_].span;
    const uint32_t at = doc_.tokens[trigger].span.start;
    uint32_t best = kNoIndex;
    long best_distance = 0;
    for (size_t i = 0; i < doc_.times.size(); ++i) {
      const TimeExpression& x = doc_.times[i];
      if (x.span.start < sentence.start || x.span.end > sentence.end) continue;
      if (x.type != "DATE" && x.type != "TIME") continue;
      if (x.value.ends_with("_REF")) continue;
      if (AcrossClause(trigger, words_.TokenAtOrAfter(x.span.start))) continue;
      const long d = std::labs(static_cast<long>(x.span.start) - static_cast<long>(at));
      if (best == kNoIndex || d < best_distance) {
        best = static_cast<uint32_t>(i);
        best_distance = d;
      }
    }
    bool heading = false;
    if (best == kNoIndex) {
      for (uint32_t h : headings_) {
        if (doc_.times[h].span.start <= at) {
          best = h;
          heading = true;
        }
      }
    }
    if (best != kNoIndex) {
      e.time = best;
      e.time_value = doc_.times[best].value;
      e.time_source = "expression";
    } else if (doc_.document_time.value) {
      e.time_value = *doc_.document_time.value;
      e.time_source = "document_time";
    }
    return heading;
  }

  void Score(bool noun, Event& e) const {
    float c = noun ? 0.45f : 0.55f;
    if (!e.agents.empty()) c += 0.15f;
    if (!e.counterparts.empty() || e.object || e.place) c += 0.1f;
    if (e.time_source == "expression") c += 0.1f;
    if (e.time_source.empty()) c -= 0.05f;
    if (noun && e.agents.empty() && e.counterparts.empty() && !e.place) c -= 0.1f;
    e.confidence = std::min(c, 0.95f);
  }

  // ---- merging ----

  static bool ShareAgent(const Event& a, const Event& b) {
    for (const EventArgument& x : a.agents) {
      for (const EventArgument& y : b.agents) {
        if (x.entity != kNoIndex && x.entity == y.entity) return true;
      }
    }
    return false;
  }

  int TokenOf(uint32_t byte) const { return words_.TokenAtOrAfter(byte); }

  void Merge(std::vector<Event>& events) const {
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

  Document& doc_;
  DocumentWords words_;
  const EventOptions& options_;
  std::vector<std::string> lower_;
  std::vector<uint32_t> headings_;
  std::vector<Event> done_;  // the events of the sentences read so far
  int sent_first_ = 0;
  int sent_end_ = 0;
  uint32_t sentence_ = 0;
};

}  // namespace

void FindEvents(Document& doc, const EventOptions& options) {
  doc.events.clear();
  if (doc.tokens.empty() || doc.sentences.empty()) return;
  EventReader reader(doc, options);
  reader.Run();
}

}  // namespace storyline::extract
