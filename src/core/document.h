// The one document model carried through the whole pipeline.
//
// A Document owns its clean text. Every stage adds typed layers of spans (UTF-8 byte offsets into
// `text`, end exclusive) and never edits what an earlier stage wrote. Its JSON form is described by
// docs/schema/document.schema.json (schema_version below) and lives in core/document_json.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace storyline {

// Byte offsets into Document::text; end is exclusive.
struct ByteSpan {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - start; }
  bool operator==(const ByteSpan&) const = default;
};

// A quality flag a user can filter on (link_spam, encoding_repaired, ...). `related` names another
// document when the flag is about a relation (a copy names its suspected original).
struct Flag {
  std::string name;
  std::string evidence;
  std::optional<std::string> related;
};

// A block of the page the cleaner cut, kept so every cut can be audited. It no longer stands in
// `text`; `at` is the byte offset in `text` where it stood (so start == end in JSON).
struct RemovedBlock {
  std::string text;
  std::string reason;
  uint32_t at = 0;
};

// A paragraph of the clean text and the language it is written in.
struct Paragraph {
  ByteSpan span;
  std::string language;  // ISO 639-1 (or CLD2 code), "und" when unknown
};

// When the article was published, and the evidence the value came from ("meta
// article:published_time", "dateline line 3", ...). value is ISO-8601 or absent when unknown, in
// which case evidence says why.
struct PublishedDate {
  std::optional<std::string> value;
  std::string evidence;
};

struct Document {
  static constexpr int kSchemaVersion = 1;

  std::string id;      // file stem, JSONL "id", or a content hash
  std::string source;  // path (with ":line" / "#record" inside containers) or URL
  std::string url;     // canonical URL when known
  std::string outlet;  // site or publisher when known
  std::string format;  // "text" or "html": what the cleaner treated the input as
  std::string title;
  PublishedDate published;
  std::string language = "und";  // the language of most of the text
  std::string digest;            // "sha256:<hex>" of the raw input bytes
  uint64_t raw_bytes = 0;        // size of the raw input
  std::string charset;           // the encoding the raw bytes were decoded from

  std::string text;  // the article body only (never the title)
  std::vector<Flag> flags;
  std::vector<RemovedBlock> removed;
  std::vector<Paragraph> paragraphs;

  // Set when the item could not be processed; the other fields hold what was known.
  std::optional<std::string> error;

  void AddFlag(std::string name, std::string evidence,
               std::optional<std::string> related = std::nullopt);
  bool HasFlag(std::string_view name) const;
};

}  // namespace storyline
