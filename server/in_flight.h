#ifndef FACTWIRE_SERVER_IN_FLIGHT_H_
#define FACTWIRE_SERVER_IN_FLIGHT_H_

#include "absl/synchronization/mutex.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"

namespace factwire {

// Counts the calls a server is handling, so a drain knows when the last one is
// done. Thread-safe.
class InFlightCalls {
 public:
  // A call started.
  void Begin() {
    absl::MutexLock lock(&mu_);
    ++count_;
  }

  // A call that Begin() counted is closed: its status went out, or it was
  // cancelled.
  void End() {
    absl::MutexLock lock(&mu_);
    if (--count_ == 0) idle_since_ = absl::Now();
  }

  // How long no call has been in flight; zero while one is.
  absl::Duration IdleFor() {
    absl::MutexLock lock(&mu_);
    return count_ == 0 ? absl::Now() - idle_since_ : absl::ZeroDuration();
  }

 private:
  absl::Mutex mu_;
  int count_ ABSL_GUARDED_BY(mu_) = 0;
  absl::Time idle_since_ ABSL_GUARDED_BY(mu_) = absl::InfinitePast();
};

}  // namespace factwire

#endif  // FACTWIRE_SERVER_IN_FLIGHT_H_
