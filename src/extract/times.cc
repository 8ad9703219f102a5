// FindTimes(): runs the time-expression scanner (time_rules.h) over the clean text, anchored on
// the document time when it names a day.
#include "extract/times.h"

#include "extract/time_calendar.h"
#include "extract/time_rules.h"

namespace storyline::extract {

void FindTimes(Document& doc, const TimeOptions& options) {
  timerules::ScanOptions scan;
  scan.follow_headings = options.follow_date_headings;
  if (doc.document_time.value) {
    std::optional<timecal::CivilDate> date = timecal::ParseIsoPrefix(*doc.document_time.value);
    if (date && date->valid_day()) {
      scan.anchor = *date;
      scan.anchor_text = "document time " + timecal::FormatDate(*date);
    }
  }
  doc.times.clear();
  for (timerules::FoundTime& found : timerules::ScanTimes(doc.text, scan)) {
    TimeExpression t;
    t.span = {found.start, found.end};
    t.type = std::move(found.type);
    t.value = std::move(found.value);
    t.anchor = std::move(found.anchor);
    t.confidence = found.confidence;
    doc.times.push_back(std::move(t));
  }
}

}  // namespace storyline::extract
