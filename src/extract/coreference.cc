// ResolveCoreference(): name mentions -> entities, then descriptions and pronouns.
//
// Grouping, in three passes over the name mentions:
//   1. the same name (case-insensitive, without possessive and leading titles) is one entity
//      (organisations and places may share one: taggers disagree on "the Palace");
//   2. a one-word person name ("Marendt") joins a fuller person name ending - or, for
//      family-name-first names, starting - with that word: of the preceding ones, the most
//      named person (the nearest among equals), else the nearest following one;
//   3. an all-capitals organisation or place name ("IMF", "U.S.") joins the name it abbreviates:
//      written in brackets right after it, or whose initials it spells.
// Each entity's canonical name is its fullest name form (most words; the first of equals).
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "extract/coref_links.h"
#include "extract/coref_text.h"
#include "extract/entity_stages.h"

namespace storyline::extract {
namespace {

// A name as grouping compares it: the words without leading titles or a possessive ending.
struct NameForm {
  std::vector<std::string_view> words;  // as written
  std::string key;                      // lower case, single spaces
};

bool IsTitleWord(std::string_view word) {
  while (word.ends_with('.')) word.remove_suffix(1);
  if (word.empty()) return false;
  auto entry = Lexicon::Get().FindFolded(word);
  if (!entry) return false;
  if (entry->classes & kHonorific) return true;
  return (entry->classes & kRoleWord) && !(entry->classes & (kGivenName | kSurname));
}

NameForm FormOf(const Document& doc, const EntityMention& mention) {
  std::string_view text =
      StripPossessive(std::string_view(doc.text).substr(mention.span.start, mention.span.size()));
  NameForm form;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = text.find_first_of(" \t\n\r", i);
    if (j == std::string_view::npos) j = text.size();
    if (j > i) form.words.push_back(text.substr(i, j - i));
    i = j + 1;
  }
  // Titles are not part of names ("President X", "Mr X" when a tagger kept the title).
  while (form.words.size() > 1 && IsTitleWord(form.words.front())) {
    form.words.erase(form.words.begin());
  }
  for (std::string_view word : form.words) {
    if (!form.key.empty()) form.key += ' ';
    form.key += LowerCase(word);
  }
  // "Jean-Pierre" and "Jean Pierre", "Seo Ji-woo" and "Seo Ji Woo" are spellings of one name.
  if (mention.type == EntityType::kPerson) std::replace(form.key.begin(), form.key.end(), '-', ' ');
  return form;
}

// Organisations and places group together; people and nationalities only with their own kind.
char GroupClass(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return 'P';
    case EntityType::kNationality:
      return 'N';
    default:
      return 'X';
  }
}

// "IMF", "U.S." -> "IMF", "US"; empty when the name is not an abbreviation.
std::string AcronymLetters(const NameForm& form) {
  if (form.words.size() != 1) return "";
  std::string letters;
  for (char c : form.words[0]) {
    if (c == '.') continue;
    if (c < 'A' || c > 'Z') return "";
    letters += c;
  }
  return letters.size() >= 2 && letters.size() <= 6 ? letters : "";
}

// Initials of the capitalised words ("International Monetary Fund" -> "IMF"), and of every word.
std::pair<std::string, std::string> Initials(const NameForm& form) {
  std::string capitalised, all;
  for (std::string_view word : form.words) {
    const char c = word.front();
    const bool upper = c >= 'A' && c <= 'Z';
    if (upper) capitalised += c;
    all += upper ? c : static_cast<char>(c - 'a' + 'A');
  }
  return {capitalised, all};
}

class NameGrouper {
 public:
  explicit NameGrouper(Document& doc) : doc_(doc), words_(doc) {
    for (const EntityMention& mention : doc.mentions) forms_.push_back(FormOf(doc, mention));
  }

  void Run() {
    for (size_t m = 0; m < forms_.size(); ++m) {
      if (!IsShortPerson(m) && AcronymOf(m).empty()) doc_.mentions[m].entity = EntityForKey(m);
    }
    LinkShortPersonNames();
    for (size_t m = 0; m < forms_.size(); ++m) {
      if (!AcronymOf(m).empty()) Assign(m, Expansion(m));
    }
    SetTypesAndCanonicalNames();
  }

 private:
  bool IsShortPerson(size_t m) const {
    return doc_.mentions[m].type == EntityType::kPerson && forms_[m].words.size() == 1;
  }
  std::string AcronymOf(size_t m) const {
    return GroupClass(doc_.mentions[m].type) == 'X' ? AcronymLetters(forms_[m]) : "";
  }

  uint32_t EntityForKey(size_t m) {
    const std::string key = GroupClass(doc_.mentions[m].type) + forms_[m].key;
    auto [it, added] = by_key_.try_emplace(key, static_cast<uint32_t>(doc_.entities.size()));
    if (added) doc_.entities.push_back(Entity{doc_.mentions[m].type, "", {}});
    return it->second;
  }

  // Links m to the entity of mention `target`, or to its own name's entity when target < 0.
  void Assign(size_t m, int target) {
    doc_.mentions[m].entity = target >= 0 ? doc_.mentions[target].entity : EntityForKey(m);
  }

  // Of the mentions accepted by `fits`, the nearest before m, else the nearest after it.
  template <typename Fits>
  int Nearest(size_t m, Fits fits) const {
    int before = -1, after = -1;
    for (size_t j = 0; j < forms_.size(); ++j) {
      if (j == m || doc_.mentions[j].entity == kNoEntity || !fits(j)) continue;
      if (doc_.mentions[j].span.start < doc_.mentions[m].span.start) {
        before = static_cast<int>(j);
      } else if (after < 0) {
        after = static_cast<int>(j);
      }
    }
    return before >= 0 ? before : after;
  }

