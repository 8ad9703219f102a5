// FindEntities(): the entity layer of a document (see entities.h), in five steps:
// DetectNames (entity_names.cc) -> PairDemonyms (demonyms.cc) -> ResolveCoreference
// (coreference.cc, which attaches roles via roles.cc before it links descriptions and pronouns)
// -> drop what is below the confidence floor -> renumber the entities densely in order of first
// mention.
#include "extract/entities.h"

#include <vector>

#include "extract/entity_stages.h"

namespace storyline::extract {
namespace {

// Drops mentions below the floor and entities left without mentions; entity ids follow the
// order of first mention, so they are dense and stable.
void KeepConfident(Document& doc, float min_confidence) {
  std::erase_if(doc.mentions, [&](const EntityMention& m) {
    return m.confidence < min_confidence || m.entity >= doc.entities.size();
  });
  std::vector<uint32_t> new_id(doc.entities.size(), kNoEntity);
  std::vector<Entity> kept;
  for (EntityMention& mention : doc.mentions) {
    uint32_t& id = new_id[mention.entity];
    if (id == kNoEntity) {
      id = static_cast<uint32_t>(kept.size());
      kept.push_back(std::move(doc.entities[mention.entity]));
    }
    mention.entity = id;
  }
  doc.entities = std::move(kept);
}

}  // namespace

void FindEntities(Document& doc, const EntityOptions& options) {
  doc.mentions.clear();
  doc.entities.clear();
  DetectNames(doc, options);
  PairDemonyms(doc);
  // Names below the floor would otherwise attract descriptions and pronouns.
  std::erase_if(doc.mentions,
                [&](const EntityMention& m) { return m.confidence < options.min_confidence; });
  ResolveCoreference(doc, options);
  KeepConfident(doc, options.min_confidence);
}

}  // namespace storyline::extract
