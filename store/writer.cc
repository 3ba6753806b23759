#include "store/writer.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "store/change_log.h"
#include "store/reader.h"
#include "store/record_writer.h"
#include "store/records.h"
#include "store/request_log.h"

namespace factwire {
namespace store_internal {
namespace {

using factwire::v1::Document;

// A stored document's row id and revision.
struct StoredRow {
  int64_t id = 0;
  int32_t revision = 0;
};

absl::Status Validate(const Document& document) {
  if (document.document_id().empty()) {
    return absl::InvalidArgumentError("document_id is required");
  }
  if (document.content_sha256().empty()) {
    return absl::InvalidArgumentError("content_sha256 is required");
  }
  for (int i = 0; i < document.claims_size(); ++i) {
    if (document.claims(i).claim_id().empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat("claims[", i, "].claim_id is required"));
    }
  }
  for (int i = 0; i < document.figures_size(); ++i) {
    if (document.figures(i).figure_id().empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat("figures[", i, "].figure_id is required"));
    }
  }
  for (int i = 0; i < document.sources_size(); ++i) {
    if (document.sources(i).source_id().empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat("sources[", i, "].source_id is required"));
    }
  }
  return absl::OkStatus();
}

// The document_id holding `content_sha256`, if any.
absl::StatusOr<std::optional<std::string>> FindByContent(
    Connection* connection, absl::string_view sha256) {
  absl::StatusOr<Statement> stmt = connection->Prepare(
      "SELECT document_id FROM documents WHERE content_sha256 = :sha256 LIMIT "
      "1");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(":sha256", sha256);
  absl::StatusOr<bool> row = stmt->Step();
  if (!row.ok()) return row.status();
  if (!*row) return std::optional<std::string>();
  return std::optional<std::string>(stmt->Text(0));
}

absl::StatusOr<std::optional<StoredRow>> FindDocument(
    Connection* connection, absl::string_view document_id) {
  absl::StatusOr<Statement> stmt = connection->Prepare(
      "SELECT id, revision FROM documents WHERE document_id = :document_id");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(":document_id", document_id);
  absl::StatusOr<bool> row = stmt->Step();
  if (!row.ok()) return row.status();
  if (!*row) return std::optional<StoredRow>();
  return std::optional<StoredRow>(
      StoredRow{stmt->Int(0), static_cast<int32_t>(stmt->Int(1))});
}

absl::StatusOr<std::vector<std::string>> SourceIdsOf(Connection* connection,
                                                     int64_t document_row) {
  absl::StatusOr<Statement> stmt = connection->Prepare(
      "SELECT source_id FROM document_sources WHERE document = :document");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(":document", document_row);
  std::vector<std::string> ids;
  while (true) {
    absl::StatusOr<bool> row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) return ids;
    ids.push_back(stmt->Text(0));
  }
}

// Deletes the document row (its records and index entries go by cascade) and
// then the sources no other document cites.
absl::Status DeleteRow(Connection* connection, int64_t document_row) {
  absl::StatusOr<std::vector<std::string>> source_ids =
      SourceIdsOf(connection, document_row);
  if (!source_ids.ok()) return source_ids.status();
  absl::StatusOr<Statement> stmt =
      connection->Prepare("DELETE FROM documents WHERE id = :document");
  if (!stmt.ok()) return stmt.status();
  absl::Status status = stmt->Bind(":document", document_row).Run();
  if (!status.ok()) return status;
  for (const std::string& source_id : *source_ids) {
    absl::StatusOr<Statement> prune = connection->Prepare(
        "DELETE FROM sources WHERE source_id = :source_id AND NOT EXISTS"
        " (SELECT 1 FROM document_sources WHERE source_id = :source_id)");
    if (!prune.ok()) return prune.status();
    status = prune->Bind(":source_id", source_id).Run();
    if (!status.ok()) return status;
  }
  return absl::OkStatus();
}

// The documents row's `record`: metadata and paragraphs, no text or records.
std::string MetadataRecord(const Document& stored) {
  Document metadata = stored;
  metadata.clear_text();
  metadata.clear_claims();
  metadata.clear_figures();
  metadata.clear_sources();
  return metadata.SerializeAsString();
}

absl::StatusOr<int64_t> InsertDocument(Connection* connection,
                                       const Document& stored) {
  absl::StatusOr<Statement> stmt = connection->Prepare(
      "INSERT INTO documents (document_id, external_id, content_sha256, "
      "revision,"
      " publish_time, ingest_time, section, headline, text, record)"
      " VALUES (:document_id, :external_id, :sha256, :revision, :publish_time,"
      " :ingest_time, :section, :headline, :text, :record)");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(":document_id", stored.document_id())
      .Bind(":external_id", stored.external_id())
      .Bind(":sha256", stored.content_sha256())
      .Bind(":revision", static_cast<int64_t>(stored.revision()))
      .Bind(":ingest_time", ToMicros(stored.ingest_time()))
      .Bind(":section", stored.section())
      .Bind(":headline", stored.headline())
      .Bind(":text", stored.text())
      .BindBlob(":record", MetadataRecord(stored));
  if (stored.has_publish_time()) {
    stmt->Bind(":publish_time", ToMicros(stored.publish_time()));
  } else {
    stmt->BindNull(":publish_time");
  }
  absl::Status status = stmt->Run();
  if (!status.ok()) return status;
  return connection->LastInsertRowid();
}

