#include "query-service/answer/filter.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace factwire {
namespace {

using ::testing::HasSubstr;

const std::vector<absl::string_view> kFields = {"source", "kind", "document"};

absl::StatusOr<std::vector<FilterTerm>> Parse(absl::string_view filter) {
  return ParseFilter(filter, kFields);
}

std::string ErrorOf(absl::string_view filter) {
  absl::StatusOr<std::vector<FilterTerm>> terms = Parse(filter);
  EXPECT_FALSE(terms.ok()) << filter;
  if (terms.ok()) return "";
  EXPECT_EQ(terms.status().code(), absl::StatusCode::kInvalidArgument);
  return std::string(terms.status().message());
}

TEST(ParseFilter, EmptyAndBlankHaveNoTerms) {
  EXPECT_TRUE(Parse("")->empty());
  EXPECT_TRUE(Parse("  \t ")->empty());
}

TEST(ParseFilter, OneQuotedComparison) {
  absl::StatusOr<std::vector<FilterTerm>> terms =
      Parse("source = \"sources/mike-vigil\"");
  ASSERT_TRUE(terms.ok()) << terms.status();
  ASSERT_EQ(terms->size(), 1u);
  EXPECT_EQ((*terms)[0].field, "source");
  EXPECT_EQ((*terms)[0].value, "sources/mike-vigil");
  EXPECT_EQ((*terms)[0].position, 0);
}

TEST(ParseFilter, TermsJoinedByAndWithBareValues) {
  absl::StatusOr<std::vector<FilterTerm>> terms =
      Parse("kind=DIRECT_QUOTE AND  document = documents/abc-1");
  ASSERT_TRUE(terms.ok()) << terms.status();
  ASSERT_EQ(terms->size(), 2u);
  EXPECT_EQ((*terms)[0].value, "DIRECT_QUOTE");
  EXPECT_EQ((*terms)[1].field, "document");
  EXPECT_EQ((*terms)[1].value, "documents/abc-1");
  EXPECT_EQ((*terms)[1].position, 23);
}

TEST(ParseFilter, QuotedValuesUnescape) {
  absl::StatusOr<std::vector<FilterTerm>> terms =
      Parse(R"(source = "a \"b\" \\ c AND d")");
  ASSERT_TRUE(terms.ok()) << terms.status();
  EXPECT_EQ((*terms)[0].value, R"(a "b" \ c AND d)");
}

TEST(ParseFilter, UnknownFieldNamesFieldAndPosition) {
  std::string error = ErrorOf("kind = \"X\" AND speaker = \"y\"");
  EXPECT_THAT(error, HasSubstr("filter"));
  EXPECT_THAT(error, HasSubstr("unknown field \"speaker\" at position 15"));
  EXPECT_THAT(error, HasSubstr("source, kind, document"));
}

TEST(ParseFilter, OtherOperatorsAreRejectedWithPosition) {
  EXPECT_THAT(ErrorOf("kind != \"X\""), HasSubstr("position 5"));
  std::string or_error = ErrorOf("kind = \"X\" OR kind = \"Y\"");
  EXPECT_THAT(or_error, HasSubstr("expected AND"));
  EXPECT_THAT(or_error, HasSubstr("at position 11, found \"OR\""));
  EXPECT_THAT(ErrorOf("NOT kind = \"X\""), HasSubstr("unknown field \"NOT\""));
  EXPECT_THAT(ErrorOf("kind > 3"), HasSubstr("position 5"));
}

TEST(ParseFilter, SyntaxErrorsGivePositions) {
  EXPECT_THAT(ErrorOf("kind = \"open"),
              HasSubstr("unterminated string at position 7"));
  EXPECT_THAT(ErrorOf("kind ="), HasSubstr("expected a value at position 6"));
  EXPECT_THAT(ErrorOf("kind = X AND"),
              HasSubstr("expected a field name at position 12"));
  EXPECT_THAT(ErrorOf("= X"), HasSubstr("expected a field name at position 0"));
}

TEST(ParseFilter, RepeatedFieldIsRejected) {
  EXPECT_THAT(ErrorOf("kind = A AND kind = B"),
              HasSubstr("\"kind\" repeated at position 13"));
}

}  // namespace
}  // namespace factwire
