#ifndef FACTWIRE_INGEST_SERVICE_PARSE_HTML_METADATA_H_
#define FACTWIRE_INGEST_SERVICE_PARSE_HTML_METADATA_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ingest-service/parse/html_scan.h"

namespace factwire {

// What a page's <head> metadata and JSON-LD say about its article.
struct HtmlMetadata {
  std::string og_title;     // og:title, else twitter:title
  std::string ld_headline;  // JSON-LD headline
  std::string ld_alternative_headline;  // JSON-LD alternativeHeadline
  std::string title;        // <title> without a trailing site name
  std::string description;  // og:description, description, twitter:description, JSON-LD
  std::string section;      // article:section, parsely-section, else JSON-LD articleSection
  std::string url;          // rel=canonical, else og:url, else JSON-LD url
  std::string language;     // <html lang>, og:locale, JSON-LD: primary subtag, lowercase
  std::vector<std::string> authors;  // JSON-LD, meta author, article:author, rel=author
  std::optional<int64_t> publish_time;  // article:published_time, JSON-LD, …
};

// ReadHtmlMetadata()
//
// Resolves `scan`'s <meta> and <link> tags, rel=author links and JSON-LD into one
// HtmlMetadata, each field from the first source above that has it. Author values
// that are URLs are ignored; "By A and B" and "A, B" give two names. Text from
// JSON-LD has its character references decoded. Pure function.
HtmlMetadata ReadHtmlMetadata(const HtmlScan& scan);

// CutSiteName()
//
// `title` without a trailing site name: "Storm hits coast | The Herald" -> "Storm
// hits coast" when the part after the last " | ", " - ", " – " or " — " is
// `site_name` or at most four words after a head of at least three. Pure function.
std::string CutSiteName(absl::string_view title, absl::string_view site_name);

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_PARSE_HTML_METADATA_H_
