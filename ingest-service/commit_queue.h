#ifndef FACTWIRE_INGEST_SERVICE_COMMIT_QUEUE_H_
#define FACTWIRE_INGEST_SERVICE_COMMIT_QUEUE_H_

#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "store/store.h"

namespace factwire {

// How a CommitQueue batches.
struct CommitQueueOptions {
  // Most documents in one transaction.
  size_t max_batch = 256;
  // Most documents waiting; Submit() blocks beyond it (back-pressure).
  size_t max_waiting = 1024;
  // Once nothing has waited for idle_merge_delay, the writer merges the
  // full-text index segments commits left (Store::MergeIndexes), this many
  // pages per index a step, checking for new documents between steps;
  // 0 = never.
  int idle_merge_pages = 128;
  // How long the queue must stay empty before merging starts: the short gaps
  // between batches of a steady load are not idle time.
  absl::Duration idle_merge_delay = absl::Milliseconds(50);
};

// Group commit for concurrent writers: one writer thread takes every document
// waiting (up to max_batch) and stores them with one Store::PutBatch, so
// documents submitted while a transaction runs share the next one. There is
// no timer: a lone document is committed at once, and batches grow with the
// load. A second thread runs the callbacks of each committed batch and frees
// its documents while the writer already stores the next one (the writer is
// the pipeline's one serial stage; a callback builds and sends a response).
// Documents are stored, and their callbacks run, in submission order. Once
// nothing has waited for a moment, the writer merges index segments in short
// steps (writes leave most merging for then, schema 13) until nothing is left
// to merge or a document arrives; a merge delays a commit by at most one
// step.
// Thread-safe. Does not own `store`, which must outlive the queue.
class CommitQueue {
 public:
  // What Submit() calls with the document's PutBatch result.
  using Done = std::function<void(absl::StatusOr<PutResult>)>;

  CommitQueue(Store* store, CommitQueueOptions options);
  // Commits what is waiting, runs every callback, then stops both threads.
  ~CommitQueue();
  CommitQueue(const CommitQueue&) = delete;
  CommitQueue& operator=(const CommitQueue&) = delete;

  // Queues `item`; `done` runs on the queue's callback thread once the
  // transaction holding it has committed (or failed). Blocks while
  // max_waiting documents wait.
  void Submit(PutItem item, Done done);

 private:
  struct Waiting {
    PutItem item;
    Done done;
  };
  // A committed batch's callbacks with their results, in submission order.
  struct Committed {
    std::vector<Done> done;
    std::vector<absl::StatusOr<PutResult>> results;
    // The batch's encoded rows, held so they are freed here too.
    std::vector<std::shared_ptr<const EncodedRows>> rows;
  };

  void Write();
  // Waits for documents to store, merging index segments while none wait
  // and merges are `due`; false when stopping with nothing left.
  bool TakeBatch(bool* due, std::vector<Waiting>* batch);
  void Complete();

  Store* store_;
  const CommitQueueOptions options_;
  absl::Mutex mu_;
  std::deque<Waiting> waiting_ ABSL_GUARDED_BY(mu_);
  bool stopping_ ABSL_GUARDED_BY(mu_) = false;
  std::deque<Committed> committed_ ABSL_GUARDED_BY(mu_);
  // The completer runs a batch's callbacks.
  bool completing_ ABSL_GUARDED_BY(mu_) = false;
  // The writer has returned (stopping, nothing waiting, no callback left).
  bool written_ ABSL_GUARDED_BY(mu_) = false;
  std::thread writer_;
  std::thread completer_;
};

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_COMMIT_QUEUE_H_
