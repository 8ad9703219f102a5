// Private to src/extract: the words of the event rules (events.cc).
//
// Closed-class word lists and a small English verb inflection helper: which verb lemmas and nouns
// can say that an event happened (MEET, VISIT, SIGN, ...), which words around a trigger change its
// modality ("expected to", "plans to", "denied") or polarity ("did not", "never"), and which words
// end a noun phrase. Nothing here depends on a particular name.
#pragma once

#include <string>
#include <string_view>

namespace storyline::extract::eventwords {

// How a trigger word takes its participants.
enum class TriggerPos : uint8_t { kVerb, kNoun };

// Conditions a trigger needs from its context before it counts (checked in events.cc).
enum TriggerNeed : uint8_t {
  kNeedNothing = 0,
  kNeedMilitaryObject = 1 << 0,    // "launched a missile", "tested a rocket"; not "launched a site"
  kNeedSanctionWord = 1 << 1,      // "imposed sanctions", "sanctions imposed"
  kNeedWith = 1 << 2,              // "presented X with Y"
  kNeedPlaceObject = 1 << 3,       // "left Kallisvik": a place right after the verb
  kNeedMilitaryModifier = 1 << 4,  // "missile tests", "military exercises"; not "test results"
  kNeedWeaponWord = 1 << 5,        // "transfer weapons", "arms transfers"
  kNeedWreath = 1 << 6,            // "the laying of a wreath"
};

struct TriggerSense {
  std::string_view type;     // MEET, VISIT, ...
  std::string_view subtype;  // may be empty
  uint8_t needs = kNeedNothing;
};

// The event sense of a verb lemma ("meet", "sign", ...), or nullptr.
const TriggerSense* VerbSense(std::string_view lemma);
// The event sense of a noun (lower case, singular or plural as listed: "talks", "summit"), or
// nullptr.
const TriggerSense* NounSense(std::string_view lower);

// Inflection: the lemma of a verb form in the trigger table ("met" -> "meet", "signing" ->
// "sign", "vetoed" -> "veto", "travelled" -> "travel"), or "" when no listed verb has that form.
// `base` is set when the form is the bare lemma ("visit"), which is also a noun or an
// infinitive.
std::string TriggerLemma(std::string_view lower, bool* base);
// A past participle or an adjectival -ed/-en form of a listed verb ("signed", "given", "met").
bool IsParticiple(std::string_view lower);

// Words between a subject and its verb that the rules step over: auxiliaries, adverbs, "to".
bool IsAuxiliary(std::string_view lower);
bool IsBeForm(std::string_view lower);
// Words that negate the verb they stand before ("not", "never", "n't", "refused").
bool IsNegation(std::string_view lower);
// Modality cues before a trigger: "expected", "will", "plans", "scheduled", "denied". Returns the
// modality ("expected", "planned", "denied") or "".
std::string_view ModalityCue(std::string_view lower);
// Verbs that take an event noun as object and keep its subject as agent ("held talks", "sat down
// for talks", "paid a visit", "began negotiations").
bool IsLightVerb(std::string_view lower);
// Determiners, possessive pronouns and numbers words that open a noun phrase.
bool IsDeterminer(std::string_view lower);
// Adjectives that may stand between a light verb and an event noun ("face-to-face", "official").
bool IsEventModifier(std::string_view lower);
// Prepositions and clause words that end a noun phrase read as an object.
bool EndsObject(std::string_view lower);
// Prepositions that open a place ("in", "at").
bool IsPlacePreposition(std::string_view lower);
// Prepositions whose phrase belongs to a clause opener, not to a subject ("following", "in").
bool IsPreposition(std::string_view lower);
// Nouns that name a signed document ("treaty", "agreement", "accord").
bool IsDocumentNoun(std::string_view lower);
// Nouns that name weapons or tests of them ("missile", "rocket", "weapons", "nuclear").
bool IsMilitaryWord(std::string_view lower);
// Words that restrict a following noun to weapons or war ("military", "naval", "missile").
bool IsMilitaryModifier(std::string_view lower);
// Sanction words ("sanctions", "embargo", "tariffs").
bool IsSanctionWord(std::string_view lower);
// Nouns that make an event noun the first half of an ordinary compound: "the meeting room", "a
// gift shop", "test results".
bool IsCompoundHead(std::string_view lower);
// Abstract nouns that make "meet" mean "satisfy" ("met the target", "meet the demands",
// "meeting the deadline").
bool IsMetAbstractObject(std::string_view lower);
// Nouns of what one is given that is no gift ("given a curfew", "given a fair trial", "give X
// access").
bool IsNonGiftObject(std::string_view lower);
// Plural nouns for people that may stand as a subject without a name ("leaders", "ministers").
bool IsPluralPersonNoun(std::string_view lower);

}  // namespace storyline::extract::eventwords
