#include "eval/conll.h"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <optional>
#include <unordered_map>
#include <utility>

namespace storyline::eval {

namespace {

// ---- Reading ----

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::optional<ConllType> ParseType(std::string_view name) {
  if (name == "PER") return ConllType::kPer;
  if (name == "ORG") return ConllType::kOrg;
  if (name == "LOC") return ConllType::kLoc;
  if (name == "MISC") return ConllType::kMisc;
  return std::nullopt;
}

// Builds documents line by line, tracking the open entity of the IOB1 tags.
class ConllReader {
 public:
  explicit ConllReader(std::string_view stem) : stem_(stem) {}

  void Line(std::string_view line) {
    line = Trim(line);
    if (line.empty()) return EndSentence();
    if (line.starts_with("-DOCSTART-")) return EndDocument();
    const size_t token_end = line.find_first_of(" \t");
    const std::string_view token = line.substr(0, token_end);
    const size_t tag_start = line.find_last_of(" \t");
    const std::string_view tag =
        token_end == std::string_view::npos ? "O" : line.substr(tag_start + 1);
    Tag(tag);
    doc_.tokens.emplace_back(token);
  }

  std::vector<ConllDocument> Finish() {
    EndDocument();
    return std::move(docs_);
  }

 private:
  // Applies the tag of the token about to be added.
  void Tag(std::string_view tag) {
    std::optional<ConllType> type;
    if (tag.size() > 2 && tag[1] == '-' && (tag[0] == 'I' || tag[0] == 'B'))
      type = ParseType(tag.substr(2));
    const bool continues = type && tag[0] == 'I' && open_ && open_->type == *type;
    if (continues) return;
    CloseEntity();
    if (type) open_ = ConllEntity{Next(), Next(), *type};
  }

  uint32_t Next() const { return static_cast<uint32_t>(doc_.tokens.size()); }

  void CloseEntity() {
    if (!open_) return;
    open_->end_token = Next();
    if (open_->end_token > open_->first_token) doc_.entities.push_back(*open_);
    open_.reset();
  }

  void EndSentence() {
    CloseEntity();
    const uint32_t last = doc_.sentence_ends.empty() ? 0 : doc_.sentence_ends.back();
    if (Next() > last) doc_.sentence_ends.push_back(Next());
  }

  void EndDocument() {
    EndSentence();
    if (!doc_.tokens.empty()) {
      char number[16];
      std::snprintf(number, sizeof number, "-%03zu", docs_.size() + 1);
      doc_.id = std::string(stem_) + number;
      docs_.push_back(std::move(doc_));
    }
    doc_ = ConllDocument{};
  }

  std::string_view stem_;
  ConllDocument doc_;
  std::optional<ConllEntity> open_;
  std::vector<ConllDocument> docs_;
};

// ---- Predictions ----

std::optional<ConllType> MentionType(const std::string& type) {
  if (type == "PERSON") return ConllType::kPer;
  if (type == "ORGANIZATION") return ConllType::kOrg;
  if (type == "LOCATION") return ConllType::kLoc;
  if (type == "NATIONALITY") return ConllType::kMisc;
  return std::nullopt;
}

// A predicted mention {start, end, type[, kind]}: only name mentions of a known type count.
std::optional<ConllMention> ReadMention(const nlohmann::json& j) {
  if (!j.is_object() || !j.contains("start") || !j.contains("end") ||
      !j["start"].is_number_unsigned() || !j["end"].is_number_unsigned() || !j.contains("type") ||
      !j["type"].is_string()) {
    return std::nullopt;
  }
  if (j.contains("kind") && j["kind"].is_string() && j["kind"].get<std::string>() != "name")
    return std::nullopt;
  std::optional<ConllType> type = MentionType(j["type"].get<std::string>());
  if (!type) return std::nullopt;
  return ConllMention{j["start"].get<uint32_t>(), j["end"].get<uint32_t>(), *type};
}

// ---- Alignment ----

struct TokenSpan {
  uint32_t start = 0;
  uint32_t end = 0;
  bool aligned = false;
};

// Walks the gold tokens through the predicted text in order: the fallback for documents too long
// for the word alignment below.
class GreedyAligner {
 public:
  GreedyAligner(const ConllDocument& doc, std::string_view text) : doc_(doc), text_(text) {}

