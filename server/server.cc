#include "server/server.h"

#include <grpc/grpc.h>
#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/health_check_service_interface.h>
#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server_builder.h>

#include <chrono>
#include <thread>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "grpc/health/v1/health.pb.h"
#include "server/access_log.h"

namespace factwire {
namespace {

int Millis(absl::Duration duration) {
  return static_cast<int>(absl::ToInt64Milliseconds(duration));
}

// Channel arguments for keepalive and the receive limit.
void Configure(const ServerOptions& options, grpc::ServerBuilder& builder) {
  builder.SetMaxReceiveMessageSize(options.max_receive_bytes);
  builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_TIME_MS,
                             Millis(options.keepalive_time));
  builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_TIMEOUT_MS,
                             Millis(options.keepalive_timeout));
  builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_PERMIT_WITHOUT_CALLS, 1);
  // A second server on a taken port must fail, not share it.
  builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
  // Let clients keep their own long streams alive with pings every 10 s.
  builder.AddChannelArgument(
      GRPC_ARG_HTTP2_MIN_RECV_PING_INTERVAL_WITHOUT_DATA_MS, 10000);
}

// Registers the interceptors: request ids and the access log.
void AddInterceptors(const ServerOptions& options, InFlightCalls* in_flight,
                     grpc::ServerBuilder& builder) {
  AccessLogSink sink = options.access_log
                           ? options.access_log
                           : AccessLogSink(WriteAccessLogToStderr);
  std::vector<
      std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>>
      creators;
  creators.push_back(
      NewAccessLogInterceptorFactory(std::move(sink), in_flight));
  builder.experimental().SetInterceptorCreators(std::move(creators));
}

}  // namespace

absl::StatusOr<std::unique_ptr<Server>> Server::Start(
    const ServerOptions& options, const std::vector<NamedService>& services) {
  if (options.listen_address.empty()) {
    return absl::InvalidArgumentError("listen address is empty");
  }
  // Links the grpc.health.v1 descriptors so reflection can describe Health.
  grpc::health::v1::HealthCheckResponse::descriptor();
  grpc::EnableDefaultHealthCheckService(true);
  // Explicit: --as-needed would drop the library's self-registration.
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();

  grpc::ServerBuilder builder;
  int port = 0;
  builder.AddListeningPort(options.listen_address,
                           grpc::InsecureServerCredentials(), &port);
  Configure(options, builder);
  auto in_flight = std::make_unique<InFlightCalls>();
  AddInterceptors(options, in_flight.get(), builder);
  std::vector<std::string> names;
  for (const NamedService& named : services) {
    builder.RegisterService(named.service);
    names.push_back(named.name);
  }
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  if (server == nullptr || port == 0) {
    return absl::UnavailableError(
        absl::StrCat("cannot listen on ", options.listen_address));
  }
  auto started = std::unique_ptr<Server>(
      new Server(options, std::move(in_flight), std::move(server), port,
                 std::move(names)));
  started->SetServing(true);
  return started;
}

Server::Server(const ServerOptions& options,
               std::unique_ptr<InFlightCalls> in_flight,
               std::unique_ptr<grpc::Server> server, int port,
               std::vector<std::string> service_names)
    : options_(options),
      in_flight_(std::move(in_flight)),
      server_(std::move(server)),
      port_(port),
      service_names_(std::move(service_names)) {}

void Server::SetServing(bool serving) {
  grpc::HealthCheckServiceInterface* health = server_->GetHealthCheckService();
  health->SetServingStatus(serving);
  for (const std::string& name : service_names_) {
    health->SetServingStatus(name, serving);
  }
}

Server::~Server() {
  Shutdown();
  server_->Wait();
}

void Server::Shutdown() {
  std::call_once(shutdown_once_, [this] {
    SetServing(false);
    absl::SleepFor(options_.drain_grace);
    if (options_.on_drain) options_.on_drain();
    absl::Notification stopped;
    std::thread closer([this, &stopped] { CloseIdleConnections(stopped); });
    server_->Shutdown(absl::ToChronoTime(absl::Now() + options_.drain_timeout));
    stopped.Notify();
    closer.join();
  });
}

// gRPC's graceful shutdown waits, after its GOAWAY, for clients to close their
// idle connections, which can take until the deadline (a C++ client polls an
// idle channel only every few seconds). Once no call has been in flight for a
// moment (so the last status has been flushed), cancelling "all calls" closes
// those connections and harms no call.
void Server::CloseIdleConnections(absl::Notification& stopped) {
  constexpr absl::Duration kPoll = absl::Milliseconds(25);
  constexpr absl::Duration kSettle = absl::Milliseconds(100);
  while (!stopped.WaitForNotificationWithTimeout(kPoll)) {
    if (in_flight_->IdleFor() >= kSettle) {
      grpc_server_cancel_all_calls(server_->c_server());
    }
  }
}

void Server::Wait() { server_->Wait(); }

}  // namespace factwire
