#include "ingest-service/analyzer.h"

#include <string>

#include "gtest/gtest.h"

namespace factwire {
namespace {

class AnalyzerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    absl::StatusOr<std::unique_ptr<Analyzer>> analyzer = Analyzer::Create();
    ASSERT_TRUE(analyzer.ok()) << analyzer.status();
    analyzer_ = *std::move(analyzer);
  }
  std::unique_ptr<Analyzer> analyzer_;
};

TEST_F(AnalyzerTest, HashesAndIds) {
  AnalyzeInput input;
  input.content = "abc";
  absl::StatusOr<v1::Document> doc = analyzer_->Analyze(input);
  ASSERT_TRUE(doc.ok()) << doc.status();
  // SHA-256("abc").
  EXPECT_EQ(doc->content_sha256(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(doc->document_id(), "ba7816bf8f01cfea");
  EXPECT_EQ(doc->name(), "documents/ba7816bf8f01cfea");
  EXPECT_EQ(doc->media_type(), "text/plain");
  EXPECT_FALSE(doc->extractor_version().empty());
}

TEST_F(AnalyzerTest, DocumentIdFromExternalId) {
  AnalyzeInput input;
  input.content = "Some text here.";
  input.external_id = "abc";
  input.url = "https://example.com/a";
  absl::StatusOr<v1::Document> doc = analyzer_->Analyze(input);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->document_id(), "ba7816bf8f01cfea");
  EXPECT_EQ(doc->external_id(), "abc");
  EXPECT_EQ(doc->url(), "https://example.com/a");
  EXPECT_NE(doc->content_sha256().substr(0, 16), doc->document_id());
}

TEST_F(AnalyzerTest, MetadataOverrides) {
  AnalyzeInput input;
  input.content = "Parsed Headline Here\n\nBody text that goes on.\n\nMore body.\n";
  input.metadata.set_headline("Given Headline");
  input.metadata.add_authors("Ana Diaz");
  input.metadata.mutable_publish_time()->set_seconds(86400);
  absl::StatusOr<v1::Document> doc = analyzer_->Analyze(input);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->headline(), "Given Headline");
  ASSERT_EQ(doc->authors_size(), 1);
  EXPECT_EQ(doc->publish_time().seconds(), 86400);
}

TEST_F(AnalyzerTest, Errors) {
  AnalyzeInput big;
  big.content.assign(kMaxContentBytes + 1, 'a');
  absl::StatusOr<v1::Document> doc = analyzer_->Analyze(big);
  ASSERT_EQ(doc.status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_NE(doc.status().message().find(std::to_string(kMaxContentBytes)),
            absl::string_view::npos);
  AnalyzeInput html;
  html.content = "<p>x</p>";
  html.media_type = "image/png";
  EXPECT_EQ(analyzer_->Analyze(html).status().code(), absl::StatusCode::kInvalidArgument);
  AnalyzeInput empty;
  EXPECT_EQ(analyzer_->Analyze(empty).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST_F(AnalyzerTest, ExtractsClaims) {
  AnalyzeInput input;
  input.content =
      "\xE2\x80\x9CWe will rebuild the bridge,\xE2\x80\x9D said Mayor Ana Diaz.";
  absl::StatusOr<v1::Document> doc = analyzer_->Analyze(input);
  ASSERT_TRUE(doc.ok()) << doc.status();
  ASSERT_EQ(doc->claims_size(), 1);
  EXPECT_EQ(doc->claims(0).source_id(), "ana-diaz");
}

// Content the caller has checked as UTF-8 (content_is_utf8) gives the same
// document; unchecked content that is not UTF-8 is still rejected.
TEST_F(AnalyzerTest, ContentCheckedAsUtf8ByTheCaller) {
  AnalyzeInput input;
  input.content =
      "Caf\xC3\xA9 Talks\n\n\xE2\x80\x9CPrices rose 4 percent,\xE2\x80\x9D said Ana Diaz.\n";
  absl::StatusOr<v1::Document> checked_here = analyzer_->Analyze(input);
  ASSERT_TRUE(checked_here.ok()) << checked_here.status();
  input.content_is_utf8 = true;
  absl::StatusOr<v1::Document> checked_before = analyzer_->Analyze(input);
  ASSERT_TRUE(checked_before.ok()) << checked_before.status();
  EXPECT_EQ(checked_before->SerializeAsString(), checked_here->SerializeAsString());
  EXPECT_GT(checked_before->claims_size(), 0);

  AnalyzeInput broken;
  broken.content = "Caf\xC3 Talks";
  EXPECT_EQ(analyzer_->Analyze(broken).status().code(), absl::StatusCode::kInvalidArgument);
}

// A document reused for the next one holds what a fresh one would: nothing of
// the earlier document's claims, figures, sources or metadata is left behind.
TEST_F(AnalyzerTest, AnalyzeIntoAReusedDocument) {
  AnalyzeInput rich;
  rich.content =
      "Bridge Plan Advances\n\n\xE2\x80\x9CWe will spend $4 million on the bridge,"
      "\xE2\x80\x9D said Mayor Ana Diaz. A city official said repairs take 3 weeks. "
      "Sales rose 12 percent, the agency reported.\n";
  rich.metadata.add_authors("Lee Park");
  AnalyzeInput plain;
  plain.content = "Nothing was said here.";
  plain.external_id = "plain-1";
  AnalyzeInput page;
  page.media_type = "text/html";
  page.content =
      "<html><head><title>Port Expands</title></head><body><article><p>The port said "
      "traffic rose 9 percent.</p></article></body></html>";
  v1::Document reused;
  for (const AnalyzeInput* input : {&rich, &plain, &rich, &page, &rich, &plain, &page}) {
    ASSERT_TRUE(analyzer_->AnalyzeInto(*input, &reused).ok());
    absl::StatusOr<v1::Document> fresh = analyzer_->Analyze(*input);
    ASSERT_TRUE(fresh.ok()) << fresh.status();
    EXPECT_EQ(reused.SerializeAsString(), fresh->SerializeAsString());
    if (input == &rich) {  // the records a reused document must clear
      EXPECT_GT(reused.claims_size(), 1);
      EXPECT_GT(reused.figures_size(), 1);
      EXPECT_GT(reused.sources_size(), 0);
    }
  }
}

}  // namespace
}  // namespace factwire
