#include "query-service/answer/paging.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace factwire {
namespace {

using ::testing::HasSubstr;

TEST(ReadPage, PageSizeDefaultsAndCaps) {
  EXPECT_EQ(ReadPage(0, "", 1)->limit, kDefaultPageSize);
  EXPECT_EQ(ReadPage(7, "", 1)->limit, 7);
  EXPECT_EQ(ReadPage(1000000, "", 1)->limit, kMaxPageSize);
  EXPECT_EQ(ReadPage(7, "", 1)->after, 0);
}

TEST(ReadPage, NegativePageSizeNamesPageSize) {
  absl::StatusOr<PageQuery> page = ReadPage(-1, "", 1);
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(page.status().message(), HasSubstr("page_size"));
}

TEST(ReadPageInto, SetsThePage) {
  PageQuery page;
  ASSERT_TRUE(ReadPageInto(7, "", 1, &page).ok());
  EXPECT_EQ(page.limit, 7);
  EXPECT_EQ(page.after, 0);
}

TEST(ReadPageInto, LeavesThePageOnError) {
  PageQuery page;
  page.limit = 3;
  page.after = 9;
  absl::Status status = ReadPageInto(-1, "", 1, &page);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(status.message(), HasSubstr("page_size"));
  EXPECT_EQ(page.limit, 3);
  EXPECT_EQ(page.after, 9);
}

TEST(PageToken, RoundTripsTheCursor) {
  uint64_t fingerprint = RequestFingerprint({"SearchClaims", "fentanyl", ""});
  std::string token = NextPageToken(123456789012345, fingerprint);
  ASSERT_FALSE(token.empty());
  absl::StatusOr<PageQuery> page = ReadPage(10, token, fingerprint);
  ASSERT_TRUE(page.ok()) << page.status();
  EXPECT_EQ(page->after, 123456789012345);
  EXPECT_EQ(page->limit, 10);
}

TEST(PageToken, CarriesTheSortKey) {
  uint64_t fingerprint = RequestFingerprint({"ListSources", "", "name"});
  std::string token = NextPageToken(42, "Mike Vigil", fingerprint);
  absl::StatusOr<PageQuery> page = ReadPage(10, token, fingerprint);
  ASSERT_TRUE(page.ok()) << page.status();
  EXPECT_EQ(page->after, 42);
  EXPECT_EQ(page->after_key, "Mike Vigil");
  EXPECT_EQ(NextPageToken(42, "", fingerprint), NextPageToken(42, fingerprint));
  EXPECT_EQ(
      ReadPage(10, NextPageToken(42, fingerprint), fingerprint)->after_key, "");
}

TEST(PageToken, EmptyWhenTheListIsDone) { EXPECT_EQ(NextPageToken(0, 1), ""); }

TEST(PageToken, BoundToTheRequest) {
  std::string token =
      NextPageToken(5, RequestFingerprint({"SearchClaims", "fentanyl", ""}));
  absl::StatusOr<PageQuery> page =
      ReadPage(10, token, RequestFingerprint({"SearchClaims", "cocaine", ""}));
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(page.status().message(), HasSubstr("page_token"));
}

TEST(PageToken, MalformedTokensNamePageToken) {
  uint64_t fingerprint = RequestFingerprint({"ListSources", ""});
  std::string good = NextPageToken(5, fingerprint);
  for (const std::string& bad :
       {std::string("not a token!"), std::string("AAAA"), good.substr(1),
        good + "A", NextPageToken(-5, fingerprint)}) {
    absl::StatusOr<PageQuery> page = ReadPage(10, bad, fingerprint);
    ASSERT_FALSE(page.ok()) << bad;
    EXPECT_EQ(page.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_THAT(page.status().message(), HasSubstr("page_token"));
  }
}

TEST(RequestFingerprint, SeparatesParts) {
  EXPECT_NE(RequestFingerprint({"ab", "c"}), RequestFingerprint({"a", "bc"}));
  EXPECT_EQ(RequestFingerprint({"a", "b"}), RequestFingerprint({"a", "b"}));
}

}  // namespace
}  // namespace factwire
