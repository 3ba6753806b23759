#include "ingest-service/commit_queue.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace factwire {

CommitQueue::CommitQueue(Store* store, CommitQueueOptions options)
    : store_(store), options_(options) {
  writer_ = std::thread([this] { Write(); });
  completer_ = std::thread([this] { Complete(); });
}

CommitQueue::~CommitQueue() {
  {
    absl::MutexLock lock(&mu_);
    stopping_ = true;
  }
  writer_.join();
  completer_.join();
}

void CommitQueue::Submit(PutItem item, Done done) {
  absl::MutexLock lock(&mu_);
  mu_.Await(absl::Condition(
      +[](CommitQueue* queue) ABSL_EXCLUSIVE_LOCKS_REQUIRED(queue->mu_) {
        return queue->waiting_.size() <
               std::max<size_t>(queue->options_.max_waiting, 1);
      },
      this));
  waiting_.push_back(Waiting{std::move(item), std::move(done)});
}

bool CommitQueue::TakeBatch(bool* due, std::vector<Waiting>* batch) {
  const absl::Condition ready(
      +[](CommitQueue* queue) ABSL_EXCLUSIVE_LOCKS_REQUIRED(queue->mu_) {
        // Stopping waits for the callbacks, which may submit more.
        return !queue->waiting_.empty() ||
               (queue->stopping_ && queue->committed_.empty() &&
                !queue->completing_);
      },
      this);
  // The first merge step waits for idle_merge_delay without documents; the
  // next ones follow while none arrive.
  absl::Duration delay = options_.idle_merge_delay;
  while (true) {
    {
      absl::MutexLock lock(&mu_);
      // Not while stopping: the queue then only drains.
      bool merge = *due && options_.idle_merge_pages > 0 &&
                   !mu_.AwaitWithTimeout(ready, delay) && !stopping_;
      if (!merge) {
        mu_.Await(ready);
        if (waiting_.empty()) {  // Stopping, nothing left.
          written_ = true;
          return false;
        }
        size_t take =
            std::min(waiting_.size(), std::max<size_t>(options_.max_batch, 1));
        for (size_t i = 0; i < take; ++i) {
          batch->push_back(std::move(waiting_.front()));
          waiting_.pop_front();
        }
        return true;
      }
    }
    // Idle: one merge step, without the lock. A failed step (the store
    // locked by another writer) is tried again after the next commit.
    absl::StatusOr<bool> more = store_->MergeIndexes(options_.idle_merge_pages);
    *due = more.ok() && *more;
    delay = absl::ZeroDuration();
  }
}

void CommitQueue::Write() {
  // True at the start too: merges a previous run left are done when idle.
  bool merge_due = true;
  while (true) {
    std::vector<Waiting> batch;
    if (!TakeBatch(&merge_due, &batch)) return;
    std::vector<PutItem> items;
    Committed committed;
    items.reserve(batch.size());
    committed.done.reserve(batch.size());
    committed.rows.reserve(batch.size());
    for (Waiting& waiting : batch) {
      committed.rows.push_back(waiting.item.rows);
      items.push_back(std::move(waiting.item));
      committed.done.push_back(std::move(waiting.done));
    }
    committed.results = store_->PutBatch(std::move(items));
    merge_due = true;
    absl::MutexLock lock(&mu_);
    committed_.push_back(std::move(committed));
  }
}

void CommitQueue::Complete() {
  while (true) {
    Committed committed;
    {
      absl::MutexLock lock(&mu_);
      mu_.Await(absl::Condition(
          +[](CommitQueue* queue) ABSL_EXCLUSIVE_LOCKS_REQUIRED(queue->mu_) {
            return queue->written_ || !queue->committed_.empty();
          },
          this));
      if (committed_.empty()) return;  // The writer is done, and so are we.
      committed = std::move(committed_.front());
      committed_.pop_front();
      completing_ = true;
    }
    for (size_t i = 0; i < committed.done.size(); ++i) {
      committed.done[i](std::move(committed.results[i]));
    }
    // The batch's results (and what is left of its documents) are freed
    // here, before the writer may stop.
    committed = Committed();
    absl::MutexLock lock(&mu_);
    completing_ = false;
  }
}

}  // namespace factwire
