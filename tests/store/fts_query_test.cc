#include "store/fts_query.h"

#include "gtest/gtest.h"

namespace factwire {
namespace store_internal {
namespace {

TEST(FtsMatchAll, QuotesEveryWord) {
  EXPECT_EQ(FtsMatchAll("overdose deaths").value(),
            "\"overdose\" AND \"deaths\"");
}

TEST(FtsMatchAll, NeutralisesFtsSyntax) {
  EXPECT_EQ(FtsMatchAll("a OR NEAR(b) \"c").value(),
            "\"a\" AND \"OR\" AND \"NEAR(b)\" AND \"c\"");
}

TEST(FtsMatchAll, KeepsTrailingStarAsPrefix) {
  EXPECT_EQ(FtsMatchAll("fent*").value(), "\"fent\"*");
}

TEST(FtsMatchAll, DropsWordsWithoutLettersOrDigits) {
  EXPECT_EQ(FtsMatchAll("-- deaths !!").value(), "\"deaths\"");
  EXPECT_EQ(FtsMatchAll("-- * \"\"").status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(FtsMatchAll("").status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(FtsMatchAll, SplitsWordListEntries) {
  EXPECT_EQ(
      FtsMatchAll(std::vector<std::string>{"overdose deaths", "US"}).value(),
      "\"overdose\" AND \"deaths\" AND \"US\"");
}

TEST(FtsMatchAll, KeepsNonAsciiWords) {
  EXPECT_EQ(FtsMatchAll("café").value(), "\"café\"");
  EXPECT_EQ(FtsMatchAll("“Vigil”").value(), "\"“Vigil”\"");
  EXPECT_EQ(FtsMatchAll("Москва").value(), "\"Москва\"");
}

TEST(FtsMatchAll, DropsNonAsciiPunctuation) {
  EXPECT_EQ(FtsMatchAll("— « » … € 😀 deaths").value(), "\"deaths\"");
  EXPECT_EQ(FtsMatchAll("— …").status().code(),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace store_internal
}  // namespace factwire
