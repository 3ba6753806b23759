#include "server/termination.h"

#include <pthread.h>
#include <signal.h>

#include <cstring>
#include <thread>

#include "absl/strings/str_cat.h"

namespace factwire {
namespace {

sigset_t TerminationSignals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  return signals;
}

}  // namespace

absl::Status BlockTerminationSignals() {
  sigset_t signals = TerminationSignals();
  int error = pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  if (error != 0) {
    return absl::InternalError(
        absl::StrCat("cannot block SIGTERM/SIGINT: ", std::strerror(error)));
  }
  return absl::OkStatus();
}

int ServeUntilTerminated(Server& server) {
  int received = 0;
  std::thread waiter([&server, &received] {
    sigset_t signals = TerminationSignals();
    while (sigwait(&signals, &received) != 0) {
    }
    server.Shutdown();
  });
  server.Wait();
  waiter.join();
  return received;
}

}  // namespace factwire
