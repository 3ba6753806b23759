// `factwire ingest` and `factwire delete` against the real ingest server (analyzer
// and temp-file store): what they send is what the service accepts, and they
// report what the service did.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "cli/ingest_command.h"
#include "cli/stream_commands.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "ingest-service/analyzer.h"
#include "ingest-service/ingest_server.h"
#include "ingest-service/ingestor.h"
#include "server/server.h"
#include "store/store.h"
#include "tests/testing/temp_dir.h"

namespace factwire {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

constexpr char kArticle[] =
    "Harbor plan approved\n"
    "\n"
    "The council approved a $48 million plan to clean up the harbor.\n"
    "\n"
    "\xe2\x80\x9c"
    "Families have not been able to swim here for a decade,"
    "\xe2\x80\x9d"
    " Mayor Jane Roe said.\n";

class IngestCommandServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(root_ / "articles");
    StoreOptions store_options;
    store_options.path = (root_ / "factwire.db").string();
    absl::StatusOr<std::unique_ptr<Store>> store = Store::Open(store_options);
    ASSERT_TRUE(store.ok()) << store.status();
    store_ = *std::move(store);
    absl::StatusOr<std::unique_ptr<Analyzer>> analyzer = Analyzer::Create();
    ASSERT_TRUE(analyzer.ok()) << analyzer.status();
    analyzer_ = *std::move(analyzer);
    ingestor_ = std::make_unique<Ingestor>(analyzer_.get(), store_.get());
    service_ = std::make_unique<IngestServer>(ingestor_.get());
    ServerOptions server_options;
    server_options.access_log = [](absl::string_view) {};
    absl::StatusOr<std::unique_ptr<Server>> server = Server::Start(
        server_options, {{service_.get(), v1::IngestService::service_full_name()}});
    ASSERT_TRUE(server.ok()) << server.status();
    server_ = *std::move(server);
    options_.address = absl::StrCat("127.0.0.1:", server_->port());
    options_.paths = {(root_ / "articles").string()};
  }

  void TearDown() override {
    server_.reset();
    // The ingestor's commit queue uses the store until it stops (it merges the
    // store's indexes when idle), so it goes first.
    service_.reset();
    ingestor_.reset();
    store_.reset();
  }

  // Writes articles/`name` (its directory must exist); returns its path.
  std::string Write(const std::string& name, const std::string& content) {
    std::ofstream(root_ / "articles" / name, std::ios::binary) << content;
    return (root_ / "articles" / name).string();
  }

  std::vector<v1::Document> Documents() {
    absl::StatusOr<Page<v1::Document>> documents = store_->ListDocuments(PageQuery{});
    EXPECT_TRUE(documents.ok()) << documents.status();
    if (!documents.ok()) return {};
    return documents->items;
  }

  TempDir dir_;
  const fs::path root_ = dir_.path();
  std::unique_ptr<Store> store_;
  std::unique_ptr<Analyzer> analyzer_;
  std::unique_ptr<Ingestor> ingestor_;
  std::unique_ptr<IngestServer> service_;
  std::unique_ptr<Server> server_;
  IngestOptions options_;
  std::ostringstream out_;
  std::ostringstream err_;
};

TEST_F(IngestCommandServerTest, StoresThenFindsUnchanged) {
  Write("harbor.txt", kArticle);
  ASSERT_EQ(RunIngest(options_, out_, err_), 0) << out_.str() << err_.str();
  EXPECT_EQ(out_.str().rfind("created    ", 0), 0u) << out_.str();
  EXPECT_NE(out_.str().find("1 file: 1 created, 0 unchanged, 0 failed\n"),
            std::string::npos);

  std::ostringstream again;
  ASSERT_EQ(RunIngest(options_, again, err_), 0) << again.str() << err_.str();
  EXPECT_EQ(again.str().rfind("unchanged  ", 0), 0u) << again.str();

  absl::StatusOr<Page<v1::Document>> documents = store_->ListDocuments(PageQuery{});
  ASSERT_TRUE(documents.ok()) << documents.status();
  ASSERT_EQ(documents->items.size(), 1u);
  EXPECT_EQ(documents->items[0].external_id(), "harbor.txt");
}

TEST_F(IngestCommandServerTest, ReportsRejectedContent) {
  Write("empty.txt", "");
  Write("harbor.txt", kArticle);
  EXPECT_EQ(RunIngest(options_, out_, err_), 1);
  EXPECT_NE(out_.str().find("INVALID_ARGUMENT: content"), std::string::npos)
      << out_.str();
  EXPECT_NE(out_.str().find("2 files: 1 created, 0 unchanged, 1 failed\n"),
            std::string::npos)
      << out_.str();
}

