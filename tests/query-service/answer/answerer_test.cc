#include "query-service/answer/answerer.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "store/store.h"
#include "tests/query-service/answer/answerer_fixture.h"

namespace factwire {
namespace {

using ::testing::HasSubstr;
using ::testing::UnorderedElementsAre;

v1::Source MakeSource(absl::string_view id, v1::SourceType type,
                      absl::string_view name) {
  v1::Source source;
  source.set_source_id(std::string(id));
  source.set_type(type);
  source.set_name(std::string(name));
  return source;
}

void AddClaim(v1::Document& document, v1::ClaimKind kind,
              absl::string_view text, absl::string_view source_id,
              absl::string_view speaker) {
  v1::Claim* claim = document.add_claims();
  claim->set_claim_id("c" + std::to_string(document.claims_size()));
  claim->set_kind(kind);
  claim->set_text(std::string(text));
  size_t begin = document.text().find(std::string(text));
  claim->mutable_span()->set_begin(static_cast<int>(begin));
  claim->mutable_span()->set_end(static_cast<int>(begin + text.size()));
  claim->set_source_id(std::string(source_id));
  claim->set_speaker(std::string(speaker));
}

void AddFigure(v1::Document& document, absl::string_view text, double value,
               v1::Dimension dimension, absl::string_view unit,
               absl::string_view subject) {
  v1::Figure* figure = document.add_figures();
  figure->set_figure_id("f" + std::to_string(document.figures_size()));
  figure->set_text(std::string(text));
  figure->set_value(value);
  figure->set_normalized_value(value);
  figure->set_dimension(dimension);
  figure->set_unit(std::string(unit));
  figure->set_qualifier(v1::QUALIFIER_EXACT);
  figure->set_subject(std::string(subject));
}

v1::Document MakeDocument(absl::string_view id, absl::string_view text) {
  v1::Document document;
  document.set_document_id(std::string(id));
  document.set_name("documents/" + std::string(id));
  document.set_content_sha256(std::string(64, id.back()));
  document.set_media_type("text/plain");
  document.set_headline("Headline " + std::string(id));
  document.set_text(std::string(text));
  return document;
}

// Three small documents: two quote Mike Vigil, two cite the RCMP.
std::vector<v1::Document> Fixtures() {
  v1::Document d1 = MakeDocument(
      "d1",
      "Police seized 20 kilograms of fentanyl. \"It is a crisis,\" said "
      "Mike Vigil.");
  AddClaim(d1, v1::CLAIM_KIND_DIRECT_QUOTE, "It is a crisis", "mike-vigil",
           "Mike Vigil");
  AddFigure(d1, "20 kilograms", 20, v1::DIMENSION_MASS, "kg", "fentanyl");
  *d1.add_sources() =
      MakeSource("mike-vigil", v1::SOURCE_TYPE_PERSON, "Mike Vigil");

  v1::Document d2 = MakeDocument(
      "d2", "According to the RCMP, overdose deaths rose to 1,200 last year.");
  AddClaim(d2, v1::CLAIM_KIND_ATTRIBUTED,
           "overdose deaths rose to 1,200 last year", "rcmp", "the RCMP");
  AddFigure(d2, "1,200", 1200, v1::DIMENSION_COUNT, "", "overdose deaths");
  *d2.add_sources() = MakeSource("rcmp", v1::SOURCE_TYPE_ORGANIZATION,
                                 "Royal Canadian Mounted Police");

  v1::Document d3 = MakeDocument(
      "d3",
      "\"The border is secure,\" Vigil said, after 3 tonnes of cocaine "
      "were found. The RCMP declined to comment.");
  AddClaim(d3, v1::CLAIM_KIND_DIRECT_QUOTE, "The border is secure",
           "mike-vigil", "Vigil");
  AddFigure(d3, "3 tonnes", 3, v1::DIMENSION_MASS, "tonne", "cocaine");
  *d3.add_sources() =
      MakeSource("mike-vigil", v1::SOURCE_TYPE_PERSON, "Mike Vigil");
  *d3.add_sources() = MakeSource("rcmp", v1::SOURCE_TYPE_ORGANIZATION,
                                 "Royal Canadian Mounted Police");
  return {d1, d2, d3};
}

class AnswererTest : public StoredAnswererTest {
 protected:
  std::vector<v1::Document> Documents() const override { return Fixtures(); }

