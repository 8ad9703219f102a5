#include "clean/html_jsonld.h"

#include <nlohmann/json.hpp>
#include <string_view>

namespace storyline::clean {

namespace {

using nlohmann::json;

bool EndsWith(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

bool IsArticleType(std::string_view type) {
  return EndsWith(type, "Article") || EndsWith(type, "Posting") || type == "Report" ||
         type == "LiveBlogPosting";
}

// 2 for an article type, 1 for a web page, 0 otherwise.
int TypeRank(const json& object) {
  auto it = object.find("@type");
  if (it == object.end()) return 0;
  int rank = 0;
  auto judge = [&rank](const json& t) {
    if (!t.is_string()) return;
    const std::string& s = t.get_ref<const std::string&>();
    if (IsArticleType(s)) rank = std::max(rank, 2);
    if (s == "WebPage") rank = std::max(rank, 1);
  };
  if (it->is_array()) {
    for (const json& t : *it) judge(t);
  } else {
    judge(*it);
  }
  return rank;
}

std::string StringField(const json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_array() && !it->empty() && it->front().is_string())
    return it->front().get<std::string>();
  return "";
}

std::string PublisherName(const json& object) {
  auto it = object.find("publisher");
  if (it == object.end()) return "";
  const json& p = it->is_array() && !it->empty() ? it->front() : *it;
  if (p.is_object()) return StringField(p, "name");
  return p.is_string() ? p.get<std::string>() : "";
}

std::string UrlOf(const json& object) {
  std::string url = StringField(object, "url");
  if (!url.empty()) return url;
  auto it = object.find("mainEntityOfPage");
  if (it == object.end()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_object()) return StringField(*it, "@id");
  return "";
}

// Depth-limited search for the best-ranked object.
void FindBest(const json& node, int depth, const json*& best, int& best_rank) {
  if (depth > 8) return;
  if (node.is_array()) {
    for (const json& item : node) FindBest(item, depth + 1, best, best_rank);
    return;
  }
  if (!node.is_object()) return;
  int rank = TypeRank(node);
  if (rank > best_rank) {
    best = &node;
    best_rank = rank;
  }
  auto graph = node.find("@graph");
  if (graph != node.end()) FindBest(*graph, depth + 1, best, best_rank);
}

// Deeply nested JSON is not schema.org markup; refusing it keeps parsing and destruction shallow.
bool NestsTooDeep(std::string_view s) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > 64) return true;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return false;
}

}  // namespace

JsonLdArticle ReadJsonLd(const std::vector<std::string>& scripts) {
  JsonLdArticle out;
  int best_rank = 0;
  std::vector<json> parsed;
  parsed.reserve(scripts.size());
  for (const std::string& s : scripts) {
    if (NestsTooDeep(s)) continue;
    json j = json::parse(s, nullptr, /*allow_exceptions=*/false);
    if (!j.is_discarded()) parsed.push_back(std::move(j));
  }
  const json* best = nullptr;
  for (const json& j : parsed) FindBest(j, 0, best, best_rank);
  if (best == nullptr) return out;
  out.headline = StringField(*best, "headline");
  if (best_rank == 2 || out.date_published.empty()) {
    out.date_published = StringField(*best, "datePublished");
  }
  out.publisher = PublisherName(*best);
  out.url = UrlOf(*best);
  out.article_body = StringField(*best, "articleBody");
  return out;
}

}  // namespace storyline::clean
