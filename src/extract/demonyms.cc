// PairDemonyms(): a name and the adjective made from it in the same document ("Veskaria" /
// "Veskarian", "Pakistan" / "Pakistani") are a country and its nationality word, even when the
// lexicon knows neither. English demonyms are built from a country's name by a few suffix rules
// (-n, -an, -ian, -ese, -i); each is undone here and the stem looked up among the document's
// other one-word names.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/entity_stages.h"
#include "extract/lexicon.h"

namespace storyline::extract {
namespace {

// The names a demonym could have been made from ("Aldonian" -> "Aldonia", "Aldoni", "Aldony",
// "Aldono", "Aldon").
std::vector<std::string> DemonymStems(std::string_view word) {
  std::vector<std::string> stems;
  auto drop = [&](size_t n, std::string_view add) {
    if (word.size() > n + 3) stems.push_back(std::string(word.substr(0, word.size() - n)) += add);
  };
  if (word.ends_with("ian")) {
    drop(1, "");   // Veskaria-n
    drop(3, "y");  // Italy -> Italian
    drop(3, "");   // Brazil -> Brazilian
  } else if (word.ends_with("an")) {
    drop(1, "");   // Kenya-n
    drop(2, "o");  // Mexico -> Mexican
  } else if (word.ends_with("ese")) {
    drop(3, "");   // Japan -> Japanese
    drop(3, "a");  // China -> Chinese
  } else if (word.ends_with("i")) {
    drop(1, "");  // Pakistan-i
  }
  return stems;
}

bool IsOneCapitalisedWord(std::string_view text) {
  if (text.empty() || text[0] < 'A' || text[0] > 'Z') return false;
  for (char c : text.substr(1)) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

}  // namespace

void PairDemonyms(Document& doc) {
  std::unordered_map<std::string_view, std::vector<size_t>> by_text;
  for (size_t m = 0; m < doc.mentions.size(); ++m) {
    const EntityMention& mention = doc.mentions[m];
    if (mention.kind != MentionKind::kName || mention.type == EntityType::kPerson) continue;
    std::string_view text =
        std::string_view(doc.text).substr(mention.span.start, mention.span.size());
    for (std::string_view possessive : {"'s", "\u2019s"}) {
      if (text.ends_with(possessive)) text.remove_suffix(possessive.size());
    }
    if (IsOneCapitalisedWord(text)) by_text[text].push_back(m);
  }
  const Lexicon& lexicon = Lexicon::Get();
  for (const auto& [word, demonym_mentions] : by_text) {
    if (auto entry = lexicon.Find(word); entry && (entry->classes & kNationality)) continue;
    for (const std::string& stem : DemonymStems(word)) {
      auto base = by_text.find(stem);
      if (base == by_text.end()) continue;
      for (size_t m : demonym_mentions) doc.mentions[m].type = EntityType::kNationality;
      for (size_t m : base->second) doc.mentions[m].type = EntityType::kLocation;
      break;
    }
  }
}

}  // namespace storyline::extract
