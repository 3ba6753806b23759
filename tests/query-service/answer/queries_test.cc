#include "query-service/answer/queries.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace factwire {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

v1::SearchClaimsRequest ClaimsRequest(absl::string_view query,
                                      absl::string_view filter) {
  v1::SearchClaimsRequest request;
  request.set_query(std::string(query));
  request.set_filter(std::string(filter));
  return request;
}

void ExpectInvalid(const absl::Status& status, absl::string_view names) {
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << status;
  EXPECT_THAT(status.message(), HasSubstr(names));
}

TEST(ToClaimQuery, TranslatesQueryAndFilter) {
  absl::StatusOr<ClaimQuery> query = ToClaimQuery(ClaimsRequest(
      "fentanyl seizures",
      "source = \"sources/mike-vigil\" AND kind = \"direct_quote\" AND "
      "document = \"documents/d1\""));
  ASSERT_TRUE(query.ok()) << query.status();
  EXPECT_EQ(query->text, "fentanyl seizures");
  EXPECT_EQ(query->source_id, "mike-vigil");
  EXPECT_EQ(query->kind, v1::CLAIM_KIND_DIRECT_QUOTE);
  EXPECT_EQ(query->document_id, "d1");
}

TEST(ToClaimQuery, TakesPrefixedKindAndBareSource) {
  absl::StatusOr<ClaimQuery> query = ToClaimQuery(
      ClaimsRequest("", "kind = CLAIM_KIND_ATTRIBUTED AND source = rcmp"));
  ASSERT_TRUE(query.ok()) << query.status();
  EXPECT_EQ(query->kind, v1::CLAIM_KIND_ATTRIBUTED);
  EXPECT_EQ(query->source_id, "rcmp");
}

TEST(ToClaimQuery, RejectsBadInputNamingTheField) {
  ExpectInvalid(
      ToClaimQuery(ClaimsRequest("", "kind = \"SHOUT\"")).status(),
      "filter: kind \"SHOUT\" at position 0 is not one of DIRECT_QUOTE");
  ExpectInvalid(ToClaimQuery(ClaimsRequest("", "kind = UNSPECIFIED")).status(),
                "filter: kind");
  ExpectInvalid(
      ToClaimQuery(ClaimsRequest("", "document = \"d/1/2\"")).status(),
      "filter: document");
  ExpectInvalid(ToClaimQuery(ClaimsRequest("", "speaker = \"x\"")).status(),
                "filter: unknown field \"speaker\"");
  ExpectInvalid(ToClaimQuery(ClaimsRequest("?!", "")).status(), "query");
}

TEST(ToFigureQuery, ParentAndFilter) {
  v1::ListFiguresRequest request;
  request.set_parent("documents/d7");
  request.set_filter(
      "subject = \"overdose  deaths\" AND dimension = COUNT AND "
      "unit = \"kg\"");
  absl::StatusOr<FigureQuery> query = ToFigureQuery(request);
  ASSERT_TRUE(query.ok()) << query.status();
  EXPECT_EQ(query->document_id, "d7");
  EXPECT_THAT(query->subject_words, ElementsAre("overdose", "deaths"));
  EXPECT_EQ(query->dimension, v1::DIMENSION_COUNT);
  EXPECT_EQ(query->unit, "kg");
}

TEST(ToFigureQuery, DashAndEmptyParentMeanAllDocuments) {
  v1::ListFiguresRequest request;
  EXPECT_EQ(ToFigureQuery(request)->document_id, "");
  request.set_parent("documents/-");
  EXPECT_EQ(ToFigureQuery(request)->document_id, "");
  request.set_parent("sources/x");
  ExpectInvalid(ToFigureQuery(request).status(), "parent");
}

TEST(ToFigureQuery, RejectsWordlessSubjectAndUnknownDimension) {
  v1::ListFiguresRequest request;
  request.set_filter("subject = \"--\"");
  ExpectInvalid(ToFigureQuery(request).status(), "filter: subject");
  request.set_filter("dimension = \"WEIGHT\"");
  ExpectInvalid(ToFigureQuery(request).status(), "filter: dimension");
}

TEST(ToSourceQuery, Type) {
  v1::ListSourcesRequest request;
  request.set_filter("type = \"ORGANIZATION\"");
  EXPECT_EQ(ToSourceQuery(request)->type, v1::SOURCE_TYPE_ORGANIZATION);
  request.set_filter("type = \"ROBOT\"");
  ExpectInvalid(ToSourceQuery(request).status(), "filter: type");
}

}  // namespace
}  // namespace factwire
