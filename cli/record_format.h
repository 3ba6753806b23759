#ifndef FACTWIRE_CLI_RECORD_FORMAT_H_
#define FACTWIRE_CLI_RECORD_FORMAT_H_

#include <string>

#include "absl/strings/string_view.h"
#include "factwire/v1/query_service.pb.h"
#include "factwire/v1/records.pb.h"

namespace factwire {

// Readable text for the `factwire` client commands. Every function is pure; every
// table ends in '\n' and has a header line even when empty.

// FormatClaims()
//
// One row per claim: DOCUMENT (id), CLAIM, KIND (without its prefix), SPEAKER (as
// written), SOURCE (resolved id), TEXT (on one line, cut at 100 code points).
std::string FormatClaims(const google::protobuf::RepeatedPtrField<v1::Claim>& claims);

// FormatFigures()
//
// One row per figure: DOCUMENT, FIGURE, TEXT (as written), VALUE (see
// FormatFigureValue), UNIT, DIMENSION, QUALIFIER, SUBJECT, and WHEN/WHERE (time
// scope and place joined by ", ").
std::string FormatFigures(const google::protobuf::RepeatedPtrField<v1::Figure>& figures);

// FormatSources()
//
// One row per source: SOURCE (id), TYPE, NAME, CLAIMS, DOCS (the query-result
// counts), TITLE and AFFILIATION.
std::string FormatSources(const google::protobuf::RepeatedPtrField<v1::Source>& sources);

// FormatSource()
//
// One source as aligned `label: value` lines: name, resource name, type, aliases,
// titles and affiliations seen (falling back to title/affiliation), and counts.
std::string FormatSource(const v1::Source& source);

// FormatDocument()
//
// A document's metadata as aligned `label: value` lines (not its text), then, when
// it has any, its claims, figures and sources as the tables above without the
// DOCUMENT column (and without counts for sources), under "claims (N):" headings.
std::string FormatDocument(const v1::Document& document);

// FormatFigureValue()
//
// A figure's value in up to 15 significant digits without trailing zeros, and
// without an exponent below 1e15 ("1300000000", "2.5"); "5–10" (value–value_max)
// for QUALIFIER_RANGE.
std::string FormatFigureValue(const v1::Figure& figure);

// ShortEnumName()
//
// An enum value name without the prefix its type puts on every value:
// ShortEnumName("CLAIM_KIND_DIRECT_QUOTE", "CLAIM_KIND_") == "DIRECT_QUOTE";
// "" for the *_UNSPECIFIED value.
std::string ShortEnumName(absl::string_view name, absl::string_view prefix);

// DocumentId()
//
// The id in a resource name: "documents/abc/claims/c1" -> "abc"; a string without
// the "documents/" prefix is returned as is.
std::string DocumentId(absl::string_view name);

}  // namespace factwire

#endif  // FACTWIRE_CLI_RECORD_FORMAT_H_
