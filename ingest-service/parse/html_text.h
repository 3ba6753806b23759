#ifndef FACTWIRE_INGEST_SERVICE_PARSE_HTML_TEXT_H_
#define FACTWIRE_INGEST_SERVICE_PARSE_HTML_TEXT_H_

#include <string>

#include "absl/strings/string_view.h"

namespace factwire {

// AppendHtmlText()
//
// Appends the visible text of HTML character data `raw` to `out`: character
// references decoded (invalid ones kept literally), every run of whitespace
// (including no-break spaces) one ' ', no space at the start of `out` or after a
// ' ' or '\n' already there, soft hyphens and zero-width spaces dropped. Calls for
// consecutive pieces of one block compose. Pure function of its arguments.
void AppendHtmlText(absl::string_view raw, std::string* out);

// TrimTrailingSpace()
//
// Removes the ' ' and '\n' that end `text`.
void TrimTrailingSpace(std::string* text);

// DecodeHtmlValue()
//
// An attribute value or title as text: AppendHtmlText of `raw` into an empty
// string, trailing space trimmed. Pure function.
std::string DecodeHtmlValue(absl::string_view raw);

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_PARSE_HTML_TEXT_H_
