#include "ingest-service/ingestor.h"

#include <memory>
#include <string>

#include "gtest/gtest.h"
#include "tests/testing/temp_dir.h"
#include "tests/testing/temp_store.h"

namespace factwire {
namespace {

constexpr char kArticle[] =
    "Mayor promises new transit line\n"
    "\n"
    "\"We will open the line by 2030,\" said Mayor Ana Ruiz, adding that it "
    "would cost about $4 billion.\n";

class IngestorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    absl::StatusOr<std::unique_ptr<Analyzer>> analyzer = Analyzer::Create();
    ASSERT_TRUE(analyzer.ok()) << analyzer.status();
    analyzer_ = *std::move(analyzer);
    OpenTempStore(dir_, &store_);
    if (HasFatalFailure()) return;
    ingestor_ = std::make_unique<Ingestor>(analyzer_.get(), store_.get());
  }

  size_t StoredDocuments() {
    absl::StatusOr<Page<v1::Document>> page =
        store_->ListDocuments(PageQuery());
    EXPECT_TRUE(page.ok()) << page.status();
    return page.ok() ? page->items.size() : 0;
  }

  static v1::IngestDocumentRequest Request(const std::string& content) {
    v1::IngestDocumentRequest request;
    request.set_content(content);
    request.set_media_type("text/plain");
    return request;
  }

  TempDir dir_;  // Declared first: outlives the store in it.
  std::unique_ptr<Analyzer> analyzer_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<Ingestor> ingestor_;
};

TEST_F(IngestorTest, StoresTheDocumentAndAnswersWithoutText) {
  absl::StatusOr<v1::IngestDocumentResponse> response =
      ingestor_->Ingest(Request(kArticle));
  ASSERT_TRUE(response.ok()) << response.status();
  EXPECT_TRUE(response->created());
  EXPECT_EQ(response->document().text(), "");
  EXPECT_GT(response->document().claims_size(), 0);
  absl::StatusOr<v1::Document> stored =
      store_->GetDocument(response->document().document_id(), /*full=*/true);
  ASSERT_TRUE(stored.ok()) << stored.status();
  EXPECT_EQ(stored->text(), kArticle);
}

TEST_F(IngestorTest, SameContentTwiceIsNotCreatedAgain) {
  ASSERT_TRUE(ingestor_->Ingest(Request(kArticle)).ok());
  absl::StatusOr<v1::IngestDocumentResponse> again =
      ingestor_->Ingest(Request(kArticle));
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_FALSE(again->created());
  EXPECT_EQ(StoredDocuments(), 1u);
}

TEST_F(IngestorTest, ValidateOnlyStoresNothing) {
  v1::IngestDocumentRequest request = Request(kArticle);
  request.set_validate_only(true);
  absl::StatusOr<v1::IngestDocumentResponse> response =
      ingestor_->Ingest(request);
  ASSERT_TRUE(response.ok()) << response.status();
  EXPECT_FALSE(response->created());
  EXPECT_EQ(response->document().text(), "");
  EXPECT_GT(response->document().claims_size(), 0);
  EXPECT_EQ(StoredDocuments(), 0u);
}

