// End to end over both real binaries: StreamIngestDocuments, request_id
// retries, DeleteDocument and WatchDocuments (order, resume, heartbeats,
// drain).

#include <chrono>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "tests/e2e/e2e_fixture.h"

namespace factwire {
namespace {

using v1::WatchDocumentsRequest;
using v1::WatchDocumentsResponse;

// A small distinct article per `n`.
std::string Article(int n) {
  return absl::StrCat("Council vote number ", n, "\n\n\"We approved plan ", n,
                      " today,\" said Mayor Ana Ruiz.\n");
}

v1::IngestDocumentRequest Request(const std::string& content) {
  v1::IngestDocumentRequest request;
  request.set_content(content);
  request.set_media_type("text/plain");
  return request;
}

// A watch stream with its context (30 s deadline).
struct Watch {
  std::unique_ptr<grpc::ClientContext> context;
  std::unique_ptr<grpc::ClientReader<WatchDocumentsResponse>> reader;
};

class StreamsTest : public EndToEndTest {
 protected:
  Watch StartWatch(const WatchDocumentsRequest& request) {
    Watch watch;
    watch.context = Context();
    watch.reader = query_stub_->WatchDocuments(watch.context.get(), request);
    return watch;
  }

  // The next `count` change events (heartbeats skipped); fewer if the stream
  // ends. `last_token` gets the last token seen (heartbeats included).
  static std::vector<WatchDocumentsResponse> ReadEvents(
      Watch& watch, size_t count, std::string* last_token = nullptr) {
    std::vector<WatchDocumentsResponse> events;
    WatchDocumentsResponse message;
    while (events.size() < count && watch.reader->Read(&message)) {
      if (last_token != nullptr) *last_token = message.resume_token();
      if (message.kind() != v1::WATCH_EVENT_KIND_HEARTBEAT) {
        events.push_back(message);
      }
    }
    return events;
  }

  // Reads the first message, which must be a heartbeat, and returns its token.
  static std::string FirstHeartbeat(Watch& watch) {
    WatchDocumentsResponse message;
    EXPECT_TRUE(watch.reader->Read(&message));
    EXPECT_EQ(message.kind(), v1::WATCH_EVENT_KIND_HEARTBEAT);
    EXPECT_FALSE(message.resume_token().empty());
    return message.resume_token();
  }

  grpc::Status Delete(const std::string& name) {
    v1::DeleteDocumentRequest request;
    request.set_name(name);
    google::protobuf::Empty empty;
    return ingest_stub_->DeleteDocument(Context().get(), request, &empty);
  }

