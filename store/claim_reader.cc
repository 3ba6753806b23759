// Reads claims (full-text search and filtered lists) and figures.

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "store/filter_sql.h"
#include "store/fts_query.h"
#include "store/page.h"
#include "store/reader.h"
#include "store/records.h"
#include "store/sort_order.h"

namespace factwire {
namespace store_internal {
namespace {

using factwire::v1::Claim;
using factwire::v1::Figure;

// Rows are (id, document_id, record).
absl::StatusOr<Claim> ClaimFromRow(const Statement& row) {
  Claim claim;
  absl::Status status = ParseRecord(row.Blob(2), &claim);
  if (!status.ok()) return status;
  std::string document_id = row.Text(1);
  claim.set_name(ClaimName(document_id, claim.claim_id()));
  claim.set_document(DocumentName(document_id));
  return claim;
}

absl::StatusOr<Figure> FigureFromRow(const Statement& row) {
  Figure figure;
  absl::Status status = ParseRecord(row.Blob(2), &figure);
  if (!status.ok()) return status;
  std::string document_id = row.Text(1);
  figure.set_name(FigureName(document_id, figure.figure_id()));
  figure.set_document(DocumentName(document_id));
  return figure;
}

std::vector<std::string> ClaimFilters(const ClaimQuery& query) {
  std::vector<std::string> conditions;
  if (!query.source_id.empty())
    conditions.push_back("c.source_id = :source_id");
  if (query.kind != factwire::v1::CLAIM_KIND_UNSPECIFIED) {
    conditions.push_back("c.kind = :kind");
  }
  if (!query.document_id.empty())
    conditions.push_back("d.document_id = :document_id");
  AddPublishTimeFilters(query.published_after, query.published_before,
                        &conditions);
  return conditions;
}

void BindClaimFilters(const ClaimQuery& query, Statement* stmt) {
  if (!query.source_id.empty()) stmt->Bind(":source_id", query.source_id);
  if (query.kind != factwire::v1::CLAIM_KIND_UNSPECIFIED) {
    stmt->Bind(":kind", static_cast<int64_t>(query.kind));
  }
  if (!query.document_id.empty()) stmt->Bind(":document_id", query.document_id);
  BindPublishTime(query.published_after, query.published_before, stmt);
}

// Claims ranked by bm25 (claim text and speaker weigh more than the sentence
// around the claim); ties oldest first. Pages by offset.
absl::StatusOr<Page<Claim>> RankedClaims(Connection* connection,
                                         const ClaimQuery& query,
                                         const std::string& match,
                                         const SqlFilter& filter) {
  std::vector<std::string> conditions = ClaimFilters(query);
  conditions.insert(conditions.begin(), "claims_fts MATCH :match");
  AddFilter(filter, &conditions);
  absl::StatusOr<Statement> stmt = PrepareFiltered(
      connection,
      "SELECT c.id, d.document_id, c.record FROM claims_fts"
      " JOIN claims c ON c.id = claims_fts.rowid"
      " JOIN documents d ON d.id = c.document" +
          WhereClause(conditions) +
          " ORDER BY bm25(claims_fts, 1.0, 1.0, 0.5), c.id LIMIT :limit OFFSET "
          ":offset",
      filter);
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(":match", match);
  BindClaimFilters(query, &*stmt);
  BindFilter(filter, &*stmt);
  stmt->Bind(":limit", static_cast<int64_t>(query.page.limit) + 1);
  stmt->Bind(":offset", query.page.after);
  return ReadPage<Claim>(&*stmt, query.page, Paging::kOffset, ClaimFromRow);
}

// Every claim passing the filters, oldest first. Pages by claim row id.
absl::StatusOr<Page<Claim>> AllClaims(Connection* connection,
                                      const ClaimQuery& query,
                                      const SqlFilter& filter) {
  std::vector<std::string> conditions = ClaimFilters(query);
  conditions.insert(conditions.begin(), "c.id > :after");
  AddFilter(filter, &conditions);
  absl::StatusOr<Statement> stmt = PrepareFiltered(
      connection,
      "SELECT c.id, d.document_id, c.record FROM claims c"
      " JOIN documents d ON d.id = c.document" +
          WhereClause(conditions) + " ORDER BY c.id LIMIT :limit",
      filter);
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(":after", query.page.after);
  BindClaimFilters(query, &*stmt);
  BindFilter(filter, &*stmt);
  stmt->Bind(":limit", static_cast<int64_t>(query.page.limit) + 1);
  return ReadPage<Claim>(&*stmt, query.page, Paging::kKeyset, ClaimFromRow);
}

// Claims passing the filters (and matching `match` unless empty) in
// query.order_by order. Pages by (key, id) keyset.
absl::StatusOr<Page<Claim>> SortedClaims(Connection* connection,
                                         const ClaimQuery& query,
                                         const std::string& match,
                                         const SqlFilter& filter) {
  absl::StatusOr<SortSql> sort =
      ResolveSort(FilterResource::kClaims, query.order_by);
  if (!sort.ok()) return sort.status();
  std::vector<std::string> conditions = ClaimFilters(query);
  if (!match.empty()) {
    conditions.push_back(
        "c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH :match)");
  }
  AddFilter(filter, &conditions);
  AddKeyset(*sort, query.page, &conditions);
  absl::StatusOr<Statement> stmt = PrepareFiltered(
      connection,
      "SELECT c.id, d.document_id, c.record, " + sort->key +
          " FROM claims c JOIN documents d ON d.id = c.document" +
          WhereClause(conditions) + OrderByClause(*sort) + " LIMIT :limit",
      filter);
  if (!stmt.ok()) return stmt.status();
  if (!match.empty()) stmt->Bind(":match", match);
  BindClaimFilters(query, &*stmt);
  BindFilter(filter, &*stmt);
  absl::Status status = BindKeyset(*sort, query.page, &*stmt);
  if (!status.ok()) return status;
  stmt->Bind(":limit", static_cast<int64_t>(query.page.limit) + 1);
  return ReadSortedPage<Claim>(&*stmt, query.page, *sort, 0, 3, ClaimFromRow);
}

std::vector<std::string> FigureFilters(const FigureQuery& query) {
  std::vector<std::string> conditions;
  if (!query.document_id.empty())
    conditions.push_back("d.document_id = :document_id");
  if (query.dimension != factwire::v1::DIMENSION_UNSPECIFIED) {
    conditions.push_back("fi.dimension = :dimension");
  }
  if (!query.unit.empty())
    conditions.push_back("fi.unit = :unit COLLATE NOCASE");
  if (!query.place.empty()) {
    conditions.push_back("fi.place = :place COLLATE NOCASE");
  }
  if (query.qualifier != factwire::v1::QUALIFIER_UNSPECIFIED) {
    conditions.push_back("fi.qualifier = :qualifier");
  }
  if (query.min_normalized_value.has_value()) {
    conditions.push_back("fi.normalized_value >= :min_normalized_value");
  }
  if (query.max_normalized_value.has_value()) {
    conditions.push_back("fi.normalized_value <= :max_normalized_value");
  }
  if (!query.subject_words.empty()) {
    conditions.push_back(
        "fi.id IN (SELECT rowid FROM figures_fts WHERE figures_fts MATCH "
        ":subject)");
  }
  return conditions;
}

// Binds what FigureFilters() added; `subject` is the FTS5 query for
// subject_words.
void BindFigureFilters(const FigureQuery& query, const std::string& subject,
                       Statement* stmt) {
  if (!query.document_id.empty()) stmt->Bind(":document_id", query.document_id);
  if (query.dimension != factwire::v1::DIMENSION_UNSPECIFIED) {
    stmt->Bind(":dimension", static_cast<int64_t>(query.dimension));
  }
  if (!query.unit.empty()) stmt->Bind(":unit", query.unit);
  if (!query.place.empty()) stmt->Bind(":place", query.place);
  if (query.qualifier != factwire::v1::QUALIFIER_UNSPECIFIED) {
    stmt->Bind(":qualifier", static_cast<int64_t>(query.qualifier));
  }
  if (query.min_normalized_value.has_value()) {
    stmt->Bind(":min_normalized_value", *query.min_normalized_value);
  }
  if (query.max_normalized_value.has_value()) {
    stmt->Bind(":max_normalized_value", *query.max_normalized_value);
  }
  if (!subject.empty()) stmt->Bind(":subject", subject);
}

// Figures passing the filters in query.order_by order. Pages by (key, id)
// keyset.
absl::StatusOr<Page<Figure>> SortedFigures(Connection* connection,
                                           const FigureQuery& query,
                                           const std::string& subject,
                                           const SqlFilter& filter) {
  absl::StatusOr<SortSql> sort =
      ResolveSort(FilterResource::kFigures, query.order_by);
  if (!sort.ok()) return sort.status();
  std::vector<std::string> conditions = FigureFilters(query);
  AddFilter(filter, &conditions);
  AddKeyset(*sort, query.page, &conditions);
  absl::StatusOr<Statement> stmt = PrepareFiltered(
      connection,
      "SELECT fi.id, d.document_id, fi.record, " + sort->key +
          " FROM figures fi JOIN documents d ON d.id = fi.document" +
          WhereClause(conditions) + OrderByClause(*sort) + " LIMIT :limit",
      filter);
  if (!stmt.ok()) return stmt.status();
  BindFigureFilters(query, subject, &*stmt);
  BindFilter(filter, &*stmt);
  absl::Status status = BindKeyset(*sort, query.page, &*stmt);
  if (!status.ok()) return status;
  stmt->Bind(":limit", static_cast<int64_t>(query.page.limit) + 1);
  return ReadSortedPage<Figure>(&*stmt, query.page, *sort, 0, 3, FigureFromRow);
}

// A single record of `table` ("claims" or "figures") by its id in a document.
absl::StatusOr<Statement> FindRecord(Connection* connection, const char* table,
                                     const char* id_column,
                                     absl::string_view document_id,
                                     absl::string_view record_id) {
  absl::StatusOr<Statement> stmt = connection->Prepare(
      absl::StrCat("SELECT r.id, d.document_id, r.record FROM ", table,
                   " r JOIN documents d ON d.id = r.document"
                   " WHERE d.document_id = :document_id AND r.",
                   id_column, " = :record_id"));
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(":document_id", document_id).Bind(":record_id", record_id);
  absl::StatusOr<bool> row = stmt->Step();
  if (!row.ok()) return row.status();
  if (!*row) {
    return absl::NotFoundError(absl::StrCat(
        "documents/", document_id, "/", table, "/", record_id, " not found"));
  }
  return stmt;
}

}  // namespace

absl::StatusOr<Page<Claim>> ReadClaims(Connection* connection,
                                       const ClaimQuery& query) {
  absl::Status status = ValidatePage(query.page);
  if (!status.ok()) return status;
  absl::StatusOr<SqlFilter> filter =
      CompileOptionalFilter(FilterResource::kClaims, query.filter);
  if (!filter.ok()) return filter.status();
  std::string match;
  if (!absl::StripAsciiWhitespace(query.text).empty()) {
    absl::StatusOr<std::string> words = FtsMatchAll(query.text);
    if (!words.ok()) return words.status();
    match = *std::move(words);
  }
  if (!query.order_by.field.empty()) {
    return SortedClaims(connection, query, match, *filter);
  }
  if (match.empty()) return AllClaims(connection, query, *filter);
  return RankedClaims(connection, query, match, *filter);
}

absl::StatusOr<Claim> ReadClaim(Connection* connection,
                                absl::string_view document_id,
                                absl::string_view claim_id) {
  absl::StatusOr<Statement> stmt =
      FindRecord(connection, "claims", "claim_id", document_id, claim_id);
  if (!stmt.ok()) return stmt.status();
  return ClaimFromRow(*stmt);
}

absl::StatusOr<Page<Figure>> ReadFigures(Connection* connection,
                                         const FigureQuery& query) {
  absl::Status status = ValidatePage(query.page);
  if (!status.ok()) return status;
  std::string subject;
  if (!query.subject_words.empty()) {
    absl::StatusOr<std::string> match = FtsMatchAll(query.subject_words);
    if (!match.ok()) return match.status();
    subject = *std::move(match);
  }
  absl::StatusOr<SqlFilter> filter =
      CompileOptionalFilter(FilterResource::kFigures, query.filter);
  if (!filter.ok()) return filter.status();
  if (!query.order_by.field.empty()) {
    return SortedFigures(connection, query, subject, *filter);
  }
  std::vector<std::string> conditions = FigureFilters(query);
  conditions.insert(conditions.begin(), "fi.id > :after");
  AddFilter(*filter, &conditions);
  absl::StatusOr<Statement> stmt = PrepareFiltered(
      connection,
      "SELECT fi.id, d.document_id, fi.record FROM figures fi"
      " JOIN documents d ON d.id = fi.document" +
          WhereClause(conditions) + " ORDER BY fi.id LIMIT :limit",
      *filter);
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(":after", query.page.after);
  BindFigureFilters(query, subject, &*stmt);
  BindFilter(*filter, &*stmt);
  stmt->Bind(":limit", static_cast<int64_t>(query.page.limit) + 1);
  return ReadPage<Figure>(&*stmt, query.page, Paging::kKeyset, FigureFromRow);
}

absl::StatusOr<Figure> ReadFigure(Connection* connection,
                                  absl::string_view document_id,
                                  absl::string_view figure_id) {
  absl::StatusOr<Statement> stmt =
      FindRecord(connection, "figures", "figure_id", document_id, figure_id);
  if (!stmt.ok()) return stmt.status();
  return FigureFromRow(*stmt);
}

}  // namespace store_internal
}  // namespace factwire
