#ifndef FACTWIRE_STORE_PAGE_H_
#define FACTWIRE_STORE_PAGE_H_

// Reading one page of rows and building a query's WHERE clause. Internal.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/str_join.h"
#include "absl/time/time.h"
#include "store/sqlite.h"
#include "store/store.h"

namespace factwire {
namespace store_internal {

// How a list pages: by the id in column 0 of each row, or by offset.
enum class Paging { kKeyset, kOffset };

// Reads up to page.limit items with `read_row(const Statement&)` ->
// StatusOr<T> from `stmt`, which must select page.limit + 1 rows so that a
// further row tells there is a next page. next_after is the last row's column 0
// (kKeyset) or page.after + page.limit (kOffset) when more rows follow, else 0.
template <typename T, typename ReadRow>
absl::StatusOr<Page<T>> ReadPage(Statement* stmt, const PageQuery& page,
                                 Paging paging, ReadRow read_row) {
  Page<T> result;
  int64_t last_key = 0;
  while (true) {
    absl::StatusOr<bool> row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) return result;
    if (static_cast<int64_t>(result.items.size()) == page.limit) {
      result.next_after =
          paging == Paging::kKeyset ? last_key : page.after + page.limit;
      return result;
    }
    absl::StatusOr<T> item = read_row(*stmt);
    if (!item.ok()) return item.status();
    if (paging == Paging::kKeyset) last_key = stmt->Int(0);
    result.items.push_back(*std::move(item));
  }
}

// "" or " WHERE a AND b ..." from fixed SQL fragments (never user values).
inline std::string WhereClause(const std::vector<std::string>& conditions) {
  if (conditions.empty()) return std::string();
  return " WHERE " + absl::StrJoin(conditions, " AND ");
}

// Conditions on d.publish_time (table alias `d` = documents) for the bounds
// that are set, as :published_after / :published_before.
inline void AddPublishTimeFilters(absl::Time after, absl::Time before,
                                  std::vector<std::string>* conditions) {
  if (after != absl::InfinitePast()) {
    conditions->push_back("d.publish_time >= :published_after");
  }
  if (before != absl::InfiniteFuture()) {
    conditions->push_back("d.publish_time < :published_before");
  }
}

// Binds what AddPublishTimeFilters() added.
inline void BindPublishTime(absl::Time after, absl::Time before,
                            Statement* stmt) {
  if (after != absl::InfinitePast()) {
    stmt->Bind(":published_after", absl::ToUnixMicros(after));
  }
  if (before != absl::InfiniteFuture()) {
    stmt->Bind(":published_before", absl::ToUnixMicros(before));
  }
}

}  // namespace store_internal
}  // namespace factwire

#endif  // FACTWIRE_STORE_PAGE_H_
