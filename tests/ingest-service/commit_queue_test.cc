// Group commit: documents submitted from several threads are all stored, each
// thread's in its order, and each callback runs after its commit; while
// nothing waits, the writer merges index segments.

#include "ingest-service/commit_queue.h"

#include <sqlite3.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/synchronization/mutex.h"
#include "absl/synchronization/notification.h"
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

// Rows of the documents_fts index in the store file `path`, read behind the
// store's back (merging segments leaves fewer).
int64_t IndexRows(const std::string& path) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr),
            SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, "SELECT count(*) FROM documents_fts_data",
                               -1, &stmt, nullptr),
            SQLITE_OK);
  int64_t rows = -1;
  if (sqlite3_step(stmt) == SQLITE_ROW) rows = sqlite3_column_int64(stmt, 0);
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return rows;
}

// Commits seven documents through `queue` one at a time (each callback
// awaited): a segment per index each, fewer than a write merges itself.
void CommitOneByOne(CommitQueue& queue) {
  for (int i = 0; i < 7; ++i) {
    absl::Notification committed;
    std::string id = absl::StrCat("doc", i);
    queue.Submit(PutItem{Document(id, absl::StrCat("words of ", id)),
                         std::nullopt},
                 [&](absl::StatusOr<PutResult> result) {
                   EXPECT_TRUE(result.ok()) << result.status();
                   committed.Notify();
                 });
    committed.WaitForNotification();
  }
}

TEST_F(CommitQueueTest, MergesIndexSegmentsWhileIdle) {
  // The same commits through a queue that never merges.
  TempDir unmerged_dir;
  std::unique_ptr<Store> unmerged;
  OpenTempStore(unmerged_dir, &unmerged);
  {
    CommitQueue queue(unmerged.get(), CommitQueueOptions{256, 1024, 0});
    CommitOneByOne(queue);
  }
  const int64_t unmerged_rows = IndexRows(unmerged_dir.File("factwire.db"));

  const std::string path = dir_.File("factwire.db");
  CommitQueue queue(store_.get(), CommitQueueOptions());
  CommitOneByOne(queue);
  int64_t rows = IndexRows(path);
  absl::Time deadline = absl::Now() + absl::Seconds(20);
  while (rows >= unmerged_rows && absl::Now() < deadline) {
    absl::SleepFor(absl::Milliseconds(10));
    rows = IndexRows(path);
  }
  EXPECT_LT(rows, unmerged_rows);
  DocumentQuery query;
  query.text = "words";
  absl::StatusOr<Page<v1::Document>> found = store_->SearchDocuments(query);
  ASSERT_TRUE(found.ok()) << found.status();
  EXPECT_EQ(found->items.size(), 7u);
}

}  // namespace
}  // namespace factwire
