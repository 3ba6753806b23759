// The client commands of the query service (claims, figures, sources, doc, compare,
// watch) against the real query server over a temp-file store: the requests they
// build (names, filters, paging) are ones the server accepts, and they print what
// it answers.
#include <algorithm>
#include <memory>
#include <ostream>
#include <sstream>
#include <streambuf>
#include <string>
#include <thread>

#include "absl/strings/str_cat.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "cli/client_flags.h"
#include "cli/compare_command.h"
#include "cli/query_commands.h"
#include "cli/stream_commands.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "query-service/answer/answerer.h"
#include "query-service/query_server.h"
#include "query-service/watch/change_feed.h"
#include "server/server.h"
#include "store/store.h"
#include "tests/testing/temp_dir.h"

namespace factwire {
namespace {

using ::testing::HasSubstr;

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
  figure->set_normalized_value(48e6);
  figure->set_normalized_unit("USD");
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

// A second document with a figure on the same subject as d1's, so CompareFigures
// has a group.
v1::Document MakeSecondDocument() {
  v1::Document document;
  document.set_document_id("d2");
  document.set_content_sha256("sha-d2");
  document.set_external_id("harbor-cost.txt");
  document.set_headline("Harbor plan costs more");
  document.set_text("The harbor plan will cost $60 million.");
  v1::Figure* figure = document.add_figures();
  figure->set_figure_id("f1");
  figure->set_text("$60 million");
  figure->set_value(60e6);
  figure->set_unit("USD");
  figure->set_normalized_value(60e6);
  figure->set_normalized_unit("USD");
  figure->set_dimension(v1::DIMENSION_CURRENCY);
  figure->set_qualifier(v1::QUALIFIER_EXACT);
  figure->set_subject("harbor plan");
  return document;
}

// An output stream one thread writes while another waits for text in it.
class SharedOutput : private std::streambuf, public std::ostream {
 public:
  SharedOutput() : std::ostream(static_cast<std::streambuf*>(this)) {}

  // True once the written text contains `text`; false after `timeout`.
  bool WaitFor(const std::string& text, absl::Duration timeout) {
    absl::MutexLock lock(&mu_);
    auto contains = [this, &text]() ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_) {
      return text_.find(text) != std::string::npos;
    };
    return mu_.AwaitWithTimeout(absl::Condition(&contains), timeout);
  }

  std::string str() {
    absl::MutexLock lock(&mu_);
    return text_;
  }

 private:
  int overflow(int c) override {
    if (c == std::char_traits<char>::eof()) return 0;
    absl::MutexLock lock(&mu_);
    text_.push_back(static_cast<char>(c));
    return c;
  }
  std::streamsize xsputn(const char* data, std::streamsize size) override {
    absl::MutexLock lock(&mu_);
    text_.append(data, static_cast<size_t>(size));
    return size;
  }

  absl::Mutex mu_;
  std::string text_ ABSL_GUARDED_BY(mu_);
};

class QueryCommandsServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    StoreOptions store_options;
    store_options.path = dir_.File("factwire.db").string();
    absl::StatusOr<std::unique_ptr<Store>> store = Store::Open(store_options);
    ASSERT_TRUE(store.ok()) << store.status();
    store_ = *std::move(store);
    ASSERT_TRUE(store_->Put(MakeDocument()).ok());
    ASSERT_TRUE(store_->Put(MakeSecondDocument()).ok());
    answerer_ = std::make_unique<Answerer>(store_.get());
    absl::StatusOr<std::unique_ptr<ChangeFeed>> feed =
        ChangeFeed::Create(store_.get(), ChangeFeedOptions{});
    ASSERT_TRUE(feed.ok()) << feed.status();
    feed_ = *std::move(feed);
    feed_->Start();
    service_ = std::make_unique<QueryServer>(answerer_.get(), feed_.get());
    ServerOptions server_options;
    server_options.access_log = [](absl::string_view) {};
    server_options.on_drain = [this] { feed_->Close(); };  // as factwire-query does
    absl::StatusOr<std::unique_ptr<Server>> server = Server::Start(
        server_options, {{service_.get(), v1::QueryService::service_full_name()}});
    ASSERT_TRUE(server.ok()) << server.status();
    server_ = *std::move(server);
    address_ = absl::StrCat("127.0.0.1:", server_->port());
  }

  void TearDown() override {
    server_.reset();
    feed_.reset();
    store_.reset();
  }

  TempDir dir_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<Answerer> answerer_;
  std::unique_ptr<ChangeFeed> feed_;
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
  EXPECT_EQ(out_.str().rfind("DOCUMENT  CLAIM  KIND", 0), 0u) << out_.str();
  EXPECT_EQ(err_.str(), "");
}