// The document as stored: name, revision and ingest time set.
Document Stamped(const Document& document, int32_t revision, absl::Time now) {
  Document stored = document;
  stored.set_name(DocumentName(document.document_id()));
  stored.set_revision(revision);
  *stored.mutable_ingest_time() = FromMicros(ToMicros(now));
  return stored;
}

// Inside the write transaction: replaces or inserts, logs, reads back.
absl::StatusOr<PutResult> StoreInTransaction(Connection* connection,
                                             const Document& document,
                                             absl::Time now) {
  absl::StatusOr<std::optional<std::string>> existing =
      FindByContent(connection, document.content_sha256());
  if (!existing.ok()) return existing.status();
  if (existing->has_value()) {
    absl::StatusOr<Document> stored =
        ReadDocument(connection, **existing, true);
    if (!stored.ok()) return stored.status();
    return PutResult{*std::move(stored), false};
  }
  absl::StatusOr<std::optional<StoredRow>> previous =
      FindDocument(connection, document.document_id());
  if (!previous.ok()) return previous.status();
  int32_t revision = 1;
  if (previous->has_value()) {
    revision = (*previous)->revision + 1;
    absl::Status status = DeleteRow(connection, (*previous)->id);
    if (!status.ok()) return status;
  }
  absl::StatusOr<int64_t> row =
      InsertDocument(connection, Stamped(document, revision, now));
  if (!row.ok()) return row.status();
  absl::Status status = InsertRecords(connection, *row, document);
  if (!status.ok()) return status;
  status =
      LogChange(connection, document.document_id(),
                revision == 1 ? ChangeKind::kStored : ChangeKind::kReplaced,
                revision, now);
  if (!status.ok()) return status;
  absl::StatusOr<Document> stored =
      ReadDocument(connection, document.document_id(), true);
  if (!stored.ok()) return stored.status();
  return PutResult{*std::move(stored), true};
}

// Inside the write transaction: the remembered answer to a retry of `key`,
// or nullopt when the id is new.
absl::StatusOr<std::optional<PutResult>> AnswerRetry(Connection* connection,
                                                     const RequestKey& key) {
  absl::StatusOr<std::optional<RememberedRequest>> seen =
      FindRequest(connection, key.request_id);
  if (!seen.ok()) return seen.status();
  if (!seen->has_value()) return std::optional<PutResult>();
  if ((*seen)->fingerprint != key.fingerprint) {
    return absl::InvalidArgumentError(
        absl::StrCat("request_id \"", key.request_id,
                     "\" was used for a different request"));
  }
  absl::StatusOr<Document> stored =
      ReadDocument(connection, (*seen)->document_id, true);
  if (absl::IsNotFound(stored.status())) {
    return absl::NotFoundError(
        absl::StrCat("request_id \"", key.request_id, "\" stored document ",
                     (*seen)->document_id, ", which has been deleted since"));
  }
  if (!stored.ok()) return stored.status();
  return std::optional<PutResult>(
      PutResult{*std::move(stored), (*seen)->created});
}

}  // namespace

absl::StatusOr<PutResult> WriteDocumentOnce(Connection* connection,
                                            const Document& document,
                                            const RequestKey& key,
                                            absl::Time now) {
  if (key.request_id.empty()) {
    return absl::InvalidArgumentError("request_id is empty");
  }
  absl::Status status = Validate(document);
  if (!status.ok()) return status;
  absl::StatusOr<Transaction> transaction =
      Transaction::Begin(connection, Transaction::Mode::kWrite);
  if (!transaction.ok()) return transaction.status();
  absl::StatusOr<std::optional<PutResult>> retry = AnswerRetry(connection, key);
  if (!retry.ok()) return retry.status();
  if (retry->has_value()) return **std::move(retry);
  absl::StatusOr<PutResult> result =
      StoreInTransaction(connection, document, now);
  if (!result.ok()) return result.status();
  status = RememberRequest(connection, key, result->document.document_id(),
                           result->created, now);
  if (!status.ok()) return status;
  status = transaction->Commit();
  if (!status.ok()) return status;
  return result;
}

absl::StatusOr<PutResult> WriteDocument(Connection* connection,
                                        const Document& document,
                                        absl::Time now) {
  absl::Status status = Validate(document);
  if (!status.ok()) return status;
  absl::StatusOr<Transaction> transaction =
      Transaction::Begin(connection, Transaction::Mode::kWrite);
  if (!transaction.ok()) return transaction.status();
  absl::StatusOr<PutResult> result =
      StoreInTransaction(connection, document, now);
  if (!result.ok()) return result.status();
  status = transaction->Commit();
  if (!status.ok()) return status;
  return result;
}

absl::Status EraseDocument(Connection* connection,
                           absl::string_view document_id, absl::Time now) {
  absl::StatusOr<Transaction> transaction =
      Transaction::Begin(connection, Transaction::Mode::kWrite);
  if (!transaction.ok()) return transaction.status();
  absl::StatusOr<std::optional<StoredRow>> stored =
      FindDocument(connection, document_id);
  if (!stored.ok()) return stored.status();
  if (!stored->has_value()) {
    return absl::NotFoundError(
        absl::StrCat("document ", document_id, " not found"));
  }
  absl::Status status = DeleteRow(connection, (*stored)->id);
  if (!status.ok()) return status;
  status = LogChange(connection, document_id, ChangeKind::kDeleted,
                     (*stored)->revision, now);
  if (!status.ok()) return status;
  return transaction->Commit();
}

}  // namespace store_internal
}  // namespace factwire
