#ifndef FACTWIRE_INGEST_SERVICE_PARSE_JSON_LD_H_
#define FACTWIRE_INGEST_SERVICE_PARSE_JSON_LD_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace factwire {

// The schema.org article fields a page's JSON-LD states.
struct JsonLdArticle {
  std::string headline;
  std::string alternative_headline;  // alternativeHeadline
  std::string description;
  std::string section;               // articleSection (the first, when a list)
  std::string url;                   // url, else mainEntityOfPage (or its @id)
  std::string language;              // inLanguage
  std::string date_published;        // as written ("2025-02-04T10:00:00-05:00")
  std::vector<std::string> authors;  // author names, in order
};

// ReadJsonLdArticle()
//
// The first article node in the body of a <script type="application/ld+json">: a
// node whose @type is NewsArticle, Article, ReportageNewsArticle, BlogPosting,
// LiveBlogPosting, Report or any other type ending in "Article", found at the top,
// in a top-level array or in "@graph". Authors are a string, an object with a
// "name", a list of either, or an {"@id"} naming a node of the graph. Parsed with
// protobuf's JSON parser after HTML comment wrappers and raw control characters
// are cleared. nullopt when the body is no JSON or holds no article. Pure function.
std::optional<JsonLdArticle> ReadJsonLdArticle(absl::string_view json);

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_PARSE_JSON_LD_H_
