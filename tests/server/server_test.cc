#include "server/server.h"

#include <grpcpp/grpcpp.h>
#include <grpcpp/impl/client_unary_call.h>
#include <grpcpp/impl/rpc_method.h>
#include <grpcpp/support/sync_stream.h>

#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "absl/synchronization/mutex.h"
#include "absl/synchronization/notification.h"
#include "probe.grpc.pb.h"
#include "gmock/gmock.h"
#include "grpc/health/v1/health.pb.h"
#include "gtest/gtest.h"

namespace factwire {
namespace {

using ::grpc::health::v1::HealthCheckRequest;
using ::grpc::health::v1::HealthCheckResponse;
using ::testing::ElementsAre;
using ::testing::MatchesRegex;

constexpr char kService[] = "factwire.probe.ProbeService";

// Probe answers NOT_FOUND at once, except "hold", which finishes OK once
// release() is notified.
class HoldingProbe : public probe::ProbeService::CallbackService {
 public:
  ~HoldingProbe() override {
    for (std::thread& thread : threads_) thread.join();
  }

  grpc::ServerUnaryReactor* Probe(grpc::CallbackServerContext* context,
                                  const probe::ProbeRequest* request,
                                  probe::ProbeResponse* response) override {
    grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
    if (request->name() != "hold") {
      reactor->Finish(grpc::Status(grpc::StatusCode::NOT_FOUND, "no such probe"));
      return reactor;
    }
    started_.Notify();
    absl::MutexLock lock(&mu_);
    threads_.emplace_back([this, reactor] {
      release_.WaitForNotification();
      reactor->Finish(grpc::Status::OK);
    });
    return reactor;
  }

  absl::Notification& started() { return started_; }
  absl::Notification& release() { return release_; }

 private:
  absl::Notification started_;
  absl::Notification release_;
  absl::Mutex mu_;
  std::vector<std::thread> threads_;
};

class ServerTest : public ::testing::Test {
 protected:
  void Start(ServerOptions options) {
    options.access_log = [this](absl::string_view line) {
      absl::MutexLock lock(&mu_);
      lines_.emplace_back(line);
    };
    absl::StatusOr<std::unique_ptr<Server>> server =
        Server::Start(options, {{&service_, kService}});
    ASSERT_TRUE(server.ok()) << server.status();
    server_ = *std::move(server);
    channel_ =
        grpc::CreateChannel("127.0.0.1:" + std::to_string(server_->port()),
                            grpc::InsecureChannelCredentials());
    stub_ = probe::ProbeService::NewStub(channel_);
  }

  // Health.Check for `service`; the call's status is in `status`.
  HealthCheckResponse::ServingStatus Health(const std::string& service,
                                            grpc::Status* status = nullptr) {
    grpc::internal::RpcMethod method("/grpc.health.v1.Health/Check",
                                     grpc::internal::RpcMethod::NORMAL_RPC);
    grpc::ClientContext context;
    HealthCheckRequest request;
    request.set_service(service);
    HealthCheckResponse response;
    grpc::Status result =
        grpc::internal::BlockingUnaryCall<HealthCheckRequest,
                                          HealthCheckResponse>(
            channel_.get(), method, &context, request, &response);
    if (status != nullptr) *status = result;
    return response.status();
  }

  grpc::Status Probe(const std::string& name, grpc::ClientContext* context) {
    probe::ProbeRequest request;
    request.set_name(name);
    probe::ProbeResponse response;
    return stub_->Probe(context, request, &response);
  }

  std::vector<std::string> lines() {
    absl::MutexLock lock(&mu_);
    return lines_;
  }

