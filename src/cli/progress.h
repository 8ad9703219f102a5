// A progress line on a terminal, silence when stderr is piped, and the run's closing summary.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace storyline::cli {

class Progress {
 public:
  // total_bytes: the input size when known (0 = unknown: show counts only).
  Progress(std::string label, uint64_t total_bytes, bool enabled);
  void Update(uint64_t items, uint64_t bytes);
  void Finish();
  double Seconds() const;

 private:
  std::string label_;
  uint64_t total_bytes_;
  bool enabled_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

// True when stderr is a terminal (a progress bar makes sense).
bool StderrIsTerminal();

}  // namespace storyline::cli
