// Article-extraction scoring: the 4-token shingle definition of ../shared/corpora/README.md
// (the article-extraction-benchmark's), usable on any user's gold.
//
// Tokens are Unicode \w+ runs (letters, digits, underscore). Per page, the multisets of 4-token
// shingles of gold and prediction give TP (shared), FP (predicted extra) and FN (gold missing),
// each divided by their sum. Precision is the mean of TP/(TP+FP) over pages with TP+FP > 0, recall
// the mean of TP/(TP+FN) over pages with TP+FN > 0; a page where both texts are empty scores 1.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace storyline::eval {

// Python-compatible \w+ tokenisation.
std::vector<std::string_view> WordTokens(std::string_view utf8);

struct PageScore {
  std::string id;
  double tp = 0, fp = 0, fn = 0;  // normalised so that tp + fp + fn == 1 (or all 0)
  bool both_empty = false;
};

PageScore ScorePage(std::string_view id, std::string_view gold, std::string_view predicted);

struct ExtractionScore {
  double precision = 0, recall = 0, f1 = 0;
  size_t pages = 0;
  std::vector<PageScore> per_page;
};

// gold: id -> body. predicted: id -> body (a gold id missing here is scored as an empty
// prediction; predicted ids not in gold are ignored).
ExtractionScore ScoreExtraction(const std::map<std::string, std::string>& gold,
                                const std::map<std::string, std::string>& predicted);

}  // namespace storyline::eval
