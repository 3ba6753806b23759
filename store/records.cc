#include "store/records.h"

#include <algorithm>

#include "absl/strings/str_cat.h"

namespace factwire {
namespace store_internal {

std::string DocumentName(absl::string_view document_id) {
  return absl::StrCat("documents/", document_id);
}

std::string ClaimName(absl::string_view document_id,
                      absl::string_view claim_id) {
  return absl::StrCat("documents/", document_id, "/claims/", claim_id);
}

std::string FigureName(absl::string_view document_id,
                       absl::string_view figure_id) {
  return absl::StrCat("documents/", document_id, "/figures/", figure_id);
}

int64_t ToMicros(const google::protobuf::Timestamp& timestamp) {
  return timestamp.seconds() * 1000000 + timestamp.nanos() / 1000;
}

google::protobuf::Timestamp FromMicros(int64_t micros) {
  google::protobuf::Timestamp timestamp;
  int64_t seconds = micros / 1000000;
  int64_t rest = micros % 1000000;
  if (rest < 0) {
    seconds -= 1;
    rest += 1000000;
  }
  timestamp.set_seconds(seconds);
  timestamp.set_nanos(static_cast<int32_t>(rest * 1000));
  return timestamp;
}

int64_t ToMicros(absl::Time time) { return absl::ToUnixMicros(time); }

absl::Status ValidatePage(const PageQuery& page) {
  if (page.limit < 1) {
    return absl::InvalidArgumentError(
        absl::StrCat("page limit must be at least 1, got ", page.limit));
  }
  if (page.after < 0) {
    return absl::InvalidArgumentError(
        absl::StrCat("page position must not be negative, got ", page.after));
  }
  return absl::OkStatus();
}

std::string SpanText(absl::string_view text,
                     const factwire::v1::TextSpan& span) {
  int64_t size = static_cast<int64_t>(text.size());
  int64_t begin = std::clamp<int64_t>(span.begin(), 0, size);
  int64_t end = std::clamp<int64_t>(span.end(), begin, size);
  return std::string(text.substr(begin, end - begin));
}

}  // namespace store_internal
}  // namespace factwire
