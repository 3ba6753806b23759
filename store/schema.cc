#include "store/schema.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "factwire/v1/records.pb.h"
#include "store/records.h"

namespace factwire {
namespace store_internal {
namespace {

// Version 1: documents, their claims, figures and sources, FTS5 indexes kept in
// sync by triggers, and the change log. Children reference documents(id) with
// ON DELETE CASCADE, so deleting a document row removes its records and their
// index entries. Times are Unix microseconds; enums are their proto numbers;
// `record` columns hold the serialized proto the columns were taken from.
constexpr char kMigration1[] = R"sql(
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  document_id TEXT NOT NULL UNIQUE,
  external_id TEXT NOT NULL,
  content_sha256 TEXT NOT NULL,
  revision INTEGER NOT NULL,
  publish_time INTEGER,
  ingest_time INTEGER NOT NULL,
  section TEXT NOT NULL,
  headline TEXT NOT NULL,
  text TEXT NOT NULL,
  -- The Document without text, claims, figures and sources.
  record BLOB NOT NULL
);
CREATE INDEX documents_by_content ON documents(content_sha256);
CREATE INDEX documents_by_external_id ON documents(external_id);
CREATE INDEX documents_by_publish_time ON documents(publish_time);

CREATE TABLE sources (
  source_id TEXT PRIMARY KEY,
  type INTEGER NOT NULL,
  name TEXT NOT NULL
);

-- Each document's Source records as extracted.
CREATE TABLE document_sources (
  id INTEGER PRIMARY KEY,
  document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  source_id TEXT NOT NULL REFERENCES sources(source_id),
  title TEXT NOT NULL,
  affiliation TEXT NOT NULL,
  record BLOB NOT NULL,
  UNIQUE (document, source_id)
);
CREATE INDEX document_sources_by_source ON document_sources(source_id);

CREATE TABLE source_aliases (
  id INTEGER PRIMARY KEY,
  document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  source_id TEXT NOT NULL,
  alias TEXT NOT NULL
);
CREATE INDEX source_aliases_by_source ON source_aliases(source_id);
CREATE INDEX source_aliases_by_document ON source_aliases(document);

CREATE TABLE claims (
  id INTEGER PRIMARY KEY,
  document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  claim_id TEXT NOT NULL,
  kind INTEGER NOT NULL,
  source_id TEXT NOT NULL,
  text TEXT NOT NULL,
  speaker TEXT NOT NULL,
  -- The text of the claim's sentence_span.
  sentence TEXT NOT NULL,
  checkworthiness REAL NOT NULL,
  record BLOB NOT NULL,
  UNIQUE (document, claim_id)
);
CREATE INDEX claims_by_source ON claims(source_id);
CREATE INDEX claims_by_kind ON claims(kind);

CREATE TABLE figures (
  id INTEGER PRIMARY KEY,
  document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  figure_id TEXT NOT NULL,
  subject TEXT NOT NULL,
  dimension INTEGER NOT NULL,
  unit TEXT NOT NULL,
  value REAL NOT NULL,
  record BLOB NOT NULL,
  UNIQUE (document, figure_id)
);
CREATE INDEX figures_by_dimension ON figures(dimension);

CREATE VIRTUAL TABLE claims_fts USING fts5(
  text, speaker, sentence, content='claims', content_rowid='id',
  tokenize='porter unicode61 remove_diacritics 2');
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
  INSERT INTO claims_fts(rowid, text, speaker, sentence)
  VALUES (new.id, new.text, new.speaker, new.sentence);
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, text, speaker, sentence)
  VALUES ('delete', old.id, old.text, old.speaker, old.sentence);
END;
CREATE TRIGGER claims_fts_update AFTER UPDATE ON claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, text, speaker, sentence)
  VALUES ('delete', old.id, old.text, old.speaker, old.sentence);
  INSERT INTO claims_fts(rowid, text, speaker, sentence)
  VALUES (new.id, new.text, new.speaker, new.sentence);
