// The `storyline` command's sub-commands: one file each, each registering itself on the app.
#pragma once

#include <CLI/CLI.hpp>

namespace storyline::cli {

void RegisterClean(CLI::App& app);
void RegisterAnalyze(CLI::App& app);
void RegisterEval(CLI::App& app);
void RegisterEvalTimes(CLI::App& eval);
void RegisterEvalEntities(CLI::App& eval);

}  // namespace storyline::cli
