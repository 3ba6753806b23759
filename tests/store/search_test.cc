// Claim search (ranking, filters, FTS syntax safety, pagination), figure and
// document lists, single claims and figures.

#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "store/store.h"
#include "tests/store/fixtures.h"

namespace factwire {
namespace {

using factwire::v1::Claim;
using factwire::v1::Document;
using factwire::v1::Figure;
using testing_store::AddClaim;
using testing_store::AddFigure;
using testing_store::CartelArticle;
using testing_store::FilledStoreTest;
using testing_store::MakeDocument;
using testing_store::Options;
using testing_store::SeizureArticle;

class SearchTest : public FilledStoreTest {
 protected:
  std::vector<Document> Documents() const override {
    return {SeizureArticle(), CartelArticle()};
  }

  // Claim names for `query`, in result order; fails the test on error.
  std::vector<std::string> Names(const ClaimQuery& query) {
    absl::StatusOr<Page<Claim>> page = store_->SearchClaims(query);
    EXPECT_TRUE(page.ok()) << page.status();
    std::vector<std::string> names;
    if (!page.ok()) return names;
    for (const Claim& claim : page->items) names.push_back(claim.name());
    return names;
  }

  std::vector<std::string> Names(const std::string& text) {
    ClaimQuery query;
    query.text = text;
    return Names(query);
  }

