#include "store/writer.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "store/change_log.h"
#include "store/fts_index.h"
#include "store/reader.h"
#include "store/record_writer.h"
#include "store/records.h"
#include "store/request_log.h"
#include "store/row_encoding.h"
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

// Deletes the document's records (their delete triggers remove index
// entries and tallies), then the document row, then the sources no other
// document cites. The writer runs with foreign keys off (see
// WritesWithoutForeignKeys), so it deletes what ON DELETE CASCADE would.
absl::Status DeleteRow(Connection* connection, int64_t document_row) {
  absl::StatusOr<std::vector<std::string>> source_ids =
      SourceIdsOf(connection, document_row);
  if (!source_ids.ok()) return source_ids.status();
  absl::Status status;
  for (const char* sql : {
           "DELETE FROM claims WHERE document = :document",
           "DELETE FROM figures WHERE document = :document",
           "DELETE FROM source_aliases WHERE document = :document",
           "DELETE FROM document_sources WHERE document = :document",
           "DELETE FROM documents WHERE id = :document",
       }) {
    absl::StatusOr<Statement> stmt = connection->Prepare(sql);
    if (!stmt.ok()) return stmt.status();
    status = stmt->Bind(":document", document_row).Run();
    if (!status.ok()) return status;
  }
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

// Turns the connection's foreign key checks off until destroyed (outside a
// transaction: SQLite ignores the pragma inside one). The writer's inserts
// reference only rows it wrote or upserted just before (every child row a
// document it has just inserted, every per-document source a source it has
// just upserted), so a check per row (a B-tree probe each, ~6% of the claim
// and figure inserts) never fails, and DeleteRow() deletes the children
// itself.
class WritesWithoutForeignKeys {
 public:
  explicit WritesWithoutForeignKeys(Connection* connection)
      : connection_(connection) {
    status_ = connection_->Exec("PRAGMA foreign_keys = OFF");
  }
  ~WritesWithoutForeignKeys() {
    if (status_.ok()) (void)connection_->Exec("PRAGMA foreign_keys = ON");
  }
  WritesWithoutForeignKeys(const WritesWithoutForeignKeys&) = delete;
  WritesWithoutForeignKeys& operator=(const WritesWithoutForeignKeys&) = delete;

  const absl::Status& status() const { return status_; }

 private:
  Connection* connection_;
  absl::Status status_;
};

absl::StatusOr<int64_t> InsertDocument(Connection* connection,
                                       const Document& document,
                                       const EncodedRows& rows,
                                       int32_t revision, absl::Time now) {
  absl::StatusOr<Statement> stmt = connection->Prepare(
      "INSERT INTO documents (document_id, external_id, content_sha256, "
      "revision,"
      " publish_time, ingest_time, section, headline, text, record)"
      " VALUES (:document_id, :external_id, :sha256, :revision, :publish_time,"
      " :ingest_time, :section, :headline, :text, :record)");
  if (!stmt.ok()) return stmt.status();
  const std::string record =
      StampedMetadata(rows, document.document_id(), revision, now);
  // Every bound string outlives the statement's use below.
  stmt->BindView(":document_id", document.document_id())
      .BindView(":external_id", document.external_id())
      .BindView(":sha256", document.content_sha256())
      .Bind(":revision", static_cast<int64_t>(revision))
      .Bind(":ingest_time", ToMicros(now))
      .BindView(":section", document.section())
      .BindView(":headline", document.headline())
      .BindView(":text", document.text())
      .BindBlobView(":record", record);
  if (document.has_publish_time()) {
    stmt->Bind(":publish_time", ToMicros(document.publish_time()));
  } else {
    stmt->BindNull(":publish_time");
  }
  absl::Status status = stmt->Run();
  if (!status.ok()) return status;
  return connection->LastInsertRowid();
}

// What ReadDocument(id, /*full=*/true) returns for `document` right after it
// was written at `revision`, built without reading it back: name, revision
// and ingest time set, claims and figures with name and document, sources as
// their per-document records.
Document AsRead(Document document, int32_t revision, absl::Time now) {
  document.set_name(DocumentName(document.document_id()));
  document.set_revision(revision);
  *document.mutable_ingest_time() = FromMicros(ToMicros(now));
  const std::string& id = document.document_id();
  for (factwire::v1::Claim& claim : *document.mutable_claims()) {
    claim.set_name(ClaimName(id, claim.claim_id()));
    claim.set_document(document.name());
  }
  for (factwire::v1::Figure& figure : *document.mutable_figures()) {
    figure.set_name(FigureName(id, figure.figure_id()));
    figure.set_document(document.name());
  }
  for (factwire::v1::Source& source : *document.mutable_sources()) {
    ClearQueryFields(&source);
  }
  return document;
}

// Deletes a stored revision inside a batch: the index entries and tallies its
// delete triggers remove must exist, so rows still pending are indexed first;
// after the delete, new rows may reuse ids up to the new largest ones.
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

// What an item's attempt did inside the transaction; its PutResult is built
// after the commit (the item's document moves into it).
struct Outcome {
  // Answered from the store (the same content, or a retried request id):
  // nothing of the item was written.
  std::optional<PutResult> answered;
  // Otherwise the revision the item was written at.
  int32_t revision = 0;
};

// True if `document` is another extractor version's analysis of the content
// `stored` holds, under the same document_id: after an upgrade, sending an
// article again refreshes its records (a new revision) instead of being
// answered with what the old extractor found. A copy under another
// document_id is still answered by `stored`.
bool IsReanalysis(const Document& stored, const Document& document) {
  return stored.document_id() == document.document_id() &&
         stored.extractor_version() != document.extractor_version();
}

// Inside the write transaction: replaces or inserts and logs. The new rows
// are left for IndexPending().
absl::StatusOr<Outcome> StoreInTransaction(Connection* connection,
                                           const Document& document,
                                           const EncodedRows& rows,
                                           absl::Time now,
                                           FtsIndexed* indexed) {
  absl::StatusOr<std::optional<std::string>> existing =
      FindByContent(connection, document.content_sha256());
  if (!existing.ok()) return existing.status();
  if (existing->has_value()) {
    absl::StatusOr<Document> stored =
        ReadDocument(connection, **existing, true);
    if (!stored.ok()) return stored.status();
    if (!IsReanalysis(*stored, document)) {
      return Outcome{PutResult{*std::move(stored), false}, 0};
    }
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
  absl::StatusOr<int64_t> row =
      InsertDocument(connection, document, rows, revision, now);
  if (!row.ok()) return row.status();
  absl::Status status = InsertRecords(connection, *row, document, rows);
  if (!status.ok()) return status;
  status =
      LogChange(connection, document.document_id(),
                revision == 1 ? ChangeKind::kStored : ChangeKind::kReplaced,
                revision, now);
  if (!status.ok()) return status;
  return Outcome{std::nullopt, revision};
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
absl::StatusOr<Outcome> PutInTransaction(Connection* connection,
                                         const PutItem& item, absl::Time now,
                                         FtsIndexed* indexed) {
  if (item.key.has_value() && item.key->request_id.empty()) {
    return absl::InvalidArgumentError("request_id is empty");
  }
  if (!item.rows->valid.ok()) return item.rows->valid;
  if (!item.key.has_value()) {
    return StoreInTransaction(connection, item.document, *item.rows, now,
                              indexed);
  }
  absl::StatusOr<std::optional<PutResult>> retry =
      AnswerRetry(connection, *item.key);
  if (!retry.ok()) return retry.status();
  if (retry->has_value()) return Outcome{**std::move(retry), 0};
  absl::StatusOr<Outcome> outcome =
      StoreInTransaction(connection, item.document, *item.rows, now, indexed);
  if (!outcome.ok()) return outcome.status();
  const bool created = !outcome->answered.has_value();
  const std::string& document_id =
      created ? item.document.document_id()
              : outcome->answered->document.document_id();
  absl::Status status =
      RememberRequest(connection, *item.key, document_id, created, now);
  if (!status.ok()) return status;
  return outcome;
}

// One attempt at a batch: every item not already failed in `results`, in
// one transaction. Returns the index of an item that failed after writing
// part of itself (the transaction is then rolled back, to be tried again
// without it), or nullopt when the attempt ended: committed (the items'
// documents are moved into their results), or failed as a whole (every
// pending item gets the error).
using BatchResults = std::vector<std::optional<absl::StatusOr<PutResult>>>;

std::optional<size_t> TryBatch(Connection* connection,
                               std::vector<PutItem>* items, absl::Time now,
                               BatchResults* results) {
  std::vector<absl::StatusOr<Outcome>> attempt(items->size(),
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
  for (size_t i = 0; i < items->size(); ++i) {
    if ((*results)[i].has_value()) continue;  // Failed in an earlier attempt.
    int64_t changes_before = connection->TotalChanges();
    attempt[i] = PutInTransaction(connection, (*items)[i], now, &*indexed);
    if (attempt[i].ok()) continue;
    if (connection->TotalChanges() != changes_before) {
      (*results)[i] = attempt[i].status();
      return i;  // The destructor rolls the transaction back.
    }
  }
  absl::Status status = IndexPending(connection, &*indexed);
  if (status.ok()) status = transaction->Commit();
  if (!status.ok()) return fail_all(status);
  for (size_t i = 0; i < items->size(); ++i) {
    if ((*results)[i].has_value()) continue;
    if (!attempt[i].ok()) {
      (*results)[i] = attempt[i].status();
    } else if (attempt[i]->answered.has_value()) {
      (*results)[i] = *std::move(attempt[i]->answered);
    } else {
      (*results)[i] = PutResult{
          AsRead(std::move((*items)[i].document), attempt[i]->revision, now),
          true};
    }
  }
  return std::nullopt;
}

}  // namespace

std::vector<absl::StatusOr<PutResult>> WriteDocuments(
    Connection* connection, std::vector<PutItem> items, absl::Time now) {
  for (PutItem& item : items) {
    if (item.rows == nullptr) item.rows = EncodeRows(&item.document);
  }
  // No savepoint per item (SQLite would copy every page an item touches
  // into the statement journal): an item that fails before writing (every
  // check Put() makes) simply fails; one that fails after writing part of
  // itself costs a rollback and a new attempt without it.
  BatchResults results(items.size());
  WritesWithoutForeignKeys unchecked(connection);
  if (!unchecked.status().ok()) {
    for (auto& result : results) result = unchecked.status();
  }
  while (unchecked.status().ok() &&
         TryBatch(connection, &items, now, &results).has_value()) {
  }
  std::vector<absl::StatusOr<PutResult>> out;
  out.reserve(items.size());
  for (auto& result : results) out.push_back(*std::move(result));
  return out;
}

absl::Status EraseDocument(Connection* connection,
                           absl::string_view document_id, absl::Time now) {
  WritesWithoutForeignKeys unchecked(connection);
  if (!unchecked.status().ok()) return unchecked.status();
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
