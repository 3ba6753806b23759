#ifndef FACTWIRE_INGEST_SERVICE_PARSE_HTML_SCAN_H_
#define FACTWIRE_INGEST_SERVICE_PARSE_HTML_SCAN_H_

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/string_view.h"

namespace factwire {

// What kind of element a block of text came from.
enum class HtmlBlockKind {
  kParagraph,  // p, dd, dt, pre
  kHeadline,   // h1
  kHeading,    // h2-h6
  kListItem,   // li
  kQuote,      // blockquote
  kLoose,      // text in no paragraph element (a div's own text)
};

// One block of visible text: decoded, whitespace collapsed, trimmed, non-empty.
struct HtmlBlock {
  std::string text;
  HtmlBlockKind kind = HtmlBlockKind::kLoose;
  int container = -1;      // innermost content container (index), -1 for none
  bool in_header = false;  // inside a <header> within a content container
  size_t link_bytes = 0;   // bytes of `text` that are link text
};

// A content container: <article>, itemprop=articleBody, an article-body class
// (strong), or <main>, role=main (weak).
struct HtmlContainer {
  bool strong = false;
  int parent = -1;  // enclosing container, -1 for none
};

// A <time datetime="…"> element, or a <time> without datetime and its text.
struct HtmlTime {
  std::string datetime;  // the attribute, else the element's text
  int container = -1;
  bool published = false;  // itemprop=datePublished or a pubdate attribute
  bool skipped = false;    // inside page furniture (a header outside the article…)
};

// Everything the scan of one page collects, in page order.
struct HtmlScan {
  std::vector<HtmlBlock> blocks;  // skipped elements contribute none
  std::vector<HtmlContainer> containers;
  std::string title;     // the first <title> before the body
  std::string language;  // <html lang>
  // <meta>: (name, property or itemprop lowercased, content decoded).
  std::vector<std::pair<std::string, std::string>> metas;
  // <link> and <a>: (rel lowercased, href decoded).
  std::vector<std::pair<std::string, std::string>> links;
  std::vector<std::string> rel_authors;  // the text of rel=author links
  std::vector<std::string> json_ld;      // <script type="application/ld+json"> bodies
  std::vector<HtmlTime> times;
};

// ScanHtml()
//
// Tokenizes UTF-8 `html` (HtmlTokenizer) and keeps its own tolerant element stack:
// an end tag closes up to its open element (or is ignored), <p> and <li> close an
// open one implicitly, elements the page leaves open end with the page. Text in
// skipped elements (HtmlElementRoleOf, boilerplate class or id, hidden or
// aria-hidden, display:none, a <header> outside a content container) yields no
// block; <br> is a line break and two in a row end a block. Pure function.
HtmlScan ScanHtml(absl::string_view html);

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_PARSE_HTML_SCAN_H_
