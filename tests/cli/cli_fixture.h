// The fixture of the CLI tests: the real `storyline` binary run on real files in a temporary
// folder, its records and its summary line read back.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace storyline::cli_test {

namespace fs = std::filesystem;

struct RunResult {
  int exit_code = -1;
  std::vector<nlohmann::json> records;
  std::string summary;  // the last stderr line
};

// Runs the real binary on files written to a fresh folder, and reads back its JSONL output and its
// summary line.
class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("storyline_cli_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "in");
  }
  void TearDown() override { fs::remove_all(dir_); }

  void Write(const std::string& name, const std::string& bytes) {
    fs::create_directories((dir_ / "in" / name).parent_path());
    std::ofstream(dir_ / "in" / name, std::ios::binary) << bytes;
  }

  void WriteGzip(const std::string& name, const std::string& bytes, size_t keep = SIZE_MAX) {
    std::string path = (dir_ / "in" / name).string();
    gzFile gz = gzopen(path.c_str(), "wb");
    gzwrite(gz, bytes.data(), static_cast<unsigned>(bytes.size()));
    gzclose(gz);
    if (keep != SIZE_MAX) fs::resize_file(path, keep);
  }

  RunResult Run(const std::string& args, const std::string& subcommand = "clean") {
    RunResult result;
    std::string out = (dir_ / "out.jsonl").string();
    std::string err = (dir_ / "err.txt").string();
    std::string command =
        std::string(STORYLINE_BINARY) + " " + subcommand + " " + args + " -o " + out + " 2>" + err;
    int status = std::system(command.c_str());
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream in(out);
    std::string line;
    while (std::getline(in, line)) result.records.push_back(nlohmann::json::parse(line));
    std::ifstream errs(err);
    while (std::getline(errs, line)) {
      if (!line.empty()) result.summary = line;
    }
    return result;
  }

  std::string In() const { return (dir_ / "in").string(); }

  fs::path dir_;
};

}  // namespace storyline::cli_test
