// `storyline eval extraction --gold GOLD PRED.jsonl`: scores predicted article bodies.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "eval/extraction_score.h"

namespace storyline::cli {

namespace {

struct ExtractionArgs {
  std::string gold;
  std::string predicted;
  bool per_page = false;
};

// Gold: a JSON object id -> body string, or id -> {"articleBody": body, ...}.
bool LoadGold(const std::string& path, std::map<std::string, std::string>& gold) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "storyline eval: cannot read " << path << "\n";
    return false;
  }
  nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
  if (!j.is_object()) {
    std::cerr << "storyline eval: " << path << " is not a JSON object of id -> body\n";
    return false;
  }
  for (const auto& [id, value] : j.items()) {
    if (value.is_string()) {
      gold[id] = value.get<std::string>();
    } else if (value.is_object() && value.contains("articleBody") &&
               value["articleBody"].is_string()) {
      gold[id] = value["articleBody"].get<std::string>();
    } else {
      std::cerr << "storyline eval: gold entry " << id << " has no body\n";
      return false;
    }
  }
  return true;
}

// Predictions: JSONL records with "id" and "text" (storyline clean's output).
bool LoadPredictions(const std::string& path, std::map<std::string, std::string>& predicted) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    file.open(path);
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
    std::string text =
        j.contains("text") && j["text"].is_string() ? j["text"].get<std::string>() : "";
    predicted[j["id"].get<std::string>()] = std::move(text);
  }
  return true;
}

int RunExtraction(const ExtractionArgs& args) {
  std::map<std::string, std::string> gold, predicted;
  if (!LoadGold(args.gold, gold) || !LoadPredictions(args.predicted, predicted)) return 2;
  eval::ExtractionScore score = eval::ScoreExtraction(gold, predicted);
  if (args.per_page) {
    for (const eval::PageScore& page : score.per_page) {
      double p = page.tp + page.fp > 0 ? page.tp / (page.tp + page.fp) : 1;
      double r = page.tp + page.fn > 0 ? page.tp / (page.tp + page.fn) : 1;
      std::printf("%s\tP %.3f\tR %.3f\n", page.id.c_str(), p, r);
    }
  }
  size_t missing = 0;
  for (const auto& [id, body] : gold) missing += !predicted.count(id);
  std::printf("extraction: pages %zu (missing %zu) precision %.4f recall %.4f f1 %.4f\n",
              score.pages, missing, score.precision, score.recall, score.f1);
  return 0;
}

}  // namespace

void RegisterEval(CLI::App& app) {
  CLI::App* eval = app.add_subcommand("eval", "Score storyline's output against gold data");
  eval->require_subcommand(1);
  auto args = std::make_shared<ExtractionArgs>();
  CLI::App* extraction = eval->add_subcommand(
      "extraction", "Article-body extraction: 4-token shingle precision/recall/F1");
  extraction->add_option("--gold", args->gold, "JSON: id -> body, or id -> {\"articleBody\"}")
      ->required();
  extraction->add_option("predicted", args->predicted, "JSONL from `storyline clean` (- = stdin)")
      ->required();
  extraction->add_flag("--per-page", args->per_page, "Print each page's precision and recall");
  extraction->callback([args]() { std::exit(RunExtraction(*args)); });
  RegisterEvalTimes(*eval);
  RegisterEvalEntities(*eval);
}

}  // namespace storyline::cli
