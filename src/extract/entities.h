// Named entities, roles and in-document coreference.
//
// FindEntities() finds mentions of people, organisations, places and nationalities by name
// (capitalisation, the lexicon, name-shape patterns of many languages, and context), attaches the
// roles the text gives people ("Foreign Minister X", "X, the Kremlin spokesman", "the country's
// defence minister X"), then links short forms, descriptions ("the Russian president", "the
// official") and pronouns to the entities they refer to. Each entity's canonical name is the
// fullest name the document uses for it.
#pragma once

#include "core/document.h"

namespace storyline::extract {

struct EntityOptions {
  // Link nominal descriptions and pronouns to entities (the name mentions are found either way).
  bool resolve_coreference = true;
  // Mentions below this confidence are dropped.
  float min_confidence = 0.5f;
};

// Fills doc.mentions and doc.entities (mentions in text order). Needs doc.tokens/doc.sentences.
void FindEntities(Document& doc, const EntityOptions& options = {});

// "PERSON", "ORGANIZATION", ... and "name", "nominal", "pronoun": defined with the document
// model (core/document.h), which the JSON writer shares; named here too for this stage's users.
using storyline::EntityTypeName;
using storyline::MentionKindName;

}  // namespace storyline::extract
