#ifndef FACTWIRE_STORE_STORE_H_
#define FACTWIRE_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "factwire/v1/records.pb.h"
#include "google/protobuf/repeated_ptr_field.h"
#include "store/filter.h"

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
  // SQLite connections to keep open (values < 1 mean 1). Reads run in parallel
  // on up to this many; writes always use the first. 1 serialises every call.
  int connections = 1;
  // Reads (every method but Put, Delete and Check) running longer than this
  // are stopped with kDeadlineExceeded, so one expensive search cannot hold a
  // connection indefinitely. Measured in real time.
  absl::Duration read_timeout = absl::InfiniteDuration();
  // Page cache per connection. A larger cache speeds up Put() (FTS5 index
  // merges) and ranked searches.
  int64_t cache_bytes = int64_t{32} << 20;
  // The time Put() records as ingest_time and the change log records; absl::Now
  // when empty (tests set a fixed clock).
  std::function<absl::Time()> clock;
};

// What Put() did.
struct PutResult {
  // The stored document as GetDocument(id, /*full=*/true) would return it.
  factwire::v1::Document document;
  // False when the same content was already stored (nothing was written).
  bool created = false;
};

// How long Put() remembers a request id (at least; see RequestKey).
inline constexpr absl::Duration kRequestIdRetention = absl::Hours(7 * 24);

// Identifies a caller's request for an idempotent Put() (AIP-155 request_id).
struct RequestKey {
  // The caller's id; unique per logical request.
  std::string request_id;
  // What the request asked for (e.g. a hash of it without its id): a retry
  // has the same fingerprint, another request reusing the id does not.
  std::string fingerprint;
};

// A document's rows encoded for the write (EncodeRows()). Opaque.
struct EncodedRows;

// EncodeRows()
//
// What Store::PutBatch() writes for `document` besides its columns (its
// checks and serialized records), made ahead on any thread so the one writer
// thread only binds it. Leaves `document` as it was (fields are moved out and
// back while it runs, so nothing else may use it meanwhile). Thread-safe.
std::shared_ptr<const EncodedRows> EncodeRows(
    factwire::v1::Document* document);

// One document for Store::PutBatch(): stored as Put(document), or with a key
// as Put(document, *key).
struct PutItem {
  factwire::v1::Document document;
  std::optional<RequestKey> key;
  // EncodeRows(&document) if made ahead (it must not have changed since);
  // null: PutBatch encodes it on the writer thread.
  std::shared_ptr<const EncodedRows> rows = nullptr;
};

// A page of a list: `after` is 0 for the first page, else the `next_after` of
// the previous page; `limit` >= 1 (kInvalidArgument otherwise, or if `after` <
// 0). For most lists `after` is a keyset position (the last row's id), so pages
// stay stable while documents are added; ranked lists (SearchClaims with text,
// ListSources) use it as an offset into the ranking instead.
struct PageQuery {
  int64_t after = 0;
  int limit = 50;
  // Lists with an order_by page by keyset on (sort key, row id): `after` is
  // the last row's id and `after_key` its sort key, both from the previous
  // page (Page::next_after, Page::next_after_key). Ignored without order_by.
  std::string after_key = std::string();
};

// A list's sort order (the AIP-160 order_by "field [asc|desc]"): an empty field
// keeps the list's default order. Each list names the fields it sorts by;
// ties go to the row stored first. Rows without the field (a document without
// publish_time) come last in either direction.
struct SortOrder {
  std::string field;
  bool descending = false;
};

// Which documents SearchDocuments() returns. Empty fields do not filter.
struct DocumentQuery {
  // Words that must all appear in the headline or text (the rules of
  // ClaimQuery::text). Filters only: results stay newest stored first.
  std::string text;
  // Exact section, case-insensitive for ASCII.
  std::string section;
  // Documents citing this source (in their sources).
  std::string source_id;
  // publish_time in [published_after, published_before); when either bound is
  // set, documents without a publish_time are left out.
  absl::Time published_after = absl::InfinitePast();
  absl::Time published_before = absl::InfiniteFuture();
  // A parsed filter (store/filter.h) ANDed with the fields above; null = none.
  // kInvalidArgument if it names a field this list does not have or compares
  // a field with a value of another type.
  std::shared_ptr<const FilterExpr> filter;
  // By publish_time; pages by keyset (never skips or repeats a document
  // while documents are added). kInvalidArgument for another field.
  SortOrder order_by;
  PageQuery page;
};

