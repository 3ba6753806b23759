// Reads documents with their claims, figures and per-document sources.

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
using factwire::v1::Document;
using factwire::v1::Figure;
using factwire::v1::Source;

// Parses every `record` column the statement (bound to :document) returns,
// with the record's column fields from the columns after it.
template <typename T>
absl::Status ReadRecords(Connection* connection, const std::string& sql,
                         int64_t document_row,
                         google::protobuf::RepeatedPtrField<T>* records) {
  absl::StatusOr<Statement> stmt = connection->Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(":document", document_row);
  while (true) {
    absl::StatusOr<bool> row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) return absl::OkStatus();
    T* record = records->Add();
    absl::string_view bytes = stmt->BlobView(0);
    if (!record->ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
      return absl::DataLossError("stored record does not parse");
    }
    SetColumnFields(*stmt, 1, record);
  }
}

absl::Status ReadChildren(Connection* connection, int64_t document_row,
                          Document* document) {
  static const std::string* const kClaims = new std::string(
      absl::StrCat("SELECT record, ", ClaimFieldColumns(""),
                   " FROM claims WHERE document = :document ORDER BY id"));
  static const std::string* const kFigures = new std::string(
      absl::StrCat("SELECT record, ", FigureFieldColumns(""),
                   " FROM figures WHERE document = :document ORDER BY id"));
  static const std::string* const kSources = new std::string(
      absl::StrCat("SELECT record, ", SourceFieldColumns(""),
                   " FROM document_sources WHERE document = :document"
                   " ORDER BY id"));
  absl::Status status = ReadRecords<Claim>(connection, *kClaims, document_row,
                                           document->mutable_claims());
  if (!status.ok()) return status;
  status = ReadRecords<Figure>(connection, *kFigures, document_row,
                               document->mutable_figures());
  if (!status.ok()) return status;
  status = ReadRecords<Source>(connection, *kSources, document_row,
                               document->mutable_sources());
  if (!status.ok()) return status;
  for (Claim& claim : *document->mutable_claims()) {
    claim.set_name(ClaimName(document->document_id(), claim.claim_id()));
    claim.set_document(document->name());
  }
  for (Figure& figure : *document->mutable_figures()) {
    figure.set_name(FigureName(document->document_id(), figure.figure_id()));
    figure.set_document(document->name());
  }
  return absl::OkStatus();
}

// Reads a base-128 varint at `*at` of `bytes`, moving `*at` past it; false
// if it runs past the end or beyond 10 bytes.
bool ReadVarint(absl::string_view bytes, size_t* at, uint64_t* value) {
  *value = 0;
  for (int shift = 0; shift < 70 && *at < bytes.size(); shift += 7) {
    uint8_t byte = static_cast<uint8_t>(bytes[(*at)++]);
    *value |= static_cast<uint64_t>(byte & 0x7f) << shift;
    if (byte < 0x80) return true;
  }
  return false;
}

// Copies the fields of the serialized Document `record` but its paragraphs
// (field 16) into `kept`, each field's bytes as they are; false (and `kept`
// unusable) unless `record` is a sequence of well-formed fields. Parsing
// `kept` gives the Document of `record` without paragraphs, without
// allocating a TextSpan per paragraph first.
bool WithoutParagraphs(absl::string_view record, std::string* kept) {
  constexpr uint64_t kParagraphs = 16;
  kept->clear();
  size_t at = 0;
  while (at < record.size()) {
    size_t field_start = at;
    uint64_t tag = 0;
    if (!ReadVarint(record, &at, &tag) || (tag >> 3) == 0) return false;
    uint64_t skip = 0;
    switch (tag & 7) {
      case 0:  // varint
        if (!ReadVarint(record, &at, &skip)) return false;
        skip = 0;
        break;
      case 1:  // 64-bit
        skip = 8;
        break;
      case 2:  // length-delimited
        if (!ReadVarint(record, &at, &skip)) return false;
        break;
      case 5:  // 32-bit
        skip = 4;
        break;
      default:  // groups: not in our records
        return false;
    }
    if (skip > record.size() - at) return false;
    at += static_cast<size_t>(skip);
    if ((tag >> 3) != kParagraphs) {
      kept->append(record.data() + field_start, at - field_start);
    }
  }
  return true;
}

// The BASIC view from a `record` column (the record without its paragraphs)
// into `*document`, whose fields it replaces.
absl::Status ReadBasicDocument(absl::string_view record, Document* document) {
  thread_local std::string kept;
  absl::Status status = ParseRecord(
      WithoutParagraphs(record, &kept) ? absl::string_view(kept) : record,
      document);
  if (!status.ok()) return status;
  document->clear_paragraphs();
  return absl::OkStatus();
}

// ReadBasicDocument() into a new document.
absl::StatusOr<Document> BasicDocument(absl::string_view record) {
  Document document;
  absl::Status status = ReadBasicDocument(record, &document);
  if (!status.ok()) return status;
  return document;
}

