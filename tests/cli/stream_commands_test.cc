#include "cli/stream_commands.h"

#include <string>

#include "gtest/gtest.h"

// RunWatch runs against the real query server (query_commands_server_test.cc),
// RunDelete against the real ingest server (ingest_command_server_test.cc).

namespace factwire {
namespace {

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

}  // namespace
}  // namespace factwire
