#include "store/change_log.h"

#include "absl/strings/str_cat.h"
#include "store/page.h"
#include "store/records.h"

namespace factwire {
namespace store_internal {
namespace {

// The kind column's values; never renumber.
int64_t KindToColumn(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::kStored:
      return 1;
    case ChangeKind::kReplaced:
      return 2;
    case ChangeKind::kDeleted:
      return 3;
  }
  return 0;
}

absl::StatusOr<ChangeKind> KindFromColumn(int64_t value) {
  if (value == 1) return ChangeKind::kStored;
  if (value == 2) return ChangeKind::kReplaced;
  if (value == 3) return ChangeKind::kDeleted;
  return absl::DataLossError(absl::StrCat("unknown change kind ", value));
}

absl::StatusOr<Change> ChangeFromRow(const Statement& row) {
  absl::StatusOr<ChangeKind> kind = KindFromColumn(row.Int(2));
  if (!kind.ok()) return kind.status();
  Change change;
  change.sequence = row.Int(0);
  change.document_id = row.Text(1);
  change.kind = *kind;
  change.revision = static_cast<int32_t>(row.Int(3));
  change.time = absl::FromUnixMicros(row.Int(4));
  return change;
}

}  // namespace

absl::Status LogChange(Connection* connection, absl::string_view document_id,
                       ChangeKind kind, int32_t revision, absl::Time time) {
  absl::StatusOr<Statement> stmt = connection->Prepare(
      "INSERT INTO changes (document_id, kind, revision, change_time)"
      " VALUES (:document_id, :kind, :revision, :change_time)");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(":document_id", document_id)
      .Bind(":kind", KindToColumn(kind))
      .Bind(":revision", static_cast<int64_t>(revision))
      .Bind(":change_time", ToMicros(time));
  return stmt->Run();
}

absl::StatusOr<Page<Change>> ReadChanges(Connection* connection,
                                         const PageQuery& page) {
  absl::Status status = ValidatePage(page);
  if (!status.ok()) return status;
  absl::StatusOr<Statement> stmt = connection->Prepare(
      "SELECT sequence, document_id, kind, revision, change_time FROM changes"
      " WHERE sequence > :after ORDER BY sequence LIMIT :limit");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(":after", page.after)
      .Bind(":limit", static_cast<int64_t>(page.limit) + 1);
  return ReadPage<Change>(&*stmt, page, Paging::kKeyset, ChangeFromRow);
}

absl::StatusOr<int64_t> LastSequence(Connection* connection) {
  absl::StatusOr<Statement> stmt =
      connection->Prepare("SELECT coalesce(max(sequence), 0) FROM changes");
  if (!stmt.ok()) return stmt.status();
  absl::StatusOr<bool> row = stmt->Step();
  if (!row.ok()) return row.status();
  return *row ? stmt->Int(0) : int64_t{0};
}

}  // namespace store_internal
}  // namespace factwire
