#include "eval/timeml.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace storyline::eval {

namespace {

bool IsElement(const xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE &&
         xmlStrcmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

std::string Attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return "";
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

const xmlNode* FindElement(const xmlNode* node, const char* name) {
  for (; node != nullptr; node = node->next) {
    if (IsElement(node, name)) return node;
    if (const xmlNode* inner = FindElement(node->children, name)) return inner;
  }
  return nullptr;
}

// Appends the character content under `node` to doc.text, recording every TIMEX3's byte span.
void CollectText(const xmlNode* node, TimemlDocument& doc) {
  for (; node != nullptr; node = node->next) {
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      if (node->content != nullptr) doc.text += reinterpret_cast<const char*>(node->content);
    } else if (node->type == XML_ELEMENT_NODE) {
      const bool timex = IsElement(node, "TIMEX3");
      const uint32_t start = static_cast<uint32_t>(doc.text.size());
      CollectText(node->children, doc);
      if (timex) {
        doc.timexes.push_back({start, static_cast<uint32_t>(doc.text.size()),
                               Attribute(node, "type"), Attribute(node, "value")});
      }
    }
  }
}

std::string FindCreationTime(const xmlNode* root) {
  const xmlNode* dct = FindElement(root, "DCT");
  const xmlNode* timex = dct != nullptr ? FindElement(dct->children, "TIMEX3") : nullptr;
  return timex != nullptr ? Attribute(timex, "value") : "";
}

}  // namespace

std::optional<TimemlDocument> ParseTimeml(std::string_view xml, std::string id,
                                          std::string* error) {
  xmlDocPtr parsed = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "doc.tml", nullptr,
                                   XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (parsed == nullptr) {
    if (error != nullptr) *error = id + ": not well-formed XML";
    return std::nullopt;
  }
  const xmlNode* root = xmlDocGetRootElement(parsed);
  const xmlNode* text = FindElement(root, "TEXT");
  if (text == nullptr) {
    xmlFreeDoc(parsed);
    if (error != nullptr) *error = id + ": no <TEXT> element";
    return std::nullopt;
  }
  TimemlDocument doc;
  doc.id = std::move(id);
  doc.published = FindCreationTime(root);
  CollectText(text->children, doc);
  // Nested TIMEX3 (rare) are appended inner-first; keep gold in text order.
  std::stable_sort(doc.timexes.begin(), doc.timexes.end(),
                   [](const Timex& a, const Timex& b) { return a.start < b.start; });
  xmlFreeDoc(parsed);
  return doc;
}

bool LoadTimeml(const std::string& path, std::vector<TimemlDocument>& out, std::string* error) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<fs::path> files;
  if (fs::is_directory(path, ec)) {
    for (const auto& entry : fs::recursive_directory_iterator(path, ec)) {
      if (entry.is_regular_file() && entry.path().extension() == ".tml") {
        files.push_back(entry.path());
      }
    }
    std::sort(files.begin(), files.end());
  } else {
    files.push_back(path);
  }
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      if (error != nullptr) *error = "cannot read " + file.string();
      return false;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::optional<TimemlDocument> doc = ParseTimeml(buffer.str(), file.stem().string(), error);
    if (!doc) return false;
    out.push_back(std::move(*doc));
  }
  return true;
}

