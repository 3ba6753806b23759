#ifndef FACTWIRE_SERVER_SERVE_H_
#define FACTWIRE_SERVER_SERVE_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "server/server.h"

namespace factwire {

// ParseStoreFlag()
//
// The SQLite path in a --store value "sqlite:PATH". kInvalidArgument naming
// --store for any other scheme or an empty path.
absl::StatusOr<std::string> ParseStoreFlag(absl::string_view value);

// Serve()
//
// The tail of a service's main(): starts `services` with `options`, writes
// "{program}: listening on HOST:PORT" (the bound port) to stderr, serves until
// SIGTERM or SIGINT, drains in-flight calls, and returns the exit code: 0 after
// a drain, 1 if the server could not start (the reason on stderr). Requires
// BlockTerminationSignals() first. Turns off Abseil's lock-order checker for
// the process (see serve.cc).
int Serve(absl::string_view program, const ServerOptions& options,
          const std::vector<NamedService>& services);

}  // namespace factwire

#endif  // FACTWIRE_SERVER_SERVE_H_
