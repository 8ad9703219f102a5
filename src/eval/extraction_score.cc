#include "eval/extraction_score.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <string>
#include <unordered_map>

namespace storyline::eval {

namespace {

bool IsWordChar(UChar32 c) {
  if (c == '_') return true;
  switch (u_charType(c)) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
      return true;
    default:
      return false;
  }
}

std::unordered_map<std::string, int> Shingles(std::string_view text) {
  constexpr size_t kN = 4;
  std::vector<std::string_view> tokens = WordTokens(text);
  std::unordered_map<std::string, int> counts;
  // As the benchmark does: a text with fewer than 4 tokens is one shingle of all of them.
  size_t count = tokens.size() >= kN ? tokens.size() - kN + 1 : 1;
  for (size_t i = 0; i < count && i < tokens.size(); ++i) {
    std::string shingle;
    for (size_t k = i; k < i + kN && k < tokens.size(); ++k) {
      if (k > i) shingle.push_back(' ');
      shingle.append(tokens[k]);
    }
    ++counts[shingle];
  }
  return counts;
}

}  // namespace

std::vector<std::string_view> WordTokens(std::string_view utf8) {
  std::vector<std::string_view> tokens;
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  int32_t start = -1;
  while (i < length) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    bool word = c >= 0 && IsWordChar(c);
    if (word && start < 0) start = at;
    if (!word && start >= 0) {
      tokens.push_back(utf8.substr(start, at - start));
      start = -1;
    }
  }
  if (start >= 0) tokens.push_back(utf8.substr(start));
  return tokens;
}

PageScore ScorePage(std::string_view id, std::string_view gold, std::string_view predicted) {
  PageScore score;
  score.id = std::string(id);
  auto gold_shingles = Shingles(gold);
  auto pred_shingles = Shingles(predicted);
  double tp = 0, fp = 0, fn = 0;
  for (const auto& [key, g] : gold_shingles) {
    auto it = pred_shingles.find(key);
    int p = it == pred_shingles.end() ? 0 : it->second;
    tp += std::min(g, p);
    fn += std::max(0, g - p);
  }
  for (const auto& [key, p] : pred_shingles) {
    auto it = gold_shingles.find(key);
    int g = it == gold_shingles.end() ? 0 : it->second;
    fp += std::max(0, p - g);
  }
  double sum = tp + fp + fn;
  if (sum > 0) {
    score.tp = tp / sum;
    score.fp = fp / sum;
    score.fn = fn / sum;
  } else {
    score.both_empty = true;
  }
  return score;
}

ExtractionScore ScoreExtraction(const std::map<std::string, std::string>& gold,
                                const std::map<std::string, std::string>& predicted) {
  ExtractionScore result;
  double precision_sum = 0, recall_sum = 0;
  size_t precision_pages = 0, recall_pages = 0;
  static const std::string kEmpty;
  for (const auto& [id, body] : gold) {
    auto it = predicted.find(id);
    PageScore page = ScorePage(id, body, it == predicted.end() ? kEmpty : it->second);
    if (page.both_empty) {
      precision_sum += 1;
      recall_sum += 1;
      ++precision_pages;
      ++recall_pages;
    } else {
      if (page.tp + page.fp > 0) {
        precision_sum += page.tp / (page.tp + page.fp);
        ++precision_pages;
      }
      if (page.tp + page.fn > 0) {
        recall_sum += page.tp / (page.tp + page.fn);
        ++recall_pages;
      }
    }
    result.per_page.push_back(std::move(page));
  }
  result.pages = gold.size();
  result.precision = precision_pages ? precision_sum / precision_pages : 0;
  result.recall = recall_pages ? recall_sum / recall_pages : 0;
  double pr = result.precision + result.recall;
  result.f1 = pr > 0 ? 2 * result.precision * result.recall / pr : 0;
  return result;
}

}  // namespace storyline::eval
