#include "readers/reader.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <memory>

#include "readers/item.h"
#include "readers/parse.h"

namespace storyline::readers {

namespace {

namespace fs = std::filesystem;

bool IsHidden(const fs::path& path) { return path.filename().string().starts_with('.'); }

// A corpus folder's own documentation (README.md, LICENSE) describes the corpus; it is not a
// scraped page. Named explicitly on the command line, such a file is read like any other.
bool IsCorpusDocumentation(const fs::path& path) {
  std::string ext = path.extension().string(), stem = path.stem().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  std::transform(stem.begin(), stem.end(), stem.begin(),
                 [](unsigned char c) { return std::toupper(c); });
  return ext == ".md" || ext == ".markdown" || stem == "README" || stem == "LICENSE" ||
         stem == "COPYING";
}

// Regular files under `folder`, recursively, in sorted path order. Hidden files and folders
// (".git", ".DS_Store") and the corpus's documentation are not inputs. A folder that cannot be
// listed is reported, not skipped.
std::vector<std::string> FilesUnder(const std::string& folder, const ReaderOptions& options,
                                    const ItemSink& sink) {
  std::vector<std::string> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(folder, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    if (IsHidden(it->path())) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec)) continue;
    if (IsCorpusDocumentation(it->path())) {
      if (options.on_skip) options.on_skip(it->path().string(), "the folder's documentation");
      continue;
    }
    files.push_back(it->path().string());
  }
  if (ec) {
    sink(ErrorItem(ParseInputName(folder).stem, folder, "cannot list folder: " + ec.message()));
  }
  std::sort(files.begin(), files.end());
  return files;
}

void ReadFile(const std::string& path, const ReaderOptions& options, const ItemSink& sink) {
  InputName name = ParseInputName(path);
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"),
                                                       &std::fclose);
  if (!file) {
    RawItem error = ErrorItem(name.stem, path, std::string("cannot open: ") + std::strerror(errno));
    if (name.container == Container::kHtml) error.format = Format::kHtml;
    sink(std::move(error));
    return;
  }
  FileStream stream(file.get());
  ReadStream(path, name, stream, options, sink);
}

// Nothing below throws by design; this catches what cannot be designed away (bad_alloc on a huge
// record), so one input's failure stays that input's error item and the run goes on.
template <typename Read>
void Guarded(const std::string& input, const ItemSink& sink, Read read) {
  try {
    read();
  } catch (const std::exception& e) {
    try {
      sink(ErrorItem(ParseInputName(input).stem, input, std::string("read failed: ") + e.what()));
    } catch (...) {
    }
  } catch (...) {
  }
}

void ReadInput(const std::string& input, const ReaderOptions& options, const ItemSink& sink) {
  if (input == "-") {
    FileStream stream(stdin);
    ReadStream("-", InputName{}, stream, options, sink);
    return;
  }
  std::error_code ec;
  if (fs::is_directory(input, ec)) {
    for (const std::string& path : FilesUnder(input, options, sink)) {
      Guarded(path, sink, [&] { ReadFile(path, options, sink); });
    }
    return;
  }
  ReadFile(input, options, sink);
}

}  // namespace

void ReadInputs(const std::vector<std::string>& inputs, const ReaderOptions& options,
                const std::function<void(RawItem&&)>& sink) {
  for (const std::string& input : inputs) {
    Guarded(input, sink, [&] { ReadInput(input, options, sink); });
  }
}

}  // namespace storyline::readers
