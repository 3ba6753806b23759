// The client commands against the real query server over a temp-file store: the
// requests they build (names, filters, paging) are ones the server accepts.
#include <algorithm>
#include <memory>
#include <sstream>
#include <string>

#include "absl/strings/str_cat.h"
#include "cli/query_commands.h"
#include "gtest/gtest.h"
#include "query-service/answer/answerer.h"
#include "query-service/query_server.h"
#include "server/server.h"
#include "store/store.h"
#include "tests/testing/temp_dir.h"

namespace factwire {
namespace {

constexpr int kClaims = 1201;  // more than one page of 1000

v1::Document MakeDocument() {
  v1::Document document;
  document.set_document_id("d1");
  document.set_content_sha256("sha-d1");
  document.set_external_id("harbor.txt");
  document.set_headline("Harbor plan approved");
  document.set_text("Mayor Jane Roe said the harbor would be clean.");
  for (int i = 1; i <= kClaims; ++i) {
    v1::Claim* claim = document.add_claims();
    claim->set_claim_id(absl::StrCat("c", i));
    claim->set_kind(v1::CLAIM_KIND_INDIRECT_QUOTE);
    claim->set_text(i == 1 ? "the harbor would be clean" : "the budget was approved");
    claim->set_speaker("Mayor Jane Roe");
    claim->set_source_id("jane-roe");
  }
  v1::Figure* figure = document.add_figures();
  figure->set_figure_id("f1");
  figure->set_text("$48 million");
  figure->set_value(48e6);
  figure->set_unit("USD");
  figure->set_dimension(v1::DIMENSION_CURRENCY);
  figure->set_qualifier(v1::QUALIFIER_EXACT);
  figure->set_subject("harbor plan");
  v1::Source* source = document.add_sources();
  source->set_source_id("jane-roe");
  source->set_type(v1::SOURCE_TYPE_PERSON);
  source->set_name("Jane Roe");
  source->set_title("Mayor");
  return document;
}

class QueryCommandsServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    StoreOptions store_options;
    store_options.path = dir_.File("factwire.db").string();
    absl::StatusOr<std::unique_ptr<Store>> store = Store::Open(store_options);
    ASSERT_TRUE(store.ok()) << store.status();
    store_ = *std::move(store);
    ASSERT_TRUE(store_->Put(MakeDocument()).ok());
    answerer_ = std::make_unique<Answerer>(store_.get());
    service_ = std::make_unique<QueryServer>(answerer_.get());
    ServerOptions server_options;
    server_options.access_log = [](absl::string_view) {};
    absl::StatusOr<std::unique_ptr<Server>> server = Server::Start(
        server_options, {{service_.get(), v1::QueryService::service_full_name()}});
    ASSERT_TRUE(server.ok()) << server.status();
    server_ = *std::move(server);
    address_ = absl::StrCat("127.0.0.1:", server_->port());
  }

  void TearDown() override {
    server_.reset();
    store_.reset();
  }

  TempDir dir_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<Answerer> answerer_;
  std::unique_ptr<QueryServer> service_;
  std::unique_ptr<Server> server_;
  std::string address_;
  std::ostringstream out_;
  std::ostringstream err_;
};

int Lines(const std::string& text) {
  return static_cast<int>(std::count(text.begin(), text.end(), '\n'));
}

TEST_F(QueryCommandsServerTest, ClaimsFollowsEveryPage) {
  ClaimsOptions options;
  options.address = address_;
  ASSERT_EQ(RunClaims(options, out_, err_), 0) << err_.str();
  EXPECT_EQ(Lines(out_.str()), 1 + kClaims);
}

TEST_F(QueryCommandsServerTest, ClaimsSearchesWordsWithAFilter) {
  ClaimsOptions options;
  options.address = address_;
  options.words = {"clean"};
  options.filter = "source = \"jane-roe\" AND kind = \"INDIRECT_QUOTE\"";
  ASSERT_EQ(RunClaims(options, out_, err_), 0) << err_.str();
  EXPECT_EQ(Lines(out_.str()), 2) << out_.str();
  EXPECT_NE(out_.str().find("the harbor would be clean"), std::string::npos);
}

TEST_F(QueryCommandsServerTest, ABadFilterIsInvalidArgument) {
  ClaimsOptions options;
  options.address = address_;
  options.filter = "foo = \"x\"";
  EXPECT_EQ(RunClaims(options, out_, err_), 1);
  EXPECT_EQ(err_.str().rfind("factwire claims: INVALID_ARGUMENT: filter:", 0), 0u)
      << err_.str();
}

TEST_F(QueryCommandsServerTest, FiguresOfOneDocument) {
  FiguresOptions options;
  options.address = address_;
  options.parent = "d1";
  options.filter = "dimension = \"CURRENCY\"";
  ASSERT_EQ(RunFigures(options, out_, err_), 0) << err_.str();
  EXPECT_NE(out_.str().find("48000000  USD"), std::string::npos) << out_.str();
}

TEST_F(QueryCommandsServerTest, SourceWithItsClaims) {
  SourcesOptions options;
  options.address = address_;
  options.name = "jane-roe";
  ASSERT_EQ(RunSources(options, out_, err_), 0) << err_.str();
  EXPECT_NE(out_.str().find(absl::StrCat("claims (", kClaims, "):\n")),
            std::string::npos);
}

TEST_F(QueryCommandsServerTest, DocByIdAndUnknownDoc) {
  DocOptions options;
  options.address = address_;
  options.name = "d1";
  ASSERT_EQ(RunDoc(options, out_, err_), 0) << err_.str();
  EXPECT_NE(out_.str().find("headline:     Harbor plan approved\n"), std::string::npos)
      << out_.str();
  options.name = "documents/nope";
  EXPECT_EQ(RunDoc(options, out_, err_), 1);
  EXPECT_EQ(err_.str().rfind("factwire doc: NOT_FOUND: ", 0), 0u) << err_.str();
}

}  // namespace
}  // namespace factwire
