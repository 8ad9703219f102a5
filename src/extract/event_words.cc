#include "extract/event_words.h"

#include <array>
#include <utility>

#include "extract/coref_text.h"
#include "extract/verb_lemma.h"

namespace storyline::extract::eventwords {
namespace {

struct VerbEntry {
  std::string_view lemma;
  TriggerSense sense;
};

// Verbs that say an event happened, by lemma. General English; the subtypes are the schema's
// (docs/events.md).
constexpr std::array<VerbEntry, 47> kVerbs = {{
    {"meet", {"MEET", "", kNeedNothing}},
    {"visit", {"VISIT", "visit", kNeedNothing}},
    {"arrive", {"VISIT", "arrival", kNeedNothing}},
    {"land", {"VISIT", "arrival", kNeedPlaceObject}},
    {"travel", {"TRAVEL", "", kNeedNothing}},
    {"fly", {"TRAVEL", "", kNeedNothing}},
    {"depart", {"TRAVEL", "departure", kNeedNothing}},
    {"leave", {"TRAVEL", "departure", kNeedPlaceObject}},
    {"sign", {"SIGN", "", kNeedNothing}},
    {"seal", {"SIGN", "", kNeedNothing}},
    {"praise", {"STATEMENT", "praise", kNeedNothing}},
    {"hail", {"STATEMENT", "praise", kNeedNothing}},
    {"commend", {"STATEMENT", "praise", kNeedNothing}},
    {"thank", {"STATEMENT", "praise", kNeedNothing}},
    {"support", {"STATEMENT", "support", kNeedNothing}},
    {"endorse", {"STATEMENT", "support", kNeedNothing}},
    {"criticize", {"STATEMENT", "criticism", kNeedNothing}},
    {"criticise", {"STATEMENT", "criticism", kNeedNothing}},
    {"condemn", {"STATEMENT", "criticism", kNeedNothing}},
    {"denounce", {"STATEMENT", "criticism", kNeedNothing}},
    {"warn", {"STATEMENT", "warning", kNeedNothing}},
    {"accuse", {"STATEMENT", "accusation", kNeedNothing}},
    {"blame", {"STATEMENT", "accusation", kNeedNothing}},
    {"deny", {"STATEMENT", "denial", kNeedNothing}},
    {"promise", {"STATEMENT", "promise", kNeedNothing}},
    {"pledge", {"STATEMENT", "promise", kNeedNothing}},
    {"vow", {"STATEMENT", "promise", kNeedNothing}},
    {"give", {"GIFT", "", kNeedNothing}},
    {"gift", {"GIFT", "", kNeedNothing}},
    {"donate", {"GIFT", "", kNeedNothing}},
    {"present", {"GIFT", "", kNeedWith}},
    {"exchange", {"EXCHANGE", "", kNeedNothing}},
    {"swap", {"EXCHANGE", "", kNeedNothing}},
    {"launch", {"MILITARY", "test", kNeedMilitaryObject}},
    {"test", {"MILITARY", "test", kNeedMilitaryObject}},
    {"test-fire", {"MILITARY", "test", kNeedNothing}},
    {"fire", {"MILITARY", "firing", kNeedMilitaryObject}},
    {"shell", {"MILITARY", "firing", kNeedNothing}},
    {"deploy", {"MILITARY", "deployment", kNeedNothing}},
    {"transfer", {"MILITARY", "arms_transfer", kNeedWeaponWord}},
    {"supply", {"MILITARY", "arms_transfer", kNeedWeaponWord}},
    {"impose", {"SANCTION", "", kNeedSanctionWord}},
    {"sanction", {"SANCTION", "", kNeedNothing}},
    {"veto", {"VETO", "", kNeedNothing}},
    {"welcome", {"CEREMONY", "welcome", kNeedNothing}},
    {"greet", {"CEREMONY", "welcome", kNeedNothing}},
    {"honour", {"CEREMONY", "", kNeedNothing}},
}};

// Irregular forms of the verbs above (form -> lemma).
constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kIrregular = {{
    {"met", "meet"},
    {"flew", "fly"},
    {"flown", "fly"},
    {"flies", "fly"},
    {"left", "leave"},
    {"gave", "give"},
    {"given", "give"},
    {"test-fired", "test-fire"},
    {"denies", "deny"},
    {"denied", "deny"},
    {"supplies", "supply"},
    {"supplied", "supply"},
}};

struct NounEntry {
  std::string_view noun;
  TriggerSense sense;
};

constexpr std::array<NounEntry, 34> kNouns = {{
    {"talks", {"MEET", "", kNeedNothing}},
    {"meeting", {"MEET", "", kNeedNothing}},
    {"meetings", {"MEET", "", kNeedNothing}},
    {"summit", {"MEET", "", kNeedNothing}},
    {"negotiations", {"MEET", "", kNeedNothing}},
    {"discussions", {"MEET", "", kNeedNothing}},
    {"visit", {"VISIT", "visit", kNeedNothing}},
    {"visits", {"VISIT", "visit", kNeedNothing}},
    {"trip", {"TRAVEL", "", kNeedNothing}},
    {"arrival", {"VISIT", "arrival", kNeedNothing}},
    {"departure", {"TRAVEL", "departure", kNeedNothing}},
    {"signing", {"SIGN", "", kNeedNothing}},
    {"gift", {"GIFT", "", kNeedNothing}},
    {"gifts", {"GIFT", "", kNeedNothing}},
    {"test", {"MILITARY", "test", kNeedMilitaryModifier}},
    {"tests", {"MILITARY", "test", kNeedMilitaryModifier}},
    {"launch", {"MILITARY", "test", kNeedMilitaryModifier}},
    {"launches", {"MILITARY", "test", kNeedMilitaryModifier}},
    {"exercise", {"MILITARY", "exercise", kNeedMilitaryModifier}},
    {"exercises", {"MILITARY", "exercise", kNeedMilitaryModifier}},
    {"drills", {"MILITARY", "exercise", kNeedMilitaryModifier}},
    {"deployment", {"MILITARY", "deployment", kNeedNothing}},
    {"transfer", {"MILITARY", "arms_transfer", kNeedWeaponWord}},
    {"transfers", {"MILITARY", "arms_transfer", kNeedWeaponWord}},
    {"deliveries", {"MILITARY", "arms_transfer", kNeedWeaponWord}},
    {"veto", {"VETO", "", kNeedNothing}},
    {"ceremony", {"CEREMONY", "", kNeedNothing}},
    {"ceremonies", {"CEREMONY", "", kNeedNothing}},
    {"wreath-laying", {"CEREMONY", "wreath", kNeedNothing}},
    {"laying", {"CEREMONY", "wreath", kNeedWreath}},
    {"reception", {"CEREMONY", "reception", kNeedNothing}},
    {"parade", {"CEREMONY", "", kNeedNothing}},
    {"praise", {"STATEMENT", "praise", kNeedNothing}},
    {"condemnation", {"STATEMENT", "criticism", kNeedNothing}},
}};

const TriggerSense* FindVerb(std::string_view lemma) {
  for (const VerbEntry& v : kVerbs) {
    if (v.lemma == lemma) return &v.sense;
  }
  return nullptr;
}

constexpr std::array<std::string_view, 44> kAuxiliaries = {
    "is",         "are",     "was",        "were",  "be",         "been",     "being",
    "am",         "has",     "have",       "had",   "having",     "will",     "would",
    "shall",      "should",  "can",        "could", "may",        "might",    "must",
    "do",         "does",    "did",        "also",  "personally", "then",     "further",
    "already",    "jointly", "reportedly", "later", "still",      "just",     "formally",
    "officially", "to",      "finally",    "first", "last",       "recently", "once",
    "warmly",     "publicly"};

constexpr std::array<std::string_view, 10> kBeForms = {"is",   "are",   "was", "were", "be",
                                                       "been", "being", "am",  "'s",   "’s"};

constexpr std::array<std::string_view, 9> kNegations = {
    "not", "never", "n't", "no", "refused", "refuses", "declined", "failed", "cannot"};

constexpr std::array<std::string_view, 14> kLightVerbs = {
    "hold",  "held",  "holds", "holding", "had",  "have", "has",
    "began", "begun", "begin", "sat",     "down", "for",  "paid"};

constexpr std::array<std::string_view, 22> kDeterminers = {
    "the",   "a",    "an",    "his", "her",  "its", "their", "our",  "my",  "your", "this",
    "these", "that", "those", "any", "some", "two", "2",     "both", "new", "next", "first"};

constexpr std::array<std::string_view, 22> kEventModifiers = {
    "face-to-face",  "one-on-one", "official",  "high-level", "top-level", "bilateral",
    "comprehensive", "state",      "formal",    "historic",   "landmark",  "closed-door",
    "further",       "two-day",    "three-day", "two-hour",   "lengthy",   "brief",
    "private",       "joint",      "emergency", "informal"};

constexpr std::array<std::string_view, 36> kObjectEnds = {
    "that",   "which", "who",       "whom",  "where", "when",    "while",   "after",   "before",
    "during", "to",    "by",        "from",  "at",    "in",      "for",     "with",    "between",
    "as",     "upon",  "following", "or",    "but",   "because", "since",   "if",      "than",
    "into",   "amid",  "despite",   "under", "over",  "against", "without", "through", "until"};

constexpr std::array<std::string_view, 4> kPlacePrepositions = {"in", "at", "inside", "near"};

constexpr std::array<std::string_view, 20> kPrepositions = {
    "in", "at",   "on",  "after", "before", "following", "during",  "ahead",   "of", "from",
    "to", "with", "for", "about", "amid",   "since",     "despite", "against", "by", "over"};

constexpr std::array<std::string_view, 17> kDocumentNouns = {
    "treaty",   "treaties", "agreement",  "agreements",  "accord",   "accords",
    "pact",     "deal",     "memorandum", "declaration", "charter",  "convention",
    "protocol", "contract", "contracts",  "document",    "documents"};

constexpr std::array<std::string_view, 22> kMilitaryWords = {
    "missile",   "missiles",  "rocket",  "rockets",  "weapon",     "weapons",     "bomb",   "bombs",
    "nuclear",   "ballistic", "warhead", "warheads", "projectile", "projectiles", "shells", "shots",
    "artillery", "drone",     "drones",  "torpedo",  "satellite",  "munitions"};

constexpr std::array<std::string_view, 16> kMilitaryModifiers = {
    "military", "naval", "missile",   "missiles",  "weapons", "weapon", "nuclear", "war",
    "joint",    "army",  "live-fire", "ballistic", "rocket",  "air",    "combat",  "arms"};

constexpr std::array<std::string_view, 8> kWeaponWords = {
    "arms", "weapons", "weapon", "munitions", "missiles", "weaponry", "ammunition", "shells"};

constexpr std::array<std::string_view, 7> kSanctionWords = {
    "sanctions", "sanction", "embargo", "embargoes", "tariffs", "restrictions", "penalties"};

constexpr std::array<std::string_view, 22> kCompoundHeads = {
    "room", "rooms", "hall",    "place",  "point",   "shop",  "shops", "store",
    "card", "cards", "results", "result", "minutes", "notes", "area",  "table",
    "tube", "drive", "site",    "bag",    "voucher", "kit"};

constexpr std::array<std::string_view, 46> kMetAbstractObjects = {
    "target",     "targets",     "demand",      "demands",      "deadline",    "deadlines",
    "need",       "needs",       "cost",        "costs",        "standard",    "standards",
    "criteria",   "criterion",   "expectation", "expectations", "requirement", "requirements",
    "obligation", "obligations", "challenge",   "challenges",   "goal",        "goals",
    "condition",  "conditions",  "commitment",  "commitments",  "request",     "requests",
    "objective",  "objectives",  "threshold",   "quota",        "quotas",      "forecast",
    "forecasts",  "criticism",   "bill",        "debts",        "payments",    "shortfall",
    "fate",       "end",         "approval",    "resistance"};

constexpr std::array<std::string_view, 48> kNonGiftObjects = {
    "curfew",     "sentence",    "sentences", "ban",        "test",    "trial",    "chance",
    "chances",    "opportunity", "access",    "permission", "warning", "go-ahead", "approval",
    "boost",      "time",        "status",    "right",      "rights",  "power",    "powers",
    "role",       "job",         "task",      "order",      "orders",  "fine",     "penalty",
    "suspension", "hearing",     "reception", "support",    "backing", "advice",   "assurance",
    "assurances", "guarantee",   "treatment", "priority",   "mandate", "licence",  "license",
    "exemption",  "run-around",  "lift",      "start",      "verdict", "welcome"};

constexpr std::array<std::string_view, 24> kPluralPersonNouns = {
    "leaders",   "presidents",  "ministers", "men",       "women",       "officials",
    "delegates", "delegations", "envoys",    "diplomats", "heads",       "premiers",
    "chiefs",    "executives",  "bosses",    "rivals",    "negotiators", "representatives",
    "sides",     "parties",     "partners",  "players",   "chancellors", "counterparts"};

}  // namespace

const TriggerSense* VerbSense(std::string_view lemma) { return FindVerb(lemma); }

const TriggerSense* NounSense(std::string_view lower) {
  for (const NounEntry& n : kNouns) {
    if (n.noun == lower) return &n.sense;
  }
  return nullptr;
}

std::string TriggerLemma(std::string_view lower, bool* base) {
  if (base) *base = false;
  for (const auto& [form, lemma] : kIrregular) {
    if (form == lower) return std::string(lemma);
  }
  if (FindVerb(lower)) {
    if (base) *base = true;
    return std::string(lower);
  }
  return RegularVerbLemma(lower, [](std::string_view stem) { return FindVerb(stem) != nullptr; });
}

bool IsParticiple(std::string_view lower) {
  if (lower == "met" || lower == "given" || lower == "left" || lower == "flown") return true;
  return lower.ends_with("ed") && !TriggerLemma(lower, nullptr).empty();
}

bool IsAuxiliary(std::string_view lower) { return IsOneOf(kAuxiliaries, lower); }
bool IsBeForm(std::string_view lower) { return IsOneOf(kBeForms, lower); }
bool IsNegation(std::string_view lower) { return IsOneOf(kNegations, lower); }

std::string_view ModalityCue(std::string_view lower) {
  static constexpr std::array<std::string_view, 12> kExpected = {
      "will", "would", "shall", "expected", "expect", "expects",
      "due",  "set",   "about", "likely",   "going",  "'ll"};
  static constexpr std::array<std::string_view, 20> kPlanned = {
      "plans",    "plan",   "planned", "planning", "scheduled", "intends", "intend",
      "intended", "hopes",  "hope",    "hoped",    "wants",     "want",    "invited",
      "invites",  "agreed", "ready",   "efforts",  "attempts",  "proposed"};
  static constexpr std::array<std::string_view, 3> kDenied = {"denied", "denies", "deny"};
  if (IsOneOf(kExpected, lower)) return "expected";
  if (IsOneOf(kPlanned, lower)) return "planned";
  if (IsOneOf(kDenied, lower)) return "denied";
  return "";
}

bool IsLightVerb(std::string_view lower) { return IsOneOf(kLightVerbs, lower); }
bool IsDeterminer(std::string_view lower) { return IsOneOf(kDeterminers, lower); }
bool IsEventModifier(std::string_view lower) { return IsOneOf(kEventModifiers, lower); }
bool EndsObject(std::string_view lower) { return IsOneOf(kObjectEnds, lower); }
bool IsPlacePreposition(std::string_view lower) { return IsOneOf(kPlacePrepositions, lower); }
bool IsPreposition(std::string_view lower) { return IsOneOf(kPrepositions, lower); }
bool IsDocumentNoun(std::string_view lower) { return IsOneOf(kDocumentNouns, lower); }
bool IsMilitaryWord(std::string_view lower) {
  return IsOneOf(kMilitaryWords, lower) || IsOneOf(kWeaponWords, lower);
}
bool IsMilitaryModifier(std::string_view lower) { return IsOneOf(kMilitaryModifiers, lower); }
bool IsSanctionWord(std::string_view lower) { return IsOneOf(kSanctionWords, lower); }
bool IsCompoundHead(std::string_view lower) { return IsOneOf(kCompoundHeads, lower); }
bool IsMetAbstractObject(std::string_view lower) { return IsOneOf(kMetAbstractObjects, lower); }
bool IsNonGiftObject(std::string_view lower) { return IsOneOf(kNonGiftObjects, lower); }
bool IsPluralPersonNoun(std::string_view lower) { return IsOneOf(kPluralPersonNouns, lower); }

}  // namespace storyline::extract::eventwords
