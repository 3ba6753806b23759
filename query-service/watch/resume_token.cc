#include "query-service/watch/resume_token.h"

#include "absl/status/status.h"
#include "absl/strings/escaping.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"

namespace factwire {
namespace {

// Versions the token's format.
constexpr absl::string_view kPrefix = "watch1:";

absl::Status Malformed() {
  return absl::InvalidArgumentError(
      "resume_token is malformed: pass a resume_token from an earlier "
      "WatchDocumentsResponse, or none");
}

}  // namespace

std::string EncodeResumeToken(int64_t sequence) {
  return absl::WebSafeBase64Escape(absl::StrCat(kPrefix, sequence));
}

absl::StatusOr<int64_t> DecodeResumeToken(absl::string_view token) {
  std::string bytes;
  if (!absl::WebSafeBase64Unescape(token, &bytes)) return Malformed();
  absl::string_view digits = bytes;
  int64_t sequence = 0;
  if (!absl::ConsumePrefix(&digits, kPrefix) || digits.empty() ||
      digits.front() < '0' || digits.front() > '9' ||
      !absl::SimpleAtoi(digits, &sequence) || sequence < 0) {
    return Malformed();
  }
  return sequence;
}

}  // namespace factwire
