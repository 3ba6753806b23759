#ifndef FACTWIRE_QUERY_SERVICE_WATCH_RESUME_TOKEN_H_
#define FACTWIRE_QUERY_SERVICE_WATCH_RESUME_TOKEN_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace factwire {

// EncodeResumeToken()
//
// The opaque WatchDocuments resume token for "after change log sequence
// `sequence`" (>= 0). Pure function.
std::string EncodeResumeToken(int64_t sequence);

// DecodeResumeToken()
//
// The sequence EncodeResumeToken() encoded in `token`. kInvalidArgument naming
// resume_token for anything else. Pure function.
absl::StatusOr<int64_t> DecodeResumeToken(absl::string_view token);

}  // namespace factwire

#endif  // FACTWIRE_QUERY_SERVICE_WATCH_RESUME_TOKEN_H_