  std::vector<TokenSpan> Run(size_t& lost) {
    std::vector<TokenSpan> spans(doc_.tokens.size());
    size_t pos = 0;
    for (size_t i = 0; i < doc_.tokens.size(); ++i) {
      const std::optional<size_t> at = Find(i, pos);
      if (!at) {
        ++lost;
        continue;
      }
      const auto start = static_cast<uint32_t>(*at);
      spans[i] = {start, static_cast<uint32_t>(start + doc_.tokens[i].size()), true};
      pos = spans[i].end;
    }
    return spans;
  }

 private:
  // Where token i stands right after `pos` (only whitespace between), if it does.
  std::optional<size_t> Next(size_t i, size_t pos) const {
    while (pos < text_.size() && IsSpace(text_[pos])) ++pos;
    if (text_.substr(pos).starts_with(doc_.tokens[i])) return pos;
    return std::nullopt;
  }

  // Token i at or after `pos`: directly next, or further on where the following tokens follow it
  // too (the text lost or changed something in between).
  std::optional<size_t> Find(size_t i, size_t pos) const {
    if (std::optional<size_t> at = Next(i, pos)) return at;
    const std::string& token = doc_.tokens[i];
    size_t candidate = text_.find(token, pos);
    for (int tries = 0; candidate != std::string_view::npos && tries < 64; ++tries) {
      if (FollowedByNext(i, candidate + token.size())) return candidate;
      candidate = text_.find(token, candidate + 1);
    }
    return std::nullopt;
  }

  bool FollowedByNext(size_t i, size_t pos) const {
    const size_t last = std::min(doc_.tokens.size(), i + 4);
    for (size_t j = i + 1; j < last; ++j) {
      std::optional<size_t> at = Next(j, pos);
      if (!at) return false;
      pos = *at + doc_.tokens[j].size();
    }
    return true;
  }

  const ConllDocument& doc_;
  std::string_view text_;
};

// Aligns gold tokens with the whitespace-separated words of the predicted text by a longest
// common subsequence, so lines the cleaner dropped, moved into the title or repeated cannot pull
// the alignment past text that is still there. Tokens without a partner are lost.
class WordAligner {
 public:
  static constexpr uint64_t kMaxCells = uint64_t{16} << 20;

  WordAligner(const ConllDocument& doc, std::string_view text) : doc_(doc), text_(text) {}

  std::vector<TokenSpan> Run(size_t& lost) {
    SplitWords();
    if (uint64_t{doc_.tokens.size() + 1} * (words_.size() + 1) > kMaxCells)
      return GreedyAligner(doc_, text_).Run(lost);
    Number();
    const size_t n = doc_.tokens.size(), m = words_.size(), width = m + 1;
    // table[i * width + j]: LCS length of tokens[i..] and words[j..].
    std::vector<uint32_t> table((n + 1) * width, 0);
    for (size_t i = n; i-- > 0;) {
      for (size_t j = m; j-- > 0;) {
        table[i * width + j] = token_ids_[i] == word_ids_[j]
                                   ? table[(i + 1) * width + j + 1] + 1
                                   : std::max(table[(i + 1) * width + j], table[i * width + j + 1]);
      }
    }
    std::vector<TokenSpan> spans(n);
    size_t i = 0, j = 0;
    while (i < n && j < m) {
      if (token_ids_[i] == word_ids_[j] &&
          table[i * width + j] == table[(i + 1) * width + j + 1] + 1) {
        spans[i++] = {words_[j].first, words_[j].second, true};
        ++j;
      } else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) {
        ++i;
      } else {
        ++j;
      }
    }
    for (const TokenSpan& s : spans) lost += !s.aligned;
    return spans;
  }

 private:
  void SplitWords() {
    size_t pos = 0;
    while (pos < text_.size()) {
      while (pos < text_.size() && IsSpace(text_[pos])) ++pos;
      const size_t start = pos;
      while (pos < text_.size() && !IsSpace(text_[pos])) ++pos;
      if (pos > start)
        words_.emplace_back(static_cast<uint32_t>(start), static_cast<uint32_t>(pos));
    }
  }

  // Replaces strings by small integers so the table compares numbers.
  void Number() {
    std::unordered_map<std::string_view, uint32_t> ids;
    for (const std::string& t : doc_.tokens) {
      token_ids_.push_back(ids.emplace(t, static_cast<uint32_t>(ids.size())).first->second);
    }
    for (const auto& [start, end] : words_) {
      auto it = ids.find(text_.substr(start, end - start));
      word_ids_.push_back(it == ids.end() ? UINT32_MAX : it->second);
    }
  }