  // Full person names (two words or more) by their last and by their first word.
  using NamesByWord = std::map<std::string, std::vector<size_t>>;

  // Pass 2, in text order, so `named` counts every name mention before m.
  void LinkShortPersonNames() {
    NamesByWord by_last, by_first, organisations;
    for (size_t m = 0; m < forms_.size(); ++m) {
      if (forms_[m].words.size() < 2) continue;
      if (doc_.mentions[m].type == EntityType::kOrganization) {
        organisations[LowerCase(forms_[m].words.front())].push_back(m);
      }
      if (doc_.mentions[m].type != EntityType::kPerson) continue;
      by_last[LowerCase(forms_[m].words.back())].push_back(m);
      by_first[LowerCase(forms_[m].words.front())].push_back(m);
    }
    std::map<uint32_t, int> named;
    for (size_t m = 0; m < forms_.size(); ++m) {
      if (IsShortPerson(m)) {
        int target = MostNamed(m, by_last, named);
        // Family name first (East Asian names, Hungarian ones): the first word.
        if (target < 0) target = MostNamed(m, by_first, named);
        // No person of that name, but an organisation whose name starts with it ("Orrin" after
        // "Orrin Telecom"): the short form of the organisation.
        if (target < 0) {
          target = MostNamed(m, organisations, named);
          if (target >= 0) doc_.mentions[m].type = EntityType::kOrganization;
        }
        Assign(m, target);
      }
      if (doc_.mentions[m].entity != kNoEntity) ++named[doc_.mentions[m].entity];
    }
  }

  // A shared family name ("Chen" after three Chens) goes to the person named most often so far
  // (the nearest among equals): a story shortens the name of the person it is about. With no
  // full name before it, the nearest one after it.
  int MostNamed(size_t m, const NamesByWord& names, std::map<uint32_t, int>& named) const {
    auto it = names.find(forms_[m].key);
    if (it == names.end()) return -1;
    const uint32_t start = doc_.mentions[m].span.start;
    int chosen = -1;
    for (size_t j : it->second) {
      if (doc_.mentions[j].span.start >= start) return chosen >= 0 ? chosen : static_cast<int>(j);
      if (chosen < 0 || named[doc_.mentions[j].entity] >= named[doc_.mentions[chosen].entity]) {
        chosen = static_cast<int>(j);
      }
    }
    return chosen;
  }

  int Expansion(size_t m) const {
    const std::string letters = AcronymOf(m);
    // "International Monetary Fund (IMF)".
    const int first = words_.FirstToken(m);
    if (words_.valid(first - 1) && words_.Word(first - 1) == "(") {
      const int before = words_.MentionEndingAt(first - 2);
      if (before >= 0 && GroupClass(doc_.mentions[before].type) == 'X' &&
          forms_[before].words.size() >= 2) {
        return before;
      }
    }
    return Nearest(m, [&](size_t j) {
      if (GroupClass(doc_.mentions[j].type) != 'X' || forms_[j].words.size() < 2) return false;
      auto [capitalised, all] = Initials(forms_[j]);
      return letters == capitalised || letters == all;
    });
  }

  void SetTypesAndCanonicalNames() {
    std::vector<std::map<EntityType, int>> votes(doc_.entities.size());
    std::vector<size_t> fullest(doc_.entities.size(), SIZE_MAX);
    for (size_t m = 0; m < forms_.size(); ++m) {
      const uint32_t e = doc_.mentions[m].entity;
      ++votes[e][doc_.mentions[m].type];
      if (fullest[e] == SIZE_MAX || forms_[m].words.size() > forms_[fullest[e]].words.size()) {
        fullest[e] = m;
      }
    }
    for (size_t e = 0; e < doc_.entities.size(); ++e) {
      Entity& entity = doc_.entities[e];
      for (const auto& [type, count] : votes[e]) {
        if (count > votes[e][entity.type]) entity.type = type;
      }
      if (fullest[e] == SIZE_MAX) continue;
      for (std::string_view word : forms_[fullest[e]].words) {
        if (!entity.canonical.empty()) entity.canonical += ' ';
        entity.canonical += word;
      }
    }
  }

  Document& doc_;
  const DocumentWords words_;
  std::vector<NameForm> forms_;
  std::map<std::string, uint32_t> by_key_;
};

// Text order; a mention enclosing another ("the Chilean leader" around "Chilean") comes first.
void SortMentions(Document& doc) {
  std::stable_sort(doc.mentions.begin(), doc.mentions.end(),
                   [](const EntityMention& a, const EntityMention& b) {
                     if (a.span.start != b.span.start) return a.span.start < b.span.start;
                     return a.span.end > b.span.end;
                   });
}

}  // namespace

void ResolveCoreference(Document& doc, const EntityOptions& options) {
  // Start again from the name mentions, so a second run gives the same result.
  std::erase_if(doc.mentions, [](const EntityMention& m) { return m.kind != MentionKind::kName; });
  for (EntityMention& mention : doc.mentions) mention.entity = kNoEntity;
  doc.entities.clear();
  SortMentions(doc);
  NameGrouper(doc).Run();
  AttachRoles(doc);
  if (options.resolve_coreference) {
    AddNominalMentions(doc, options);
    AddPronounMentions(doc, options);
  }
  SortMentions(doc);
}

}  // namespace storyline::extract
