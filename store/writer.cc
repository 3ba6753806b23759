#include "store/writer.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "store/change_log.h"
#include "store/reader.h"
#include "store/records.h"

namespace factwire {
namespace store_internal {
namespace {

using factwire::v1::Claim;
using factwire::v1::Document;
using factwire::v1::Figure;
using factwire::v1::Source;

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

// A constraint failure on inserting a record means its id repeats within the
// document (the only constraint input can break): says so in the caller's
// terms.
absl::Status NameDuplicate(absl::Status status, absl::string_view records,
                           absl::string_view field, absl::string_view id) {
  if (status.code() != absl::StatusCode::kInvalidArgument) return status;
  return absl::InvalidArgumentError(
      absl::StrCat(records, ": ", field, " \"", id,
                   "\" appears more than once in the document"));
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

// Creates or refreshes the shared source row.
absl::Status UpsertSource(Connection* connection, const Source& source) {
  absl::StatusOr<Statement> stmt = connection->Prepare(
      "INSERT INTO sources (source_id, type, name) VALUES (:source_id, :type, "
      ":name)"
      " ON CONFLICT (source_id) DO UPDATE SET"
      " type = CASE WHEN excluded.type <> 0 THEN excluded.type ELSE type END,"
      " name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE name END");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(":source_id", source.source_id())
      .Bind(":type", static_cast<int64_t>(source.type()))
      .Bind(":name", source.name());
  return stmt->Run();
}

// The per-document record: as extracted, without query-only fields.
std::string DocumentSourceRecord(const Source& source) {
  Source record = source;
  record.clear_claim_count();
  record.clear_document_count();
  record.clear_titles();
  record.clear_affiliations();
  return record.SerializeAsString();
}

absl::Status InsertSource(Connection* connection, int64_t document_row,
                          const Source& source) {
  absl::Status status = UpsertSource(connection, source);
  if (!status.ok()) return status;
  absl::StatusOr<Statement> stmt = connection->Prepare(
      "INSERT INTO document_sources (document, source_id, title, affiliation, "
      "record)"
      " VALUES (:document, :source_id, :title, :affiliation, :record)");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(":document", document_row)
      .Bind(":source_id", source.source_id())
      .Bind(":title", source.title())
      .Bind(":affiliation", source.affiliation())
      .BindBlob(":record", DocumentSourceRecord(source));
  status =
      NameDuplicate(stmt->Run(), "sources", "source_id", source.source_id());
  if (!status.ok()) return status;
  for (const std::string& alias : source.aliases()) {
    absl::StatusOr<Statement> insert = connection->Prepare(
        "INSERT INTO source_aliases (document, source_id, alias)"
        " VALUES (:document, :source_id, :alias)");
    if (!insert.ok()) return insert.status();
    insert->Bind(":document", document_row)
        .Bind(":source_id", source.source_id())
        .Bind(":alias", alias);
    status = insert->Run();
    if (!status.ok()) return status;
  }
  return absl::OkStatus();
}

// Stored without name and document: readers set them from the document.
std::string ClaimRecord(const Claim& claim) {
  Claim record = claim;
  record.clear_name();
  record.clear_document();
  return record.SerializeAsString();
}

absl::Status InsertClaim(Connection* connection, int64_t document_row,
                         const std::string& text, const Claim& claim) {
  absl::StatusOr<Statement> stmt = connection->Prepare(
      "INSERT INTO claims (document, claim_id, kind, source_id, text, speaker,"
      " sentence, checkworthiness, record) VALUES (:document, :claim_id, :kind,"
      " :source_id, :text, :speaker, :sentence, :checkworthiness, :record)");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(":document", document_row)
      .Bind(":claim_id", claim.claim_id())
      .Bind(":kind", static_cast<int64_t>(claim.kind()))
      .Bind(":source_id", claim.source_id())
      .Bind(":text", claim.text())
      .Bind(":speaker", claim.speaker())
      .Bind(":sentence", SpanText(text, claim.sentence_span()))
      .Bind(":checkworthiness", static_cast<double>(claim.checkworthiness()))
      .BindBlob(":record", ClaimRecord(claim));
  return NameDuplicate(stmt->Run(), "claims", "claim_id", claim.claim_id());
}

std::string FigureRecord(const Figure& figure) {
  Figure record = figure;
  record.clear_name();
  record.clear_document();
  return record.SerializeAsString();
}

absl::Status InsertFigure(Connection* connection, int64_t document_row,
                          const Figure& figure) {
  absl::StatusOr<Statement> stmt = connection->Prepare(
      "INSERT INTO figures (document, figure_id, subject, dimension, unit, "
      "value,"
      " record) VALUES (:document, :figure_id, :subject, :dimension, :unit, "
      ":value,"
      " :record)");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(":document", document_row)
      .Bind(":figure_id", figure.figure_id())
      .Bind(":subject", figure.subject())
      .Bind(":dimension", static_cast<int64_t>(figure.dimension()))
      .Bind(":unit", figure.unit())
      .Bind(":value", figure.value())
      .BindBlob(":record", FigureRecord(figure));
  return NameDuplicate(stmt->Run(), "figures", "figure_id", figure.figure_id());
}

absl::Status InsertRecords(Connection* connection, int64_t document_row,
                           const Document& document) {
  for (const Source& source : document.sources()) {
    absl::Status status = InsertSource(connection, document_row, source);
    if (!status.ok()) return status;
  }
  for (const Claim& claim : document.claims()) {
    absl::Status status =
        InsertClaim(connection, document_row, document.text(), claim);
    if (!status.ok()) return status;
  }
  for (const Figure& figure : document.figures()) {
    absl::Status status = InsertFigure(connection, document_row, figure);
    if (!status.ok()) return status;
  }
  return absl::OkStatus();
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

}  // namespace

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
