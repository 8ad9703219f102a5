// storyline: scraped news in, a sourced account of what happened out.
#include <malloc.h>

#include <cstdio>

#include "cli/commands.h"

int main(int argc, char** argv) {
  // Every item allocates and frees buffers of tens of KB; without slack at the heap top glibc
  // gives memory back and asks for it again (a brk system call pair per item: a third of the CPU
  // time of cleaning many small files). Keep up to 64 MB of slack instead.
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  mallopt(M_TOP_PAD, 16 << 20);
  CLI::App app{"storyline: turns scraped news articles into a sourced account of what happened"};
  app.set_version_flag("--version", std::string("storyline ") + STORYLINE_VERSION);
  app.require_subcommand(1);
  storyline::cli::RegisterClean(app);
  storyline::cli::RegisterAnalyze(app);
  storyline::cli::RegisterEval(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return 0;
}