std::vector<std::string> DocumentFilters(const DocumentQuery& query,
                                         bool by_text) {
  std::vector<std::string> conditions;
  if (query.page.after > 0 && query.order_by.field.empty()) {
    conditions.push_back("d.id < :after");
  }
  if (by_text) {
    conditions.push_back(
        "d.id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH "
        ":match)");
  }
  if (!query.section.empty())
    conditions.push_back("d.section = :section COLLATE NOCASE");
  if (!query.source_id.empty()) {
    conditions.push_back(
        "EXISTS (SELECT 1 FROM document_sources ds WHERE ds.document = d.id"
        " AND ds.source_id = :source_id)");
  }
  AddPublishTimeFilters(query.published_after, query.published_before,
                        &conditions);
  return conditions;
}

// Binds what DocumentFilters() added but the page cursor; `match` is the FTS5
// query for query.text ("" if none).
void BindDocumentFilters(const DocumentQuery& query, const std::string& match,
                         Statement* stmt) {
  if (!match.empty()) stmt->Bind(":match", match);
  if (!query.section.empty()) stmt->Bind(":section", query.section);
  if (!query.source_id.empty()) stmt->Bind(":source_id", query.source_id);
  BindPublishTime(query.published_after, query.published_before, stmt);
}

// The order of a documents list: query.order_by, or newest stored first when
// `sort` is left unset (returns false).
absl::StatusOr<bool> DocumentOrder(const DocumentQuery& query, SortSql* sort) {
  if (query.order_by.field.empty()) return false;
  absl::StatusOr<SortSql> resolved =
      ResolveSort(FilterResource::kDocuments, query.order_by);
  if (!resolved.ok()) return resolved.status();
  *sort = *std::move(resolved);
  return true;
}

}  // namespace

absl::Status ReadDocument(Connection* connection,
                          absl::string_view document_id, bool full,
                          Document* document) {
  // The BASIC view leaves the text out: not selecting it spares copying
  // ~2 KB of the row per call.
  static const std::string* const kFull = new std::string(
      "SELECT id, record, text FROM documents WHERE document_id = "
      ":document_id");
  static const std::string* const kBasic = new std::string(
      "SELECT id, record FROM documents WHERE document_id = :document_id");
  absl::StatusOr<Statement> stmt = connection->Prepare(full ? *kFull : *kBasic);
  if (!stmt.ok()) return stmt.status();
  stmt->BindView(":document_id", document_id);
  absl::StatusOr<bool> row = stmt->Step();
  if (!row.ok()) return row.status();
  if (!*row) {
    return absl::NotFoundError(
        absl::StrCat("document ", document_id, " not found"));
  }
  if (!full) return ReadBasicDocument(stmt->BlobView(1), document);
  int64_t document_row = stmt->Int(0);
  absl::Status status = ParseRecord(stmt->BlobView(1), document);
  if (!status.ok()) return status;
  absl::string_view text = stmt->TextView(2);
  if (!text.empty()) document->mutable_text()->assign(text.data(), text.size());
  return ReadChildren(connection, document_row, document);
}

absl::StatusOr<Document> ReadDocument(Connection* connection,
                                      absl::string_view document_id,
                                      bool full) {
  Document document;
  absl::Status status = ReadDocument(connection, document_id, full, &document);
  if (!status.ok()) return status;
  return document;
}

absl::StatusOr<Page<Document>> ReadDocuments(Connection* connection,
                                             const DocumentQuery& query) {
  absl::Status status = ValidatePage(query.page);
  if (!status.ok()) return status;
  std::string match;
  if (!absl::StripAsciiWhitespace(query.text).empty()) {
    absl::StatusOr<std::string> words = FtsMatchAll(query.text);
    if (!words.ok()) return words.status();
    match = *std::move(words);
  }
  absl::StatusOr<SqlFilter> filter =
      CompileOptionalFilter(FilterResource::kDocuments, query.filter);
  if (!filter.ok()) return filter.status();
  std::vector<std::string> conditions = DocumentFilters(query, !match.empty());
  AddFilter(*filter, &conditions);
  SortSql sort;
  absl::StatusOr<bool> sorted = DocumentOrder(query, &sort);
  if (!sorted.ok()) return sorted.status();
  if (*sorted) AddKeyset(sort, query.page, &conditions);
  absl::StatusOr<Statement> stmt = PrepareFiltered(
      connection,
      "SELECT d.id, d.record, " + (*sorted ? sort.key : "NULL") +
          " FROM documents d" + WhereClause(conditions) +
          (*sorted ? OrderByClause(sort) : " ORDER BY d.id DESC") +
          " LIMIT :limit",
      *filter);
  if (!stmt.ok()) return stmt.status();
  BindFilter(*filter, &*stmt);
  if (*sorted) {
    status = BindKeyset(sort, query.page, &*stmt);
    if (!status.ok()) return status;
  } else if (query.page.after > 0) {
    stmt->Bind(":after", query.page.after);
  }
  BindDocumentFilters(query, match, &*stmt);
  stmt->Bind(":limit", static_cast<int64_t>(query.page.limit) + 1);
  auto read_row = [](const Statement& row) {
    return BasicDocument(row.BlobView(1));
  };
  if (*sorted) {
    return ReadSortedPage<Document>(&*stmt, query.page, sort, 0, 2, read_row);
  }
  return ReadPage<Document>(&*stmt, query.page, Paging::kKeyset, read_row);
}

}  // namespace store_internal
}  // namespace factwire
