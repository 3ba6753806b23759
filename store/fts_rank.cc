#include "store/fts_rank.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "store/read_cache.h"

namespace factwire {
namespace store_internal {
namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// What one query's rows share: the average row length, each phrase's idf
// (1 for a single phrase) and the table's cached lengths (or null).
struct QueryData {
  double average_length = 1;
  std::vector<double> idf;
  std::vector<uint8_t>* lengths = nullptr;
  bool lengths_checked = false;
  // Each column's weight and each phrase's weighted hits in the current row
  // (reused across rows).
  std::vector<double> weights;
  std::vector<double> frequency;
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

// The lengths cached for the table named by `name` (TEXT), after checking
// that the connection's cache is still valid; null for another type.
std::vector<uint8_t>* CachedLengths(const Fts5ExtensionApi* api,
                                    Fts5Context* fts, sqlite3_context* context,
                                    sqlite3_value* name) {
  if (sqlite3_value_type(name) != SQLITE_TEXT) return nullptr;
  auto* cache = static_cast<ReadCache*>(api->xUserData(fts));
  if (!cache->Check(sqlite3_context_db_handle(context))) return nullptr;
  return cache->Lengths(
      absl::string_view(reinterpret_cast<const char*>(sqlite3_value_text(name)),
                        static_cast<size_t>(sqlite3_value_bytes(name))));
}

// The row's length, from `lengths` (or null) when cached there, else from
// FTS5's lookup of it, then cached.
int CachedRowLength(const Fts5ExtensionApi* api, Fts5Context* fts,
                    std::vector<uint8_t>* lengths, int* length) {
  int64_t row = lengths == nullptr ? 0 : api->xRowid(fts);
  if (row <= 0 || row >= ReadCache::kMaxCachedRow) {
    return api->xColumnSize(fts, -1, length);
  }
  size_t index = static_cast<size_t>(row);
  if (index < lengths->size() && (*lengths)[index] != 0) {
    *length = (*lengths)[index] - 1;
    return SQLITE_OK;
  }
  int rc = api->xColumnSize(fts, -1, length);
  if (rc != SQLITE_OK || *length < 0 ||
      *length >= ReadCache::kMaxCachedLength) {
    return rc;
  }
  if (index >= lengths->size()) {
    size_t grown = std::max(index + 1, lengths->size() * 2);
    lengths->resize(
        std::min(grown, static_cast<size_t>(ReadCache::kMaxCachedRow)), 0);
  }
  (*lengths)[index] = static_cast<uint8_t>(*length + 1);
  return SQLITE_OK;
}

// Starts loading the current row's entry of `lengths` (or null) into the
// processor's cache, for CachedRowLength() to read once the row's hits are
// counted.
void PrefetchRowLength(const Fts5ExtensionApi* api, Fts5Context* fts,
                       const std::vector<uint8_t>* lengths) {
  if (lengths == nullptr) return;
  int64_t row = api->xRowid(fts);
  if (row > 0 && static_cast<size_t>(row) < lengths->size()) {
    __builtin_prefetch(lengths->data() + row);
  }
}

// Adds to (*frequency)[p] the weight of the column of every hit of phrase p
// in the current row (1 past the weights given), in position order. One
// phrase walks its position list; several, FTS5's instances of them all.
int CountHits(const Fts5ExtensionApi* api, Fts5Context* fts,
              const std::vector<double>& weights,
              std::vector<double>* frequency) {
  auto weight = [&weights](int column) {
    return column < static_cast<int>(weights.size())
               ? weights[static_cast<size_t>(column)]
               : 1.0;
  };
  if (frequency->size() == 1) {
    Fts5PhraseIter iter;
    int column = 0, offset = 0;
    int rc = api->xPhraseFirst(fts, 0, &iter, &column, &offset);
    for (; rc == SQLITE_OK && column >= 0;
         api->xPhraseNext(fts, &iter, &column, &offset)) {
      (*frequency)[0] += weight(column);
    }
    return rc;
  }
  int instances = 0;
  int rc = api->xInstCount(fts, &instances);
  for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
    int phrase = 0, column = 0, offset = 0;
    rc = api->xInst(fts, i, &phrase, &column, &offset);
    if (rc != SQLITE_OK || phrase < 0 ||
        static_cast<size_t>(phrase) >= frequency->size()) {
      continue;
    }
    (*frequency)[static_cast<size_t>(phrase)] += weight(column);
  }
  return rc;
}

// factwire_bm25(table, weight..., [cache]): see RegisterRankFunction().
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
  std::vector<uint8_t>* lengths = nullptr;
  if (argc > 0 && sqlite3_value_type(argv[argc - 1]) == SQLITE_TEXT) {
    // Checked once per query (the calls of one statement share `data`).
    if (!data->lengths_checked) {
      data->lengths = CachedLengths(api, fts, context, argv[argc - 1]);
      data->lengths_checked = true;
    }
    lengths = data->lengths;
    --argc;
  }
  std::vector<double>& weights = data->weights;
  weights.clear();
  for (int i = 0; i < argc; ++i) {
    weights.push_back(sqlite3_value_double(argv[i]));
  }
  // A row's cached length is a random byte of a table larger than the
  // processor's caches: its load starts now and overlaps the position walk.
  PrefetchRowLength(api, fts, lengths);
  std::vector<double>& frequency = data->frequency;
  frequency.assign(data->idf.size(), 0.0);
  int rc = CountHits(api, fts, weights, &frequency);
  int length = 0;
  if (rc == SQLITE_OK) {
    rc = CachedRowLength(api, fts, lengths, &length);
  }
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
  // The cache outlives every call: the connection destroys it just before
  // it closes.
  if (fts5->xCreateFunction(fts5, kRankFunction, &connection->Kept<ReadCache>(),
                            Rank, nullptr) != SQLITE_OK) {
    return absl::InternalError("cannot add the FTS5 function factwire_bm25");
  }
  return absl::OkStatus();
}

}  // namespace store_internal
}  // namespace factwire
