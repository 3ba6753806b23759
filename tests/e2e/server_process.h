#ifndef FACTWIRE_TESTS_E2E_SERVER_PROCESS_H_
#define FACTWIRE_TESTS_E2E_SERVER_PROCESS_H_

#include <sys/types.h>

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace factwire {

// A server binary running as a child process, its stdout and stderr going to a
// log file. The binary must write "listening on HOST:PORT" once it serves (ours
// do), so tests can pass --listen=127.0.0.1:0 and learn the port.
class ServerProcess {
 public:
  // Starts `binary` with `args` and waits until it logs that it is listening.
  // kFailedPrecondition (with the log) if it exits or stays silent for 30 s.
  static absl::StatusOr<std::unique_ptr<ServerProcess>> Start(
      const std::string& binary, const std::vector<std::string>& args,
      const std::string& log_path);

  // Kills the process if it is still running.
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  // The port it listens on.
  int port() const { return port_; }
  // "127.0.0.1:{port}".
  std::string address() const;

  // Sends SIGTERM and waits up to 30 s for the exit. Returns the exit code, or
  // -1 if the process died by a signal or had to be killed.
  int Terminate();

  // Everything the process has written so far.
  std::string Log() const;

 private:
  ServerProcess(pid_t pid, std::string log_path)
      : pid_(pid), log_path_(std::move(log_path)) {}

  // Waits for the "listening on" line; false if the process exits first or
  // 30 s pass.
  bool WaitUntilListening();
  // The exit code once the process has exited within `timeout_ms`, -1 for a
  // death by signal, -2 if it is still running.
  int WaitForExit(int timeout_ms);

  pid_t pid_;
  std::string log_path_;
  int port_ = 0;
  bool running_ = true;
};

}  // namespace factwire

#endif  // FACTWIRE_TESTS_E2E_SERVER_PROCESS_H_
