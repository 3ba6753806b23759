#ifndef FACTWIRE_QUERY_SERVICE_WATCH_WATCHER_H_
#define FACTWIRE_QUERY_SERVICE_WATCH_WATCHER_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "factwire/v1/query_service.pb.h"
#include "query-service/watch/change_feed.h"
#include "store/store.h"

namespace factwire {

// Where a watch starts and how often it beats.
struct WatchStart {
  // Events for changes with sequence > after.
  int64_t after = 0;
  absl::Duration heartbeat_interval;
};

// Heartbeat intervals a request may ask for.
inline constexpr absl::Duration kMinHeartbeat = absl::Milliseconds(100);
inline constexpr absl::Duration kMaxHeartbeat = absl::Hours(1);

// ParseWatchRequest()
//
// The start of a WatchDocuments stream: after the request's resume_token, or
// after `head` (the latest change) when it has none, or after 0 with
// from_beginning; the requested heartbeat interval or `default_heartbeat`.
// kInvalidArgument naming the field for a malformed resume_token, a
// resume_token together with from_beginning, or a heartbeat_interval outside
// [kMinHeartbeat, kMaxHeartbeat] (0 = default). Pure function.
absl::StatusOr<WatchStart> ParseWatchRequest(
    const factwire::v1::WatchDocumentsRequest& request, int64_t head,
    absl::Duration default_heartbeat);

// StartWatch()
//
// ParseWatchRequest() against `feed`: its head() and default heartbeat; and
// kOutOfRange naming resume_token when the token is ahead of the store's
// change log (the store was replaced or reset: waiting for the log to reach
// the token would silently skip changes). The store's errors.
absl::StatusOr<WatchStart> StartWatch(
    ChangeFeed* feed, const factwire::v1::WatchDocumentsRequest& request);

// The gRPC-free state of one WatchDocuments stream: which change it has sent
// last and when it last sent anything. Not thread-safe (a stream calls it
// under its own lock). Does not own `feed`, which must outlive it.
class Watcher {
 public:
  Watcher(ChangeFeed* feed, const WatchStart& start)
      : feed_(feed), start_(start), cursor_(start.after) {}

  // What to send next at `now`, or nullopt for nothing yet: first a
  // HEARTBEAT with the start's token; then each change after the last one
  // sent, oldest first; when there is none, a HEARTBEAT if nothing went out
  // for heartbeat_interval. Every message carries the token that resumes
  // right after it. The feed's read errors (nothing is consumed then).
  absl::StatusOr<std::optional<factwire::v1::WatchDocumentsResponse>> Next(
      absl::Time now);

 private:
  // Refills pending_ from the feed when it is used up.
  absl::Status Refill();
  factwire::v1::WatchDocumentsResponse Heartbeat(absl::Time now) const;

  ChangeFeed* feed_;
  WatchStart start_;
  // The sequence of the last change sent (or the start).
  int64_t cursor_;
  std::vector<Change> pending_;
  size_t next_pending_ = 0;
  bool started_ = false;
  absl::Time last_sent_ = absl::InfinitePast();
};

}  // namespace factwire

#endif  // FACTWIRE_QUERY_SERVICE_WATCH_WATCHER_H_