END;

CREATE VIRTUAL TABLE figures_fts USING fts5(
  subject, content='figures', content_rowid='id',
  tokenize='porter unicode61 remove_diacritics 2');
CREATE TRIGGER figures_fts_insert AFTER INSERT ON figures BEGIN
  INSERT INTO figures_fts(rowid, subject) VALUES (new.id, new.subject);
END;
CREATE TRIGGER figures_fts_delete AFTER DELETE ON figures BEGIN
  INSERT INTO figures_fts(figures_fts, rowid, subject)
  VALUES ('delete', old.id, old.subject);
END;
CREATE TRIGGER figures_fts_update AFTER UPDATE ON figures BEGIN
  INSERT INTO figures_fts(figures_fts, rowid, subject)
  VALUES ('delete', old.id, old.subject);
  INSERT INTO figures_fts(rowid, subject) VALUES (new.id, new.subject);
END;

CREATE VIRTUAL TABLE documents_fts USING fts5(
  headline, text, content='documents', content_rowid='id',
  tokenize='porter unicode61 remove_diacritics 2');
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, headline, text)
  VALUES (new.id, new.headline, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, headline, text)
  VALUES ('delete', old.id, old.headline, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, headline, text)
  VALUES ('delete', old.id, old.headline, old.text);
  INSERT INTO documents_fts(rowid, headline, text)
  VALUES (new.id, new.headline, new.text);
END;

-- The change log: one row per stored, replaced or deleted document, in commit
-- order. AUTOINCREMENT keeps sequences monotonic even after rows are deleted.
CREATE TABLE changes (
  sequence INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id TEXT NOT NULL,
  kind INTEGER NOT NULL,
  revision INTEGER NOT NULL,
  change_time INTEGER NOT NULL
);
)sql";

// Version 2: figure columns for filters (normalized value, qualifier, place),
// filled from the stored records by BackfillFigures().
constexpr char kMigration2[] = R"sql(
ALTER TABLE figures ADD COLUMN normalized_value REAL NOT NULL DEFAULT 0;
ALTER TABLE figures ADD COLUMN qualifier INTEGER NOT NULL DEFAULT 0;
ALTER TABLE figures ADD COLUMN place TEXT NOT NULL DEFAULT '';
CREATE INDEX figures_by_place ON figures(place COLLATE NOCASE);
)sql";

// Fills migration 2's columns of every stored figure from its record.
absl::Status BackfillFigures(Connection* connection) {
  struct Row {
    int64_t id;
    factwire::v1::Figure figure;
  };
  std::vector<Row> rows;
  {
    absl::StatusOr<Statement> select =
        connection->Prepare("SELECT id, record FROM figures");
    if (!select.ok()) return select.status();
    while (true) {
      absl::StatusOr<bool> row = select->Step();
      if (!row.ok()) return row.status();
      if (!*row) break;
      rows.push_back(Row{select->Int(0), {}});
      absl::Status status = ParseRecord(select->Blob(1), &rows.back().figure);
      if (!status.ok()) return status;
    }
  }
  for (const Row& row : rows) {
    absl::StatusOr<Statement> update = connection->Prepare(
        "UPDATE figures SET normalized_value = :normalized_value,"
        " qualifier = :qualifier, place = :place WHERE id = :id");
    if (!update.ok()) return update.status();
    update->Bind(":normalized_value", row.figure.normalized_value())
        .Bind(":qualifier", static_cast<int64_t>(row.figure.qualifier()))
        .Bind(":place", row.figure.place())
        .Bind(":id", row.id);
    absl::Status status = update->Run();
    if (!status.ok()) return status;
  }
  return absl::OkStatus();
}

