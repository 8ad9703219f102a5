#include "core/document_json.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace storyline {

using nlohmann::json;

namespace {

// A direct writer instead of building a nlohmann tree: output is the hot end of `clean`, and a
// tree costs an allocation per field. Strings are escaped as JSON requires; any byte sequence that
// is not valid UTF-8 (a file name, say) is written as U+FFFD rather than producing invalid JSON.
class RecordWriter {
 public:
  explicit RecordWriter(std::string& out) : out_(out) {}

  void Key(std::string_view key) {
    out_.push_back(first_ ? '{' : ',');
    first_ = false;
    String(key);
    out_.push_back(':');
  }
  void Close() { out_.append(first_ ? "{}" : "}"); }

  void String(std::string_view s) {
    out_.push_back('"');
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    const auto* end = p + s.size();
    while (p < end) {
      const auto* run = p;
      while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\') ++p;
      out_.append(reinterpret_cast<const char*>(run), p - run);
      if (p == end) break;
      if (*p < 0x80) {
        Escape(*p++);
      } else {
        p = Utf8Sequence(p, end);
      }
    }
    out_.push_back('"');
  }
  void StringOrNull(std::string_view s) { s.empty() ? Null() : String(s); }
  void Null() { out_.append("null"); }
  void Number(uint64_t n) { out_.append(std::to_string(n)); }
  // A value in [0, 1] with two decimals (confidences).
  void Fraction(float f) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.2f", static_cast<double>(f));
    out_.append(buffer);
  }

 private:
  void Escape(uint8_t c) {
    switch (c) {
      case '"':
        out_.append("\\\"");
        break;
      case '\\':
        out_.append("\\\\");
        break;
      case '\n':
        out_.append("\\n");
        break;
      case '\t':
        out_.append("\\t");
        break;
      case '\r':
        out_.append("\\r");
        break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        out_.append("\\u00");
        out_.push_back(kHex[c >> 4]);
        out_.push_back(kHex[c & 15]);
      }
    }
  }

  // Copies one valid UTF-8 sequence starting at p, or writes U+FFFD for an invalid byte.
  const uint8_t* Utf8Sequence(const uint8_t* p, const uint8_t* end) {
    int32_t i = 0;
    const auto length = static_cast<int32_t>(std::min<ptrdiff_t>(end - p, 4));
    UChar32 c;
    U8_NEXT(p, i, length, c);
    if (c < 0) {
      out_.append("\xEF\xBF\xBD");
    } else {
      out_.append(reinterpret_cast<const char*>(p), i);
    }
    return p + i;
  }

  std::string& out_;
  bool first_ = true;
};

void WriteSpan(RecordWriter& w, uint32_t start, uint32_t end) {
  w.Key("start");
  w.Number(start);
  w.Key("end");
  w.Number(end);
}

// A JSON array of objects, one per element, each written by `write_fields`.
template <typename T, typename WriteFields>
void WriteArray(std::string& out, const std::vector<T>& items, WriteFields write_fields) {
  out.push_back('[');
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out.push_back(',');
    RecordWriter object(out);
    write_fields(object, items[i]);
    object.Close();
  }
  out.push_back(']');
}

std::string_view SpanText(const Document& doc, ByteSpan span) {
  return std::string_view(doc.text).substr(span.start, span.size());
}

void WriteRole(RecordWriter& r, const Role& role) {
  r.Key("title");
  r.String(role.title);
  r.Key("affiliation");
  r.StringOrNull(role.affiliation);
  WriteSpan(r, role.evidence.start, role.evidence.end);
}

// {"text", "start", "end"} of a span, or null when it is empty.
void WriteSpanObject(RecordWriter& w, std::string& out, const Document& doc, ByteSpan span) {
  if (span.size() == 0) {
    w.Null();
    return;
  }
  RecordWriter o(out);
  o.Key("text");
  o.String(SpanText(doc, span));
  WriteSpan(o, span.start, span.end);
  o.Close();
}

// The canonical name of entity `e`, or null.
void WriteCanonical(RecordWriter& w, const Document& doc, uint32_t e) {
  if (e < doc.entities.size()) {
    w.String(doc.entities[e].canonical);
  } else {
    w.Null();
  }
}

