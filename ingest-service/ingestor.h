#ifndef FACTWIRE_INGEST_SERVICE_INGESTOR_H_
#define FACTWIRE_INGEST_SERVICE_INGESTOR_H_

#include <cstdint>
#include <functional>
#include <memory>

#include "absl/status/statusor.h"
#include "factwire/v1/ingest_service.pb.h"
#include "google/protobuf/empty.pb.h"
#include "ingest-service/analyzer.h"
#include "ingest-service/commit_queue.h"
#include "ingest-service/work_pool.h"
#include "store/store.h"

namespace factwire {

// The longest request_id accepted.
inline constexpr size_t kMaxRequestIdChars = 128;

// RequestFingerprint()
//
// What identifies a request for request_id deduplication: the hex SHA-256 of
// its deterministic serialization without request_id and validate_only. Two
// requests differing in any other field differ. Pure function.
std::string RequestFingerprint(
    const factwire::v1::IngestDocumentRequest& request);

// How an Ingestor runs its work.
struct IngestorOptions {
  // Threads analyzing documents for IngestAsync() and streams (values < 1
  // mean the CPUs of the machine).
  int analysis_threads = 0;
  // How stores are grouped into transactions.
  CommitQueueOptions commit;
};

// A request analyzed and ready to commit (Ingestor::Prepare()).
struct PreparedIngest {
  // The analyzer's or the request's error; set means nothing is stored.
  absl::Status status;
  bool validate_only = false;
  // The analyzed document with, for a request_id, its RequestKey.
  PutItem item;
};

// The gRPC-free core of IngestService: analyze a request's content, then store
// the result. Semantics as documented in
// proto/factwire/v1/ingest_service.proto.
//
// Documents are stored through one CommitQueue, so concurrent calls share
// transactions (group commit); analysis for IngestAsync() runs on a pool of
// analysis threads. Thread-safe (the analyzer and the store are). Owns
// neither `analyzer` nor `store`; both must outlive it.
class Ingestor {
 public:
  // What an asynchronous ingest ends with.
  using IngestDone =
      std::function<void(absl::StatusOr<factwire::v1::IngestDocumentResponse>)>;

  Ingestor(const Analyzer* analyzer, Store* store,
           IngestorOptions options = IngestorOptions());

  // Analyzes and (unless validate_only) stores the document. The response holds
  // the stored document without its text; created is false when the same
  // content was already stored, and always false for validate_only. Errors:
  // the analyzer's (kInvalidArgument naming the field, kResourceExhausted over
  // kMaxContentBytes) and the store's (kUnavailable when busy). A failed call
  // leaves the store unchanged.
  // With a request_id (and not validate_only), a retry of the same request
  // stores nothing and answers as the first call did (Store::Put with a
  // RequestKey whose fingerprint is RequestFingerprint(request)); the same id
  // for a different request is kInvalidArgument; an id over
  // kMaxRequestIdChars is kInvalidArgument.
  // Blocks until the document's transaction has committed.
  absl::StatusOr<factwire::v1::IngestDocumentResponse> Ingest(
      const factwire::v1::IngestDocumentRequest& request) const;

  // Ingest() without blocking: analyzes on the analysis threads, stores
  // through the commit queue and calls `done` (on one of those threads) with
  // what Ingest() would return. `request` must stay valid until `done` runs.
  void IngestAsync(const factwire::v1::IngestDocumentRequest& request,
                   IngestDone done) const;

  // The first half of Ingest(), on the calling thread: validates and
  // analyzes. Pure apart from the analyzer's work.
  PreparedIngest Prepare(
      const factwire::v1::IngestDocumentRequest& request) const;

  // The second half: stores `prepared` through the commit queue (unless it
  // failed or is validate_only) and calls `done` with the response — at once
  // on the calling thread, or on the writer thread after the commit. Items
  // committed from one thread are stored in the order of the calls.
  void Commit(PreparedIngest prepared, IngestDone done) const;

  // Ingest() for one item of a stream: the ack for the `index`-th request,
  // carrying the request's request_id and external_id, and either code 0 and
  // the response or Ingest()'s error code (an absl::StatusCode, which equals
  // the gRPC code) and message. Never fails as a whole.
  factwire::v1::IngestAck IngestItem(
      int32_t index, const factwire::v1::IngestDocumentRequest& request) const;

  // The ack for the `index`-th request of a stream from `response` (Ingest()'s
  // result for `request`), as IngestItem() builds it.
  static factwire::v1::IngestAck Ack(
      int32_t index, const factwire::v1::IngestDocumentRequest& request,
      absl::StatusOr<factwire::v1::IngestDocumentResponse> response);

  // Deletes the document `request.name` ("documents/{document_id}") and its
  // records (Store::Delete). kInvalidArgument naming `name` when malformed;
  // kNotFound if unknown; the store's errors.
  absl::StatusOr<google::protobuf::Empty> Delete(
      const factwire::v1::DeleteDocumentRequest& request) const;

  // The document with its text and records, not stored. The analyzer's errors.
  absl::StatusOr<factwire::v1::AnalyzeDocumentResponse> Analyze(
      const factwire::v1::AnalyzeDocumentRequest& request) const;

  // The analysis threads, for callers that analyze in parallel themselves
  // (streams).
  WorkPool* analysis_pool() const { return pool_.get(); }

 private:
  const Analyzer* analyzer_;
  Store* store_;
  // Declared before the pool: the pool's tasks submit to the queue, so the
  // pool stops first.
  std::unique_ptr<CommitQueue> commits_;
  std::unique_ptr<WorkPool> pool_;
};

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_INGESTOR_H_