// Version 3: the claim stating each figure, for filters on a figure's source;
// filled from the stored records by BackfillFigureClaims().
constexpr char kMigration3[] = R"sql(
ALTER TABLE figures ADD COLUMN claim_id TEXT NOT NULL DEFAULT '';
)sql";

// Fills migration 3's column of every stored figure from its record.
absl::Status BackfillFigureClaims(Connection* connection) {
  std::vector<std::pair<int64_t, std::string>> rows;
  {
    absl::StatusOr<Statement> select =
        connection->Prepare("SELECT id, record FROM figures");
    if (!select.ok()) return select.status();
    while (true) {
      absl::StatusOr<bool> row = select->Step();
      if (!row.ok()) return row.status();
      if (!*row) break;
      factwire::v1::Figure figure;
      absl::Status status = ParseRecord(select->Blob(1), &figure);
      if (!status.ok()) return status;
      if (!figure.claim_id().empty()) {
        rows.emplace_back(select->Int(0), figure.claim_id());
      }
    }
  }
  for (const auto& [id, claim_id] : rows) {
    absl::StatusOr<Statement> update = connection->Prepare(
        "UPDATE figures SET claim_id = :claim_id WHERE id = :id");
    if (!update.ok()) return update.status();
    update->Bind(":claim_id", claim_id).Bind(":id", id);
    absl::Status status = update->Run();
    if (!status.ok()) return status;
  }
  return absl::OkStatus();
}

// Version 4: the request ids Put() has seen (idempotent retries, AIP-155):
// each remembers a fingerprint of its request and what it stored.
constexpr char kMigration4[] = R"sql(
CREATE TABLE IF NOT EXISTS ingest_requests (
  request_id TEXT PRIMARY KEY,
  fingerprint TEXT NOT NULL,
  document_id TEXT NOT NULL,
  created INTEGER NOT NULL,
  request_time INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS ingest_requests_by_time ON ingest_requests(request_time);
)sql";

// Version 5: indexes for the order_by keys of claims and figures, so a sorted
// first page reads the index instead of sorting every row.
constexpr char kMigration5[] = R"sql(
CREATE INDEX claims_by_checkworthiness ON claims(checkworthiness);
CREATE INDEX figures_by_value ON figures(value);
)sql";

// Version 6: per-source claim and document counts, kept by triggers in the
// writing transaction so GetSource and ListSources read them instead of
// counting every citing record. A source's row goes when both counts reach
// zero. The counts are rebuilt from the records, so applying this to a store
// that already has the table (or stale counts) leaves them right.
constexpr char kMigration6[] = R"sql(
CREATE TABLE IF NOT EXISTS source_counts (
  source_id TEXT PRIMARY KEY,
  claim_count INTEGER NOT NULL,
  document_count INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS source_counts_claim_insert
AFTER INSERT ON claims BEGIN
  INSERT INTO source_counts (source_id, claim_count, document_count)
  VALUES (new.source_id, 1, 0)
  ON CONFLICT (source_id) DO UPDATE SET claim_count = claim_count + 1;
END;
CREATE TRIGGER IF NOT EXISTS source_counts_claim_delete
AFTER DELETE ON claims BEGIN
  UPDATE source_counts SET claim_count = claim_count - 1
  WHERE source_id = old.source_id;
  DELETE FROM source_counts WHERE source_id = old.source_id
  AND claim_count = 0 AND document_count = 0;
END;
CREATE TRIGGER IF NOT EXISTS source_counts_claim_update
AFTER UPDATE OF source_id ON claims BEGIN
  UPDATE source_counts SET claim_count = claim_count - 1
  WHERE source_id = old.source_id;
  DELETE FROM source_counts WHERE source_id = old.source_id
  AND claim_count = 0 AND document_count = 0;
  INSERT INTO source_counts (source_id, claim_count, document_count)
  VALUES (new.source_id, 1, 0)
  ON CONFLICT (source_id) DO UPDATE SET claim_count = claim_count + 1;
END;
CREATE TRIGGER IF NOT EXISTS source_counts_document_insert
AFTER INSERT ON document_sources BEGIN
  INSERT INTO source_counts (source_id, claim_count, document_count)
  VALUES (new.source_id, 0, 1)
  ON CONFLICT (source_id) DO UPDATE SET document_count = document_count + 1;
END;
CREATE TRIGGER IF NOT EXISTS source_counts_document_delete
AFTER DELETE ON document_sources BEGIN
  UPDATE source_counts SET document_count = document_count - 1
  WHERE source_id = old.source_id;
  DELETE FROM source_counts WHERE source_id = old.source_id
  AND claim_count = 0 AND document_count = 0;
END;
CREATE TRIGGER IF NOT EXISTS source_counts_document_update
AFTER UPDATE OF source_id ON document_sources BEGIN
  UPDATE source_counts SET document_count = document_count - 1
  WHERE source_id = old.source_id;
  DELETE FROM source_counts WHERE source_id = old.source_id
  AND claim_count = 0 AND document_count = 0;
  INSERT INTO source_counts (source_id, claim_count, document_count)
  VALUES (new.source_id, 0, 1)
  ON CONFLICT (source_id) DO UPDATE SET document_count = document_count + 1;
END;
DELETE FROM source_counts;
INSERT INTO source_counts (source_id, claim_count, document_count)
SELECT source_id, SUM(claims), SUM(documents) FROM (
  SELECT source_id, 1 AS claims, 0 AS documents FROM claims
  UNION ALL
  SELECT source_id, 0, 1 FROM document_sources)
GROUP BY source_id;
)sql";

