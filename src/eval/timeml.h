// TimeML (.tml) reading and the TempEval-3 time-expression score, usable on a user's own gold.
//
// ParseTimeml() reads one TimeML document with libxml2 (entities decoded): its text is the
// character content of <TEXT> with every tag stripped and whitespace exactly as in the file; its
// gold TIMEX3 spans are UTF-8 byte offsets into that text; `published` is the value of the DCT
// TIMEX3 (functionInDocument="CREATION_TIME").
//
// ScoreTimes() implements TempEval-3's definition (../shared/corpora/README.md): strict (exact
// span) and relaxed (any overlap, one-to-one) detection P/R/F1; value P/R/F1 = relaxed matches
// whose value equals gold exactly, divided by the predicted count and by the gold count; type
// accuracy over relaxed matches. When a predicted record's text differs from the gold text, gold
// spans are re-found in it by their surface string, in order, near their original offset; those
// that cannot be found count as misses and are reported in `unaligned`.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace storyline::eval {

struct Timex {
  uint32_t start = 0;  // UTF-8 byte offsets into the document text, end exclusive
  uint32_t end = 0;
  std::string type;  // DATE, TIME, DURATION, SET
  std::string value;
};

struct TimemlDocument {
  std::string id;         // file stem
  std::string text;       // <TEXT> content, tags stripped
  std::string published;  // DCT value, e.g. "1998-01-08" (empty when the file has none)
  std::vector<Timex> timexes;
};

// Parses one TimeML document; nullopt (and *error set) when it is not well-formed XML or has no
// <TEXT> element.
std::optional<TimemlDocument> ParseTimeml(std::string_view xml, std::string id,
                                          std::string* error = nullptr);

// Reads a .tml file, or every .tml file under a folder (recursively, sorted by path), appending to
// `out`. Returns false (and *error) when the path cannot be read or a file fails to parse.
bool LoadTimeml(const std::string& path, std::vector<TimemlDocument>& out,
                std::string* error = nullptr);

// A prediction for one document: the text the spans point into, and its time expressions.
struct TimesPrediction {
  std::string text;
  std::vector<Timex> times;
};

struct Prf {
  double precision = 0, recall = 0, f1 = 0;
};

// One scoring error, for inspection: kind is "value" (relaxed match, wrong value), "miss" (gold
// with no relaxed match) or "false_positive".
struct TimesError {
  std::string kind;
  std::string id;
  std::string gold_text, gold_type, gold_value;
  std::string predicted_text, predicted_type, predicted_value;
  std::string context;  // the surrounding text
};

struct TimesScore {
  size_t documents = 0, missing = 0;  // gold documents, and those without a prediction
  size_t gold = 0, predicted = 0;
  size_t strict_matches = 0, relaxed_matches = 0, value_matches = 0, type_matches = 0;
  size_t unaligned = 0;  // gold spans not found in a prediction whose text differs
  Prf strict, relaxed, value;
  double type_accuracy = 0;
  std::vector<TimesError> errors;
};

// Scores predictions (id -> prediction) against gold; predicted ids absent from gold are ignored.
// Keeps every error in `errors` when keep_errors is set.
TimesScore ScoreTimes(const std::vector<TimemlDocument>& gold,
                      const std::map<std::string, TimesPrediction>& predicted,
                      bool keep_errors = false);

}  // namespace storyline::eval
