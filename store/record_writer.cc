// Inserts a document's sources, claims and figures.

#include "store/record_writer.h"

#include <string>

#include "store/records.h"

namespace factwire {
namespace store_internal {
namespace {

using factwire::v1::Claim;
using factwire::v1::Document;
using factwire::v1::Figure;
using factwire::v1::Source;

// Creates or refreshes the shared source row. A row the refresh would leave
// as it is (a source cited again with its known type and name) is not
// rewritten.
absl::Status UpsertSource(Connection* connection, const Source& source) {
  absl::StatusOr<Statement> stmt = connection->Prepare(
      "INSERT INTO sources (source_id, type, name) VALUES (:source_id, :type, "
      ":name)"
      " ON CONFLICT (source_id) DO UPDATE SET"
      " type = CASE WHEN excluded.type <> 0 THEN excluded.type ELSE type END,"
      " name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE name END"
      " WHERE (excluded.type <> 0 AND excluded.type <> type)"
      " OR (excluded.name <> '' AND excluded.name <> name)");
  if (!stmt.ok()) return stmt.status();
  stmt->BindView(":source_id", source.source_id())
      .Bind(":type", static_cast<int64_t>(source.type()))
      .BindView(":name", source.name());
  return stmt->Run();
}

absl::Status InsertSource(Connection* connection, int64_t document_row,
                          const Source& source, const std::string& record) {
  absl::Status status = UpsertSource(connection, source);
  if (!status.ok()) return status;
  absl::StatusOr<Statement> stmt = connection->Prepare(
      "INSERT INTO document_sources (document, source_id, title, affiliation, "
      "record)"
      " VALUES (:document, :source_id, :title, :affiliation, :record)");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(":document", document_row)
      .BindView(":source_id", source.source_id())
      .BindView(":title", source.title())
      .BindView(":affiliation", source.affiliation())
      .BindBlobView(":record", record);
  status = stmt->Run();
  if (!status.ok()) return status;
  for (const std::string& alias : source.aliases()) {
    absl::StatusOr<Statement> insert = connection->Prepare(
        "INSERT INTO source_aliases (document, source_id, alias)"
        " VALUES (:document, :source_id, :alias)");
    if (!insert.ok()) return insert.status();
    insert->Bind(":document", document_row)
        .BindView(":source_id", source.source_id())
        .BindView(":alias", alias);
    status = insert->Run();
    if (!status.ok()) return status;
  }
  return absl::OkStatus();
}

absl::Status InsertClaim(Connection* connection, int64_t document_row,
                         absl::string_view text, const Claim& claim,
                         const std::string& record) {
  absl::StatusOr<Statement> stmt = connection->Prepare(
      "INSERT INTO claims (document, claim_id, kind, source_id, text, speaker,"
      " sentence, checkworthiness, record) VALUES (:document, :claim_id, :kind,"
      " :source_id, :text, :speaker, :sentence, :checkworthiness, :record)");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(":document", document_row)
      .BindView(":claim_id", claim.claim_id())
      .Bind(":kind", static_cast<int64_t>(claim.kind()))
      .BindView(":source_id", claim.source_id())
      .BindView(":text", claim.text())
      .BindView(":speaker", claim.speaker())
      .BindView(":sentence", SpanText(text, claim.sentence_span()))
      .Bind(":checkworthiness", static_cast<double>(claim.checkworthiness()))
      .BindBlobView(":record", record);
  return stmt->Run();
}

absl::Status InsertFigure(Connection* connection, int64_t document_row,
                          const Figure& figure, const std::string& record) {
  absl::StatusOr<Statement> stmt = connection->Prepare(
      "INSERT INTO figures (document, figure_id, subject, dimension, unit,"
      " value, normalized_value, qualifier, place, claim_id, record)"
      " VALUES (:document, :figure_id, :subject, :dimension, :unit, :value,"
      " :normalized_value, :qualifier, :place, :claim_id, :record)");
  if (!stmt.ok()) return stmt.status();
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
  return stmt->Run();
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
  for (int i = 0; i < document.sources_size(); ++i) {
    absl::Status status = InsertSource(connection, document_row,
                                       document.sources(i), rows.sources[i]);
    if (!status.ok()) return status;
  }
  for (int i = 0; i < document.claims_size(); ++i) {
    absl::Status status = InsertClaim(connection, document_row, document.text(),
                                      document.claims(i), rows.claims[i]);
    if (!status.ok()) return status;
  }
  for (int i = 0; i < document.figures_size(); ++i) {
    absl::Status status = InsertFigure(connection, document_row,
                                       document.figures(i), rows.figures[i]);
    if (!status.ok()) return status;
  }
  return absl::OkStatus();
}

}  // namespace store_internal
}  // namespace factwire
