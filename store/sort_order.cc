#include "store/sort_order.h"

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"

namespace factwire {
namespace store_internal {
namespace {

using KeyType = SortSql::KeyType;

// One order a list takes. `key` may hold $NULL for the value that puts rows
// without the field last.
struct SortColumn {
  FilterResource resource;
  const char* field;
  const char* key;
  KeyType type;
  const char* id;
  bool keyset;
};

constexpr char kPublishTime[] = "COALESCE(d.publish_time, $NULL)";

const SortColumn kSortColumns[] = {
    {FilterResource::kClaims, "publish_time", kPublishTime, KeyType::kInt,
     "c.id", true},
    {FilterResource::kClaims, "checkworthiness", "c.checkworthiness",
     KeyType::kReal, "c.id", true},
    {FilterResource::kFigures, "value", "fi.value", KeyType::kReal, "fi.id",
     true},
    {FilterResource::kFigures, "publish_time", kPublishTime, KeyType::kInt,
     "fi.id", true},
    {FilterResource::kDocuments, "publish_time", kPublishTime, KeyType::kInt,
     "d.id", true},
    {FilterResource::kSources, "name", "s.name COLLATE NOCASE", KeyType::kText,
     "s.rowid", true},
    // Offset-paged: no key is selected; the caller writes the ORDER BY.
    {FilterResource::kSources, "claim_count", "NULL", KeyType::kInt, "s.rowid",
     false},
};

std::string WithNullsLast(const char* key, bool descending) {
  std::string sql = key;
  size_t at = sql.find("$NULL");
  if (at == std::string::npos) return sql;
  // Largest when ascending, smallest when descending: last either way.
  sql.replace(at, 5,
              descending ? "-9223372036854775807" : "9223372036854775807");
  return sql;
}

absl::Status BadKey() {
  return absl::InvalidArgumentError(
      "page_token does not belong to this order_by: repeat the original "
      "request, or start again without page_token");
}

}  // namespace

absl::StatusOr<SortSql> ResolveSort(FilterResource resource,
                                    const SortOrder& order) {
  std::vector<std::string> fields;
  for (const SortColumn& column : kSortColumns) {
    if (column.resource != resource) continue;
    fields.push_back(column.field);
    if (order.field != column.field) continue;
    SortSql sort;
    sort.key = WithNullsLast(column.key, order.descending);
    sort.type = column.type;
    sort.descending = order.descending;
    sort.id = column.id;
    sort.keyset = column.keyset;
    return sort;
  }
  return absl::InvalidArgumentError(absl::StrFormat(
      "order_by: %s cannot be sorted by \"%s\"; it sorts by %s",
      FilterResourceName(resource), order.field, absl::StrJoin(fields, ", ")));
}

void AddKeyset(const SortSql& sort, const PageQuery& page,
               std::vector<std::string>* conditions) {
  if (!sort.keyset || page.after == 0) return;
  const char* op = sort.descending ? "<" : ">";
  conditions->push_back(absl::StrCat("(", sort.key, " ", op, " :after_key OR (",
                                     sort.key, " = :after_key AND ", sort.id,
                                     " > :after))"));
}

absl::Status BindKeyset(const SortSql& sort, const PageQuery& page,
                        Statement* stmt) {
  if (!sort.keyset || page.after == 0) return absl::OkStatus();
  stmt->Bind(":after", page.after);
  switch (sort.type) {
    case KeyType::kInt: {
      int64_t key = 0;
      if (!absl::SimpleAtoi(page.after_key, &key)) return BadKey();
      stmt->Bind(":after_key", key);
      return absl::OkStatus();
    }
    case KeyType::kReal: {
      double key = 0;
      if (!absl::SimpleAtod(page.after_key, &key)) return BadKey();
      stmt->Bind(":after_key", key);
      return absl::OkStatus();
    }
    case KeyType::kText:
      stmt->Bind(":after_key", page.after_key);
      return absl::OkStatus();
  }
  return BadKey();
}

std::string OrderByClause(const SortSql& sort) {
  return absl::StrCat(" ORDER BY ", sort.key,
                      sort.descending ? " DESC, " : " ASC, ", sort.id);
}

std::string KeyText(const SortSql& sort, const Statement& row, int column) {
  switch (sort.type) {
    case KeyType::kInt:
      return absl::StrCat(row.Int(column));
    case KeyType::kReal:
      return absl::StrFormat("%.17g", row.Double(column));
    case KeyType::kText:
      return row.Text(column);
  }
  return std::string();
}

}  // namespace store_internal

const std::vector<const char*>& SortFields(FilterResource resource) {
  static const auto* fields = [] {
    auto* by_resource = new std::vector<const char*>[4];
    for (const store_internal::SortColumn& column :
         store_internal::kSortColumns) {
      by_resource[static_cast<int>(column.resource)].push_back(column.field);
    }
    return by_resource;
  }();
  return fields[static_cast<int>(resource)];
}

}  // namespace factwire
