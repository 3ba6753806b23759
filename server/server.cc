#include "server/server.h"

#include <chrono>
#include <utility>

#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/health_check_service_interface.h>
#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server_builder.h>

#include "absl/status/status.h"
#include "absl/time/clock.h"
#include "absl/strings/str_cat.h"
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
  // Let clients keep their own long streams alive with pings every 10 s.
  builder.AddChannelArgument(
      GRPC_ARG_HTTP2_MIN_RECV_PING_INTERVAL_WITHOUT_DATA_MS, 10000);
}

// Registers the interceptors: request ids and the access log.
void AddInterceptors(const ServerOptions& options,
                     grpc::ServerBuilder& builder) {
  AccessLogSink sink = options.access_log ? options.access_log
                                          : AccessLogSink(WriteAccessLogToStderr);
  std::vector<std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>>
      creators;
  creators.push_back(NewAccessLogInterceptorFactory(std::move(sink)));
  builder.experimental().SetInterceptorCreators(std::move(creators));
}

}  // namespace

absl::StatusOr<std::unique_ptr<Server>> Server::Start(
    const ServerOptions& options, const std::vector<grpc::Service*>& services) {
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
  AddInterceptors(options, builder);
  for (grpc::Service* service : services) builder.RegisterService(service);
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  if (server == nullptr || port == 0) {
    return absl::UnavailableError(
        absl::StrCat("cannot listen on ", options.listen_address));
  }
  server->GetHealthCheckService()->SetServingStatus(true);
  return std::unique_ptr<Server>(new Server(options, std::move(server), port));
}

Server::Server(const ServerOptions& options, std::unique_ptr<grpc::Server> server,
               int port)
    : options_(options), server_(std::move(server)), port_(port) {}

Server::~Server() {
  Shutdown();
  server_->Wait();
}

void Server::Shutdown() {
  std::call_once(shutdown_once_, [this] {
    server_->GetHealthCheckService()->SetServingStatus(false);
    absl::SleepFor(options_.drain_grace);
    server_->Shutdown(absl::ToChronoTime(absl::Now() + options_.drain_timeout));
  });
}

void Server::Wait() { server_->Wait(); }

}  // namespace factwire
