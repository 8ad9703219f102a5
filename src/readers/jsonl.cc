#include "readers/jsonl.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "readers/headers.h"
#include "readers/item.h"

namespace storyline::readers {

namespace {

using nlohmann::json;

// A JSON line can be longer than its article (escapes), but not without bound.
size_t MaxLineBytes(const ReaderOptions& options) { return options.max_item_bytes * 4 + (1 << 20); }

// A metadata field as a string: strings as they are, numbers in decimal, anything else empty.
std::string StringField(const json& record, const char* key) {
  auto it = record.find(key);
  if (it == record.end()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number()) return it->dump();
  return "";
}

// nlohmann's messages start with "[json.exception.parse_error.101] ", which helps nobody.
std::string ParserMessage(const json::exception& e) {
  std::string message = e.what();
  size_t bracket = message.find("] ");
  return bracket == std::string::npos ? message : message.substr(bracket + 2);
}

bool IsBlank(const std::string& line) {
  return line.find_first_not_of(" \t\r\f\v") == std::string::npos;
}

// Where a record sits, for its source, its fallback id and its error messages.
struct RecordPlace {
  std::string where;        // "path:LINE" or "path[INDEX]"
  std::string fallback_id;  // "stem:LINE" or "stem[INDEX]", for error items
  std::string prefix;       // "line N: " or "element N: "
};

RecordPlace LinePlace(const InputContext& input, size_t line_number) {
  std::string n = std::to_string(line_number);
  return {input.source + ":" + n, (input.stem.empty() ? "stdin" : input.stem) + ":" + n,
          "line " + n + ": "};
}

RecordPlace ElementPlace(const InputContext& input, size_t index) {
  std::string n = std::to_string(index);
  return {input.source + "[" + n + "]", (input.stem.empty() ? "stdin" : input.stem) + "[" + n + "]",
          "element " + n + ": "};
}

void Reject(const InputContext& input, const RecordPlace& place, const std::string& message,
            const std::string& id = "") {
  input.sink(ErrorItem(id.empty() ? place.fallback_id : id, place.where, place.prefix + message));
}

// Turns one JSON value into an item (or an error item).
void EmitRecord(json& record, const RecordPlace& place, const InputContext& input) {
  if (!record.is_object()) return Reject(input, place, "not a JSON object");
  RawItem item;
  item.id = StringField(record, "id");
  item.source = place.where;
  // "html" wins when it holds a string; a null "html" beside a "text" does not hide the text.
  // Exports of other tools name the plain-text body differently: "body" (Reuters-style
  // collections), "content", "maintext" (news crawlers) are read as "text" when "text" is absent.
  auto html = record.find("html");
  bool use_html = html != record.end() && (html->is_string() || !record.contains("text"));
  std::string field = use_html ? "html" : "text";
  if (!use_html && !record.contains("text")) {
    for (const char* alias : {"body", "content", "maintext"}) {
      if (record.contains(alias)) {
        field = alias;
        break;
      }
    }
  }
  auto body = record.find(field);
  if (body == record.end()) {
    return Reject(input, place,
                  "record has no \"text\" or \"html\" (nor \"body\", \"content\", \"maintext\")");
  }
  if (!body->is_string()) {
    return Reject(input, place, "field \"" + field + "\" is not a string", item.id);
  }
  item.format = use_html ? Format::kHtml : Format::kText;
  item.bytes = std::move(body->get_ref<std::string&>());
  item.declared_charset = "UTF-8";  // JSON text is Unicode; a <meta charset> inside must lose
  item.body_given = !use_html;
  item.url = StringField(record, "url");
  item.title = StringField(record, "title");
  item.published = StringField(record, "published");
  if (item.published.empty()) item.published = StringField(record, "date");
  item.outlet = StringField(record, "outlet");
  if (item.outlet.empty()) item.outlet = StringField(record, "source");
  CutToLimit(item, item.bytes.size(), input.options.max_item_bytes);
  input.sink(std::move(item));
}

class JsonlReader {
 public:
  explicit JsonlReader(const InputContext& input) : input_(input) {}

  void ReadLine(std::string& line, size_t line_number, bool too_long) {
    if (IsBlank(line)) return;
    ++records_;
    RecordPlace place = LinePlace(input_, line_number);
    if (too_long) {
      return Reject(
          input_, place,
          "record longer than " + std::to_string(MaxLineBytes(input_.options)) + " bytes");
    }
    json record;
    try {
      record = json::parse(line);
    } catch (const json::exception& e) {
      return Reject(input_, place, ParserMessage(e));
    }
    line.clear();  // the record holds its own copy now
    EmitRecord(record, place, input_);
  }

  size_t records() const { return records_; }

 private:
  const InputContext& input_;
  size_t records_ = 0;
};

}  // namespace

void ReadJsonl(BufferedSource& source, const InputContext& input) {
  JsonlReader reader(input);
  std::string line;
  size_t line_number = 0;
  bool too_long = false;
  bool ended_with_newline = false;
  while (source.ReadLine(line, MaxLineBytes(input.options), &too_long, &ended_with_newline)) {
    reader.ReadLine(line, ++line_number, too_long);
  }
  const StreamEnding& ending = source.ending();
  if (ending.kind != StreamEnding::kClean) {
    input.sink(ErrorItem(input.stem, input.source,
                         ending.message + " (after line " + std::to_string(line_number) +
                             "; later records are lost)"));
  } else if (reader.records() == 0) {
    input.sink(ErrorItem(input.stem, input.source,
                         line_number == 0 ? "empty file" : "no JSONL records (only blank lines)"));
  }
}

}  // namespace storyline::readers

namespace storyline::readers {

bool IsJsonDocument(std::string_view head) {
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  size_t first = head.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return false;
  if (head[first] == '[') return true;
  size_t newline = head.find('\n', first);
  return newline != std::string_view::npos && TrimSpace(head.substr(first, newline - first)) == "{";
}

void ReadJsonDocument(BufferedSource& source, const InputContext& input) {
  size_t limit = input.options.max_decompressed_bytes / 4;
  std::string text;
  size_t total = source.ReadBytes(SIZE_MAX, limit + 1, &text);
  auto reject_file = [&](const std::string& message) {
    input.sink(ErrorItem(input.stem, input.source, message));
  };
  if (source.ending().kind != StreamEnding::kClean) return reject_file(source.ending().message);
  if (total > limit) {
    return reject_file("JSON document of " + std::to_string(total) + " bytes is larger than " +
                       std::to_string(limit) + " bytes; write it as JSONL, one record a line");
  }
  json document;
  try {
    document = json::parse(text);
  } catch (const json::exception& e) {
    return reject_file(ParserMessage(e));
  }
  std::string().swap(text);  // the parsed document holds its own copy now
  if (document.is_object()) {
    // One record in one file: like any file input, its id defaults to the file's stem.
    if (!document.contains("id") && !input.stem.empty()) document["id"] = input.stem;
    std::string id = input.stem.empty() ? "stdin" : input.stem;
    return EmitRecord(document, RecordPlace{input.source, id, ""}, input);
  }
  if (!document.is_array()) return reject_file("not a JSON array or object");
  if (document.empty()) return reject_file("empty JSON array");
  for (size_t i = 0; i < document.size(); ++i) {
    EmitRecord(document[i], ElementPlace(input, i), input);
  }
}

}  // namespace storyline::readers
