#ifndef FACTWIRE_INGEST_SERVICE_PARSE_PARSER_H_
#define FACTWIRE_INGEST_SERVICE_PARSE_PARSER_H_

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "factwire/v1/records.pb.h"

namespace factwire {

// ParseDocument()
//
// Turns raw content into a Document holding `media_type`, `text` (for text/plain,
// the content byte for byte), `paragraphs` and the metadata the layout shows:
// headline, subheadline, section, dateline, publish_time, language ("en").
// Recognised text/plain layouts: the reference layout (a page-chrome line, a section
// line, a date line, headline, standfirst, body paragraphs) and "headline, blank
// line, body". An empty media_type means text/plain (charset UTF-8 or US-ASCII).
// text/html and application/xhtml+xml pages go to ParseHtmlDocument: `text` is
// then the article's extracted plain text, and url and authors come from the page.
// kInvalidArgument naming the field: `content` empty or not UTF-8 (or not in a
// supported charset), `media_type` unknown. Pure function; thread-safe.
absl::StatusOr<factwire::v1::Document> ParseDocument(absl::string_view content,
                                                     absl::string_view media_type);

// As ParseDocument, written into `*doc` (cleared first; on error it holds no
// meaningful record). A caller parsing into the same document again and again
// reuses its strings' and repeated fields' room. `content_is_utf8`: the caller has
// already checked that `content` is well-formed UTF-8 (as IsValidUtf8 checks), so
// plain text skips that check.
absl::Status ParseDocumentInto(absl::string_view content, absl::string_view media_type,
                               factwire::v1::Document* doc, bool content_is_utf8 = false);

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_PARSE_PARSER_H_
