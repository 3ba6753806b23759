// Reads sources with their identity across documents and their counts.

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "store/filter_sql.h"
#include "store/page.h"
#include "store/reader.h"
#include "store/records.h"
#include "store/sort_order.h"

namespace factwire {
namespace store_internal {
namespace {

using factwire::v1::Source;

// Columns 0-4 of every source query: the source and its counts, read from
// the counts the writer keeps (no row means none).
constexpr char kSourceFields[] =
    "SELECT s.source_id, s.type, s.name,"
    " COALESCE(sc.claim_count, 0) AS claim_count,"
    " COALESCE(sc.document_count, 0) AS document_count";

// FROM of every source query: sources `s` with their counts `sc`.
constexpr char kSourceTables[] =
    " FROM sources s LEFT JOIN source_counts sc ON sc.source_id = s.source_id";

// The order of ListSources: `order`, by default claim_count descending.
// Orders by claim_count page by offset.
absl::StatusOr<SortSql> SourceSort(const SortOrder& order) {
  if (!order.field.empty()) return ResolveSort(FilterResource::kSources, order);
  return ResolveSort(FilterResource::kSources,
                     SortOrder{"claim_count", /*descending=*/true});
}

// ORDER BY for `sort`; claim_count ties go to the most documents, then by id.
std::string SourceOrderBy(const SortSql& sort) {
  if (sort.keyset) return OrderByClause(sort);
  return absl::StrCat(" ORDER BY claim_count",
                      sort.descending ? " DESC" : " ASC",
                      ", document_count DESC, s.source_id");
}

// One of a source's distinct strings (source_strings): its kind (0 alias,
// 1 title, 2 affiliation), value and the first and last row that used it.
struct SourceString {
  int64_t kind;
  std::string value;
  int64_t first_row;
  int64_t last_row;
};

// Every distinct string of `source_id`, in the table's key order (kind, then
// value).
absl::StatusOr<std::vector<SourceString>> SourceStrings(
    Connection* connection, absl::string_view source_id) {
  absl::StatusOr<Statement> stmt = connection->Prepare(
      "SELECT kind, value, first_row, last_row FROM source_strings"
      " WHERE source_id = :source_id");
  if (!stmt.ok()) return stmt.status();
  stmt->BindView(":source_id", source_id);
  std::vector<SourceString> strings;
  while (true) {
    absl::StatusOr<bool> row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) return strings;
    strings.push_back(SourceString{stmt->Int(0), stmt->Text(1), stmt->Int(2),
                                   stmt->Int(3)});
  }
}

// Adds the source's aliases (first seen first, the canonical name left out),
// titles and affiliations (most recently seen first; the first is also
// title/affiliation) from its distinct `strings` (source_strings rows in key
// order), ordered here. No two values of a kind share a first or last row
// (each row holds one value of each kind), so the order is the one ORDER BY
// first_row or last_row DESC gives.
void AddIdentity(std::vector<SourceString> strings, Source* source) {
  std::stable_sort(strings.begin(), strings.end(),
                   [](const SourceString& a, const SourceString& b) {
                     if (a.kind != b.kind) return a.kind < b.kind;
                     if (a.kind == 0) return a.first_row < b.first_row;
                     return a.last_row > b.last_row;
                   });
  for (SourceString& string : strings) {
    if (string.kind == 0) {
      if (string.value != source->name()) {
        source->add_aliases(std::move(string.value));
      }
    } else if (string.kind == 1) {
      source->add_titles(std::move(string.value));
    } else if (string.kind == 2) {
      source->add_affiliations(std::move(string.value));
    }
  }
  if (source->titles_size() > 0) source->set_title(source->titles(0));
  if (source->affiliations_size() > 0)
    source->set_affiliation(source->affiliations(0));
}

// AddIdentity() from the source's strings as stored.
absl::Status AddStoredIdentity(Connection* connection, Source* source) {
  absl::StatusOr<std::vector<SourceString>> strings =
      SourceStrings(connection, source->source_id());
  if (!strings.ok()) return strings.status();
  AddIdentity(*std::move(strings), source);
  return absl::OkStatus();
}

// Replaces `*source` with the source and counts from a row of kSourceFields
// (identity not yet added).
void ReadSourceFromRow(const Statement& row, Source* source) {
  source->Clear();
  absl::string_view source_id = row.TextView(0);
  source->mutable_source_id()->assign(source_id.data(), source_id.size());
  source->set_type(static_cast<factwire::v1::SourceType>(row.Int(1)));
  absl::string_view name = row.TextView(2);
  source->mutable_name()->assign(name.data(), name.size());
  source->set_claim_count(static_cast<int32_t>(row.Int(3)));
  source->set_document_count(static_cast<int32_t>(row.Int(4)));
}

// ReadSourceFromRow() into a new source.
Source SourceFromRow(const Statement& row) {
  Source source;
  ReadSourceFromRow(row, &source);
  return source;
}

// AddStoredIdentity() for every source of `page`.
absl::Status AddIdentities(Connection* connection, Page<Source>* page) {
  for (Source& source : page->items) {
    absl::Status status = AddStoredIdentity(connection, &source);
    if (!status.ok()) return status;
  }
  return absl::OkStatus();
}

// True for a query ReadRankedSources() answers: no type, no filter, and the
// default order or "claim_count desc" (the same order). With a type the general
// query is kept: a rare type would walk most of the rank index.
bool IsRankedList(const SourceQuery& query) {
  const SortOrder& order = query.order_by;
  return query.type == factwire::v1::SOURCE_TYPE_UNSPECIFIED && query.filter == nullptr &&
         (order.field.empty() || (order.field == "claim_count" && order.descending));
}

// Runs `sql` (kSourceFields' columns, :limit and :offset) and appends its rows
// to `page`, up to `limit` + 1 items in all; true when the rows ran out first.
absl::StatusOr<bool> AppendSources(Connection* connection, const char* sql, int limit,
                                   int64_t offset, Page<Source>* page) {
  absl::StatusOr<Statement> stmt = connection->Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(":limit", static_cast<int64_t>(limit) + 1 -
                           static_cast<int64_t>(page->items.size()));
  stmt->Bind(":offset", offset);
  while (static_cast<int>(page->items.size()) <= limit) {
    absl::StatusOr<bool> row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) return true;
    page->items.push_back(SourceFromRow(*stmt));
  }
  return false;
}

// The number of sources with a tallies row.
absl::StatusOr<int64_t> CountRankedSources(Connection* connection) {
  absl::StatusOr<Statement> count = connection->Prepare(
      "SELECT COUNT(*) FROM source_counts sc JOIN sources s"
      " ON s.source_id = sc.source_id");
  if (!count.ok()) return count.status();
  absl::StatusOr<bool> row = count->Step();
  if (!row.ok()) return row.status();
  return *row ? count->Int(0) : 0;
}

// ListSources in its default order (IsRankedList()): the sources with tallies
// from the source_counts_by_rank index (no sort), then those without a tallies
// row (zero claims and documents, so they rank last, by id; the writer drops a
// source with its last citing record, so normally there are none). The same
// order and offset paging as the general query.
absl::StatusOr<Page<Source>> ReadRankedSources(Connection* connection,
                                               const PageQuery& request) {
  Page<Source> page;
  absl::StatusOr<bool> exhausted = AppendSources(
      connection,
      "SELECT sc.source_id, s.type, s.name, sc.claim_count, sc.document_count"
      " FROM source_counts sc INDEXED BY source_counts_by_rank"
      " JOIN sources s ON s.source_id = sc.source_id"
      " ORDER BY sc.claim_count DESC, sc.document_count DESC, sc.source_id"
      " LIMIT :limit OFFSET :offset",
      request.limit, request.after, &page);
  if (!exhausted.ok()) return exhausted.status();
  if (*exhausted) {
    // The ranked rows ran out on this page: the untallied sources follow. A page
    // that starts past every ranked row starts that many rows into them.
    int64_t tail_offset = 0;
    if (page.items.empty() && request.after > 0) {
      absl::StatusOr<int64_t> ranked_rows = CountRankedSources(connection);
      if (!ranked_rows.ok()) return ranked_rows.status();
      tail_offset = std::max<int64_t>(0, request.after - *ranked_rows);
    }
    exhausted = AppendSources(
        connection,
        "SELECT s.source_id, s.type, s.name, 0, 0 FROM sources s"
        " WHERE NOT EXISTS (SELECT 1 FROM source_counts sc"
        " WHERE sc.source_id = s.source_id)"
        " ORDER BY s.source_id LIMIT :limit OFFSET :offset",
        request.limit, tail_offset, &page);
    if (!exhausted.ok()) return exhausted.status();
  }
  if (static_cast<int>(page.items.size()) > request.limit) {
    page.items.pop_back();
    page.next_after = request.after + request.limit;
  }
  return page;
}

}  // namespace

