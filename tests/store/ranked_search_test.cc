// Relevance-ranked claim search in windows of the newest matches, and figure
// lists driven by the subject's full-text index: every match exactly once
// across pages, the ranking inside a window, stable pages under new writes,
// filters.

#include <algorithm>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "store/filter.h"
#include "store/store.h"
#include "tests/store/fixtures.h"

namespace factwire {
namespace {

using factwire::v1::Claim;
using factwire::v1::Document;
using factwire::v1::Figure;
using testing_store::AddClaim;
using testing_store::AddFigure;
using testing_store::Cmp;
using testing_store::FilledStoreTest;
using testing_store::MakeDocument;
using Strings = std::vector<std::string>;

// A document "d<n>" with one claim "c" saying "cargo" `strength` times among
// filler words (more repeats rank higher), of `kind`.
Document CargoDocument(
    int n, int strength,
    factwire::v1::ClaimKind kind = factwire::v1::CLAIM_KIND_STATEMENT) {
  std::string words = "Smugglers";
  for (int i = 0; i < strength; ++i) absl::StrAppend(&words, " cargo");
  absl::StrAppend(&words, " moved past the quiet harbor");
  // Distinct texts: the store keeps one copy of identical content.
  Document document = MakeDocument(absl::StrCat("d", n),
                                   absl::StrCat(words, ". Batch ", n, "."));
  AddClaim(&document, "c", kind, words, "", "");
  return document;
}

// Strengths of documents d0..d11: the oldest match strongest.
constexpr int kStrengths[] = {5, 4, 4, 3, 1, 2, 1, 3, 2, 1, 1, 2};

class RankedSearchTest : public FilledStoreTest {
 protected:
  std::vector<Document> Documents() const override {
    std::vector<Document> documents;
    int n = 0;
    for (int strength : kStrengths) {
      documents.push_back(
          CargoDocument(n, strength,
                        n % 3 == 0 ? factwire::v1::CLAIM_KIND_DIRECT_QUOTE
                                   : factwire::v1::CLAIM_KIND_STATEMENT));
      ++n;
    }
    return documents;
  }

  // Every page of `query` in order, as pages of document ids.
  std::vector<Strings> Walk(ClaimQuery query) {
    std::vector<Strings> pages;
    for (int i = 0; i < 50; ++i) {
      absl::StatusOr<Page<Claim>> page = store_->SearchClaims(query);
      EXPECT_TRUE(page.ok()) << page.status();
      if (!page.ok()) break;
      EXPECT_LE(page->items.size(), static_cast<size_t>(query.page.limit));
      Strings ids;
      for (const Claim& claim : page->items) ids.push_back(DocumentOf(claim));
      pages.push_back(ids);
      if (page->next_after == 0) break;
      query.page.after = page->next_after;
      query.page.after_key = page->next_after_key;
    }
    return pages;
  }

  static std::string DocumentOf(const Claim& claim) {
    return claim.document().substr(std::string("documents/").size());
  }

