// `storyline eval entities-input CONLL [-o OUT]` writes analyze input records from a CoNLL-2003
// file; `storyline eval entities --gold CONLL PRED.jsonl` scores the predicted name mentions
// (exact span, exact type; eval/conll.h).
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/commands.h"
#include "eval/conll.h"

namespace storyline::cli {

namespace {

struct EntitiesInputArgs {
  std::string input;
  std::string output = "-";
};

struct EntitiesArgs {
  std::string gold;
  std::string predicted;
  bool per_type = false;
  size_t errors = 0;
};

bool LoadConll(const std::string& path, std::vector<eval::ConllDocument>& docs) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "storyline eval: cannot read " << path << "\n";
    return false;
  }
  std::ostringstream content;
  content << in.rdbuf();
  docs = eval::ParseConll(content.str(), std::filesystem::path(path).filename().string());
  if (docs.empty()) {
    std::cerr << "storyline eval: " << path << " holds no CoNLL tokens\n";
    return false;
  }
  return true;
}

int RunEntitiesInput(const EntitiesInputArgs& args) {
  std::vector<eval::ConllDocument> docs;
  if (!LoadConll(args.input, docs)) return 2;
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
  for (const eval::ConllDocument& doc : docs) {
    nlohmann::json record = {{"id", doc.id}, {"text", eval::ConllText(doc)}};
    *out << record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
  std::cerr << "entities-input: " << docs.size() << " documents\n";
  return 0;
}

bool LoadPredictions(const std::string& path,
                     std::map<std::string, eval::ConllPrediction>& predicted) {
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
    std::string id;
    eval::ConllPrediction prediction;
    if (!eval::ParseConllPrediction(line, id, prediction)) {
      std::cerr << "storyline eval: " << path << ":" << number << ": not a record with an id\n";
      continue;
    }
    predicted[id] = std::move(prediction);
  }
  return true;
}

void PrintCounts(const char* label, const eval::EntityCounts& c) {
  std::printf("%s precision %.4f recall %.4f f1 %.4f (tp %zu fp %zu fn %zu)\n", label,
              c.Precision(), c.Recall(), c.F1(), c.tp, c.fp, c.fn);
}

void PrintErrors(const eval::ConllScore& score, size_t limit) {
  for (const bool false_positive : {true, false}) {
    size_t shown = 0;
    for (const eval::ConllError& e : score.errors) {
      if (e.false_positive != false_positive || shown >= limit) continue;
      ++shown;
      std::printf("%s\t%s\t%s\t\"%s\"\t%s\t| %s\n", false_positive ? "false_positive" : "miss",
                  e.document.c_str(), eval::ConllTypeName(e.type), e.text.c_str(), e.note.c_str(),
                  e.context.c_str());
    }
  }
}

int RunEntities(const EntitiesArgs& args) {
  std::vector<eval::ConllDocument> gold;
  std::map<std::string, eval::ConllPrediction> predicted;
  if (!LoadConll(args.gold, gold) || !LoadPredictions(args.predicted, predicted)) return 2;
  const eval::ConllScore s = eval::ScoreConll(gold, predicted);
  if (args.errors > 0) PrintErrors(s, args.errors);
  std::printf("entities: documents %zu (missing %zu) ", s.documents, s.missing);
  PrintCounts("PER/ORG/LOC", s.headline);
  if (args.per_type) {
    for (eval::ConllType type :
         {eval::ConllType::kPer, eval::ConllType::kOrg, eval::ConllType::kLoc}) {
      PrintCounts(eval::ConllTypeName(type), s.per_type[static_cast<size_t>(type)]);
    }
  }
  PrintCounts("MISC", s.per_type[static_cast<size_t>(eval::ConllType::kMisc)]);
  if (s.lost_tokens > 0) std::printf("gold tokens not found in the texts: %zu\n", s.lost_tokens);
  return 0;
}

}  // namespace

void RegisterEvalEntities(CLI::App& eval) {
  auto input_args = std::make_shared<EntitiesInputArgs>();
  CLI::App* input = eval.add_subcommand(
      "entities-input", "Write analyze input records {id, text} from a CoNLL-2003 file");
  input->add_option("conll", input_args->input, "CoNLL file (TOKEN POS CHUNK NER)")->required();
  input->add_option("-o,--output", input_args->output, "Output JSONL (default stdout)");
  input->callback([input_args]() { std::exit(RunEntitiesInput(*input_args)); });

  auto args = std::make_shared<EntitiesArgs>();
  CLI::App* entities = eval.add_subcommand(
      "entities", "Named entities (CoNLL-2003): exact-span P/R/F1 over PER, ORG, LOC; MISC apart");
  entities->add_option("--gold", args->gold, "CoNLL file")->required();
  entities->add_option("predicted", args->predicted, "JSONL with \"entities\" (- = stdin)")
      ->required();
  entities->add_flag("--per-type", args->per_type, "Print PER, ORG and LOC separately");
  entities->add_option("--errors", args->errors, "Print up to N false positives and N misses");
  entities->callback([args]() { std::exit(RunEntities(*args)); });
}

}  // namespace storyline::cli
