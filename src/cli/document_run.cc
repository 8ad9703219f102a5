// The record-writing loop shared by `clean` and `analyze` (see document_run.h).
#include "cli/document_run.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

#include "cli/progress.h"
#include "core/document_json.h"

namespace storyline::cli {

namespace {

uint64_t InputBytes(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  uint64_t total = 0;
  std::error_code ec;
  for (const std::string& input : inputs) {
    if (input == "-") continue;
    if (fs::is_directory(input, ec)) {
      for (auto it = fs::recursive_directory_iterator(input, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec)) total += it->file_size(ec);
      }
    } else if (fs::is_regular_file(input, ec)) {
      total += fs::file_size(input, ec);
    }
  }
  return total;
}

// Processes items in batches across threads and writes the records in input order.
class BatchRun {
 public:
  using Process = std::function<Document(const readers::RawItem&)>;
  BatchRun(std::ostream& out, const Process& process, unsigned threads, Progress& progress)
      : out_(out), process_(process), threads_(std::max(1u, threads)), progress_(progress) {}

  void Add(readers::RawItem&& item) {
    batch_bytes_ += item.bytes.size();
    batch_.push_back(std::move(item));
    if (batch_.size() >= 256 || batch_bytes_ >= (64u << 20)) Flush();
  }

  void Flush() {
    if (batch_.empty()) return;
    std::vector<std::string> lines(batch_.size());
    std::vector<bool> rejected(batch_.size());
    auto work = [&](size_t first) {
      for (size_t i = first; i < batch_.size(); i += threads_) {
        Document doc = process_(batch_[i]);
        rejected[i] = doc.error.has_value();
        lines[i] = ToJsonLine(doc);
      }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads_ && t < batch_.size(); ++t) pool.emplace_back(work, t);
    work(0);
    for (std::thread& t : pool) t.join();
    for (size_t i = 0; i < batch_.size(); ++i) {
      out_ << lines[i] << '\n';
      ++read_;
      bytes_ += batch_[i].bytes.size();
      if (rejected[i])
        ++rejected_;
      else
        ++written_;
    }
    batch_.clear();
    batch_bytes_ = 0;
    progress_.Update(read_, bytes_);
  }

  uint64_t read() const { return read_; }
  uint64_t written() const { return written_; }
  uint64_t rejected() const { return rejected_; }
  uint64_t bytes() const { return bytes_; }

 private:
  std::ostream& out_;
  const Process& process_;
  unsigned threads_;
  Progress& progress_;
  std::vector<readers::RawItem> batch_;
  size_t batch_bytes_ = 0;
  uint64_t read_ = 0, written_ = 0, rejected_ = 0, bytes_ = 0;
};

}  // namespace

int RunDocuments(const std::string& name, const DocumentRunArgs& args,
                 const std::function<Document(const readers::RawItem&)>& process) {
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (args.output != "-") {
    file.open(args.output, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "storyline " << name << ": cannot write " << args.output << "\n";
      return 2;
    }
    out = &file;
  }
  readers::ReaderOptions options;
  options.max_item_bytes = static_cast<size_t>(args.max_item_mb * (1 << 20));
  uint64_t skipped = 0;
  options.on_skip = [&skipped](const std::string&, const std::string&) { ++skipped; };
  unsigned threads =
      args.threads ? args.threads : std::max(1u, std::thread::hardware_concurrency());
  // The input size (a walk of every folder) is only needed to draw the bar.
  bool show_progress = !args.quiet && StderrIsTerminal();
  Progress progress(name, show_progress ? InputBytes(args.inputs) : 0, show_progress);
  BatchRun run(*out, process, threads, progress);
  readers::ReadInputs(args.inputs, options,
                      [&](readers::RawItem&& item) { run.Add(std::move(item)); });
  run.Flush();
  out->flush();
  progress.Finish();
  double seconds = progress.Seconds();
  std::fprintf(stderr,
               "%s: read %llu, written %llu, rejected %llu, skipped %llu (not articles), %.2f "
               "MB in %.2f s\n",
               name.c_str(), static_cast<unsigned long long>(run.read()),
               static_cast<unsigned long long>(run.written()),
               static_cast<unsigned long long>(run.rejected()),
               static_cast<unsigned long long>(skipped), static_cast<double>(run.bytes()) / 1e6,
               seconds);
  if (!*out) {
    std::cerr << "storyline " << name << ": write failed\n";
    return 2;
  }
  return 0;
}

void AddDocumentRunOptions(CLI::App* cmd, DocumentRunArgs& args) {
  cmd->add_option("inputs", args.inputs,
                  "Files, folders (recursive) or - for stdin: .txt, .html, .jsonl, .warc, any .gz")
      ->required();
  cmd->add_option("-o,--output", args.output, "Output JSONL file (default: stdout)");
  cmd->add_option("-j,--threads", args.threads, "Worker threads (default: all cores)");
  cmd->add_option("--max-item-mb", args.max_item_mb,
                  "Items larger than this are cut and flagged truncated")
      ->capture_default_str();
  cmd->add_flag("-q,--quiet", args.quiet, "No progress bar");
}

}  // namespace storyline::cli