  // Declared before server_, which uses them until it is destroyed.
  HoldingProbe service_;
  absl::Mutex mu_;
  std::vector<std::string> lines_;
  std::unique_ptr<Server> server_;
  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<probe::ProbeService::Stub> stub_;
};

TEST_F(ServerTest, StartsOnAFreePortAndReportsHealth) {
  Start(ServerOptions());
  EXPECT_GT(server_->port(), 0);
  EXPECT_EQ(Health(""), HealthCheckResponse::SERVING);
  EXPECT_EQ(Health(kService), HealthCheckResponse::SERVING);
}

TEST_F(ServerTest, RefusesAnAddressInUse) {
  Start(ServerOptions());
  ServerOptions taken;
  taken.listen_address = "127.0.0.1:" + std::to_string(server_->port());
  HoldingProbe other;
  absl::StatusOr<std::unique_ptr<Server>> second =
      Server::Start(taken, {{&other, kService}});
  EXPECT_EQ(second.status().code(), absl::StatusCode::kUnavailable);
}

TEST_F(ServerTest, EchoesTheRequestIdAndLogsTheCall) {
  Start(ServerOptions());
  grpc::ClientContext context;
  context.AddMetadata("x-request-id", "req-7");
  EXPECT_EQ(Probe("x", &context).error_code(),
            grpc::StatusCode::NOT_FOUND);
  auto echoed = context.GetServerTrailingMetadata().find("x-request-id");
  ASSERT_NE(echoed, context.GetServerTrailingMetadata().end());
  EXPECT_EQ(std::string(echoed->second.data(), echoed->second.size()), "req-7");
  EXPECT_THAT(lines(),
              ElementsAre(MatchesRegex(
                  "access method=/factwire.probe.ProbeService/Probe "
                  "code=NOT_FOUND duration_ms=[0-9.]+ request_id=req-7")));
}

TEST_F(ServerTest, GeneratesARequestIdWhenAbsent) {
  Start(ServerOptions());
  grpc::ClientContext context;
  Probe("x", &context);
  auto echoed = context.GetServerTrailingMetadata().find("x-request-id");
  ASSERT_NE(echoed, context.GetServerTrailingMetadata().end());
  std::string id(echoed->second.data(), echoed->second.size());
  EXPECT_THAT(id, MatchesRegex("[0-9a-f]{32}"));
  EXPECT_THAT(lines(), ElementsAre(testing::HasSubstr("request_id=" + id)));
}

TEST_F(ServerTest, RejectsMessagesOverTheReceiveLimit) {
  ServerOptions options;
  options.max_receive_bytes = 1024;
  Start(options);
  grpc::ClientContext context;
  EXPECT_EQ(
      Probe(std::string(2000, 'x'), &context).error_code(),
      grpc::StatusCode::RESOURCE_EXHAUSTED);
}

TEST_F(ServerTest, ShutdownLetsInFlightCallsFinish) {
  Start(ServerOptions());
  grpc::Status slow_status;
  std::thread client([&] {
    grpc::ClientContext context;
    slow_status = Probe("hold", &context);
  });
  service_.started().WaitForNotification();
  std::thread shutdown([&] { server_->Shutdown(); });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  service_.release().Notify();
  client.join();
  shutdown.join();
  EXPECT_TRUE(slow_status.ok())
      << slow_status.error_code() << " " << slow_status.error_message();
}

TEST_F(ServerTest, HealthIsNotServingWhileDraining) {
  ServerOptions options;
  options.drain_grace = absl::Seconds(1);
  Start(options);
  EXPECT_EQ(Health(kService), HealthCheckResponse::SERVING);
  std::thread shutdown([&] { server_->Shutdown(); });
  HealthCheckResponse::ServingStatus status = HealthCheckResponse::SERVING;
  for (int i = 0; i < 100 && status == HealthCheckResponse::SERVING; ++i) {
    grpc::Status call;
    status = Health(kService, &call);
    if (!call.ok()) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  EXPECT_EQ(status, HealthCheckResponse::NOT_SERVING);
  shutdown.join();
}

TEST_F(ServerTest, HealthWatchersDoNotHoldUpTheDrain) {
  ServerOptions options;
  options.drain_timeout = absl::Seconds(20);
  Start(options);
  grpc::internal::RpcMethod method("/grpc.health.v1.Health/Watch",
                                   grpc::internal::RpcMethod::SERVER_STREAMING);
  grpc::ClientContext context;
  HealthCheckRequest request;
  std::unique_ptr<grpc::ClientReader<HealthCheckResponse>> watch(
      grpc::internal::ClientReaderFactory<HealthCheckResponse>::Create(
          channel_.get(), method, &context, request));
  HealthCheckResponse update;
  ASSERT_TRUE(watch->Read(&update));
  EXPECT_EQ(update.status(), HealthCheckResponse::SERVING);

  auto start = std::chrono::steady_clock::now();
  std::thread shutdown([&] { server_->Shutdown(); });
  HealthCheckResponse::ServingStatus last = update.status();
  while (watch->Read(&update)) last = update.status();
  shutdown.join();
  EXPECT_EQ(last, HealthCheckResponse::NOT_SERVING);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
}

TEST_F(ServerTest, OnDrainRunsOnceAfterHealthGoesNotServing) {
  ServerOptions options;
  int drains = 0;
  HealthCheckResponse::ServingStatus during = HealthCheckResponse::UNKNOWN;
  options.on_drain = [&] {
    ++drains;
    during = Health(kService);
  };
  Start(options);
  EXPECT_EQ(drains, 0);
  server_->Shutdown();
  server_->Shutdown();
  EXPECT_EQ(drains, 1);
  EXPECT_EQ(during, HealthCheckResponse::NOT_SERVING);
}

}  // namespace
}  // namespace factwire
