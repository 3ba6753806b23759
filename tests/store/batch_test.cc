// Group commit: Store::PutBatch stores many documents in one transaction,
// each whole or not at all, with Put()'s idempotency and revisions.

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "google/protobuf/util/message_differencer.h"
#include "store/store.h"
#include "tests/store/fixtures.h"

namespace factwire {
namespace {

using factwire::v1::Document;
using google::protobuf::util::MessageDifferencer;
using testing_store::AddClaim;
using testing_store::AddFigure;
using testing_store::CartelArticle;
using testing_store::MakeDocument;
using testing_store::Options;
using testing_store::RawExec;
using testing_store::SeizureArticle;
using testing_store::TempDir;

class PutBatchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    absl::StatusOr<std::unique_ptr<Store>> store =
        Store::Open(Options(dir_.File("store.db")));
    ASSERT_TRUE(store.ok()) << store.status();
    store_ = *std::move(store);
  }

  std::vector<Change> Changes() {
    absl::StatusOr<Page<Change>> changes =
        store_->ListChanges(PageQuery{0, 1000});
    EXPECT_TRUE(changes.ok()) << changes.status();
    return changes.ok() ? changes->items : std::vector<Change>();
  }

  // Neither the document `id` nor any claim of it is stored.
  void ExpectNotStored(const std::string& id) {
    EXPECT_EQ(store_->GetDocument(id, false).status().code(),
              absl::StatusCode::kNotFound);
    ClaimQuery query;
    query.document_id = id;
    absl::StatusOr<Page<v1::Claim>> claims = store_->SearchClaims(query);
    ASSERT_TRUE(claims.ok()) << claims.status();
    EXPECT_TRUE(claims->items.empty()) << id;
  }

  TempDir dir_;
  std::unique_ptr<Store> store_;
};

PutItem Item(Document document) {
  PutItem item;
  item.document = std::move(document);
  return item;
}

PutItem Keyed(Document document, const std::string& request_id,
              const std::string& fingerprint) {
  PutItem item = Item(std::move(document));
  item.key = RequestKey{request_id, fingerprint};
  return item;
}

// A document whose second claim repeats the first's id (a constraint error
// in the middle of its writes).
Document BrokenDocument(const std::string& id) {
  Document document = MakeDocument(id, "The mayor said the plan works. Yes.");
  AddClaim(&document, "c1", v1::CLAIM_KIND_DIRECT_QUOTE, "the plan works", "mayor",
           "mayor");
  AddClaim(&document, "c1", v1::CLAIM_KIND_DIRECT_QUOTE, "Yes", "mayor", "mayor");
  return document;
}

TEST_F(PutBatchTest, StoresEveryDocumentAndReturnsWhatGetDocumentReads) {
  std::vector<PutItem> items;
  items.push_back(Item(SeizureArticle()));
  items.push_back(Item(CartelArticle()));
  std::vector<absl::StatusOr<PutResult>> results = store_->PutBatch(items);
  ASSERT_EQ(results.size(), 2u);
  for (size_t i = 0; i < results.size(); ++i) {
    ASSERT_TRUE(results[i].ok()) << results[i].status();
    EXPECT_TRUE(results[i]->created);
    EXPECT_EQ(results[i]->document.revision(), 1);
    absl::StatusOr<Document> read =
        store_->GetDocument(items[i].document.document_id(), true);
    ASSERT_TRUE(read.ok()) << read.status();
    // Put builds its answer from what it wrote; it must equal a read.
    EXPECT_TRUE(MessageDifferencer::Equals(results[i]->document, *read))
        << results[i]->document.DebugString() << "\nvs\n"
        << read->DebugString();
  }
}

TEST_F(PutBatchTest, AFailingDocumentFailsAloneAndLeavesNothing) {
  std::vector<PutItem> items;
  items.push_back(Item(SeizureArticle()));
  items.push_back(Item(BrokenDocument("broken")));
  items.push_back(Item(CartelArticle()));
  Document no_hash = MakeDocument("no-hash", "Text.");
  no_hash.clear_content_sha256();
  items.push_back(Item(no_hash));
  std::vector<absl::StatusOr<PutResult>> results = store_->PutBatch(items);
  ASSERT_EQ(results.size(), 4u);
  EXPECT_TRUE(results[0].ok()) << results[0].status();
  EXPECT_EQ(results[1].status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(results[2].ok()) << results[2].status();
  EXPECT_EQ(results[3].status().code(), absl::StatusCode::kInvalidArgument);
  // Nothing of the broken document's first claim stayed behind.
  ExpectNotStored("broken");
  EXPECT_TRUE(store_->GetDocument("cartel", true).ok());
  std::vector<Change> changes = Changes();
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[0].document_id, "seizure");
  EXPECT_EQ(changes[1].document_id, "cartel");
  EXPECT_TRUE(store_->Check().ok());
}

