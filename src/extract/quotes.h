// Quotes and reported speech, each attributed to a speaker with its evidence.
//
// FindQuotes() finds direct quotes in every quotation style (“ ” „ “ « » ‘ ’ and straight
// quotes, nested, spanning sentences and paragraphs, split by an attribution: “A,” he said.
// “B.”), partial quotes inside reported speech (described it as a “historic event”) and reported
// speech (X said (that) ..., according to X, ...). Scare quotes, quoted titles and headline
// fragments are told apart from speech and left out. Each quote's speaker is the name next to it,
// else the entity a pronoun, description or title there refers to (the entity layer's
// coreference); a quote the text attributes against a consistent chain of speakers keeps the
// chain's speaker and says why in `conflict`.
#pragma once

#include "core/document.h"

namespace storyline::extract {

struct QuoteOptions {
  // Reported speech ("X said that ...") besides quotation marks.
  bool reported_speech = true;
  // Quotes below this confidence are dropped.
  float min_confidence = 0.3f;
};

// Fills doc.quotes in text order. Needs doc.sentences and the entity layer (FindEntities).
void FindQuotes(Document& doc, const QuoteOptions& options = {});

}  // namespace storyline::extract
