#ifndef FACTWIRE_STORE_REQUEST_LOG_H_
#define FACTWIRE_STORE_REQUEST_LOG_H_

// The ingest_requests table: the request ids Put() has seen, for idempotent
// retries (AIP-155). Read and written inside the caller's write transaction.
// Internal.

#include <optional>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "store/sqlite.h"
#include "store/store.h"

namespace factwire {
namespace store_internal {

// What the first request with an id stored.
struct RememberedRequest {
  std::string fingerprint;
  std::string document_id;
  bool created = false;
};

// The request remembered under `request_id`, if any.
absl::StatusOr<std::optional<RememberedRequest>> FindRequest(
    Connection* connection, absl::string_view request_id);

// Remembers `key` as having stored `document_id` (created or not) at `now`,
// and forgets requests older than kRequestIdRetention before `now`.
absl::Status RememberRequest(Connection* connection, const RequestKey& key,
                             absl::string_view document_id, bool created,
                             absl::Time now);

}  // namespace store_internal
}  // namespace factwire

#endif  // FACTWIRE_STORE_REQUEST_LOG_H_
