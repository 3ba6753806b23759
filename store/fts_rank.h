#ifndef FACTWIRE_STORE_FTS_RANK_H_
#define FACTWIRE_STORE_FTS_RANK_H_

// factwire_bm25(): the FTS5 bm25 ranking without its per-query pass over every
// match. Internal to factwire_store.

#include "absl/status/status.h"
#include "store/sqlite.h"

namespace factwire {
namespace store_internal {

// The name of the FTS5 auxiliary function RegisterRankFunction() adds.
inline constexpr char kRankFunction[] = "factwire_bm25";

// Adds factwire_bm25(table, weight..., [cache]) to `connection`'s FTS5: the
// order of FTS5's bm25(table, weight...) (k1 = 1.2, b = 0.75, more negative = better).
// With several phrases it is bm25 itself; with one phrase it leaves out the
// phrase's inverse document frequency, a positive factor common to every
// row, so the order is the same while FTS5's count of every row holding the
// phrase (a pass over its whole doclist per query) is saved.
// A TEXT last argument names the table for a cache of each row's length
// (tokens, which FTS5 otherwise looks up with a statement per row) on this
// connection, kept until the database changes other than by storing
// documents: it needs the store's `changes` log (a row id keeps its length
// until a change of another kind; without the log nothing is cached).
// kInternal if FTS5 is missing.
absl::Status RegisterRankFunction(Connection* connection);

// Prepares `sql` (which calls factwire_bm25) with `prepare`, registering the
// function on the connection first if the statement does not compile without
// it; returns the first error if it still does not.
template <typename Prepare>
auto PrepareWithRank(Connection* connection, Prepare prepare)
    -> decltype(prepare()) {
  auto stmt = prepare();
  if (stmt.ok()) return stmt;
  if (!RegisterRankFunction(connection).ok()) return stmt;
  auto retried = prepare();
  if (retried.ok()) return retried;
  return stmt;
}

}  // namespace store_internal
}  // namespace factwire

#endif  // FACTWIRE_STORE_FTS_RANK_H_
