#include "query-service/watch/watcher.h"

#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "query-service/watch/resume_token.h"

namespace factwire {
namespace {

// Changes read from the feed at a time.
constexpr int kReadBatch = 100;

v1::WatchEventKind EventKind(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::kStored:
      return v1::WATCH_EVENT_KIND_STORED;
    case ChangeKind::kReplaced:
      return v1::WATCH_EVENT_KIND_REPLACED;
    case ChangeKind::kDeleted:
      return v1::WATCH_EVENT_KIND_DELETED;
  }
  return v1::WATCH_EVENT_KIND_UNSPECIFIED;
}

void SetTime(absl::Time time, google::protobuf::Timestamp* timestamp) {
  int64_t micros = absl::ToUnixMicros(time);
  int64_t seconds = micros / 1000000;
  int64_t rest = micros % 1000000;
  if (rest < 0) {
    rest += 1000000;
    --seconds;
  }
  timestamp->set_seconds(seconds);
  timestamp->set_nanos(static_cast<int32_t>(rest * 1000));
}

v1::WatchDocumentsResponse Event(const Change& change) {
  v1::WatchDocumentsResponse event;
  event.set_kind(EventKind(change.kind));
  event.set_document(absl::StrCat("documents/", change.document_id));
  event.set_revision(change.revision);
  SetTime(change.time, event.mutable_change_time());
  event.set_resume_token(EncodeResumeToken(change.sequence));
  return event;
}

absl::StatusOr<absl::Duration> HeartbeatInterval(
    const google::protobuf::Duration& requested, absl::Duration fallback) {
  absl::Duration interval =
      absl::Seconds(requested.seconds()) + absl::Nanoseconds(requested.nanos());
  if (interval == absl::ZeroDuration()) return fallback;
  if (interval < kMinHeartbeat || interval > kMaxHeartbeat) {
    return absl::InvalidArgumentError(
        absl::StrCat("heartbeat_interval must be 0 (default) or between ",
                     absl::FormatDuration(kMinHeartbeat), " and ",
                     absl::FormatDuration(kMaxHeartbeat), ", got ",
                     absl::FormatDuration(interval)));
  }
  return interval;
}

}  // namespace

absl::StatusOr<WatchStart> ParseWatchRequest(
    const v1::WatchDocumentsRequest& request, int64_t head,
    absl::Duration default_heartbeat) {
  WatchStart start;
  absl::StatusOr<absl::Duration> interval =
      HeartbeatInterval(request.heartbeat_interval(), default_heartbeat);
  if (!interval.ok()) return interval.status();
  start.heartbeat_interval = *interval;
  if (request.resume_token().empty()) {
    start.after = request.from_beginning() ? 0 : head;
    return start;
  }
  if (request.from_beginning()) {
    return absl::InvalidArgumentError(
        "from_beginning and resume_token exclude each other: a resume_token "
        "already says where to start");
  }
  absl::StatusOr<int64_t> after = DecodeResumeToken(request.resume_token());
  if (!after.ok()) return after.status();
  start.after = *after;
  return start;
}

absl::StatusOr<WatchStart> StartWatch(
    ChangeFeed* feed, const v1::WatchDocumentsRequest& request) {
  absl::StatusOr<WatchStart> start = ParseWatchRequest(
      request, feed->head(), feed->options().default_heartbeat);
  if (!start.ok() || start->after <= feed->head()) return start;
  absl::StatusOr<int64_t> latest = feed->LatestSequence();
  if (!latest.ok()) return latest.status();
  if (start->after <= *latest) return start;
  return absl::OutOfRangeError(
      "resume_token is ahead of the change log (was the store replaced?): "
      "watch again without one, or with from_beginning");
}

absl::StatusOr<std::optional<v1::WatchDocumentsResponse>> Watcher::Next(
    absl::Time now) {
  if (!started_) {
    started_ = true;
    last_sent_ = now;
    return std::optional<v1::WatchDocumentsResponse>(Heartbeat(now));
  }
  absl::Status status = Refill();
  if (!status.ok()) return status;
  if (next_pending_ < pending_.size()) {
    const Change& change = pending_[next_pending_++];
    cursor_ = change.sequence;
    last_sent_ = now;
    return std::optional<v1::WatchDocumentsResponse>(Event(change));
  }
  if (now - last_sent_ < start_.heartbeat_interval) {
    return std::optional<v1::WatchDocumentsResponse>();
  }
  last_sent_ = now;
  return std::optional<v1::WatchDocumentsResponse>(Heartbeat(now));
}

absl::Status Watcher::Refill() {
  if (next_pending_ < pending_.size()) return absl::OkStatus();
  absl::StatusOr<std::vector<Change>> changes =
      feed_->Read(cursor_, kReadBatch);
  if (!changes.ok()) return changes.status();
  pending_ = *std::move(changes);
  next_pending_ = 0;
  return absl::OkStatus();
}

v1::WatchDocumentsResponse Watcher::Heartbeat(absl::Time now) const {
  v1::WatchDocumentsResponse heartbeat;
  heartbeat.set_kind(v1::WATCH_EVENT_KIND_HEARTBEAT);
  SetTime(now, heartbeat.mutable_change_time());
  heartbeat.set_resume_token(EncodeResumeToken(cursor_));
  return heartbeat;
}

}  // namespace factwire