  const ConllDocument& doc_;
  std::string_view text_;
  std::vector<std::pair<uint32_t, uint32_t>> words_;  // byte spans
  std::vector<uint32_t> token_ids_, word_ids_;
};

// The better of the two alignments: by words (robust to dropped and repeated lines), else by
// substrings when fewer tokens are lost that way (a text whose tokens are not space-separated).
std::vector<TokenSpan> Align(const ConllDocument& doc, std::string_view text, size_t& lost) {
  size_t word_lost = 0;
  std::vector<TokenSpan> spans = WordAligner(doc, text).Run(word_lost);
  if (word_lost > 0) {
    size_t greedy_lost = 0;
    std::vector<TokenSpan> greedy = GreedyAligner(doc, text).Run(greedy_lost);
    if (greedy_lost < word_lost) {
      lost += greedy_lost;
      return greedy;
    }
  }
  lost += word_lost;
  return spans;
}

// ---- Scoring ----

bool InHeadline(ConllType type) { return type != ConllType::kMisc; }

std::string Join(const ConllDocument& doc, uint32_t first, uint32_t end) {
  std::string out;
  for (uint32_t i = first; i < end; ++i) {
    if (i > first) out += ' ';
    out += doc.tokens[i];
  }
  return out;
}

// The gold sentence around tokens [first, end), the entity in brackets.
std::string GoldContext(const ConllDocument& doc, uint32_t first, uint32_t end) {
  auto it = std::upper_bound(doc.sentence_ends.begin(), doc.sentence_ends.end(), first);
  const uint32_t sentence_end = it == doc.sentence_ends.end() ? doc.tokens.size() : *it;
  const uint32_t sentence_start = it == doc.sentence_ends.begin() ? 0 : *(it - 1);
  std::string out = Join(doc, sentence_start, first);
  out += out.empty() ? "[" : " [";
  out += Join(doc, first, end) + "]";
  if (end < sentence_end) out += " " + Join(doc, end, sentence_end);
  return out;
}

bool Continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Up to 80 bytes of the predicted text either side of [start, end), within its line.
std::string TextContext(std::string_view text, uint32_t start, uint32_t end) {
  size_t from = start > 80 ? start - 80 : 0;
  size_t to = std::min<size_t>(text.size(), size_t{end} + 80);
  while (from < start && Continuation(text[from])) ++from;
  while (to > end && to < text.size() && Continuation(text[to])) --to;
  const size_t line_start = text.rfind('\n', start ? start - 1 : 0);
  if (line_start != std::string_view::npos && line_start + 1 > from && line_start < start)
    from = line_start + 1;
  const size_t line_end = text.find('\n', end);
  if (line_end != std::string_view::npos && line_end < to) to = line_end;
  return std::string(text.substr(from, start - from)) + "[" +
         std::string(text.substr(start, end - start)) + "]" +
         std::string(text.substr(end, to - end));
}

class DocumentScorer {
 public:
  DocumentScorer(const ConllDocument& doc, ConllScore& score) : doc_(doc), score_(score) {}

  void Missing() {
    for (const ConllEntity& e : doc_.entities) Miss(e, "document missing");
  }

  void Score(const ConllPrediction& prediction) {
    text_ = prediction.text;
    spans_ = Align(doc_, text_, score_.lost_tokens);
    IndexTokens();
    std::vector<bool> matched(doc_.entities.size(), false);
    std::vector<ConllMention> mentions = prediction.mentions;
    std::sort(mentions.begin(), mentions.end(), [](const ConllMention& a, const ConllMention& b) {
      return std::pair(a.start, a.end) < std::pair(b.start, b.end);
    });
    for (const ConllMention& m : mentions) Predicted(m, matched);
    for (size_t e = 0; e < doc_.entities.size(); ++e) {
      if (!matched[e]) Miss(doc_.entities[e], GoldNote(doc_.entities[e]));
    }
  }

 private:
  void IndexTokens() {
    for (const TokenSpan& s : spans_) {
      if (!s.aligned) continue;
      starts_.push_back(s.start);
      ends_.push_back(s.end);
    }
  }

  static bool Has(const std::vector<uint32_t>& sorted, uint32_t offset) {
    return std::binary_search(sorted.begin(), sorted.end(), offset);
  }

  // The gold entity whose aligned span is exactly [start, end), or -1.
  int GoldAt(uint32_t start, uint32_t end) const {
    for (size_t e = 0; e < doc_.entities.size(); ++e) {
      const ConllEntity& g = doc_.entities[e];
      const TokenSpan& first = spans_[g.first_token];
      const TokenSpan& last = spans_[g.end_token - 1];
      if (first.aligned && last.aligned && first.start == start && last.end == end)
        return static_cast<int>(e);
    }
    return -1;
  }

