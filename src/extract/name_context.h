// Name context: the closed classes of ordinary words around and inside names that tell what a
// name is ("in X" is a place, "X said" a speaker, "Ministry of X" an organisation), and the
// capitalised words that are never names (months, weekdays). Private to src/extract.
//
// These are small lists of general English vocabulary, not of names. The lexicon carries the
// larger open classes (role words, honorifics, organisation and place heads); the lists here back
// it up so the core cues work even with a small lexicon. Matching is ASCII case-insensitive
// unless a function says otherwise; nothing allocates.
#pragma once

#include <string_view>

namespace storyline::extract {

// Compares ASCII case-insensitively: `lower` must already be lower case.
bool EqualsLower(std::string_view word, std::string_view lower);

// Month and weekday names, and other capitalised non-names of dates ("January", "Monday").
bool IsCalendarWord(std::string_view word);

// Verbs of saying that follow or precede a speaker: "said", "says", "told", "added".
bool IsSpeechVerb(std::string_view word);

// How strongly a preposition before a name says the name is a place: "in", "at", "near" 1.0;
// "from", "into", "across" 0.6; "to" 0.3; anything else 0.
float LocativeStrength(std::string_view word);

// Role nouns that name a person right before or after it ("President", "coach", "striker").
bool IsRoleWordFallback(std::string_view word);

// Words that sit before a role word inside a title ("Foreign Minister", "Deputy Prime Minister",
// "Education Minister"): they belong to the title, not to a name.
bool IsTitleModifier(std::string_view word);

// Titles written right before a name ("Mr", "Mrs", "Dr.", "Sir", "Gen.").
bool IsHonorificFallback(std::string_view word);

// Last words of organisation names: legal suffixes and heads ("Corp", "Bank", "Party", "FC").
bool IsOrgHeadFallback(std::string_view word);

// Words that head or end place names ("River", "Island", "Airport", "Street", "Mount").
bool IsPlaceHeadFallback(std::string_view word);

// Last words of names of events, prizes and works, which are neither people, organisations nor
// places ("Cup", "Open", "Championship", "Games", "Prix", "Award", "War").
bool IsEventHead(std::string_view word);

// Lower-case nouns that stand right before an organisation's name in apposition ("news agency
// X", "carmaker X", "club X", "the opposition party X").
bool IsOrgNoun(std::string_view word);

// Lower-case words right after a name that make it an organisation ("X newspaper", "X shares",
// "X spokesman"); also used after "X 's".
bool IsOrgFollower(std::string_view word);

// Lower-case nouns of places that follow a place's name or lead to it through "of" ("the X
// airport", "the village of X", "X stadium").
bool IsPlaceNoun(std::string_view word);

// Sport names that head agency sports copy ("SOCCER - ...", "CRICKET - ..."); case-insensitive.
bool IsSportWord(std::string_view word);

// Words written with capitals that are never names of people, organisations or places: the
// pronoun "I", time-zone and clock abbreviations ("GMT", "PM"), "OK", "TV". Case-sensitive.
bool IsCapitalisedNonName(std::string_view word);

}  // namespace storyline::extract