// Which claims SearchClaims() returns. Empty fields do not filter.
struct ClaimQuery {
  // Words searched (FTS5, porter stemming, case- and accent-insensitive) in the
  // claim text, speaker and sentence; every word must match. Empty = every
  // claim, oldest first. The store quotes each word, so FTS5 syntax in user
  // text is matched literally and never errors; a trailing '*' searches a
  // prefix ("fent*"). With text and no order_by, claims are ranked by bm25
  // (claim text and speaker weigh 1, the sentence 0.5; ties oldest first)
  // within windows of the `rank_window` newest matches: the first pages rank
  // the newest window, the next ones the window before it, and so on, so a
  // page costs the same however many claims match, and paging returns every
  // match exactly once. When all matches fit in one window (selective
  // queries) the ranking is global. A page may end short at a window's end.
  // page.after/after_key hold the window's newest row id and the offset in it.
  std::string text;
  // How many of the newest matches one relevance window ranks (see `text`);
  // keep it the same for every page of one search.
  int rank_window = 500;
  std::string source_id;
  factwire::v1::ClaimKind kind = factwire::v1::CLAIM_KIND_UNSPECIFIED;
  std::string document_id;
  // The claim's document publish_time in [published_after, published_before);
  // when either bound is set, documents without a publish_time are left out.
  absl::Time published_after = absl::InfinitePast();
  absl::Time published_before = absl::InfiniteFuture();
  // A parsed filter (store/filter.h) ANDed with the fields above; null = none.
  // kInvalidArgument if it names a field this list does not have or compares
  // a field with a value of another type.
  std::shared_ptr<const FilterExpr> filter;
  // By publish_time or checkworthiness, replacing the rank when there is text;
  // pages by keyset. kInvalidArgument for another field.
  SortOrder order_by;
  PageQuery page;
};

// Which figures ListFigures() returns. Empty fields do not filter.
struct FigureQuery {
  std::string document_id;
  // Every word must appear in the figure's subject (case-insensitive, porter
  // stemmed: "death" matches "deaths"). kInvalidArgument if words are given but
  // none has a letter or digit.
  std::vector<std::string> subject_words;
  factwire::v1::Dimension dimension = factwire::v1::DIMENSION_UNSPECIFIED;
  // Exact unit, case-insensitive for ASCII ("kg", "USD").
  std::string unit;
  // Exact place, case-insensitive for ASCII ("United States").
  std::string place;
  factwire::v1::Qualifier qualifier = factwire::v1::QUALIFIER_UNSPECIFIED;
  // Bounds (inclusive) on normalized_value, the value in its dimension's base
  // unit; combine with `dimension` to compare like with like.
  std::optional<double> min_normalized_value;
  std::optional<double> max_normalized_value;
  // A parsed filter (store/filter.h) ANDed with the fields above; null = none.
  // kInvalidArgument if it names a field this list does not have or compares
  // a field with a value of another type.
  std::shared_ptr<const FilterExpr> filter;
  // By value or publish_time; pages by keyset. kInvalidArgument for another
  // field.
  SortOrder order_by;
  PageQuery page;
};

// Which sources ListSources() returns; page.after is an offset into the
// ranking.
struct SourceQuery {
  factwire::v1::SourceType type = factwire::v1::SOURCE_TYPE_UNSPECIFIED;
  // A parsed filter (store/filter.h) ANDed with `type`; null = none.
  // kInvalidArgument if it names a field this list does not have or compares
  // a field with a value of another type.
  std::shared_ptr<const FilterExpr> filter;
  // By name (case-insensitive; pages by keyset) or claim_count (then
  // document_count, source_id; pages by offset like the default order, which
  // is claim_count desc). kInvalidArgument for another field.
  SortOrder order_by;
  PageQuery page;
};

// What happened to a document, for watch streams.
enum class ChangeKind {
  // First stored (revision 1).
  kStored,
  // Replaced by new content (revision > 1).
  kReplaced,
  // Deleted by Delete().
  kDeleted,
};

// One entry of the change log.
struct Change {
  // Monotonic, > 0; later changes have larger sequences. Use as
  // PageQuery::after to resume.
  int64_t sequence = 0;
  std::string document_id;
  ChangeKind kind = ChangeKind::kStored;
  // The revision stored (for kDeleted: the revision that was deleted).
  int32_t revision = 0;
  absl::Time time;
};

// One page of results; next_after is 0 when there are no more.
template <typename T>
struct Page {
  std::vector<T> items;
  int64_t next_after = 0;
  // With an order_by: the sort key of the last row, for PageQuery::after_key.
  std::string next_after_key;
};

