// Typed events: who did what to whom, where and when, in the schema of docs/events.md
// (Event::kEventSchemaVersion).
//
// FindEvents() reads each sentence for event triggers (met, talks, visit, arrived, signed,
// praised, warned, gave, launched, imposed, vetoed, ...) and fills the event's agents,
// counterparts, object, place and time from the entity and time layers, with polarity
// ("did not sign"), modality (happened, expected, planned, denied) and a confidence; the
// sentence is the evidence. An event without a time expression of its own takes the document time
// (or the live-blog entry's heading time) with a lower confidence.
#pragma once

#include "core/document.h"

namespace storyline::extract {

struct EventOptions {
  // Events below this confidence are dropped.
  float min_confidence = 0.3f;
};

// Fills doc.events in text order. Needs doc.sentences, doc.times and the entity layer; quotes
// (FindQuotes) let STATEMENT events name what was said.
void FindEvents(Document& doc, const EventOptions& options = {});

}  // namespace storyline::extract
