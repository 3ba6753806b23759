#include "query-service/watch_reactor.h"

#include <optional>
#include <utility>

#include "absl/time/clock.h"
#include "proto/grpc_status.h"

namespace factwire {

WatchReactor::WatchReactor(ChangeFeed* feed, const WatchStart& start)
    : feed_(feed), watcher_(feed, start) {
  if (!feed_->Subscribe(this)) {
    FinishOnce(grpc::Status(grpc::StatusCode::UNAVAILABLE,
                            "the server is shutting down"));
    return;
  }
  Pump(absl::Now());  // The first heartbeat.
}

void WatchReactor::OnPoll(absl::Time now) { Pump(now); }

void WatchReactor::OnClose() {
  FinishOnce(grpc::Status(grpc::StatusCode::UNAVAILABLE,
                          "the server is shutting down; watch again from "
                          "your last resume_token"));
}

void WatchReactor::OnWriteDone(bool ok) {
  bool finish = false;
  grpc::Status status;
  {
    absl::MutexLock lock(&mu_);
    writing_ = false;
    if (!ok && !finishing_) {
      finishing_ = true;
      finish_status_ = grpc::Status(grpc::StatusCode::CANCELLED,
                                    "the event could not be sent");
    }
    finish = finishing_;
    status = finish_status_;
  }
  if (finish) {
    Finish(status);
    return;
  }
  Pump(absl::Now());
}

void WatchReactor::OnCancel() {
  FinishOnce(grpc::Status(grpc::StatusCode::CANCELLED, "call cancelled"));
}

void WatchReactor::OnDone() {
  feed_->Unsubscribe(this);
  delete this;
}

void WatchReactor::Pump(absl::Time now) {
  absl::Status failed;
  {
    absl::MutexLock lock(&mu_);
    if (writing_ || finishing_) return;
    absl::StatusOr<std::optional<v1::WatchDocumentsResponse>> next =
        watcher_.Next(now);
    if (next.ok() && !next->has_value()) return;
    if (next.ok()) {
      message_ = **std::move(next);
      writing_ = true;
    } else {
      failed = next.status();
    }
  }
  if (!failed.ok()) {
    FinishOnce(ToGrpcStatus(failed));
    return;
  }
  StartWrite(&message_);
}

void WatchReactor::FinishOnce(const grpc::Status& status) {
  {
    absl::MutexLock lock(&mu_);
    if (finishing_) return;
    finishing_ = true;
    finish_status_ = status;
    if (writing_) return;  // OnWriteDone finishes.
  }
  Finish(status);
}

}  // namespace factwire
