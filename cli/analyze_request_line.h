#ifndef FACTWIRE_CLI_ANALYZE_REQUEST_LINE_H_
#define FACTWIRE_CLI_ANALYZE_REQUEST_LINE_H_

#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace factwire {

// One input line of `factwire analyze --jsonl` (DESIGN §7):
// {"id": …, "media_type": …, "content": …}.
struct AnalyzeRequestLine {
  std::string id;
  std::string media_type;
  std::string content;
};

// ParseAnalyzeRequestLine()
//
// Reads `line`, which must be one JSON object (RFC 8259) with nothing but
// whitespace around it. Its members "id", "media_type" and "content" fill
// `request` when they are strings; a member that is missing, null or not a string
// leaves its field empty. Every other member is checked and ignored. Strings may
// hold any JSON escape (\uXXXX surrogate pairs become one UTF-8 code point) and raw
// control characters (kept as they are); they must be valid UTF-8.
//
// kInvalidArgument "line is not a JSON object: <what is wrong> at byte <N>" (N
// counts bytes from 1) for anything else: broken syntax, a bad escape, a lone
// surrogate, invalid UTF-8, one of the three members given twice, nesting deeper
// than 100. `request->id` then holds the id if it was read before the fault, so
// the error can still name the line. Thread-safe.
absl::Status ParseAnalyzeRequestLine(absl::string_view line, AnalyzeRequestLine* request);

}  // namespace factwire

#endif  // FACTWIRE_CLI_ANALYZE_REQUEST_LINE_H_
