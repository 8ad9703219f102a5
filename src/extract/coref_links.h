// Private to src/extract: the second half of ResolveCoreference() (coref_links.cc).
//
// Both functions run after the name mentions have entities and the people their roles; they
// append mentions (kind kNominal / kPronoun) linked to an existing entity, and only when the link
// reaches options.min_confidence: a description or pronoun that cannot be resolved is left out.
// doc.mentions is not re-sorted.
#pragma once

#include "core/document.h"
#include "extract/entities.h"

namespace storyline::extract {

// "the Chilean president", "the South African leader", "the head of the Chilean state", "the
// Bluefield chairman", "the official", "the company", "the country".
void AddNominalMentions(Document& doc, const EntityOptions& options);

// he/him/his/himself, she/her/hers/herself -> the person they most likely refer to.
void AddPronounMentions(Document& doc, const EntityOptions& options);

}  // namespace storyline::extract