// A document that passes every check and fails after writing part of itself
// (here a trigger the test adds rejects its figure, after the document row,
// its sources and its claims were written): the batch is rolled back and
// stored again without it.
TEST_F(PutBatchTest, AFailureAfterPartialWritesRetriesTheBatchWithoutIt) {
  RawExec(dir_.File("store.db").string(),
          "CREATE TRIGGER reject_figure BEFORE INSERT ON figures"
          " WHEN new.figure_id = 'rejected' BEGIN"
          " SELECT RAISE(ABORT, 'figure rejected'); END");
  Document failing = SeizureArticle("failing");
  failing.set_text(failing.text() + " Officers counted 3 boats.");
  failing.set_content_sha256("failing-content");
  AddFigure(&failing, "rejected", "3 boats", 3, v1::DIMENSION_COUNT, "",
            "boats");
  std::vector<PutItem> items;
  items.push_back(Item(SeizureArticle()));
  items.push_back(Item(failing));
  items.push_back(Item(CartelArticle()));
  std::vector<absl::StatusOr<PutResult>> results = store_->PutBatch(items);
  ASSERT_EQ(results.size(), 3u);
  EXPECT_TRUE(results[0].ok()) << results[0].status();
  EXPECT_FALSE(results[1].ok());
  EXPECT_NE(results[1].status().message().find("figure rejected"),
            std::string::npos)
      << results[1].status();
  EXPECT_TRUE(results[2].ok()) << results[2].status();
  ExpectNotStored("failing");
  // Only the two stored documents count for their sources.
  absl::StatusOr<v1::Source> vigil = store_->GetSource("mike-vigil");
  ASSERT_TRUE(vigil.ok()) << vigil.status();
  EXPECT_EQ(vigil->document_count(), 2);
  for (int i : {0, 2}) {
    absl::StatusOr<Document> read =
        store_->GetDocument(items[i].document.document_id(), true);
    ASSERT_TRUE(read.ok()) << read.status();
    EXPECT_TRUE(MessageDifferencer::Equals(results[i]->document, *read));
  }
  std::vector<Change> changes = Changes();
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[0].document_id, "seizure");
  EXPECT_EQ(changes[1].document_id, "cartel");
  EXPECT_TRUE(store_->Check().ok());
}

TEST_F(PutBatchTest, LaterItemsSeeEarlierOnes) {
  Document first = MakeDocument("story", "The first version of the story.");
  Document second = MakeDocument("story", "The second version of the story.");
  Document copy = MakeDocument("copy", "The first version of the story.");
  std::vector<PutItem> items = {Item(first), Item(second), Item(copy),
                                Item(first)};
  std::vector<absl::StatusOr<PutResult>> results = store_->PutBatch(items);
  ASSERT_EQ(results.size(), 4u);
  for (const auto& result : results) ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_EQ(results[0]->document.revision(), 1);
  EXPECT_EQ(results[1]->document.revision(), 2);
  EXPECT_TRUE(results[1]->created);
  // The first content is no longer stored (revision 2 replaced it), so the
  // copy under another id is new.
  EXPECT_TRUE(results[2]->created);
  EXPECT_EQ(results[2]->document.document_id(), "copy");
  // The first content again: the copy holds it now.
  EXPECT_FALSE(results[3]->created);
  EXPECT_EQ(results[3]->document.document_id(), "copy");
  std::vector<Change> changes = Changes();
  ASSERT_EQ(changes.size(), 3u);
  EXPECT_EQ(changes[0].kind, ChangeKind::kStored);
  EXPECT_EQ(changes[1].kind, ChangeKind::kReplaced);
  EXPECT_EQ(changes[1].revision, 2);
  EXPECT_EQ(changes[2].document_id, "copy");
  EXPECT_LT(changes[0].sequence, changes[1].sequence);
  EXPECT_LT(changes[1].sequence, changes[2].sequence);
  // The replaced revision left no index entries behind, the new one has its.
  EXPECT_TRUE(store_->Check().ok()) << store_->Check();
  DocumentQuery query;
  query.text = "second";
  absl::StatusOr<Page<Document>> found = store_->SearchDocuments(query);
  ASSERT_TRUE(found.ok()) << found.status();
  ASSERT_EQ(found->items.size(), 1u);
  EXPECT_EQ(found->items[0].document_id(), "story");
}

