#include "store/fts_rank.h"

#include <sqlite3.h>

#include <cmath>
#include <cstdint>
#include <vector>

namespace factwire {
namespace store_internal {
namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// What one query's rows share: the average row length and each phrase's idf
// (1 for a single phrase).
struct QueryData {
  double average_length = 1;
  std::vector<double> idf;
};

int CountRow(const Fts5ExtensionApi*, Fts5Context*, void* count) {
  ++*static_cast<int64_t*>(count);
  return SQLITE_OK;
}

// As fts5_aux.c's fts5Bm25GetData, but without the document counts (idf 1)
// when the query has one phrase.
int ReadQueryData(const Fts5ExtensionApi* api, Fts5Context* fts,
                  QueryData* data) {
  sqlite3_int64 rows = 0;
  sqlite3_int64 tokens = 0;
  int rc = api->xRowCount(fts, &rows);
  if (rc == SQLITE_OK) rc = api->xColumnTotalSize(fts, -1, &tokens);
  if (rc != SQLITE_OK) return rc;
  data->average_length =
      rows > 0 ? static_cast<double>(tokens) / static_cast<double>(rows) : 1;
  int phrases = api->xPhraseCount(fts);
  data->idf.assign(static_cast<size_t>(phrases), 1.0);
  if (phrases < 2) return SQLITE_OK;
  for (int i = 0; i < phrases; ++i) {
    int64_t hits = 0;
    rc = api->xQueryPhrase(fts, i, &hits, CountRow);
    if (rc != SQLITE_OK) return rc;
    double n = static_cast<double>(rows);
    double h = static_cast<double>(hits);
    double idf = std::log((n - h + 0.5) / (h + 0.5));
    data->idf[static_cast<size_t>(i)] = idf <= 0 ? 1e-6 : idf;
  }
  return SQLITE_OK;
}

void DeleteQueryData(void* data) { delete static_cast<QueryData*>(data); }

// The sum of the column sizes in an FTS5 docsize record (a SQLite varint per
// column), or -1 if `value` is not one.
int64_t LengthFromDocsize(sqlite3_value* value) {
  const auto* bytes =
      static_cast<const unsigned char*>(sqlite3_value_blob(value));
  int size = sqlite3_value_bytes(value);
  if (bytes == nullptr) return -1;
  int64_t total = 0;
  int64_t column = 0;
  int column_bytes = 0;
  for (int i = 0; i < size; ++i) {
    // Token counts fit in 4 varint bytes (2^28); longer means not a docsize.
    if (++column_bytes > 4) return -1;
    column = (column << 7) | (bytes[i] & 0x7f);
    if ((bytes[i] & 0x80) != 0) continue;
    total += column;
    column = 0;
    column_bytes = 0;
  }
  return column_bytes == 0 ? total : -1;
}

// The row's length in tokens: from `docsize` (the row's docsize record, or
// null) when it decodes, else FTS5's own lookup of it.
int RowLength(const Fts5ExtensionApi* api, Fts5Context* fts,
              sqlite3_value* docsize, int* length) {
  int64_t total = docsize == nullptr ? -1 : LengthFromDocsize(docsize);
  if (total < 0 || total > INT32_MAX) {
    return api->xColumnSize(fts, -1, length);
  }
  *length = static_cast<int>(total);
  return SQLITE_OK;
}

// factwire_bm25(table, weight..., [docsize]): see RegisterRankFunction().
void Rank(const Fts5ExtensionApi* api, Fts5Context* fts,
          sqlite3_context* context, int argc, sqlite3_value** argv) {
  auto* data = static_cast<QueryData*>(api->xGetAuxdata(fts, 0));
  if (data == nullptr) {
    data = new QueryData();
    int rc = ReadQueryData(api, fts, data);
    if (rc == SQLITE_OK)
      rc = api->xSetAuxdata(fts, data, DeleteQueryData);
    else
      delete data;
    if (rc != SQLITE_OK) {
      sqlite3_result_error_code(context, rc);
      return;
    }
  }
  sqlite3_value* docsize = nullptr;
  if (argc > 0 && sqlite3_value_type(argv[argc - 1]) == SQLITE_BLOB) {
    docsize = argv[--argc];
  }
  std::vector<double> frequency(data->idf.size(), 0.0);
  int instances = 0;
  int rc = api->xInstCount(fts, &instances);
  for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
    int phrase = 0, column = 0, offset = 0;
    rc = api->xInst(fts, i, &phrase, &column, &offset);
    if (rc != SQLITE_OK || phrase < 0 ||
        static_cast<size_t>(phrase) >= frequency.size()) {
      continue;
    }
    frequency[static_cast<size_t>(phrase)] +=
        column < argc ? sqlite3_value_double(argv[column]) : 1.0;
  }
  int length = 0;
  if (rc == SQLITE_OK) rc = RowLength(api, fts, docsize, &length);
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(context, rc);
    return;
  }
  double norm = kK1 * (1 - kB + kB * length / data->average_length);
  double score = 0;
  for (size_t i = 0; i < frequency.size(); ++i) {
    score += data->idf[i] * frequency[i] * (kK1 + 1) / (frequency[i] + norm);
  }
  sqlite3_result_double(context, -score);
}

}  // namespace

absl::Status RegisterRankFunction(Connection* connection) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(connection->db(), "SELECT fts5(?1)", -1, &stmt,
                         nullptr) != SQLITE_OK) {
    sqlite3_finalize(stmt);
    return absl::InternalError("FTS5 is not available");
  }
  fts5_api* fts5 = nullptr;
  sqlite3_bind_pointer(stmt, 1, &fts5, "fts5_api_ptr", nullptr);
  sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  if (fts5 == nullptr || fts5->iVersion < 2) {
    return absl::InternalError("FTS5 is not available");
  }
  if (fts5->xCreateFunction(fts5, kRankFunction, nullptr, Rank, nullptr) !=
      SQLITE_OK) {
    return absl::InternalError("cannot add the FTS5 function factwire_bm25");
  }
  return absl::OkStatus();
}

}  // namespace store_internal
}  // namespace factwire
