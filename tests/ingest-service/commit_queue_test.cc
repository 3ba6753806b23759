// Group commit: documents submitted from several threads are all stored, each
// thread's in its order, and each callback runs after its commit.

#include "ingest-service/commit_queue.h"

#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "gtest/gtest.h"
#include "tests/testing/temp_dir.h"
#include "tests/testing/temp_store.h"

namespace factwire {
namespace {

// A minimal document: id and a content hash of its own.
v1::Document Document(const std::string& id, const std::string& content) {
  v1::Document document;
  document.set_document_id(id);
  document.set_content_sha256(absl::StrCat("sha-", content));
  document.set_text(content);
  return document;
}

class CommitQueueTest : public ::testing::Test {
 protected:
  void SetUp() override { OpenTempStore(dir_, &store_); }

  std::vector<Change> Changes() {
    absl::StatusOr<Page<Change>> changes = store_->ListChanges({0, 10000});
    EXPECT_TRUE(changes.ok()) << changes.status();
    return changes.ok() ? changes->items : std::vector<Change>();
  }

  TempDir dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(CommitQueueTest, ThreadsShareCommitsAndKeepTheirOrder) {
  constexpr int kThreads = 4;
  constexpr int kEach = 60;
  absl::Mutex mu;
  std::map<std::string, bool> created;  // document_id -> created
  std::vector<std::string> done_order;
  {
    CommitQueue queue(store_.get(), CommitQueueOptions{16, 32});
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
      threads.emplace_back([&, t] {
        for (int i = 0; i < kEach; ++i) {
          std::string id = absl::StrCat("t", t, "-", i);
          queue.Submit(PutItem{Document(id, id), std::nullopt},
                       [&, id](absl::StatusOr<PutResult> result) {
                         // Committed: a reader on another connection sees it.
                         bool visible = store_->GetDocument(id, false).ok();
                         absl::MutexLock lock(&mu);
                         created[id] =
                             result.ok() && result->created && visible;
                         done_order.push_back(id);
                       });
        }
      });
    }
    for (std::thread& thread : threads) thread.join();
  }  // The destructor commits what is still waiting.
  ASSERT_EQ(created.size(), static_cast<size_t>(kThreads * kEach));
  for (const auto& [id, ok] : created) EXPECT_TRUE(ok) << id;
  std::vector<Change> changes = Changes();
  ASSERT_EQ(changes.size(), static_cast<size_t>(kThreads * kEach));
  // Each thread's documents are stored, and called back, in its order.
  std::map<std::string, int> next;
  for (const Change& change : changes) {
    std::string thread =
        change.document_id.substr(0, change.document_id.find('-'));
    EXPECT_EQ(change.document_id, absl::StrCat(thread, "-", next[thread]++));
  }
  next.clear();
  for (const std::string& id : done_order) {
    std::string thread = id.substr(0, id.find('-'));
    EXPECT_EQ(id, absl::StrCat(thread, "-", next[thread]++));
  }
}

TEST_F(CommitQueueTest, AFailingDocumentFailsAlone) {
  std::vector<absl::StatusOr<PutResult>> results(3, absl::UnknownError(""));
  {
    CommitQueue queue(store_.get(), CommitQueueOptions());
    v1::Document bad = Document("bad", "bad");
    bad.clear_content_sha256();
    queue.Submit(
        PutItem{Document("a", "a"), std::nullopt},
        [&](absl::StatusOr<PutResult> r) { results[0] = std::move(r); });
    queue.Submit(PutItem{bad, std::nullopt}, [&](absl::StatusOr<PutResult> r) {
      results[1] = std::move(r);
    });
    queue.Submit(
        PutItem{Document("b", "b"), std::nullopt},
        [&](absl::StatusOr<PutResult> r) { results[2] = std::move(r); });
  }
  EXPECT_TRUE(results[0].ok()) << results[0].status();
  EXPECT_EQ(results[1].status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(results[2].ok()) << results[2].status();
  EXPECT_EQ(Changes().size(), 2u);
}

TEST_F(CommitQueueTest, TheWriterCommitsWhileACallbackRuns) {
  // The first document's callback submits a second one and waits for it to
  // be stored: the writer must not be the thread running callbacks.
  bool second_seen = false;
  bool second_done = false;
  {
    CommitQueue queue(store_.get(), CommitQueueOptions());
    queue.Submit(PutItem{Document("first", "first"), std::nullopt},
                 [&](absl::StatusOr<PutResult> result) {
                   ASSERT_TRUE(result.ok()) << result.status();
                   queue.Submit(
                       PutItem{Document("second", "second"), std::nullopt},
                       [&](absl::StatusOr<PutResult> second) {
                         second_done = second.ok();
                       });
                   absl::Time deadline = absl::Now() + absl::Seconds(20);
                   while (!second_seen && absl::Now() < deadline) {
                     second_seen = store_->GetDocument("second", false).ok();
                     if (!second_seen) absl::SleepFor(absl::Milliseconds(5));
                   }
                 });
  }  // The destructor runs every callback before it returns.
  EXPECT_TRUE(second_seen);
  EXPECT_TRUE(second_done);
}

}  // namespace
}  // namespace factwire
