// Reads claims (full-text search and filtered lists) and figures.

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "store/filter_sql.h"
#include "store/fts_query.h"
#include "store/fts_rank.h"
#include "store/page.h"
#include "store/read_cache.h"
#include "store/reader.h"
#include "store/records.h"
#include "store/sort_order.h"

namespace factwire {
namespace store_internal {
namespace {

using factwire::v1::Claim;
using factwire::v1::Figure;
using Claims = google::protobuf::RepeatedPtrField<Claim>;

// Sets `claim`'s column fields from `row`'s columns `first`, ... unless its
// record was stored whole (before schema 12), which then holds them with the
// same values (records.h): its claim id tells, as every claim has one.
void SetClaimColumnFields(const Statement& row, int first, Claim* claim) {
  if (claim->claim_id().empty()) SetColumnFields(row, first, claim);
}

// Rows are (id, document_id, record, the record's column fields (records.h),
// ...). Replaces `*claim`'s fields with the row's claim.
absl::Status ReadClaimFromRow(const Statement& row, Claim* claim) {
  absl::Status status = ParseRecord(row.BlobView(2), claim);
  if (!status.ok()) return status;
  SetClaimColumnFields(row, 3, claim);
  absl::string_view document_id = row.TextView(1);
  claim->set_name(ClaimName(document_id, claim->claim_id()));
  claim->set_document(DocumentName(document_id));
  return absl::OkStatus();
}

// ReadClaimFromRow() into a new claim.
absl::StatusOr<Claim> ClaimFromRow(const Statement& row) {
  Claim claim;
  absl::Status status = ReadClaimFromRow(row, &claim);
  if (!status.ok()) return status;
  return claim;
}

absl::StatusOr<Figure> FigureFromRow(const Statement& row) {
  Figure figure;
  absl::Status status = ParseRecord(row.BlobView(2), &figure);
  if (!status.ok()) return status;
  SetColumnFields(row, 3, &figure);
  absl::string_view document_id = row.TextView(1);
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

absl::Status BadRankToken() {
  return absl::InvalidArgumentError(
      "page_token does not belong to this search: repeat the original "
      "request, or start again without page_token");
}

// The window of a ranked search a page starts in: its newest row id (0 on the
// first page: the newest match) and the offset into its ranking.
struct RankCursor {
  int64_t top = 0;
  int64_t offset = 0;
};

absl::StatusOr<RankCursor> ReadRankCursor(const PageQuery& page) {
  RankCursor cursor;
  if (page.after == 0) return cursor;
  cursor.top = page.after;
  if (!absl::SimpleAtoi(page.after_key, &cursor.offset) || cursor.offset < 0) {
    return BadRankToken();
  }
  return cursor;
}

// The SQL of one ranked window: the rank_window newest matches at or below
// :top, newest first, each with its bm25 score. Only ids and scores: the
// window is ranked in memory and only the page's rows are read. The rank
// keeps the claims' lengths between searches on the connection.
std::string RankWindowSql(const std::vector<std::string>& conditions,
                          bool join_filters) {
  return absl::StrCat(
      "SELECT claims_fts.rowid,"
      " factwire_bm25(claims_fts, 1.0, 1.0, 0.5, 'claims_fts') FROM claims_fts",
      join_filters ? " JOIN claims c ON c.id = claims_fts.rowid"
                     " JOIN documents d ON d.id = c.document"
                   : "",
      WhereClause(conditions), " ORDER BY claims_fts.rowid DESC LIMIT :window");
}

// One match of a ranked window.
struct Scored {
  double score;
  int64_t id;
};

// The matches of the last window read on a connection, kept with it so that
// a search allocates no window (a large allocation after the previous page's
// many small frees makes malloc consolidate them all).
struct WindowBuffer {
  std::vector<Scored> matches;
};

// Matches a WindowBuffer keeps room for between searches.
constexpr size_t kKeptWindow = 4096;

// Reads the window RankWindowSql() selects, newest first, into `matches`.
absl::Status ReadWindow(Statement* stmt, std::vector<Scored>* matches) {
  matches->clear();
  while (true) {
    absl::StatusOr<bool> row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) return absl::OkStatus();
    matches->push_back({stmt->Double(1), stmt->Int(0)});
  }
}

// Sets the name and document of `claim`, whose row references documents row
// `row`, from the document id `cache` (or null) keeps, else from the row
// (then kept).
absl::Status NameClaim(Connection* connection, ReadCache* cache, int64_t row,
                       Claim* claim) {
  absl::string_view kept =
      cache == nullptr ? absl::string_view() : cache->DocumentId(row);
  std::string read;
  if (kept.empty()) {
    absl::StatusOr<Statement> stmt =
        connection->Prepare("SELECT document_id FROM documents WHERE id = :id");
    if (!stmt.ok()) return stmt.status();
    stmt->Bind(":id", row);
    absl::StatusOr<bool> found = stmt->Step();
    if (!found.ok()) return found.status();
    if (!*found) {
      return absl::InternalError("a ranked claim's document is missing");
    }
    read = stmt->Text(0);
    if (cache != nullptr) cache->KeepDocumentId(row, read);
    kept = read;
  }
  claim->set_name(ClaimName(kept, claim->claim_id()));
  claim->set_document(DocumentName(kept));
  return absl::OkStatus();
}

// Row ids per statement of ReadClaimRows().
constexpr size_t kRowsPerRead = 64;

// The claims with row ids `ids` (distinct), in that order, as ClaimFromRow()
// builds them, appended to `claims` (empty; reusing its cleared elements),
// their documents' ids from `cache` (or null) when kept there. One statement
// reads up to kRowsPerRead of them.
absl::Status ReadClaimRows(Connection* connection, ReadCache* cache,
                           const std::vector<int64_t>& ids, Claims* claims) {
  for (size_t i = 0; i < ids.size(); ++i) claims->Add();
  // (id, position), by id: how a row finds its place.
  std::vector<std::pair<int64_t, size_t>> places;
  for (size_t i = 0; i < ids.size(); ++i) places.push_back({ids[i], i});
  std::sort(places.begin(), places.end());
  std::vector<int64_t> documents(ids.size(), 0);
  size_t found = 0;
  for (size_t first = 0; first < places.size(); first += kRowsPerRead) {
    size_t last = std::min(places.size(), first + kRowsPerRead);
    std::string list = "[";
    for (size_t i = first; i < last; ++i) {
      absl::StrAppend(&list, i == first ? "" : ",", places[i].first);
    }
    list += "]";
    static const std::string* const kSql = new std::string(absl::StrCat(
        "SELECT id, document, record, ", ClaimFieldColumns(""),
        " FROM claims WHERE id IN (SELECT value FROM json_each(:ids))"));
    absl::StatusOr<Statement> stmt = connection->Prepare(*kSql);
    if (!stmt.ok()) return stmt.status();
    stmt->Bind(":ids", list);
    while (true) {
      absl::StatusOr<bool> row = stmt->Step();
      if (!row.ok()) return row.status();
      if (!*row) break;
      auto place =
          std::lower_bound(places.begin() + first, places.begin() + last,
                           std::make_pair(stmt->Int(0), size_t{0}));
      if (place == places.begin() + last || place->first != stmt->Int(0)) {
        return absl::InternalError("a ranked claim read another row");
      }
      Claim& claim = *claims->Mutable(static_cast<int>(place->second));
      absl::string_view record = stmt->BlobView(2);
      if (!claim.ParseFromArray(record.data(),
                                static_cast<int>(record.size()))) {
        return absl::DataLossError("stored record does not parse");
      }
      SetClaimColumnFields(*stmt, 3, &claim);
      int64_t document = stmt->Int(1);
      documents[place->second] = document;
      if (cache != nullptr) cache->PrefetchDocumentId(document);
      ++found;
    }
  }
  if (found != ids.size()) {
    return absl::InternalError("a ranked claim is missing");
  }
  for (size_t i = 0; i < ids.size(); ++i) {
    absl::Status status =
        NameClaim(connection, cache, documents[i],
                  claims->Mutable(static_cast<int>(i)));
    if (!status.ok()) return status;
  }
  return absl::OkStatus();
}

// The page at cursor.offset of `window` (newest first) ranked by (score, id),
// reading only the page's rows: the next page is the rest of this window, else
// the window below it when this one was full, else none (nor after an empty
// page). The page's claims go to `claims` (empty).
absl::StatusOr<PageEnd> RankedPage(Connection* connection,
                                   std::vector<Scored>* matches,
                                   const ClaimQuery& query,
                                   const RankCursor& cursor, Claims* claims) {
  std::vector<Scored>& window = *matches;
  PageEnd result;
  int64_t size = static_cast<int64_t>(window.size());
  if (cursor.offset >= size) return result;
  int64_t top = window.front().id;
  int64_t bottom = window.back().id;
  int64_t end = std::min<int64_t>(size, cursor.offset + query.page.limit);
  std::partial_sort(window.begin(), window.begin() + end, window.end(),
                    [](const Scored& a, const Scored& b) {
                      return a.score < b.score ||
                             (a.score == b.score && a.id < b.id);
                    });
  // Document ids are kept on the connection (valid while only documents were
  // added: checked in this read transaction).
  ReadCache* cache = &connection->Kept<ReadCache>();
  if (!cache->Check(connection->db())) cache = nullptr;
  std::vector<int64_t> ids;
  for (int64_t i = cursor.offset; i < end; ++i) {
    ids.push_back(window[static_cast<size_t>(i)].id);
  }
  absl::Status status = ReadClaimRows(connection, cache, ids, claims);
  if (!status.ok()) return status;
  if (end < size) {
    result.next_after = top;
    result.next_after_key = absl::StrCat(end);
  } else if (size == query.rank_window && bottom > 1) {
    result.next_after = bottom - 1;
    result.next_after_key = "0";
  }
  return result;
}

// Claims matching `match` and the filters, ranked by bm25 within windows of
// the newest matches (ClaimQuery::text), into `claims` (empty).
absl::StatusOr<PageEnd> RankedClaims(Connection* connection,
                                     const ClaimQuery& query,
                                     const std::string& match,
                                     const SqlFilter& filter, Claims* claims) {
  if (query.rank_window < 1) {
    return absl::InvalidArgumentError("rank_window must be positive");
  }
  absl::StatusOr<RankCursor> cursor = ReadRankCursor(query.page);
  if (!cursor.ok()) return cursor.status();
  std::vector<std::string> conditions = ClaimFilters(query);
  AddFilter(filter, &conditions);
  bool join_filters = !conditions.empty();
  conditions.insert(conditions.begin(), "claims_fts MATCH :match");
  if (cursor->top != 0) conditions.push_back("claims_fts.rowid <= :top");
  std::string sql = RankWindowSql(conditions, join_filters);
  std::vector<Scored>* window = &connection->Kept<WindowBuffer>().matches;
  absl::Status read = [&]() -> absl::Status {
    absl::StatusOr<Statement> stmt = PrepareWithRank(
        connection, [&] { return PrepareFiltered(connection, sql, filter); });
    if (!stmt.ok()) return stmt.status();
    stmt->Bind(":match", match);
    if (cursor->top != 0) stmt->Bind(":top", cursor->top);
    BindClaimFilters(query, &*stmt);
    BindFilter(filter, &*stmt);
    stmt->Bind(":window", static_cast<int64_t>(query.rank_window));
    return ReadWindow(&*stmt, window);
  }();
  if (!read.ok()) return read;
  absl::StatusOr<PageEnd> page =
      RankedPage(connection, window, query, *cursor, claims);
  // Kept for the next search unless a large rank_window grew it.
  if (window->capacity() > kKeptWindow) std::vector<Scored>().swap(*window);
  return page;
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
      "SELECT c.id, d.document_id, c.record, " + ClaimFieldColumns("c") +
          " FROM claims c JOIN documents d ON d.id = c.document" +
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
      "SELECT c.id, d.document_id, c.record, " + ClaimFieldColumns("c") + ", " +
          sort->key + " FROM claims c JOIN documents d ON d.id = c.document" +
          WhereClause(conditions) + OrderByClause(*sort) + " LIMIT :limit",
      filter);
  if (!stmt.ok()) return stmt.status();
  if (!match.empty()) stmt->Bind(":match", match);
  BindClaimFilters(query, &*stmt);
  BindFilter(filter, &*stmt);
  absl::Status status = BindKeyset(*sort, query.page, &*stmt);
  if (!status.ok()) return status;
  stmt->Bind(":limit", static_cast<int64_t>(query.page.limit) + 1);
  return ReadSortedPage<Claim>(&*stmt, query.page, *sort, 0,
                               3 + kClaimFieldColumns, ClaimFromRow);
}

// Figures whose subject matches :subject, as a set the rest of the query
// probes (SQLite builds it whole).
constexpr char kSubjectIn[] =
    "fi.id IN (SELECT rowid FROM figures_fts WHERE figures_fts MATCH :subject)";

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
  return conditions;
}

// Binds what FigureFilters() added, and `subject` (the FTS5 query for the
// subject words) to :subject unless empty.
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
  if (!subject.empty()) conditions.push_back(kSubjectIn);
  AddFilter(filter, &conditions);
  AddKeyset(*sort, query.page, &conditions);
  absl::StatusOr<Statement> stmt = PrepareFiltered(
      connection,
      "SELECT fi.id, d.document_id, fi.record, " + FigureFieldColumns("fi") +
          ", " + sort->key +
          " FROM figures fi JOIN documents d ON d.id = fi.document" +
          WhereClause(conditions) + OrderByClause(*sort) + " LIMIT :limit",
      filter);
  if (!stmt.ok()) return stmt.status();
  BindFigureFilters(query, subject, &*stmt);
  BindFilter(filter, &*stmt);
  absl::Status status = BindKeyset(*sort, query.page, &*stmt);
  if (!status.ok()) return status;
  stmt->Bind(":limit", static_cast<int64_t>(query.page.limit) + 1);
  return ReadSortedPage<Figure>(&*stmt, query.page, *sort, 0,
                                3 + kFigureFieldColumns, FigureFromRow);
}

