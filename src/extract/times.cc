// FindTimes(): runs the time-expression scanner (time_rules.h) over the clean text, anchored on
// the document time when it names a day.
#include "extract/times.h"

#include "extract/time_calendar.h"
#include "extract/time_rules.h"

namespace storyline::extract {

namespace {

// Without an anchor, a scan that follows headings differs from one that does not only from the
// first line that is nothing but a full date: without one, the two give the same expressions.
bool HasDateHeading(const std::vector<timerules::FoundTime>& found) {
  for (const timerules::FoundTime& f : found) {
    if (f.whole_line && f.absolute && f.day.valid_day()) return true;
  }
  return false;
}

}  // namespace

void FindTimes(Document& doc, const TimeOptions& options) {
  timerules::DocumentScans scans(doc.text);
  FindTimes(doc, options, scans);
}

void FindTimes(Document& doc, const TimeOptions& options, timerules::DocumentScans& scans) {
  timerules::ScanOptions scan;
  scan.follow_headings = options.follow_date_headings;
  if (doc.document_time.value) {
    std::optional<timecal::CivilDate> date = timecal::ParseIsoPrefix(*doc.document_time.value);
    if (date && date->valid_day()) {
      scan.anchor = *date;
      scan.anchor_text = "document time " + timecal::FormatDate(*date);
    }
  }
  std::vector<timerules::FoundTime> found;
  if (!scan.anchor.valid_day() && scans.HasUnanchored() &&
      (!scan.follow_headings || !HasDateHeading(scans.Unanchored()))) {
    found = scans.Unanchored();  // the document time's scan already gave them
  } else {
    found = scans.Prepared().Scan(scan);
  }
  doc.times.clear();
  for (timerules::FoundTime& f : found) {
    TimeExpression t;
    t.span = {f.start, f.end};
    t.type = std::move(f.type);
    t.value = std::move(f.value);
    t.anchor = std::move(f.anchor);
    t.confidence = f.confidence;
    doc.times.push_back(std::move(t));
  }
}

}  // namespace storyline::extract
