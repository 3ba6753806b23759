#include "store/read_cache.h"

#include <algorithm>
#include <cstring>

namespace factwire {
namespace store_internal {
namespace {

// Runs `sql` (one row of integers, ?1 bound to `value`) into `out`; false on
// any error (no such table, for instance).
bool QueryInts(sqlite3* db, const char* sql, int64_t value,
               std::vector<int64_t>* out) {
  sqlite3_stmt* stmt = nullptr;
  bool ok = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_bind_int64(stmt, 1, value) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW;
  for (int i = 0; ok && i < sqlite3_column_count(stmt); ++i) {
    out->push_back(sqlite3_column_int64(stmt, i));
  }
  sqlite3_finalize(stmt);
  return ok;
}

}  // namespace

bool ReadCache::Check(sqlite3* db) {
  unsigned version = 0;
  bool ok = sqlite3_file_control(db, "main", SQLITE_FCNTL_DATA_VERSION,
                                 &version) == SQLITE_OK;
  if (ok && valid_ && version == data_version_) return true;
  std::vector<int64_t> log;  // first, last, removals after sequence_
  if (ok && valid_) {
    // Kind 1 is a stored document (store/change_log.cc).
    ok = QueryInts(db,
                   "SELECT ifnull(min(sequence), 0), ifnull(max(sequence), 0),"
                   " count(*) FILTER (WHERE kind <> 1) FROM changes"
                   " WHERE sequence > ?1",
                   sequence_, &log);
  } else if (ok) {
    ok = QueryInts(db,
                   "SELECT 0, ifnull(max(sequence), 0), 1 FROM changes"
                   " WHERE ?1 = ?1",
                   0, &log);
  }
  bool keep = ok && log[2] == 0 && (log[1] == 0 || log[0] == sequence_ + 1);
  if (!keep) Clear();
  valid_ = ok;
  data_version_ = version;
  if (ok && log[1] > 0) sequence_ = log[1];
  return valid_;
}

void ReadCache::Clear() {
  for (auto& table : lengths_) table.second.clear();
  document_ids_.clear();
}

std::vector<uint8_t>* ReadCache::Lengths(absl::string_view table) {
  auto found = lengths_.find(table);
  if (found != lengths_.end()) return &found->second;
  return &lengths_[std::string(table)];
}

absl::string_view ReadCache::DocumentId(int64_t row) const {
  if (row <= 0 || row >= static_cast<int64_t>(document_ids_.size())) {
    return absl::string_view();
  }
  const DocumentSlot& slot = document_ids_[static_cast<size_t>(row)];
  return absl::string_view(slot.bytes, slot.size);
}

void ReadCache::PrefetchDocumentId(int64_t row) const {
  if (row > 0 && row < static_cast<int64_t>(document_ids_.size())) {
    __builtin_prefetch(document_ids_.data() + row);
  }
}

void ReadCache::KeepDocumentId(int64_t row, absl::string_view document_id) {
  if (row <= 0 || row >= kMaxCachedDocumentRow || document_id.empty() ||
      document_id.size() > kMaxCachedDocumentIdBytes) {
    return;
  }
  size_t index = static_cast<size_t>(row);
  if (index >= document_ids_.size()) {
    size_t grown = std::max(index + 1, document_ids_.size() * 2);
    document_ids_.resize(
        std::min(grown, static_cast<size_t>(kMaxCachedDocumentRow)),
        DocumentSlot{});
  }
  DocumentSlot& slot = document_ids_[index];
  std::memcpy(slot.bytes, document_id.data(), document_id.size());
  slot.size = static_cast<uint8_t>(document_id.size());
}

}  // namespace store_internal
}  // namespace factwire