  std::vector<std::string> FigureNames(const FigureQuery& query) {
    absl::StatusOr<Page<Figure>> page = store_->ListFigures(query);
    EXPECT_TRUE(page.ok()) << page.status();
    std::vector<std::string> names;
    if (!page.ok()) return names;
    for (const Figure& figure : page->items) names.push_back(figure.name());
    return names;
  }
};

using Strings = std::vector<std::string>;

TEST_F(SearchTest, FindsClaimTextWithNameAndDocument) {
  ClaimQuery query;
  query.text = "largest seizure";
  absl::StatusOr<Page<Claim>> page = store_->SearchClaims(query);
  ASSERT_TRUE(page.ok()) << page.status();
  ASSERT_EQ(page->items.size(), 1u);
  EXPECT_EQ(page->items[0].name(), "documents/seizure/claims/c1");
  EXPECT_EQ(page->items[0].document(), "documents/seizure");
  EXPECT_EQ(page->items[0].speaker(), "Cpl. Arash Seyed");
  EXPECT_EQ(page->next_after, 0);
}

TEST_F(SearchTest, RanksTheClaimThatSaysItFirst) {
  Document document =
      MakeDocument("ranking",
                   "Heroin heroin heroin shipments rose. Officials said a long "
                   "statement mentions "
                   "heroin once among many other words about ports trucks and "
                   "ferries. Heroin "
                   "aside, the port was quiet, officials said.");
  AddClaim(&document, "r3", factwire::v1::CLAIM_KIND_STATEMENT,
           "the port was quiet", "", "");
  AddClaim(&document, "r2", factwire::v1::CLAIM_KIND_STATEMENT,
           "a long statement mentions heroin once among many other words about "
           "ports "
           "trucks and ferries",
           "", "");
  AddClaim(&document, "r1", factwire::v1::CLAIM_KIND_STATEMENT,
           "Heroin heroin heroin shipments rose", "", "");
  ASSERT_TRUE(store_->Put(document).ok());
  // Many hits in a short claim first; a hit only in the sentence around the
  // claim last.
  EXPECT_EQ(Names("heroin"), Strings({"documents/ranking/claims/r1",
                                      "documents/ranking/claims/r2",
                                      "documents/ranking/claims/r3"}));
  EXPECT_EQ(Names("precursor"), Strings({"documents/cartel/claims/c1"}));
}

TEST_F(SearchTest, MatchesSpeakerStemsAndIgnoresCase) {
  Strings by_speaker = Names("michael");
  EXPECT_EQ(by_speaker, Strings({"documents/cartel/claims/c2"}));
  // "death" matches "deaths" (porter), upper case matches lower.
  EXPECT_EQ(Names("DEATH rising"), Strings({"documents/seizure/claims/c2"}));
  EXPECT_EQ(Names("overdos*").size(), 2u);  // "overdose", "overdoses".
  // Words only in the sentence around a claim still find it.
  EXPECT_EQ(Names("retired"), Strings({"documents/cartel/claims/c2"}));
}

TEST_F(SearchTest, EveryWordMustMatch) {
  EXPECT_EQ(Names("precursor seizure").size(), 0u);
}

TEST_F(SearchTest, FtsSyntaxInUserTextIsMatchedLiterally) {
  for (const char* text :
       {"seizure OR", "\"largest", "NEAR(largest", "text:largest", "-largest",
        "largest AND (history", "^largest", "largest*)",
        "{text speaker}: largest", "largest + seizure"}) {
    ClaimQuery query;
    query.text = text;
    absl::StatusOr<Page<Claim>> page = store_->SearchClaims(query);
    EXPECT_TRUE(page.ok()) << text << ": " << page.status();
  }
  EXPECT_EQ(Names("\"largest\" \"history\""),
            Strings({"documents/seizure/claims/c1"}));
  EXPECT_EQ(Names("— “largest” …"), Strings({"documents/seizure/claims/c1"}));
}

TEST_F(SearchTest, TextWithoutAWordIsInvalid) {
  ClaimQuery query;
  query.text = "!!! \" -- *";
  EXPECT_EQ(store_->SearchClaims(query).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST_F(SearchTest, FiltersBySourceKindAndDocument) {
  ClaimQuery query;
  query.source_id = "mike-vigil";
  EXPECT_EQ(Names(query), Strings({"documents/seizure/claims/c2",
                                   "documents/cartel/claims/c1",
                                   "documents/cartel/claims/c2"}));
  query.kind = factwire::v1::CLAIM_KIND_DIRECT_QUOTE;
  EXPECT_EQ(Names(query), Strings({"documents/cartel/claims/c2"}));
  query.kind = factwire::v1::CLAIM_KIND_UNSPECIFIED;
  query.document_id = "seizure";
  EXPECT_EQ(Names(query), Strings({"documents/seizure/claims/c2"}));
  query.text = "rising";
  EXPECT_EQ(Names(query), Strings({"documents/seizure/claims/c2"}));
  query.document_id = "cartel";
  EXPECT_EQ(Names(query), Strings());
}

TEST_F(SearchTest, EmptyTextListsEveryClaimOldestFirst) {
  EXPECT_EQ(
      Names(""),
      Strings({"documents/seizure/claims/c1", "documents/seizure/claims/c2",
               "documents/seizure/claims/c3", "documents/cartel/claims/c1",
               "documents/cartel/claims/c2"}));
  EXPECT_EQ(Names("  ").size(), 5u);
}

TEST_F(SearchTest, RejectsBadPages) {
  ClaimQuery query;
  query.page.limit = 0;
  EXPECT_EQ(store_->SearchClaims(query).status().code(),
            absl::StatusCode::kInvalidArgument);
  query.page = PageQuery{-1, 10};
  EXPECT_EQ(store_->SearchClaims(query).status().code(),
            absl::StatusCode::kInvalidArgument);
}

// Walks every page of `query` and returns the names seen.
std::vector<std::string> WalkClaims(Store& store, ClaimQuery query) {
  std::vector<std::string> names;
  for (int pages = 0; pages < 100; ++pages) {
    absl::StatusOr<Page<Claim>> page = store.SearchClaims(query);
    EXPECT_TRUE(page.ok()) << page.status();
    if (!page.ok()) break;
    EXPECT_LE(page->items.size(), static_cast<size_t>(query.page.limit));
    for (const Claim& claim : page->items) names.push_back(claim.name());
    if (page->next_after == 0) break;
    query.page.after = page->next_after;
    query.page.after_key = page->next_after_key;
  }
  return names;
}

class PaginationTest : public SearchTest {
 protected:
  void SetUp() override {
    SearchTest::SetUp();
    for (int d = 0; d < 3; ++d) {
      Document document = MakeDocument(
          absl::StrCat("bulk", d),
          absl::StrCat(
              "Smugglers moved cargo alpha. Smugglers moved cargo beta. "
              "Smugglers moved cargo gamma. Smugglers moved cargo delta. "
              "Smugglers moved cargo omega. Batch ",
              d, "."));
      for (const char* word : {"alpha", "beta", "gamma", "delta", "omega"}) {
        AddClaim(&document, absl::StrCat("c-", word),
                 factwire::v1::CLAIM_KIND_STATEMENT,
                 absl::StrCat("Smugglers moved cargo ", word), "", "");
      }
      ASSERT_TRUE(store_->Put(document).ok());
    }
  }
};

TEST_F(PaginationTest, PlainListWalksEveryClaimOnce) {
  ClaimQuery query;
  query.page.limit = 4;
  std::vector<std::string> names = WalkClaims(*store_, query);
  EXPECT_EQ(names.size(), 20u);
  EXPECT_EQ(std::set<std::string>(names.begin(), names.end()).size(), 20u);
}

TEST_F(PaginationTest, RankedSearchWalksEveryHitOnce) {
  ClaimQuery query;
  query.text = "smugglers cargo";
  query.page.limit = 4;
  std::vector<std::string> names = WalkClaims(*store_, query);
  EXPECT_EQ(names.size(), 15u);
  EXPECT_EQ(std::set<std::string>(names.begin(), names.end()).size(), 15u);
}

TEST_F(PaginationTest, ExactPageEndsWithZero) {
  ClaimQuery query;
  query.document_id = "bulk0";
  query.page.limit = 5;
  absl::StatusOr<Page<Claim>> page = store_->SearchClaims(query);
  ASSERT_TRUE(page.ok()) << page.status();
  EXPECT_EQ(page->items.size(), 5u);
  EXPECT_EQ(page->next_after, 0);
}

TEST_F(PaginationTest, DocumentsNewestFirstAcrossPages) {
  std::vector<std::string> ids;
  PageQuery page{0, 2};
  for (int pages = 0; pages < 10; ++pages) {
    absl::StatusOr<Page<Document>> result = store_->ListDocuments(page);
    ASSERT_TRUE(result.ok()) << result.status();
    for (const Document& document : result->items) {
      ids.push_back(document.document_id());
      EXPECT_TRUE(document.text().empty());
      EXPECT_EQ(document.claims_size(), 0);
    }
    if (result->next_after == 0) break;
    page.after = result->next_after;
  }
  EXPECT_EQ(ids, Strings({"bulk2", "bulk1", "bulk0", "cartel", "seizure"}));
}

TEST_F(SearchTest, FiguresFilterBySubjectDimensionUnitAndDocument) {
  FigureQuery query;
  EXPECT_EQ(FigureNames(query), Strings({"documents/seizure/figures/f1",
                                         "documents/seizure/figures/f2"}));
  query.subject_words = {"OVERDOSE", "death"};
  EXPECT_EQ(FigureNames(query), Strings({"documents/seizure/figures/f2"}));
  query.subject_words = {"overdose fentanyl"};
  EXPECT_EQ(FigureNames(query), Strings());
  query.subject_words.clear();
  query.dimension = factwire::v1::DIMENSION_MASS;
  EXPECT_EQ(FigureNames(query), Strings({"documents/seizure/figures/f1"}));
  query.dimension = factwire::v1::DIMENSION_UNSPECIFIED;
  query.unit = "KG";
  EXPECT_EQ(FigureNames(query), Strings({"documents/seizure/figures/f1"}));
  query.unit.clear();
  query.document_id = "cartel";
  EXPECT_EQ(FigureNames(query), Strings());
  query.document_id.clear();
  query.subject_words = {"--"};
  EXPECT_EQ(store_->ListFigures(query).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST_F(SearchTest, FiguresFilterByPlaceQualifierAndValue) {
  FigureQuery query;
  query.place = "united states";
  EXPECT_EQ(FigureNames(query), Strings({"documents/seizure/figures/f2"}));
  query.place.clear();
  query.qualifier = factwire::v1::QUALIFIER_EXACT;
  EXPECT_EQ(FigureNames(query), Strings({"documents/seizure/figures/f1"}));
  query.qualifier = factwire::v1::QUALIFIER_UNSPECIFIED;
  query.min_normalized_value = 20;
  EXPECT_EQ(FigureNames(query), Strings({"documents/seizure/figures/f1",
                                         "documents/seizure/figures/f2"}));
  query.max_normalized_value = 19.5;
  EXPECT_EQ(FigureNames(query), Strings());
  query.min_normalized_value = 1000;
  query.max_normalized_value = 100000;
  EXPECT_EQ(FigureNames(query), Strings({"documents/seizure/figures/f2"}));
}

TEST_F(SearchTest, FiguresPage) {
  Document more = MakeDocument("more", "One, two, three, four, five.");
  for (const char* word : {"One", "two", "three", "four", "five"}) {
    AddFigure(&more, word, word, 1, factwire::v1::DIMENSION_COUNT, "",
              "things");
  }
  ASSERT_TRUE(store_->Put(more).ok());
  FigureQuery query;
  query.page.limit = 3;
  std::vector<std::string> names;
  for (int pages = 0; pages < 10; ++pages) {
    absl::StatusOr<Page<Figure>> page = store_->ListFigures(query);
    ASSERT_TRUE(page.ok()) << page.status();
    for (const Figure& figure : page->items) names.push_back(figure.name());
    if (page->next_after == 0) break;
    query.page.after = page->next_after;
  }
  EXPECT_EQ(names.size(), 7u);
  EXPECT_EQ(names.back(), "documents/more/figures/five");
}

TEST_F(SearchTest, GetsOneClaimOrFigure) {
  absl::StatusOr<Claim> claim = store_->GetClaim("cartel", "c2");
  ASSERT_TRUE(claim.ok()) << claim.status();
  EXPECT_EQ(claim->name(), "documents/cartel/claims/c2");
  EXPECT_EQ(claim->text(), "They adapt faster than any agency");
  absl::StatusOr<Figure> figure = store_->GetFigure("seizure", "f1");
  ASSERT_TRUE(figure.ok()) << figure.status();
  EXPECT_EQ(figure->document(), "documents/seizure");
  EXPECT_EQ(figure->value(), 20);
  EXPECT_EQ(store_->GetClaim("cartel", "c9").status().code(),
            absl::StatusCode::kNotFound);
  EXPECT_EQ(store_->GetFigure("nope", "f1").status().code(),
            absl::StatusCode::kNotFound);
  EXPECT_EQ(store_->GetDocument("nope", true).status().code(),
            absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace factwire

namespace factwire {
namespace {

class DocumentSearchTest : public SearchTest {
 protected:
  void SetUp() override {
    SearchTest::SetUp();
    Document old =
        MakeDocument("old", "Customs found heroin in a ferry, officials said.");
    old.mutable_publish_time()->set_seconds(1600000000);
    old.set_section("Local");
    AddClaim(&old, "c1", factwire::v1::CLAIM_KIND_ATTRIBUTED,
             "Customs found heroin in a ferry", "officials", "");
    ASSERT_TRUE(store_->Put(old).ok());
    Document undated =
        MakeDocument("undated", "Nothing to report about heroin.");
    undated.clear_publish_time();
    AddClaim(&undated, "c1", factwire::v1::CLAIM_KIND_STATEMENT,
             "Nothing to report", "", "");
    ASSERT_TRUE(store_->Put(undated).ok());
  }

  Strings Ids(const DocumentQuery& query) {
    absl::StatusOr<Page<Document>> page = store_->SearchDocuments(query);
    EXPECT_TRUE(page.ok()) << page.status();
    Strings ids;
    if (!page.ok()) return ids;
    for (const Document& document : page->items)
      ids.push_back(document.document_id());
    return ids;
  }
};

TEST_F(DocumentSearchTest, FiltersByTextInHeadlineOrBody) {
  DocumentQuery query;
  query.text = "surrey";
  EXPECT_EQ(Ids(query), Strings({"seizure"}));
  query.text = "headline cartel";
  EXPECT_EQ(Ids(query), Strings({"cartel"}));
  query.text = "heroin";
  EXPECT_EQ(Ids(query), Strings({"undated", "old"}));
  query.text = "?!";
  EXPECT_EQ(store_->SearchDocuments(query).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST_F(DocumentSearchTest, FiltersBySectionAndSource) {
  DocumentQuery query;
  query.section = "local";
  EXPECT_EQ(Ids(query), Strings({"old"}));
  query.section.clear();
  query.source_id = "mike-vigil";
  EXPECT_EQ(Ids(query), Strings({"cartel", "seizure"}));
  query.source_id = "rcmp";
  EXPECT_EQ(Ids(query), Strings({"seizure"}));
}

TEST_F(DocumentSearchTest, FiltersByPublishTime) {
  DocumentQuery query;
  query.published_after = absl::FromUnixSeconds(1700000000);
  EXPECT_EQ(Ids(query), Strings({"cartel", "seizure"}));
  query.published_after = absl::InfinitePast();
  query.published_before = absl::FromUnixSeconds(1700000000);
  EXPECT_EQ(Ids(query), Strings({"old"}));
  query.published_before = absl::FromUnixSeconds(1600000000);  // Exclusive.
  EXPECT_EQ(Ids(query), Strings());
  EXPECT_EQ(Ids(DocumentQuery()).size(), 4u);
}

TEST_F(DocumentSearchTest, ClaimsFilterByPublishTime) {
  ClaimQuery query;
  query.published_before = absl::FromUnixSeconds(1700000000);
  EXPECT_EQ(Names(query), Strings({"documents/old/claims/c1"}));
  query.text = "heroin";
  EXPECT_EQ(Names(query), Strings({"documents/old/claims/c1"}));
  query.published_before = absl::InfiniteFuture();
  query.published_after = absl::FromUnixSeconds(1700000000);
  EXPECT_EQ(Names(query), Strings());
}

}  // namespace
}  // namespace factwire
