#include "store/request_log.h"

#include "store/records.h"

namespace factwire {
namespace store_internal {

absl::StatusOr<std::optional<RememberedRequest>> FindRequest(
    Connection* connection, absl::string_view request_id) {
  absl::StatusOr<Statement> stmt = connection->Prepare(
      "SELECT fingerprint, document_id, created FROM ingest_requests"
      " WHERE request_id = :request_id");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(":request_id", request_id);
  absl::StatusOr<bool> row = stmt->Step();
  if (!row.ok()) return row.status();
  if (!*row) return std::optional<RememberedRequest>();
  return std::optional<RememberedRequest>(
      RememberedRequest{stmt->Text(0), stmt->Text(1), stmt->Int(2) != 0});
}

absl::Status RememberRequest(Connection* connection, const RequestKey& key,
                             absl::string_view document_id, bool created,
                             absl::Time now) {
  absl::StatusOr<Statement> prune = connection->Prepare(
      "DELETE FROM ingest_requests WHERE request_time < :oldest");
  if (!prune.ok()) return prune.status();
  absl::Status status =
      prune->Bind(":oldest", ToMicros(now - kRequestIdRetention)).Run();
  if (!status.ok()) return status;
  absl::StatusOr<Statement> insert = connection->Prepare(
      "INSERT INTO ingest_requests"
      " (request_id, fingerprint, document_id, created, request_time)"
      " VALUES (:request_id, :fingerprint, :document_id, :created, :time)");
  if (!insert.ok()) return insert.status();
  return insert->Bind(":request_id", key.request_id)
      .Bind(":fingerprint", key.fingerprint)
      .Bind(":document_id", document_id)
      .Bind(":created", int64_t{created ? 1 : 0})
      .Bind(":time", ToMicros(now))
      .Run();
}

}  // namespace store_internal
}  // namespace factwire
