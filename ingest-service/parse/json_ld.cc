#include "ingest-service/parse/json_ld.h"

#include <string>

#include "absl/strings/match.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"

namespace factwire {
namespace {

using google::protobuf::ListValue;
using google::protobuf::Struct;
using google::protobuf::Value;

// JSON-LD nests a few levels; protobuf's parser slows down sharply with depth.
constexpr int kMaxDepth = 32;

// The JSON between the first '{' or '[' and the last '}' or ']', with control
// characters (raw line breaks inside strings are common) made spaces; "" when it
// nests deeper than kMaxDepth.
std::string CleanJson(absl::string_view json) {
  const size_t begin = json.find_first_of("{[");
  const size_t end = json.find_last_of("}]");
  if (begin == absl::string_view::npos || end == absl::string_view::npos || end < begin) {
    return "";
  }
  std::string clean(json.substr(begin, end - begin + 1));
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < clean.size(); ++i) {
    char& c = clean[i];
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > kMaxDepth) return "";
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return clean;
}

const Value* Field(const Struct& node, const char* name) {
  const auto it = node.fields().find(name);
  return it == node.fields().end() ? nullptr : &it->second;
}

// A string field, or the first string of a list field; "" otherwise.
std::string Text(const Struct& node, const char* name) {
  const Value* value = Field(node, name);
  if (value == nullptr) return "";
  if (value->has_list_value() && value->list_value().values_size() > 0) {
    value = &value->list_value().values(0);
  }
  return value->has_string_value() ? value->string_value() : "";
}

bool IsArticleType(absl::string_view type) {
  return absl::EndsWith(type, "Article") || type == "BlogPosting" ||
         type == "LiveBlogPosting" || type == "Report" || type == "SocialMediaPosting";
}

bool IsArticle(const Struct& node) {
  const Value* type = Field(node, "@type");
  if (type == nullptr) return false;
  if (type->has_string_value()) return IsArticleType(type->string_value());
  for (const Value& t : type->list_value().values()) {
    if (t.has_string_value() && IsArticleType(t.string_value())) return true;
  }
  return false;
}

// Every object at the top, in a top-level list, or in an "@graph" list.
void CollectNodes(const Value& value, std::vector<const Struct*>* nodes) {
  if (value.has_list_value()) {
    for (const Value& item : value.list_value().values()) CollectNodes(item, nodes);
    return;
  }
  if (!value.has_struct_value()) return;
  nodes->push_back(&value.struct_value());
  if (const Value* graph = Field(value.struct_value(), "@graph"); graph != nullptr) {
    CollectNodes(*graph, nodes);
  }
}

// The name of one author value: a string, {"name"}, or {"@id"} found in `nodes`.
std::string AuthorName(const Value& author, const std::vector<const Struct*>& nodes) {
  if (author.has_string_value()) return author.string_value();
  if (!author.has_struct_value()) return "";
  const Struct& object = author.struct_value();
  std::string name = Text(object, "name");
  if (!name.empty()) return name;
  const std::string id = Text(object, "@id");
  for (const Struct* node : nodes) {
    if (!id.empty() && Text(*node, "@id") == id) return Text(*node, "name");
  }
  return "";
}

JsonLdArticle ReadArticle(const Struct& node, const std::vector<const Struct*>& nodes) {
  JsonLdArticle article;
  article.headline = Text(node, "headline");
  article.alternative_headline = Text(node, "alternativeHeadline");
  article.description = Text(node, "description");
  article.section = Text(node, "articleSection");
  article.url = Text(node, "url");
  if (article.url.empty()) {
    const Value* page = Field(node, "mainEntityOfPage");
    if (page != nullptr && page->has_string_value()) article.url = page->string_value();
    if (page != nullptr && page->has_struct_value()) {
      article.url = Text(page->struct_value(), "@id");
    }
  }
  article.language = Text(node, "inLanguage");
  article.date_published = Text(node, "datePublished");
  if (const Value* author = Field(node, "author"); author != nullptr) {
    if (author->has_list_value()) {
      for (const Value& a : author->list_value().values()) {
        std::string name = AuthorName(a, nodes);
        if (!name.empty()) article.authors.push_back(std::move(name));
      }
    } else if (std::string name = AuthorName(*author, nodes); !name.empty()) {
      article.authors.push_back(std::move(name));
    }
  }
  return article;
}

}  // namespace

std::optional<JsonLdArticle> ReadJsonLdArticle(absl::string_view json) {
  // Parsing costs far more than looking: skip blocks that name no article type
  // (breadcrumbs, the site, the organisation).
  if (!absl::StrContains(json, "Article") && !absl::StrContains(json, "Posting") &&
      !absl::StrContains(json, "Report")) {
    return std::nullopt;
  }
  const std::string clean = CleanJson(json);
  if (clean.empty()) return std::nullopt;
  Value root;
  if (!google::protobuf::util::JsonStringToMessage(clean, &root).ok()) {
    return std::nullopt;
  }
  std::vector<const Struct*> nodes;
  CollectNodes(root, &nodes);
  for (const Struct* node : nodes) {
    if (IsArticle(*node)) return ReadArticle(*node, nodes);
  }
  return std::nullopt;
}

}  // namespace factwire
