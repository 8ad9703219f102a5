// Comparison of a corpus run with a reviewed golden file, record by record and field by field,
// with a readable account of the first difference in each field.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "corpus_run.h"

namespace storyline_golden {

using nlohmann::json;

inline std::string Truncate(const std::string& s, size_t limit = 200) {
  if (s.size() <= limit) return s;
  size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "…[" + std::to_string(s.size()) + " bytes]";
}

// What differs between two records, field by field ("" when equal).
inline std::string DescribeDifference(const json& expected, const json& actual) {
  std::string out;
  std::map<std::string, int> keys;
  for (auto it = expected.begin(); it != expected.end(); ++it) keys[it.key()] |= 1;
  for (auto it = actual.begin(); it != actual.end(); ++it) keys[it.key()] |= 2;
  for (const auto& [key, where] : keys) {
    if (where == 1) {
      out += "\n  " + key + ": missing (golden " + Truncate(expected[key].dump()) + ")";
    } else if (where == 2) {
      out += "\n  " + key + ": new field " + Truncate(actual[key].dump());
    } else if (expected[key] != actual[key]) {
      std::string golden = expected[key].dump(), now = actual[key].dump();
      size_t at = std::mismatch(golden.begin(), golden.end(), now.begin(), now.end()).first -
                  golden.begin();
      size_t from = at > 60 ? at - 60 : 0;  // show the first difference, not a shared prefix
      while (from > 0 && (static_cast<unsigned char>(golden[from]) & 0xC0) == 0x80) --from;
      std::string lead = from > 0 ? "…" : "";
      out += "\n  " + key + " (first difference at JSON byte " + std::to_string(at) +
             "):\n    golden " + lead + Truncate(golden.substr(from)) + "\n    actual " + lead +
             Truncate(now.substr(from));
    }
  }
  return out;
}

inline std::string KeyOf(const json& r) { return r.is_object() ? r.value("source", "?") : "?"; }

// Every record of `run` equals the golden file's record from the same source, in the same order.
// A missing golden file is a failure (with instructions), never a skip.
inline void ExpectRunMatchesGoldenFile(const CorpusRun& run, const fs::path& golden_file) {
  if (!fs::exists(golden_file)) {
    FAIL() << golden_file.string()
           << " does not exist yet: generate it with scripts/update-golden.sh, review "
              "every record against examples/corpus/README.md, then commit it";
  }
  std::vector<json> golden;
  std::ifstream in(golden_file);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) golden.push_back(json::parse(line));
  }
  ASSERT_EQ(run.problem, "");

  // Records are keyed by source (unique per input item, stable across runs).
  std::map<std::string, const json*> actual_by_key;
  for (const json& r : run.records) actual_by_key[KeyOf(r)] = &r;
  std::map<std::string, const json*> golden_by_key;
  for (const json& r : golden) golden_by_key[KeyOf(r)] = &r;

  for (const json& expected : golden) {
    auto it = actual_by_key.find(KeyOf(expected));
    if (it == actual_by_key.end()) {
      ADD_FAILURE() << KeyOf(expected) << " (id " << expected.value("id", "?")
                    << "): in the golden file, missing from the output";
      continue;
    }
    std::string difference = DescribeDifference(expected, *it->second);
    EXPECT_TRUE(difference.empty()) << KeyOf(expected) << " (id " << expected.value("id", "?")
                                    << ") differs from the golden file:" << difference;
  }
  for (const json& r : run.records) {
    EXPECT_TRUE(golden_by_key.count(KeyOf(r)))
        << KeyOf(r) << " (id " << r.value("id", "?") << "): new record, not in the golden file";
  }
  if (golden_by_key.size() != actual_by_key.size()) return;  // order only matters for equal sets
  std::vector<std::string> golden_order, actual_order;
  for (const json& r : golden) golden_order.push_back(KeyOf(r));
  for (const json& r : run.records) actual_order.push_back(KeyOf(r));
  EXPECT_EQ(golden_order, actual_order) << "records come out in a different order";
}

}  // namespace storyline_golden