// Version 7: each source's distinct aliases (kind 0), titles (1) and
// affiliations (2) with how many rows carry them and the first and last such
// row, kept by triggers like source_counts, so reading a source's identity
// does not group every citing row. Empty titles and affiliations are left
// out. Rebuilt from the records like migration 6.
constexpr char kMigration7[] = R"sql(
CREATE TABLE IF NOT EXISTS source_strings (
  source_id TEXT NOT NULL,
  kind INTEGER NOT NULL,
  value TEXT NOT NULL,
  uses INTEGER NOT NULL,
  first_row INTEGER NOT NULL,
  last_row INTEGER NOT NULL,
  PRIMARY KEY (source_id, kind, value)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS source_strings_source_aliases_alias_insert
AFTER INSERT ON source_aliases BEGIN
  INSERT INTO source_strings
  VALUES (new.source_id, 0, new.alias, 1, new.id, new.id)
  ON CONFLICT (source_id, kind, value) DO UPDATE SET uses = uses + 1,
  first_row = MIN(first_row, excluded.first_row),
  last_row = MAX(last_row, excluded.last_row);
END;
CREATE TRIGGER IF NOT EXISTS source_strings_source_aliases_alias_delete
AFTER DELETE ON source_aliases BEGIN
  DELETE FROM source_strings
  WHERE source_id = old.source_id AND kind = 0 AND value = old.alias
  AND uses = 1;
  UPDATE source_strings SET uses = uses - 1,
  first_row = CASE WHEN first_row <> old.id THEN first_row ELSE
    (SELECT MIN(id) FROM source_aliases
     WHERE source_id = old.source_id AND alias = old.alias) END,
  last_row = CASE WHEN last_row <> old.id THEN last_row ELSE
    (SELECT MAX(id) FROM source_aliases
     WHERE source_id = old.source_id AND alias = old.alias) END
  WHERE source_id = old.source_id AND kind = 0 AND value = old.alias;
END;
CREATE TRIGGER IF NOT EXISTS source_strings_document_sources_title_insert
AFTER INSERT ON document_sources
WHEN new.title <> '' BEGIN
  INSERT INTO source_strings
  VALUES (new.source_id, 1, new.title, 1, new.id, new.id)
  ON CONFLICT (source_id, kind, value) DO UPDATE SET uses = uses + 1,
  first_row = MIN(first_row, excluded.first_row),
  last_row = MAX(last_row, excluded.last_row);
END;
CREATE TRIGGER IF NOT EXISTS source_strings_document_sources_title_delete
AFTER DELETE ON document_sources
WHEN old.title <> '' BEGIN
  DELETE FROM source_strings
  WHERE source_id = old.source_id AND kind = 1 AND value = old.title
  AND uses = 1;
  UPDATE source_strings SET uses = uses - 1,
  first_row = CASE WHEN first_row <> old.id THEN first_row ELSE
    (SELECT MIN(id) FROM document_sources
     WHERE source_id = old.source_id AND title = old.title) END,
  last_row = CASE WHEN last_row <> old.id THEN last_row ELSE
    (SELECT MAX(id) FROM document_sources
     WHERE source_id = old.source_id AND title = old.title) END
  WHERE source_id = old.source_id AND kind = 1 AND value = old.title;
END;
CREATE TRIGGER IF NOT EXISTS source_strings_document_sources_affiliation_insert
AFTER INSERT ON document_sources
WHEN new.affiliation <> '' BEGIN
  INSERT INTO source_strings
  VALUES (new.source_id, 2, new.affiliation, 1, new.id, new.id)
  ON CONFLICT (source_id, kind, value) DO UPDATE SET uses = uses + 1,
  first_row = MIN(first_row, excluded.first_row),
  last_row = MAX(last_row, excluded.last_row);
END;
CREATE TRIGGER IF NOT EXISTS source_strings_document_sources_affiliation_delete
AFTER DELETE ON document_sources
WHEN old.affiliation <> '' BEGIN
  DELETE FROM source_strings
  WHERE source_id = old.source_id AND kind = 2 AND value = old.affiliation
  AND uses = 1;
  UPDATE source_strings SET uses = uses - 1,
  first_row = CASE WHEN first_row <> old.id THEN first_row ELSE
    (SELECT MIN(id) FROM document_sources
     WHERE source_id = old.source_id AND affiliation = old.affiliation) END,
  last_row = CASE WHEN last_row <> old.id THEN last_row ELSE
    (SELECT MAX(id) FROM document_sources
     WHERE source_id = old.source_id AND affiliation = old.affiliation) END
  WHERE source_id = old.source_id AND kind = 2 AND value = old.affiliation;
END;
DELETE FROM source_strings;
INSERT INTO source_strings
SELECT source_id, 0, alias, COUNT(*), MIN(id), MAX(id) FROM source_aliases
GROUP BY source_id, alias;
INSERT INTO source_strings
SELECT source_id, 1, title, COUNT(*), MIN(id), MAX(id) FROM document_sources WHERE title <> ''
GROUP BY source_id, title;
INSERT INTO source_strings
SELECT source_id, 2, affiliation, COUNT(*), MIN(id), MAX(id) FROM document_sources WHERE affiliation <> ''
GROUP BY source_id, affiliation;
)sql";

