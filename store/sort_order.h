#ifndef FACTWIRE_STORE_SORT_ORDER_H_
#define FACTWIRE_STORE_SORT_ORDER_H_

// Lists in an order_by order, paged by keyset on (sort key, row id). Internal
// to factwire_store.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "store/filter.h"
#include "store/sqlite.h"
#include "store/store.h"

namespace factwire {
namespace store_internal {

// How a list sorts in SQL; fixed fragments only.
struct SortSql {
  enum class KeyType { kInt, kReal, kText };
  // The sort key expression.
  std::string key;
  KeyType type = KeyType::kInt;
  bool descending = false;
  // The row id column breaking ties (ascending).
  std::string id;
  // False for orders whose keys change as documents are added (sources by
  // claim_count): those page by offset.
  bool keyset = true;
};

// The SQL for `order` on `resource`'s list (aliases as in filter_sql.h; the
// sources id is s.rowid). kInvalidArgument naming order_by and the fields the
// list sorts by if `order.field` is not one of them.
absl::StatusOr<SortSql> ResolveSort(FilterResource resource,
                                    const SortOrder& order);

// Adds the keyset condition that starts after `page` (none on the first
// page, or for offset orders).
void AddKeyset(const SortSql& sort, const PageQuery& page,
               std::vector<std::string>* conditions);

// Binds what AddKeyset() added. kInvalidArgument if page.after_key does not
// hold a key of this order's type.
absl::Status BindKeyset(const SortSql& sort, const PageQuery& page,
                        Statement* stmt);

// " ORDER BY <key> ASC|DESC, <id>".
std::string OrderByClause(const SortSql& sort);

// The key in column `column` of the current row, as after_key encodes it.
std::string KeyText(const SortSql& sort, const Statement& row, int column);

// Reads up to page.limit items (the statement selects page.limit + 1 rows,
// the id in `id_column` and the key in `key_column`); for a keyset order sets
// next_after and next_after_key from the last row when more follow, for an
// offset order next_after = page.after + page.limit.
template <typename T, typename ReadRow>
absl::StatusOr<Page<T>> ReadSortedPage(Statement* stmt, const PageQuery& page,
                                       const SortSql& sort, int id_column,
                                       int key_column, ReadRow read_row) {
  Page<T> result;
  int64_t last_id = 0;
  std::string last_key;
  while (true) {
    absl::StatusOr<bool> row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) return result;
    if (static_cast<int64_t>(result.items.size()) == page.limit) {
      if (sort.keyset) {
        result.next_after = last_id;
        result.next_after_key = std::move(last_key);
      } else {
        result.next_after = page.after + page.limit;
      }
      return result;
    }
    absl::StatusOr<T> item = read_row(*stmt);
    if (!item.ok()) return item.status();
    last_id = stmt->Int(id_column);
    last_key = KeyText(sort, *stmt, key_column);
    result.items.push_back(*std::move(item));
  }
}

}  // namespace store_internal
}  // namespace factwire

#endif  // FACTWIRE_STORE_SORT_ORDER_H_
