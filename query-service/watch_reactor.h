#ifndef FACTWIRE_QUERY_SERVICE_WATCH_REACTOR_H_
#define FACTWIRE_QUERY_SERVICE_WATCH_REACTOR_H_

#include <grpcpp/support/server_callback.h>

#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "factwire/v1/query_service.pb.h"
#include "query-service/watch/change_feed.h"
#include "query-service/watch/watcher.h"

namespace factwire {

// One WatchDocuments call on gRPC's callback API. It holds no thread: the
// feed's poller wakes it after each poll (OnPoll) and gRPC after each write
// (OnWriteDone); each time, if no write is in flight, it writes what its
// Watcher says comes next. Ends with UNAVAILABLE when the feed closes (server
// drain) or a store read fails, CANCELLED when the client goes away. Deletes
// itself when gRPC is done with it; create with `new` and return it from the
// handler. `feed` must outlive the call.
class WatchReactor final
    : public grpc::ServerWriteReactor<factwire::v1::WatchDocumentsResponse>,
      public ChangeListener {
 public:
  WatchReactor(ChangeFeed* feed, const WatchStart& start);

  void OnPoll(absl::Time now) override;
  void OnClose() override;
  void OnWriteDone(bool ok) override;
  void OnCancel() override;
  void OnDone() override;

 private:
  // Starts the next write, if one is due and none is in flight.
  void Pump(absl::Time now);
  // Finishes with `status` unless finishing already; while a write is in
  // flight, OnWriteDone finishes.
  void FinishOnce(const grpc::Status& status);

  ChangeFeed* feed_;
  absl::Mutex mu_;
  Watcher watcher_ ABSL_GUARDED_BY(mu_);
  factwire::v1::WatchDocumentsResponse message_ ABSL_GUARDED_BY(mu_);
  bool writing_ ABSL_GUARDED_BY(mu_) = false;
  bool finishing_ ABSL_GUARDED_BY(mu_) = false;
  grpc::Status finish_status_ ABSL_GUARDED_BY(mu_);
};

}  // namespace factwire

#endif  // FACTWIRE_QUERY_SERVICE_WATCH_REACTOR_H_