// Version 8: the writer fills the full-text indexes itself, once per write
// transaction for every row the transaction added (store/fts_index.h),
// instead of a trigger per inserted row. (An FTS5 table flushes its pending
// terms into a new segment at every statement savepoint, so per-row triggers
// wrote a segment per claim and merged them constantly.) The delete and
// update triggers stay.
constexpr char kMigration8[] = R"sql(
DROP TRIGGER IF EXISTS claims_fts_insert;
DROP TRIGGER IF EXISTS figures_fts_insert;
DROP TRIGGER IF EXISTS documents_fts_insert;
)sql";

// Version 9: the writer adds to the source tallies of migrations 6 and 7
// itself, once per write transaction for every row the transaction added
// (store/fts_index.h), instead of insert triggers: a statement that fires a
// trigger copies every page it touches into a statement journal, and the
// claims, document_sources and source_aliases inserts (most of a document's
// statements) did. The delete and update triggers stay.
constexpr char kMigration9[] = R"sql(
DROP TRIGGER IF EXISTS source_counts_claim_insert;
DROP TRIGGER IF EXISTS source_counts_document_insert;
DROP TRIGGER IF EXISTS source_strings_source_aliases_alias_insert;
DROP TRIGGER IF EXISTS source_strings_document_sources_title_insert;
DROP TRIGGER IF EXISTS source_strings_document_sources_affiliation_insert;
)sql";