void WriteQuotes(RecordWriter& w, std::string& out, const Document& doc) {
  w.Key("quotes");
  WriteArray(out, doc.quotes, [&doc, &out](RecordWriter& q, const Quote& quote) {
    std::string text;
    for (const ByteSpan& part : quote.parts) {
      if (!text.empty()) text.push_back(' ');
      text.append(SpanText(doc, part));
    }
    q.Key("text");
    q.String(quote.parts.empty() ? SpanText(doc, quote.span) : std::string_view(text));
    WriteSpan(q, quote.span.start, quote.span.end);
    q.Key("parts");
    WriteArray(out, quote.parts,
               [](RecordWriter& p, const ByteSpan& part) { WriteSpan(p, part.start, part.end); });
    q.Key("kind");
    q.String(QuoteKindName(quote.kind));
    q.Key("speaker");
    q.StringOrNull(SpanText(doc, quote.speaker));
    q.Key("speaker_start");
    quote.speaker.size() ? q.Number(quote.speaker.start) : q.Null();
    q.Key("speaker_end");
    quote.speaker.size() ? q.Number(quote.speaker.end) : q.Null();
    q.Key("speaker_entity");
    quote.speaker_entity < doc.entities.size() ? q.Number(quote.speaker_entity) : q.Null();
    q.Key("speaker_canonical");
    WriteCanonical(q, doc, quote.speaker_entity);
    q.Key("cue");
    WriteSpanObject(q, out, doc, quote.cue);
    q.Key("verb");
    q.StringOrNull(quote.verb);
    q.Key("medium");
    q.StringOrNull(quote.medium);
    q.Key("conflict");
    q.StringOrNull(quote.conflict);
    q.Key("confidence");
    q.Fraction(quote.confidence);
  });
}

void WriteArgument(std::string& out, const Document& doc, const EventArgument& argument) {
  RecordWriter a(out);
  a.Key("text");
  a.String(SpanText(doc, argument.span));
  WriteSpan(a, argument.span.start, argument.span.end);
  a.Key("entity");
  argument.entity < doc.entities.size() ? a.Number(argument.entity) : a.Null();
  a.Key("canonical");
  WriteCanonical(a, doc, argument.entity);
  a.Close();
}

void WriteArguments(std::string& out, const Document& doc,
                    const std::vector<EventArgument>& arguments) {
  out.push_back('[');
  for (size_t i = 0; i < arguments.size(); ++i) {
    if (i) out.push_back(',');
    WriteArgument(out, doc, arguments[i]);
  }
  out.push_back(']');
}

void WriteOptionalArgument(RecordWriter& w, std::string& out, const Document& doc,
                           const std::optional<EventArgument>& argument) {
  argument ? WriteArgument(out, doc, *argument) : w.Null();
}

void WriteEventTime(RecordWriter& w, std::string& out, const Document& doc, const Event& event) {
  if (event.time_value.empty()) {
    w.Null();
    return;
  }
  RecordWriter t(out);
  t.Key("value");
  t.String(event.time_value);
  t.Key("source");
  t.String(event.time_source);
  const bool expression = event.time < doc.times.size();
  const ByteSpan span = expression ? doc.times[event.time].span : ByteSpan{};
  t.Key("text");
  expression ? t.String(SpanText(doc, span)) : t.Null();
  t.Key("start");
  expression ? t.Number(span.start) : t.Null();
  t.Key("end");
  expression ? t.Number(span.end) : t.Null();
  t.Close();
}

void WriteEvents(RecordWriter& w, std::string& out, const Document& doc) {
  w.Key("events");
  WriteArray(out, doc.events, [&doc, &out](RecordWriter& e, const Event& event) {
    e.Key("type");
    e.String(event.type);
    e.Key("subtype");
    e.StringOrNull(event.subtype);
    e.Key("text");
    e.String(SpanText(doc, event.trigger));
    WriteSpan(e, event.trigger.start, event.trigger.end);
    e.Key("agents");
    WriteArguments(out, doc, event.agents);
    e.Key("counterparts");
    WriteArguments(out, doc, event.counterparts);
    e.Key("object");
    WriteOptionalArgument(e, out, doc, event.object);
    e.Key("place");
    WriteOptionalArgument(e, out, doc, event.place);
    e.Key("time");
    WriteEventTime(e, out, doc, event);
    e.Key("polarity");
    e.String(event.negated ? "negative" : "positive");
    e.Key("modality");
    e.String(event.modality);
    e.Key("evidence");
    const ByteSpan sentence =
        event.sentence < doc.sentences.size() ? doc.sentences[event.sentence].span : ByteSpan{};
    {
      RecordWriter ev(out);
      WriteSpan(ev, sentence.start, sentence.end);
      ev.Close();
    }
    e.Key("confidence");
    e.Fraction(event.confidence);
  });
}