// True if the query, or a comparison at the top level of `rest` (alone or in
// its AND), asks for one document or one place: indexes find those few rows
// faster than a scan of every figure whose subject matches.
bool PinsDocumentOrPlace(const FigureQuery& query,
                         const std::shared_ptr<const FilterExpr>& rest) {
  if (!query.document_id.empty() || !query.place.empty()) return true;
  if (rest == nullptr) return false;
  auto pins = [](const FilterExpr& expr) {
    if (expr.kind != FilterExpr::Kind::kComparison) return false;
    const FilterComparison& comparison = expr.comparison;
    if (comparison.field == "place") return comparison.op == FilterOp::kEqual;
    // `:` on a resource id compares as `=`.
    return comparison.field == "document" &&
           (comparison.op == FilterOp::kEqual ||
            comparison.op == FilterOp::kHas);
  };
  if (pins(*rest)) return true;
  if (rest->kind != FilterExpr::Kind::kAnd) return false;
  for (const FilterExpr& child : rest->children) {
    if (pins(child)) return true;
  }
  return false;
}

// The FTS5 query a figure list matches subjects with, and the filter left to
// compile as SQL.
struct SubjectQuery {
  std::string match;
  std::shared_ptr<const FilterExpr> rest;
};

// subject_words, joined (in the default order) by a top-level `subject:` of
// the filter, which then leaves the filter: the words of both must all match
// either way, and one MATCH lets the FTS index drive the page. A `subject:`
// with no searchable word stays in the filter (whose compiler reports it).
absl::StatusOr<SubjectQuery> ResolveSubject(const FigureQuery& query) {
  SubjectQuery subject;
  subject.rest = query.filter;
  std::vector<std::string> words = query.subject_words;
  if (!words.empty()) {
    absl::StatusOr<std::string> match = FtsMatchAll(words);
    if (!match.ok()) return match.status();
  }
  std::optional<HasConjunct> taken =
      query.order_by.field.empty() ? TakeHasConjunct(query.filter, "subject")
                                   : std::nullopt;
  if (taken.has_value() && FtsMatchAll(taken->text).ok()) {
    words.push_back(taken->text);
    subject.rest = taken->rest;
  }
  if (words.empty()) return subject;
  absl::StatusOr<std::string> match = FtsMatchAll(words);
  if (!match.ok()) return match.status();
  subject.match = *std::move(match);
  return subject;
}

