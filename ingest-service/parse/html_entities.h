#ifndef FACTWIRE_INGEST_SERVICE_PARSE_HTML_ENTITIES_H_
#define FACTWIRE_INGEST_SERVICE_PARSE_HTML_ENTITIES_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace factwire {

// A named character reference: "amp" -> "&".
struct HtmlEntity {
  const char* name;  // without '&' and ';', case-sensitive
  const char* utf8;  // the character it stands for
};

// HtmlEntityTable()
//
// The named references factwire decodes (data table in html_entity_table.cc),
// sorted by name in byte order. Static storage; thread-safe.
absl::Span<const HtmlEntity> HtmlEntityTable();

// AppendUtf8()
//
// Appends code point `cp` (at most U+10FFFF, not a surrogate) to `out` as UTF-8.
void AppendUtf8(uint32_t cp, std::string* out);

// DecodeCharacterReference()
//
// `s` starts with '&'. When it opens a valid reference — "&name;" from the table,
// "&#123;" or "&#x7B;" (the ';' may be missing after digits) — appends the decoded
// character to `out` and returns the bytes consumed. Returns 0 and appends nothing
// for anything else ("AT&T", "&bogus;", "&#;", a number that is 0, a surrogate or
// past U+10FFFF), which the caller keeps literally. Numbers 0x80-0x9F decode as
// windows-1252 does (&#150; is an en dash), as browsers do. Pure function.
size_t DecodeCharacterReference(absl::string_view s, std::string* out);

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_PARSE_HTML_ENTITIES_H_