// The layers of `storyline analyze`: document time, sentences, entity mentions, roles, times,
// quotes, events.
void WriteAnalysis(RecordWriter& w, std::string& out, const Document& doc) {
  w.Key("document_time");
  {
    RecordWriter t(out);
    t.Key("value");
    doc.document_time.value ? t.String(*doc.document_time.value) : t.Null();
    t.Key("evidence");
    t.String(doc.document_time.evidence);
    t.Key("confidence");
    t.Fraction(doc.document_time.confidence);
    t.Key("rejected");
    out.push_back('[');
    for (size_t i = 0; i < doc.document_time.rejected.size(); ++i) {
      if (i) out.push_back(',');
      t.String(doc.document_time.rejected[i]);
    }
    out.push_back(']');
    t.Close();
  }
  w.Key("sentences");
  WriteArray(out, doc.sentences, [](RecordWriter& s, const Sentence& sentence) {
    WriteSpan(s, sentence.span.start, sentence.span.end);
  });
  w.Key("entities");
  WriteArray(out, doc.mentions, [&doc, &out](RecordWriter& m, const EntityMention& mention) {
    const Entity& entity = doc.entities[mention.entity];
    m.Key("text");
    m.String(SpanText(doc, mention.span));
    WriteSpan(m, mention.span.start, mention.span.end);
    m.Key("type");
    m.String(EntityTypeName(mention.type));
    m.Key("kind");
    m.String(MentionKindName(mention.kind));
    m.Key("entity");
    m.Number(mention.entity);
    m.Key("canonical");
    m.String(entity.canonical);
    m.Key("role");
    if (entity.roles.empty()) {
      m.Null();
    } else {
      RecordWriter r(out);
      WriteRole(r, entity.roles.front());
      r.Close();
    }
    m.Key("confidence");
    m.Fraction(mention.confidence);
  });
  w.Key("roles");
  out.push_back('[');
  bool first = true;
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    for (const Role& role : doc.entities[e].roles) {
      if (!first) out.push_back(',');
      first = false;
      RecordWriter r(out);
      r.Key("entity");
      r.Number(e);
      r.Key("name");
      r.String(doc.entities[e].canonical);
      WriteRole(r, role);
      r.Close();
    }
  }
  out.push_back(']');
  w.Key("times");
  WriteArray(out, doc.times, [&doc](RecordWriter& t, const TimeExpression& time) {
    t.Key("text");
    t.String(SpanText(doc, time.span));
    WriteSpan(t, time.span.start, time.span.end);
    t.Key("type");
    t.String(time.type);
    t.Key("value");
    t.String(time.value);
    t.Key("anchor");
    t.StringOrNull(time.anchor);
    t.Key("confidence");
    t.Fraction(time.confidence);
  });
  WriteQuotes(w, out, doc);
  WriteEvents(w, out, doc);
}

}  // namespace

