// order_by parsing: one field, optional direction, per-list fields.

#include "query-service/answer/order_by.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace factwire {
namespace {

using ::testing::HasSubstr;

std::string ErrorOf(FilterResource resource, absl::string_view order_by) {
  absl::StatusOr<SortOrder> order = ParseOrderBy(resource, order_by);
  EXPECT_FALSE(order.ok()) << order_by;
  if (order.ok()) return "";
  EXPECT_EQ(order.status().code(), absl::StatusCode::kInvalidArgument);
  return std::string(order.status().message());
}

TEST(ParseOrderBy, EmptyIsTheDefaultOrder) {
  EXPECT_EQ(ParseOrderBy(FilterResource::kClaims, "")->field, "");
  EXPECT_EQ(ParseOrderBy(FilterResource::kClaims, "  ")->field, "");
}

TEST(ParseOrderBy, FieldAndDirection) {
  absl::StatusOr<SortOrder> order =
      ParseOrderBy(FilterResource::kClaims, "publish_time");
  ASSERT_TRUE(order.ok()) << order.status();
  EXPECT_EQ(order->field, "publish_time");
  EXPECT_FALSE(order->descending);
  order = ParseOrderBy(FilterResource::kClaims, " checkworthiness  DESC ");
  ASSERT_TRUE(order.ok()) << order.status();
  EXPECT_EQ(order->field, "checkworthiness");
  EXPECT_TRUE(order->descending);
  EXPECT_FALSE(ParseOrderBy(FilterResource::kFigures, "value asc")->descending);
  EXPECT_EQ(ParseOrderBy(FilterResource::kSources, "name")->field, "name");
  EXPECT_EQ(ParseOrderBy(FilterResource::kSources, "claim_count desc")->field,
            "claim_count");
  EXPECT_EQ(ParseOrderBy(FilterResource::kDocuments, "publish_time")->field,
            "publish_time");
}

TEST(ParseOrderBy, Errors) {
  EXPECT_THAT(ErrorOf(FilterResource::kClaims, "value"),
              HasSubstr("claims cannot be sorted by \"value\"; they sort by "
                        "publish_time, checkworthiness"));
  EXPECT_THAT(ErrorOf(FilterResource::kDocuments, "publish_time sideways"),
              HasSubstr("direction must be asc or desc"));
  EXPECT_THAT(ErrorOf(FilterResource::kFigures, "value, publish_time"),
              HasSubstr("one field"));
  EXPECT_THAT(ErrorOf(FilterResource::kFigures, "value desc now"),
              HasSubstr("expected \"field [asc|desc]\""));
}

}  // namespace
}  // namespace factwire
