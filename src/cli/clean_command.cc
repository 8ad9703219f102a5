// `storyline clean INPUT... [-o FILE]`: one JSON line per document (or error record).
#include <memory>

#include "clean/cleaner.h"
#include "cli/commands.h"
#include "cli/document_run.h"

namespace storyline::cli {

void RegisterClean(CLI::App& app) {
  struct CleanArgs {
    DocumentRunArgs run;
    clean::CleanOptions clean;
  };
  auto args = std::make_shared<CleanArgs>();
  CLI::App* cmd = app.add_subcommand(
      "clean", "Extract clean article text and metadata; one JSON line per document");
  AddDocumentRunOptions(cmd, args->run);
  cmd->add_flag("--drop-standfirst{false}", args->clean.keep_standfirst,
                "Leave an HTML page's standfirst (summary under the headline) out of the body");
  cmd->callback([args]() {
    std::exit(RunDocuments("clean", args->run, [&](const readers::RawItem& item) {
      return clean::Clean(item, args->clean);
    }));
  });
}

}  // namespace storyline::cli