TEST_F(QueryCommandsServerTest, ClaimsKeepWordsFilterAndOrderOnEveryPage) {
  ClaimsOptions options;
  options.address = address_;
  options.words = {"budget", "approved"};
  options.filter = "kind = \"INDIRECT_QUOTE\"";
  options.order_by = "publish_time desc";
  ASSERT_EQ(RunClaims(options, out_, err_), 0) << err_.str();
  EXPECT_EQ(Lines(out_.str()), kClaims) << "header + every claim but c1";
  EXPECT_THAT(out_.str(), HasSubstr("the budget was approved"));
  EXPECT_THAT(out_.str(), ::testing::Not(HasSubstr("the harbor would be clean")));
}

TEST_F(QueryCommandsServerTest, ClaimsJsonIsOneMessageWithEveryPage) {
  ClaimsOptions options;
  options.address = address_;
  options.json = true;
  ASSERT_EQ(RunClaims(options, out_, err_), 0) << err_.str();
  const std::string json = out_.str();
  EXPECT_THAT(json, HasSubstr("\"claims\""));
  EXPECT_THAT(json, HasSubstr(absl::StrCat("\"claimId\": \"c", kClaims, "\"")));
  EXPECT_THAT(json, ::testing::Not(HasSubstr("nextPageToken")));
}

