// GetClaim, ListClaims, GetFigure, CompareFigures and offset_encoding against
// a real temp-file store.
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "query-service/answer/answerer.h"
#include "store/store.h"
#include "tests/query-service/answer/answerer_fixture.h"

namespace factwire {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

// 2025-03-01T00:00:00Z.
constexpr int64_t kMarch1 = 1740787200;

v1::Document MakeDocument(const std::string& id, const std::string& text,
                          int day) {
  v1::Document document;
  document.set_document_id(id);
  document.set_content_sha256(std::string(64, 'a' + day));
  document.set_media_type("text/plain");
  document.set_text(text);
  document.mutable_publish_time()->set_seconds(kMarch1 + day * 86400);
  v1::TextSpan* paragraph = document.add_paragraphs();
  paragraph->set_end(static_cast<int>(text.size()));
  return document;
}

v1::TextSpan SpanOf(const std::string& text, const std::string& part) {
  v1::TextSpan span;
  span.set_begin(static_cast<int>(text.find(part)));
  span.set_end(static_cast<int>(text.find(part) + part.size()));
  return span;
}

void AddQuote(v1::Document& document, const std::string& words,
              const std::string& speaker, const std::string& source_id) {
  v1::Claim* claim = document.add_claims();
  claim->set_claim_id("c" + std::to_string(document.claims_size()));
  claim->set_kind(v1::CLAIM_KIND_DIRECT_QUOTE);
  claim->set_text(words);
  *claim->mutable_span() = SpanOf(document.text(), words);
  *claim->mutable_speaker_span() = SpanOf(document.text(), speaker);
  claim->set_speaker(speaker);
  claim->set_source_id(source_id);
  v1::Source* source = document.add_sources();
  source->set_source_id(source_id);
  source->set_name(speaker);
  source->set_type(v1::SOURCE_TYPE_PERSON);
}

void AddDeaths(v1::Document& document, const std::string& text, double value) {
  v1::Figure* figure = document.add_figures();
  figure->set_figure_id("f" + std::to_string(document.figures_size()));
  figure->set_text(text);
  *figure->mutable_span() = SpanOf(document.text(), text);
  figure->set_value(value);
  figure->set_normalized_value(value);
  figure->set_dimension(v1::DIMENSION_COUNT);
  figure->set_qualifier(v1::QUALIFIER_EXACT);
  figure->set_subject("deaths");
  figure->set_place("Québec");
  figure->set_claim_id(document.claims_size() > 0 ? "c1" : "");
}

std::vector<v1::Document> Fixtures() {
  // "é" is 2 bytes, "東京" 6, "😀" 4: spans after them move in UTF-16/32.
  v1::Document d1 = MakeDocument("d1",
                                 "Caf\u00e9 \u6771\u4eac \U0001F600: \"We lost "
                                 "12 people,\" said Ana Ruiz.",
                                 1);
  AddQuote(d1, "We lost 12 people", "Ana Ruiz", "ana-ruiz");
  AddDeaths(d1, "12", 12);
  v1::Document d2 = MakeDocument(
      "d2", "\"The toll is now 41,\" said Ana Ruiz in Qu\u00e9bec.", 2);
  AddQuote(d2, "The toll is now 41", "Ana Ruiz", "ana-ruiz");
  AddDeaths(d2, "41", 41);
  v1::Document d3 = MakeDocument(
      "d3", "Officials counted 41 deaths; \"grim,\" said Bo Li.", 3);
  AddQuote(d3, "grim", "Bo Li", "bo-li");
  AddDeaths(d3, "41", 41);
  return {d1, d2, d3};
}

class AnswererRecordsTest : public StoredAnswererTest {
 protected:
  std::vector<v1::Document> Documents() const override { return Fixtures(); }

