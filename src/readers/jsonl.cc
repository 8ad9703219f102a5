#include "readers/jsonl.h"

#include <nlohmann/json.hpp>
#include <string>

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

class JsonlReader {
 public:
  explicit JsonlReader(const InputContext& input) : input_(input) {}

  void ReadLine(std::string& line, size_t line_number, bool too_long) {
    if (IsBlank(line)) return;
    ++records_;
    std::string where = input_.source + ":" + std::to_string(line_number);
    std::string fallback_id =
        (input_.stem.empty() ? "stdin" : input_.stem) + ":" + std::to_string(line_number);
    std::string prefix = "line " + std::to_string(line_number) + ": ";
    if (too_long) {
      Reject(
          fallback_id, where,
          prefix + "record longer than " + std::to_string(MaxLineBytes(input_.options)) + " bytes");
      return;
    }
    json record;
    try {
      record = json::parse(line);
    } catch (const json::exception& e) {
      Reject(fallback_id, where, prefix + ParserMessage(e));
      return;
    }
    line.clear();  // the record holds its own copy now
    if (!record.is_object()) {
      Reject(fallback_id, where, prefix + "not a JSON object");
      return;
    }
    Emit(record, fallback_id, where, prefix);
  }

  size_t records() const { return records_; }

 private:
  void Reject(const std::string& id, const std::string& where, std::string message) {
    input_.sink(ErrorItem(id, where, std::move(message)));
  }

  void Emit(json& record, const std::string& fallback_id, const std::string& where,
            const std::string& prefix) {
    RawItem item;
    item.id = StringField(record, "id");
    item.source = where;
    // "html" wins when it holds a string; a null "html" beside a "text" does not hide the text.
    auto html = record.find("html");
    bool use_html = html != record.end() && (html->is_string() || !record.contains("text"));
    const char* field = use_html ? "html" : "text";
    auto body = record.find(field);
    if (body == record.end()) {
      Reject(fallback_id, where, prefix + "record has neither \"text\" nor \"html\"");
      return;
    }
    if (!body->is_string()) {
      Reject(item.id.empty() ? fallback_id : item.id, where,
             prefix + "field \"" + field + "\" is not a string");
      return;
    }
    item.format = field == std::string_view("html") ? Format::kHtml : Format::kText;
    item.bytes = std::move(body->get_ref<std::string&>());
    item.declared_charset = "UTF-8";  // JSON text is Unicode; a <meta charset> inside must lose
    item.url = StringField(record, "url");
    item.title = StringField(record, "title");
    item.published = StringField(record, "published");
    item.outlet = StringField(record, "outlet");
    if (item.outlet.empty()) item.outlet = StringField(record, "source");
    CutToLimit(item, item.bytes.size(), input_.options.max_item_bytes);
    input_.sink(std::move(item));
  }

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
