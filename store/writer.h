#ifndef FACTWIRE_STORE_WRITER_H_
#define FACTWIRE_STORE_WRITER_H_

// Writes of the store, each in its own IMMEDIATE transaction on a connection
// the caller has locked. Contracts as Store::Put() and Store::Delete().
// Internal.

#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "factwire/v1/records.pb.h"
#include "store/sqlite.h"
#include "store/store.h"

namespace factwire {
namespace store_internal {

// Store::PutBatch() with `now` as the ingest, change and request time:
// every item in one IMMEDIATE transaction (items without encoded rows are
// encoded first).
std::vector<absl::StatusOr<PutResult>> WriteDocuments(
    Connection* connection, std::vector<PutItem> items, absl::Time now);

// Store::Delete() with `now` as the change time.
absl::Status EraseDocument(Connection* connection,
                           absl::string_view document_id, absl::Time now);

}  // namespace store_internal
}  // namespace factwire

#endif  // FACTWIRE_STORE_WRITER_H_