// Version 10: ListSources' default order (most claims, then most documents,
// then id) read from an index instead of sorting every source per page.
constexpr char kMigration10[] = R"sql(
CREATE INDEX IF NOT EXISTS source_counts_by_rank
ON source_counts(claim_count DESC, document_count DESC, source_id);
)sql";

// Version 11: the claim and figure full-text indexes merged into one segment
// each. A search seeks its words in every segment of the index; the writer
// adds a segment per write transaction and FTS5 merges them only in groups
// (21 segments for claims_fts in an archive of 100k documents stored in
// batches), so an archive upgraded in place answers searches from one. The
// writer's later transactions add segments again.
constexpr char kMigration11[] = R"sql(
INSERT INTO claims_fts(claims_fts) VALUES ('optimize');
INSERT INTO figures_fts(figures_fts) VALUES ('optimize');
)sql";

// Version 12: the writer leaves out of each claim's, figure's and
// per-document source's `record` the fields its row keeps in columns
// (records.h: claim id, kind, text, speaker, source id and checkworthiness of
// a claim; id, subject, dimension, unit, normalized value, qualifier, place
// and claim id of a figure; id, title and affiliation of a source), and
// readers set them from the columns. Rows stored before keep whole records,
// whose fields equal the columns, so nothing is rewritten; the version only
// keeps binaries that read records whole away from the new rows.
constexpr char kMigration12[] = "-- records without their column fields";

// Version 13: writes merge full-text segments less (FTS5 'automerge' 8
// instead of 4: a level is merged once it holds eight segments, so each
// posting is rewritten about half as often as an archive grows), and the
// ingest service merges the rest while it is idle (Store::MergeIndexes(),
// levels of four or more), so searches seek their words in a few segments
// per level. Only the indexes' settings change: files read the same.
constexpr char kMigration13[] = R"sql(
INSERT INTO claims_fts(claims_fts, rank) VALUES ('automerge', 8);
INSERT INTO figures_fts(figures_fts, rank) VALUES ('automerge', 8);
INSERT INTO documents_fts(documents_fts, rank) VALUES ('automerge', 8);
)sql";

// One schema step: SQL, then optionally code that fills new columns from the
// stored records. `readers_need` is false for a step whose files this
// binary's readers read the same before and after it (a read-only store may
// open a file that lacks only such steps).
struct Migration {
  const char* sql;
  absl::Status (*backfill)(Connection* connection);
  bool readers_need = true;
};

// Append new migrations; never edit a released one.
constexpr Migration kMigrations[] = {
    {kMigration1, nullptr},
    {kMigration2, BackfillFigures},
    {kMigration3, BackfillFigureClaims},
    {kMigration4, nullptr},
    {kMigration5, nullptr},
    {kMigration6, nullptr},
    {kMigration7, nullptr},
    {kMigration8, nullptr},
    {kMigration9, nullptr},
    {kMigration10, nullptr},
    {kMigration11, nullptr},
    {kMigration12, nullptr, false},
    {kMigration13, nullptr, false},
};

absl::StatusOr<int> UserVersion(Connection* connection) {
  absl::StatusOr<Statement> stmt = connection->Prepare("PRAGMA user_version");
  if (!stmt.ok()) return stmt.status();
  absl::StatusOr<bool> row = stmt->Step();
  if (!row.ok()) return row.status();
  if (!*row) return absl::InternalError("PRAGMA user_version returned no row");
  return static_cast<int>(stmt->Int(0));
}

