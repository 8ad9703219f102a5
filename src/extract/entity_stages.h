// Private to src/extract: the three steps behind FindEntities() (entities.h), each in its own
// file so each can be tested alone on a hand-built Document.
//
//   DetectNames()         entity_names.cc   name mentions (kind kName) with type and confidence
//   AttachRoles()         roles.cc          roles stated next to person names
//   ResolveCoreference()  coreference.cc    entities, canonical names, nominal and pronoun mentions
#pragma once

#include <cstdint>
#include <vector>

#include "core/document.h"
#include "extract/entities.h"

namespace storyline::extract {

// Marks a mention that no entity has been assigned to yet.
inline constexpr uint32_t kNoEntity = UINT32_MAX;

// Fills doc.mentions with name mentions (kind kName, entity kNoEntity), in text order, not
// overlapping. Needs doc.tokens and doc.sentences.
void DetectNames(Document& doc, const EntityOptions& options);

// Retypes a one-word name and the demonym made from it in the same document ("Veskaria" /
// "Veskarian") as a place and a nationality word, when the lexicon does not know the demonym.
void PairDemonyms(Document& doc);

// Groups name mentions into doc.entities (same name, a person's short form, an acronym), sets
// each entity's canonical name (the fullest form used), and - when
// options.resolve_coreference - adds nominal ("the Aldonian leader", "the official") and pronoun
// mentions linked to the entity they refer to. Afterwards every mention has a valid entity index
// and doc.mentions is in text order.
void ResolveCoreference(Document& doc, const EntityOptions& options);

// Adds to doc.entities[*].roles the roles the text states for people ("Foreign Minister X",
// "X, the spokesman for the ministry", "the country's defence minister X"). Needs the entities
// from ResolveCoreference.
void AttachRoles(Document& doc);

}  // namespace storyline::extract
