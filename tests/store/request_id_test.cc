// Idempotent retries by request id (Store::Put with a RequestKey) and the
// change log's last sequence.

#include <string>

#include "gtest/gtest.h"
#include "store/store.h"
#include "tests/store/fixtures.h"

namespace factwire {
namespace {

using factwire::v1::Document;
using testing_store::CartelArticle;
using testing_store::Options;
using testing_store::SeizureArticle;
using testing_store::TempDir;

std::unique_ptr<Store> OpenOrDie(const StoreOptions& options) {
  absl::StatusOr<std::unique_ptr<Store>> store = Store::Open(options);
  EXPECT_TRUE(store.ok()) << store.status();
  return store.ok() ? *std::move(store) : nullptr;
}

int64_t ChangeCount(Store& store) {
  absl::StatusOr<Page<Change>> changes = store.ListChanges(PageQuery{0, 100});
  EXPECT_TRUE(changes.ok()) << changes.status();
  return changes.ok() ? static_cast<int64_t>(changes->items.size()) : -1;
}

TEST(StoreRequestId, RetryReturnsTheFirstResultAndStoresOnce) {
  TempDir dir;
  auto store = OpenOrDie(Options(dir.File("store.db")));
  RequestKey key{"req-1", "fingerprint-a"};
  absl::StatusOr<PutResult> first = store->Put(SeizureArticle(), key);
  ASSERT_TRUE(first.ok()) << first.status();
  EXPECT_TRUE(first->created);

  absl::StatusOr<PutResult> retry = store->Put(SeizureArticle(), key);
  ASSERT_TRUE(retry.ok()) << retry.status();
  EXPECT_TRUE(retry->created);  // The first call's answer, not "unchanged".
  EXPECT_EQ(retry->document.document_id(), "seizure");
  EXPECT_EQ(retry->document.revision(), 1);
  EXPECT_EQ(ChangeCount(*store), 1);
}

TEST(StoreRequestId, RetryWithNewContentStoresNothing) {
  TempDir dir;
  auto store = OpenOrDie(Options(dir.File("store.db")));
  RequestKey key{"req-1", "fingerprint-a"};
  ASSERT_TRUE(store->Put(SeizureArticle(), key).ok());
  // Same id and fingerprint: even a different document is not stored (the
  // fingerprint, not the document, identifies the request).
  absl::StatusOr<PutResult> retry = store->Put(CartelArticle(), key);
  ASSERT_TRUE(retry.ok()) << retry.status();
  EXPECT_EQ(retry->document.document_id(), "seizure");
  EXPECT_EQ(store->GetDocument("cartel", false).status().code(),
            absl::StatusCode::kNotFound);
}

TEST(StoreRequestId, ReusedIdForAnotherRequestIsInvalidArgument) {
  TempDir dir;
  auto store = OpenOrDie(Options(dir.File("store.db")));
  ASSERT_TRUE(store->Put(SeizureArticle(), {"req-1", "fingerprint-a"}).ok());
  absl::StatusOr<PutResult> other =
      store->Put(CartelArticle(), {"req-1", "fingerprint-b"});
  EXPECT_EQ(other.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(other.status().message().find("request_id"), std::string::npos)
      << other.status();
  EXPECT_EQ(store->GetDocument("cartel", false).status().code(),
            absl::StatusCode::kNotFound);
  EXPECT_EQ(ChangeCount(*store), 1);
}

TEST(StoreRequestId, UnchangedContentIsRememberedAsNotCreated) {
  TempDir dir;
  auto store = OpenOrDie(Options(dir.File("store.db")));
  ASSERT_TRUE(store->Put(SeizureArticle()).ok());
  RequestKey key{"req-2", "fp"};
  absl::StatusOr<PutResult> first = store->Put(SeizureArticle(), key);
  ASSERT_TRUE(first.ok()) << first.status();
  EXPECT_FALSE(first->created);
  absl::StatusOr<PutResult> retry = store->Put(SeizureArticle(), key);
  ASSERT_TRUE(retry.ok()) << retry.status();
  EXPECT_FALSE(retry->created);
}

TEST(StoreRequestId, RetryAfterDeletionIsNotFound) {
  TempDir dir;
  auto store = OpenOrDie(Options(dir.File("store.db")));
  RequestKey key{"req-1", "fp"};
  ASSERT_TRUE(store->Put(SeizureArticle(), key).ok());
  ASSERT_TRUE(store->Delete("seizure").ok());
  EXPECT_EQ(store->Put(SeizureArticle(), key).status().code(),
            absl::StatusCode::kNotFound);
  EXPECT_EQ(ChangeCount(*store), 2);
}

TEST(StoreRequestId, FailedPutRemembersNothing) {
  TempDir dir;
  auto store = OpenOrDie(Options(dir.File("store.db")));
  Document invalid = SeizureArticle();
  invalid.clear_content_sha256();
  RequestKey key{"req-1", "fp"};
  EXPECT_EQ(store->Put(invalid, key).status().code(),
            absl::StatusCode::kInvalidArgument);
  absl::StatusOr<PutResult> fixed = store->Put(SeizureArticle(), key);
  ASSERT_TRUE(fixed.ok()) << fixed.status();
  EXPECT_TRUE(fixed->created);
}

TEST(StoreRequestId, EmptyIdIsInvalidArgument) {
  TempDir dir;
  auto store = OpenOrDie(Options(dir.File("store.db")));
  EXPECT_EQ(store->Put(SeizureArticle(), {"", "fp"}).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(StoreChanges, LastChangeSequenceFollowsTheLog) {
  TempDir dir;
  std::string path = dir.File("store.db");
  auto store = OpenOrDie(Options(path));
  auto reader = OpenOrDie(Options(path, true));
  EXPECT_EQ(reader->LastChangeSequence().value(), 0);
  ASSERT_TRUE(store->Put(SeizureArticle()).ok());
  ASSERT_TRUE(store->Put(CartelArticle()).ok());
  ASSERT_TRUE(store->Delete("seizure").ok());
  absl::StatusOr<Page<Change>> changes = store->ListChanges(PageQuery{0, 10});
  ASSERT_TRUE(changes.ok()) << changes.status();
  ASSERT_EQ(changes->items.size(), 3u);
  EXPECT_EQ(reader->LastChangeSequence().value(), changes->items[2].sequence);
}

}  // namespace
}  // namespace factwire
