#ifndef FACTWIRE_STORE_CHANGE_LOG_H_
#define FACTWIRE_STORE_CHANGE_LOG_H_

// The change log table: appended inside write transactions, read by
// Store::ListChanges(). Internal.

#include <cstdint>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "store/sqlite.h"
#include "store/store.h"

namespace factwire {
namespace store_internal {

// Appends one change (in the caller's transaction).
absl::Status LogChange(Connection* connection, absl::string_view document_id,
                       ChangeKind kind, int32_t revision, absl::Time time);

// Changes with sequence > page.after, oldest first.
absl::StatusOr<Page<Change>> ReadChanges(Connection* connection,
                                         const PageQuery& page);

// The largest sequence in the log, 0 if it is empty.
absl::StatusOr<int64_t> LastSequence(Connection* connection);

}  // namespace store_internal
}  // namespace factwire

#endif  // FACTWIRE_STORE_CHANGE_LOG_H_
