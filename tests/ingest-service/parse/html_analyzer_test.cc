// The HTML path end to end through the analyzer: quotes in a page come out as
// claims with their speakers, with spans into the extracted text.
#include <memory>
#include <string>

#include "gtest/gtest.h"
#include "ingest-service/analyzer.h"
#include "tests/ingest-service/parse/html_pages.h"

namespace factwire {
namespace {

class HtmlAnalyzerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    absl::StatusOr<std::unique_ptr<Analyzer>> analyzer = Analyzer::Create();
    ASSERT_TRUE(analyzer.ok()) << analyzer.status();
    analyzer_ = *std::move(analyzer);
  }

  v1::Document Analyze(const std::string& page, const std::string& url = "") {
    AnalyzeInput input;
    input.content = page;
    input.media_type = "text/html";
    input.url = url;
    absl::StatusOr<v1::Document> doc = analyzer_->Analyze(input);
    EXPECT_TRUE(doc.ok()) << doc.status();
    return doc.ok() ? *doc : v1::Document();
  }

  std::unique_ptr<Analyzer> analyzer_;
};

// The claim whose text contains `words`, or nullptr.
const v1::Claim* ClaimWith(const v1::Document& doc, const std::string& words) {
  for (const v1::Claim& claim : doc.claims()) {
    if (claim.text().find(words) != std::string::npos) return &claim;
  }
  return nullptr;
}

std::string At(const v1::Document& doc, const v1::TextSpan& span) {
  return doc.text().substr(span.begin(), span.end() - span.begin());
}

TEST_F(HtmlAnalyzerTest, QuotesInAnArticlePageHaveSpeakers) {
  const v1::Document doc = Analyze(testing_pages::kArticlePage);
  EXPECT_EQ(doc.media_type(), "text/html");
  EXPECT_EQ(doc.url(), "https://herald.example/news/harbour-clean-up?ref=a&b=1");
  const v1::Claim* swim = ClaimWith(doc, "Families have not been able to swim here");
  ASSERT_NE(swim, nullptr);
  EXPECT_EQ(swim->kind(), v1::CLAIM_KIND_DIRECT_QUOTE);
  EXPECT_NE(swim->speaker().find("Marsh"), std::string::npos) << swim->speaker();
  EXPECT_EQ(At(doc, swim->span()), swim->text());
  EXPECT_EQ(At(doc, swim->speaker_span()), swim->speaker());
  const v1::Claim* ends = ClaimWith(doc, "That ends now");
  ASSERT_NE(ends, nullptr);
  EXPECT_EQ(ends->source_id(), swim->source_id());
  // Nothing from the furniture: no claim mentions the navigation or the footer.
  EXPECT_EQ(ClaimWith(doc, "rights reserved"), nullptr);
  // The figure is found in the extracted text.
  bool million = false;
  for (const v1::Figure& figure : doc.figures()) {
    if (figure.value() == 48000000) million = true;
  }
  EXPECT_TRUE(million);
}

TEST_F(HtmlAnalyzerTest, ReportedSpeechInALegacyPage) {
  const v1::Document doc = Analyze(testing_pages::kLegacyPage);
  const v1::Claim* riders = ClaimWith(doc, "We listened to riders");
  ASSERT_NE(riders, nullptr);
  EXPECT_NE(riders->speaker().find("Alvarez"), std::string::npos) << riders->speaker();
  bool found_source = false;
  for (const v1::Source& source : doc.sources()) {
    if (source.name() == "Rosa Alvarez") found_source = true;
  }
  EXPECT_TRUE(found_source);
}

TEST_F(HtmlAnalyzerTest, RequestUrlWinsOverTheCanonicalLink) {
  EXPECT_EQ(Analyze(testing_pages::kArticlePage, "https://given.example/a").url(),
            "https://given.example/a");
}

}  // namespace
}  // namespace factwire
