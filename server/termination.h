#ifndef FACTWIRE_SERVER_TERMINATION_H_
#define FACTWIRE_SERVER_TERMINATION_H_

#include "absl/status/status.h"
#include "server/server.h"

namespace factwire {

// BlockTerminationSignals()
//
// Blocks SIGTERM and SIGINT in the calling thread, and so in every thread it
// creates afterwards: call it first in main(), before anything starts a thread,
// so only ServeUntilTerminated() ever receives them. kInternal if the mask
// cannot be set.
absl::Status BlockTerminationSignals();

// ServeUntilTerminated()
//
// Serves until SIGTERM or SIGINT arrives, then drains `server` (Shutdown()) and
// returns the signal number. A dedicated thread waits for the signal with
// sigwait(); the calling thread waits for the server. Requires
// BlockTerminationSignals() to have run first.
int ServeUntilTerminated(Server& server);

}  // namespace factwire

#endif  // FACTWIRE_SERVER_TERMINATION_H_
