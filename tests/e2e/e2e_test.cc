// Ingest and query over gRPC, through both real binaries.
#include <set>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "ingest-service/analyzer.h"
#include "tests/e2e/e2e_fixture.h"

namespace factwire {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

// The claim of `document` whose text holds `words`; fails the test if none.
v1::Claim ClaimWith(const v1::Document& document, const std::string& words) {
  for (const v1::Claim& claim : document.claims()) {
    if (absl::StrContains(claim.text(), words)) return claim;
  }
  ADD_FAILURE() << "no claim with \"" << words << "\" in "
                << document.DebugString();
  return v1::Claim();
}

// The figure of `document` with `value`; fails the test if none.
v1::Figure FigureWith(const v1::Document& document, double value) {
  for (const v1::Figure& figure : document.figures()) {
    if (figure.value() == value) return figure;
  }
  ADD_FAILURE() << "no figure " << value << " in " << document.DebugString();
  return v1::Figure();
}

std::vector<std::string> Names(const std::vector<v1::Claim>& claims) {
  std::vector<std::string> names;
  for (const v1::Claim& claim : claims) names.push_back(claim.name());
  return names;
}

TEST_F(EndToEndTest, IngestStoresRecordsWithoutText) {
  v1::IngestDocumentResponse response;
  grpc::Status status = Ingest(kSeizureArticle, &response);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_TRUE(response.created());
  const v1::Document& document = response.document();
  EXPECT_EQ(document.name(), "documents/" + document.document_id());
  EXPECT_EQ(document.headline(),
            "Police seize record fentanyl haul in Vancouver");
  EXPECT_EQ(document.text(), "");
  EXPECT_FALSE(document.content_sha256().empty());
  EXPECT_GT(document.claims_size(), 0);
  EXPECT_GT(document.figures_size(), 0);
  EXPECT_GT(document.sources_size(), 0);

  v1::GetDocumentRequest get;
  get.set_name(document.name());
  v1::Document stored;
  status = query_stub_->GetDocument(Context().get(), get, &stored);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(stored.text(), kSeizureArticle);  // text/plain: byte for byte
  EXPECT_EQ(stored.claims_size(), document.claims_size());
}

TEST_F(EndToEndTest, SearchClaimsByWordAndBySource) {
  v1::Document seizure = MustIngest(kSeizureArticle);
  MustIngest(kOverdoseArticle);
  v1::Document border = MustIngest(kBorderArticle);

  v1::Claim quote = ClaimWith(seizure, "largest seizure");
  EXPECT_EQ(quote.kind(), v1::CLAIM_KIND_DIRECT_QUOTE);
  std::vector<v1::Claim> hits = AllClaims("largest", "");
  ASSERT_THAT(hits, Not(IsEmpty()));
  EXPECT_THAT(Names(hits), Contains(quote.name()));
  for (const v1::Claim& hit : hits) EXPECT_EQ(hit.document(), seizure.name());

  ASSERT_FALSE(quote.source_id().empty()) << quote.DebugString();
  std::vector<v1::Claim> by_source =
      AllClaims("", "source = \"sources/" + quote.source_id() + "\"");
  EXPECT_THAT(Names(by_source), Contains(quote.name()));
  for (const v1::Claim& claim : by_source) {
    EXPECT_EQ(claim.source_id(), quote.source_id());
  }
  // The same speaker is quoted in the border article too.
  v1::Claim bolder = ClaimWith(border, "traffickers are getting bolder");
  EXPECT_EQ(bolder.source_id(), quote.source_id());
  EXPECT_THAT(Names(by_source), Contains(bolder.name()));

  std::vector<v1::Claim> quotes = AllClaims(
      "", "kind = DIRECT_QUOTE AND document = \"" + border.name() + "\"");
  EXPECT_THAT(Names(quotes), Contains(bolder.name()));
}

TEST_F(EndToEndTest, SearchClaimsPagesEndWithAnEmptyToken) {
  MustIngest(kSeizureArticle);
  MustIngest(kOverdoseArticle);
  std::vector<v1::Claim> all = AllClaims("", "", 100);
  std::vector<v1::Claim> paged = AllClaims("", "", 1);
  ASSERT_GE(all.size(), 2u);
  EXPECT_EQ(Names(paged), Names(all));
}

TEST_F(EndToEndTest, ListFiguresBySubject) {
  MustIngest(kSeizureArticle);
  v1::Document overdose = MustIngest(kOverdoseArticle);
  v1::Figure deaths = FigureWith(overdose, 2350);
  EXPECT_EQ(deaths.dimension(), v1::DIMENSION_COUNT);
  EXPECT_THAT(deaths.subject(), HasSubstr("deaths"));

  v1::ListFiguresRequest request;
  request.set_filter("subject:\"deaths\"");
  v1::ListFiguresResponse response;
  grpc::Status status =
      query_stub_->ListFigures(Context().get(), request, &response);
  ASSERT_TRUE(status.ok()) << status.error_message();
  std::vector<std::string> names;
  for (const v1::Figure& figure : response.figures()) {
    names.push_back(figure.name());
    EXPECT_THAT(figure.subject(), HasSubstr("death"));
  }
  EXPECT_THAT(names, Contains(deaths.name()));

  request.set_parent(overdose.name());
  request.set_filter("");
  status = query_stub_->ListFigures(Context().get(), request, &response);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(response.figures_size(), overdose.figures_size());
  for (const v1::Figure& figure : response.figures()) {
    EXPECT_EQ(figure.document(), overdose.name());
  }
}

TEST_F(EndToEndTest, SourcesAcrossDocuments) {
  v1::Document seizure = MustIngest(kSeizureArticle);
  MustIngest(kOverdoseArticle);
  MustIngest(kBorderArticle);
  std::string id = ClaimWith(seizure, "largest seizure").source_id();
  ASSERT_FALSE(id.empty());

  v1::GetSourceRequest get;
  get.set_name("sources/" + id);
  v1::Source source;
  grpc::Status status = query_stub_->GetSource(Context().get(), get, &source);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(source.source_id(), id);
  EXPECT_THAT(source.name(), HasSubstr("Whitfield"));
  EXPECT_EQ(source.type(), v1::SOURCE_TYPE_PERSON);
  EXPECT_EQ(source.document_count(), 2);
  EXPECT_GE(source.claim_count(), 2);

  v1::ListSourcesRequest list;
  list.set_page_size(1);
  std::set<std::string> seen;
  for (int pages = 0; pages < 100; ++pages) {
    v1::ListSourcesResponse response;
    status = query_stub_->ListSources(Context().get(), list, &response);
    ASSERT_TRUE(status.ok()) << status.error_message();
    ASSERT_LE(response.sources_size(), 1);
    for (const v1::Source& s : response.sources()) {
      EXPECT_TRUE(seen.insert(s.source_id()).second)
          << "twice: " << s.source_id();
    }
    if (response.next_page_token().empty()) break;
    list.set_page_token(response.next_page_token());
  }
  EXPECT_THAT(seen, Contains(id));
}

TEST_F(EndToEndTest, SameArticleTwiceIsOneDocument) {
  v1::IngestDocumentResponse first;
  ASSERT_TRUE(Ingest(kSeizureArticle, &first).ok());
  EXPECT_TRUE(first.created());
  v1::IngestDocumentResponse second;
  grpc::Status status = Ingest(kSeizureArticle, &second);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_FALSE(second.created());
  EXPECT_EQ(second.document().document_id(), first.document().document_id());
  EXPECT_EQ(AllDocuments().size(), 1u);
}

TEST_F(EndToEndTest, BadInputIsInvalidArgumentAndChangesNothing) {
  MustIngest(kSeizureArticle);
  size_t claims_before = AllClaims("", "").size();
  v1::IngestDocumentResponse response;

  ExpectStatus(Ingest("Headline\n\nBad \xff\xfe bytes.\n", &response),
               grpc::StatusCode::INVALID_ARGUMENT, "content");
  ExpectStatus(Ingest("", &response), grpc::StatusCode::INVALID_ARGUMENT,
               "content");
  ExpectStatus(Ingest(kOverdoseArticle, &response, "application/x-unknown"),
               grpc::StatusCode::INVALID_ARGUMENT, "media_type");

  v1::SearchClaimsRequest search;
  search.set_page_token("not-a-real-token");
  v1::SearchClaimsResponse found;
  ExpectStatus(query_stub_->SearchClaims(Context().get(), search, &found),
               grpc::StatusCode::INVALID_ARGUMENT, "page_token");
  search.set_page_token("");
  search.set_page_size(-1);
  ExpectStatus(query_stub_->SearchClaims(Context().get(), search, &found),
               grpc::StatusCode::INVALID_ARGUMENT, "page_size");
  search.set_page_size(0);
  search.set_filter("foo = \"x\"");
  ExpectStatus(query_stub_->SearchClaims(Context().get(), search, &found),
               grpc::StatusCode::INVALID_ARGUMENT, "filter");

  EXPECT_EQ(AllDocuments().size(), 1u);
  EXPECT_EQ(AllClaims("", "").size(), claims_before);
}

TEST_F(EndToEndTest, OversizedContentIsResourceExhausted) {
  v1::IngestDocumentResponse response;
  std::string content = "Headline\n\n" + std::string(kMaxContentBytes, 'a');
  ExpectStatus(Ingest(content, &response), grpc::StatusCode::RESOURCE_EXHAUSTED,
               std::to_string(kMaxContentBytes));
  EXPECT_THAT(AllDocuments(), IsEmpty());
}

TEST_F(EndToEndTest, AnalyzeAndValidateOnlyStoreNothing) {
  v1::AnalyzeDocumentRequest analyze;
  analyze.set_content(kOverdoseArticle);
  v1::AnalyzeDocumentResponse analyzed;
  grpc::Status status =
      ingest_stub_->AnalyzeDocument(Context().get(), analyze, &analyzed);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(analyzed.document().text(), kOverdoseArticle);
  EXPECT_GT(analyzed.document().claims_size(), 0);

  v1::IngestDocumentRequest ingest;
  ingest.set_content(kOverdoseArticle);
  ingest.set_validate_only(true);
  v1::IngestDocumentResponse validated;
  status = ingest_stub_->IngestDocument(Context().get(), ingest, &validated);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_FALSE(validated.created());
  EXPECT_EQ(validated.document().claims_size(),
            analyzed.document().claims_size());
  EXPECT_THAT(AllDocuments(), IsEmpty());
}

TEST_F(EndToEndTest, UnknownNamesAreNotFound) {
  MustIngest(kSeizureArticle);
  v1::GetDocumentRequest document;
  document.set_name("documents/no-such-document");
  v1::Document got;
  ExpectStatus(query_stub_->GetDocument(Context().get(), document, &got),
               grpc::StatusCode::NOT_FOUND, "");
  v1::GetSourceRequest source;
  source.set_name("sources/no-such-source");
  v1::Source got_source;
  ExpectStatus(query_stub_->GetSource(Context().get(), source, &got_source),
               grpc::StatusCode::NOT_FOUND, "");
  source.set_name("no-slash");
  ExpectStatus(query_stub_->GetSource(Context().get(), source, &got_source),
               grpc::StatusCode::INVALID_ARGUMENT, "name");
}

}  // namespace
}  // namespace factwire