  void Predicted(const ConllMention& m, std::vector<bool>& matched) {
    if (m.start >= m.end || m.end > text_.size()) {
      return FalsePositive(m, "offsets outside the text");
    }
    if (!Has(starts_, m.start) || !Has(ends_, m.end)) {
      return FalsePositive(m, "not on token boundaries");
    }
    const int gold = GoldAt(m.start, m.end);
    if (gold < 0) return FalsePositive(m, "no gold entity");
    const ConllType gold_type = doc_.entities[gold].type;
    if (gold_type != m.type) {
      return FalsePositive(m, std::string("gold ") + ConllTypeName(gold_type));
    }
    if (matched[gold]) return FalsePositive(m, "duplicate");
    matched[gold] = true;
    ++score_.per_type[static_cast<size_t>(m.type)].tp;
    if (InHeadline(m.type)) ++score_.headline.tp;
  }

  void FalsePositive(const ConllMention& m, std::string note) {
    ++score_.per_type[static_cast<size_t>(m.type)].fp;
    if (InHeadline(m.type)) ++score_.headline.fp;
    ConllError error{doc_.id, true, m.type, "", "", std::move(note)};
    if (m.start < m.end && m.end <= text_.size()) {
      error.text = std::string(text_.substr(m.start, m.end - m.start));
      error.context = TextContext(text_, m.start, m.end);
    }
    score_.errors.push_back(std::move(error));
  }

  std::string GoldNote(const ConllEntity& e) const {
    for (uint32_t i = e.first_token; i < e.end_token; ++i) {
      if (!spans_[i].aligned) return "tokens not found in the text";
    }
    return "missed";
  }

  void Miss(const ConllEntity& e, std::string note) {
    ++score_.per_type[static_cast<size_t>(e.type)].fn;
    if (InHeadline(e.type)) ++score_.headline.fn;
    score_.errors.push_back(
        ConllError{doc_.id, false, e.type, Join(doc_, e.first_token, e.end_token),
                   GoldContext(doc_, e.first_token, e.end_token), std::move(note)});
  }

  const ConllDocument& doc_;
  ConllScore& score_;
  std::string_view text_;
  std::vector<TokenSpan> spans_;
  std::vector<uint32_t> starts_, ends_;  // of aligned tokens, increasing
};

}  // namespace

const char* ConllTypeName(ConllType type) {
  switch (type) {
    case ConllType::kPer:
      return "PER";
    case ConllType::kOrg:
      return "ORG";
    case ConllType::kLoc:
      return "LOC";
    case ConllType::kMisc:
      return "MISC";
  }
  return "?";
}

std::vector<ConllDocument> ParseConll(std::string_view content, std::string_view stem) {
  ConllReader reader(stem);
  while (!content.empty()) {
    const size_t newline = content.find('\n');
    reader.Line(content.substr(0, newline));
    content.remove_prefix(newline == std::string_view::npos ? content.size() : newline + 1);
  }
  return reader.Finish();
}

std::string ConllText(const ConllDocument& doc) {
  std::string out;
  uint32_t start = 0;
  for (uint32_t end : doc.sentence_ends) {
    if (!out.empty()) out += '\n';
    for (uint32_t i = start; i < end; ++i) {
      if (i > start) out += ' ';
      out += doc.tokens[i];
    }
    start = end;
  }
  return out;
}

bool ParseConllPrediction(std::string_view line, std::string& id, ConllPrediction& prediction) {
  nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
  if (!j.is_object() || !j.contains("id") || !j["id"].is_string()) return false;
  id = j["id"].get<std::string>();
  prediction = ConllPrediction{};
  if (j.contains("text") && j["text"].is_string()) prediction.text = j["text"].get<std::string>();
  if (!j.contains("entities") || !j["entities"].is_array()) return true;
  for (const nlohmann::json& m : j["entities"]) {
    if (std::optional<ConllMention> mention = ReadMention(m))
      prediction.mentions.push_back(*mention);
  }
  return true;
}

ConllScore ScoreConll(const std::vector<ConllDocument>& gold,
                      const std::map<std::string, ConllPrediction>& predicted) {
  ConllScore score;
  for (const ConllDocument& doc : gold) {
    ++score.documents;
    DocumentScorer scorer(doc, score);
    auto it = predicted.find(doc.id);
    if (it == predicted.end()) {
      ++score.missing;
      scorer.Missing();
    } else {
      scorer.Score(it->second);
    }
  }
  return score;
}

}  // namespace storyline::eval