absl::Status ReadSource(Connection* connection, absl::string_view source_id,
                        Source* source) {
  // The source, its counts and its strings (a row each, or one row of NULLs)
  // in one statement, so one snapshot without a transaction around it.
  static const std::string* const kSql = new std::string(absl::StrCat(
      kSourceFields, ", ss.kind, ss.value, ss.first_row, ss.last_row",
      kSourceTables,
      " LEFT JOIN source_strings ss ON ss.source_id = s.source_id"
      " WHERE s.source_id = :source_id"));
  absl::StatusOr<Statement> stmt = connection->Prepare(*kSql);
  if (!stmt.ok()) return stmt.status();
  stmt->BindView(":source_id", source_id);
  absl::StatusOr<bool> row = stmt->Step();
  if (!row.ok()) return row.status();
  if (!*row) {
    return absl::NotFoundError(absl::StrCat("source ", source_id, " not found"));
  }
  ReadSourceFromRow(*stmt, source);
  std::vector<SourceString> strings;
  while (true) {
    if (!stmt->IsNull(5)) {
      strings.push_back(SourceString{stmt->Int(5), stmt->Text(6),
                                     stmt->Int(7), stmt->Int(8)});
    }
    row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
  }
  AddIdentity(std::move(strings), source);
  return absl::OkStatus();
}

