#include "core/document_json.h"

namespace storyline {

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

ordered_json SpanJson(uint32_t start, uint32_t end) {
  return ordered_json{{"start", start}, {"end", end}};
}

}  // namespace

// ordered_json keeps the documented field order, so records read well.
ordered_json ToJson(const Document& doc) {
  using json = ordered_json;
  json j;
  j["schema_version"] = Document::kSchemaVersion;
  j["id"] = doc.id;
  j["source"] = doc.source;
  j["url"] = doc.url.empty() ? json(nullptr) : json(doc.url);
  j["outlet"] = doc.outlet.empty() ? json(nullptr) : json(doc.outlet);
  j["format"] = doc.format;
  j["title"] = doc.title;
  j["published"] = {{"value", doc.published.value ? json(*doc.published.value) : json(nullptr)},
                    {"evidence", doc.published.evidence}};
  j["language"] = doc.language;
  j["digest"] = doc.digest;
  j["bytes"] = doc.raw_bytes;
  j["charset"] = doc.charset;
  j["text"] = doc.text;
  json flags = json::array();
  for (const Flag& f : doc.flags) {
    flags.push_back({{"name", f.name},
                     {"evidence", f.evidence},
                     {"related", f.related ? json(*f.related) : json(nullptr)}});
  }
  j["flags"] = std::move(flags);
  json paragraphs = json::array();
  for (const Paragraph& p : doc.paragraphs) {
    json pj = SpanJson(p.span.start, p.span.end);
    pj["language"] = p.language;
    paragraphs.push_back(std::move(pj));
  }
  j["paragraphs"] = std::move(paragraphs);
  json removed = json::array();
  for (const RemovedBlock& r : doc.removed) {
    json rj = SpanJson(r.at, r.at);
    rj["text"] = r.text;
    rj["reason"] = r.reason;
    removed.push_back(std::move(rj));
  }
  j["removed"] = std::move(removed);
  j["error"] = doc.error ? json(*doc.error) : json(nullptr);
  return j;
}

std::string ToJsonLine(const Document& doc) {
  return ToJson(doc).dump(-1, ' ', false, ordered_json::error_handler_t::replace);
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