TEST_F(IngestCommandServerTest, StreamSendsEveryFileAndGoesOnAfterARejection) {
  Write("a-empty.txt", "");
  Write("b-harbor.txt", kArticle);
  Write("c-other.txt", "Budget passes\n\nThe council passed a $2 million budget.\n");
  options_.stream = true;
  EXPECT_EQ(RunIngest(options_, out_, err_), 1) << err_.str();
  const std::string out = out_.str();
  size_t failed = out.find("failed     ");
  size_t harbor = out.find("b-harbor.txt  documents/");
  size_t other = out.find("c-other.txt   documents/");
  ASSERT_NE(failed, std::string::npos) << out;
  ASSERT_NE(harbor, std::string::npos) << out;
  ASSERT_NE(other, std::string::npos) << out;
  EXPECT_LT(failed, harbor);  // One line per file, in order.
  EXPECT_LT(harbor, other);
  EXPECT_NE(out.find("INVALID_ARGUMENT: content"), std::string::npos) << out;
  EXPECT_NE(out.find("3 files: 2 created, 0 unchanged, 1 failed\n"), std::string::npos)
      << out;

  std::ostringstream again;
  options_.paths = {(root_ / "articles" / "b-harbor.txt").string()};
  EXPECT_EQ(RunIngest(options_, again, err_), 0) << again.str() << err_.str();
  EXPECT_EQ(again.str().rfind("unchanged  ", 0), 0u) << again.str();
}

TEST_F(IngestCommandServerTest, SendsEachFileWithItsRelativeIdAndReportsIt) {
  fs::create_directories(root_ / "articles" / "sub");
  Write("a.txt", kArticle);
  Write("sub/b.txt", "Budget passes\n\nThe council passed a $2 million budget.\n");
  ASSERT_EQ(RunIngest(options_, out_, err_), 0) << out_.str() << err_.str();
  std::vector<std::string> ids;
  for (const v1::Document& document : Documents()) {
    ids.push_back(document.external_id());
    EXPECT_EQ(document.media_type(), "text/plain");
  }
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(ids, (std::vector<std::string>{"a.txt", "sub/b.txt"}));
  const std::string text = out_.str();
  EXPECT_EQ(text.rfind("created    ", 0), 0u) << text;
  EXPECT_THAT(text, HasSubstr("sub/b.txt  documents/"));
  EXPECT_THAT(text, HasSubstr(" figures, "));
  EXPECT_THAT(text, HasSubstr("2 files: 2 created, 0 unchanged, 0 failed\n"));
}

TEST_F(IngestCommandServerTest, AFileAgainIsUnchanged) {
  options_.paths = {Write("harbor.txt", kArticle)};
  ASSERT_EQ(RunIngest(options_, out_, err_), 0) << out_.str() << err_.str();
  ASSERT_EQ(RunIngest(options_, out_, err_), 0) << out_.str() << err_.str();
  EXPECT_THAT(out_.str(), HasSubstr("unchanged  " + options_.paths[0]));
}

TEST_F(IngestCommandServerTest, ARejectedFileFailsTheRunButNotTheOthers) {
  const std::string bad = Write("bad.txt", "\xff");
  const std::string good = Write("harbor.txt", kArticle);
  options_.paths = {bad, good};
  EXPECT_EQ(RunIngest(options_, out_, err_), 1);
  EXPECT_EQ(Documents().size(), 1u);
  const std::string text = out_.str();
  EXPECT_EQ(text.rfind("failed     " + bad + " ", 0), 0u) << text;
  EXPECT_THAT(text, HasSubstr("  INVALID_ARGUMENT: content"));
  EXPECT_THAT(text, HasSubstr("2 files: 1 created, 0 unchanged, 1 failed\n"));
}

TEST_F(IngestCommandServerTest, AMissingPathSendsNothing) {
  options_.paths = {Write("harbor.txt", kArticle), (root_ / "nope").string()};
  EXPECT_EQ(RunIngest(options_, out_, err_), 1);
  EXPECT_TRUE(Documents().empty());
  EXPECT_THAT(err_.str(), HasSubstr("no such file or directory"));
}

TEST_F(IngestCommandServerTest, NoFilesIsAnError) {
  EXPECT_EQ(RunIngest(options_, out_, err_), 1);
  EXPECT_THAT(err_.str(), HasSubstr("no files to ingest"));
}

TEST_F(IngestCommandServerTest, NoServiceStopsAtTheFirstFile) {
  Write("a.txt", kArticle);
  Write("b.txt", "Budget passes\n\nThe council passed a $2 million budget.\n");
  server_->Shutdown();  // Its address now serves nothing.
  EXPECT_EQ(RunIngest(options_, out_, err_), 1);
  EXPECT_THAT(out_.str(), HasSubstr("UNAVAILABLE"));
  EXPECT_THAT(out_.str(), HasSubstr("2 files: 0 created, 0 unchanged, 2 failed"));
  EXPECT_THAT(err_.str(), HasSubstr("1 more not sent"));
}

TEST_F(IngestCommandServerTest, DeleteReportsDeletionOrNotFound) {
  Write("harbor.txt", kArticle);
  ASSERT_EQ(RunIngest(options_, out_, err_), 0) << out_.str() << err_.str();
  std::vector<v1::Document> documents = Documents();
  ASSERT_EQ(documents.size(), 1u);
  DeleteOptions options;
  options.address = options_.address;
  options.name = "documents/" + documents[0].document_id();
  std::ostringstream out;
  ASSERT_EQ(RunDelete(options, out, err_), 0) << err_.str();
  EXPECT_EQ(out.str(), "deleted " + options.name + "\n");
  EXPECT_TRUE(Documents().empty());
  EXPECT_EQ(RunDelete(options, out, err_), 1);
  EXPECT_THAT(err_.str(), HasSubstr("NOT_FOUND"));
}

}  // namespace
}  // namespace factwire