namespace {

// Gold spans moved into the predicted text: each surface string is searched in order, near
// where the drift so far puts it. Unfound ones get start == end == UINT32_MAX.
constexpr uint32_t kUnaligned = UINT32_MAX;
constexpr int64_t kAlignWindow = 2000;

std::vector<Timex> AlignGold(const TimemlDocument& gold, std::string_view text, size_t& unaligned) {
  std::vector<Timex> aligned = gold.timexes;
  if (text == gold.text) return aligned;
  int64_t drift = 0;
  size_t cursor = 0;
  for (Timex& t : aligned) {
    std::string_view surface = std::string_view(gold.text).substr(t.start, t.end - t.start);
    const int64_t expected = static_cast<int64_t>(t.start) + drift;
    const size_t from = std::max<int64_t>(cursor, std::max<int64_t>(0, expected - kAlignWindow));
    // The occurrence nearest the expected place: the same words often recur nearby.
    size_t found = std::string_view::npos;
    for (size_t at = surface.empty() ? std::string_view::npos : text.find(surface, from);
         at != std::string_view::npos && static_cast<int64_t>(at) <= expected + kAlignWindow;
         at = text.find(surface, at + 1)) {
      if (found == std::string_view::npos ||
          std::llabs(static_cast<int64_t>(at) - expected) <
              std::llabs(static_cast<int64_t>(found) - expected)) {
        found = at;
      }
      if (static_cast<int64_t>(at) >= expected) break;
    }
    if (found == std::string_view::npos) {
      ++unaligned;
      t.start = t.end = kUnaligned;
      continue;
    }
    drift = static_cast<int64_t>(found) - t.start;
    t.start = static_cast<uint32_t>(found);
    t.end = static_cast<uint32_t>(found + surface.size());
    cursor = t.end;
  }
  return aligned;
}

Prf MakePrf(size_t correct, size_t predicted, size_t gold) {
  Prf out;
  out.precision = predicted > 0 ? static_cast<double>(correct) / predicted : 0;
  out.recall = gold > 0 ? static_cast<double>(correct) / gold : 0;
  const double sum = out.precision + out.recall;
  out.f1 = sum > 0 ? 2 * out.precision * out.recall / sum : 0;
  return out;
}

std::string Context(std::string_view text, uint32_t start, uint32_t end) {
  constexpr uint32_t kSide = 60;
  auto boundary = [&](size_t i) {
    while (i > 0 && i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
    return i;
  };
  const size_t from = boundary(start > kSide ? start - kSide : 0);
  const size_t to = boundary(std::min<size_t>(text.size(), end + kSide));
  std::string out;
  out += text.substr(from, start - from);
  out += "[";
  out += text.substr(start, end - start);
  out += "]";
  out += text.substr(end, to - end);
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

uint32_t Overlap(const Timex& a, const Timex& b) {
  const uint32_t lo = std::max(a.start, b.start), hi = std::min(a.end, b.end);
  return hi > lo ? hi - lo : 0;
}

void ScoreDocument(const TimemlDocument& gold, const TimesPrediction& prediction, bool keep_errors,
                   TimesScore& score) {
  std::vector<Timex> golds = AlignGold(gold, prediction.text, score.unaligned);
  const std::vector<Timex>& preds = prediction.times;
  std::vector<bool> used(preds.size(), false);
  std::string_view text = prediction.text;
  auto surface = [&](const Timex& t) {
    return t.end <= text.size() && t.start <= t.end
               ? std::string(text.substr(t.start, t.end - t.start))
               : std::string();
  };
  for (const Timex& g : golds) {
    size_t best = preds.size();
    uint32_t best_overlap = 0;
    if (g.start != kUnaligned) {
      for (size_t i = 0; i < preds.size(); ++i) {
        const uint32_t overlap = used[i] ? 0 : Overlap(g, preds[i]);
        const bool exact = preds[i].start == g.start && preds[i].end == g.end;
        if (overlap > best_overlap || (exact && overlap > 0)) {
          best = i;
          best_overlap = exact ? UINT32_MAX : overlap;
        }
      }
    }
    if (best == preds.size()) {
      if (keep_errors) {
        score.errors.push_back({"miss", gold.id, std::string(surface(g)), g.type, g.value, "", "",
                                "", g.start != kUnaligned ? Context(text, g.start, g.end) : ""});
      }
      continue;
    }
    used[best] = true;
    const Timex& p = preds[best];
    ++score.relaxed_matches;
    score.strict_matches += p.start == g.start && p.end == g.end;
    score.type_matches += p.type == g.type;
    if (p.value == g.value) {
      ++score.value_matches;
    } else if (keep_errors) {
      score.errors.push_back({"value", gold.id, surface(g), g.type, g.value, surface(p), p.type,
                              p.value, Context(text, p.start, p.end)});
    }
  }
  if (!keep_errors) return;
  for (size_t i = 0; i < preds.size(); ++i) {
    const Timex& p = preds[i];
    if (used[i] || p.end > text.size() || p.start > p.end) continue;
    score.errors.push_back({"false_positive", gold.id, "", "", "", surface(p), p.type, p.value,
                            Context(text, p.start, p.end)});
  }
}

}  // namespace

TimesScore ScoreTimes(const std::vector<TimemlDocument>& gold,
                      const std::map<std::string, TimesPrediction>& predicted, bool keep_errors) {
  TimesScore score;
  for (const TimemlDocument& doc : gold) {
    ++score.documents;
    score.gold += doc.timexes.size();
    auto it = predicted.find(doc.id);
    if (it == predicted.end()) {
      ++score.missing;
      TimesPrediction none{doc.text, {}};
      ScoreDocument(doc, none, keep_errors, score);
      continue;
    }
    score.predicted += it->second.times.size();
    ScoreDocument(doc, it->second, keep_errors, score);
  }
  score.strict = MakePrf(score.strict_matches, score.predicted, score.gold);
  score.relaxed = MakePrf(score.relaxed_matches, score.predicted, score.gold);
  score.value = MakePrf(score.value_matches, score.predicted, score.gold);
  score.type_accuracy = score.relaxed_matches > 0
                            ? static_cast<double>(score.type_matches) / score.relaxed_matches
                            : 0;
  return score;
}

}  // namespace storyline::eval
