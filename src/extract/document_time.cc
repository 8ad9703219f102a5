// InferDocumentTime(): when the article was written. Candidates, strongest first: the record's
// `published` metadata (its local date part), a dateline date in the first line, a date heading
// line (a live blog's latest day), and the latest full date the text mentions. Metadata that a
// dateline or heading contradicts by more than a month is rejected with its reason (page chrome
// often carries a crawl or update date).
#include <algorithm>
#include <cstdlib>
#include <string>

#include "extract/time_calendar.h"
#include "extract/time_rules.h"
#include "extract/times.h"

namespace storyline::extract {

namespace {

using timecal::CivilDate;

constexpr int64_t kContradictionDays = 31;
constexpr uint32_t kDatelineBytes = 120;  // a dateline sits at the very start of the text

int64_t DaysBetween(const CivilDate& a, const CivilDate& b) {
  return std::llabs(timecal::DaysFromCivil(a.year, a.month, a.day) -
                    timecal::DaysFromCivil(b.year, b.month, b.day));
}

struct TextDates {
  std::optional<CivilDate> dateline;          // a full date in the first line
  std::optional<CivilDate> heading;           // the latest whole-line date
  std::optional<CivilDate> partial_dateline;  // month and day of a dateline without a year
};

void Later(std::optional<CivilDate>& latest, const CivilDate& day) {
  if (!latest || timecal::DaysFromCivil(day.year, day.month, day.day) >
                     timecal::DaysFromCivil(latest->year, latest->month, latest->day)) {
    latest = day;
  }
}

// A dateline's date is followed by the agency or the dash that opens the story ("Jan. 22
// (Wire) –", "22 January 2031 — "), not by running text ("on 3 May 2030 it rained").
bool EndsDateline(std::string_view text, size_t end) {
  while (end < text.size() && (text[end] == ' ' || text[end] == ',')) ++end;
  if (end >= text.size() || text[end] == '\n') return true;
  const std::string_view rest = text.substr(end);
  for (std::string_view opener : {"(", "-", "_", ":", "/", "\xE2\x80\x93", "\xE2\x80\x94"}) {
    if (rest.substr(0, opener.size()) == opener) return true;
  }
  return false;
}

std::vector<timerules::FoundTime> Scan(std::string_view text) {
  timerules::ScanOptions scan;
  scan.follow_headings = false;
  return timerules::ScanTimes(text, scan);
}

// Only the first line and short lines holding a digit can be a dateline or a heading, so only
// they are scanned (the full text is scanned later only when nothing better is known).
constexpr size_t kHeadingBytes = 60;

TextDates FindTextDates(std::string_view text) {
  TextDates out;
  const size_t first_end = std::min(text.find('\n'), text.size());
  for (const timerules::FoundTime& t : Scan(text.substr(0, first_end))) {
    // "Jan 22 (Wire) –": a dateline without its year, given as "XXXX-01-22".
    if (!out.dateline && !out.partial_dateline && t.value.size() == 10 &&
        t.value.compare(0, 5, "XXXX-") == 0 && t.start < kDatelineBytes &&
        EndsDateline(text, t.end)) {
      out.partial_dateline = timecal::ParseIsoPrefix("2000" + t.value.substr(4));
    }
    if (!t.absolute || !t.day.valid_day()) continue;
    if (t.whole_line) out.heading = t.day;
    if (!out.dateline && t.start < kDatelineBytes && !t.whole_line && EndsDateline(text, t.end)) {
      out.dateline = t.day;
    }
  }
  size_t start = first_end + 1;
  while (start < text.size()) {
    const size_t end = std::min(text.find('\n', start), text.size());
    std::string_view line = text.substr(start, end - start);
    if (line.size() <= kHeadingBytes && line.find_first_of("0123456789") != line.npos) {
      for (const timerules::FoundTime& t : Scan(line)) {
        if (t.absolute && t.day.valid_day() && t.whole_line) out.heading = t.day;
      }
    }
    start = end + 1;
  }
  return out;
}

std::optional<CivilDate> LatestDate(timerules::DocumentScans& scans) {
  std::optional<CivilDate> latest;
  for (const timerules::FoundTime& t : scans.Unanchored()) {
    if (t.absolute && t.day.valid_day()) Later(latest, t.day);
  }
  return latest;
}

// A yearless dateline completed with the latest year the text mentions (a story is rarely
// dated before the last year it speaks of).
std::optional<CivilDate> DatelineInLatestYear(const TextDates& dates,
                                              timerules::DocumentScans& scans) {
  if (!dates.partial_dateline) return std::nullopt;
  int year = 0;
  for (const timerules::FoundTime& t : scans.Unanchored()) {
    if (t.absolute && t.value.size() >= 4) {
      std::optional<CivilDate> d = timecal::ParseIsoPrefix(t.value);
      if (d) year = std::max(year, d->year);
    }
  }
  const CivilDate date{year, dates.partial_dateline->month, dates.partial_dateline->day};
  if (year == 0 || !timecal::IsValidDate(date.year, date.month, date.day)) return std::nullopt;
  return date;
}

void Set(DocumentTime& time, const CivilDate& date, std::string evidence, float confidence) {
  time.value = timecal::FormatDate(date);
  time.evidence = std::move(evidence);
  time.confidence = confidence;
}

}  // namespace

void InferDocumentTime(Document& doc) {
  timerules::DocumentScans scans(doc.text);
  InferDocumentTime(doc, scans);
}

void InferDocumentTime(Document& doc, timerules::DocumentScans& scans) {
  DocumentTime time;
  const TextDates dates = FindTextDates(doc.text);
  // The strongest date the text itself states: a dateline, else a heading.
  std::optional<CivilDate> stated = dates.dateline ? dates.dateline : dates.heading;
  const char* stated_name = dates.dateline ? "dateline" : "date heading";

  std::optional<CivilDate> metadata;
  if (doc.published.value) metadata = timecal::ParseIsoPrefix(*doc.published.value);
  if (metadata && !metadata->valid_day()) {
    time.rejected.push_back("published " + *doc.published.value + ": not a full date");
    metadata.reset();
  }
  if (metadata && stated && DaysBetween(*metadata, *stated) > kContradictionDays) {
    time.rejected.push_back("published " + timecal::FormatDate(*metadata) + ": contradicted by " +
                            stated_name + " " + timecal::FormatDate(*stated));
    metadata.reset();
  }
  if (metadata) {
    const std::string source =
        doc.published.evidence.empty() ? "" : " (" + doc.published.evidence + ")";
    Set(time, *metadata, "published metadata " + *doc.published.value + source, 0.95f);
  } else if (dates.dateline) {
    Set(time, *dates.dateline, "dateline " + timecal::FormatDate(*dates.dateline), 0.85f);
  } else if (dates.heading) {
    Set(time, *dates.heading, "latest date heading " + timecal::FormatDate(*dates.heading), 0.75f);
  } else if (std::optional<CivilDate> dated = DatelineInLatestYear(dates, scans)) {
    Set(time, *dated,
        "dateline " + timecal::FormatDate(*dated).substr(5) + " in the latest year the text names",
        0.6f);
  } else if (std::optional<CivilDate> latest = LatestDate(scans)) {
    Set(time, *latest, "latest full date in the text " + timecal::FormatDate(*latest), 0.4f);
  } else {
    time.evidence = doc.published.value ? "published value unusable and no date in the text"
                                        : "no published metadata, dateline, heading or full date "
                                          "in the text";
  }
  doc.document_time = std::move(time);
}

}  // namespace storyline::extract
