#include "ingest-service/ingestor.h"

#include <stdlib.h>

#include <filesystem>
#include <memory>
#include <string>

#include "gtest/gtest.h"

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
    std::string pattern = ::testing::TempDir() + "/ingestor_test.XXXXXX";
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
    absl::StatusOr<std::unique_ptr<Analyzer>> analyzer = Analyzer::Create();
    ASSERT_TRUE(analyzer.ok()) << analyzer.status();
    analyzer_ = *std::move(analyzer);
    StoreOptions options;
    options.path = dir_ + "/factwire.db";
    absl::StatusOr<std::unique_ptr<Store>> store = Store::Open(options);
    ASSERT_TRUE(store.ok()) << store.status();
    store_ = *std::move(store);
    ingestor_ = std::make_unique<Ingestor>(analyzer_.get(), store_.get());
  }

  void TearDown() override {
    ingestor_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
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

  std::string dir_;
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

}  // namespace
}  // namespace factwire
