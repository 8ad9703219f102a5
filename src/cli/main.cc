// storyline: scraped news in, a sourced account of what happened out.
#include <cstdio>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"storyline: turns scraped news articles into a sourced account of what happened"};
  app.set_version_flag("--version", std::string("storyline ") + STORYLINE_VERSION);
  app.require_subcommand(1);
  storyline::cli::RegisterClean(app);
  storyline::cli::RegisterEval(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return 0;
}
