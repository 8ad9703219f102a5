// JSON (de)serialisation of Document: one JSON object per line (JSONL) in the field layout of
// docs/schema/document.schema.json. Spans are UTF-8 byte offsets into the record's "text".
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "core/document.h"
#include "core/status.h"

namespace storyline {

nlohmann::ordered_json ToJson(const Document& doc);
// One line, no trailing newline. Invalid UTF-8 cannot occur: text is repaired at decoding time,
// and any byte that slipped through is replaced rather than thrown on.
std::string ToJsonLine(const Document& doc);
Result<Document> DocumentFromJson(const nlohmann::json& json);

}  // namespace storyline
