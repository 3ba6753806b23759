#ifndef FACTWIRE_SERVER_SERVER_H_
#define FACTWIRE_SERVER_SERVER_H_

#include <grpcpp/impl/service_type.h>
#include <grpcpp/server.h>

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/synchronization/notification.h"
#include "absl/time/time.h"
#include "server/in_flight.h"

namespace factwire {

// How to run a gRPC edge. main.cc fills it from flags; tests build it directly.
struct ServerOptions {
  // "host:port" to listen on; port 0 picks a free port (see Server::port()).
  std::string listen_address = "127.0.0.1:0";
  // The largest request message accepted, in bytes; larger messages fail with
  // RESOURCE_EXHAUSTED before any handler runs.
  int max_receive_bytes = 4 * 1024 * 1024;
  // How long Shutdown() lets in-flight calls finish before cancelling them.
  absl::Duration drain_timeout = absl::Seconds(15);
  // How long Shutdown() reports NOT_SERVING before it stops accepting calls, so
  // health-checking load balancers can move traffic away first.
  absl::Duration drain_grace = absl::ZeroDuration();
  // HTTP/2 keepalive: ping an idle connection this often, and drop it when a
  // ping is not answered within the timeout (long streams survive idle
  // middleboxes).
  absl::Duration keepalive_time = absl::Minutes(1);
  absl::Duration keepalive_timeout = absl::Seconds(20);
  // Called once when Shutdown() starts draining (after drain_grace, before
  // in-flight calls are waited for), so long-lived streams can end themselves
  // instead of holding the drain until drain_timeout. Empty = nothing.
  std::function<void()> on_drain;
  // Receives one access-log line per call (no trailing newline); empty means
  // stderr.
  std::function<void(absl::string_view line)> access_log;
};

// A service to serve, with the full name health checks report it under
// (factwire::v1::QueryService::service_full_name()).
struct NamedService {
  grpc::Service* service = nullptr;
  std::string name;
};

// A started gRPC server: the given services plus server reflection (v1alpha)
// and grpc.health.v1.Health (SERVING once started, NOT_SERVING while draining,
// for "" and for each service's name). Every call gets an `x-request-id` (the
// client's, or a generated one) echoed in its trailers, and one access-log
// line: method, status code, duration, request id.
//
// Thread-safe.
class Server {
 public:
  // Builds and starts the server. The services are not owned and must outlive
  // it. kUnavailable if the address cannot be bound; kInvalidArgument for an
  // empty address.
  static absl::StatusOr<std::unique_ptr<Server>> Start(
      const ServerOptions& options, const std::vector<NamedService>& services);

  // Shuts down (see Shutdown()).
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // The bound port (the picked one when the address asked for port 0).
  int port() const { return port_; }

  // Drains: health goes NOT_SERVING, new calls are refused, in-flight calls get
  // up to drain_timeout to finish and are then cancelled; once none is in
  // flight, idle client connections are closed. Returns when the server has
  // stopped. Idempotent; safe to call from any thread but a handler's.
  void Shutdown();

  // Blocks until Shutdown() has stopped the server.
  void Wait();

 private:
  Server(const ServerOptions& options, std::unique_ptr<InFlightCalls> in_flight,
         std::unique_ptr<grpc::Server> server, int port,
         std::vector<std::string> service_names);

  // Until `stopped` is notified: whenever no call has been in flight for a
  // moment, closes the connections that would keep a drain waiting for its
  // deadline.
  void CloseIdleConnections(absl::Notification& stopped);

  // Sets the health of "" and of every service.
  void SetServing(bool serving);

  ServerOptions options_;
  // Declared before server_, which uses it until destroyed.
  std::unique_ptr<InFlightCalls> in_flight_;
  std::unique_ptr<grpc::Server> server_;
  int port_;
  std::vector<std::string> service_names_;
  std::once_flag shutdown_once_;
};

}  // namespace factwire

#endif  // FACTWIRE_SERVER_SERVER_H_