absl::StatusOr<Page<Source>> ReadSources(Connection* connection,
                                         const SourceQuery& query) {
  absl::Status status = ValidatePage(query.page);
  if (!status.ok()) return status;
  if (IsRankedList(query)) {
    absl::StatusOr<Page<Source>> page = ReadRankedSources(connection, query.page);
    if (!page.ok()) return page.status();
    status = AddIdentities(connection, &*page);
    if (!status.ok()) return status;
    return page;
  }
  bool by_type = query.type != factwire::v1::SOURCE_TYPE_UNSPECIFIED;
  absl::StatusOr<SqlFilter> filter =
      CompileOptionalFilter(FilterResource::kSources, query.filter);
  if (!filter.ok()) return filter.status();
  std::vector<std::string> conditions;
  if (by_type) conditions.push_back("s.type = :type");
  AddFilter(*filter, &conditions);
  absl::StatusOr<SortSql> sort = SourceSort(query.order_by);
  if (!sort.ok()) return sort.status();
  AddKeyset(*sort, query.page, &conditions);
  absl::StatusOr<Page<Source>> page;
  {
    // Columns 5 and 6: the row id and the sort key.
    absl::StatusOr<Statement> stmt = PrepareFiltered(
        connection,
        absl::StrCat(kSourceFields, ", s.rowid, ", sort->key, kSourceTables,
                     WhereClause(conditions), SourceOrderBy(*sort),
                     " LIMIT :limit", sort->keyset ? "" : " OFFSET :offset"),
        *filter);
    if (!stmt.ok()) return stmt.status();
    if (by_type) stmt->Bind(":type", static_cast<int64_t>(query.type));
    BindFilter(*filter, &*stmt);
    status = BindKeyset(*sort, query.page, &*stmt);
    if (!status.ok()) return status;
    stmt->Bind(":limit", static_cast<int64_t>(query.page.limit) + 1);
    if (!sort->keyset) stmt->Bind(":offset", query.page.after);
    page = ReadSortedPage<Source>(
        &*stmt, query.page, *sort, 5, 6,
        [](const Statement& row) -> absl::StatusOr<Source> {
          return SourceFromRow(row);
        });
  }
  if (!page.ok()) return page.status();
  status = AddIdentities(connection, &*page);
  if (!status.ok()) return status;
  return page;
}

}  // namespace store_internal
}  // namespace factwire