  std::set<std::string> SourceIds() {
    v1::ListSourcesRequest request;
    request.set_page_size(1000);
    v1::ListSourcesResponse response;
    grpc::Status status =
        query_stub_->ListSources(Context().get(), request, &response);
    EXPECT_TRUE(status.ok()) << status.error_message();
    std::set<std::string> ids;
    for (const v1::Source& source : response.sources()) {
      ids.insert(source.source_id());
    }
    return ids;
  }
};

TEST_F(StreamsTest, StreamIngestAcksInOrderAndSurvivesABadDocument) {
  auto context = Context();
  auto stream = ingest_stub_->StreamIngestDocuments(context.get());
  std::vector<v1::IngestDocumentRequest> requests = {
      Request(kSeizureArticle), Request(""), Request("\xc3\x28 broken"),
      Request(kOverdoseArticle), Request(kSeizureArticle)};
  requests[1].set_external_id("empty-one");
  requests[3].set_request_id("req-overdose");
  for (const v1::IngestDocumentRequest& request : requests) {
    ASSERT_TRUE(stream->Write(request));
  }
  ASSERT_TRUE(stream->WritesDone());
  std::vector<v1::IngestAck> acks;
  v1::IngestAck ack;
  while (stream->Read(&ack)) acks.push_back(ack);
  grpc::Status status = stream->Finish();
  ASSERT_TRUE(status.ok()) << status.error_message();

  ASSERT_EQ(acks.size(), 5u);
  for (int i = 0; i < 5; ++i) EXPECT_EQ(acks[i].index(), i);
  EXPECT_EQ(acks[0].code(), 0) << acks[0].message();
  EXPECT_TRUE(acks[0].result().created());
  EXPECT_EQ(acks[1].code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(acks[1].external_id(), "empty-one");
  EXPECT_THAT(acks[1].message(), ::testing::HasSubstr("content"));
  EXPECT_EQ(acks[2].code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(acks[3].code(), 0) << acks[3].message();
  EXPECT_EQ(acks[3].request_id(), "req-overdose");
  EXPECT_EQ(acks[4].code(), 0) << acks[4].message();
  EXPECT_FALSE(acks[4].result().created());  // Same content as the first.
  EXPECT_EQ(acks[4].result().document().name(),
            acks[0].result().document().name());
  EXPECT_EQ(AllDocuments().size(), 2u);
}

// `count` articles numbered from `first`, each under its own external_id,
// over one stream; the acks as they arrive (all writes go out first, so the
// server reads ahead and pipelines).
std::vector<v1::IngestAck> StreamArticles(v1::IngestService::Stub* stub,
                                          int first, int count,
                                          grpc::Status* status) {
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::seconds(60));
  auto stream = stub->StreamIngestDocuments(&context);
  std::vector<v1::IngestAck> acks;
  std::thread reader([&] {
    v1::IngestAck ack;
    while (stream->Read(&ack)) acks.push_back(ack);
  });
  for (int n = first; n < first + count; ++n) {
    v1::IngestDocumentRequest request = Request(Article(n));
    request.set_external_id(absl::StrCat("article-", n));
    if (!stream->Write(request)) break;
  }
  stream->WritesDone();
  reader.join();
  *status = stream->Finish();
  return acks;
}

TEST_F(StreamsTest, ManyItemsOverSeveralStreamsAreAckedInOrderAndWatched) {
  constexpr int kStreams = 4;
  constexpr int kPerStream = 40;
  Watch watch = StartWatch(WatchDocumentsRequest());
  FirstHeartbeat(watch);
  std::vector<std::vector<v1::IngestAck>> acks(kStreams);
  std::vector<grpc::Status> statuses(kStreams);
  std::vector<std::thread> clients;
  for (int s = 0; s < kStreams; ++s) {
    clients.emplace_back([&, s] {
      acks[s] = StreamArticles(ingest_stub_.get(), s * kPerStream, kPerStream,
                               &statuses[s]);
    });
  }
  for (std::thread& client : clients) client.join();
  for (int s = 0; s < kStreams; ++s) {
    ASSERT_TRUE(statuses[s].ok()) << statuses[s].error_message();
    ASSERT_EQ(acks[s].size(), static_cast<size_t>(kPerStream));
    for (int i = 0; i < kPerStream; ++i) {
      EXPECT_EQ(acks[s][i].index(), i);
      EXPECT_EQ(acks[s][i].code(), 0) << acks[s][i].message();
      EXPECT_EQ(acks[s][i].external_id(),
                absl::StrCat("article-", s * kPerStream + i));
      EXPECT_TRUE(acks[s][i].result().created());
    }
  }
  EXPECT_EQ(AllDocuments().size(), static_cast<size_t>(kStreams * kPerStream));
  // The watcher sees every document once, each stream's in its order.
  std::vector<WatchDocumentsResponse> events =
      ReadEvents(watch, kStreams * kPerStream);
  ASSERT_EQ(events.size(), static_cast<size_t>(kStreams * kPerStream));
  std::map<std::string, int> position;
  for (size_t i = 0; i < events.size(); ++i) {
    EXPECT_EQ(events[i].kind(), v1::WATCH_EVENT_KIND_STORED);
    position[events[i].document()] = static_cast<int>(i);
  }
  ASSERT_EQ(position.size(), events.size());
  for (int s = 0; s < kStreams; ++s) {
    for (int i = 1; i < kPerStream; ++i) {
      EXPECT_LT(position[acks[s][i - 1].result().document().name()],
                position[acks[s][i].result().document().name()]);
    }
  }
}

TEST_F(StreamsTest, WhatWasAckedBeforeAKillIsStored) {
  auto context = Context();
  auto stream = ingest_stub_->StreamIngestDocuments(context.get());
  for (int n = 0; n < 30; ++n) {
    v1::IngestDocumentRequest request = Request(Article(n));
    request.set_external_id(absl::StrCat("article-", n));
    ASSERT_TRUE(stream->Write(request));
  }
  std::vector<v1::IngestAck> acks;
  v1::IngestAck ack;
  while (acks.size() < 10 && stream->Read(&ack)) acks.push_back(ack);
  ASSERT_EQ(acks.size(), 10u);
  ingest_.reset();  // SIGKILL, mid-stream.
  while (stream->Read(&ack)) acks.push_back(ack);
  std::set<std::string> stored;
  for (const v1::Document& document : AllDocuments()) {
    stored.insert(document.name());
  }
  for (const v1::IngestAck& acked : acks) {
    EXPECT_EQ(acked.code(), 0) << acked.message();
    EXPECT_EQ(stored.count(acked.result().document().name()), 1u)
        << acked.external_id() << " was acked but is not stored";
  }
}

TEST_F(StreamsTest, ConcurrentUnaryIngestsShareCommitsAndAllSucceed) {
  std::vector<std::thread> clients;
  std::vector<grpc::Status> statuses(16);
  for (int c = 0; c < 16; ++c) {
    clients.emplace_back([&, c] {
      v1::IngestDocumentResponse response;
      statuses[c] = Ingest(Article(1000 + c), &response);
    });
  }
  for (std::thread& client : clients) client.join();
  for (const grpc::Status& status : statuses) {
    EXPECT_TRUE(status.ok()) << status.error_message();
  }
  EXPECT_EQ(AllDocuments().size(), 16u);
}

TEST_F(StreamsTest, RequestIdRetryStoresOnceAndReuseIsInvalidArgument) {
  WatchDocumentsRequest from_start;
  from_start.set_from_beginning(true);
  v1::IngestDocumentRequest request = Request(kBorderArticle);
  request.set_request_id("cms-publish-17");
  request.set_external_id("border");
  v1::IngestDocumentResponse first;
  v1::IngestDocumentResponse retry;
  ASSERT_TRUE(
      ingest_stub_->IngestDocument(Context().get(), request, &first).ok());
  ASSERT_TRUE(
      ingest_stub_->IngestDocument(Context().get(), request, &retry).ok());
  EXPECT_TRUE(first.created());
  EXPECT_TRUE(retry.created());  // The first response, again.
  EXPECT_EQ(retry.document().name(), first.document().name());
  EXPECT_EQ(retry.document().revision(), 1);

  // The same id with new content would replace "border": refused instead.
  request.set_content(Article(1));
  v1::IngestDocumentResponse reused;
  ExpectStatus(ingest_stub_->IngestDocument(Context().get(), request, &reused),
               grpc::StatusCode::INVALID_ARGUMENT, "request_id");

  Watch watch = StartWatch(from_start);
  FirstHeartbeat(watch);
  std::vector<WatchDocumentsResponse> events = ReadEvents(watch, 1);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].revision(), 1);
  EXPECT_EQ(AllDocuments().size(), 1u);
  watch.context->TryCancel();
}

TEST_F(StreamsTest, DeleteRemovesTheDocumentAndItsOnlySources) {
  v1::Document seizure = MustIngest(kSeizureArticle);
  v1::Document overdose = MustIngest(kOverdoseArticle);
  std::set<std::string> only_overdose;
  for (const v1::Source& source : overdose.sources()) {
    only_overdose.insert(source.source_id());
  }
  for (const v1::Source& source : seizure.sources()) {
    only_overdose.erase(source.source_id());
  }
  ASSERT_FALSE(only_overdose.empty());
  for (const std::string& id : only_overdose) {
    EXPECT_EQ(SourceIds().count(id), 1u) << id;
  }

  ASSERT_TRUE(Delete(overdose.name()).ok());

  v1::GetDocumentRequest get;
  get.set_name(overdose.name());
  v1::Document gone;
  ExpectStatus(query_stub_->GetDocument(Context().get(), get, &gone),
               grpc::StatusCode::NOT_FOUND, overdose.document_id());
  ExpectStatus(Delete(overdose.name()), grpc::StatusCode::NOT_FOUND,
               overdose.document_id());
  ExpectStatus(Delete("overdose"), grpc::StatusCode::INVALID_ARGUMENT, "name");
  std::set<std::string> sources = SourceIds();
  for (const std::string& id : only_overdose) {
    EXPECT_EQ(sources.count(id), 0u) << id;
  }
  for (const v1::Source& source : seizure.sources()) {
    EXPECT_EQ(sources.count(source.source_id()), 1u) << source.source_id();
  }
  EXPECT_EQ(AllDocuments().size(), 1u);
  EXPECT_TRUE(AllClaims("optimistic", "").empty());
}

TEST_F(StreamsTest, WatcherSeesStoredReplacedDeletedInOrder) {
  Watch watch = StartWatch(WatchDocumentsRequest());
  FirstHeartbeat(watch);
  v1::IngestDocumentRequest request = Request(Article(1));
  request.set_external_id("story-1");
  v1::IngestDocumentResponse stored;
  ASSERT_TRUE(
      ingest_stub_->IngestDocument(Context().get(), request, &stored).ok());
  request.set_content(Article(2));
  v1::IngestDocumentResponse replaced;
  ASSERT_TRUE(
      ingest_stub_->IngestDocument(Context().get(), request, &replaced).ok());
  ASSERT_EQ(replaced.document().name(), stored.document().name());
  ASSERT_TRUE(Delete(stored.document().name()).ok());

  std::vector<WatchDocumentsResponse> events = ReadEvents(watch, 3);
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[0].kind(), v1::WATCH_EVENT_KIND_STORED);
  EXPECT_EQ(events[0].revision(), 1);
  EXPECT_EQ(events[1].kind(), v1::WATCH_EVENT_KIND_REPLACED);
  EXPECT_EQ(events[1].revision(), 2);
  EXPECT_EQ(events[2].kind(), v1::WATCH_EVENT_KIND_DELETED);
  for (const WatchDocumentsResponse& event : events) {
    EXPECT_EQ(event.document(), stored.document().name());
    EXPECT_GT(event.change_time().seconds(), 0);
  }
  watch.context->TryCancel();
}

