#ifndef FACTWIRE_INGEST_SERVICE_PARSE_HTML_DOCUMENT_H_
#define FACTWIRE_INGEST_SERVICE_PARSE_HTML_DOCUMENT_H_

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "factwire/v1/records.pb.h"

namespace factwire {

// ParseHtmlDocument()
//
// The Document of an HTML page (ReadHtmlArticle): `text` is the extracted plain
// text — the headline, a blank line, then the body paragraphs separated by blank
// lines, ending with a newline — and `paragraphs` spans the body paragraphs in it;
// headline, subheadline, section, url, authors, publish_time, dateline and
// language ("en" when the page does not say) come from the page. `media_type` is
// the essence to record ("text/html" or "application/xhtml+xml"); `charset` is the
// transport's charset parameter ("" when none). The page's encoding is, in order,
// a UTF-8 byte order mark, `charset`, a <meta> charset, else UTF-8; windows-1252 and
// ISO-8859-1 pages are transcoded. kInvalidArgument naming the field: `content`
// not valid UTF-8 when read as UTF-8, a charset other than UTF-8, ISO-8859-1 or
// windows-1252, or a page with no text. Pure function; thread-safe.
absl::StatusOr<factwire::v1::Document> ParseHtmlDocument(absl::string_view content,
                                                         absl::string_view media_type,
                                                         absl::string_view charset);

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_PARSE_HTML_DOCUMENT_H_
