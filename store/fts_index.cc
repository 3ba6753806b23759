#include "store/fts_index.h"

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

// Runs `sql` (an INSERT ... SELECT with :after) when rows above `after`
// exist (`last` > `after`).
absl::Status IndexAbove(Connection* connection, const std::string& sql,
                        int64_t after, int64_t last) {
  if (last <= after) return absl::OkStatus();
  absl::StatusOr<Statement> stmt = connection->Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  return stmt->Bind(":after", after).Run();
}

}  // namespace

absl::StatusOr<FtsIndexed> LastRows(Connection* connection) {
  FtsIndexed last;
  absl::StatusOr<int64_t> id =
      MaxId(connection, "SELECT coalesce(max(id), 0) FROM claims");
  if (!id.ok()) return id.status();
  last.claims = *id;
  id = MaxId(connection, "SELECT coalesce(max(id), 0) FROM figures");
  if (!id.ok()) return id.status();
  last.figures = *id;
  id = MaxId(connection, "SELECT coalesce(max(id), 0) FROM documents");
  if (!id.ok()) return id.status();
  last.documents = *id;
  return last;
}

absl::Status IndexPending(Connection* connection, FtsIndexed* indexed) {
  absl::StatusOr<FtsIndexed> last = LastRows(connection);
  if (!last.ok()) return last.status();
  absl::Status status = IndexAbove(
      connection,
      "INSERT INTO claims_fts(rowid, text, speaker, sentence)"
      " SELECT id, text, speaker, sentence FROM claims WHERE id > :after"
      " ORDER BY id",
      indexed->claims, last->claims);
  if (!status.ok()) return status;
  status = IndexAbove(connection,
                      "INSERT INTO figures_fts(rowid, subject)"
                      " SELECT id, subject FROM figures WHERE id > :after"
                      " ORDER BY id",
                      indexed->figures, last->figures);
  if (!status.ok()) return status;
  status = IndexAbove(
      connection,
      "INSERT INTO documents_fts(rowid, headline, text)"
      " SELECT id, headline, text FROM documents WHERE id > :after"
      " ORDER BY id",
      indexed->documents, last->documents);
  if (!status.ok()) return status;
  *indexed = *last;
  return absl::OkStatus();
}

}  // namespace store_internal
}  // namespace factwire
