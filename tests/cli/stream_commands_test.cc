#include "cli/stream_commands.h"

#include <sstream>
#include <string>
#include <vector>

#include "factwire/v1/ingest_service.grpc.pb.h"
#include "factwire/v1/query_service.grpc.pb.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/cli/fake_server.h"

namespace factwire {
namespace {

using ::testing::HasSubstr;

v1::WatchDocumentsResponse Event(v1::WatchEventKind kind, const std::string& document,
                                 const std::string& token) {
  v1::WatchDocumentsResponse event;
  event.set_kind(kind);
  event.set_document(document);
  event.set_revision(kind == v1::WATCH_EVENT_KIND_HEARTBEAT ? 0 : 2);
  event.mutable_change_time()->set_seconds(1740830401);  // 2025-03-01T12:00:01Z
  event.set_resume_token(token);
  return event;
}

TEST(FormatWatchEvent, OneLinePerEventWithItsToken) {
  EXPECT_EQ(FormatWatchEvent(Event(v1::WATCH_EVENT_KIND_REPLACED, "documents/a", "T1")),
            "2025-03-01T12:00:01Z  replaced   documents/a  revision 2  resume T1\n");
  EXPECT_EQ(FormatWatchEvent(Event(v1::WATCH_EVENT_KIND_HEARTBEAT, "", "T2")),
            "2025-03-01T12:00:01Z  heartbeat  resume T2\n");
}

TEST(DocumentNameArg, AcceptsIdOrName) {
  EXPECT_EQ(DocumentNameArg("abc"), "documents/abc");
  EXPECT_EQ(DocumentNameArg("documents/abc"), "documents/abc");
}

TEST(ParseWatchFlags, ReadsEveryFlag) {
  absl::StatusOr<WatchOptions> options =
      ParseWatchFlags({"--query", "h:1", "--from=TOKEN", "--heartbeat", "5s", "--json"});
  ASSERT_TRUE(options.ok()) << options.status();
  EXPECT_EQ(options->address, "h:1");
  EXPECT_EQ(options->from, "TOKEN");
  EXPECT_EQ(options->heartbeat, absl::Seconds(5));
  EXPECT_TRUE(options->json);
  EXPECT_FALSE(ParseWatchFlags({"--from", "T", "--from-start"}).ok());
  EXPECT_FALSE(ParseWatchFlags({"--heartbeat", "soon"}).ok());
  EXPECT_FALSE(ParseWatchFlags({"extra"}).ok());
  EXPECT_FALSE(ParseWatchFlags({"--query="}).ok());
}

TEST(ParseDeleteFlags, TakesExactlyOneDocument) {
  absl::StatusOr<DeleteOptions> options = ParseDeleteFlags({"abc", "--ingest", "h:2"});
  ASSERT_TRUE(options.ok()) << options.status();
  EXPECT_EQ(options->name, "documents/abc");
  EXPECT_EQ(options->address, "h:2");
  EXPECT_FALSE(ParseDeleteFlags({}).ok());
  EXPECT_FALSE(ParseDeleteFlags({"a", "b"}).ok());
}

// Sends a heartbeat, two events, then ends with UNAVAILABLE; records the request.
class FakeQuery final : public v1::QueryService::Service {
 public:
  grpc::Status WatchDocuments(
      grpc::ServerContext*, const v1::WatchDocumentsRequest* request,
      grpc::ServerWriter<v1::WatchDocumentsResponse>* writer) override {
    last_request = *request;
    writer->Write(Event(v1::WATCH_EVENT_KIND_HEARTBEAT, "", "T0"));
    writer->Write(Event(v1::WATCH_EVENT_KIND_STORED, "documents/a", "T1"));
    writer->Write(Event(v1::WATCH_EVENT_KIND_DELETED, "documents/a", "T2"));
    return grpc::Status(grpc::StatusCode::UNAVAILABLE, "draining");
  }
  v1::WatchDocumentsRequest last_request;
};

TEST(RunWatch, PrintsEachEventAndHowToResume) {
  FakeQuery service;
  FakeServer server(&service);
  WatchOptions options;
  options.address = server.address();
  options.from = "T-1";
  options.heartbeat = absl::Milliseconds(1500);
  std::ostringstream out;
  std::ostringstream err;
  EXPECT_EQ(RunWatch(options, out, err), 1);
  EXPECT_EQ(service.last_request.resume_token(), "T-1");
  EXPECT_EQ(service.last_request.heartbeat_interval().seconds(), 1);
  EXPECT_EQ(service.last_request.heartbeat_interval().nanos(), 500000000);
  EXPECT_THAT(out.str(), HasSubstr("heartbeat  resume T0\n"));
  EXPECT_THAT(out.str(), HasSubstr("stored     documents/a  revision 2  resume T1\n"));
  EXPECT_THAT(err.str(), HasSubstr("UNAVAILABLE: draining\n"));
  EXPECT_THAT(err.str(), HasSubstr("--from T2"));
}

TEST(RunWatch, StopsAfterMaxEventsAndPrintsJson) {
  FakeQuery service;
  FakeServer server(&service);
  WatchOptions options;
  options.address = server.address();
  options.max_events = 1;
  options.json = true;
  std::ostringstream out;
  std::ostringstream err;
  EXPECT_EQ(RunWatch(options, out, err), 0) << err.str();
  EXPECT_THAT(out.str(), HasSubstr("\"kind\":\"WATCH_EVENT_KIND_STORED\""));
  EXPECT_THAT(out.str(), ::testing::Not(HasSubstr("DELETED")));
}

class FakeIngest final : public v1::IngestService::Service {
 public:
  grpc::Status DeleteDocument(grpc::ServerContext*,
                              const v1::DeleteDocumentRequest* request,
                              google::protobuf::Empty*) override {
    if (request->name() == "documents/known") return grpc::Status::OK;
    return grpc::Status(grpc::StatusCode::NOT_FOUND, request->name() + " not found");
  }
};

TEST(RunDelete, ReportsDeletionOrNotFound) {
  FakeIngest service;
  FakeServer server(&service);
  DeleteOptions options;
  options.address = server.address();
  options.name = "documents/known";
  std::ostringstream out;
  std::ostringstream err;
  EXPECT_EQ(RunDelete(options, out, err), 0);
  EXPECT_EQ(out.str(), "deleted documents/known\n");
  options.name = "documents/gone";
  EXPECT_EQ(RunDelete(options, out, err), 1);
  EXPECT_THAT(err.str(), HasSubstr("NOT_FOUND"));
}

}  // namespace
}  // namespace factwire