TEST_F(IngestorTest, BadContentIsInvalidArgumentAndStoresNothing) {
  absl::StatusOr<v1::IngestDocumentResponse> response =
      ingestor_->Ingest(Request("Headline\n\n\xc3\x28 broken\n"));
  EXPECT_EQ(response.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(response.status().message().find("content"),
            absl::string_view::npos);
  EXPECT_EQ(StoredDocuments(), 0u);
}

TEST_F(IngestorTest, AnalyzeReturnsTextAndStoresNothing) {
  v1::AnalyzeDocumentRequest request;
  request.set_content(kArticle);
  absl::StatusOr<v1::AnalyzeDocumentResponse> response =
      ingestor_->Analyze(request);
  ASSERT_TRUE(response.ok()) << response.status();
  EXPECT_EQ(response->document().text(), kArticle);
  EXPECT_EQ(StoredDocuments(), 0u);
}

constexpr char kOtherArticle[] =
    "Council approves budget\n"
    "\n"
    "\"This budget protects every library,\" said Councillor Jo Tan.\n";

size_t ChangeCount(Store& store) {
  absl::StatusOr<Page<Change>> changes = store.ListChanges(PageQuery{0, 100});
  EXPECT_TRUE(changes.ok()) << changes.status();
  return changes.ok() ? changes->items.size() : 0;
}

TEST_F(IngestorTest, RetryWithTheSameRequestIdStoresOnce) {
  v1::IngestDocumentRequest request = Request(kArticle);
  request.set_request_id("pipeline-42");
  absl::StatusOr<v1::IngestDocumentResponse> first = ingestor_->Ingest(request);
  ASSERT_TRUE(first.ok()) << first.status();
  absl::StatusOr<v1::IngestDocumentResponse> retry = ingestor_->Ingest(request);
  ASSERT_TRUE(retry.ok()) << retry.status();
  EXPECT_TRUE(retry->created());  // As the first call answered.
  EXPECT_EQ(retry->document().name(), first->document().name());
  EXPECT_EQ(retry->document().text(), "");
  EXPECT_EQ(StoredDocuments(), 1u);
  EXPECT_EQ(ChangeCount(*store_), 1u);
}

TEST_F(IngestorTest, RequestIdReusedForOtherContentIsInvalidArgument) {
  v1::IngestDocumentRequest request = Request(kArticle);
  request.set_request_id("pipeline-42");
  ASSERT_TRUE(ingestor_->Ingest(request).ok());
  request.set_content(kOtherArticle);
  absl::StatusOr<v1::IngestDocumentResponse> reused =
      ingestor_->Ingest(request);
  EXPECT_EQ(reused.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(reused.status().message().find("request_id"),
            absl::string_view::npos);
  // Another field differing is another request too.
  request.set_content(kArticle);
  request.set_external_id("other");
  EXPECT_EQ(ingestor_->Ingest(request).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(StoredDocuments(), 1u);
}

TEST_F(IngestorTest, OverlongRequestIdIsInvalidArgument) {
  v1::IngestDocumentRequest request = Request(kArticle);
  request.set_request_id(std::string(kMaxRequestIdChars + 1, 'x'));
  EXPECT_EQ(ingestor_->Ingest(request).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(StoredDocuments(), 0u);
}

TEST(RequestFingerprint, IgnoresOnlyRequestIdAndValidateOnly) {
  v1::IngestDocumentRequest request;
  request.set_content("text");
  std::string plain = RequestFingerprint(request);
  EXPECT_EQ(plain.size(), 64u);
  request.set_request_id("a");
  request.set_validate_only(true);
  EXPECT_EQ(RequestFingerprint(request), plain);
  request.mutable_metadata()->set_section("health");
  EXPECT_NE(RequestFingerprint(request), plain);
}

TEST_F(IngestorTest, IngestItemAcksSuccessAndFailureAlike) {
  v1::IngestDocumentRequest good = Request(kArticle);
  good.set_external_id("ext-1");
  good.set_request_id("r1");
  v1::IngestAck ack = ingestor_->IngestItem(3, good);
  EXPECT_EQ(ack.index(), 3);
  EXPECT_EQ(ack.code(), 0) << ack.message();
  EXPECT_EQ(ack.external_id(), "ext-1");
  EXPECT_EQ(ack.request_id(), "r1");
  EXPECT_TRUE(ack.result().created());

  v1::IngestAck bad = ingestor_->IngestItem(4, Request(""));
  EXPECT_EQ(bad.index(), 4);
  EXPECT_EQ(bad.code(), static_cast<int>(absl::StatusCode::kInvalidArgument));
  EXPECT_FALSE(bad.message().empty());
  EXPECT_FALSE(bad.has_result());
}

TEST_F(IngestorTest, DeleteRemovesTheDocumentThenIsNotFound) {
  absl::StatusOr<v1::IngestDocumentResponse> stored =
      ingestor_->Ingest(Request(kArticle));
  ASSERT_TRUE(stored.ok()) << stored.status();
  v1::DeleteDocumentRequest request;
  request.set_name(stored->document().name());
  ASSERT_TRUE(ingestor_->Delete(request).ok());
  EXPECT_EQ(StoredDocuments(), 0u);
  EXPECT_EQ(ingestor_->Delete(request).status().code(),
            absl::StatusCode::kNotFound);
}

TEST_F(IngestorTest, DeleteWithAMalformedNameIsInvalidArgument) {
  for (const char* name : {"", "doc", "documents/", "documents/-",
                           "documents/a/claims/b", "sources/x"}) {
    v1::DeleteDocumentRequest request;
    request.set_name(name);
    absl::StatusOr<google::protobuf::Empty> deleted =
        ingestor_->Delete(request);
    EXPECT_EQ(deleted.status().code(), absl::StatusCode::kInvalidArgument)
        << name;
    EXPECT_NE(deleted.status().message().find("name"),
              absl::string_view::npos);
  }
}

}  // namespace
}  // namespace factwire
