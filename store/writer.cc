#include "store/writer.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "absl/strings/str_cat.h"
#include "store/change_log.h"
#include "store/fts_index.h"
#include "store/reader.h"
#include "store/record_writer.h"
#include "store/records.h"
#include "store/request_log.h"
#include "store/sqlite.h"

namespace factwire {
namespace store_internal {
namespace {

using factwire::v1::Document;

// A stored document's row id and revision.
struct StoredRow {
  int64_t id = 0;
  int32_t revision = 0;
};

// kInvalidArgument naming the first id of `records` that repeats.
template <typename Records, typename Id>
absl::Status CheckUnique(const Records& records, absl::string_view name,
                         absl::string_view field, Id id) {
  std::unordered_set<std::string> seen;
  for (const auto& record : records) {
    if (seen.insert(std::string(id(record))).second) continue;
    return absl::InvalidArgumentError(
        absl::StrCat(name, ": ", field, " \"", id(record),
                     "\" appears more than once in the document"));
  }
  return absl::OkStatus();
}

absl::Status CheckUniqueIds(const Document& document) {
  absl::Status status =
      CheckUnique(document.sources(), "sources", "source_id",
                  [](const factwire::v1::Source& r) -> absl::string_view {
                    return r.source_id();
                  });
  if (!status.ok()) return status;
  status = CheckUnique(document.claims(), "claims", "claim_id",
                       [](const factwire::v1::Claim& r) -> absl::string_view {
                         return r.claim_id();
                       });
  if (!status.ok()) return status;
  return CheckUnique(document.figures(), "figures", "figure_id",
                     [](const factwire::v1::Figure& r) -> absl::string_view {
                       return r.figure_id();
                     });
}

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
  return CheckUniqueIds(document);
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

// What ReadDocument(id, /*full=*/true) returns for `stored` right after it
// was written, built without reading it back: claims and figures with name
// and document, sources as their per-document records.
Document AsRead(Document stored) {
  const std::string& id = stored.document_id();
  for (factwire::v1::Claim& claim : *stored.mutable_claims()) {
    claim.set_name(ClaimName(id, claim.claim_id()));
    claim.set_document(stored.name());
  }
  for (factwire::v1::Figure& figure : *stored.mutable_figures()) {
    figure.set_name(FigureName(id, figure.figure_id()));
    figure.set_document(stored.name());
  }
  for (factwire::v1::Source& source : *stored.mutable_sources()) {
    source = DocumentSourceRecord(source);
  }
  return stored;
}

// Deletes a stored revision inside a batch: the index entries and tallies its
// delete triggers remove must exist, so rows still pending are indexed first;
// after
// the delete, new rows may reuse ids up to the new largest ones.
absl::Status ReplaceRow(Connection* connection, int64_t document_row,
                        FtsIndexed* indexed) {
  if (document_row > indexed->documents) {
    absl::Status status = IndexPending(connection, indexed);
    if (!status.ok()) return status;
  }
  absl::Status status = DeleteRow(connection, document_row);
  if (!status.ok()) return status;
  return LowerToLastRows(connection, indexed);
}

// Inside the write transaction: replaces or inserts and logs. The new rows
// are left for IndexPending().
absl::StatusOr<PutResult> StoreInTransaction(Connection* connection,
                                             const Document& document,
                                             absl::Time now,
                                             FtsIndexed* indexed) {
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
    absl::Status status = ReplaceRow(connection, (*previous)->id, indexed);
    if (!status.ok()) return status;
  }
  Document stored = Stamped(document, revision, now);
  absl::StatusOr<int64_t> row = InsertDocument(connection, stored);
  if (!row.ok()) return row.status();
  absl::Status status = InsertRecords(connection, *row, document);
  if (!status.ok()) return status;
  status =
      LogChange(connection, document.document_id(),
                revision == 1 ? ChangeKind::kStored : ChangeKind::kReplaced,
                revision, now);
  if (!status.ok()) return status;
  return PutResult{AsRead(std::move(stored)), true};
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

// Inside the write transaction: Put(document[, key]) without its own
// transaction.
absl::StatusOr<PutResult> PutInTransaction(Connection* connection,
                                           const PutItem& item, absl::Time now,
                                           FtsIndexed* indexed) {
  if (item.key.has_value() && item.key->request_id.empty()) {
    return absl::InvalidArgumentError("request_id is empty");
  }
  absl::Status status = Validate(item.document);
  if (!status.ok()) return status;
  if (!item.key.has_value()) {
    return StoreInTransaction(connection, item.document, now, indexed);
  }
  absl::StatusOr<std::optional<PutResult>> retry =
      AnswerRetry(connection, *item.key);
  if (!retry.ok()) return retry.status();
  if (retry->has_value()) return **std::move(retry);
  absl::StatusOr<PutResult> result =
      StoreInTransaction(connection, item.document, now, indexed);
  if (!result.ok()) return result.status();
  status = RememberRequest(connection, *item.key,
                           result->document.document_id(), result->created,
                           now);
  if (!status.ok()) return status;
  return result;
}

// One attempt at a batch: every item not already failed in `results`, in
// one transaction. Returns the index of an item that failed after writing
// part of itself (the transaction is then rolled back, to be tried again
// without it), or nullopt when the attempt ended: committed, or failed as a
// whole (every pending item gets the error).
using BatchResults = std::vector<std::optional<absl::StatusOr<PutResult>>>;

std::optional<size_t> TryBatch(Connection* connection,
                               const std::vector<PutItem>& items,
                               absl::Time now, BatchResults* results) {
  std::vector<absl::StatusOr<PutResult>> attempt(items.size(),
                                                 absl::UnknownError(""));
  auto fail_all = [&](const absl::Status& status) {
    for (auto& result : *results) {
      if (!result.has_value()) result = status;
    }
    return std::nullopt;
  };
  absl::StatusOr<Transaction> transaction =
      Transaction::Begin(connection, Transaction::Mode::kWrite);
  if (!transaction.ok()) return fail_all(transaction.status());
  absl::StatusOr<FtsIndexed> indexed = LastRows(connection);
  if (!indexed.ok()) return fail_all(indexed.status());
  for (size_t i = 0; i < items.size(); ++i) {
    if ((*results)[i].has_value()) continue;  // Failed in an earlier attempt.
    int64_t changes_before = connection->TotalChanges();
    attempt[i] = PutInTransaction(connection, items[i], now, &*indexed);
    if (attempt[i].ok()) continue;
    if (connection->TotalChanges() != changes_before) {
      (*results)[i] = attempt[i].status();
      return i;  // The destructor rolls the transaction back.
    }
  }
  absl::Status status = IndexPending(connection, &*indexed);
  if (status.ok()) status = transaction->Commit();
  if (!status.ok()) return fail_all(status);
  for (size_t i = 0; i < items.size(); ++i) {
    if (!(*results)[i].has_value()) (*results)[i] = std::move(attempt[i]);
  }
  return std::nullopt;
}

}  // namespace

std::vector<absl::StatusOr<PutResult>> WriteDocuments(
    Connection* connection, const std::vector<PutItem>& items,
    absl::Time now) {
  // No savepoint per item (SQLite would copy every page an item touches
  // into the statement journal): an item that fails before writing (every
  // check Put() makes) simply fails; one that fails after writing part of
  // itself costs a rollback and a new attempt without it.
  BatchResults results(items.size());
  while (TryBatch(connection, items, now, &results).has_value()) {
  }
  std::vector<absl::StatusOr<PutResult>> out;
  out.reserve(items.size());
  for (auto& result : results) out.push_back(*std::move(result));
  return out;
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
