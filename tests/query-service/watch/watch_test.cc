// The gRPC-free core of WatchDocuments: resume tokens, request parsing, the
// shared change feed and per-stream watchers, over a real temp-file store
// written by one Store and read by another opened read-only.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "query-service/watch/change_feed.h"
#include "query-service/watch/resume_token.h"
#include "query-service/watch/watcher.h"
#include "store/store.h"
#include "tests/testing/temp_dir.h"

namespace factwire {
namespace {

using v1::WatchDocumentsRequest;
using v1::WatchDocumentsResponse;

const absl::Time kT0 = absl::FromUnixSeconds(1740830400);

TEST(ResumeToken, RoundTripsAndRejectsGarbage) {
  for (int64_t sequence : {int64_t{0}, int64_t{1}, int64_t{123456789012}}) {
    absl::StatusOr<int64_t> decoded =
        DecodeResumeToken(EncodeResumeToken(sequence));
    ASSERT_TRUE(decoded.ok()) << decoded.status();
    EXPECT_EQ(*decoded, sequence);
  }
  for (const char* bad : {"x", "12", "d2F0Y2gxOg", "!!", "d2F0Y2gxOi0x"}) {
    absl::StatusOr<int64_t> decoded = DecodeResumeToken(bad);
    EXPECT_EQ(decoded.status().code(), absl::StatusCode::kInvalidArgument)
        << bad;
    EXPECT_NE(decoded.status().message().find("resume_token"),
              std::string::npos);
  }
}

TEST(ParseWatchRequest, StartsFromNowTheTokenOrTheBeginning) {
  WatchDocumentsRequest request;
  absl::StatusOr<WatchStart> now =
      ParseWatchRequest(request, 7, absl::Seconds(30));
  ASSERT_TRUE(now.ok()) << now.status();
  EXPECT_EQ(now->after, 7);
  EXPECT_EQ(now->heartbeat_interval, absl::Seconds(30));

  request.set_from_beginning(true);
  EXPECT_EQ(ParseWatchRequest(request, 7, absl::Seconds(30))->after, 0);

  request.set_resume_token(EncodeResumeToken(3));
  EXPECT_EQ(ParseWatchRequest(request, 7, absl::Seconds(30)).status().code(),
            absl::StatusCode::kInvalidArgument);
  request.set_from_beginning(false);
  EXPECT_EQ(ParseWatchRequest(request, 7, absl::Seconds(30))->after, 3);
}

TEST(ParseWatchRequest, ChecksTheHeartbeatInterval) {
  WatchDocumentsRequest request;
  request.mutable_heartbeat_interval()->set_seconds(2);
  EXPECT_EQ(
      ParseWatchRequest(request, 0, absl::Seconds(30))->heartbeat_interval,
      absl::Seconds(2));
  for (int64_t seconds : {int64_t{-1}, int64_t{7200}}) {
    request.mutable_heartbeat_interval()->set_seconds(seconds);
    absl::StatusOr<WatchStart> start =
        ParseWatchRequest(request, 0, absl::Seconds(30));
    EXPECT_EQ(start.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_NE(start.status().message().find("heartbeat_interval"),
              std::string::npos);
  }
  request.mutable_heartbeat_interval()->set_seconds(0);
  request.mutable_heartbeat_interval()->set_nanos(1000);
  EXPECT_FALSE(ParseWatchRequest(request, 0, absl::Seconds(30)).ok());
}

// A listener that records the feed's calls.
class RecordingListener : public ChangeListener {
 public:
  void OnPoll(absl::Time now) override { polls.push_back(now); }
  void OnClose() override { closed = true; }
  std::vector<absl::Time> polls;
  bool closed = false;
};

class WatchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_FALSE(dir_.path().empty()) << "no temp dir";
    StoreOptions options;
    options.path = dir_.File("factwire.db").string();
    options.clock = [this] { return clock_ += absl::Seconds(1); };
    writer_ = Store::Open(options).value();
    options.read_only = true;
    reader_ = Store::Open(options).value();
  }

  void Put(const std::string& id, const std::string& text) {
    v1::Document document;
    document.set_document_id(id);
    document.set_content_sha256("sha-" + text);
    document.set_text(text);
    ASSERT_TRUE(writer_->Put(document).ok());
  }

