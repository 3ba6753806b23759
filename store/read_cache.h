#ifndef FACTWIRE_STORE_READ_CACHE_H_
#define FACTWIRE_STORE_READ_CACHE_H_

// Facts a read connection keeps between searches: each full-text row's length
// (for factwire_bm25) and each document row's document_id (for the names of
// the claims a page returns). Internal to factwire_store.

#include <sqlite3.h>

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace factwire {
namespace store_internal {

// One per connection (Connection::Kept<ReadCache>()); not thread-safe, like
// the connection. A row id names the same row, with the same length and
// document_id, until its document is replaced or deleted, so what is cached
// stays true while the database has only stored new documents: Check() says
// so from SQLITE_FCNTL_DATA_VERSION and the store's `changes` log, and empties
// the cache otherwise.
class ReadCache {
 public:
  // Empties the cache unless the database, as the caller's read transaction
  // sees it, is unchanged since the last check or has only stored documents
  // since then (nothing missing from the change log in between). Call it
  // inside the read transaction, before using the cache in it. False if
  // nothing may be cached or read (no change log, or an error).
  bool Check(sqlite3* db);

  // The lengths kept for the full-text table `table` (index = row id; a
  // length is stored plus one, so 0 = unknown; a byte per row, so that the
  // lengths of a large archive stay within the processor's caches). Valid
  // while this cache lives (cleared, never erased).
  std::vector<uint8_t>* Lengths(absl::string_view table);

  // The document_id of documents row `row`, or empty if not kept. Valid
  // until the next KeepDocumentId() or Check().
  absl::string_view DocumentId(int64_t row) const;
  // Starts loading what DocumentId(row) reads into the processor's cache (a
  // page's claims look up their documents at random rows).
  void PrefetchDocumentId(int64_t row) const;
  // Keeps `document_id` for documents row `row` (rows from
  // kMaxCachedDocumentRow on, and ids that are empty or longer than
  // kMaxCachedDocumentIdBytes, are not kept).
  void KeepDocumentId(int64_t row, absl::string_view document_id);

  // Row ids from kMaxCachedRow on (at most 16 MB of lengths per table) and
  // lengths from kMaxCachedLength tokens on (read each time) are not cached.
  static constexpr int64_t kMaxCachedRow = int64_t{1} << 24;
  static constexpr int kMaxCachedLength = 0xff - 1;
  static constexpr int64_t kMaxCachedDocumentRow = int64_t{1} << 21;
  static constexpr size_t kMaxCachedDocumentIdBytes = 31;

 private:
  // A kept document_id, inline: one cache line per lookup (the store's ids
  // are 16 characters).
  struct alignas(32) DocumentSlot {
    char bytes[kMaxCachedDocumentIdBytes];
    uint8_t size;  // 0 = not kept
  };

  void Clear();

  // False until the first check, and after a failed one.
  bool valid_ = false;
  // SQLITE_FCNTL_DATA_VERSION and the change log's last sequence when checked.
  unsigned data_version_ = 0;
  int64_t sequence_ = 0;
  std::map<std::string, std::vector<uint8_t>, std::less<>> lengths_;
  // By documents row id.
  std::vector<DocumentSlot> document_ids_;
};

}  // namespace store_internal
}  // namespace factwire

#endif  // FACTWIRE_STORE_READ_CACHE_H_
