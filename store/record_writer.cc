// Inserts a document's sources, claims and figures.

#include "store/record_writer.h"

#include <string>
#include <vector>

#include "store/records.h"

namespace factwire {
namespace store_internal {
namespace {

using factwire::v1::Claim;
using factwire::v1::Document;
using factwire::v1::Figure;
using factwire::v1::Source;

constexpr char kUpsertSource[] =
    "INSERT INTO sources (source_id, type, name) VALUES (:source_id, :type, "
    ":name)"
    " ON CONFLICT (source_id) DO UPDATE SET"
    " type = CASE WHEN excluded.type <> 0 THEN excluded.type ELSE type END,"
    " name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE name END"
    " WHERE (excluded.type <> 0 AND excluded.type <> type)"
    " OR (excluded.name <> '' AND excluded.name <> name)";
constexpr char kInsertDocumentSource[] =
    "INSERT INTO document_sources (document, source_id, title, affiliation, "
    "record)"
    " VALUES (:document, :source_id, :title, :affiliation, :record)";
constexpr char kInsertAlias[] =
    "INSERT INTO source_aliases (document, source_id, alias)"
    " VALUES (:document, :source_id, :alias)";
constexpr char kInsertClaim[] =
    "INSERT INTO claims (document, claim_id, kind, source_id, text, speaker,"
    " sentence, checkworthiness, record) VALUES (:document, :claim_id, :kind,"
    " :source_id, :text, :speaker, :sentence, :checkworthiness, :record)";
constexpr char kInsertFigure[] =
    "INSERT INTO figures (document, figure_id, subject, dimension, unit,"
    " value, normalized_value, qualifier, place, claim_id, record)"
    " VALUES (:document, :figure_id, :subject, :dimension, :unit, :value,"
    " :normalized_value, :qualifier, :place, :claim_id, :record)";

// Runs `stmt` once with what it was bound to, then resets it for the next
// row. Every bound string outlives the run: it is the document's or its
// encoded rows'.
absl::Status RunRow(Statement* stmt) {
  absl::Status status = stmt->Run();
  stmt->Reset();
  return status;
}

// Creates or refreshes the shared source row. A row the refresh would leave
// as it is (a source cited again with its known type and name) is not
// rewritten.
absl::Status UpsertSource(Statement* stmt, const Source& source) {
  stmt->BindView(":source_id", source.source_id())
      .Bind(":type", static_cast<int64_t>(source.type()))
      .BindView(":name", source.name());
  return RunRow(stmt);
}

absl::Status InsertSource(Statement* stmt, int64_t document_row,
                          const Source& source, const std::string& record) {
  stmt->Bind(":document", document_row)
      .BindView(":source_id", source.source_id())
      .BindView(":title", source.title())
      .BindView(":affiliation", source.affiliation())
      .BindBlobView(":record", record);
  return RunRow(stmt);
}

absl::Status InsertAliases(Statement* stmt, int64_t document_row,
                           const Source& source) {
  for (const std::string& alias : source.aliases()) {
    stmt->Bind(":document", document_row)
        .BindView(":source_id", source.source_id())
        .BindView(":alias", alias);
    absl::Status status = RunRow(stmt);
    if (!status.ok()) return status;
  }
  return absl::OkStatus();
}

void BindClaim(Statement* stmt, int64_t document_row, absl::string_view text,
               const Claim& claim, const std::string& record) {
  stmt->Bind(":document", document_row)
      .BindView(":claim_id", claim.claim_id())
      .Bind(":kind", static_cast<int64_t>(claim.kind()))
      .BindView(":source_id", claim.source_id())
      .BindView(":text", claim.text())
      .BindView(":speaker", claim.speaker())
      .BindView(":sentence", SpanText(text, claim.sentence_span()))
      .Bind(":checkworthiness", static_cast<double>(claim.checkworthiness()))
      .BindBlobView(":record", record);
}

void BindFigure(Statement* stmt, int64_t document_row, const Figure& figure,
                const std::string& record) {
  stmt->Bind(":document", document_row)
      .BindView(":figure_id", figure.figure_id())
      .BindView(":subject", figure.subject())
      .Bind(":dimension", static_cast<int64_t>(figure.dimension()))
      .BindView(":unit", figure.unit())
      .Bind(":value", figure.value())
      .Bind(":normalized_value", figure.normalized_value())
      .Bind(":qualifier", static_cast<int64_t>(figure.qualifier()))
      .BindView(":place", figure.place())
      .BindView(":claim_id", figure.claim_id())
      .BindBlobView(":record", record);
}

absl::Status InsertSources(Connection* connection, int64_t document_row,
                           const Document& document, const EncodedRows& rows) {
  if (document.sources_size() == 0) return absl::OkStatus();
  // Each statement is prepared once per document and run per row (a
  // Prepare() hashes its SQL to find the cached statement).
  absl::StatusOr<Statement> upsert = connection->Prepare(kUpsertSource);
  if (!upsert.ok()) return upsert.status();
  absl::StatusOr<Statement> insert = connection->Prepare(kInsertDocumentSource);
  if (!insert.ok()) return insert.status();
  absl::StatusOr<Statement> aliases = connection->Prepare(kInsertAlias);
  if (!aliases.ok()) return aliases.status();
  for (int i = 0; i < document.sources_size(); ++i) {
    const Source& source = document.sources(i);
    absl::Status status = UpsertSource(&*upsert, source);
    if (status.ok()) {
      status = InsertSource(&*insert, document_row, source, rows.sources[i]);
    }
    if (status.ok()) status = InsertAliases(&*aliases, document_row, source);
    if (!status.ok()) return status;
  }
  return absl::OkStatus();
}

// Prepares `sql` once and runs it for each of `records` with its blob of
// `blobs` (same order), binding with `bind_row(stmt, record, blob)`.
template <typename Record, typename BindRow>
absl::Status InsertEach(
    Connection* connection, const char* sql,
    const google::protobuf::RepeatedPtrField<Record>& records,
    const std::vector<std::string>& blobs, BindRow bind_row) {
  if (records.empty()) return absl::OkStatus();
  absl::StatusOr<Statement> stmt = connection->Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  for (int i = 0; i < records.size(); ++i) {
    bind_row(&*stmt, records.Get(i), blobs[i]);
    absl::Status status = RunRow(&*stmt);
    if (!status.ok()) return status;
  }
  return absl::OkStatus();
}

}  // namespace

Source DocumentSourceRecord(const Source& source) {
  Source record = source;
  ClearQueryFields(&record);
  return record;
}

bool HasQueryFields(const Source& source) {
  return source.claim_count() != 0 || source.document_count() != 0 ||
         source.titles_size() != 0 || source.affiliations_size() != 0;
}

void ClearQueryFields(Source* source) {
  source->clear_claim_count();
  source->clear_document_count();
  source->clear_titles();
  source->clear_affiliations();
}

absl::Status InsertRecords(Connection* connection, int64_t document_row,
                           const Document& document, const EncodedRows& rows) {
  absl::Status status = InsertSources(connection, document_row, document, rows);
  if (!status.ok()) return status;
  status = InsertEach(connection, kInsertClaim, document.claims(), rows.claims,
                      [&](Statement* stmt, const Claim& claim,
                          const std::string& record) {
                        BindClaim(stmt, document_row, document.text(), claim,
                                  record);
                      });
  if (!status.ok()) return status;
  return InsertEach(connection, kInsertFigure, document.figures(), rows.figures,
                    [&](Statement* stmt, const Figure& figure,
                        const std::string& record) {
                      BindFigure(stmt, document_row, figure, record);
                    });
}

}  // namespace store_internal
}  // namespace factwire
