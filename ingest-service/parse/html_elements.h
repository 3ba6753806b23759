#ifndef FACTWIRE_INGEST_SERVICE_PARSE_HTML_ELEMENTS_H_
#define FACTWIRE_INGEST_SERVICE_PARSE_HTML_ELEMENTS_H_

#include "absl/strings/string_view.h"

namespace factwire {

// What an element means to article extraction.
enum class HtmlElementRole {
  kInline,     // a, em, span, unknown and custom elements: text flows through
  kVoid,       // img, meta, input…: no content, never on the stack
  kBreak,      // br: a line break; two in a row end a paragraph
  kBoundary,   // div, section, ul, table, td…: ends the paragraph before and after it
  kParagraph,  // p, dd, dt, pre: its text is one paragraph
  kHeading,    // h1-h6 (h1 is the headline, h2-h6 are paragraphs)
  kListItem,   // li
  kQuote,      // blockquote: its own text is a paragraph
  kSkipped,    // script, style, nav, aside, figure, form controls…: no body text
};

// HtmlElementRoleOf()
//
// The role of lowercase element `name` (data table in html_element_table.cc).
// <header> and <footer> are kBoundary here: the scanner decides whether they are
// skipped. Pure function.
HtmlElementRole HtmlElementRoleOf(absl::string_view name);

// IsBoilerplateClass()
//
// True when a class or id attribute value names page furniture: one of its words
// (split at anything but letters and digits, any case) is in the boilerplate list
// ("related", "share", "newsletter", "ad", "sr-only"'s "sr"…). Pure function.
bool IsBoilerplateClass(absl::string_view value);

// IsArticleBodyClass()
//
// True when a class or id attribute value names an article body container
// ("article-body", "story-body", "entry-content", "articleBody"…; any case, '-'
// and '_' alike). Pure function.
bool IsArticleBodyClass(absl::string_view value);

// IsFurnitureLine()
//
// True when a whole block of text is a furniture line: "Advertisement", "Story
// continues below advertisement", "Read more", "Share this article", "See also"…
// (any case, trailing punctuation ignored). Pure function.
bool IsFurnitureLine(absl::string_view text);

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_PARSE_HTML_ELEMENTS_H_
