#ifndef FACTWIRE_QUERY_SERVICE_WATCH_CHANGE_FEED_H_
#define FACTWIRE_QUERY_SERVICE_WATCH_CHANGE_FEED_H_

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "absl/synchronization/notification.h"
#include "absl/time/time.h"
#include "store/store.h"

namespace factwire {

// How a ChangeFeed polls and what watches default to.
struct ChangeFeedOptions {
  // How often the poller reads new changes from the store (and wakes
  // listeners, which also drives their heartbeats).
  absl::Duration poll_interval = absl::Milliseconds(150);
  // How many recent changes stay in memory, so listeners that keep up read
  // them without a store query. Listeners further behind read the store.
  size_t cache_size = 4096;
  // The most changes one store read returns.
  int page_size = 500;
  // The heartbeat interval of watches that do not ask for one.
  absl::Duration default_heartbeat = absl::Seconds(30);
};

// Something a ChangeFeed wakes: a watch stream.
class ChangeListener {
 public:
  virtual ~ChangeListener() = default;

  // After every poll (with or without new changes), on the poller's thread,
  // with `now` the poll's time. Must not block or call Subscribe() or
  // Unsubscribe().
  virtual void OnPoll(absl::Time now) = 0;

  // The feed closed (the server is draining): end the stream. Same thread
  // rules as OnPoll(); no OnPoll() follows.
  virtual void OnClose() = 0;
};

// The store's change log, followed by one poller shared by every watch: it
// reads new changes every poll_interval into a bounded in-memory cache and
// wakes each subscribed listener, which then reads what it has not seen
// (Read()). Works on a read-only store while another process writes.
//
// Thread-safe. Does not own the store, which must outlive the feed.
class ChangeFeed {
 public:
  // A feed starting at the store's latest change (not polling until Start()).
  // The store's errors.
  static absl::StatusOr<std::unique_ptr<ChangeFeed>> Create(
      Store* store, const ChangeFeedOptions& options);

  // Close()s and stops the poller.
  ~ChangeFeed();
  ChangeFeed(const ChangeFeed&) = delete;
  ChangeFeed& operator=(const ChangeFeed&) = delete;

  const ChangeFeedOptions& options() const { return options_; }

  // Starts the poller thread, which calls Poll(absl::Now()) every
  // poll_interval until Close(). Call at most once.
  void Start();

  // One poll: reads the changes committed since the last one, then wakes
  // every listener with `now` (also when the read failed, so heartbeats go
  // on). Returns the read's error (the next poll retries). Tests call it
  // directly instead of Start().
  absl::Status Poll(absl::Time now);

  // The latest sequence a poll has seen.
  int64_t head();

  // The latest sequence in the store right now (a store read; head() may lag
  // it by up to a poll). The store's errors.
  absl::StatusOr<int64_t> LatestSequence();

  // Up to `limit` (>= 1) changes with sequence > `after`, oldest first: from
  // the cache when it holds everything after `after`, else from the store
  // (which may return changes newer than head()). Empty when there is
  // nothing after `after` yet. The store's errors.
  absl::StatusOr<std::vector<Change>> Read(int64_t after, int limit);

  // Adds `listener`, woken after each poll until Unsubscribe(). Returns false
  // (and adds nothing) once the feed is closed.
  bool Subscribe(ChangeListener* listener);

  // Removes `listener`; once this returns, the feed no longer calls it.
  void Unsubscribe(ChangeListener* listener);

  // Calls OnClose() on every listener, removes them, refuses new ones and
  // stops the poller. Idempotent.
  void Close();

 private:
  ChangeFeed(Store* store, const ChangeFeedOptions& options, int64_t head);

  // Reads the changes after head_ into the cache.
  absl::Status ReadNew();
  void PollUntilClosed();

  Store* store_;
  const ChangeFeedOptions options_;

  absl::Mutex cache_mu_;
  // Every change with cache_floor_ < sequence <= head_, oldest first.
  std::deque<Change> cache_ ABSL_GUARDED_BY(cache_mu_);
  int64_t cache_floor_ ABSL_GUARDED_BY(cache_mu_);
  int64_t head_ ABSL_GUARDED_BY(cache_mu_);

  // Held while calling listeners (order: listeners_mu_, then a listener's
  // own lock, then cache_mu_).
  absl::Mutex listeners_mu_;
  std::vector<ChangeListener*> listeners_ ABSL_GUARDED_BY(listeners_mu_);
  bool closed_ ABSL_GUARDED_BY(listeners_mu_) = false;

  absl::Notification stop_;
  std::thread poller_;
};

}  // namespace factwire

#endif  // FACTWIRE_QUERY_SERVICE_WATCH_CHANGE_FEED_H_