// Figures whose subject matches `subject` and pass the filters, oldest first:
// the FTS5 index drives the scan in row id order from page.after, so a page
// stops after page.limit + 1 matches however many figures match.
absl::StatusOr<Page<Figure>> FiguresBySubject(Connection* connection,
                                              const FigureQuery& query,
                                              const std::string& subject,
                                              const SqlFilter& filter) {
  std::vector<std::string> conditions = FigureFilters(query);
  conditions.insert(conditions.begin(), "figures_fts.rowid > :after");
  conditions.insert(conditions.begin(), "figures_fts MATCH :subject");
  AddFilter(filter, &conditions);
  absl::StatusOr<Statement> stmt = PrepareFiltered(
      connection,
      "SELECT fi.id, d.document_id, fi.record, " + FigureFieldColumns("fi") +
          " FROM figures_fts JOIN figures fi ON fi.id = figures_fts.rowid"
          " JOIN documents d ON d.id = fi.document" +
          WhereClause(conditions) + " ORDER BY figures_fts.rowid LIMIT :limit",
      filter);
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(":after", query.page.after);
  BindFigureFilters(query, subject, &*stmt);
  BindFilter(filter, &*stmt);
  stmt->Bind(":limit", static_cast<int64_t>(query.page.limit) + 1);
  return ReadPage<Figure>(&*stmt, query.page, Paging::kKeyset, FigureFromRow);
}

