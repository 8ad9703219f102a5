// JSON (de)serialisation of Document: one JSON object per line (JSONL) in the field layout of
// docs/schema/document.schema.json. Spans are UTF-8 byte offsets into the record's "text".
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "core/document.h"
#include "core/status.h"

namespace storyline {

// One JSON object on one line (no trailing newline), fields in the documented order. Never
// throws: text is valid UTF-8 after decoding, and any other invalid byte (a file name, say) is
// written as U+FFFD.
std::string ToJsonLine(const Document& doc);
Result<Document> DocumentFromJson(const nlohmann::json& json);

}  // namespace storyline
