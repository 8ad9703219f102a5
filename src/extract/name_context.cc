#include "extract/name_context.h"

#include <cstddef>

namespace storyline::extract {
namespace {

// Lists are static arrays of string_view so their lengths are known at compile time; a length
// check rejects most entries before any character is compared.
template <size_t N>
bool InList(std::string_view word, const std::string_view (&list)[N]) {
  for (std::string_view w : list) {
    if (w.size() == word.size() && EqualsLower(word, w)) return true;
  }
  return false;
}

// Drops one trailing period, so "Dr." and "Dr" look alike.
std::string_view WithoutPeriod(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  return word;
}

}  // namespace

bool EqualsLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

bool IsCalendarWord(std::string_view word) {
  word = WithoutPeriod(word);
  static constexpr std::string_view kList101[] = {
      "january",   "february", "march",     "april",    "may",    "june",     "july",   "august",
      "september", "october",  "november",  "december", "jan",    "feb",      "mar",    "apr",
      "jun",       "jul",      "aug",       "sep",      "sept",   "oct",      "nov",    "dec",
      "monday",    "tuesday",  "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
      "tue",       "tues",     "wed",       "thu",      "thurs",  "fri",      "sat",    "sun"};
  return InList(word, kList101);
}

bool IsSpeechVerb(std::string_view word) {
  static constexpr std::string_view kList1[] = {
      "said",   "says",     "say",     "told",      "tells",    "added",   "adds",
      "stated", "declared", "noted",   "explained", "insisted", "warned",  "argued",
      "wrote",  "asked",    "replied", "recalled",  "urged",    "admitted"};
  return InList(word, kList1);
}

float LocativeStrength(std::string_view word) {
  static constexpr std::string_view kList2[] = {"in",     "at",     "near",      "outside",
                                                "inside", "around", "throughout"};
  if (InList(word, kList2)) return 1.0f;
  static constexpr std::string_view kList3[] = {"from", "into",   "across",
                                                "via",  "toward", "towards"};
  if (InList(word, kList3)) return 0.6f;
  static constexpr std::string_view kList4[] = {"to"};
  if (InList(word, kList4)) return 0.3f;
  return 0;
}

bool IsRoleWordFallback(std::string_view word) {
  static constexpr std::string_view kList5[] = {
      "president",   "minister",   "premier",    "chancellor", "secretary",  "spokesman",
      "spokeswoman", "chairman",   "chairwoman", "governor",   "senator",    "mayor",
      "ambassador",  "envoy",      "king",       "queen",      "prince",     "princess",
      "pope",        "coach",      "manager",    "striker",    "midfielder", "defender",
      "goalkeeper",  "captain",    "director",   "leader",     "commander",  "chief",
      "judge",       "prosecutor", "analyst",    "economist",  "deputy",     "general",
      "colonel",     "lieutenant", "sergeant",   "officer",    "executive",  "trader",
      "dealer",      "champion",   "player",     "rider",      "driver",     "batsman",
      "bowler",      "forward",    "winger",     "skipper",    "veteran",    "newcomer",
      "compatriot"};
  return InList(word, kList5);
}

bool IsTitleModifier(std::string_view word) {
  static constexpr std::string_view kList102[] = {
      "prime",          "deputy",      "vice",        "foreign",   "defence",   "defense",
      "finance",        "interior",    "economy",     "economics", "trade",     "justice",
      "health",         "education",   "agriculture", "energy",    "labour",    "labor",
      "transport",      "culture",     "environment", "home",      "chief",     "executive",
      "senior",         "acting",      "assistant",   "former",    "first",     "second",
      "general",        "state",       "secretary",   "under",     "junior",    "industry",
      "communications", "information", "tourism",     "sports",    "treasury",  "attorney",
      "lieutenant",     "major",       "head",        "managing",  "associate", "national",
      "security",       "budget"};
  return InList(word, kList102);
}

bool IsHonorificFallback(std::string_view word) {
  word = WithoutPeriod(word);
  static constexpr std::string_view kList6[] = {
      "mr",   "mrs",  "ms",   "miss",  "dr",     "sir",      "dame",   "lord",
      "lady", "prof", "gen",  "col",   "lt",     "sgt",      "capt",   "cmdr",
      "adm",  "sen",  "rep",  "gov",   "rev",    "fr",       "sheikh", "mme",
      "mlle", "herr", "frau", "senor", "senora", "monsieur", "madame"};
  return InList(word, kList6);
}

bool IsOrgHeadFallback(std::string_view word) {
  word = WithoutPeriod(word);
  static constexpr std::string_view kList7[] = {"inc",
                                                "corp",
                                                "co",
                                                "ltd",
                                                "plc",
                                                "llc",
                                                "ag",
                                                "sa",
                                                "nv",
                                                "bv",
                                                "gmbh",
                                                "spa",
                                                "corporation",
                                                "company",
                                                "group",
                                                "holdings",
                                                "industries",
                                                "bank",
                                                "bancorp",
                                                "party",
                                                "ministry",
                                                "university",
                                                "college",
                                                "council",
                                                "committee",
                                                "commission",
                                                "association",
                                                "federation",
                                                "union",
                                                "agency",
                                                "institute",
                                                "organisation",
                                                "organization",
                                                "foundation",
                                                "fund",
                                                "trust",
                                                "club",
                                                "fc",
                                                "airlines",
                                                "airways",
                                                "motors",
                                                "securities",
                                                "exchange",
                                                "department",
                                                "board",
                                                "court",
                                                "parliament",
                                                "assembly",
                                                "senate",
                                                "congress",
                                                "army",
                                                "front",
                                                "movement",
                                                "authority",
                                                "office",
                                                "police",
                                                "service",
                                                "systems",
                                                "technologies",
                                                "energy",
                                                "petroleum",
                                                "oil",
                                                "telecom",
                                                "communications",
                                                "reserve",
                                                "times",
                                                "post",
                                                "journal",
                                                "news",
                                                "press",
                                                "television",
                                                "radio",
                                                "church",
                                                "league",
                                                "united",
                                                "rovers",
                                                "wanderers",
                                                "athletic",
                                                "hospital",
                                                "school",
                                                "brigade",
                                                "brigades",
                                                "forces",
                                                "partners",
                                                "international",
                                                "associates",
                                                "mining",
                                                "resources",
                                                "power",
                                                "electric",
                                                "steel",
                                                "chemical",
                                                "chemicals",
                                                "motor",
                                                "gas",
                                                "pharmaceuticals",
                                                "pharmaceutical",
                                                "medical",
                                                "foods",
                                                "electronics",
                                                "capital",
                                                "financial",
                                                "investments",
                                                "insurance",
                                                "telecommunications",
                                                "software",
                                                "computer",
                                                "cement",
                                                "textiles",
                                                "shipping",
                                                "lines",
                                                "stores",
                                                "brands",
                                                "products",
                                                "enterprises",
                                                "ventures",
                                                "media",
                                                "entertainment",
                                                "pictures",
                                                "studios",
                                                "records",
                                                "publishing",
                                                "labs",
                                                "semiconductor",
                                                "bancshares",
                                                "bancorporation"};
  return InList(word, kList7);
}

bool IsPlaceHeadFallback(std::string_view word) {
  word = WithoutPeriod(word);  // "Sq.", "Ave."
  static constexpr std::string_view kList8[] = {
      "river",    "sea",    "ocean",   "lake",   "island", "islands", "mountains", "mountain",
      "mount",    "hills",  "valley",  "bay",    "gulf",   "strait",  "coast",     "peninsula",
      "desert",   "street", "avenue",  "square", "road",   "bridge",  "province",  "county",
      "district", "region", "airport", "port",   "canal",  "park",    "heights",   "plateau",
      "basin",    "delta",  "falls",   "cape",   "sq",     "ave",     "blvd"};
  return InList(word, kList8);
}

bool IsEventHead(std::string_view word) {
  static constexpr std::string_view kList9[] = {
      "cup",     "open",    "championship", "championships", "games",    "olympics",   "olympic",
      "prix",    "trophy",  "award",        "awards",        "prize",    "war",        "series",
      "masters", "classic", "marathon",     "rally",         "festival", "tournament", "derby",
      "act",     "treaty",  "accord",       "agreement",     "plan",     "day",        "week",
      "index",   "tour",    "revolution",   "slam",          "bowl"};
  return InList(word, kList9);
}

bool IsOrgNoun(std::string_view word) {
  static constexpr std::string_view kList103[] = {
      "agency",    "firm",        "company",      "group",        "club",         "bank",
      "operator",  "chain",       "newspaper",    "daily",        "carrier",      "airline",
      "maker",     "carmaker",    "insurer",      "retailer",     "broker",       "brokerage",
      "publisher", "utility",     "subsidiary",   "unit",         "conglomerate", "manufacturer",
      "producer",  "exporter",    "importer",     "distributor",  "network",      "weekly",
      "magazine",  "broadcaster", "party",        "outfit",       "side",         "team",
      "giant",     "concern",     "lender",       "airlines",     "automaker",    "refiner",
      "miner",     "house",       "organisation", "organization", "association",  "federation",
      "union",     "institute"};
  return InList(word, kList103);
}

bool IsOrgFollower(std::string_view word) {
  static constexpr std::string_view kList10[] = {
      "newspaper",    "daily",      "agency", "shares",   "stock",  "spokesman", "spokeswoman",
      "shareholders", "subsidiary", "unit",   "chairman", "stake",  "plant",     "factory",
      "employees",    "workers",    "board",  "reported", "reports"};
  return InList(word, kList10);
}

bool IsPlaceNoun(std::string_view word) {
  static constexpr std::string_view kPlaceNouns[] = {
      "airport",  "stadium", "sanatorium", "village", "town",    "city",   "region",
      "province", "prison",  "district",   "area",    "border",  "coast",  "island",
      "valley",   "river",   "harbour",    "harbor",  "camp",    "suburb", "capital",
      "villages", "towns",   "cities",     "airbase", "enclave", "county", "municipality"};
  return InList(word, kPlaceNouns);
}

bool IsSportWord(std::string_view word) {
  static constexpr std::string_view kList11[] = {
      "soccer",   "football",   "cricket",      "tennis",        "golf",     "rugby",
      "baseball", "basketball", "cycling",      "athletics",     "boxing",   "hockey",
      "skiing",   "swimming",   "motorcycling", "motor",         "racing",   "rowing",
      "yachting", "sailing",    "badminton",    "volleyball",    "squash",   "snooker",
      "nfl",      "nba",        "nhl",          "ice",           "horse",    "triathlon",
      "judo",     "wrestling",  "gymnastics",   "equestrianism", "handball", "formula",
      "alpine"};
  return InList(word, kList11);
}

bool IsCapitalisedNonName(std::string_view word) {
  static constexpr std::string_view kNonNames[] = {"I",    "OK",   "AM",   "PM",  "GMT", "EST",
                                                   "EDT",  "BST",  "UTC",  "CET", "TV",  "PC",
                                                   "A.M.", "P.M.", "a.m.", "p.m."};
  for (std::string_view w : kNonNames) {
    if (word == w) return true;
  }
  // "I'm", "I've", "I’d": the pronoun with a contraction.
  return word.size() > 2 && word[0] == 'I' && (word[1] == '\'' || word.substr(1, 3) == "\u2019");
}

}  // namespace storyline::extract
