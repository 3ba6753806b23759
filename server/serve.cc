#include "server/serve.h"

#include <cstdio>
#include <cstring>
#include <memory>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "absl/synchronization/mutex.h"
#include "server/termination.h"

namespace factwire {
namespace {

// "127.0.0.1:0" with port 50051 -> "127.0.0.1:50051".
std::string BoundAddress(absl::string_view listen_address, int port) {
  size_t colon = listen_address.rfind(':');
  return absl::StrCat(listen_address.substr(0, colon), ":", port);
}

}  // namespace

absl::StatusOr<std::string> ParseStoreFlag(absl::string_view value) {
  absl::string_view path = value;
  if (!absl::ConsumePrefix(&path, "sqlite:") || path.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "--store must be sqlite:PATH (the only store so far), got \"", value,
        "\""));
  }
  return std::string(path);
}

int Serve(absl::string_view program, const ServerOptions& options,
          const std::vector<NamedService>& services) {
  // Debian's Abseil is built with its lock-order checker on (a release build
  // of Abseil has it off), and gRPC's own locks are absl::Mutex: each lock
  // taken while holding another updated a lock graph (~1% of factwire-query's
  // CPU on a name search).
  absl::SetMutexDeadlockDetectionMode(absl::OnDeadlockCycle::kIgnore);
  absl::StatusOr<std::unique_ptr<Server>> server =
      Server::Start(options, services);
  if (!server.ok()) {
    std::fprintf(stderr, "%s: %s\n", std::string(program).c_str(),
                 server.status().ToString().c_str());
    return 1;
  }
  std::fprintf(stderr, "%s: listening on %s\n", std::string(program).c_str(),
               BoundAddress(options.listen_address, (*server)->port()).c_str());
  int signal = ServeUntilTerminated(**server);
  std::fprintf(stderr, "%s: %s: drained, exiting\n",
               std::string(program).c_str(), strsignal(signal));
  return 0;
}

}  // namespace factwire