TEST_F(StreamsTest, ResumedWatcherSeesEveryEventExactlyOnce) {
  constexpr int kDocuments = 12;
  Watch first = StartWatch(WatchDocumentsRequest());
  std::string token = FirstHeartbeat(first);
  // A pipeline streams documents in while the watcher dies mid-way.
  std::thread pipeline([this] {
    auto context = Context();
    auto stream = ingest_stub_->StreamIngestDocuments(context.get());
    for (int i = 0; i < kDocuments; ++i) {
      EXPECT_TRUE(stream->Write(Request(Article(100 + i))));
      v1::IngestAck ack;
      EXPECT_TRUE(stream->Read(&ack));
      EXPECT_EQ(ack.code(), 0) << ack.message();
    }
    stream->WritesDone();
    EXPECT_TRUE(stream->Finish().ok());
  });
  std::vector<WatchDocumentsResponse> seen = ReadEvents(first, 3, &token);
  ASSERT_EQ(seen.size(), 3u);
  first.context->TryCancel();
  first.reader->Finish().IgnoreError();

  WatchDocumentsRequest resume;
  resume.set_resume_token(token);
  Watch second = StartWatch(resume);
  EXPECT_EQ(FirstHeartbeat(second), token);
  std::vector<WatchDocumentsResponse> rest =
      ReadEvents(second, kDocuments - seen.size());
  pipeline.join();
  seen.insert(seen.end(), rest.begin(), rest.end());
  ASSERT_EQ(seen.size(), static_cast<size_t>(kDocuments));
  std::set<std::string> names;
  for (const WatchDocumentsResponse& event : seen) {
    EXPECT_EQ(event.kind(), v1::WATCH_EVENT_KIND_STORED);
    names.insert(event.document());
  }
  EXPECT_EQ(names.size(), static_cast<size_t>(kDocuments));
  EXPECT_EQ(AllDocuments().size(), static_cast<size_t>(kDocuments));
  second.context->TryCancel();
}

