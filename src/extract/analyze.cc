// The reading layer over one clean document (see analyze.h).
#include "extract/analyze.h"

#include "extract/time_rules.h"
#include "text/segment.h"

namespace storyline::extract {

namespace {

// The rules and lexicons of this layer are English; other languages get sentences only.
bool ReadsLanguage(const std::string& language) { return language == "en" || language == "und"; }

}  // namespace

void Analyze(Document& doc, const AnalyzeOptions& options) {
  if (doc.error) return;
  text::Segment(doc);
  timerules::DocumentScans scans(doc.text);  // the time scanner's tokens, made once
  InferDocumentTime(doc, scans);
  if (ReadsLanguage(doc.language)) {
    FindTimes(doc, options.times, scans);
    FindEntities(doc, options.entities);
    FindQuotes(doc, options.quotes);
    FindEvents(doc, options.events);
  } else {
    doc.AddFlag("language_not_analyzed",
                "entities and time expressions are read in English only; the document is in \"" +
                    doc.language + "\"");
  }
  doc.analyzed = true;
}

}  // namespace storyline::extract
