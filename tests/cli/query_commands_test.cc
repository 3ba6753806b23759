#include "cli/query_commands.h"

#include <sstream>
#include <string>
#include <vector>

#include "factwire/v1/query_service.grpc.pb.h"
#include "gtest/gtest.h"
#include "tests/cli/fake_server.h"

namespace factwire {
namespace {

using grpc::ServerContext;
using grpc::Status;

v1::Claim MakeClaim(const std::string& id) {
  v1::Claim claim;
  claim.set_name("documents/d1/claims/" + id);
  claim.set_document("documents/d1");
  claim.set_claim_id(id);
  claim.set_kind(v1::CLAIM_KIND_DIRECT_QUOTE);
  claim.set_speaker("Jane Roe");
  claim.set_source_id("jane-roe");
  claim.set_text("Words of " + id);
  return claim;
}

// Pages claims two at a time by token and records what it was asked.
class FakeQueryService : public v1::QueryService::Service {
 public:
  Status SearchClaims(ServerContext*, const v1::SearchClaimsRequest* request,
                      v1::SearchClaimsResponse* response) override {
    search_requests.push_back(*request);
    if (request->page_token().empty()) {
      *response->add_claims() = MakeClaim("c1");
      *response->add_claims() = MakeClaim("c2");
      response->set_next_page_token("page2");
    } else if (request->page_token() == "page2") {
      *response->add_claims() = MakeClaim("c3");
    } else {
      return Status(grpc::StatusCode::INVALID_ARGUMENT, "page_token: malformed");
    }
    return Status::OK;
  }

  Status ListFigures(ServerContext*, const v1::ListFiguresRequest* request,
                     v1::ListFiguresResponse* response) override {
    figure_requests.push_back(*request);
    if (request->filter() == "bad") {
      return Status(grpc::StatusCode::INVALID_ARGUMENT, "filter: unknown field \"bad\"");
    }
    return Status::OK;
  }

  Status GetSource(ServerContext*, const v1::GetSourceRequest* request,
                   v1::Source* response) override {
    if (request->name() != "sources/jane-roe") {
      return Status(grpc::StatusCode::NOT_FOUND, request->name() + " not found");
    }
    response->set_source_id("jane-roe");
    response->set_name("Jane Roe");
    response->set_type(v1::SOURCE_TYPE_PERSON);
    response->set_claim_count(3);
    response->set_document_count(1);
    return Status::OK;
  }

  Status ListSources(ServerContext*, const v1::ListSourcesRequest*,
                     v1::ListSourcesResponse*) override {
    return Status::OK;
  }

  Status GetDocument(ServerContext*, const v1::GetDocumentRequest* request,
                     v1::Document* response) override {
    document_requests.push_back(*request);
    response->set_name(request->name());
    response->set_headline("Harbor plan");
    *response->add_claims() = MakeClaim("c1");
    return Status::OK;
  }

