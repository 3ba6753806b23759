#ifndef FACTWIRE_STORE_FTS_INDEX_H_
#define FACTWIRE_STORE_FTS_INDEX_H_

// Fills what the store derives from the rows a write transaction added: the
// full-text indexes (claims_fts, figures_fts, documents_fts) and the source
// tallies (source_counts, source_strings), in one statement per index or
// tally, so FTS5 writes one segment per transaction instead of one per row
// (schema 8 has no FTS insert triggers) and no insert statement runs a
// trigger (schema 9 has no tally insert triggers: a statement with triggers
// copies every page it touches into a statement journal). Deletes keep their
// triggers. Internal to factwire_store.

#include <cstdint>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "store/sqlite.h"

namespace factwire {
namespace store_internal {

// The rows up to which derived data is filled, per table: every row with a
// larger id is not indexed or tallied yet.
struct FtsIndexed {
  int64_t claims = 0;
  int64_t figures = 0;
  int64_t documents = 0;
  int64_t document_sources = 0;
  int64_t source_aliases = 0;
};

// The largest row ids now, in the caller's transaction: the watermark of
// derived data that is complete.
absl::StatusOr<FtsIndexed> LastRows(Connection* connection);

// Indexes and tallies every row above `indexed` and moves it to the largest
// row ids. Call before deleting rows (their delete triggers remove index
// entries and tallies, which must exist) and before commit.
absl::Status IndexPending(Connection* connection, FtsIndexed* indexed);

// `indexed` lowered to the largest row ids after rows were deleted, so rows
// that reuse the deleted ids are indexed.
absl::Status LowerToLastRows(Connection* connection, FtsIndexed* indexed);

// Store::MergeIndexes(): one 'merge' step of about `pages` leaf pages on
// each full-text index, in one write transaction of its own; true if any
// index was changed.
absl::StatusOr<bool> MergeSegments(Connection* connection, int pages);

}  // namespace store_internal
}  // namespace factwire

#endif  // FACTWIRE_STORE_FTS_INDEX_H_
