// The gRPC edge both binaries share: reflection, health, request ids, the
// access log, draining on SIGTERM, and startup errors.
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/match.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "grpc/reflection/v1alpha/reflection.grpc.pb.h"
#include "tests/e2e/e2e_fixture.h"

namespace factwire {
namespace {

using grpc::reflection::v1alpha::ServerReflection;
using grpc::reflection::v1alpha::ServerReflectionRequest;
using grpc::reflection::v1alpha::ServerReflectionResponse;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::MatchesRegex;

// One reflection request/response exchange on `channel`.
ServerReflectionResponse Reflect(const std::shared_ptr<grpc::Channel>& channel,
                                 const ServerReflectionRequest& request) {
  std::unique_ptr<ServerReflection::Stub> stub =
      ServerReflection::NewStub(channel);
  grpc::ClientContext context;
  auto stream = stub->ServerReflectionInfo(&context);
  EXPECT_TRUE(stream->Write(request));
  stream->WritesDone();
  ServerReflectionResponse response;
  EXPECT_TRUE(stream->Read(&response));
  grpc::Status status = stream->Finish();
  EXPECT_TRUE(status.ok()) << status.error_message();
  return response;
}

std::vector<std::string> ListServices(
    const std::shared_ptr<grpc::Channel>& channel) {
  ServerReflectionRequest request;
  request.set_list_services("");
  ServerReflectionResponse response = Reflect(channel, request);
  std::vector<std::string> services;
  for (const auto& service : response.list_services_response().service()) {
    services.push_back(service.name());
  }
  return services;
}

// True if reflection can describe `symbol` (grpcurl describe works).
bool Describes(const std::shared_ptr<grpc::Channel>& channel,
               const std::string& symbol) {
  ServerReflectionRequest request;
  request.set_file_containing_symbol(symbol);
  ServerReflectionResponse response = Reflect(channel, request);
  return response.has_file_descriptor_response() &&
         response.file_descriptor_response().file_descriptor_proto_size() > 0;
}

grpc::health::v1::HealthCheckResponse::ServingStatus Health(
    const std::shared_ptr<grpc::Channel>& channel, const std::string& service) {
  auto stub = grpc::health::v1::Health::NewStub(channel);
  grpc::ClientContext context;
  grpc::health::v1::HealthCheckRequest request;
  request.set_service(service);
  grpc::health::v1::HealthCheckResponse response;
  grpc::Status status = stub->Check(&context, request, &response);
  EXPECT_TRUE(status.ok()) << status.error_message();
  return response.status();
}

// Waits up to 10 s for `server`'s log to contain `text`.
bool LogEventuallyContains(const ServerProcess& server,
                           const std::string& text) {
  for (int i = 0; i < 1000; ++i) {
    if (absl::StrContains(server.Log(), text)) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return false;
}

TEST_F(EndToEndTest, ReflectionListsAndDescribesEveryService) {
  std::vector<std::string> ingest = ListServices(ingest_channel_);
  EXPECT_THAT(ingest, Contains("factwire.v1.IngestService"));
  EXPECT_THAT(ingest, Contains("grpc.health.v1.Health"));
  EXPECT_THAT(ingest, Contains("grpc.reflection.v1alpha.ServerReflection"));
  std::vector<std::string> query = ListServices(query_channel_);
  EXPECT_THAT(query, Contains("factwire.v1.QueryService"));
  EXPECT_THAT(query, Contains("grpc.health.v1.Health"));

  EXPECT_TRUE(Describes(ingest_channel_, "factwire.v1.IngestService"));
  EXPECT_TRUE(Describes(query_channel_, "factwire.v1.QueryService"));
  EXPECT_TRUE(Describes(query_channel_, "factwire.v1.Claim"));
  EXPECT_TRUE(Describes(ingest_channel_, "grpc.health.v1.Health"));
  EXPECT_TRUE(Describes(query_channel_, "grpc.health.v1.Health"));
}

TEST_F(EndToEndTest, HealthIsServing) {
  using grpc::health::v1::HealthCheckResponse;
  EXPECT_EQ(Health(ingest_channel_, ""), HealthCheckResponse::SERVING);
  EXPECT_EQ(Health(query_channel_, ""), HealthCheckResponse::SERVING);
  EXPECT_EQ(Health(query_channel_, "factwire.v1.QueryService"),
            HealthCheckResponse::SERVING);
}

TEST_F(EndToEndTest, RequestIdIsEchoedAndLogged) {
  v1::GetSourceRequest request;
  request.set_name("sources/nobody");
  v1::Source source;
  grpc::ClientContext context;
  context.AddMetadata("x-request-id", "e2e-request-42");
  grpc::Status status = query_stub_->GetSource(&context, request, &source);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::NOT_FOUND);
  auto echoed = context.GetServerTrailingMetadata().find("x-request-id");
  ASSERT_NE(echoed, context.GetServerTrailingMetadata().end());
  EXPECT_EQ(std::string(echoed->second.data(), echoed->second.size()),
            "e2e-request-42");
  EXPECT_TRUE(LogEventuallyContains(
      *query_,
      "access method=/factwire.v1.QueryService/GetSource code=NOT_FOUND"))
      << query_->Log();
  EXPECT_TRUE(LogEventuallyContains(*query_, "request_id=e2e-request-42"))
      << query_->Log();
}

TEST_F(EndToEndTest, RequestIdIsGeneratedWhenAbsent) {
  v1::AnalyzeDocumentRequest request;
  request.set_content(kSeizureArticle);
  v1::AnalyzeDocumentResponse response;
  grpc::ClientContext context;
  ASSERT_TRUE(ingest_stub_->AnalyzeDocument(&context, request, &response).ok());
  auto echoed = context.GetServerTrailingMetadata().find("x-request-id");
  ASSERT_NE(echoed, context.GetServerTrailingMetadata().end());
  std::string id(echoed->second.data(), echoed->second.size());
  EXPECT_THAT(id, MatchesRegex("[0-9a-f]{32}"));
  EXPECT_TRUE(LogEventuallyContains(*ingest_, "request_id=" + id))
      << ingest_->Log();
}

TEST_F(EndToEndTest, SigtermDrainsAndExitsZero) {
  MustIngest(kSeizureArticle);
  AllDocuments();  // an open, idle client connection must not delay the exit
  auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(ingest_->Terminate(), 0) << ingest_->Log();
  EXPECT_EQ(query_->Terminate(), 0) << query_->Log();
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  EXPECT_THAT(ingest_->Log(), HasSubstr("drained"));
}

TEST_F(EndToEndTest, QueryServiceRefusesAMissingStore) {
  absl::StatusOr<std::unique_ptr<ServerProcess>> query = ServerProcess::Start(
      Binary("query-service/factwire-query"),
      {"--listen=127.0.0.1:0", "--store=sqlite:" + dir_ + "/missing.db"},
      dir_ + "/missing.log");
  ASSERT_FALSE(query.ok());
  EXPECT_THAT(query.status().message(), HasSubstr("does not exist"));
}

}  // namespace
}  // namespace factwire
