// SearchClaims with a broad query ranks windows of the newest matches and its
// page tokens walk every match exactly once; ListFigures with a subject filter
// pages through every match in storage order.

#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "query-service/answer/answerer.h"
#include "tests/query-service/answer/answerer_fixture.h"

namespace factwire {
namespace {

constexpr int kClaims = 510;  // more than one rank window (500)

// The sentence of claim `n`: "cargo" once, or three times for the claims
// that should rank first in their window (n = 5 and n = 300).
std::string Sentence(int n) {
  std::string cargo = n == 5 || n == 300 ? "Cargo cargo cargo" : "Cargo";
  return absl::StrCat(cargo, " run ", n, " left the harbor");
}

// One document holding kClaims claims, and one with figures "bus trips"
// (COUNT), "bus fares" (CURRENCY) and "rail trips" (COUNT), five each.
std::vector<v1::Document> Fixtures() {
  v1::Document claims;
  claims.set_document_id("runs");
  claims.set_content_sha256(std::string(64, 'a'));
  std::string text;
  for (int n = 0; n < kClaims; ++n) absl::StrAppend(&text, Sentence(n), ". ");
  claims.set_text(text);
  for (int n = 0; n < kClaims; ++n) {
    v1::Claim* claim = claims.add_claims();
    claim->set_claim_id(absl::StrCat("c", n));
    claim->set_kind(v1::CLAIM_KIND_STATEMENT);
    claim->set_text(Sentence(n));
    size_t begin = text.find(Sentence(n) + ".");
    claim->mutable_span()->set_begin(static_cast<int>(begin));
    claim->mutable_span()->set_end(
        static_cast<int>(begin + Sentence(n).size()));
  }
  v1::Document figures;
  figures.set_document_id("trips");
  figures.set_content_sha256(std::string(64, 'b'));
  figures.set_text("Fifteen figures.");
  const char* subjects[] = {"bus trips", "bus fares", "rail trips"};
  for (int n = 0; n < 15; ++n) {
    v1::Figure* figure = figures.add_figures();
    figure->set_figure_id(absl::StrCat("f", n));
    figure->set_text("Fifteen");
    figure->set_value(n);
    figure->set_normalized_value(n);
    figure->set_dimension(n % 3 == 1 ? v1::DIMENSION_CURRENCY
                                     : v1::DIMENSION_COUNT);
    figure->set_qualifier(v1::QUALIFIER_EXACT);
    figure->set_subject(subjects[n % 3]);
  }
  return {claims, figures};
}

class RankedPagesTest : public StoredAnswererTest {
 protected:
  std::vector<v1::Document> Documents() const override { return Fixtures(); }
};

TEST_F(RankedPagesTest, BroadSearchWalksEveryMatchOnceByWindow) {
  v1::SearchClaimsRequest request;
  request.set_query("cargo harbor");
  request.set_page_size(120);
  std::vector<std::string> names;
  std::vector<int> sizes;
  for (int pages = 0; pages < 20; ++pages) {
    absl::StatusOr<v1::SearchClaimsResponse> response =
        answerer_->SearchClaims(request);
    ASSERT_TRUE(response.ok()) << response.status();
    sizes.push_back(response->claims_size());
    for (const v1::Claim& claim : response->claims()) {
      names.push_back(claim.name());
    }
    if (response->next_page_token().empty()) break;
    request.set_page_token(response->next_page_token());
  }
  ASSERT_EQ(names.size(), static_cast<size_t>(kClaims));
  EXPECT_EQ(std::set<std::string>(names.begin(), names.end()).size(),
            static_cast<size_t>(kClaims));
  // The newest 500 matches rank first (c300 leads them); the window ends
  // with a short page; the oldest 10 follow, c5 first.
  EXPECT_EQ(names[0], "documents/runs/claims/c300");
  EXPECT_EQ(names[500], "documents/runs/claims/c5");
  EXPECT_EQ(sizes, (std::vector<int>{120, 120, 120, 120, 20, 10}));
}

TEST_F(RankedPagesTest, SubjectFilterPagesEveryFigureOnceInOrder) {
  v1::ListFiguresRequest request;
  request.set_filter("subject:\"trips\" AND dimension = COUNT");
  request.set_page_size(3);
  std::vector<std::string> names;
  for (int pages = 0; pages < 20; ++pages) {
    absl::StatusOr<v1::ListFiguresResponse> response =
        answerer_->ListFigures(request);
    ASSERT_TRUE(response.ok()) << response.status();
    for (const v1::Figure& figure : response->figures()) {
      names.push_back(figure.name());
    }
    if (response->next_page_token().empty()) break;
    request.set_page_token(response->next_page_token());
  }
  std::vector<std::string> expected;
  for (int n = 0; n < 15; ++n) {
    if (n % 3 != 1)
      expected.push_back(absl::StrCat("documents/trips/figures/f", n));
  }
  EXPECT_EQ(names, expected);
}

}  // namespace
}  // namespace factwire