  std::vector<std::string> ListClaimNames(v1::ListClaimsRequest request) {
    std::vector<std::string> names;
    for (int pages = 0; pages < 10; ++pages) {
      absl::StatusOr<v1::ListClaimsResponse> response =
          answerer_->ListClaims(request);
      EXPECT_TRUE(response.ok()) << response.status();
      if (!response.ok()) break;
      for (const v1::Claim& claim : response->claims()) {
        names.push_back(claim.name());
      }
      if (response->next_page_token().empty()) break;
      request.set_page_token(response->next_page_token());
    }
    return names;
  }
};

TEST_F(AnswererRecordsTest, GetClaimAndFigureByName) {
  v1::GetClaimRequest claim_request;
  claim_request.set_name("documents/d2/claims/c1");
  absl::StatusOr<v1::Claim> claim = answerer_->GetClaim(claim_request);
  ASSERT_TRUE(claim.ok()) << claim.status();
  EXPECT_EQ(claim->text(), "The toll is now 41");
  EXPECT_EQ(claim->document(), "documents/d2");

  v1::GetFigureRequest figure_request;
  figure_request.set_name("documents/d3/figures/f1");
  absl::StatusOr<v1::Figure> figure = answerer_->GetFigure(figure_request);
  ASSERT_TRUE(figure.ok()) << figure.status();
  EXPECT_EQ(figure->name(), "documents/d3/figures/f1");
  EXPECT_EQ(figure->value(), 41);
}

TEST_F(AnswererRecordsTest, GetErrors) {
  v1::GetClaimRequest request;
  request.set_name("documents/d2/claims/c9");
  EXPECT_EQ(answerer_->GetClaim(request).status().code(),
            absl::StatusCode::kNotFound);
  request.set_name("documents/d2/figures/f1");
  absl::Status bad = answerer_->GetClaim(request).status();
  EXPECT_EQ(bad.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(bad.message(), HasSubstr("name"));
  v1::GetFigureRequest figure;
  figure.set_name("documents/nope/figures/f1");
  EXPECT_EQ(answerer_->GetFigure(figure).status().code(),
            absl::StatusCode::kNotFound);
}

TEST_F(AnswererRecordsTest, ListClaimsBySourceAcrossDocuments) {
  v1::ListClaimsRequest request;
  request.set_parent("documents/-");
  request.set_filter("source = \"sources/ana-ruiz\"");
  request.set_page_size(1);
  EXPECT_THAT(ListClaimNames(request),
              ElementsAre("documents/d1/claims/c1", "documents/d2/claims/c1"));
  request.set_parent("documents/d2");
  request.set_page_size(0);
  EXPECT_THAT(ListClaimNames(request), ElementsAre("documents/d2/claims/c1"));
  request.clear_filter();
  request.set_parent("");
  EXPECT_EQ(ListClaimNames(request).size(), 3u);
}

TEST_F(AnswererRecordsTest, ListClaimsErrors) {
  v1::ListClaimsRequest request;
  request.set_parent("sources/ana-ruiz");
  EXPECT_THAT(answerer_->ListClaims(request).status().message(),
              HasSubstr("parent"));
  request.set_parent("documents/-");
  request.set_filter("colour = \"red\"");
  EXPECT_THAT(answerer_->ListClaims(request).status().message(),
              HasSubstr("filter"));
  request.clear_filter();
  request.set_page_token("garbage");
  EXPECT_THAT(answerer_->ListClaims(request).status().message(),
              HasSubstr("page_token"));
}

TEST_F(AnswererRecordsTest, CompareFiguresSupersedesARisingToll) {
  v1::CompareFiguresRequest request;
  request.set_filter("subject:\"deaths\"");
  absl::StatusOr<v1::CompareFiguresResponse> response =
      answerer_->CompareFigures(request);
  ASSERT_TRUE(response.ok()) << response.status();
  ASSERT_EQ(response->groups_size(), 1);
  const v1::FigureGroup& group = response->groups(0);
  EXPECT_EQ(group.verdict(), v1::VERDICT_SUPERSEDED) << group.explanation();
  EXPECT_EQ(group.place(), "Québec");
  ASSERT_EQ(group.observations_size(), 3);
  EXPECT_EQ(group.observations(0).figure(), "documents/d1/figures/f1");
  EXPECT_EQ(group.observations(0).source(), "sources/ana-ruiz");
  EXPECT_EQ(group.observations(0).publish_time().seconds(), kMarch1 + 86400);
  EXPECT_TRUE(group.observations(0).superseded());
  EXPECT_FALSE(group.observations(2).superseded());
  EXPECT_EQ(group.observations(2).source(), "sources/bo-li");
  EXPECT_TRUE(response->next_page_token().empty());
}

TEST_F(AnswererRecordsTest, CompareFiguresPagesAndChecksItsFilter) {
  v1::CompareFiguresRequest request;
  request.set_filter("value > 20");  // 41 and 41 agree
  absl::StatusOr<v1::CompareFiguresResponse> response =
      answerer_->CompareFigures(request);
  ASSERT_TRUE(response.ok()) << response.status();
  ASSERT_EQ(response->groups_size(), 1);
  EXPECT_EQ(response->groups(0).verdict(), v1::VERDICT_CONSISTENT);

  request.set_filter("value > 1000");
  response = answerer_->CompareFigures(request);
  ASSERT_TRUE(response.ok()) << response.status();
  EXPECT_EQ(response->groups_size(), 0);

  request.set_filter("nonsense = 1");
  EXPECT_EQ(answerer_->CompareFigures(request).status().code(),
            absl::StatusCode::kInvalidArgument);
  request.clear_filter();
  request.set_page_size(-1);
  EXPECT_THAT(answerer_->CompareFigures(request).status().message(),
              HasSubstr("page_size"));
}

TEST_F(AnswererRecordsTest, OffsetEncodingsConvertEverySpan) {
  // d1: "Café 東京 😀: "We lost..." — the quote starts at byte 20, code point
  // 12 (é, 東, 京 and 😀 have 8 extra bytes), UTF-16 unit 13 (😀 counts 2).
  v1::GetClaimRequest request;
  request.set_name("documents/d1/claims/c1");
  absl::StatusOr<v1::Claim> utf8 = answerer_->GetClaim(request);
  ASSERT_TRUE(utf8.ok()) << utf8.status();
  EXPECT_EQ(utf8->span().begin(), 20);
  request.set_offset_encoding(v1::OFFSET_ENCODING_UTF32);
  absl::StatusOr<v1::Claim> utf32 = answerer_->GetClaim(request);
  ASSERT_TRUE(utf32.ok()) << utf32.status();
  EXPECT_EQ(utf32->span().begin(), 12);
  EXPECT_EQ(utf32->span().end(), 12 + 17);
  request.set_offset_encoding(v1::OFFSET_ENCODING_UTF16);
  absl::StatusOr<v1::Claim> utf16 = answerer_->GetClaim(request);
  ASSERT_TRUE(utf16.ok()) << utf16.status();
  EXPECT_EQ(utf16->span().begin(), 13);
  EXPECT_EQ(utf16->speaker_span().begin(), utf8->speaker_span().begin() - 7);

  v1::GetDocumentRequest document;
  document.set_name("documents/d1");
  document.set_offset_encoding(v1::OFFSET_ENCODING_UTF16);
  absl::StatusOr<v1::Document> full = answerer_->GetDocument(document);
  ASSERT_TRUE(full.ok()) << full.status();
  EXPECT_EQ(full->paragraphs(0).end(),
            static_cast<int>(full->text().size()) - 7);
  EXPECT_EQ(full->claims(0).span().begin(), 13);
  EXPECT_EQ(full->figures(0).span().begin(), 13 + 8);

  v1::SearchClaimsRequest search;
  search.set_query("lost");
  search.set_offset_encoding(v1::OFFSET_ENCODING_UTF32);
  absl::StatusOr<v1::SearchClaimsResponse> hits =
      answerer_->SearchClaims(search);
  ASSERT_TRUE(hits.ok()) << hits.status();
  ASSERT_EQ(hits->claims_size(), 1);
  EXPECT_EQ(hits->claims(0).span().begin(), 12);

  v1::ListFiguresRequest figures;
  figures.set_parent("documents/d1");
  figures.set_offset_encoding(v1::OFFSET_ENCODING_UTF32);
  absl::StatusOr<v1::ListFiguresResponse> listed =
      answerer_->ListFigures(figures);
  ASSERT_TRUE(listed.ok()) << listed.status();
  EXPECT_EQ(listed->figures(0).span().begin(), 12 + 8);

  v1::CompareFiguresRequest compare;
  compare.set_offset_encoding(v1::OFFSET_ENCODING_UTF16);
  absl::StatusOr<v1::CompareFiguresResponse> groups =
      answerer_->CompareFigures(compare);
  ASSERT_TRUE(groups.ok()) << groups.status();
  ASSERT_EQ(groups->groups_size(), 1);
  EXPECT_EQ(groups->groups(0).observations(0).span().begin(), 13 + 8);
  // d2's "41" comes before "Québec", so it stays put.
  EXPECT_EQ(groups->groups(0).observations(1).span().begin(),
            static_cast<int>(std::string("\"The toll is now ").size()));
}

TEST_F(AnswererRecordsTest, UnknownOffsetEncodingIsInvalid) {
  v1::GetFigureRequest request;
  request.set_name("documents/d1/figures/f1");
  request.set_offset_encoding(static_cast<v1::OffsetEncoding>(9));
  absl::Status status = answerer_->GetFigure(request).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(status.message(), HasSubstr("offset_encoding"));
  v1::ListDocumentsRequest list;
  list.set_offset_encoding(static_cast<v1::OffsetEncoding>(-1));
  EXPECT_EQ(answerer_->ListDocuments(list).status().code(),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace factwire
