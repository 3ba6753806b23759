#ifndef FACTWIRE_TESTS_E2E_E2E_FIXTURE_H_
#define FACTWIRE_TESTS_E2E_E2E_FIXTURE_H_

#include <grpcpp/grpcpp.h>
#include <stdlib.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "factwire/v1/ingest_service.grpc.pb.h"
#include "factwire/v1/query_service.grpc.pb.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/e2e/server_process.h"

namespace factwire {

// Three short text/plain news articles ("headline, blank line, body"; with
// three or more paragraphs the parser may read the first as the standfirst).
inline constexpr char kSeizureArticle[] =
    "Police seize record fentanyl haul in Vancouver\n"
    "\n"
    "Police seized more than 40 kilograms of fentanyl in a raid on Tuesday, "
    "the "
    "Royal Canadian Mounted Police (RCMP) said.\n"
    "\n"
    "\"This is the largest seizure we have ever made in this province,\" said "
    "Cpl. Dana Whitfield, a spokesperson for the RCMP.\n"
    "\n"
    "Whitfield said the drugs were worth about $12 million on the street.\n";

inline constexpr char kOverdoseArticle[] =
    "Overdose deaths fall for the first time in a decade\n"
    "\n"
    "Officials welcome the change but warn the emergency is not over.\n"
    "\n"
    "The provincial coroner's office recorded 2,350 overdose deaths in British "
    "Columbia last year, down from 2,511 the year before.\n"
    "\n"
    "\"We are cautiously optimistic, but the crisis is far from over,\" said "
    "Lisa Lapointe, the chief coroner.\n"
    "\n"
    "Lapointe warned that toxic drugs still kill about five people every "
    "day.\n";

inline constexpr char kBorderArticle[] =
    "Border agents report surge in cocaine seizures\n"
    "\n"
    "Border agents seized 3 tonnes of cocaine at the Port of Vancouver this "
    "spring, officials said.\n"
    "\n"
    "\"The traffickers are getting bolder,\" said Dana Whitfield of the RCMP, "
    "who added that seizures had tripled since 2022.\n";

// Starts factwire-ingest and factwire-query on free loopback ports over one
// temporary SQLite file, with stubs for both; kills both afterwards.
class EndToEndTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* binaries = std::getenv("FACTWIRE_BINARY_DIR");
    ASSERT_NE(binaries, nullptr)
        << "FACTWIRE_BINARY_DIR must name the build directory (ctest sets it)";
    binary_dir_ = binaries;
    std::string pattern = ::testing::TempDir() + "/factwire_e2e.XXXXXX";
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
    store_flag_ = "--store=sqlite:" + dir_ + "/factwire.db";

    absl::StatusOr<std::unique_ptr<ServerProcess>> ingest =
        ServerProcess::Start(Binary("ingest-service/factwire-ingest"),
                             {"--listen=127.0.0.1:0", store_flag_},
                             dir_ + "/ingest.log");
    ASSERT_TRUE(ingest.ok()) << ingest.status();
    ingest_ = *std::move(ingest);
    absl::StatusOr<std::unique_ptr<ServerProcess>> query = ServerProcess::Start(
        Binary("query-service/factwire-query"),
        {"--listen=127.0.0.1:0", store_flag_}, dir_ + "/query.log");
    ASSERT_TRUE(query.ok()) << query.status();
    query_ = *std::move(query);

    ingest_channel_ = Connect(*ingest_);
    query_channel_ = Connect(*query_);
    ingest_stub_ = v1::IngestService::NewStub(ingest_channel_);
    query_stub_ = v1::QueryService::NewStub(query_channel_);
  }

  void TearDown() override {
    ingest_.reset();
    query_.reset();
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }

  std::string Binary(const std::string& path) const {
    return binary_dir_ + "/" + path;
  }

  static std::shared_ptr<grpc::Channel> Connect(const ServerProcess& server) {
    return grpc::CreateChannel(server.address(),
                               grpc::InsecureChannelCredentials());
  }

  // A context with a 30 s deadline.
  static std::unique_ptr<grpc::ClientContext> Context() {
    auto context = std::make_unique<grpc::ClientContext>();
    context->set_deadline(std::chrono::system_clock::now() +
                          std::chrono::seconds(30));
    return context;
  }

  // IngestDocument with `content` as text/plain.
  grpc::Status Ingest(const std::string& content,
                      v1::IngestDocumentResponse* response,
                      const std::string& media_type = "text/plain") {
    v1::IngestDocumentRequest request;
    request.set_content(content);
    request.set_media_type(media_type);
    return ingest_stub_->IngestDocument(Context().get(), request, response);
  }

  // Ingests `content`, expecting success.
  v1::Document MustIngest(const std::string& content) {
    v1::IngestDocumentResponse response;
    grpc::Status status = Ingest(content, &response);
    EXPECT_TRUE(status.ok()) << status.error_message();
    return response.document();
  }

  // Every stored document, through ListDocuments pages of `page_size`.
  std::vector<v1::Document> AllDocuments(int page_size = 0) {
    v1::ListDocumentsRequest request;
    request.set_page_size(page_size);
    std::vector<v1::Document> documents;
    for (int pages = 0; pages < 100; ++pages) {
      v1::ListDocumentsResponse response;
      grpc::Status status =
          query_stub_->ListDocuments(Context().get(), request, &response);
      EXPECT_TRUE(status.ok()) << status.error_message();
      if (!status.ok()) break;
      documents.insert(documents.end(), response.documents().begin(),
                       response.documents().end());
      if (response.next_page_token().empty()) break;
      request.set_page_token(response.next_page_token());
    }
    return documents;
  }

  // Every claim SearchClaims returns for `query` and `filter`, page by page.
  std::vector<v1::Claim> AllClaims(const std::string& query,
                                   const std::string& filter,
                                   int page_size = 0) {
    v1::SearchClaimsRequest request;
    request.set_query(query);
    request.set_filter(filter);
    request.set_page_size(page_size);
    std::vector<v1::Claim> claims;
    for (int pages = 0; pages < 100; ++pages) {
      v1::SearchClaimsResponse response;
      grpc::Status status =
          query_stub_->SearchClaims(Context().get(), request, &response);
      EXPECT_TRUE(status.ok()) << status.error_message();
      if (!status.ok()) break;
      claims.insert(claims.end(), response.claims().begin(),
                    response.claims().end());
      if (response.next_page_token().empty()) break;
      request.set_page_token(response.next_page_token());
    }
    return claims;
  }

  std::string binary_dir_;
  std::string dir_;
  std::string store_flag_;
  std::unique_ptr<ServerProcess> ingest_;
  std::unique_ptr<ServerProcess> query_;
  std::shared_ptr<grpc::Channel> ingest_channel_;
  std::shared_ptr<grpc::Channel> query_channel_;
  std::unique_ptr<v1::IngestService::Stub> ingest_stub_;
  std::unique_ptr<v1::QueryService::Stub> query_stub_;
};

// Expects `status` to have `code` and a message mentioning `mentions`.
inline void ExpectStatus(const grpc::Status& status, grpc::StatusCode code,
                         const std::string& mentions) {
  EXPECT_EQ(status.error_code(), code) << status.error_message();
  EXPECT_THAT(status.error_message(), ::testing::HasSubstr(mentions));
}

}  // namespace factwire

#endif  // FACTWIRE_TESTS_E2E_E2E_FIXTURE_H_
