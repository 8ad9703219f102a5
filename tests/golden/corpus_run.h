// One run of `storyline clean examples/corpus` (and one of `storyline analyze examples/corpus`),
// shared by the golden tests.
//
// The binary is run from the source directory with the relative path `examples/corpus`, so every
// record's `source` is a stable relative path (`examples/corpus/01_....txt`). ctest runs each
// test in its own process, so the output is cached in the temp directory under a key made of the
// binary's and the corpus files' sizes and modification times: a rebuilt binary or an edited
// corpus file runs again, everything else reuses the first run.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace storyline_golden {

namespace fs = std::filesystem;

inline const char kCorpusDir[] = "examples/corpus";

struct CorpusRun {
  int exit_code = -1;
  std::vector<nlohmann::json> records;  // in output order
  std::string summary;                  // the last non-empty stderr line
  std::string problem;                  // why the run itself is unusable; empty when fine
};

inline std::string ReadWholeFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

inline std::string RunCacheKey(const std::string& subcommand) {
  std::error_code ec;
  std::string material = std::string(STORYLINE_BINARY) + " " + subcommand;
  auto add = [&](const fs::path& path) {
    material += "|" + path.string() + ":" + std::to_string(fs::file_size(path, ec)) + ":" +
                std::to_string(fs::last_write_time(path, ec).time_since_epoch().count());
  };
  add(STORYLINE_BINARY);
  std::vector<fs::path> inputs;
  for (const auto& entry :
       fs::recursive_directory_iterator(fs::path(STORYLINE_SOURCE_DIR) / kCorpusDir, ec)) {
    if (entry.is_regular_file()) inputs.push_back(entry.path());
  }
  std::sort(inputs.begin(), inputs.end());
  for (const auto& path : inputs) add(path);
  return std::to_string(std::hash<std::string>{}(material));
}

// Runs the binary into a fresh folder: out.jsonl, err.txt and rc (the exit code).
inline void RunInto(const fs::path& dir, const std::string& subcommand) {
  fs::create_directories(dir);
  std::string command = "cd '" + std::string(STORYLINE_SOURCE_DIR) + "' && '" +
                        std::string(STORYLINE_BINARY) + "' " + subcommand + " " + kCorpusDir +
                        " -o '" + (dir / "out.jsonl").string() + "' 2>'" +
                        (dir / "err.txt").string() + "'";
  int status = std::system(command.c_str());
  std::ofstream(dir / "rc") << (WIFEXITED(status) ? WEXITSTATUS(status) : -1);
}

inline CorpusRun LoadRun(const fs::path& dir) {
  CorpusRun run;
  std::ifstream(dir / "rc") >> run.exit_code;
  std::ifstream out(dir / "out.jsonl");
  std::string line;
  int number = 0;
  while (std::getline(out, line)) {
    ++number;
    if (line.empty()) continue;
    try {
      run.records.push_back(nlohmann::json::parse(line));
    } catch (const nlohmann::json::exception& e) {
      run.problem += "output line " + std::to_string(number) + " is not JSON: " + e.what() + "\n";
    }
  }
  std::istringstream errs(ReadWholeFile(dir / "err.txt"));
  while (std::getline(errs, line)) {
    if (!line.empty()) run.summary = line;
  }
  return run;
}

// A run of the current binary's `subcommand` on the current corpus (run once per key, then
// cached).
inline CorpusRun CorpusRunOf(const std::string& subcommand) {
  fs::path cache = fs::temp_directory_path() / ("storyline-golden-" + RunCacheKey(subcommand));
  if (!fs::exists(cache / "rc")) {
    fs::path scratch = cache.string() + ".tmp" + std::to_string(::getpid());
    fs::remove_all(scratch);
    RunInto(scratch, subcommand);
    std::error_code ec;
    fs::rename(scratch, cache, ec);  // atomic; loses harmlessly to a parallel test's run
    if (ec) {
      CorpusRun own = LoadRun(scratch);
      fs::remove_all(scratch);
      return own;
    }
  }
  return LoadRun(cache);
}

inline const CorpusRun& CorpusCleanRun() {
  static const CorpusRun run = CorpusRunOf("clean");
  return run;
}

inline const CorpusRun& CorpusAnalyzeRun() {
  static const CorpusRun run = CorpusRunOf("analyze");
  return run;
}

}  // namespace storyline_golden
