#include "tests/e2e/server_process.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"

extern char** environ;

namespace factwire {
namespace {

constexpr int kTimeoutMs = 30000;
constexpr int kPollMs = 10;
constexpr char kListening[] = "listening on ";

// The port in the first "listening on HOST:PORT\n" line of `log`, or 0.
int PortInLog(const std::string& log) {
  size_t at = log.find(kListening);
  if (at == std::string::npos) return 0;
  size_t end = log.find('\n', at);
  if (end == std::string::npos) return 0;
  size_t colon = log.rfind(':', end);
  int port = 0;
  if (colon == std::string::npos || colon < at ||
      !absl::SimpleAtoi(log.substr(colon + 1, end - colon - 1), &port)) {
    return 0;
  }
  return port;
}

}  // namespace

absl::StatusOr<std::unique_ptr<ServerProcess>> ServerProcess::Start(
    const std::string& binary, const std::vector<std::string>& args,
    const std::string& log_path) {
  std::vector<std::string> strings = {binary};
  strings.insert(strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& s : strings) argv.push_back(s.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  pid_t pid = 0;
  int error = posix_spawn(&pid, binary.c_str(), &actions, nullptr, argv.data(),
                          environ);
  posix_spawn_file_actions_destroy(&actions);
  if (error != 0) {
    return absl::FailedPreconditionError(
        absl::StrCat("cannot start ", binary, ": errno ", error));
  }
  std::unique_ptr<ServerProcess> process(new ServerProcess(pid, log_path));
  if (!process->WaitUntilListening()) {
    return absl::FailedPreconditionError(absl::StrCat(
        binary, " did not start listening; its log:\n", process->Log()));
  }
  return process;
}

ServerProcess::~ServerProcess() {
  if (!running_) return;
  kill(pid_, SIGKILL);
  waitpid(pid_, nullptr, 0);
}

std::string ServerProcess::address() const {
  return absl::StrCat("127.0.0.1:", port_);
}

int ServerProcess::Terminate() {
  if (!running_) return -1;
  kill(pid_, SIGTERM);
  int code = WaitForExit(kTimeoutMs);
  if (code != -2) return code;
  kill(pid_, SIGKILL);
  waitpid(pid_, nullptr, 0);
  running_ = false;
  return -1;
}

std::string ServerProcess::Log() const {
  std::ifstream file(log_path_);
  std::stringstream contents;
  contents << file.rdbuf();
  return contents.str();
}

bool ServerProcess::WaitUntilListening() {
  for (int waited = 0; waited < kTimeoutMs; waited += kPollMs) {
    port_ = PortInLog(Log());
    if (port_ != 0) return true;
    if (WaitForExit(0) != -2) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(kPollMs));
  }
  return false;
}

int ServerProcess::WaitForExit(int timeout_ms) {
  for (int waited = 0;; waited += kPollMs) {
    int status = 0;
    pid_t done = waitpid(pid_, &status, WNOHANG);
    if (done == pid_) {
      running_ = false;
      return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    if (waited >= timeout_ms) return -2;
    std::this_thread::sleep_for(std::chrono::milliseconds(kPollMs));
  }
}

}  // namespace factwire