TEST_F(QueryCommandsServerTest, ClaimsUnderAnyParentListsThem) {
  absl::StatusOr<ClaimsOptions> options =
      ParseClaimsFlags({"--parent", "-", "--filter", "source = \"jane-roe\""});
  ASSERT_TRUE(options.ok()) << options.status();
  EXPECT_EQ(options->parent, "-");
  EXPECT_FALSE(ParseClaimsFlags({"--parent", "-", "word"}).ok());
  options->address = address_;
  ASSERT_EQ(RunClaims(*options, out_, err_), 0) << err_.str();
  EXPECT_EQ(Lines(out_.str()), 1 + kClaims) << out_.str().substr(0, 500);
  EXPECT_THAT(out_.str(), HasSubstr("d1        c1 "));
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

TEST_F(QueryCommandsServerTest, AFailedCallPrintsTheCodeAndMessageOnly) {
  FiguresOptions options;
  options.address = address_;
  options.filter = "bad";
  EXPECT_EQ(RunFigures(options, out_, err_), 1);
  EXPECT_EQ(err_.str().rfind("factwire figures: INVALID_ARGUMENT: filter:", 0), 0u)
      << err_.str();
  EXPECT_EQ(out_.str(), "");
}

TEST_F(QueryCommandsServerTest, NoServiceIsUnavailableAndSaysWhere) {
  server_->Shutdown();  // Its address now serves nothing.
  ClaimsOptions options;
  options.address = address_;
  EXPECT_EQ(RunClaims(options, out_, err_), 1);
  EXPECT_EQ(err_.str().rfind("factwire claims: UNAVAILABLE: ", 0), 0u) << err_.str();
  EXPECT_THAT(err_.str(), HasSubstr("is factwire-query serving at " + address_ + "?"));
}

TEST_F(QueryCommandsServerTest, FiguresOfOneDocument) {
  FiguresOptions options;
  options.address = address_;
  options.parent = "d1";
  options.filter = "dimension = \"CURRENCY\"";
  ASSERT_EQ(RunFigures(options, out_, err_), 0) << err_.str();
  EXPECT_NE(out_.str().find("48000000  USD"), std::string::npos) << out_.str();
  EXPECT_EQ(out_.str().find("60000000"), std::string::npos) << out_.str();
}

TEST_F(QueryCommandsServerTest, NoFiguresSaysSo) {
  FiguresOptions options;
  options.address = address_;
  options.parent = "documents/d1";
  options.filter = "dimension = \"COUNT\"";
  ASSERT_EQ(RunFigures(options, out_, err_), 0) << err_.str();
  EXPECT_EQ(out_.str(), "no figures\n");
}

TEST_F(QueryCommandsServerTest, SourceWithItsClaims) {
  SourcesOptions options;
  options.address = address_;
  options.name = "jane-roe";
  ASSERT_EQ(RunSources(options, out_, err_), 0) << err_.str();
  EXPECT_EQ(out_.str().rfind("name:", 0), 0u) << out_.str().substr(0, 500);
  EXPECT_NE(out_.str().find(absl::StrCat("claims (", kClaims, "):\n")),
            std::string::npos);
}

TEST_F(QueryCommandsServerTest, UnknownSourceIsNotFound) {
  SourcesOptions options;
  options.address = address_;
  options.name = "sources/nobody";
  EXPECT_EQ(RunSources(options, out_, err_), 1);
  EXPECT_EQ(err_.str().rfind("factwire sources: NOT_FOUND: ", 0), 0u) << err_.str();
  EXPECT_THAT(err_.str(), HasSubstr("nobody"));
}

TEST_F(QueryCommandsServerTest, EmptyListJsonIsAnEmptyObjectOnItsOwnLine) {
  SourcesOptions options;
  options.address = address_;
  options.filter = "type = \"ORGANIZATION\"";
  options.json = true;
  ASSERT_EQ(RunSources(options, out_, err_), 0) << err_.str();
  EXPECT_EQ(out_.str(), "{}\n");
}

TEST_F(QueryCommandsServerTest, DocByIdAndUnknownDoc) {
  DocOptions options;
  options.address = address_;
  options.name = "d1";
  ASSERT_EQ(RunDoc(options, out_, err_), 0) << err_.str();
  EXPECT_NE(out_.str().find("headline:     Harbor plan approved\n"), std::string::npos)
      << out_.str().substr(0, 500);
  EXPECT_THAT(out_.str(), HasSubstr(absl::StrCat("claims (", kClaims, "):\n")));
  options.name = "documents/nope";
  EXPECT_EQ(RunDoc(options, out_, err_), 1);
  EXPECT_EQ(err_.str().rfind("factwire doc: NOT_FOUND: ", 0), 0u) << err_.str();
}

TEST_F(QueryCommandsServerTest, ComparePrintsGroupsAsATableOrJson) {
  CompareOptions options;
  options.address = address_;
  ASSERT_EQ(RunCompare(options, out_, err_), 0) << err_.str();
  EXPECT_THAT(out_.str(), HasSubstr("CONFLICTING  harbor plan (CURRENCY, USD)"));
  EXPECT_THAT(out_.str(), HasSubstr("    DATE  DOCUMENT  FIGURE"));
  EXPECT_THAT(out_.str(), HasSubstr("$60 million"));

  options.json = true;
  std::ostringstream json;
  ASSERT_EQ(RunCompare(options, json, err_), 0) << err_.str();
  EXPECT_THAT(json.str(), HasSubstr("\"verdict\": \"VERDICT_CONFLICTING\""));
}

TEST_F(QueryCommandsServerTest, CompareReportsErrors) {
  CompareOptions options;
  options.address = address_;
  options.filter = "bad";
  EXPECT_EQ(RunCompare(options, out_, err_), 1);
  EXPECT_THAT(err_.str(), HasSubstr("factwire compare: INVALID_ARGUMENT"));
}

// The text after the last "resume " in `out`, up to its newline.
std::string LastResumeToken(const std::string& out) {
  const size_t at = out.rfind("resume ");
  if (at == std::string::npos) return "";
  const size_t begin = at + 7;
  return out.substr(begin, out.find('\n', begin) - begin);
}

TEST_F(QueryCommandsServerTest, WatchPrintsEachEventAndHowToResume) {
  ASSERT_TRUE(store_->Delete("d2").ok());
  WatchOptions options;
  options.address = address_;
  options.from_start = true;
  options.heartbeat = absl::Milliseconds(1500);
  SharedOutput out;
  std::ostringstream err;
  int exit_code = -1;
  std::thread watch([&] { exit_code = RunWatch(options, out, err); });
  const bool deleted = out.WaitFor("deleted    documents/d2", absl::Seconds(60));
  server_->Shutdown();  // Ends the stream as a draining factwire-query does.
  watch.join();
  ASSERT_TRUE(deleted) << out.str() << err.str();
  EXPECT_EQ(exit_code, 1);
  const std::string text = out.str();
  EXPECT_THAT(text, HasSubstr("stored     documents/d1  revision "));
  EXPECT_THAT(text, HasSubstr("stored     documents/d2  revision "));
  EXPECT_LT(text.find("documents/d1"), text.find("deleted    documents/d2"));
  EXPECT_THAT(err.str(), HasSubstr("UNAVAILABLE: the server is shutting down"));
  EXPECT_THAT(err.str(), HasSubstr("resume with --from " + LastResumeToken(text) + "\n"));
}

TEST_F(QueryCommandsServerTest, WatchStopsAfterMaxEventsAndPrintsJson) {
  ASSERT_TRUE(store_->Delete("d2").ok());
  WatchOptions options;
  options.address = address_;
  options.from_start = true;
  options.max_events = 1;
  options.json = true;
  ASSERT_EQ(RunWatch(options, out_, err_), 0) << err_.str();
  EXPECT_THAT(out_.str(), HasSubstr("\"kind\":\"WATCH_EVENT_KIND_STORED\""));
  EXPECT_THAT(out_.str(), HasSubstr("documents/d1"));
  EXPECT_THAT(out_.str(), ::testing::Not(HasSubstr("documents/d2")));
}

}  // namespace
}  // namespace factwire
