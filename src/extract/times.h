// Time expressions and document time.
//
// FindTimes() detects time expressions in the clean text and normalises each to a TimeML TIMEX3
// value exactly as TempEval gold writes it: dates ("2025-01-22", "2025-01", "2025", "XXXX-06",
// "2025-W03", "2025-SU", "199X"), times ("2025-01-22T09:35", "T09:35" when the day is unknown),
// durations ("P3D", "PT1H30M", "P24Y"), sets ("P1W" with type SET), and the references
// "PRESENT_REF", "PAST_REF", "FUTURE_REF". Relative expressions ("on Wednesday", "last year",
// "earlier this month", "24 years ago") are resolved against the document time, or against the
// nearest preceding absolute date in the same document when the text moves (a live blog's date
// headings); each records its anchor. Without any anchor a relative date keeps its unknown parts
// as X ("XXXX-XX-XX" is never produced: such a mention is given a lower confidence instead).
//
// InferDocumentTime() decides when the article was written, from the record's `published`
// value, a dateline ("KALLISVIK, Aldonia, Jan 22 (Wire) –"), a date heading, live-blog entries
// and content clues, and rejects page-chrome dates that contradict the content.
#pragma once

#include <string_view>
#include <vector>

#include "core/document.h"

namespace storyline::extract {

struct TimeOptions {
  // Resolve relative expressions against the nearest preceding absolute date in the text when it
  // is a heading line (live blogs) rather than against the document time.
  bool follow_date_headings = true;
};

// Fills doc.document_time. Needs doc.tokens/doc.sentences (text::Segment) and doc.published.
void InferDocumentTime(Document& doc);

// Fills doc.times. Needs doc.tokens/doc.sentences and doc.document_time.
void FindTimes(Document& doc, const TimeOptions& options = {});

}  // namespace storyline::extract
