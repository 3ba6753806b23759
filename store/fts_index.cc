#include "store/fts_index.h"

#include <algorithm>
#include <initializer_list>
#include <string>

namespace factwire {
namespace store_internal {
namespace {

absl::StatusOr<int64_t> MaxId(Connection* connection, const std::string& sql) {
  absl::StatusOr<Statement> stmt = connection->Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  absl::StatusOr<bool> row = stmt->Step();
  if (!row.ok()) return row.status();
  return *row ? stmt->Int(0) : int64_t{0};
}

// Runs each of `sql` (statements with :after) when rows above `after` exist
// (`last` > `after`).
absl::Status RunAbove(Connection* connection,
                      std::initializer_list<const char*> sql, int64_t after,
                      int64_t last) {
  if (last <= after) return absl::OkStatus();
  for (const char* text : sql) {
    absl::StatusOr<Statement> stmt = connection->Prepare(text);
    if (!stmt.ok()) return stmt.status();
    absl::Status status = stmt->Bind(":after", after).Run();
    if (!status.ok()) return status;
  }
  return absl::OkStatus();
}

// The tally statements add what the schema 6 and 7 insert triggers added per
// row: counts per source, and per distinct alias, title and affiliation the
// rows carrying it with the first and last row id. NOT INDEXED keeps the
// planner on the row id range: it would otherwise read the whole
// source_id index in GROUP BY order (every row of the archive, per batch).
// One upsert per source for both counts (a claims and a document_sources
// statement each would update every source's row, and its rank index entry,
// twice).
constexpr char kCountSources[] =
    "INSERT INTO source_counts (source_id, claim_count, document_count)"
    " SELECT source_id, SUM(claims), SUM(documents) FROM ("
    " SELECT source_id, 1 AS claims, 0 AS documents FROM claims NOT INDEXED"
    " WHERE id > :claims_after"
    " UNION ALL SELECT source_id, 0, 1 FROM document_sources NOT INDEXED"
    " WHERE id > :sources_after)"
    " GROUP BY source_id ON CONFLICT (source_id) DO UPDATE"
    " SET claim_count = claim_count + excluded.claim_count,"
    " document_count = document_count + excluded.document_count";
constexpr char kTallyAliases[] =
    "INSERT INTO source_strings SELECT source_id, 0, alias, COUNT(*),"
    " MIN(id), MAX(id) FROM source_aliases NOT INDEXED WHERE id > :after"
    " GROUP BY source_id, alias ON CONFLICT (source_id, kind, value) DO UPDATE"
    " SET uses = uses + excluded.uses,"
    " first_row = MIN(first_row, excluded.first_row),"
    " last_row = MAX(last_row, excluded.last_row)";
constexpr char kTallyTitles[] =
    "INSERT INTO source_strings SELECT source_id, 1, title, COUNT(*),"
    " MIN(id), MAX(id) FROM document_sources NOT INDEXED WHERE id > :after"
    " AND title <> '' GROUP BY source_id, title"
    " ON CONFLICT (source_id, kind, value) DO UPDATE"
    " SET uses = uses + excluded.uses,"
    " first_row = MIN(first_row, excluded.first_row),"
    " last_row = MAX(last_row, excluded.last_row)";
constexpr char kTallyAffiliations[] =
    "INSERT INTO source_strings SELECT source_id, 2, affiliation, COUNT(*),"
    " MIN(id), MAX(id) FROM document_sources NOT INDEXED WHERE id > :after"
    " AND affiliation <> '' GROUP BY source_id, affiliation"
    " ON CONFLICT (source_id, kind, value) DO UPDATE"
    " SET uses = uses + excluded.uses,"
    " first_row = MIN(first_row, excluded.first_row),"
    " last_row = MAX(last_row, excluded.last_row)";

}  // namespace

absl::StatusOr<FtsIndexed> LastRows(Connection* connection) {
  FtsIndexed last;
  struct Table {
    const char* sql;
    int64_t* last;
  };
  for (const Table& table : {
           Table{"SELECT coalesce(max(id), 0) FROM claims", &last.claims},
           Table{"SELECT coalesce(max(id), 0) FROM figures", &last.figures},
           Table{"SELECT coalesce(max(id), 0) FROM documents", &last.documents},
           Table{"SELECT coalesce(max(id), 0) FROM document_sources",
                 &last.document_sources},
           Table{"SELECT coalesce(max(id), 0) FROM source_aliases",
                 &last.source_aliases},
       }) {
    absl::StatusOr<int64_t> id = MaxId(connection, table.sql);
    if (!id.ok()) return id.status();
    *table.last = *id;
  }
  return last;
}

absl::Status IndexPending(Connection* connection, FtsIndexed* indexed) {
  absl::StatusOr<FtsIndexed> last = LastRows(connection);
  if (!last.ok()) return last.status();
  absl::Status status = RunAbove(
      connection,
      {"INSERT INTO claims_fts(rowid, text, speaker, sentence)"
       " SELECT id, text, speaker, sentence FROM claims WHERE id > :after"
       " ORDER BY id"},
      indexed->claims, last->claims);
  if (!status.ok()) return status;
  if (last->claims > indexed->claims ||
      last->document_sources > indexed->document_sources) {
    absl::StatusOr<Statement> count = connection->Prepare(kCountSources);
    if (!count.ok()) return count.status();
    status = count->Bind(":claims_after", indexed->claims)
                 .Bind(":sources_after", indexed->document_sources)
                 .Run();
    if (!status.ok()) return status;
  }
  status = RunAbove(connection,
                    {"INSERT INTO figures_fts(rowid, subject)"
                     " SELECT id, subject FROM figures WHERE id > :after"
                     " ORDER BY id"},
                    indexed->figures, last->figures);
  if (!status.ok()) return status;
  status =
      RunAbove(connection,
               {"INSERT INTO documents_fts(rowid, headline, text)"
                " SELECT id, headline, text FROM documents WHERE id > :after"
                " ORDER BY id"},
               indexed->documents, last->documents);
  if (!status.ok()) return status;
  status = RunAbove(connection, {kTallyTitles, kTallyAffiliations},
                    indexed->document_sources, last->document_sources);
  if (!status.ok()) return status;
  status = RunAbove(connection, {kTallyAliases}, indexed->source_aliases,
                    last->source_aliases);
  if (!status.ok()) return status;
  *indexed = *last;
  return absl::OkStatus();
}

absl::StatusOr<bool> MergeSegments(Connection* connection, int pages) {
  absl::StatusOr<Transaction> transaction =
      Transaction::Begin(connection, Transaction::Mode::kWrite);
  if (!transaction.ok()) return transaction.status();
  // FTS5 documents this test: a 'merge' that found nothing to do changes
  // fewer than two rows of the index.
  bool merged = false;
  for (const char* sql : {
           "INSERT INTO claims_fts(claims_fts, rank) VALUES ('merge', :pages)",
           "INSERT INTO figures_fts(figures_fts, rank) VALUES ('merge', :pages)",
           "INSERT INTO documents_fts(documents_fts, rank)"
           " VALUES ('merge', :pages)",
       }) {
    absl::StatusOr<Statement> stmt = connection->Prepare(sql);
    if (!stmt.ok()) return stmt.status();
    const int64_t before = connection->TotalChanges();
    absl::Status status =
        stmt->Bind(":pages", static_cast<int64_t>(std::max(pages, 1))).Run();
    if (!status.ok()) return status;
    merged = merged || connection->TotalChanges() - before >= 2;
  }
  absl::Status status = transaction->Commit();
  if (!status.ok()) return status;
  return merged;
}

absl::Status LowerToLastRows(Connection* connection, FtsIndexed* indexed) {
  absl::StatusOr<FtsIndexed> last = LastRows(connection);
  if (!last.ok()) return last.status();
  indexed->claims = std::min(indexed->claims, last->claims);
  indexed->figures = std::min(indexed->figures, last->figures);
  indexed->documents = std::min(indexed->documents, last->documents);
  indexed->document_sources =
      std::min(indexed->document_sources, last->document_sources);
  indexed->source_aliases =
      std::min(indexed->source_aliases, last->source_aliases);
  return absl::OkStatus();
}

}  // namespace store_internal
}  // namespace factwire
