#ifndef FACTWIRE_INGEST_SERVICE_PARSE_HTML_CHARSET_H_
#define FACTWIRE_INGEST_SERVICE_PARSE_HTML_CHARSET_H_

#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"

namespace factwire {

// The encodings an HTML page may arrive in.
enum class HtmlEncoding {
  kUtf8,
  kWindows1252,  // also "iso-8859-1", "latin1", "us-ascii": browsers read them so
  kUnsupported,
};

// EncodingForLabel()
//
// The encoding a charset label names ("UTF-8", "utf8", "ISO-8859-1", "cp1252", …;
// surrounding spaces and quotes ignored, any case). "" means UTF-8. Pure function.
HtmlEncoding EncodingForLabel(absl::string_view label);

// SniffHtmlCharset()
//
// The charset label the page declares: "utf-8" for a UTF-8 byte order mark, else
// the first <meta charset="…"> or <meta http-equiv="Content-Type" content="…;
// charset=…"> within the first 1024 bytes (as browsers prescan), lowercased; "" when
// none. Pure function.
std::string SniffHtmlCharset(absl::string_view html);

// Windows1252CodePoint()
//
// The Unicode code point of windows-1252 byte `byte` (0x93 -> U+201C; bytes the
// code page leaves undefined map to themselves, as the WHATWG encoding does).
uint32_t Windows1252CodePoint(unsigned char byte);

// Windows1252ToUtf8()
//
// `bytes` read as windows-1252, as UTF-8. Pure function.
std::string Windows1252ToUtf8(absl::string_view bytes);

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_PARSE_HTML_CHARSET_H_
