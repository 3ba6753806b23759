#ifndef FACTWIRE_STORE_RECORDS_H_
#define FACTWIRE_STORE_RECORDS_H_

// Small conversions shared by the store's reader and writer. Internal.

#include <cstdint>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "factwire/v1/records.pb.h"
#include "google/protobuf/timestamp.pb.h"
#include "store/store.h"

namespace factwire {
namespace store_internal {

// "documents/{id}", "documents/{id}/claims/{claim}", ".../figures/{figure}".
std::string DocumentName(absl::string_view document_id);
std::string ClaimName(absl::string_view document_id,
                      absl::string_view claim_id);
std::string FigureName(absl::string_view document_id,
                       absl::string_view figure_id);

// Timestamp <-> Unix microseconds (the store's time columns).
int64_t ToMicros(const google::protobuf::Timestamp& timestamp);
google::protobuf::Timestamp FromMicros(int64_t micros);
int64_t ToMicros(absl::Time time);

// kInvalidArgument unless page.limit >= 1 and page.after >= 0.
absl::Status ValidatePage(const PageQuery& page);

// The bytes [span.begin, span.end) of `text`, clamped to the text; "" if empty.
std::string SpanText(absl::string_view text,
                     const factwire::v1::TextSpan& span);

// Parses a stored record; kDataLoss if the bytes are not a `T`.
template <typename T>
absl::Status ParseRecord(const std::string& bytes, T* record) {
  if (record->ParseFromString(bytes)) return absl::OkStatus();
  return absl::DataLossError("stored record does not parse");
}

}  // namespace store_internal
}  // namespace factwire

#endif  // FACTWIRE_STORE_RECORDS_H_