absl::Status CheckNotNewer(int version) {
  if (version <= SchemaVersion()) return absl::OkStatus();
  return absl::FailedPreconditionError(absl::StrCat(
      "store schema version ", version, " is newer than this binary's ",
      SchemaVersion(), "; upgrade factwire"));
}

absl::Status ApplyMissing(Connection* connection, int version) {
  for (int i = version; i < SchemaVersion(); ++i) {
    absl::Status status = connection->Exec(kMigrations[i].sql);
    if (!status.ok()) return status;
    if (kMigrations[i].backfill == nullptr) continue;
    status = kMigrations[i].backfill(connection);
    if (!status.ok()) return status;
  }
  // PRAGMA takes no bound parameters; the value is our own constant.
  std::string set_version =
      absl::StrCat("PRAGMA user_version = ", SchemaVersion());
  return connection->Exec(set_version.c_str());
}

// True if every migration after `version` leaves the files' reads as they
// were (the current version included).
bool ReadableWithout(int version) {
  for (int i = std::max(version, 0); i < SchemaVersion(); ++i) {
    if (kMigrations[i].readers_need) return false;
  }
  return true;
}

}  // namespace

int SchemaVersion() { return static_cast<int>(std::size(kMigrations)); }

absl::Status Migrate(Connection* connection) {
  absl::Status status = connection->Exec("PRAGMA journal_mode = WAL");
  if (!status.ok()) return status;
  status = connection->Exec("PRAGMA synchronous = NORMAL");
  if (!status.ok()) return status;
  absl::StatusOr<Transaction> transaction =
      Transaction::Begin(connection, Transaction::Mode::kWrite);
  if (!transaction.ok()) return transaction.status();
  absl::StatusOr<int> version = UserVersion(connection);
  if (!version.ok()) return version.status();
  status = CheckNotNewer(*version);
  if (!status.ok()) return status;
  if (*version == SchemaVersion()) return transaction->Commit();
  status = ApplyMissing(connection, *version);
  if (!status.ok()) return status;
  return transaction->Commit();
}

absl::Status CheckIntegrity(Connection* connection, bool indexes) {
  {
    absl::StatusOr<Statement> stmt = connection->Prepare("PRAGMA quick_check");
    if (!stmt.ok()) return stmt.status();
    absl::StatusOr<bool> row = stmt->Step();
    if (!row.ok()) return row.status();
    if (*row && stmt->Text(0) != "ok") {
      return absl::DataLossError(
          absl::StrCat("store integrity check: ", stmt->Text(0)));
    }
  }
  if (!indexes) return absl::OkStatus();
  for (const char* table : {"claims_fts", "figures_fts", "documents_fts"}) {
    // Table names are our constants; FTS5 commands name their table.
    // rank = 1 also compares the index with the content table.
    std::string sql = absl::StrCat("INSERT INTO ", table, "(", table,
                                   ", rank) VALUES ('integrity-check', 1)");
    absl::Status status = connection->Exec(sql.c_str());
    if (!status.ok()) {
      return absl::DataLossError(
          absl::StrCat(table, " does not match its table: ", status.message()));
    }
  }
  return absl::OkStatus();
}

absl::Status CheckSchema(Connection* connection) {
  absl::StatusOr<int> version = UserVersion(connection);
  if (!version.ok()) return version.status();
  absl::Status status = CheckNotNewer(*version);
  if (!status.ok()) return status;
  if (ReadableWithout(*version)) return absl::OkStatus();
  return absl::FailedPreconditionError(absl::StrCat(
      "store schema version ", *version, " is older than ", SchemaVersion(),
      " and a read-only store cannot migrate it; open it once with a writer "
      "(factwire-ingest) first"));
}

}  // namespace store_internal
}  // namespace factwire
