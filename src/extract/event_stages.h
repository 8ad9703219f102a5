// Private to src/extract: the event reader that FindEvents() runs (events.h). Its stages live in
// events.cc (triggers, the event of one trigger, scores, merging), event_arguments.cc
// (participants, objects, places) and event_time.cc (live-blog entries, the time of an event).
#pragma once

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
#include "extract/events.h"
#include "extract/lexicon.h"
#include "text/segment.h"

namespace storyline::extract::eventstages {

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

  void Run();

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
  bool InUnit(int t) const;

  // The mention that heads tokens [first, end): the outermost mention ending last, a nationality
  // word only when nothing else is named.
  int HeadOf(int first, int end) const;

  Unit ReadUnitForward(int t) const;

  Unit ReadUnitBackward(int last) const;

  EventArgument ArgumentOf(int m) const;

  static void AddArgument(std::vector<EventArgument>& list, const EventArgument& a);

  // Coordinated units ending at `last` ("A, B and C"): their heads, last first. `stop` is set to
  // the first token before them.
  std::vector<int> SubjectsEndingAt(int last, int* stop) const;

  // Coordinated units starting at `first`; `end` gets the token after them.
  std::vector<int> UnitsStartingAt(int first, int* end) const;

  // ---- triggers ----

  // The previous token is one a bare verb form follows ("to visit", "will sign", "they meet").
  bool VerbContextBefore(int t) const;

  bool MilitaryWordWithin(int from, int n) const;
  bool SanctionWordWithin(int from, int n) const;

  bool NeedsMet(const ew::TriggerSense& sense, int t, bool noun) const;

  bool ReadTrigger(int t, Event& event);

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
  Before ReadBefore(int t, bool noun) const;

  // The noun phrase that starts at `first`: up to a preposition, clause word or punctuation.
  std::optional<EventArgument> ObjectAt(int first, bool keep_and, int* end_out = nullptr) const;

  bool DocumentNounIn(ByteSpan span) const;

  // A place after a preposition at `p` ("in X", "at the X airport"): the phrase up to its place
  // mention.
  std::optional<EventArgument> PlaceAfter(int p) const;

  std::optional<EventArgument> FindPlace(int from, bool visit) const;

  // A place named before the trigger in the sentence ("In Kallisvik, X met Y").
  std::optional<EventArgument> FindPlaceBefore(int trigger) const;

  bool ReadEvent(int t, const ew::TriggerSense& sense, bool noun, Event& e);

  static constexpr float kBelowFloor = 0.25f;
  static constexpr float kBorrowed = 0.35f;

  // The tokens after a "meet" form name a thing to satisfy ("the target", "their demands").
  // Names and possessives may stand before it ("met Aldonian fans' demand").
  bool MetAbstractObject(int from) const;

  bool NonGiftIn(ByteSpan span) const;

  // "the two leaders", "both leaders" ending at `last`: its tokens, or {-1, -1}.
  std::pair<int, int> PairDescription(int last) const;

  // The two PERSON entities of the document's MEET and SIGN events so far, when their events
  // name exactly one pair; else {kNoIndex, kNoIndex}.
  std::array<uint32_t, 2> MeetingPair() const;

  // The subject of a meeting is more than one: two agents, "they"/"we", a group, "ministers".
  bool PluralSubject(const Event& e, int subject_end) const;

  // ---- time ----

  // Live-blog entries open with a timestamp line ("- 09:08 GMT"): the clock times that start a
  // line. A document with fewer than two is no live blog.
  void FindEntryHeadings();

  // Tokens a and b stand in different clauses ("signed X that replaces Y of 1961").
  bool AcrossClause(int a, int b) const;

  // Returns whether the time is the live-blog entry's heading.
  bool ChooseTime(int trigger, Event& e) const;

  void Score(bool noun, Event& e) const;

  // ---- merging ----

  static bool ShareAgent(const Event& a, const Event& b);

  int TokenOf(uint32_t byte) const { return words_.TokenAtOrAfter(byte); }

  void Merge(std::vector<Event>& events) const;

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

}  // namespace storyline::extract::eventstages
