#include "ingest-service/commit_queue.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace factwire {

CommitQueue::CommitQueue(Store* store, CommitQueueOptions options)
    : store_(store), options_(options) {
  writer_ = std::thread([this] { Write(); });
}

CommitQueue::~CommitQueue() {
  {
    absl::MutexLock lock(&mu_);
    stopping_ = true;
  }
  writer_.join();
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

void CommitQueue::Write() {
  while (true) {
    std::vector<Waiting> batch;
    {
      absl::MutexLock lock(&mu_);
      mu_.Await(absl::Condition(
          +[](CommitQueue* queue) ABSL_EXCLUSIVE_LOCKS_REQUIRED(queue->mu_) {
            return queue->stopping_ || !queue->waiting_.empty();
          },
          this));
      if (waiting_.empty()) return;  // stopping, nothing left
      size_t take =
          std::min(waiting_.size(), std::max<size_t>(options_.max_batch, 1));
      for (size_t i = 0; i < take; ++i) {
        batch.push_back(std::move(waiting_.front()));
        waiting_.pop_front();
      }
    }
    std::vector<PutItem> items;
    items.reserve(batch.size());
    for (Waiting& waiting : batch) items.push_back(std::move(waiting.item));
    std::vector<absl::StatusOr<PutResult>> results = store_->PutBatch(std::move(items));
    for (size_t i = 0; i < batch.size(); ++i) {
      batch[i].done(std::move(results[i]));
    }
  }
}

}  // namespace factwire