  // Every claim SearchClaims returns for `query` and `filter`, page by page.
  std::vector<std::string> AllClaimTexts(absl::string_view query,
                                         absl::string_view filter,
                                         int page_size) {
    v1::SearchClaimsRequest request;
    request.set_query(std::string(query));
    request.set_filter(std::string(filter));
    request.set_page_size(page_size);
    std::vector<std::string> texts;
    for (int pages = 0; pages < 10; ++pages) {
      absl::StatusOr<v1::SearchClaimsResponse> response =
          answerer_->SearchClaims(request);
      EXPECT_TRUE(response.ok()) << response.status();
      if (!response.ok()) break;
      EXPECT_LE(response->claims_size(), page_size);
      for (const v1::Claim& claim : response->claims())
        texts.push_back(claim.text());
      if (response->next_page_token().empty()) break;
      request.set_page_token(response->next_page_token());
    }
    return texts;
  }
};

void ExpectCode(const absl::Status& status, absl::StatusCode code,
                absl::string_view mentions) {
  EXPECT_EQ(status.code(), code) << status;
  EXPECT_THAT(status.message(), HasSubstr(mentions));
}

TEST_F(AnswererTest, GetDocumentIsFullByDefault) {
  v1::GetDocumentRequest request;
  request.set_name("documents/d1");
  absl::StatusOr<v1::Document> document = answerer_->GetDocument(request);
  ASSERT_TRUE(document.ok()) << document.status();
  EXPECT_EQ(document->name(), "documents/d1");
  EXPECT_THAT(document->text(), HasSubstr("fentanyl"));
  EXPECT_EQ(document->claims_size(), 1);
  EXPECT_EQ(document->figures_size(), 1);

  request.set_view(v1::DOCUMENT_VIEW_BASIC);
  document = answerer_->GetDocument(request);
  ASSERT_TRUE(document.ok()) << document.status();
  EXPECT_EQ(document->headline(), "Headline d1");
  EXPECT_EQ(document->text(), "");
  EXPECT_EQ(document->claims_size(), 0);
}

TEST_F(AnswererTest, GetDocumentErrors) {
  v1::GetDocumentRequest request;
  request.set_name("documents/nope");
  ExpectCode(answerer_->GetDocument(request).status(),
             absl::StatusCode::kNotFound, "");
  request.set_name("nope");
  ExpectCode(answerer_->GetDocument(request).status(),
             absl::StatusCode::kInvalidArgument, "name");
}

TEST_F(AnswererTest, ListDocumentsPagesThroughAll) {
  v1::ListDocumentsRequest request;
  request.set_page_size(1);
  std::vector<std::string> ids;
  for (int pages = 0; pages < 5; ++pages) {
    absl::StatusOr<v1::ListDocumentsResponse> response =
        answerer_->ListDocuments(request);
    ASSERT_TRUE(response.ok()) << response.status();
    ASSERT_EQ(response->documents_size(), 1);
    EXPECT_EQ(response->documents(0).text(), "");
    ids.push_back(response->documents(0).document_id());
    if (response->next_page_token().empty()) break;
    request.set_page_token(response->next_page_token());
  }
  EXPECT_THAT(ids, UnorderedElementsAre("d1", "d2", "d3"));
}

TEST_F(AnswererTest, ListDocumentsFullViewHasText) {
  v1::ListDocumentsRequest request;
  request.set_view(v1::DOCUMENT_VIEW_FULL);
  absl::StatusOr<v1::ListDocumentsResponse> response =
      answerer_->ListDocuments(request);
  ASSERT_TRUE(response.ok()) << response.status();
  ASSERT_EQ(response->documents_size(), 3);
  for (const v1::Document& document : response->documents()) {
    EXPECT_FALSE(document.text().empty());
    EXPECT_EQ(document.claims_size(), 1);
  }
  EXPECT_EQ(response->next_page_token(), "");
}

TEST_F(AnswererTest, SearchClaimsByWordCarriesTheDocument) {
  v1::SearchClaimsRequest request;
  request.set_query("crisis");
  absl::StatusOr<v1::SearchClaimsResponse> response =
      answerer_->SearchClaims(request);
  ASSERT_TRUE(response.ok()) << response.status();
  ASSERT_EQ(response->claims_size(), 1);
  EXPECT_EQ(response->claims(0).text(), "It is a crisis");
  EXPECT_EQ(response->claims(0).document(), "documents/d1");
  EXPECT_EQ(response->claims(0).name(), "documents/d1/claims/c1");
  EXPECT_EQ(response->next_page_token(), "");
}

TEST_F(AnswererTest, SearchClaimsFilters) {
  EXPECT_THAT(AllClaimTexts("", "source = \"sources/mike-vigil\"", 50),
              UnorderedElementsAre("It is a crisis", "The border is secure"));
  EXPECT_THAT(AllClaimTexts("", "kind = ATTRIBUTED", 50),
              UnorderedElementsAre("overdose deaths rose to 1,200 last year"));
  EXPECT_THAT(
      AllClaimTexts("", "document = \"documents/d3\" AND source = mike-vigil",
                    50),
      UnorderedElementsAre("The border is secure"));
}

TEST_F(AnswererTest, SearchClaimsPagesThroughAll) {
  EXPECT_THAT(AllClaimTexts("", "", 1),
              UnorderedElementsAre("It is a crisis", "The border is secure",
                                   "overdose deaths rose to 1,200 last year"));
}

TEST_F(AnswererTest, PageTokenIsBoundToQueryAndFilter) {
  v1::SearchClaimsRequest request;
  request.set_page_size(1);
  absl::StatusOr<v1::SearchClaimsResponse> first =
      answerer_->SearchClaims(request);
  ASSERT_TRUE(first.ok()) << first.status();
  ASSERT_FALSE(first->next_page_token().empty());
  request.set_page_token(first->next_page_token());
  request.set_filter("kind = DIRECT_QUOTE");
  ExpectCode(answerer_->SearchClaims(request).status(),
             absl::StatusCode::kInvalidArgument, "page_token");
  request.set_page_token("garbage");
  ExpectCode(answerer_->SearchClaims(request).status(),
             absl::StatusCode::kInvalidArgument, "page_token");
}

TEST_F(AnswererTest, ListsRejectNegativePageSize) {
  v1::ListSourcesRequest sources;
  sources.set_page_size(-3);
  ExpectCode(answerer_->ListSources(sources).status(),
             absl::StatusCode::kInvalidArgument, "page_size");
  v1::ListFiguresRequest figures;
  figures.set_page_size(-1);
  ExpectCode(answerer_->ListFigures(figures).status(),
             absl::StatusCode::kInvalidArgument, "page_size");
}

TEST_F(AnswererTest, ListFiguresBySubjectParentAndDimension) {
  v1::ListFiguresRequest request;
  request.set_filter("subject = \"overdose deaths\"");
  absl::StatusOr<v1::ListFiguresResponse> response =
      answerer_->ListFigures(request);
  ASSERT_TRUE(response.ok()) << response.status();
  ASSERT_EQ(response->figures_size(), 1);
  EXPECT_EQ(response->figures(0).value(), 1200);
  EXPECT_EQ(response->figures(0).document(), "documents/d2");

  request.set_filter("dimension = MASS");
  response = answerer_->ListFigures(request);
  ASSERT_TRUE(response.ok()) << response.status();
  EXPECT_EQ(response->figures_size(), 2);

  request.set_parent("documents/d3");
  response = answerer_->ListFigures(request);
  ASSERT_TRUE(response.ok()) << response.status();
  ASSERT_EQ(response->figures_size(), 1);
  EXPECT_EQ(response->figures(0).subject(), "cocaine");
}

TEST_F(AnswererTest, GetSourceCountsAcrossDocuments) {
  v1::GetSourceRequest request;
  request.set_name("sources/mike-vigil");
  absl::StatusOr<v1::Source> source = answerer_->GetSource(request);
  ASSERT_TRUE(source.ok()) << source.status();
  EXPECT_EQ(source->name(), "Mike Vigil");
  EXPECT_EQ(source->claim_count(), 2);
  EXPECT_EQ(source->document_count(), 2);

  request.set_name("sources/nobody");
  ExpectCode(answerer_->GetSource(request).status(),
             absl::StatusCode::kNotFound, "");
  request.set_name("documents/d1");
  ExpectCode(answerer_->GetSource(request).status(),
             absl::StatusCode::kInvalidArgument, "name");
}

TEST_F(AnswererTest, ListSourcesByType) {
  v1::ListSourcesRequest request;
  request.set_filter("type = ORGANIZATION");
  absl::StatusOr<v1::ListSourcesResponse> response =
      answerer_->ListSources(request);
  ASSERT_TRUE(response.ok()) << response.status();
  ASSERT_EQ(response->sources_size(), 1);
  EXPECT_EQ(response->sources(0).source_id(), "rcmp");
  EXPECT_EQ(response->sources(0).document_count(), 2);

  request.set_filter("");
  request.set_page_size(1);
  std::vector<std::string> ids;
  for (int pages = 0; pages < 5; ++pages) {
    response = answerer_->ListSources(request);
    ASSERT_TRUE(response.ok()) << response.status();
    for (const v1::Source& source : response->sources()) {
      ids.push_back(source.source_id());
    }
    if (response->next_page_token().empty()) break;
    request.set_page_token(response->next_page_token());
  }
  EXPECT_THAT(ids, UnorderedElementsAre("mike-vigil", "rcmp"));
}

}  // namespace
TEST_F(AnswererTest, SearchClaimsOrNotAndPrecedence) {
  // OR binds tighter than AND: mike-vigil AND (DIRECT_QUOTE OR ATTRIBUTED).
  EXPECT_THAT(
      AllClaimTexts(
          "",
          "source = mike-vigil AND kind = DIRECT_QUOTE OR kind = ATTRIBUTED",
          50),
      UnorderedElementsAre("It is a crisis", "The border is secure"));
  EXPECT_THAT(AllClaimTexts("", "NOT source = \"sources/mike-vigil\"", 50),
              UnorderedElementsAre("overdose deaths rose to 1,200 last year"));
  EXPECT_THAT(AllClaimTexts("", "-kind = DIRECT_QUOTE", 1),
              UnorderedElementsAre("overdose deaths rose to 1,200 last year"));
  EXPECT_THAT(AllClaimTexts("border", "source:* AND (document = d3)", 1),
              UnorderedElementsAre("The border is secure"));
  EXPECT_THAT(AllClaimTexts("", "source = \"x' OR 1=1 --\"", 50),
              ::testing::IsEmpty());
}

TEST_F(AnswererTest, FilterErrorsNameTheColumn) {
  v1::SearchClaimsRequest request;
  request.set_filter("kind = DIRECT_QUOTE AND foo = 1");
  ExpectCode(answerer_->SearchClaims(request).status(),
             absl::StatusCode::kInvalidArgument,
             "filter: unknown field \"foo\" at column 25");
  v1::ListFiguresRequest figures;
  figures.set_filter("subject:\"--\"");
  ExpectCode(answerer_->ListFigures(figures).status(),
             absl::StatusCode::kInvalidArgument, "filter: subject");
  figures.set_filter("");
  figures.set_order_by("subject");
  ExpectCode(answerer_->ListFigures(figures).status(),
             absl::StatusCode::kInvalidArgument, "order_by");
}

TEST_F(AnswererTest, ListFiguresByValueSorted) {
  v1::ListFiguresRequest request;
  request.set_filter("value > 10 AND dimension = MASS");
  absl::StatusOr<v1::ListFiguresResponse> response =
      answerer_->ListFigures(request);
  ASSERT_TRUE(response.ok()) << response.status();
  ASSERT_EQ(response->figures_size(), 1);
  EXPECT_EQ(response->figures(0).subject(), "fentanyl");

  request.set_filter("");
  request.set_order_by("value desc");
  request.set_page_size(2);
  std::vector<double> values;
  for (int pages = 0; pages < 5; ++pages) {
    response = answerer_->ListFigures(request);
    ASSERT_TRUE(response.ok()) << response.status();
    for (const v1::Figure& figure : response->figures()) {
      values.push_back(figure.value());
    }
    if (response->next_page_token().empty()) break;
    request.set_page_token(response->next_page_token());
  }
  EXPECT_THAT(values, ::testing::ElementsAre(1200, 20, 3));
}

TEST_F(AnswererTest, ListDocumentsFilteredAndSortedAcrossPages) {
  v1::ListDocumentsRequest request;
  request.set_filter("source = \"sources/rcmp\"");
  absl::StatusOr<v1::ListDocumentsResponse> response =
      answerer_->ListDocuments(request);
  ASSERT_TRUE(response.ok()) << response.status();
  ASSERT_EQ(response->documents_size(), 2);
  EXPECT_EQ(response->documents(0).document_id(), "d3");
  EXPECT_EQ(response->documents(1).document_id(), "d2");

  request.set_filter("");
  request.set_order_by("publish_time desc");
  request.set_page_size(1);
  std::vector<std::string> ids;
  for (int pages = 0; pages < 5; ++pages) {
    response = answerer_->ListDocuments(request);
    ASSERT_TRUE(response.ok()) << response.status();
    for (const v1::Document& document : response->documents()) {
      ids.push_back(document.document_id());
    }
    if (response->next_page_token().empty()) break;
    request.set_page_token(response->next_page_token());
  }
  // No publish_time anywhere: stored order breaks the ties.
  EXPECT_THAT(ids, ::testing::ElementsAre("d1", "d2", "d3"));
}

TEST_F(AnswererTest, ListSourcesByNameAndTokenBoundToOrder) {
  v1::ListSourcesRequest request;
  request.set_order_by("name");
  request.set_page_size(1);
  absl::StatusOr<v1::ListSourcesResponse> first =
      answerer_->ListSources(request);
  ASSERT_TRUE(first.ok()) << first.status();
  ASSERT_EQ(first->sources_size(), 1);
  EXPECT_EQ(first->sources(0).source_id(), "mike-vigil");
  request.set_page_token(first->next_page_token());
  absl::StatusOr<v1::ListSourcesResponse> second =
      answerer_->ListSources(request);
  ASSERT_TRUE(second.ok()) << second.status();
  ASSERT_EQ(second->sources_size(), 1);
  EXPECT_EQ(second->sources(0).source_id(), "rcmp");
  EXPECT_EQ(second->next_page_token(), "");

  request.set_order_by("claim_count");
  ExpectCode(answerer_->ListSources(request).status(),
             absl::StatusCode::kInvalidArgument, "page_token");
}

}  // namespace factwire