  std::unique_ptr<ChangeFeed> Feed(size_t cache_size = 4096) {
    ChangeFeedOptions options;
    options.cache_size = cache_size;
    options.page_size = 2;  // Several reads per poll.
    return ChangeFeed::Create(reader_.get(), options).value();
  }

  // Every message `watcher` has for `now`, until it has nothing.
  static std::vector<WatchDocumentsResponse> Drain(Watcher& watcher,
                                                   absl::Time now) {
    std::vector<WatchDocumentsResponse> messages;
    for (int i = 0; i < 1000; ++i) {
      absl::StatusOr<std::optional<WatchDocumentsResponse>> next =
          watcher.Next(now);
      EXPECT_TRUE(next.ok()) << next.status();
      if (!next.ok() || !next->has_value()) break;
      messages.push_back(**next);
    }
    return messages;
  }

  // "KIND documents/ID revision" for each event (heartbeats as "HEARTBEAT").
  static std::vector<std::string> Describe(
      const std::vector<WatchDocumentsResponse>& messages) {
    std::vector<std::string> lines;
    for (const WatchDocumentsResponse& message : messages) {
      std::string kind = v1::WatchEventKind_Name(message.kind());
      if (message.kind() == v1::WATCH_EVENT_KIND_HEARTBEAT) {
        lines.push_back(kind);
      } else {
        lines.push_back(kind + " " + message.document() + " " +
                        std::to_string(message.revision()));
      }
    }
    return lines;
  }

  TempDir dir_;  // Declared first: outlives the stores in it.
  absl::Time clock_ = kT0;
  std::unique_ptr<Store> writer_;
  std::unique_ptr<Store> reader_;
};

TEST_F(WatchTest, FirstAHeartbeatThenEveryChangeInOrder) {
  auto feed = Feed();
  Watcher watcher(feed.get(), WatchStart{feed->head(), absl::Seconds(30)});
  std::vector<WatchDocumentsResponse> first = Drain(watcher, kT0);
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0].kind(), v1::WATCH_EVENT_KIND_HEARTBEAT);
  EXPECT_EQ(DecodeResumeToken(first[0].resume_token()).value(), 0);

  Put("a", "one");
  Put("a", "two");
  Put("b", "three");
  ASSERT_TRUE(writer_->Delete("a").ok());
  EXPECT_TRUE(Drain(watcher, kT0).empty());  // Not polled yet.
  ASSERT_TRUE(feed->Poll(kT0).ok());
  std::vector<WatchDocumentsResponse> events = Drain(watcher, kT0);
  EXPECT_EQ(Describe(events), (std::vector<std::string>{
                                  "WATCH_EVENT_KIND_STORED documents/a 1",
                                  "WATCH_EVENT_KIND_REPLACED documents/a 2",
                                  "WATCH_EVENT_KIND_STORED documents/b 1",
                                  "WATCH_EVENT_KIND_DELETED documents/a 2"}));
  EXPECT_EQ(events[0].change_time().seconds(),
            absl::ToUnixSeconds(kT0 + absl::Seconds(1)));
  EXPECT_EQ(feed->head(), 4);
}

TEST_F(WatchTest, HeartbeatsAfterTheIntervalCarryTheCurrentToken) {
  auto feed = Feed();
  Watcher watcher(feed.get(), WatchStart{0, absl::Seconds(5)});
  ASSERT_EQ(Drain(watcher, kT0).size(), 1u);
  Put("a", "one");
  ASSERT_TRUE(feed->Poll(kT0).ok());
  std::vector<WatchDocumentsResponse> event =
      Drain(watcher, kT0 + absl::Seconds(1));
  ASSERT_EQ(event.size(), 1u);
  EXPECT_TRUE(Drain(watcher, kT0 + absl::Seconds(5)).empty());
  std::vector<WatchDocumentsResponse> beat =
      Drain(watcher, kT0 + absl::Seconds(6));
  ASSERT_EQ(beat.size(), 1u);
  EXPECT_EQ(beat[0].kind(), v1::WATCH_EVENT_KIND_HEARTBEAT);
  EXPECT_EQ(beat[0].resume_token(), event[0].resume_token());
  EXPECT_EQ(beat[0].change_time().seconds(),
            absl::ToUnixSeconds(kT0 + absl::Seconds(6)));
  EXPECT_TRUE(Drain(watcher, kT0 + absl::Seconds(10)).empty());
  EXPECT_EQ(Drain(watcher, kT0 + absl::Seconds(11)).size(), 1u);
}

