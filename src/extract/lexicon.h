// The analyser's lexicon: names, places, nationalities, role words and common words, built at
// build time from open data packages (see data/lexicon/README.md and scripts/build-lexicon.py)
// into one compact binary image that is compiled into the executable.
//
// The image holds two sorted tables of entries, each with a hash index built at build time, so a
// lookup is one hash and a probe or two into read-only memory: nothing is copied or built at
// load. Lexicon::Get() validates the embedded image once (thread-safe) and is shared read-only by
// every thread. Keys are NFC UTF-8 phrases with single spaces between words, stored twice: in
// their written case, and case-folded (full Unicode case folding, then NFC) for case-insensitive
// lookups. Function words are also stored capitalised ("The"), as they open sentences.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace storyline::extract {

// What a lexicon phrase can be. One phrase can be several things ("Jordan": a given name, a
// country, a river).
enum LexClass : uint32_t {
  kGivenName = 1u << 0,     // a personal given name
  kSurname = 1u << 1,       // a family name
  kPersonName = 1u << 2,    // the full name of a well-known person (WordNet instance of a person)
  kCountry = 1u << 3,       // a country (ISO 3166-1 names, common short names)
  kRegion = 1u << 4,        // a subdivision: state, province, region (ISO 3166-2)
  kCity = 1u << 5,          // a populated place (GeoNames-derived city list)
  kPlace = 1u << 6,         // another named place (WordNet location instances: rivers, seas...)
  kOrganization = 1u << 7,  // a named organisation (WordNet group instances, agencies)
  kNationality = 1u << 8,   // a nationality or group adjective/noun ("Russian", "Russians")
  kCommonWord = 1u << 9,    // a lower-case dictionary word (tells "Will" the verb from a name)
  kRoleWord = 1u << 10,     // a role or title noun ("minister", "spokesman", "president")
  kHonorific = 1u << 11,    // a title before a name ("Mr", "Mrs", "Dr", "Gen", "Sen")
  kOrgSuffix = 1u << 12,    // a corporate suffix ("Inc", "Corp", "Ltd", "GmbH")
  kOrgHead = 1u << 13,      // a word that heads organisation names ("Ministry", "Party", "Bank")
  kPlaceHead = 1u << 14,    // a word that heads place names ("River", "Square", "Airport")
  kFunctionWord = 1u << 15  // determiners, pronouns, prepositions, conjunctions
};

struct LexEntry {
  uint32_t classes = 0;  // LexClass bits
  // For kNationality: the country it refers to ("Russian" -> "Russia"); else for kCountry, kCity
  // (the largest city of that name) or kRegion: the ISO 3166-1 alpha-2 country code ("FR");
  // otherwise empty. Points into the image: valid for the life of the process.
  std::string_view link;
  // The first that applies: kCity: floor(log10 population) of the largest city of that name;
  // kCommonWord: a frequency bucket (0 = the 128 most frequent lemmas and the function words, +1
  // each time the rank doubles, 15 = unranked); kGivenName: the gender, 1 = female only, 2 = male
  // only, 3 = both, 0 = unknown. Otherwise 0.
  uint8_t weight = 0;
};

class Lexicon {
 public:
  // The lexicon compiled into this executable.
  static const Lexicon& Get();

  // The entry for `phrase` exactly as written (case-sensitive), if any.
  std::optional<LexEntry> Find(std::string_view phrase) const;
  // The entry for `phrase` ignoring case, if any. Classes of all case variants are merged; link
  // and weight follow the rules above over the merged variants.
  std::optional<LexEntry> FindFolded(std::string_view phrase) const;
  // The longest phrase in words, to bound multi-word lookups.
  int max_words() const { return max_words_; }

  size_t entry_count() const { return entry_count_; }
  size_t image_bytes() const { return image_bytes_; }
  std::string_view version() const { return version_; }

  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

 private:
  Lexicon() = default;
  int max_words_ = 0;
  size_t entry_count_ = 0;
  size_t image_bytes_ = 0;
  std::string_view version_;
  const void* impl_ = nullptr;  // owned by the implementation (lexicon.cc)
};

}  // namespace storyline::extract