TEST_F(StreamsTest, HeartbeatsArriveAtTheRequestedInterval) {
  WatchDocumentsRequest request;
  request.mutable_heartbeat_interval()->set_nanos(200 * 1000 * 1000);
  Watch watch = StartWatch(request);
  std::string token = FirstHeartbeat(watch);
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 3; ++i) {
    WatchDocumentsResponse message;
    ASSERT_TRUE(watch.reader->Read(&message));
    EXPECT_EQ(message.kind(), v1::WATCH_EVENT_KIND_HEARTBEAT);
    EXPECT_EQ(message.resume_token(), token);
  }
  EXPECT_GE(std::chrono::steady_clock::now() - start,
            std::chrono::milliseconds(500));
  watch.context->TryCancel();
}

TEST_F(StreamsTest, BadWatchRequestsAreInvalidArgument) {
  WatchDocumentsRequest request;
  request.set_resume_token("not-a-token");
  Watch watch = StartWatch(request);
  WatchDocumentsResponse message;
  EXPECT_FALSE(watch.reader->Read(&message));
  ExpectStatus(watch.reader->Finish(), grpc::StatusCode::INVALID_ARGUMENT,
               "resume_token");
}

TEST_F(StreamsTest, DrainEndsWatchStreamsPromptly) {
  Watch watch = StartWatch(WatchDocumentsRequest());
  FirstHeartbeat(watch);
  auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(query_->Terminate(), 0) << query_->Log();
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  WatchDocumentsResponse message;
  while (watch.reader->Read(&message)) {
  }
  EXPECT_EQ(watch.reader->Finish().error_code(), grpc::StatusCode::UNAVAILABLE);
}

TEST_F(StreamsTest, DrainEndsIngestStreamsAfterTheirCurrentDocument) {
  auto context = Context();
  auto stream = ingest_stub_->StreamIngestDocuments(context.get());
  ASSERT_TRUE(stream->Write(Request(kSeizureArticle)));
  v1::IngestAck ack;
  ASSERT_TRUE(stream->Read(&ack));
  EXPECT_EQ(ack.code(), 0) << ack.message();
  // The pipeline keeps its stream open; the drain must not wait for it.
  auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(ingest_->Terminate(), 0) << ingest_->Log();
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  while (stream->Read(&ack)) {
  }
  EXPECT_EQ(stream->Finish().error_code(), grpc::StatusCode::UNAVAILABLE);
  std::vector<v1::Document> documents = AllDocuments();
  ASSERT_EQ(documents.size(), 1u);
  EXPECT_EQ(documents[0].name(), ack.result().document().name());
}

}  // namespace
}  // namespace factwire
