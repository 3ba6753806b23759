#include "query-service/answer/names.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace factwire {
namespace {

using ::testing::HasSubstr;

TEST(ParseName, ReturnsTheId) {
  EXPECT_EQ(*ParseName("name", "documents", "documents/abc"), "abc");
  EXPECT_EQ(*ParseName("name", "sources", "sources/mike-vigil"), "mike-vigil");
}

TEST(ParseName, RejectsOtherShapesNamingTheField) {
  for (absl::string_view bad :
       {"", "documents/", "documents", "sources/abc", "documents/a/b", "abc"}) {
    absl::StatusOr<std::string> id = ParseName("name", "documents", bad);
    ASSERT_FALSE(id.ok()) << bad;
    EXPECT_EQ(id.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_THAT(id.status().message(), HasSubstr("name must look like"));
  }
}

TEST(ParseNameOrId, TakesNameOrBareId) {
  EXPECT_EQ(*ParseNameOrId("source", "sources", "sources/rcmp"), "rcmp");
  EXPECT_EQ(*ParseNameOrId("source", "sources", "rcmp"), "rcmp");
  EXPECT_FALSE(ParseNameOrId("source", "sources", "").ok());
  EXPECT_FALSE(ParseNameOrId("source", "sources", "sources/").ok());
  EXPECT_FALSE(ParseNameOrId("source", "sources", "documents/x").ok());
}

}  // namespace
}  // namespace factwire
