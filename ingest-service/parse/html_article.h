#ifndef FACTWIRE_INGEST_SERVICE_PARSE_HTML_ARTICLE_H_
#define FACTWIRE_INGEST_SERVICE_PARSE_HTML_ARTICLE_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace factwire {

// The article an HTML page carries, as plain text and metadata.
struct HtmlArticle {
  std::string headline;
  std::string subheadline;
  std::string section;
  std::string url;
  std::string language;  // primary subtag ("en"), "" when the page does not say
  std::string dateline;
  std::vector<std::string> authors;
  std::optional<int64_t> publish_time;  // seconds since the Unix epoch
  // Body paragraphs in page order: decoded, whitespace collapsed, trimmed.
  std::vector<std::string> paragraphs;
  // The bytes of paragraphs[0] before its lede: its dateline ("LONDON (Reuters)
  // - ") or kicker ("BREAKING: "), as ReadBodyDateline reads it; 0 for none.
  size_t lede = 0;
};

// ReadHtmlArticle()
//
// Extracts the article from UTF-8 `html` (ScanHtml + ReadHtmlMetadata):
// - the body is the paragraphs of the content container holding the most text
//   (an <article>, itemprop=articleBody or article-body class before <main> or
//   role=main) when it holds at least a quarter of the page's text, else of the
//   whole page; link lists (text that is nearly all links), furniture lines
//   ("Advertisement"), loose text that is no sentence and headings with nothing
//   under them are dropped;
// - headline: the container's <h1>, else og:title, JSON-LD headline, any <h1>,
//   <title> without the site name; a kicker opening it is cut as in plain text
//   ("SKETCH: …", "EXCLUSIVE | …": HeadlineKickerSize);
// - bylines, date lines, captions and lines of both or of a section and a date
//   ("Politics | 14 June 2022") heading the body or in the article's <header>
//   become authors, publish_time and section when the metadata has none; the
//   first other short header paragraph is the subheadline, else the description
//   when the body does not start with it, else (no description) JSON-LD alternativeHeadline;
// - publish_time: metadata, else a <time datetime> marked as the publish date,
//   else the first in the article, else the first outside page furniture, else
//   a full date in the dateline;
// - dateline and lede: the dateline opening the first body paragraph, read as
//   for plain text (ReadBodyDateline).
// Pure function.
HtmlArticle ReadHtmlArticle(absl::string_view html);

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_PARSE_HTML_ARTICLE_H_
