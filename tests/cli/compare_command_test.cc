#include "cli/compare_command.h"

#include <limits>
#include <sstream>
#include <string>

#include "cli/client_flags.h"
#include "factwire/v1/query_service.grpc.pb.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/cli/fake_server.h"

namespace factwire {
namespace {

using ::testing::HasSubstr;

v1::FigureGroup TollGroup() {
  v1::FigureGroup group;
  group.set_subject("deaths");
  group.set_dimension(v1::DIMENSION_COUNT);
  group.set_place("Riverton");
  group.set_verdict(v1::VERDICT_SUPERSEDED);
  group.set_explanation("the count only grew over time");
  for (int value : {12, 41}) {
    v1::FigureObservation* observation = group.add_observations();
    observation->set_figure("documents/day" + std::to_string(value) +
                            "/figures/f1");
    observation->set_document("documents/day" + std::to_string(value));
    observation->mutable_publish_time()->set_seconds(1740787200 + value * 3600);
    observation->set_text(std::to_string(value));
    observation->set_source("sources/ana-ruiz");
    observation->mutable_interval()->set_lower(value);
    observation->mutable_interval()->set_upper(
        std::numeric_limits<double>::infinity());
    observation->mutable_interval()->set_lower_closed(true);
    observation->set_superseded(value == 12);
  }
  return group;
}

// CompareFigures answering two pages of one group each.
class FakeCompareService : public v1::QueryService::Service {
 public:
  grpc::Status CompareFigures(grpc::ServerContext*,
                              const v1::CompareFiguresRequest* request,
                              v1::CompareFiguresResponse* response) override {
    if (request->filter() == "bad") {
      return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "filter: no");
    }
    *response->add_groups() = TollGroup();
    if (request->page_token().empty()) {
      response->mutable_groups(0)->set_subject("first");
      response->set_next_page_token("2");
    }
    return grpc::Status::OK;
  }

  // One claim, echoing the parent and filter it was asked for.
  grpc::Status ListClaims(grpc::ServerContext*,
                          const v1::ListClaimsRequest* request,
                          v1::ListClaimsResponse* response) override {
    v1::Claim* claim = response->add_claims();
    claim->set_name(request->parent() + "/claims/c1");
    claim->set_document(request->parent());
    claim->set_claim_id("c1");
    claim->set_text(request->filter());
    return grpc::Status::OK;
  }
};

TEST(FormatInterval, Brackets) {
  v1::Interval interval;
  interval.set_lower(40);
  interval.set_upper(std::numeric_limits<double>::infinity());
  EXPECT_EQ(FormatInterval(interval), "(40, inf)");
  interval.set_lower_closed(true);
  interval.set_upper(1.3e9);
  interval.set_upper_closed(true);
  EXPECT_EQ(FormatInterval(interval), "[40, 1300000000]");
}

TEST(FormatGroups, HeadingExplanationAndObservations) {
  google::protobuf::RepeatedPtrField<v1::FigureGroup> groups;
  *groups.Add() = TollGroup();
  const std::string text = FormatGroups(groups);
  EXPECT_THAT(text, HasSubstr("SUPERSEDED  deaths (COUNT, Riverton)\n"));
  EXPECT_THAT(text, HasSubstr("\n    the count only grew over time\n"));
  EXPECT_THAT(text, HasSubstr("    DATE        DOCUMENT  FIGURE"));
  EXPECT_THAT(text, HasSubstr("2025-03-01  day12     f1      12    [12, inf)"));
  EXPECT_THAT(text, HasSubstr("ana-ruiz  superseded\n"));
  EXPECT_EQ(text.back(), '\n');
}

TEST(ParseCompareFlags, FilterAddressAndJson) {
  absl::StatusOr<CompareOptions> options = ParseCompareFlags(
      {"--filter", "subject:deaths", "--query=h:1", "--json"});
  ASSERT_TRUE(options.ok()) << options.status();
  EXPECT_EQ(options->filter, "subject:deaths");
  EXPECT_EQ(options->address, "h:1");
  EXPECT_TRUE(options->json);
  EXPECT_FALSE(ParseCompareFlags({"deaths"}).ok());
  EXPECT_FALSE(ParseCompareFlags({"--query="}).ok());
}

TEST(RunCompare, FollowsPagesAndPrintsTable) {
  FakeCompareService service;
  FakeServer server(&service);
  CompareOptions options;
  options.address = server.address();
  std::ostringstream out, err;
  ASSERT_EQ(RunCompare(options, out, err), 0) << err.str();
  EXPECT_THAT(out.str(), HasSubstr("SUPERSEDED  first (COUNT, Riverton)"));
  EXPECT_THAT(out.str(), HasSubstr("SUPERSEDED  deaths (COUNT, Riverton)"));

  options.json = true;
  std::ostringstream json;
  ASSERT_EQ(RunCompare(options, json, err), 0) << err.str();
  EXPECT_THAT(json.str(), HasSubstr("\"verdict\": \"VERDICT_SUPERSEDED\""));
}

TEST(RunCompare, ReportsErrors) {
  FakeCompareService service;
  FakeServer server(&service);
  CompareOptions options;
  options.address = server.address();
  options.filter = "bad";
  std::ostringstream out, err;
  EXPECT_EQ(RunCompare(options, out, err), 1);
  EXPECT_THAT(err.str(), HasSubstr("factwire compare: INVALID_ARGUMENT"));
}

TEST(ClaimsParent, ListsClaimsUnderTheParent) {
  absl::StatusOr<ClaimsOptions> options =
      ParseClaimsFlags({"--parent", "-", "--filter", "source = \"x\""});
  ASSERT_TRUE(options.ok()) << options.status();
  EXPECT_EQ(options->parent, "-");
  EXPECT_FALSE(ParseClaimsFlags({"--parent", "-", "word"}).ok());

  FakeCompareService service;
  FakeServer server(&service);
  options->address = server.address();
  std::ostringstream out, err;
  ASSERT_EQ(RunClaims(*options, out, err), 0) << err.str();
  EXPECT_THAT(out.str(), HasSubstr("-         c1"));
  EXPECT_THAT(out.str(), HasSubstr("source = \"x\""));
}

}  // namespace
}  // namespace factwire
