// `storyline analyze INPUT... [-o FILE]`: the clean record of each document plus its sentences,
// entities (with roles and coreference), time expressions and document time.
#include <memory>

#include "clean/cleaner.h"
#include "cli/commands.h"
#include "cli/document_run.h"
#include "extract/analyze.h"

namespace storyline::cli {

void RegisterAnalyze(CLI::App& app) {
  struct AnalyzeArgs {
    DocumentRunArgs run;
    clean::CleanOptions clean;
    extract::AnalyzeOptions analyze;
  };
  auto args = std::make_shared<AnalyzeArgs>();
  args->clean.clean_given_bodies = false;
  CLI::App* cmd = app.add_subcommand(
      "analyze",
      "Clean, then find sentences, entities with roles, time expressions and document time");
  AddDocumentRunOptions(cmd, args->run);
  cmd->add_flag("--clean-bodies", args->clean.clean_given_bodies,
                "Remove page junk from bodies given as a JSON record's \"text\" too (by default "
                "they are read whole)");
  cmd->add_flag("--no-coreference{false}", args->analyze.entities.resolve_coreference,
                "Name mentions only: no descriptions or pronouns linked to entities");
  cmd->callback([args]() {
    std::exit(RunDocuments("analyze", args->run, [&](const readers::RawItem& item) {
      Document doc = clean::Clean(item, args->clean);
      extract::Analyze(doc, args->analyze);
      return doc;
    }));
  });
}

}  // namespace storyline::cli
