#ifndef FACTWIRE_INGEST_SERVICE_COMMIT_QUEUE_H_
#define FACTWIRE_INGEST_SERVICE_COMMIT_QUEUE_H_

#include <cstddef>
#include <deque>
#include <functional>
#include <thread>

#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "store/store.h"

namespace factwire {

// How a CommitQueue batches.
struct CommitQueueOptions {
  // Most documents in one transaction.
  size_t max_batch = 256;
  // Most documents waiting; Submit() blocks beyond it (back-pressure).
  size_t max_waiting = 1024;
};

// Group commit for concurrent writers: one writer thread takes every document
// waiting (up to max_batch) and stores them with one Store::PutBatch, so
// documents submitted while a transaction runs share the next one. There is
// no timer: a lone document is committed at once, and batches grow with the
// load. Documents are stored, and their callbacks run, in submission order.
// Thread-safe. Does not own `store`, which must outlive the queue.
class CommitQueue {
 public:
  // What Submit() calls with the document's PutBatch result.
  using Done = std::function<void(absl::StatusOr<PutResult>)>;

  CommitQueue(Store* store, CommitQueueOptions options);
  // Commits what is waiting, then stops the writer thread.
  ~CommitQueue();
  CommitQueue(const CommitQueue&) = delete;
  CommitQueue& operator=(const CommitQueue&) = delete;

  // Queues `item`; `done` runs on the writer thread once the transaction
  // holding it has committed (or failed). Blocks while max_waiting documents
  // wait.
  void Submit(PutItem item, Done done);

 private:
  struct Waiting {
    PutItem item;
    Done done;
  };

  void Write();

  Store* store_;
  const CommitQueueOptions options_;
  absl::Mutex mu_;
  std::deque<Waiting> waiting_ ABSL_GUARDED_BY(mu_);
  bool stopping_ ABSL_GUARDED_BY(mu_) = false;
  std::thread writer_;
};

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_COMMIT_QUEUE_H_
