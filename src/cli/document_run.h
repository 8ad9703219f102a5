// The loop shared by the commands that turn inputs into one JSON line per document (`clean`,
// `analyze`): read every input, process items in batches across threads, write the records in
// input order, draw a progress bar on a terminal, and end with the counts of items read, written,
// rejected and skipped.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

#include "core/document.h"
#include "readers/reader.h"

namespace storyline::cli {

struct DocumentRunArgs {
  std::vector<std::string> inputs;
  std::string output = "-";
  unsigned threads = 0;
  double max_item_mb = 16;
  bool quiet = false;
};

// Adds the inputs, -o, -j, --max-item-mb and -q options to `cmd`.
void AddDocumentRunOptions(CLI::App* cmd, DocumentRunArgs& args);

// Runs `process` on every item (from several threads at once) and writes each resulting document
// as a JSON line. `name` prefixes messages and the summary line. Returns the exit code.
int RunDocuments(const std::string& name, const DocumentRunArgs& args,
                 const std::function<Document(const readers::RawItem&)>& process);

}  // namespace storyline::cli
