#ifndef FACTWIRE_STORE_STORE_H_
#define FACTWIRE_STORE_STORE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "factwire/v1/records.pb.h"

namespace factwire {

// How to open a store.
struct StoreOptions {
  // Path of the SQLite file; created (with its schema) unless read_only.
  std::string path;
  // Opens without writing anything, not even migrations (the query service). A
  // read-only store sees what a writer in another process commits.
  bool read_only = false;
  // How long a statement waits for a lock before kUnavailable.
  absl::Duration busy_timeout = absl::Seconds(5);
};

// What Put() did.
struct PutResult {
  // The stored document as GetDocument(id, /*full=*/true) would return it.
  factwire::v1::Document document;
  // False when the same content was already stored (nothing was written).
  bool created = false;
};

// A page of a keyset-paged list: `after` is 0 for the first page, else the
// `next_after` of the previous page; `limit` >= 1.
struct PageQuery {
  int64_t after = 0;
  int limit = 50;
};

// Which claims SearchClaims() returns. Empty fields do not filter.
struct ClaimQuery {
  // FTS5 query over claim text, speaker and the sentence; empty = every claim,
  // oldest first. Words are matched as given; the store quotes each term, so the
  // caller never needs to escape FTS5 syntax.
  std::string text;
  std::string source_id;
  factwire::v1::ClaimKind kind = factwire::v1::CLAIM_KIND_UNSPECIFIED;
  std::string document_id;
  PageQuery page;
};

// Which figures ListFigures() returns. Empty fields do not filter.
struct FigureQuery {
  std::string document_id;
  // Every word must appear in the figure's subject (case-insensitive).
  std::vector<std::string> subject_words;
  factwire::v1::Dimension dimension = factwire::v1::DIMENSION_UNSPECIFIED;
  std::string unit;
  PageQuery page;
};

// Which sources ListSources() returns.
struct SourceQuery {
  factwire::v1::SourceType type = factwire::v1::SOURCE_TYPE_UNSPECIFIED;
  PageQuery page;
};

// One page of results; next_after is 0 when there are no more.
template <typename T>
struct Page {
  std::vector<T> items;
  int64_t next_after = 0;
};

// The factwire archive on SQLite: the only code in the project that speaks SQL.
//
// Schema is versioned by migrations applied at Open(); WAL mode, foreign keys on,
// busy_timeout set; every statement uses bound parameters.
// Thread-safe: calls are serialised on the one connection inside.
class Store {
 public:
  // Opens (and unless read_only, creates and migrates) the store at options.path.
  // kInvalidArgument for an empty path; kNotFound if read_only and the file does not
  // exist; kFailedPrecondition if the file's schema is newer than this binary knows;
  // kDataLoss if the file is not a SQLite database.
  static absl::StatusOr<std::unique_ptr<Store>> Open(const StoreOptions& options);

  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Stores `document` (text, paragraphs, claims, figures, sources) in one
  // transaction. `document.document_id` and `content_sha256` must be set.
  // Same content_sha256 already stored: returns it, created = false.
  // Same document_id with new content: replaces the document and its records,
  // revision + 1. Sets name, ingest_time and revision on the stored document.
  // kInvalidArgument without document_id or content_sha256; kFailedPrecondition
  // on a read-only store; kUnavailable when locked past the busy timeout.
  absl::StatusOr<PutResult> Put(const factwire::v1::Document& document);

  // The document with that id; `full` adds text, paragraphs, claims, figures and
  // sources. kNotFound if unknown.
  absl::StatusOr<factwire::v1::Document> GetDocument(absl::string_view document_id,
                                                     bool full);

  // Documents, newest stored first, without text or records (BASIC view).
  absl::StatusOr<Page<factwire::v1::Document>> ListDocuments(const PageQuery& page);

  // Claims matching `query`, best FTS5 rank first (or oldest first without text).
  // Each claim has name and document set. kInvalidArgument if the text has no
  // searchable word.
  absl::StatusOr<Page<factwire::v1::Claim>> SearchClaims(const ClaimQuery& query);

  // Figures matching `query`, in document then text order, name and document set.
  absl::StatusOr<Page<factwire::v1::Figure>> ListFigures(const FigureQuery& query);

  // The source with its aliases, titles and affiliations across documents and its
  // claim and document counts. kNotFound if unknown.
  absl::StatusOr<factwire::v1::Source> GetSource(absl::string_view source_id);

  // Sources, most claims first, with counts.
  absl::StatusOr<Page<factwire::v1::Source>> ListSources(const SourceQuery& query);

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace factwire

#endif  // FACTWIRE_STORE_STORE_H_
