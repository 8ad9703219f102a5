#include "extract/name_context.h"

#include <algorithm>
#include <cstddef>
#include <vector>

namespace storyline::extract {
namespace {

// Lists are static arrays of string_view, each indexed once by length: a word is compared only
// with the entries of its own length.
class WordSet {
 public:
  template <size_t N>
  explicit WordSet(const std::string_view (&list)[N]) : words_(list, list + N) {
    std::stable_sort(words_.begin(), words_.end(),
                     [](std::string_view a, std::string_view b) { return a.size() < b.size(); });
    start_.assign((words_.empty() ? 0 : words_.back().size()) + 2, 0);
    for (std::string_view w : words_) ++start_[w.size() + 1];
    for (size_t i = 1; i < start_.size(); ++i) start_[i] += start_[i - 1];
  }

  bool Has(std::string_view word) const {
    if (word.size() + 1 >= start_.size()) return false;
    for (size_t i = start_[word.size()]; i < start_[word.size() + 1]; ++i) {
      if (EqualsLower(word, words_[i])) return true;
    }
    return false;
  }

 private:
  std::vector<std::string_view> words_;  // by length
  std::vector<size_t> start_;            // start_[n]: the first entry of length n
};

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
  static const WordSet kList101Set(kList101);
  return kList101Set.Has(word);
}

bool IsSpeechVerb(std::string_view word) {
  static constexpr std::string_view kList1[] = {
      "said",   "says",     "say",     "told",      "tells",    "added",   "adds",
      "stated", "declared", "noted",   "explained", "insisted", "warned",  "argued",
      "wrote",  "asked",    "replied", "recalled",  "urged",    "admitted"};
  static const WordSet kList1Set(kList1);
  return kList1Set.Has(word);
}

float LocativeStrength(std::string_view word) {
  static constexpr std::string_view kList2[] = {"in",     "at",     "near",      "outside",
                                                "inside", "around", "throughout"};
  static const WordSet kList2Set(kList2);
  if (kList2Set.Has(word)) return 1.0f;
  static constexpr std::string_view kList3[] = {"from", "into",   "across",
                                                "via",  "toward", "towards"};
  static const WordSet kList3Set(kList3);
  if (kList3Set.Has(word)) return 0.6f;
  static constexpr std::string_view kList4[] = {"to"};
  static const WordSet kList4Set(kList4);
  if (kList4Set.Has(word)) return 0.3f;
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
  static const WordSet kList5Set(kList5);
  return kList5Set.Has(word);
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
  static const WordSet kList102Set(kList102);
  return kList102Set.Has(word);
}

bool IsHonorificFallback(std::string_view word) {
  word = WithoutPeriod(word);
  static constexpr std::string_view kList6[] = {
      "mr",   "mrs",  "ms",   "miss",  "dr",     "sir",      "dame",   "lord",
      "lady", "prof", "gen",  "col",   "lt",     "sgt",      "capt",   "cmdr",
      "adm",  "sen",  "rep",  "gov",   "rev",    "fr",       "sheikh", "mme",
      "mlle", "herr", "frau", "senor", "senora", "monsieur", "madame"};
  static const WordSet kList6Set(kList6);
  return kList6Set.Has(word);
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
  static const WordSet kList7Set(kList7);
  return kList7Set.Has(word);
}

bool IsPlaceHeadFallback(std::string_view word) {
  word = WithoutPeriod(word);  // "Sq.", "Ave."
  static constexpr std::string_view kList8[] = {
      "river",    "sea",    "ocean",   "lake",   "island", "islands", "mountains", "mountain",
      "mount",    "hills",  "valley",  "bay",    "gulf",   "strait",  "coast",     "peninsula",
      "desert",   "street", "avenue",  "square", "road",   "bridge",  "province",  "county",
      "district", "region", "airport", "port",   "canal",  "park",    "heights",   "plateau",
      "basin",    "delta",  "falls",   "cape",   "sq",     "ave",     "blvd"};
  static const WordSet kList8Set(kList8);
  return kList8Set.Has(word);
}

bool IsEventHead(std::string_view word) {
  static constexpr std::string_view kList9[] = {
      "cup",     "open",    "championship", "championships", "games",    "olympics",   "olympic",
      "prix",    "trophy",  "award",        "awards",        "prize",    "war",        "series",
      "masters", "classic", "marathon",     "rally",         "festival", "tournament", "derby",
      "act",     "treaty",  "accord",       "agreement",     "plan",     "day",        "week",
      "index",   "tour",    "revolution",   "slam",          "bowl"};
  static const WordSet kList9Set(kList9);
  return kList9Set.Has(word);
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
  static const WordSet kList103Set(kList103);
  return kList103Set.Has(word);
}

bool IsOrgFollower(std::string_view word) {
  static constexpr std::string_view kList10[] = {
      "newspaper",    "daily",      "agency", "shares",   "stock",  "spokesman", "spokeswoman",
      "shareholders", "subsidiary", "unit",   "chairman", "stake",  "plant",     "factory",
      "employees",    "workers",    "board",  "reported", "reports"};
  static const WordSet kList10Set(kList10);
  return kList10Set.Has(word);
}

bool IsPlaceNoun(std::string_view word) {
  static constexpr std::string_view kPlaceNouns[] = {
      "airport",  "stadium", "sanatorium", "village", "town",    "city",   "region",
      "province", "prison",  "district",   "area",    "border",  "coast",  "island",
      "valley",   "river",   "harbour",    "harbor",  "camp",    "suburb", "capital",
      "villages", "towns",   "cities",     "airbase", "enclave", "county", "municipality"};
  static const WordSet kPlaceNounsSet(kPlaceNouns);
  return kPlaceNounsSet.Has(word);
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
  static const WordSet kList11Set(kList11);
  return kList11Set.Has(word);
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
