#include "cli/ingest_command.h"

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "factwire/v1/ingest_service.grpc.pb.h"
#include "gtest/gtest.h"
#include "tests/cli/fake_server.h"
#include "tests/testing/temp_dir.h"

namespace factwire {
namespace {

namespace fs = std::filesystem;
using grpc::ServerContext;
using grpc::Status;

// Stores by external_id: the first time created, then unchanged; rejects "bad.txt".
class FakeIngestService : public v1::IngestService::Service {
 public:
  Status IngestDocument(ServerContext*, const v1::IngestDocumentRequest* request,
                        v1::IngestDocumentResponse* response) override {
    requests.push_back(*request);
    if (request->external_id() == "bad.txt") {
      return Status(grpc::StatusCode::INVALID_ARGUMENT, "content: not valid UTF-8");
    }
    response->set_created(seen_.insert(request->external_id()).second);
    v1::Document* document = response->mutable_document();
    document->set_name("documents/" + request->external_id());
    document->add_claims();
    document->add_claims();
    document->add_figures();
    return Status::OK;
  }

  std::vector<v1::IngestDocumentRequest> requests;

 private:
  std::set<std::string> seen_;
};

class IngestCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(root_ / "dir" / "sub");
  }

  std::string Write(const std::string& relative, const std::string& content) {
    std::ofstream(root_ / relative, std::ios::binary) << content;
    return (root_ / relative).string();
  }

  IngestOptions Options(std::vector<std::string> paths) {
    IngestOptions options;
    options.address = server_.address();
    options.paths = std::move(paths);
    return options;
  }

  TempDir dir_;
  const fs::path root_ = dir_.path();
  FakeIngestService service_;
  FakeServer server_{&service_};
  std::ostringstream out_;
  std::ostringstream err_;
};

TEST_F(IngestCommandTest, SendsEachFileWithItsRelativeIdAndReportsIt) {
  Write("dir/a.txt", "Alpha\n\nBody.\n");
  Write("dir/sub/b.txt", "Beta\n\nBody.\n");
  ASSERT_EQ(RunIngest(Options({(root_ / "dir").string()}), out_, err_), 0) << err_.str();
  ASSERT_EQ(service_.requests.size(), 2u);
  EXPECT_EQ(service_.requests[0].external_id(), "a.txt");
  EXPECT_EQ(service_.requests[0].content(), "Alpha\n\nBody.\n");
  EXPECT_EQ(service_.requests[0].media_type(), "text/plain");
  EXPECT_EQ(service_.requests[1].external_id(), "sub/b.txt");
  const std::string text = out_.str();
  EXPECT_NE(text.find("created  "), std::string::npos) << text;
  EXPECT_NE(text.find("documents/a.txt  2 claims, 1 figures, 0 sources\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("2 files: 2 created, 0 unchanged, 0 failed\n"), std::string::npos)
      << text;
}

TEST_F(IngestCommandTest, AgainIsUnchanged) {
  const std::string file = Write("dir/a.txt", "Alpha\n\nBody.\n");
  ASSERT_EQ(RunIngest(Options({file}), out_, err_), 0);
  ASSERT_EQ(RunIngest(Options({file}), out_, err_), 0);
  EXPECT_NE(out_.str().find("unchanged  " + file), std::string::npos) << out_.str();
}

TEST_F(IngestCommandTest, ARejectedFileFailsTheRunButNotTheOthers) {
  const std::string bad = Write("bad.txt", "\xff");
  const std::string good = Write("dir/a.txt", "Alpha\n\nBody.\n");
  EXPECT_EQ(RunIngest(Options({bad, good}), out_, err_), 1);
  EXPECT_EQ(service_.requests.size(), 2u);
  const std::string text = out_.str();
  EXPECT_EQ(text.rfind("failed     " + bad + " ", 0), 0u) << text;
  EXPECT_NE(text.find("  INVALID_ARGUMENT: content: not valid UTF-8\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("2 files: 1 created, 0 unchanged, 1 failed\n"), std::string::npos)
      << text;
}

TEST_F(IngestCommandTest, AMissingPathSendsNothing) {
  EXPECT_EQ(RunIngest(Options({(root_ / "nope").string()}), out_, err_), 1);
  EXPECT_TRUE(service_.requests.empty());
  EXPECT_NE(err_.str().find("no such file or directory"), std::string::npos)
      << err_.str();
}

TEST_F(IngestCommandTest, NoFilesIsAnError) {
  EXPECT_EQ(RunIngest(Options({(root_ / "dir").string()}), out_, err_), 1);
  EXPECT_NE(err_.str().find("no files to ingest"), std::string::npos) << err_.str();
}

TEST_F(IngestCommandTest, NoServiceStopsAtTheFirstFile) {
  Write("dir/a.txt", "Alpha\n\nBody.\n");
  Write("dir/b.txt", "Beta\n\nBody.\n");
  IngestOptions options = Options({(root_ / "dir").string()});
  options.address = UnservedAddress<FakeIngestService>();
  EXPECT_EQ(RunIngest(options, out_, err_), 1);
  EXPECT_NE(out_.str().find("UNAVAILABLE"), std::string::npos) << out_.str();
  EXPECT_NE(out_.str().find("2 files: 0 created, 0 unchanged, 2 failed"),
            std::string::npos)
      << out_.str();
  EXPECT_NE(err_.str().find("1 more not sent"), std::string::npos) << err_.str();
}

}  // namespace
}  // namespace factwire