  std::vector<v1::SearchClaimsRequest> search_requests;
  std::vector<v1::ListFiguresRequest> figure_requests;
  std::vector<v1::GetDocumentRequest> document_requests;
};

class QueryCommandsTest : public ::testing::Test {
 protected:
  FakeQueryService service_;
  FakeServer server_{&service_};
  std::ostringstream out_;
  std::ostringstream err_;
};

TEST_F(QueryCommandsTest, ClaimsFollowsEveryPage) {
  ClaimsOptions options;
  options.address = server_.address();
  options.words = {"harbor", "plan"};
  options.filter = "kind = \"DIRECT_QUOTE\"";
  options.order_by = "publish_time desc";
  ASSERT_EQ(RunClaims(options, out_, err_), 0) << err_.str();
  ASSERT_EQ(service_.search_requests.size(), 2u);
  EXPECT_EQ(service_.search_requests[0].query(), "harbor plan");
  EXPECT_EQ(service_.search_requests[0].filter(), "kind = \"DIRECT_QUOTE\"");
  EXPECT_EQ(service_.search_requests[0].order_by(), "publish_time desc");
  EXPECT_EQ(service_.search_requests[1].order_by(), "publish_time desc");
  EXPECT_GT(service_.search_requests[0].page_size(), 0);
  EXPECT_EQ(service_.search_requests[1].page_token(), "page2");
  const std::string text = out_.str();
  EXPECT_EQ(text.rfind("DOCUMENT  CLAIM  KIND", 0), 0u) << text;
  EXPECT_NE(text.find("Words of c1"), std::string::npos);
  EXPECT_NE(text.find("Words of c3"), std::string::npos);
  EXPECT_EQ(err_.str(), "");
}

TEST_F(QueryCommandsTest, ClaimsJsonIsOneMessageWithEveryPage) {
  ClaimsOptions options;
  options.address = server_.address();
  options.json = true;
  ASSERT_EQ(RunClaims(options, out_, err_), 0) << err_.str();
  const std::string json = out_.str();
  EXPECT_NE(json.find("\"claims\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"claimId\": \"c3\""), std::string::npos) << json;
  EXPECT_EQ(json.find("nextPageToken"), std::string::npos) << json;
}

TEST_F(QueryCommandsTest, FiguresSendsTheParentAsAResourceName) {
  FiguresOptions options;
  options.address = server_.address();
  options.parent = "d1";
  ASSERT_EQ(RunFigures(options, out_, err_), 0) << err_.str();
  ASSERT_EQ(service_.figure_requests.size(), 1u);
  EXPECT_EQ(service_.figure_requests[0].parent(), "documents/d1");
  EXPECT_EQ(out_.str(), "no figures\n");
}

TEST_F(QueryCommandsTest, AFailedCallPrintsTheCodeAndMessage) {
  FiguresOptions options;
  options.address = server_.address();
  options.filter = "bad";
  EXPECT_EQ(RunFigures(options, out_, err_), 1);
  EXPECT_EQ(err_.str(),
            "factwire figures: INVALID_ARGUMENT: filter: unknown field \"bad\"\n");
  EXPECT_EQ(out_.str(), "");
}

TEST_F(QueryCommandsTest, SourceShowsTheSourceAndItsClaims) {
  SourcesOptions options;
  options.address = server_.address();
  options.name = "jane-roe";
  ASSERT_EQ(RunSources(options, out_, err_), 0) << err_.str();
  const std::string text = out_.str();
  EXPECT_EQ(text.rfind("name:", 0), 0u) << text;
  EXPECT_NE(text.find("claims (3):\n"), std::string::npos) << text;
  ASSERT_FALSE(service_.search_requests.empty());
  EXPECT_EQ(service_.search_requests[0].filter(), "source = \"jane-roe\"");
}

TEST_F(QueryCommandsTest, UnknownSourceIsNotFound) {
  SourcesOptions options;
  options.address = server_.address();
  options.name = "sources/nobody";
  EXPECT_EQ(RunSources(options, out_, err_), 1);
  EXPECT_EQ(err_.str(), "factwire sources: NOT_FOUND: sources/nobody not found\n");
}

TEST_F(QueryCommandsTest, EmptyListJsonIsAnEmptyObjectOnItsOwnLine) {
  SourcesOptions options;
  options.address = server_.address();
  options.json = true;
  ASSERT_EQ(RunSources(options, out_, err_), 0) << err_.str();
  EXPECT_EQ(out_.str(), "{}\n");
}

TEST_F(QueryCommandsTest, DocAsksForTheFullDocument) {
  DocOptions options;
  options.address = server_.address();
  options.name = "d1";
  ASSERT_EQ(RunDoc(options, out_, err_), 0) << err_.str();
  ASSERT_EQ(service_.document_requests.size(), 1u);
  EXPECT_EQ(service_.document_requests[0].name(), "documents/d1");
  EXPECT_EQ(service_.document_requests[0].view(), v1::DOCUMENT_VIEW_FULL);
  EXPECT_NE(out_.str().find("headline:  Harbor plan\n"), std::string::npos) << out_.str();
  EXPECT_NE(out_.str().find("claims (1):\n"), std::string::npos) << out_.str();
}

TEST(QueryCommands, NoServiceIsUnavailableAndSaysWhere) {
  ClaimsOptions options;
  options.address = UnservedAddress<FakeQueryService>();
  std::ostringstream out;
  std::ostringstream err;
  EXPECT_EQ(RunClaims(options, out, err), 1);
  EXPECT_EQ(err.str().rfind("factwire claims: UNAVAILABLE: ", 0), 0u) << err.str();
  EXPECT_NE(err.str().find("is factwire-query serving at " + options.address + "?"),
            std::string::npos)
      << err.str();
}

TEST(ResourceName, AddsTheCollectionOnce) {
  EXPECT_EQ(ResourceName("documents", "abc"), "documents/abc");
  EXPECT_EQ(ResourceName("documents", "documents/abc"), "documents/abc");
  EXPECT_EQ(ResourceName("sources", "jane-roe"), "sources/jane-roe");
}

}  // namespace
}  // namespace factwire