TEST_F(WatchTest, ResumingFromAnyTokenMissesNothingAndRepeatsNothing) {
  for (int i = 0; i < 7; ++i) Put("d" + std::to_string(i), std::to_string(i));
  auto feed = Feed(/*cache_size=*/3);  // Old changes come from the store.
  Put("d7", "7");
  ASSERT_TRUE(feed->Poll(kT0).ok());
  Watcher all(feed.get(), WatchStart{0, absl::Seconds(30)});
  std::vector<WatchDocumentsResponse> everything = Drain(all, kT0);
  ASSERT_EQ(everything.size(), 9u);  // A heartbeat, then 8 events.
  for (size_t cut = 0; cut < everything.size(); ++cut) {
    int64_t after = DecodeResumeToken(everything[cut].resume_token()).value();
    Watcher resumed(feed.get(), WatchStart{after, absl::Seconds(30)});
    std::vector<WatchDocumentsResponse> rest = Drain(resumed, kT0);
    ASSERT_EQ(rest.size(), 1 + everything.size() - 1 - cut) << cut;
    for (size_t i = 1; i < rest.size(); ++i) {
      EXPECT_EQ(rest[i].resume_token(), everything[cut + i].resume_token());
    }
  }
}

TEST_F(WatchTest, StartWatchRefusesATokenAheadOfTheLog) {
  Put("a", "one");
  auto feed = Feed();
  WatchDocumentsRequest request;
  request.set_resume_token(EncodeResumeToken(1));
  EXPECT_EQ(StartWatch(feed.get(), request)->after, 1);
  Put("b", "two");  // Not polled yet: head() lags, the store does not.
  request.set_resume_token(EncodeResumeToken(2));
  EXPECT_EQ(StartWatch(feed.get(), request)->after, 2);
  request.set_resume_token(EncodeResumeToken(3));
  absl::StatusOr<WatchStart> ahead = StartWatch(feed.get(), request);
  EXPECT_EQ(ahead.status().code(), absl::StatusCode::kOutOfRange);
  EXPECT_NE(ahead.status().message().find("resume_token"), std::string::npos);
}

TEST_F(WatchTest, FeedWakesListenersUntilUnsubscribedOrClosed) {
  auto feed = Feed();
  RecordingListener kept;
  RecordingListener left;
  ASSERT_TRUE(feed->Subscribe(&kept));
  ASSERT_TRUE(feed->Subscribe(&left));
  ASSERT_TRUE(feed->Poll(kT0).ok());
  feed->Unsubscribe(&left);
  ASSERT_TRUE(feed->Poll(kT0 + absl::Seconds(1)).ok());
  EXPECT_EQ(kept.polls.size(), 2u);
  EXPECT_EQ(left.polls.size(), 1u);

  feed->Close();
  EXPECT_TRUE(kept.closed);
  EXPECT_FALSE(left.closed);
  ASSERT_TRUE(feed->Poll(kT0 + absl::Seconds(2)).ok());
  EXPECT_EQ(kept.polls.size(), 2u);
  RecordingListener late;
  EXPECT_FALSE(feed->Subscribe(&late));
}

TEST_F(WatchTest, StartedFeedPollsOnItsOwnThread) {
  ChangeFeedOptions options;
  options.poll_interval = absl::Milliseconds(5);
  auto feed = ChangeFeed::Create(reader_.get(), options).value();
  feed->Start();
  Put("a", "one");
  for (int i = 0; i < 2000 && feed->head() == 0; ++i) {
    absl::SleepFor(absl::Milliseconds(5));
  }
  EXPECT_EQ(feed->head(), 1);
  feed->Close();  // Stops the thread; the destructor joins it.
}

}  // namespace
}  // namespace factwire