// Moves the claims of `page` into `claims` (empty) and returns where it ends.
absl::StatusOr<PageEnd> MoveInto(absl::StatusOr<Page<Claim>> page,
                                 Claims* claims) {
  if (!page.ok()) return page.status();
  claims->Reserve(static_cast<int>(page->items.size()));
  for (Claim& claim : page->items) *claims->Add() = std::move(claim);
  PageEnd end;
  end.next_after = page->next_after;
  end.next_after_key = std::move(page->next_after_key);
  return end;
}

// The SQL FindRecord() runs for `table` ("claims" or "figures"), with the
// record's `field_columns` (records.h).
std::string FindRecordSql(const char* table, const char* id_column,
                          const std::string& field_columns) {
  return absl::StrCat("SELECT r.id, d.document_id, r.record, ", field_columns,
                      " FROM ", table,
                      " r JOIN documents d ON d.id = r.document"
                      " WHERE d.document_id = :document_id AND r.",
                      id_column, " = :record_id");
}

// A single record of `table` by its id in a document, read by `sql`
// (FindRecordSql(table, ...), built once per table).
absl::StatusOr<Statement> FindRecord(Connection* connection,
                                     const std::string& sql, const char* table,
                                     absl::string_view document_id,
                                     absl::string_view record_id) {
  absl::StatusOr<Statement> stmt = connection->Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  stmt->BindView(":document_id", document_id).BindView(":record_id", record_id);
  absl::StatusOr<bool> row = stmt->Step();
  if (!row.ok()) return row.status();
  if (!*row) {
    return absl::NotFoundError(absl::StrCat(
        "documents/", document_id, "/", table, "/", record_id, " not found"));
  }
  return stmt;
}

}  // namespace