std::string ToJsonLine(const Document& doc) {
  std::string out;
  out.reserve(doc.text.size() * 11 / 10 + 512 + doc.removed.size() * 64);
  RecordWriter w(out);
  w.Key("schema_version");
  w.Number(Document::kSchemaVersion);
  w.Key("id");
  w.String(doc.id);
  w.Key("source");
  w.String(doc.source);
  w.Key("url");
  w.StringOrNull(doc.url);
  w.Key("outlet");
  w.StringOrNull(doc.outlet);
  w.Key("format");
  w.String(doc.format);
  w.Key("title");
  w.String(doc.title);
  w.Key("published");
  {
    RecordWriter p(out);
    p.Key("value");
    doc.published.value ? p.String(*doc.published.value) : p.Null();
    p.Key("evidence");
    p.String(doc.published.evidence);
    p.Close();
  }
  w.Key("language");
  w.String(doc.language);
  w.Key("digest");
  w.String(doc.digest);
  w.Key("bytes");
  w.Number(doc.raw_bytes);
  w.Key("charset");
  w.String(doc.charset);
  w.Key("text");
  w.String(doc.text);
  w.Key("flags");
  WriteArray(out, doc.flags, [](RecordWriter& f, const Flag& flag) {
    f.Key("name");
    f.String(flag.name);
    f.Key("evidence");
    f.String(flag.evidence);
    f.Key("related");
    flag.related ? f.String(*flag.related) : f.Null();
  });
  w.Key("paragraphs");
  WriteArray(out, doc.paragraphs, [](RecordWriter& p, const Paragraph& paragraph) {
    WriteSpan(p, paragraph.span.start, paragraph.span.end);
    p.Key("language");
    p.String(paragraph.language);
  });
  w.Key("removed");
  WriteArray(out, doc.removed, [](RecordWriter& r, const RemovedBlock& block) {
    WriteSpan(r, block.at, block.at);
    r.Key("text");
    r.String(block.text);
    r.Key("reason");
    r.String(block.reason);
  });
  if (doc.analyzed) WriteAnalysis(w, out, doc);
  w.Key("error");
  doc.error ? w.String(*doc.error) : w.Null();
  w.Close();
  return out;
}

namespace {

std::string StringOr(const json& j, const char* key, std::string fallback = "") {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return fallback;
  return it->get<std::string>();
}

// A byte offset; anything else (missing, negative, not an integer) reads as past-the-end so that
// the span check rejects the record.
uint32_t Offset(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_number_integer() || it->get<int64_t>() < 0 ||
      it->get<int64_t>() > UINT32_MAX) {
    return UINT32_MAX;
  }
  return static_cast<uint32_t>(it->get<int64_t>());
}

}  // namespace

Result<Document> DocumentFromJson(const json& j) {
  if (!j.is_object()) return Status::Error("document record is not a JSON object");
  Document doc;
  doc.id = StringOr(j, "id");
  if (doc.id.empty()) return Status::Error("document record has no \"id\"");
  doc.source = StringOr(j, "source");
  doc.url = StringOr(j, "url");
  doc.outlet = StringOr(j, "outlet");
  doc.format = StringOr(j, "format");
  doc.title = StringOr(j, "title");
  doc.language = StringOr(j, "language", "und");
  doc.digest = StringOr(j, "digest");
  doc.charset = StringOr(j, "charset");
  doc.text = StringOr(j, "text");
  if (auto it = j.find("bytes"); it != j.end() && it->is_number_unsigned())
    doc.raw_bytes = it->get<uint64_t>();
  if (auto it = j.find("published"); it != j.end() && it->is_object()) {
    std::string value = StringOr(*it, "value");
    if (!value.empty()) doc.published.value = value;
    doc.published.evidence = StringOr(*it, "evidence");
  }
  if (auto it = j.find("flags"); it != j.end() && it->is_array()) {
    for (const json& f : *it) {
      if (!f.is_object()) continue;
      Flag flag{StringOr(f, "name"), StringOr(f, "evidence"), std::nullopt};
      std::string related = StringOr(f, "related");
      if (!related.empty()) flag.related = related;
      doc.flags.push_back(std::move(flag));
    }
  }
  const auto size = static_cast<uint32_t>(doc.text.size());
  if (auto it = j.find("paragraphs"); it != j.end() && it->is_array()) {
    for (const json& p : *it) {
      if (!p.is_object()) continue;
      Paragraph para{{Offset(p, "start"), Offset(p, "end")}, StringOr(p, "language", "und")};
      if (para.span.start > para.span.end || para.span.end > size)
        return Status::Error("paragraph span outside the text");
      doc.paragraphs.push_back(std::move(para));
    }
  }
  if (auto it = j.find("removed"); it != j.end() && it->is_array()) {
    for (const json& r : *it) {
      if (!r.is_object()) continue;
      RemovedBlock block{StringOr(r, "text"), StringOr(r, "reason"), Offset(r, "start")};
      if (block.at > size) return Status::Error("removed block offset outside the text");
      doc.removed.push_back(std::move(block));
    }
  }
  if (auto it = j.find("error"); it != j.end() && it->is_string())
    doc.error = it->get<std::string>();
  return doc;
}

}  // namespace storyline
