#ifndef FACTWIRE_INGEST_SERVICE_WORK_POOL_H_
#define FACTWIRE_INGEST_SERVICE_WORK_POOL_H_

#include <deque>
#include <functional>
#include <thread>
#include <vector>

#include "absl/synchronization/mutex.h"

namespace factwire {

// A fixed set of threads running tasks in the order they were scheduled (the
// ingest service's analysis workers). The queue is not bounded here: callers
// bound how much they schedule (each stream keeps a window of items).
// Thread-safe.
class WorkPool {
 public:
  // Starts `threads` threads (values < 1 mean 1).
  explicit WorkPool(int threads);
  // Runs every task already scheduled, then joins the threads.
  ~WorkPool();
  WorkPool(const WorkPool&) = delete;
  WorkPool& operator=(const WorkPool&) = delete;

  // Queues `task` to run on one of the threads.
  void Schedule(std::function<void()> task);

 private:
  void Work();

  absl::Mutex mu_;
  std::deque<std::function<void()>> tasks_ ABSL_GUARDED_BY(mu_);
  bool stopping_ ABSL_GUARDED_BY(mu_) = false;
  std::vector<std::thread> threads_;
};

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_WORK_POOL_H_
