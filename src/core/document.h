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

// ---- Annotation layers (added by `text` and `extract`; empty after `clean`) ----

// A token of the text. Tokens are kept in memory for the stages and are not written to JSON.
struct Token {
  ByteSpan span;
  uint16_t shape = 0;  // TokenShape bits (text/segment.h)
};

// A sentence: its byte span and the half-open range of its tokens in Document::tokens.
struct Sentence {
  ByteSpan span;
  uint32_t first_token = 0;
  uint32_t end_token = 0;
};

enum class EntityType : uint8_t { kPerson, kOrganization, kLocation, kNationality };
enum class MentionKind : uint8_t { kName, kNominal, kPronoun };
const char* EntityTypeName(EntityType type);    // "PERSON", "ORGANIZATION", ...
const char* MentionKindName(MentionKind kind);  // "name", "nominal", "pronoun"

// A role a person holds according to the text ("foreign minister" of "Russia"), with the span of
// the words that say so: a fact with provenance.
struct Role {
  std::string title;        // lower-case role words, e.g. "foreign minister"
  std::string affiliation;  // the country or organisation, as named (may be empty)
  ByteSpan evidence;        // the span that states the role
};

// One mention of a person, organisation, place or nationality. `entity` indexes
// Document::entities: every mention of the same thing within the document shares it.
struct EntityMention {
  ByteSpan span;
  EntityType type = EntityType::kPerson;
  MentionKind kind = MentionKind::kName;
  uint32_t entity = 0;
  float confidence = 0;
};

// A thing the document talks about: its type, the fullest name used for it, and its roles.
struct Entity {
  EntityType type = EntityType::kPerson;
  std::string canonical;
  std::vector<Role> roles;
};

// A time expression normalised to a TimeML TIMEX3 value ("2025-01-22", "XXXX-06", "P3D", "T09:35",
// "PRESENT_REF"). `anchor` says what a relative value was computed from ("document time
// 2025-01-22", "previous date 2025-01-20"); empty for absolute values.
struct TimeExpression {
  ByteSpan span;
  std::string type;  // DATE, TIME, DURATION or SET
  std::string value;
  std::string anchor;
  float confidence = 0;
};

// When the article was written, as inferred by the analyser from metadata, dateline, headings and
// content; value is absent when unknown and evidence then says why. `rejected` lists candidate
// dates that were ruled out, each with its reason.
struct DocumentTime {
  std::optional<std::string> value;  // ISO date (YYYY-MM-DD) or a TIMEX3 value for a coarser date
  std::string evidence;
  float confidence = 0;
  std::vector<std::string> rejected;
};

// Marks an index (into Document::entities, times, ...) that points nowhere.
inline constexpr uint32_t kNoIndex = UINT32_MAX;

enum class QuoteKind : uint8_t { kDirect, kPartial, kReported };
const char* QuoteKindName(QuoteKind kind);  // "direct", "partial", "reported"

// Words the text attributes to someone: a direct quote (“A,” he said), a partial quote inside
// reported speech (called it a “historic event”) or reported speech (X said that A). `span` runs
// from the first quoted word to the last, quote marks excluded; an attribution inside the quote
// ("“A,” he said. “B.”") splits it into `parts`, whose texts joined by one space are the quote.
// The speaker is the mention that names the speaker where the attribution stands ("he", "the
// Aldonian leader", "Kellan"); `speaker_entity` is the entity it refers to. Every attribution
// keeps its evidence (`cue`: the words that attribute it).
struct Quote {
  ByteSpan span;
  std::vector<ByteSpan> parts;
  QuoteKind kind = QuoteKind::kDirect;
  ByteSpan speaker;                    // empty when the speaker is unknown
  uint32_t speaker_entity = kNoIndex;  // index into Document::entities
  ByteSpan cue;                        // "he said", "according to X", "X told reporters"
  std::string verb;                    // the speech verb's lemma: "say", "tell", "warn", ...
  std::string medium;                  // to whom or where: "reporters", "Russia 1 channel"
  std::string conflict;                // why the stated attribution was overruled, if it was
  float confidence = 0;
};

// A participant, object or place of an event: a span of the text and, when it names an entity,
// that entity.
struct EventArgument {
  ByteSpan span;
  uint32_t entity = kNoIndex;  // index into Document::entities
};

// Something that happened (or is expected, planned or denied), typed by the event schema in
// docs/events.md (kEventSchemaVersion): MEET, VISIT, TRAVEL, SIGN, STATEMENT, GIFT, EXCHANGE,
// MILITARY, SANCTION, VETO, CEREMONY. `trigger` is the word that says it happened ("met",
// "signed"); `sentence` is its evidence.
struct Event {
  static constexpr int kEventSchemaVersion = 1;

  std::string type;
  std::string subtype;  // e.g. STATEMENT: praise, support, criticism, warning, ...; may be empty
  ByteSpan trigger;
  std::vector<EventArgument> agents;
  std::vector<EventArgument> counterparts;
  std::optional<EventArgument> object;  // the thing signed, given, tested, ... ("the treaty on X")
  std::optional<EventArgument> place;
  // When: a time expression (index into Document::times), else the document time with lower
  // confidence; `time_value` is empty when neither is known.
  std::string time_value;
  uint32_t time = kNoIndex;
  std::string time_source;            // "expression", "document_time" or ""
  bool negated = false;               // polarity: "did not sign" is a negated SIGN
  std::string modality = "happened";  // happened, expected, planned, denied
  uint32_t sentence = 0;              // index into Document::sentences
  float confidence = 0;
};

struct Document {
  static constexpr int kSchemaVersion = 3;

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

  // Layers of `storyline analyze`. `analyzed` is set once they have been computed, so an empty
  // layer of an analysed document is written as [] and a clean-only record omits them.
  bool analyzed = false;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<EntityMention> mentions;
  std::vector<Entity> entities;
  std::vector<TimeExpression> times;
  DocumentTime document_time;
  std::vector<Quote> quotes;
  std::vector<Event> events;

  // Set when the item could not be processed; the other fields hold what was known.
  std::optional<std::string> error;

  void AddFlag(std::string name, std::string evidence,
               std::optional<std::string> related = std::nullopt);
  bool HasFlag(std::string_view name) const;
};

}  // namespace storyline