TEST_F(PutBatchTest, ReplacesDocumentsOfEarlierBatches) {
  Document old_story = MakeDocument("story", "Old harbor story.");
  AddClaim(&old_story, "c1", v1::CLAIM_KIND_STATEMENT, "harbor", "", "");
  ASSERT_TRUE(store_->PutBatch({Item(SeizureArticle()), Item(old_story)})[1].ok());
  Document new_story = MakeDocument("story", "New ferry story.");
  AddClaim(&new_story, "c1", v1::CLAIM_KIND_STATEMENT, "ferry", "", "");
  std::vector<absl::StatusOr<PutResult>> results =
      store_->PutBatch({Item(new_story), Item(CartelArticle())});
  for (const auto& result : results) ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_EQ(results[0]->document.revision(), 2);
  EXPECT_TRUE(store_->Check().ok()) << store_->Check();
  ClaimQuery query;
  query.text = "ferry";
  absl::StatusOr<Page<v1::Claim>> claims = store_->SearchClaims(query);
  ASSERT_TRUE(claims.ok()) << claims.status();
  EXPECT_EQ(claims->items.size(), 1u);
  query.text = "harbor";
  claims = store_->SearchClaims(query);
  ASSERT_TRUE(claims.ok()) << claims.status();
  EXPECT_TRUE(claims->items.empty());
}

TEST_F(PutBatchTest, RequestIdsWithinAndAcrossBatches) {
  std::vector<PutItem> items = {Keyed(SeizureArticle(), "req-1", "fp-a"),
                                Keyed(SeizureArticle(), "req-1", "fp-a"),
                                Keyed(CartelArticle(), "req-1", "fp-b"),
                                Keyed(CartelArticle(), "req-2", "fp-c")};
  std::vector<absl::StatusOr<PutResult>> results = store_->PutBatch(items);
  ASSERT_EQ(results.size(), 4u);
  ASSERT_TRUE(results[0].ok()) << results[0].status();
  ASSERT_TRUE(results[1].ok()) << results[1].status();
  EXPECT_TRUE(results[1]->created);  // The first answer, repeated.
  EXPECT_EQ(results[2].status().code(), absl::StatusCode::kInvalidArgument);
  ASSERT_TRUE(results[3].ok()) << results[3].status();

  std::vector<absl::StatusOr<PutResult>> again =
      store_->PutBatch({Keyed(CartelArticle(), "req-2", "fp-c")});
  ASSERT_EQ(again.size(), 1u);
  ASSERT_TRUE(again[0].ok()) << again[0].status();
  EXPECT_TRUE(again[0]->created);
  EXPECT_EQ(again[0]->document.document_id(), "cartel");
  EXPECT_EQ(Changes().size(), 2u);
}

TEST_F(PutBatchTest, AFailedKeyedItemIsNotRemembered) {
  std::vector<absl::StatusOr<PutResult>> results = store_->PutBatch(
      {Keyed(BrokenDocument("broken"), "req-1", "fp"),
       Keyed(SeizureArticle(), "req-1", "fp")});
  ASSERT_EQ(results.size(), 2u);
  EXPECT_EQ(results[0].status().code(), absl::StatusCode::kInvalidArgument);
  ASSERT_TRUE(results[1].ok()) << results[1].status();
  EXPECT_EQ(results[1]->document.document_id(), "seizure");
}

TEST_F(PutBatchTest, EmptyBatchAndReadOnlyStore) {
  EXPECT_TRUE(store_->PutBatch({}).empty());
  ASSERT_TRUE(store_->Put(SeizureArticle()).ok());
  absl::StatusOr<std::unique_ptr<Store>> reader =
      Store::Open(Options(dir_.File("store.db"), /*read_only=*/true));
  ASSERT_TRUE(reader.ok()) << reader.status();
  std::vector<absl::StatusOr<PutResult>> results =
      (*reader)->PutBatch({Item(CartelArticle()), Item(SeizureArticle())});
  ASSERT_EQ(results.size(), 2u);
  for (const auto& result : results) {
    EXPECT_EQ(result.status().code(), absl::StatusCode::kFailedPrecondition);
  }
}

TEST_F(PutBatchTest, ManyDocumentsInOneBatchAreSearchable) {
  std::vector<PutItem> items;
  for (int i = 0; i < 200; ++i) {
    std::string id = "doc-" + std::to_string(i);
    Document document =
        MakeDocument(id, "Harbor number " + std::to_string(i) + " opened.");
    AddClaim(&document, "c1", v1::CLAIM_KIND_STATEMENT, "Harbor", "", "");
    items.push_back(Item(std::move(document)));
  }
  std::vector<absl::StatusOr<PutResult>> results = store_->PutBatch(items);
  ASSERT_EQ(results.size(), 200u);
  for (const auto& result : results) ASSERT_TRUE(result.ok()) << result.status();
  ClaimQuery query;
  query.text = "harbor";
  query.page.limit = 1000;
  absl::StatusOr<Page<v1::Claim>> claims = store_->SearchClaims(query);
  ASSERT_TRUE(claims.ok()) << claims.status();
  EXPECT_EQ(claims->items.size(), 200u);
  std::vector<Change> changes = Changes();
  ASSERT_EQ(changes.size(), 200u);
  for (int i = 0; i < 200; ++i) {
    EXPECT_EQ(changes[i].document_id, "doc-" + std::to_string(i));
  }
  EXPECT_TRUE(store_->Check().ok());
}

}  // namespace
}  // namespace factwire
