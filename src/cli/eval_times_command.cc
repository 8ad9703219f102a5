// `storyline eval times-input TML...` writes analyze input records from TimeML files;
// `storyline eval times --gold TML PRED.jsonl` scores predicted time expressions (TempEval-3).
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "eval/timeml.h"

namespace storyline::cli {

namespace {

struct TimesInputArgs {
  std::vector<std::string> inputs;
  std::string output = "-";
};

struct TimesArgs {
  std::string gold;
  std::string predicted;
  size_t errors = 0;
};

bool LoadAll(const std::vector<std::string>& paths, std::vector<eval::TimemlDocument>& docs) {
  for (const std::string& path : paths) {
    std::string error;
    if (!eval::LoadTimeml(path, docs, &error)) {
      std::cerr << "storyline eval: " << error << "\n";
      return false;
    }
  }
  return true;
}

int RunTimesInput(const TimesInputArgs& args) {
  std::vector<eval::TimemlDocument> docs;
  if (!LoadAll(args.inputs, docs)) return 2;
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (args.output != "-") {
    file.open(args.output, std::ios::binary);
    if (!file) {
      std::cerr << "storyline eval: cannot write " << args.output << "\n";
      return 2;
    }
    out = &file;
  }
  for (const eval::TimemlDocument& doc : docs) {
    nlohmann::json record = {{"id", doc.id}, {"text", doc.text}};
    if (!doc.published.empty()) record["published"] = doc.published;
    *out << record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
  std::cerr << "times-input: " << docs.size() << " documents\n";
  return 0;
}

std::string StringField(const nlohmann::json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : "";
}

// One predicted time: {start, end, type, value}; false when the offsets are missing.
bool ReadTimex(const nlohmann::json& j, eval::Timex& t) {
  if (!j.is_object() || !j.contains("start") || !j.contains("end") ||
      !j["start"].is_number_unsigned() || !j["end"].is_number_unsigned()) {
    return false;
  }
  t.start = j["start"].get<uint32_t>();
  t.end = j["end"].get<uint32_t>();
  t.type = StringField(j, "type");
  t.value = StringField(j, "value");
  return t.start <= t.end;
}

bool LoadPredictions(const std::string& path,
                     std::map<std::string, eval::TimesPrediction>& predicted) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) {
      std::cerr << "storyline eval: cannot read " << path << "\n";
      return false;
    }
    in = &file;
  }
  std::string line;
  size_t number = 0;
  while (std::getline(*in, line)) {
    ++number;
    if (line.empty()) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_object() || !j.contains("id") || !j["id"].is_string()) {
      std::cerr << "storyline eval: " << path << ":" << number << ": not a record with an id\n";
      continue;
    }
    eval::TimesPrediction& p = predicted[j["id"].get<std::string>()];
    p.text = StringField(j, "text");
    if (!j.contains("times") || !j["times"].is_array()) continue;
    for (const nlohmann::json& t : j["times"]) {
      eval::Timex timex;
      if (ReadTimex(t, timex)) p.times.push_back(std::move(timex));
    }
  }
  return true;
}

void PrintErrors(const eval::TimesScore& score, size_t limit) {
  for (const char* kind : {"value", "miss", "false_positive"}) {
    size_t shown = 0;
    for (const eval::TimesError& e : score.errors) {
      if (e.kind != kind || shown >= limit) continue;
      ++shown;
      std::printf("%s\t%s\tgold %s %s \"%s\"\tpredicted %s %s \"%s\"\t| %s\n", kind, e.id.c_str(),
                  e.gold_type.c_str(), e.gold_value.c_str(), e.gold_text.c_str(),
                  e.predicted_type.c_str(), e.predicted_value.c_str(), e.predicted_text.c_str(),
                  e.context.c_str());
    }
  }
}

int RunTimes(const TimesArgs& args) {
  std::vector<eval::TimemlDocument> gold;
  std::map<std::string, eval::TimesPrediction> predicted;
  if (!LoadAll({args.gold}, gold) || !LoadPredictions(args.predicted, predicted)) return 2;
  eval::TimesScore s = eval::ScoreTimes(gold, predicted, args.errors > 0);
  if (args.errors > 0) PrintErrors(s, args.errors);
  std::printf(
      "times: documents %zu (missing %zu) gold %zu predicted %zu | strict P %.4f R %.4f F1 %.4f | "
      "relaxed P %.4f R %.4f F1 %.4f | value P %.4f R %.4f F1 %.4f | type accuracy %.4f",
      s.documents, s.missing, s.gold, s.predicted, s.strict.precision, s.strict.recall, s.strict.f1,
      s.relaxed.precision, s.relaxed.recall, s.relaxed.f1, s.value.precision, s.value.recall,
      s.value.f1, s.type_accuracy);
  if (s.unaligned > 0) std::printf(" | unaligned gold %zu", s.unaligned);
  std::printf("\n");
  return 0;
}

}  // namespace

void RegisterEvalTimes(CLI::App& eval) {
  auto input_args = std::make_shared<TimesInputArgs>();
  CLI::App* input = eval.add_subcommand(
      "times-input", "Write analyze input records {id, text, published} from TimeML files");
  input->add_option("tml", input_args->inputs, "TimeML files or folders")->required();
  input->add_option("-o,--output", input_args->output, "Output JSONL (default stdout)");
  input->callback([input_args]() { std::exit(RunTimesInput(*input_args)); });

  auto args = std::make_shared<TimesArgs>();
  CLI::App* times = eval.add_subcommand(
      "times", "Time expressions (TempEval-3): strict/relaxed detection and value P/R/F1");
  times->add_option("--gold", args->gold, "TimeML file or folder")->required();
  times->add_option("predicted", args->predicted, "JSONL with \"times\" (- = stdin)")->required();
  times->add_option("--errors", args->errors, "Print up to N errors of each kind");
  times->callback([args]() { std::exit(RunTimes(*args)); });
}

}  // namespace storyline::cli