// Where a page filled into a caller's field ends: Page<T> without its items.
struct PageEnd {
  int64_t next_after = 0;
  std::string next_after_key;
};

// The factwire archive on SQLite: the only code in the project that speaks SQL.
//
// Schema is versioned by migrations applied at Open(); WAL mode, foreign keys
// on, busy_timeout set; every statement uses bound parameters.
// Besides the errors each method names, any call may return kUnavailable (the
// database stayed locked past busy_timeout, or an I/O error) and kDataLoss (the
// file or a stored record is corrupt); reads may return kDeadlineExceeded
// (options.read_timeout).
// Thread-safe: each call holds one of options.connections connections for its
// duration (writes always the first), so calls beyond that number wait.
class Store {
 public:
  // Opens (and unless read_only, creates and migrates) the store at
  // options.path. kInvalidArgument for an empty path; kNotFound if read_only
  // and the file does not exist; kFailedPrecondition if the file's schema is
  // newer than this binary knows, or if read_only and no writer has migrated
  // the file yet; kDataLoss if the file is not a SQLite database; kUnavailable
  // if a writer holds the lock past the busy timeout during migration.
  static absl::StatusOr<std::unique_ptr<Store>> Open(
      const StoreOptions& options);

  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Stores `document` (text, paragraphs, claims, figures, sources) in one
  // transaction: on any error nothing is written.
  // - Same content_sha256 already stored (under any document_id): returns that
  //   document, created = false, and writes nothing; except when it is stored
  //   under this document_id with another extractor_version (an article sent
  //   again after an upgrade): then its records are replaced, revision + 1
  //   (kReplaced in the change log).
  // - Same document_id with new content: replaces the document and all its
  //   records, revision + 1 (kReplaced in the change log).
  // - Otherwise stores it as revision 1 (kStored in the change log).
  // Sets name, ingest_time and revision. Sources are shared by source_id: the
  // latest non-empty name and type win; aliases, titles and affiliations
  // accumulate across documents; a source no document cites any more is
  // removed. kInvalidArgument without document_id or content_sha256, or if a
  // claim_id, figure_id or source_id is empty or repeats within the document;
  // kFailedPrecondition on a read-only store; kUnavailable when locked past
  // the busy timeout.
  absl::StatusOr<PutResult> Put(const factwire::v1::Document& document);

  // Put() made safe to retry: in the same transaction, looks `key.request_id`
  // up among the ids remembered for kRequestIdRetention (or longer).
  // - Unknown id: Put(document), then remembers the id with the fingerprint,
  //   the document_id and created.
  // - Known id, same fingerprint: writes nothing and returns the document the
  //   first call stored as it is now (GetDocument(id, true)) with the first
  //   call's `created`; kNotFound if that document has been deleted since.
  // - Known id, other fingerprint: kInvalidArgument naming request_id.
  // kInvalidArgument for an empty request_id; otherwise Put()'s errors.
  absl::StatusOr<PutResult> Put(const factwire::v1::Document& document,
                                const RequestKey& key);

  // Group commit: stores `items` in their order in ONE write transaction
  // (one fsync, one full-text index segment for the batch), each item as
  // Put() or Put(document, key) would, and returns one result per item, in
  // order. Each item is stored whole or not at all: an item that fails (its
  // own error, as Put() names it) leaves nothing behind and the others are
  // still stored. Later items see earlier ones: the same content twice
  // stores it once (created = false the second time); the same document_id
  // with new content twice ends at revision + 2; a request_id repeated in
  // the batch is a retry. The change log gets the items' changes in item
  // order. If the transaction cannot begin or commit (kUnavailable when
  // locked past the busy timeout, kFailedPrecondition on a read-only store),
  // nothing is stored and every item fails with that error. Takes the items
  // (each result's document is its item's, moved).
  std::vector<absl::StatusOr<PutResult>> PutBatch(std::vector<PutItem> items);

  // One bounded step of the full-text index upkeep that writes leave for
  // idle time: merges index segments (FTS5 'merge' with about `pages` leaf
  // pages per index, levels of four segments or more) in its own write
  // transaction. Writes merge little themselves (schema 13), so a search
  // seeks its words in a few more segments until this catches up; answers
  // are the same either way. Returns true if a step did work (call again
  // while it does and the writer has nothing else to do), false when nothing
  // is left. kFailedPrecondition on a read-only store; kUnavailable when
  // locked.
  absl::StatusOr<bool> MergeIndexes(int pages);

