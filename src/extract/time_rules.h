// Private to the times stage: the hand-written scanner that finds and normalises time expressions.
//
// The text is cut into light tokens of its own (words, numbers with inner separators, single
// punctuation marks, initialisms such as "a.m."), so the stage works on doc.text alone. At every
// token the rule families (numeric dates, month-name dates, years and decades, quarters and
// halves, deictic and relative expressions, weekdays, clock times, durations, sets, references)
// are tried; the longest match wins and scanning resumes after it, so results are sorted and never
// overlap. Spans follow TimeBank's conventions: determiners and modifiers such as "the", "last",
// "early", "about" are inside, prepositions outside.
//
// Relative values are resolved against the anchor (the document time), or, with
// follow_headings, against the latest line that is nothing but a full date (a live blog's day
// heading). No std::regex: one pass over the bytes and a constant amount of work per token.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "extract/time_calendar.h"
#include "extract/times.h"

namespace storyline::extract::timerules {

struct FoundTime {
  uint32_t start = 0;  // byte span in the scanned text
  uint32_t end = 0;
  std::string type;  // DATE, TIME, DURATION, SET
  std::string value;
  std::string anchor;  // what a relative value was computed from; empty for absolute ones
  float confidence = 0;
  bool absolute = false;    // the value needs no anchor
  bool whole_line = false;  // the expression is all a line holds (a heading or dateline date)
  timecal::CivilDate day;   // the calendar day meant, when the value names one
};

struct ScanOptions {
  timecal::CivilDate anchor;  // year 0 = unknown
  std::string anchor_text;    // e.g. "document time 2025-01-22"
  bool follow_headings = true;
};

std::vector<FoundTime> ScanTimes(std::string_view text, const ScanOptions& options);

// A text cut into the scanner's tokens once, to be scanned several times with different options
// (Scan(options) gives what ScanTimes(text, options) gives). The text must outlive it.
class PreparedText {
 public:
  explicit PreparedText(std::string_view text);
  ~PreparedText();
  PreparedText(PreparedText&&) noexcept;
  PreparedText& operator=(PreparedText&&) noexcept;

  std::vector<FoundTime> Scan(const ScanOptions& options) const;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

// The scanner's work on one document's text, shared by InferDocumentTime() and FindTimes() so the
// text is tokenised once and scanned as few times as their results allow.
class DocumentScans {
 public:
  explicit DocumentScans(std::string_view text) : text_(text) {}

  std::string_view text() const { return text_; }
  const PreparedText& Prepared();
  // ScanTimes(text, {no anchor, follow_headings = false}), scanned on first use.
  const std::vector<FoundTime>& Unanchored();
  bool HasUnanchored() const { return unanchored_.has_value(); }

 private:
  std::string_view text_;
  std::optional<PreparedText> prepared_;
  std::optional<std::vector<FoundTime>> unanchored_;
};

}  // namespace storyline::extract::timerules

namespace storyline::extract {

// InferDocumentTime() and FindTimes() (times.h) over shared scans of doc.text; the results are
// those of the plain calls. Analyze() uses these.
void InferDocumentTime(Document& doc, timerules::DocumentScans& scans);
void FindTimes(Document& doc, const TimeOptions& options, timerules::DocumentScans& scans);

}  // namespace storyline::extract
