// PLACEHOLDER until the readers land: reads plain files only.
#include "readers/reader.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace storyline::readers {

void ReadInputs(const std::vector<std::string>& inputs, const ReaderOptions&,
                const std::function<void(RawItem&&)>& sink) {
  for (const std::string& path : inputs) {
    RawItem item;
    item.source = path;
    item.id = std::filesystem::path(path).stem().string();
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    item.bytes = ss.str();
    item.format = path.ends_with(".html") ? Format::kHtml : Format::kText;
    sink(std::move(item));
  }
}

}  // namespace storyline::readers
