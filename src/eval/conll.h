// CoNLL-2003 named entities: reading the data, writing it as analyze input, and the entity score
// of ../shared/corpora/README.md, usable on a user's own CoNLL-format gold.
//
// ParseConll() reads `TOKEN POS CHUNK NER` lines (IOB1: I-X continues or starts an entity, B-X
// starts a new one only where two entities of one type touch; IOB2 files read the same way), a
// blank line between sentences and `-DOCSTART-` lines between documents (wherever they stand: a
// file whose first `-DOCSTART-` is at its end is one document before it). Documents are named
// "<stem>-001", "<stem>-002", ... in file order.
//
// ConllText() is the text a document is fed to `storyline analyze` as: tokens joined by one space,
// sentences by "\n".
//
// ScoreConll() aligns each gold document's tokens onto the predicted record's text in order (a
// longest common subsequence of tokens and whitespace-separated words, or a substring walk when
// that loses fewer tokens, as for a text that does not separate tokens by spaces), so a reflowed
// text or one that lost lines scores the same on what is left; a token that cannot be found is
// lost. It then matches predicted name mentions to gold entities by exact span
// and exact type. A prediction whose offsets are not the start and the end of aligned tokens is a
// false positive. The headline is micro P/R/F1 over PER, ORG and LOC together (a PER/ORG/LOC
// prediction on a gold MISC span is a false positive there); MISC is scored apart. A gold document
// with no predicted record counts all its entities as missed.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace storyline::eval {

enum class ConllType : uint8_t { kPer, kOrg, kLoc, kMisc };
inline constexpr size_t kConllTypes = 4;

const char* ConllTypeName(ConllType type);  // "PER", "ORG", "LOC", "MISC"

// A gold entity: the half-open range of its tokens in ConllDocument::tokens.
struct ConllEntity {
  uint32_t first_token = 0;
  uint32_t end_token = 0;
  ConllType type = ConllType::kPer;
};

struct ConllDocument {
  std::string id;
  std::vector<std::string> tokens;
  std::vector<uint32_t> sentence_ends;  // one past the last token of each sentence, increasing
  std::vector<ConllEntity> entities;
};

// Parses a CoNLL file's content; documents without tokens are skipped. Unknown NER tags (neither
// O nor [IB]-PER/ORG/LOC/MISC) read as O.
std::vector<ConllDocument> ParseConll(std::string_view content, std::string_view stem);

// The analyze input text of a document: tokens joined by " ", sentences by "\n".
std::string ConllText(const ConllDocument& doc);

// A predicted name mention: UTF-8 byte offsets into the predicted text, end exclusive.
struct ConllMention {
  uint32_t start = 0;
  uint32_t end = 0;
  ConllType type = ConllType::kPer;
};

// One predicted record: its text and its name mentions (the caller keeps only kind "name" and
// maps PERSON/ORGANIZATION/LOCATION/NATIONALITY to PER/ORG/LOC/MISC).
struct ConllPrediction {
  std::string text;
  std::vector<ConllMention> mentions;
};

// Reads one JSONL record of `storyline analyze` output: its "id", "text" and the "entities" that
// are name mentions (kind "name", or no kind) of type PERSON, ORGANIZATION, LOCATION or
// NATIONALITY (mapped to PER, ORG, LOC, MISC). False when the line is not a JSON object with a
// string id.
bool ParseConllPrediction(std::string_view line, std::string& id, ConllPrediction& prediction);

struct EntityCounts {
  size_t tp = 0;
  size_t fp = 0;
  size_t fn = 0;
  double Precision() const { return tp + fp ? double(tp) / double(tp + fp) : 0; }
  double Recall() const { return tp + fn ? double(tp) / double(tp + fn) : 0; }
  double F1() const {
    const double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

// A false positive or a miss, with enough context to sort errors into classes.
struct ConllError {
  std::string document;
  bool false_positive = false;  // else a missed gold entity
  ConllType type = ConllType::kPer;
  std::string text;     // the mention's words
  std::string context;  // the sentence around it, the mention in [brackets]
  std::string note;     // "gold LOC", "not on token boundaries", "document missing", ...
};

struct ConllScore {
  size_t documents = 0;                            // gold documents
  size_t missing = 0;                              // gold documents without a predicted record
  size_t lost_tokens = 0;                          // gold tokens not found in the predicted texts
  EntityCounts headline;                           // PER + ORG + LOC
  std::array<EntityCounts, kConllTypes> per_type;  // indexed by ConllType, MISC included
  std::vector<ConllError> errors;                  // in document order
};

// Scores `predicted` (by document id) against `gold`.
ConllScore ScoreConll(const std::vector<ConllDocument>& gold,
                      const std::map<std::string, ConllPrediction>& predicted);

}  // namespace storyline::eval
