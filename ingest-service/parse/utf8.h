#ifndef FACTWIRE_INGEST_SERVICE_PARSE_UTF8_H_
#define FACTWIRE_INGEST_SERVICE_PARSE_UTF8_H_

#include "absl/strings/string_view.h"

namespace factwire {

// True when `bytes` is well-formed UTF-8 (no overlongs, surrogates or values past
// U+10FFFF). Pure function.
bool IsValidUtf8(absl::string_view bytes);

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_PARSE_UTF8_H_