  // The document with that id; `full` adds text, paragraphs, claims, figures
  // and sources (claims and figures with name and document set, sources as
  // extracted from this document, without counts). kNotFound if unknown.
  absl::StatusOr<factwire::v1::Document> GetDocument(
      absl::string_view document_id, bool full);
  // GetDocument() above stored into `*document`, whose fields it replaces (a
  // message reused between calls keeps its strings and cleared records). On
  // error `*document` may hold part of a document.
  absl::Status GetDocument(absl::string_view document_id, bool full,
                           factwire::v1::Document* document);

  // Documents, newest stored first (a replaced document counts as stored at its
  // replacement), without text, paragraphs or records (BASIC view).
  absl::StatusOr<Page<factwire::v1::Document>> ListDocuments(
      const PageQuery& page);

  // Documents matching `query`, newest stored first, BASIC view (as
  // ListDocuments(), which is SearchDocuments() without filters). Pages by
  // keyset. kInvalidArgument if the text has no searchable word.
  absl::StatusOr<Page<factwire::v1::Document>> SearchDocuments(
      const DocumentQuery& query);

  // Claims matching `query`, best FTS5 rank first (or oldest first without
  // text). Each claim has name and document set. kInvalidArgument if the text
  // has no searchable word.
  absl::StatusOr<Page<factwire::v1::Claim>> SearchClaims(
      const ClaimQuery& query);

  // SearchClaims() above, the page's claims stored into `*claims` (cleared
  // first), reusing the cleared elements it keeps (a response reused between
  // calls allocates no claims anew). On error `*claims` holds any part of
  // the page.
  absl::StatusOr<PageEnd> SearchClaims(
      const ClaimQuery& query,
      google::protobuf::RepeatedPtrField<factwire::v1::Claim>* claims);

  // Figures matching `query`, in storage order (documents oldest stored first,
  // then the order Put() received the figures in), name and document set.
  absl::StatusOr<Page<factwire::v1::Figure>> ListFigures(
      const FigureQuery& query);

  // The source with its aliases, titles and affiliations across documents and
  // its claim and document counts. kNotFound if unknown.
  absl::StatusOr<factwire::v1::Source> GetSource(absl::string_view source_id);
  // GetSource() above stored into `*source`, whose fields it replaces (a
  // message reused between calls keeps its strings' memory). On error
  // `*source` may hold part of a source.
  absl::Status GetSource(absl::string_view source_id,
                         factwire::v1::Source* source);

  // Sources, most claims first (then most documents, then source_id), with
  // counts, aliases, titles and affiliations as GetSource() returns them.
  absl::StatusOr<Page<factwire::v1::Source>> ListSources(
      const SourceQuery& query);

  // One claim or figure with name and document set. kNotFound if the document
  // or the record is unknown.
  absl::StatusOr<factwire::v1::Claim> GetClaim(absl::string_view document_id,
                                               absl::string_view claim_id);
  // GetClaim() above stored into `*claim`, whose fields it replaces (a
  // message reused between calls keeps its strings' memory). On error
  // `*claim` may hold part of a claim.
  absl::Status GetClaim(absl::string_view document_id,
                        absl::string_view claim_id,
                        factwire::v1::Claim* claim);
  absl::StatusOr<factwire::v1::Figure> GetFigure(absl::string_view document_id,
                                                 absl::string_view figure_id);

  // Deletes the document and its claims, figures and per-document source
  // records in one transaction (a takedown); sources cited by other documents
  // stay, sources left without documents go. Logs a kDeleted change. kNotFound
  // if unknown; kFailedPrecondition on a read-only store; kUnavailable when
  // locked.
  absl::Status Delete(absl::string_view document_id);

  // Verifies the database file (PRAGMA quick_check) and, unless read-only,
  // that the full-text indexes match the tables (FTS5 integrity-check).
  // kDataLoss describing the first problem found.
  absl::Status Check();

  // The change log after page.after (a sequence), oldest first; next_after is
  // the last sequence returned when more follow. Poll with the last sequence
  // seen to follow new changes.
  absl::StatusOr<Page<Change>> ListChanges(const PageQuery& page);

  // The sequence of the latest change (0 when the log is empty): watching
  // "from now" resumes after it.
  absl::StatusOr<int64_t> LastChangeSequence();

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace factwire

#endif  // FACTWIRE_STORE_STORE_H_