  static Strings Flatten(const std::vector<Strings>& pages) {
    Strings all;
    for (const Strings& page : pages)
      all.insert(all.end(), page.begin(), page.end());
    return all;
  }
};

// The expected order of documents `ids` ranked by strength, ties oldest first.
Strings ByStrength(const std::vector<int>& ids) {
  std::vector<std::pair<int, int>> ranked;
  for (int id : ids) ranked.push_back({-kStrengths[id], id});
  std::sort(ranked.begin(), ranked.end());
  Strings out;
  for (const auto& [strength, id] : ranked)
    out.push_back(absl::StrCat("d", id));
  return out;
}

TEST_F(RankedSearchTest, OneWindowRanksEveryMatch) {
  ClaimQuery query;
  query.text = "cargo";
  query.page.limit = 5;
  std::vector<Strings> pages = Walk(query);
  EXPECT_EQ(Flatten(pages), ByStrength({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}));
  EXPECT_EQ(pages.size(), 3u);
}

TEST_F(RankedSearchTest, SmallWindowsRankTheNewestMatchesFirst) {
  ClaimQuery query;
  query.text = "cargo";
  query.rank_window = 4;
  query.page.limit = 3;
  std::vector<Strings> pages = Walk(query);
  // Windows: d11..d8, d7..d4, d3..d0, each ranked; a page ends at a window's
  // end, so each window takes two pages (3 + 1).
  Strings expected = ByStrength({8, 9, 10, 11});
  for (const Strings& window :
       {ByStrength({4, 5, 6, 7}), ByStrength({0, 1, 2, 3})}) {
    expected.insert(expected.end(), window.begin(), window.end());
  }
  EXPECT_EQ(Flatten(pages), expected);
  ASSERT_EQ(pages.size(), 6u);
  EXPECT_EQ(pages[1].size(), 1u);
}

TEST_F(RankedSearchTest, EveryMatchOnceForEveryWindowAndPageSize) {
  for (int window : {1, 2, 3, 5, 12, 13, 500}) {
    for (int limit : {1, 2, 4, 7, 50}) {
      ClaimQuery query;
      query.text = "harbor cargo";
      query.rank_window = window;
      query.page.limit = limit;
      Strings all = Flatten(Walk(query));
      EXPECT_EQ(all.size(), 12u) << window << " " << limit;
      EXPECT_EQ(std::set<std::string>(all.begin(), all.end()).size(), 12u)
          << window << " " << limit;
    }
  }
}

TEST_F(RankedSearchTest, FiltersApplyBeforeTheWindow) {
  ClaimQuery query;
  query.text = "cargo";
  query.kind = factwire::v1::CLAIM_KIND_DIRECT_QUOTE;  // d0, d3, d6, d9
  query.rank_window = 2;
  query.page.limit = 5;
  std::vector<Strings> pages = Walk(query);
  Strings expected = ByStrength({6, 9});
  for (const std::string& id : ByStrength({0, 3})) expected.push_back(id);
  EXPECT_EQ(Flatten(pages), expected);
}

TEST_F(RankedSearchTest, PagesKeepTheirWindowWhenClaimsAreAdded) {
  ClaimQuery query;
  query.text = "cargo";
  query.rank_window = 5;
  query.page.limit = 2;
  absl::StatusOr<Page<Claim>> first = store_->SearchClaims(query);
  ASSERT_TRUE(first.ok()) << first.status();
  ASSERT_NE(first->next_after, 0);
  Strings seen;
  for (const Claim& claim : first->items) seen.push_back(DocumentOf(claim));
  // A strong new match is newer than the window the first page ranked.
  ASSERT_TRUE(store_->Put(CargoDocument(12, 9)).ok());
  query.page.after = first->next_after;
  query.page.after_key = first->next_after_key;
  for (const Strings& page : Walk(query)) {
    seen.insert(seen.end(), page.begin(), page.end());
  }
  EXPECT_EQ(seen.size(), 12u);
  EXPECT_EQ(std::set<std::string>(seen.begin(), seen.end()).size(), 12u);
  EXPECT_EQ(std::count(seen.begin(), seen.end(), "d12"), 0);
}

TEST_F(RankedSearchTest, RanksAReplacedClaimByItsNewLength) {
  ClaimQuery query;
  query.text = "cargo";
  query.page.limit = 50;
  // Ranks every claim, so the connection keeps every claim's length.
  ASSERT_EQ(Flatten(Walk(query)).size(), 12u);
  // d11 (the newest: its claim's row id is reused) again, its claim now long
  // enough to rank last.
  std::string words = "Smugglers cargo cargo";
  for (int i = 0; i < 60; ++i) absl::StrAppend(&words, " quietly");
  Document replaced = MakeDocument("d11", absl::StrCat(words, ". Revised."));
  AddClaim(&replaced, "c", factwire::v1::CLAIM_KIND_STATEMENT, words, "", "");
  ASSERT_TRUE(store_->Put(replaced).ok());
  Strings expected = ByStrength({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
  expected.push_back("d11");
  EXPECT_EQ(Flatten(Walk(query)), expected);
}

TEST_F(RankedSearchTest, NamesTheDocumentThatNowHoldsAReusedRow) {
  ClaimQuery query;
  query.text = "cargo";
  query.page.limit = 50;
  // Names every claim, so the connection keeps every document's id.
  ASSERT_EQ(Flatten(Walk(query)).size(), 12u);
  // d11 is the newest row: deleted, its row id goes to the next document.
  ASSERT_TRUE(store_->Delete("d11").ok());
  Document next = CargoDocument(11, kStrengths[11]);
  next.set_document_id("e11");
  ASSERT_TRUE(store_->Put(next).ok());
  Strings expected = ByStrength({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
  std::replace(expected.begin(), expected.end(), std::string("d11"),
               std::string("e11"));
  EXPECT_EQ(Flatten(Walk(query)), expected);
  absl::StatusOr<Page<Claim>> page = store_->SearchClaims(query);
  ASSERT_TRUE(page.ok()) << page.status();
  for (const Claim& claim : page->items) {
    EXPECT_EQ(claim.name(),
              absl::StrCat(claim.document(), "/claims/", claim.claim_id()));
  }
}

TEST_F(RankedSearchTest, NamesClaimsOfLongDocumentIdsOnEverySearch) {
  // Ids up to and past the longest a connection keeps inline (31 bytes).
  Strings ids;
  for (size_t length : {30, 31, 32, 45}) {
    ids.push_back(absl::StrCat("long", std::string(length - 4, 'x')));
    Document document = CargoDocument(20 + static_cast<int>(length), 6);
    document.set_document_id(ids.back());
    ASSERT_TRUE(store_->Put(document).ok());
  }
  ClaimQuery query;
  query.text = "cargo";
  query.page.limit = 4;
  // The first search reads the documents' ids, the second finds the kept ones.
  for (int search = 0; search < 2; ++search) {
    absl::StatusOr<Page<Claim>> page = store_->SearchClaims(query);
    ASSERT_TRUE(page.ok()) << page.status();
    Strings names;
    for (const Claim& claim : page->items) names.push_back(claim.name());
    std::sort(names.begin(), names.end());
    Strings expected;
    for (const std::string& id : ids) {
      expected.push_back(absl::StrCat("documents/", id, "/claims/c"));
    }
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(names, expected) << "search " << search;
  }
}

TEST_F(RankedSearchTest, LargePagesKeepTheRankedOrder) {
  // 100 matches in all, more than one statement reads (64 rows).
  std::vector<int> strengths(std::begin(kStrengths), std::end(kStrengths));
  for (int n = 12; n < 100; ++n) {
    strengths.push_back(1 + (n * 7) % 5);
    ASSERT_TRUE(store_->Put(CargoDocument(n, strengths.back())).ok());
  }
  std::vector<std::pair<int, int>> ranked;
  for (int n = 0; n < 100; ++n) ranked.push_back({-strengths[n], n});
  std::sort(ranked.begin(), ranked.end());
  Strings expected;
  for (const auto& [strength, n] : ranked) {
    expected.push_back(absl::StrCat("d", n));
  }
  for (int limit : {100, 70, 9}) {
    ClaimQuery query;
    query.text = "cargo";
    query.page.limit = limit;
    EXPECT_EQ(Flatten(Walk(query)), expected) << limit;
  }
  // Each claim's record is its own document's.
  ClaimQuery query;
  query.text = "cargo";
  query.page.limit = 100;
  absl::StatusOr<Page<Claim>> page = store_->SearchClaims(query);
  ASSERT_TRUE(page.ok()) << page.status();
  for (const Claim& claim : page->items) {
    int n = std::stoi(DocumentOf(claim).substr(1));
    EXPECT_EQ(claim.text(), CargoDocument(n, strengths[n]).claims(0).text())
        << claim.name();
  }
}

TEST_F(RankedSearchTest, FillsACallersFieldWithThePageInPlaceOfItsContents) {
  ClaimQuery ranked;
  ranked.text = "cargo";
  ranked.page.limit = 3;
  ClaimQuery all;
  all.page.limit = 4;
  ClaimQuery sorted = ranked;
  sorted.order_by.field = "checkworthiness";
  google::protobuf::RepeatedPtrField<Claim> claims;
  // A stale claim with fields the page's claims do not have.
  Claim* stale = claims.Add();
  stale->set_name("stale");
  stale->set_checkworthiness(0.5);
  for (const ClaimQuery& query : {ranked, all, sorted, ranked}) {
    absl::StatusOr<Page<Claim>> page = store_->SearchClaims(query);
    ASSERT_TRUE(page.ok()) << page.status();
    const Claim* first = claims.empty() ? nullptr : &claims.Get(0);
    absl::StatusOr<PageEnd> end = store_->SearchClaims(query, &claims);
    ASSERT_TRUE(end.ok()) << end.status();
    ASSERT_EQ(claims.size(), static_cast<int>(page->items.size()));
    for (int i = 0; i < claims.size(); ++i) {
      EXPECT_EQ(claims.Get(i).SerializeAsString(),
                page->items[static_cast<size_t>(i)].SerializeAsString());
    }
    EXPECT_EQ(end->next_after, page->next_after);
    EXPECT_EQ(end->next_after_key, page->next_after_key);
    // The field's first element is reused, not replaced.
    if (first != nullptr) {
      EXPECT_EQ(&claims.Get(0), first);
    }
  }
}

TEST_F(RankedSearchTest, RejectsATokenOfAnotherOrder) {
  ClaimQuery query;
  query.text = "cargo";
  query.page.after = 3;
  query.page.after_key = "";
  EXPECT_EQ(store_->SearchClaims(query).status().code(),
            absl::StatusCode::kInvalidArgument);
  query.page.after_key = "-1";
  EXPECT_EQ(store_->SearchClaims(query).status().code(),
            absl::StatusCode::kInvalidArgument);
  query.page.after_key = "0";
  query.rank_window = 0;
  EXPECT_EQ(store_->SearchClaims(query).status().code(),
            absl::StatusCode::kInvalidArgument);
}

FilterExpr Subject(const std::string& words) {
  return Cmp("subject", FilterOp::kHas, FilterValue::String(words));
}

FilterExpr Dimension(factwire::v1::Dimension dimension) {
  return Cmp("dimension", FilterOp::kEqual, FilterValue::Enum(dimension));
}

// Documents with figures whose subjects are "bus trips" (COUNT) or "bus fares"
// (CURRENCY) or "rail trips" (COUNT), interleaved.
class SubjectFigureTest : public FilledStoreTest {
 protected:
  std::vector<Document> Documents() const override {
    std::vector<Document> documents;
    for (int d = 0; d < 4; ++d) {
      Document document = MakeDocument(
          absl::StrCat("f", d),
          absl::StrCat("One two three four five six. Batch ", d, "."));
      const char* words[] = {"One", "two", "three", "four", "five", "six"};
      for (int i = 0; i < 6; ++i) {
        bool count = i % 3 != 1;
        AddFigure(&document, absl::StrCat("g", i), words[i], i,
                  count ? factwire::v1::DIMENSION_COUNT
                        : factwire::v1::DIMENSION_CURRENCY,
                  count ? "" : "USD",
                  i % 3 == 0   ? "bus trips"
                  : i % 3 == 1 ? "bus fares"
                               : "rail trips");
      }
      documents.push_back(document);
    }
    return documents;
  }

  // Every page of `query`, names in order.
  Strings Walk(FigureQuery query) {
    Strings names;
    for (int i = 0; i < 50; ++i) {
      absl::StatusOr<Page<Figure>> page = store_->ListFigures(query);
      EXPECT_TRUE(page.ok()) << page.status();
      if (!page.ok()) break;
      EXPECT_LE(page->items.size(), static_cast<size_t>(query.page.limit));
      for (const Figure& figure : page->items) names.push_back(figure.name());
      if (page->next_after == 0) break;
      query.page.after = page->next_after;
    }
    return names;
  }

  // The names of every figure in storage order that `keep(document, index)`.
  template <typename Keep>
  static Strings Expected(Keep keep) {
    Strings names;
    for (int d = 0; d < 4; ++d) {
      for (int i = 0; i < 6; ++i) {
        if (keep(i))
          names.push_back(absl::StrCat("documents/f", d, "/figures/g", i));
      }
    }
    return names;
  }
};

TEST_F(SubjectFigureTest, SubjectFilterPagesInStorageOrder) {
  FigureQuery query;
  query.filter = std::make_shared<const FilterExpr>(FilterExpr::Join(
      FilterExpr::Kind::kAnd,
      {Dimension(factwire::v1::DIMENSION_COUNT), Subject("trips")}));
  for (int limit : {1, 3, 5, 50}) {
    query.page.limit = limit;
    EXPECT_EQ(Walk(query), Expected([](int i) { return i % 3 != 1; })) << limit;
  }
  query.filter = std::make_shared<const FilterExpr>(Subject("bus"));
  query.page.limit = 4;
  EXPECT_EQ(Walk(query), Expected([](int i) { return i % 3 != 2; }));
}

TEST_F(SubjectFigureTest, SubjectWithADocumentOrPlacePagesTheSameWay) {
  FigureQuery query;
  query.filter = std::make_shared<const FilterExpr>(FilterExpr::Join(
      FilterExpr::Kind::kAnd,
      {Subject("trips"),
       Cmp("document", FilterOp::kEqual, FilterValue::String("f2"))}));
  query.page.limit = 1;
  Strings in_f2;
  for (const std::string& name : Expected([](int i) { return i % 3 != 1; })) {
    if (name.rfind("documents/f2/", 0) == 0) in_f2.push_back(name);
  }
  EXPECT_EQ(Walk(query), in_f2);
  query.filter = std::make_shared<const FilterExpr>(Subject("trips"));
  query.document_id = "f2";
  EXPECT_EQ(Walk(query), in_f2);
  query.document_id.clear();
  query.place = "nowhere";
  EXPECT_EQ(Walk(query), Strings());
}

TEST_F(SubjectFigureTest, SubjectWordsAndFilterMustBothMatch) {
  FigureQuery query;
  query.subject_words = {"bus"};
  query.filter = std::make_shared<const FilterExpr>(Subject("trips"));
  query.page.limit = 3;
  EXPECT_EQ(Walk(query), Expected([](int i) { return i % 3 == 0; }));
  query.subject_words = {"rail"};
  query.filter = std::make_shared<const FilterExpr>(Subject("fares"));
  EXPECT_EQ(Walk(query), Strings());
}

TEST_F(SubjectFigureTest, SubjectUnderOrOrNotStillFilters) {
  FigureQuery query;
  query.page.limit = 5;
  query.filter = std::make_shared<const FilterExpr>(FilterExpr::Join(
      FilterExpr::Kind::kOr,
      {Subject("rail"), Dimension(factwire::v1::DIMENSION_CURRENCY)}));
  EXPECT_EQ(Walk(query), Expected([](int i) { return i % 3 != 0; }));
  query.filter =
      std::make_shared<const FilterExpr>(FilterExpr::Not(Subject("bus")));
  EXPECT_EQ(Walk(query), Expected([](int i) { return i % 3 == 2; }));
}

TEST_F(SubjectFigureTest, SubjectWithoutAWordIsStillInvalid) {
  FigureQuery query;
  query.filter = std::make_shared<const FilterExpr>(FilterExpr::Join(
      FilterExpr::Kind::kAnd,
      {Subject("--"), Dimension(factwire::v1::DIMENSION_COUNT)}));
  absl::StatusOr<Page<Figure>> page = store_->ListFigures(query);
  EXPECT_EQ(page.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(page.status().message().find("filter:"), std::string::npos)
      << page.status();
}

TEST_F(SubjectFigureTest, SortedListsStillFilterBySubject) {
  FigureQuery query;
  query.filter = std::make_shared<const FilterExpr>(Subject("fares"));
  query.order_by.field = "value";
  query.order_by.descending = true;
  absl::StatusOr<Page<Figure>> page = store_->ListFigures(query);
  ASSERT_TRUE(page.ok()) << page.status();
  ASSERT_EQ(page->items.size(), 8u);
  for (const Figure& figure : page->items) {
    EXPECT_EQ(figure.subject(), "bus fares");
  }
  EXPECT_GE(page->items.front().value(), page->items.back().value());
}

}  // namespace
}  // namespace factwire
