#ifndef FACTWIRE_STORE_FTS_INDEX_H_
#define FACTWIRE_STORE_FTS_INDEX_H_

// Fills the full-text indexes (claims_fts, figures_fts, documents_fts) for
// the rows a write transaction added, in one statement per index, so FTS5
// writes one segment per transaction instead of one per row (schema 8 has no
// insert triggers). Deletes keep their triggers. Internal to factwire_store.

#include <cstdint>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "store/sqlite.h"

namespace factwire {
namespace store_internal {

// The rows of claims, figures and documents up to which the indexes are
// filled: every row with a larger id is not indexed yet.
struct FtsIndexed {
  int64_t claims = 0;
  int64_t figures = 0;
  int64_t documents = 0;
};

// The largest row ids now, in the caller's transaction: the watermark of
// indexes that are complete.
absl::StatusOr<FtsIndexed> LastRows(Connection* connection);

// Indexes every row above `indexed` and moves it to the largest row ids.
// Call before deleting rows (their delete triggers remove index entries,
// which must exist) and before commit.
absl::Status IndexPending(Connection* connection, FtsIndexed* indexed);

}  // namespace store_internal
}  // namespace factwire

#endif  // FACTWIRE_STORE_FTS_INDEX_H_
