#include "query-service/answer/queries.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace factwire {
namespace {

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

// The comparison at `index` of an AND (or the lone comparison).
const FilterComparison& Term(const FilterExpr& expr, size_t index) {
  if (expr.kind == FilterExpr::Kind::kComparison) return expr.comparison;
  return expr.children.at(index).comparison;
}

TEST(ToClaimQuery, TranslatesQueryAndFilter) {
  absl::StatusOr<ClaimQuery> query = ToClaimQuery(ClaimsRequest(
      "fentanyl seizures",
      "source = \"sources/mike-vigil\" AND kind = \"direct_quote\" AND "
      "document = \"documents/d1\""));
  ASSERT_TRUE(query.ok()) << query.status();
  EXPECT_EQ(query->text, "fentanyl seizures");
  ASSERT_NE(query->filter, nullptr);
  ASSERT_EQ(query->filter->kind, FilterExpr::Kind::kAnd);
  ASSERT_EQ(query->filter->children.size(), 3u);
  EXPECT_EQ(Term(*query->filter, 0).value.text, "mike-vigil");
  EXPECT_EQ(Term(*query->filter, 1).value.enum_number,
            v1::CLAIM_KIND_DIRECT_QUOTE);
  EXPECT_EQ(Term(*query->filter, 2).value.text, "d1");
  EXPECT_EQ(query->order_by.field, "");
}

TEST(ToClaimQuery, EmptyFilterIsNone) {
  absl::StatusOr<ClaimQuery> query = ToClaimQuery(ClaimsRequest("", " "));
  ASSERT_TRUE(query.ok()) << query.status();
  EXPECT_EQ(query->filter, nullptr);
}

TEST(ToClaimQuery, TakesPrefixedKindAndBareSource) {
  absl::StatusOr<ClaimQuery> query = ToClaimQuery(
      ClaimsRequest("", "kind = CLAIM_KIND_ATTRIBUTED AND source = rcmp"));
  ASSERT_TRUE(query.ok()) << query.status();
  EXPECT_EQ(Term(*query->filter, 0).value.enum_number,
            v1::CLAIM_KIND_ATTRIBUTED);
  EXPECT_EQ(Term(*query->filter, 1).value.text, "rcmp");
}

TEST(ToClaimQuery, OrderBy) {
  v1::SearchClaimsRequest request = ClaimsRequest("", "");
  request.set_order_by("checkworthiness desc");
  absl::StatusOr<ClaimQuery> query = ToClaimQuery(request);
  ASSERT_TRUE(query.ok()) << query.status();
  EXPECT_EQ(query->order_by.field, "checkworthiness");
  EXPECT_TRUE(query->order_by.descending);
  request.set_order_by("value");
  ExpectInvalid(ToClaimQuery(request).status(), "order_by: claims");
}

TEST(ToClaimQuery, RejectsBadInputNamingTheField) {
  ExpectInvalid(ToClaimQuery(ClaimsRequest("", "kind = \"SHOUT\"")).status(),
                "filter: kind at column 8 expects one of DIRECT_QUOTE");
  ExpectInvalid(ToClaimQuery(ClaimsRequest("", "kind = UNSPECIFIED")).status(),
                "filter: kind");
  ExpectInvalid(
      ToClaimQuery(ClaimsRequest("", "document = \"d/1/2\"")).status(),
      "filter: document");
  ExpectInvalid(ToClaimQuery(ClaimsRequest("", "foo = \"x\"")).status(),
                "filter: unknown field \"foo\" at column 1");
  ExpectInvalid(ToClaimQuery(ClaimsRequest("?!", "")).status(), "query");
}

TEST(ToFigureQuery, ParentAndFilter) {
  v1::ListFiguresRequest request;
  request.set_parent("documents/d7");
  request.set_filter(
      "subject:\"overdose  deaths\" AND dimension = COUNT AND "
      "unit = \"kg\"");
  request.set_order_by("value desc");
  absl::StatusOr<FigureQuery> query = ToFigureQuery(request);
  ASSERT_TRUE(query.ok()) << query.status();
  EXPECT_EQ(query->document_id, "d7");
  ASSERT_NE(query->filter, nullptr);
  EXPECT_EQ(Term(*query->filter, 0).op, FilterOp::kHas);
  EXPECT_EQ(Term(*query->filter, 0).value.text, "overdose  deaths");
  EXPECT_EQ(Term(*query->filter, 1).value.enum_number, v1::DIMENSION_COUNT);
  EXPECT_EQ(Term(*query->filter, 2).value.text, "kg");
  EXPECT_EQ(query->order_by.field, "value");
}

TEST(ToFigureQuery, DashAndEmptyParentMeanAllDocuments) {
  v1::ListFiguresRequest request;
  EXPECT_EQ(ToFigureQuery(request)->document_id, "");
  request.set_parent("documents/-");
  EXPECT_EQ(ToFigureQuery(request)->document_id, "");
  request.set_parent("sources/x");
  ExpectInvalid(ToFigureQuery(request).status(), "parent");
}

TEST(ToFigureQuery, RejectsUnknownDimensionAndTextValues) {
  v1::ListFiguresRequest request;
  request.set_filter("dimension = \"WEIGHT\"");
  ExpectInvalid(ToFigureQuery(request).status(), "filter: dimension");
  request.set_filter("value = \"abc\"");
  ExpectInvalid(ToFigureQuery(request).status(),
                "filter: value at column 9 expects a number");
}

TEST(ToSourceQuery, TypeAndOrder) {
  v1::ListSourcesRequest request;
  request.set_filter("type = \"ORGANIZATION\"");
  request.set_order_by("name");
  absl::StatusOr<SourceQuery> query = ToSourceQuery(request);
  ASSERT_TRUE(query.ok()) << query.status();
  EXPECT_EQ(Term(*query->filter, 0).value.enum_number,
            v1::SOURCE_TYPE_ORGANIZATION);
  EXPECT_EQ(query->order_by.field, "name");
  request.set_filter("type = \"ROBOT\"");
  ExpectInvalid(ToSourceQuery(request).status(), "filter: type");
}

TEST(ToDocumentQuery, FilterAndOrder) {
  v1::ListDocumentsRequest request;
  request.set_filter("section = health OR source = sources/rcmp");
  request.set_order_by("publish_time desc");
  absl::StatusOr<DocumentQuery> query = ToDocumentQuery(request);
  ASSERT_TRUE(query.ok()) << query.status();
  ASSERT_NE(query->filter, nullptr);
  EXPECT_EQ(query->filter->kind, FilterExpr::Kind::kOr);
  EXPECT_TRUE(query->order_by.descending);
  request.set_filter("kind = STATEMENT");
  ExpectInvalid(ToDocumentQuery(request).status(),
                "unknown field \"kind\" at column 1; documents filter fields");
}

}  // namespace
}  // namespace factwire