absl::StatusOr<PageEnd> ReadClaims(Connection* connection,
                                   const ClaimQuery& query, Claims* claims) {
  claims->Clear();
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
    return MoveInto(SortedClaims(connection, query, match, *filter), claims);
  }
  if (match.empty()) {
    return MoveInto(AllClaims(connection, query, *filter), claims);
  }
  return RankedClaims(connection, query, match, *filter, claims);
}

absl::Status ReadClaim(Connection* connection, absl::string_view document_id,
                       absl::string_view claim_id, Claim* claim) {
  static const std::string* const kSql = new std::string(
      FindRecordSql("claims", "claim_id", ClaimFieldColumns("r")));
  absl::StatusOr<Statement> stmt =
      FindRecord(connection, *kSql, "claims", document_id, claim_id);
  if (!stmt.ok()) return stmt.status();
  return ReadClaimFromRow(*stmt, claim);
}

absl::StatusOr<Page<Figure>> ReadFigures(Connection* connection,
                                         const FigureQuery& query) {
  absl::Status status = ValidatePage(query.page);
  if (!status.ok()) return status;
  absl::StatusOr<SubjectQuery> subject = ResolveSubject(query);
  if (!subject.ok()) return subject.status();
  absl::StatusOr<SqlFilter> filter =
      CompileOptionalFilter(FilterResource::kFigures, subject->rest);
  if (!filter.ok()) return filter.status();
  if (!query.order_by.field.empty()) {
    return SortedFigures(connection, query, subject->match, *filter);
  }
  bool by_subject = !subject->match.empty();
  if (by_subject && !PinsDocumentOrPlace(query, subject->rest)) {
    return FiguresBySubject(connection, query, subject->match, *filter);
  }
  std::vector<std::string> conditions = FigureFilters(query);
  conditions.insert(conditions.begin(), "fi.id > :after");
  if (by_subject) conditions.push_back(kSubjectIn);
  AddFilter(*filter, &conditions);
  absl::StatusOr<Statement> stmt = PrepareFiltered(
      connection,
      "SELECT fi.id, d.document_id, fi.record, " + FigureFieldColumns("fi") +
          " FROM figures fi JOIN documents d ON d.id = fi.document" +
          WhereClause(conditions) + " ORDER BY fi.id LIMIT :limit",
      *filter);
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(":after", query.page.after);
  BindFigureFilters(query, subject->match, &*stmt);
  BindFilter(*filter, &*stmt);
  stmt->Bind(":limit", static_cast<int64_t>(query.page.limit) + 1);
  return ReadPage<Figure>(&*stmt, query.page, Paging::kKeyset, FigureFromRow);
}

absl::StatusOr<Figure> ReadFigure(Connection* connection,
                                  absl::string_view document_id,
                                  absl::string_view figure_id) {
  static const std::string* const kSql = new std::string(
      FindRecordSql("figures", "figure_id", FigureFieldColumns("r")));
  absl::StatusOr<Statement> stmt =
      FindRecord(connection, *kSql, "figures", document_id, figure_id);
  if (!stmt.ok()) return stmt.status();
  return FigureFromRow(*stmt);
}

}  // namespace store_internal
}  // namespace factwire
