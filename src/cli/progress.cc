#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

namespace storyline::cli {

bool StderrIsTerminal() { return isatty(STDERR_FILENO) == 1; }

Progress::Progress(std::string label, uint64_t total_bytes, bool enabled)
    : label_(std::move(label)),
      total_bytes_(total_bytes),
      enabled_(enabled),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

double Progress::Seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Progress::Update(uint64_t items, uint64_t bytes) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  double seconds = Seconds();
  double mb = static_cast<double>(bytes) / 1e6;
  double rate = seconds > 0 ? mb / seconds : 0;
  if (total_bytes_ > 0) {
    double fraction =
        std::min(0.99, static_cast<double>(bytes) / static_cast<double>(total_bytes_));
    constexpr int kWidth = 30;
    int filled = static_cast<int>(fraction * kWidth);
    std::string bar(filled, '#');
    bar.append(kWidth - filled, '.');
    std::fprintf(stderr, "\r%s [%s] %3d%%  %llu docs  %.1f MB  %.1f MB/s ", label_.c_str(),
                 bar.c_str(), static_cast<int>(fraction * 100),
                 static_cast<unsigned long long>(items), mb, rate);
  } else {
    std::fprintf(stderr, "\r%s %llu docs  %.1f MB  %.1f MB/s ", label_.c_str(),
                 static_cast<unsigned long long>(items), mb, rate);
  }
  std::fflush(stderr);
}

void Progress::Finish() {
  if (!enabled_) return;
  std::fprintf(stderr, "\r\033[K");
  std::fflush(stderr);
}

}  // namespace storyline::cli
