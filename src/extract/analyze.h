// The whole reading layer on one clean document: tokens and sentences, document time, time
// expressions, entities with roles and coreference, quotes with speakers, typed events. Sets
// doc.analyzed. Documents with an error are left as they are.
#pragma once

#include "core/document.h"
#include "extract/entities.h"
#include "extract/events.h"
#include "extract/quotes.h"
#include "extract/times.h"

namespace storyline::extract {

struct AnalyzeOptions {
  EntityOptions entities;
  TimeOptions times;
  QuoteOptions quotes;
  EventOptions events;
};

void Analyze(Document& doc, const AnalyzeOptions& options = {});

}  // namespace storyline::extract
