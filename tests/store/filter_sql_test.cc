// Filter trees compiled to SQL (bound values only, checked fields and types)
// and filtered lists on a temp-file store.

#include "store/filter_sql.h"

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/time.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "store/filter.h"
#include "store/store.h"
#include "tests/store/fixtures.h"

namespace factwire {
namespace {

using factwire::v1::Document;
using store_internal::CompileFilter;
using store_internal::SqlFilter;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;
using testing_store::AddClaim;
using testing_store::AddFigure;
using testing_store::AddSource;
using testing_store::Cmp;
using testing_store::MakeDocument;
using testing_store::Options;
using testing_store::RawExec;
using testing_store::TempDir;
using Kind = FilterExpr::Kind;

FilterExpr Eq(const std::string& field, const std::string& text) {
  return Cmp(field, FilterOp::kEqual, FilterValue::String(text));
}

FilterExpr EqEnum(const std::string& field, int64_t number) {
  return Cmp(field, FilterOp::kEqual, FilterValue::Enum(number));
}

FilterExpr Num(const std::string& field, FilterOp op, double number) {
  return Cmp(field, op, FilterValue::Number(number));
}

FilterExpr Time(const std::string& field, FilterOp op, const char* rfc3339) {
  absl::Time time;
  std::string error;
  EXPECT_TRUE(absl::ParseTime(absl::RFC3339_full, rfc3339, &time, &error))
      << error;
  return Cmp(field, op, FilterValue::Time(time));
}

FilterExpr And(std::vector<FilterExpr> children) {
  return FilterExpr::Join(Kind::kAnd, std::move(children));
}

FilterExpr Or(std::vector<FilterExpr> children) {
  return FilterExpr::Join(Kind::kOr, std::move(children));
}

std::shared_ptr<const FilterExpr> Share(FilterExpr expr) {
  return std::make_shared<const FilterExpr>(std::move(expr));
}

// ---- Compilation ----

TEST(CompileFilter, ValuesAreBoundNeverConcatenated) {
  absl::StatusOr<SqlFilter> sql = CompileFilter(
      FilterResource::kClaims,
      Or({Eq("source", "x' OR 1=1 --"), Eq("document", "d\"); DROP TABLE")}));
  ASSERT_TRUE(sql.ok()) << sql.status();
  EXPECT_EQ(sql->sql, "(c.source_id = :filter0 OR d.document_id = :filter1)");
  ASSERT_EQ(sql->params.size(), 2u);
  EXPECT_EQ(std::get<std::string>(sql->params[0].second), "x' OR 1=1 --");
  EXPECT_EQ(sql->params[1].first, ":filter1");
}

TEST(CompileFilter, NotEqualIsTheComplementOfEqual) {
  absl::StatusOr<SqlFilter> sql = CompileFilter(
      FilterResource::kFigures,
      Cmp("unit", FilterOp::kNotEqual, FilterValue::String("kg")));
  ASSERT_TRUE(sql.ok()) << sql.status();
  EXPECT_EQ(sql->sql, "NOT (fi.unit = :filter0 COLLATE NOCASE)");
}

TEST(CompileFilter, UnknownFieldNamesItsColumn) {
  absl::Status status =
      CompileFilter(FilterResource::kSources, Eq("speaker", "x")).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(status.message(), HasSubstr("unknown field \"speaker\""));
  EXPECT_THAT(status.message(), HasSubstr("column 7"));
}

TEST(CompileFilter, WrongValueTypeIsInvalid) {
  EXPECT_EQ(CompileFilter(FilterResource::kFigures, Eq("value", "abc"))
                .status()
                .code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(CompileFilter(FilterResource::kClaims,
                          Num("publish_time", FilterOp::kGreater, 5))
                .status()
                .code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(CompileFilter(FilterResource::kClaims, Eq("kind", "DIRECT_QUOTE"))
                .status()
                .code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(CompileFilter, OperatorsAFieldDoesNotTakeAreInvalid) {
  EXPECT_EQ(CompileFilter(FilterResource::kClaims,
                          Cmp("kind", FilterOp::kLess, FilterValue::Enum(1)))
                .status()
                .code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(CompileFilter(FilterResource::kFigures,
                          Cmp("value", FilterOp::kHas, FilterValue::Number(1)))
                .status()
                .code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(
      CompileFilter(FilterResource::kFigures,
                    Cmp("value", FilterOp::kPresent, FilterValue::Number(1)))
          .status()
          .code(),
      absl::StatusCode::kInvalidArgument);
}

TEST(CompileFilter, SubjectWithoutWordsIsInvalid) {
  absl::Status status =
      CompileFilter(FilterResource::kFigures,
                    Cmp("subject", FilterOp::kHas, FilterValue::String("--")))
          .status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(status.message(), HasSubstr("subject at column 7"));
}

TEST(CompileFilter, DeepTreesAreInvalid) {
  FilterExpr expr = Eq("unit", "kg");
  for (int i = 0; i < 70; ++i) expr = FilterExpr::Not(std::move(expr));
  EXPECT_EQ(CompileFilter(FilterResource::kFigures, expr).status().code(),
            absl::StatusCode::kInvalidArgument);
}

// ---- Filtered lists ----

// Three documents: "a" (Health, 2025-01-10), "b" (World, 2025-03-05) and "c"
// (health, no publish_time).
class FilteredStoreTest : public testing_store::FilledStoreTest {
 protected:
  std::vector<Document> Documents() const override {
    return {DocumentA(), DocumentB(), DocumentC()};
  }

  static Document DocumentA() {
    Document document = MakeDocument(
        "a",
        "Vigil said the cartel adapts fast. About 70,000 people died of "
        "overdoses. Police seized 20 kilograms of fentanyl.");
    document.set_section("Health");
    document.mutable_publish_time()->set_seconds(1736467200);  // 2025-01-10
    AddClaim(&document, "a1", v1::CLAIM_KIND_DIRECT_QUOTE,
             "the cartel adapts fast", "Vigil", "mike-vigil")
        ->set_checkworthiness(0.9f);
    AddClaim(&document, "a2", v1::CLAIM_KIND_STATEMENT,
             "About 70,000 people died of overdoses", "", "")
        ->set_checkworthiness(0.2f);
    v1::Figure* deaths = AddFigure(&document, "fa1", "About 70,000", 70000,
                                   v1::DIMENSION_COUNT, "", "overdose deaths");
    deaths->set_qualifier(v1::QUALIFIER_APPROXIMATE);
    deaths->set_place("United States");
    deaths->set_claim_id("a2");
    v1::Figure* seized = AddFigure(&document, "fa2", "20 kilograms", 20,
                                   v1::DIMENSION_MASS, "kg", "fentanyl seized");
    seized->set_place("Surrey");
    seized->set_claim_id("a1");
    AddSource(&document, "mike-vigil", v1::SOURCE_TYPE_PERSON, "Mike Vigil",
              {"Vigil"}, "retired agent", "DEA");
    return document;
  }

  static Document DocumentB() {
    Document document = MakeDocument(
        "b",
        "Seyed said 5,000 overdose deaths in Ohio were recorded. Vigil said "
        "borders leak.");
    document.mutable_publish_time()->set_seconds(1741132800);  // 2025-03-05
    AddClaim(&document, "b1", v1::CLAIM_KIND_INDIRECT_QUOTE,
             "5,000 overdose deaths in Ohio were recorded", "Seyed",
             "arash-seyed")
        ->set_checkworthiness(0.7f);
    AddClaim(&document, "b2", v1::CLAIM_KIND_DIRECT_QUOTE, "borders leak",
             "Vigil", "mike-vigil")
        ->set_checkworthiness(0.4f);
    v1::Figure* ohio =
        AddFigure(&document, "fb1", "5,000", 5000, v1::DIMENSION_COUNT, "",
                  "overdose deaths in Ohio");
    ohio->set_place("Ohio");
    ohio->set_claim_id("b1");
    AddSource(&document, "arash-seyed", v1::SOURCE_TYPE_PERSON, "Arash Seyed",
              {"Seyed"}, "Cpl.", "RCMP");
    AddSource(&document, "mike-vigil", v1::SOURCE_TYPE_PERSON, "Mike Vigil",
              {"Michael Vigil"}, "retired agent", "DEA");
    AddSource(&document, "rcmp", v1::SOURCE_TYPE_ORGANIZATION,
              "Royal Canadian Mounted Police", {"RCMP"}, "", "");
    return document;
  }

  static Document DocumentC() {
    Document document =
        MakeDocument("c", "The RCMP said the seizure was record-breaking.");
    document.set_section("health");
    document.clear_publish_time();
    AddClaim(&document, "c1", v1::CLAIM_KIND_STATEMENT,
             "the seizure was record-breaking", "The RCMP", "rcmp")
        ->set_checkworthiness(0.75f);
    AddSource(&document, "rcmp", v1::SOURCE_TYPE_ORGANIZATION,
              "Royal Canadian Mounted Police", {}, "", "");
    return document;
  }

  // Claim ids matching `filter` (with `text` searched if set), in order.
  std::vector<std::string> Claims(FilterExpr filter,
                                  const std::string& text = "") {
    ClaimQuery query;
    query.text = text;
    query.filter = Share(std::move(filter));
    absl::StatusOr<Page<v1::Claim>> page = store_->SearchClaims(query);
    EXPECT_TRUE(page.ok()) << page.status();
    std::vector<std::string> ids;
    if (!page.ok()) return ids;
    for (const v1::Claim& claim : page->items) ids.push_back(claim.claim_id());
    return ids;
  }

  std::vector<std::string> Figures(FilterExpr filter) {
    FigureQuery query;
    query.filter = Share(std::move(filter));
    absl::StatusOr<Page<v1::Figure>> page = store_->ListFigures(query);
    EXPECT_TRUE(page.ok()) << page.status();
    std::vector<std::string> ids;
    if (!page.ok()) return ids;
    for (const v1::Figure& figure : page->items) {
      ids.push_back(figure.figure_id());
    }
    return ids;
  }

  std::vector<std::string> Documents(FilterExpr filter) {
    DocumentQuery query;
    query.filter = Share(std::move(filter));
    absl::StatusOr<Page<Document>> page = store_->SearchDocuments(query);
    EXPECT_TRUE(page.ok()) << page.status();
    std::vector<std::string> ids;
    if (!page.ok()) return ids;
    for (const Document& document : page->items) {
      ids.push_back(document.document_id());
    }
    return ids;
  }

  std::vector<std::string> Sources(FilterExpr filter) {
    SourceQuery query;
    query.filter = Share(std::move(filter));
    absl::StatusOr<Page<v1::Source>> page = store_->ListSources(query);
    EXPECT_TRUE(page.ok()) << page.status();
    std::vector<std::string> ids;
    if (!page.ok()) return ids;
    for (const v1::Source& source : page->items) {
      ids.push_back(source.source_id());
    }
    return ids;
  }
};

TEST_F(FilteredStoreTest, ClaimsBySourceKindAndDocument) {
  EXPECT_THAT(Claims(Eq("source", "mike-vigil")), ElementsAre("a1", "b2"));
  EXPECT_THAT(Claims(Eq("speaker", "rcmp")), ElementsAre("c1"));
  EXPECT_THAT(Claims(EqEnum("kind", v1::CLAIM_KIND_STATEMENT)),
              ElementsAre("a2", "c1"));
  EXPECT_THAT(Claims(Eq("document", "b")), ElementsAre("b1", "b2"));
  EXPECT_THAT(Claims(Cmp("source", FilterOp::kPresent, FilterValue::None())),
              ElementsAre("a1", "b1", "b2", "c1"));
}

TEST_F(FilteredStoreTest, AndOrNot) {
  // source = mike-vigil AND (kind = DIRECT_QUOTE OR document = "a")
  EXPECT_THAT(Claims(And({Eq("source", "mike-vigil"),
                          Or({EqEnum("kind", v1::CLAIM_KIND_DIRECT_QUOTE),
                              Eq("document", "a")})})),
              ElementsAre("a1", "b2"));
  EXPECT_THAT(Claims(FilterExpr::Not(Eq("source", "mike-vigil"))),
              ElementsAre("a2", "b1", "c1"));
  EXPECT_THAT(Claims(Cmp("source", FilterOp::kNotEqual,
                         FilterValue::String("mike-vigil"))),
              ElementsAre("a2", "b1", "c1"));
  EXPECT_THAT(Claims(Or({Eq("document", "c"),
                         And({Eq("document", "a"),
                              EqEnum("kind", v1::CLAIM_KIND_STATEMENT)})})),
              ElementsAre("a2", "c1"));
}

TEST_F(FilteredStoreTest, PublishTimeLeavesOutDocumentsWithoutOne) {
  EXPECT_THAT(
      Claims(Time("publish_time", FilterOp::kGreater, "2025-02-01T00:00:00Z")),
      ElementsAre("b1", "b2"));
  EXPECT_THAT(Claims(FilterExpr::Not(Time("publish_time", FilterOp::kGreater,
                                          "2025-02-01T00:00:00Z"))),
              ElementsAre("a1", "a2", "c1"));
  EXPECT_THAT(
      Claims(Time("publish_time", FilterOp::kEqual, "2025-01-10T00:00:00Z")),
      ElementsAre("a1", "a2"));
  EXPECT_THAT(Claims(Time("publish_time", FilterOp::kLessOrEqual,
                          "2025-03-05T00:00:00+00:00")),
              ElementsAre("a1", "a2", "b1", "b2"));
  EXPECT_THAT(
      Claims(Cmp("publish_time", FilterOp::kPresent, FilterValue::None())),
      ElementsAre("a1", "a2", "b1", "b2"));
}

TEST_F(FilteredStoreTest, CheckworthinessComparesAsStored) {
  EXPECT_THAT(Claims(Num("checkworthiness", FilterOp::kGreaterOrEqual, 0.7)),
              ElementsAre("a1", "b1", "c1"));
  EXPECT_THAT(Claims(Num("checkworthiness", FilterOp::kEqual, 0.7)),
              ElementsAre("b1"));
  EXPECT_THAT(Claims(Num("checkworthiness", FilterOp::kLess, 0.4)),
              ElementsAre("a2"));
  EXPECT_THAT(Claims(Num("checkworthiness", FilterOp::kLessOrEqual, 0.4)),
              ElementsAre("a2", "b2"));
}

TEST_F(FilteredStoreTest, FilterCombinesWithSearchText) {
  EXPECT_THAT(Claims(Eq("document", "b"), "overdose"), ElementsAre("b1"));
  EXPECT_THAT(Claims(Eq("document", "c"), "overdose"), IsEmpty());
}

TEST_F(FilteredStoreTest, InjectionAttemptsMatchNothing) {
  EXPECT_THAT(Claims(Eq("source", "x' OR 1=1 --")), IsEmpty());
  EXPECT_THAT(Claims(Eq("document", "a' OR 'a'='a")), IsEmpty());
  EXPECT_THAT(Figures(Cmp("subject", FilterOp::kHas,
                          FilterValue::String("\" OR 1=1 --"))),
              IsEmpty());
  EXPECT_THAT(Sources(Cmp("name", FilterOp::kHas, FilterValue::String("%"))),
              IsEmpty());
  EXPECT_THAT(Sources(Cmp("name", FilterOp::kHas, FilterValue::String("_"))),
              IsEmpty());
  // The tables are still there.
  EXPECT_THAT(Claims(Eq("source", "rcmp")), ElementsAre("c1"));
}

TEST_F(FilteredStoreTest, FigureSubjectHasWordsOrEqualsExactly) {
  EXPECT_THAT(
      Figures(Cmp("subject", FilterOp::kHas, FilterValue::String("overdose"))),
      ElementsAre("fa1", "fb1"));
  EXPECT_THAT(Figures(Cmp("subject", FilterOp::kHas,
                          FilterValue::String("death ohio"))),
              ElementsAre("fb1"));
  EXPECT_THAT(Figures(Eq("subject", "Overdose Deaths")), ElementsAre("fa1"));
  EXPECT_THAT(Figures(Cmp("subject", FilterOp::kNotEqual,
                          FilterValue::String("overdose deaths"))),
              ElementsAre("fa2", "fb1"));
}

TEST_F(FilteredStoreTest, FigureFields) {
  EXPECT_THAT(Figures(And({Num("value", FilterOp::kGreater, 1000),
                           Num("value", FilterOp::kLess, 10000)})),
              ElementsAre("fb1"));
  EXPECT_THAT(Figures(Num("value", FilterOp::kGreaterOrEqual, 5000)),
              ElementsAre("fa1", "fb1"));
  EXPECT_THAT(Figures(EqEnum("dimension", v1::DIMENSION_MASS)),
              ElementsAre("fa2"));
  EXPECT_THAT(Figures(EqEnum("qualifier", v1::QUALIFIER_APPROXIMATE)),
              ElementsAre("fa1"));
  EXPECT_THAT(Figures(Eq("place", "surrey")), ElementsAre("fa2"));
  EXPECT_THAT(Figures(Cmp("place", FilterOp::kHas, FilterValue::String("oh"))),
              ElementsAre("fb1"));
  EXPECT_THAT(Figures(Cmp("unit", FilterOp::kPresent, FilterValue::None())),
              ElementsAre("fa2"));
  EXPECT_THAT(Figures(Eq("source", "mike-vigil")), ElementsAre("fa2"));
  EXPECT_THAT(Figures(Eq("source", "arash-seyed")), ElementsAre("fb1"));
  EXPECT_THAT(Figures(Eq("document", "b")), ElementsAre("fb1"));
  EXPECT_THAT(
      Figures(Time("publish_time", FilterOp::kLess, "2025-02-01T00:00:00Z")),
      ElementsAre("fa1", "fa2"));
}

TEST_F(FilteredStoreTest, DocumentFields) {
  // Newest stored first.
  EXPECT_THAT(Documents(Eq("section", "HEALTH")), ElementsAre("c", "a"));
  EXPECT_THAT(Documents(Eq("source", "rcmp")), ElementsAre("c", "b"));
  EXPECT_THAT(Documents(FilterExpr::Not(Eq("section", "health"))),
              ElementsAre("b"));
  EXPECT_THAT(Documents(Time("publish_time", FilterOp::kGreaterOrEqual,
                             "2025-03-05T00:00:00Z")),
              ElementsAre("b"));
  EXPECT_THAT(
      Documents(Cmp("headline", FilterOp::kHas, FilterValue::String("OF A"))),
      ElementsAre("a"));
}

TEST_F(FilteredStoreTest, SourceFields) {
  EXPECT_THAT(Sources(EqEnum("type", v1::SOURCE_TYPE_ORGANIZATION)),
              ElementsAre("rcmp"));
  EXPECT_THAT(Sources(Eq("affiliation", "dea")), ElementsAre("mike-vigil"));
  // Aliases count as names.
  EXPECT_THAT(Sources(Eq("name", "Michael Vigil")), ElementsAre("mike-vigil"));
  EXPECT_THAT(Sources(Cmp("name", FilterOp::kHas, FilterValue::String("sey"))),
              ElementsAre("arash-seyed"));
  EXPECT_THAT(Sources(Eq("title", "cpl.")), ElementsAre("arash-seyed"));
  EXPECT_THAT(Sources(Num("claim_count", FilterOp::kGreaterOrEqual, 2)),
              ElementsAre("mike-vigil"));
  EXPECT_THAT(Sources(Num("document_count", FilterOp::kEqual, 2)),
              UnorderedElementsAre("mike-vigil", "rcmp"));
  EXPECT_THAT(Sources(FilterExpr::Not(Eq("affiliation", "DEA"))),
              UnorderedElementsAre("arash-seyed", "rcmp"));
}

TEST_F(FilteredStoreTest, FilterAndTypedFieldsCombine) {
  ClaimQuery query;
  query.kind = v1::CLAIM_KIND_DIRECT_QUOTE;
  query.filter = Share(Eq("document", "b"));
  absl::StatusOr<Page<v1::Claim>> page = store_->SearchClaims(query);
  ASSERT_TRUE(page.ok()) << page.status();
  ASSERT_EQ(page->items.size(), 1u);
  EXPECT_EQ(page->items[0].claim_id(), "b2");
}

TEST_F(FilteredStoreTest, FilteredPagesNeitherSkipNorRepeat) {
  ClaimQuery query;
  query.filter = Share(FilterExpr::Not(Eq("source", "arash-seyed")));
  query.page.limit = 2;
  std::vector<std::string> ids;
  for (int pages = 0; pages < 5; ++pages) {
    absl::StatusOr<Page<v1::Claim>> page = store_->SearchClaims(query);
    ASSERT_TRUE(page.ok()) << page.status();
    for (const v1::Claim& claim : page->items) ids.push_back(claim.claim_id());
    if (page->next_after == 0) break;
    query.page.after = page->next_after;
    if (pages == 0) {
      // A document added between pages shows up at the end, once.
      Document late = MakeDocument("d", "Vigil said it again.");
      AddClaim(&late, "d1", v1::CLAIM_KIND_DIRECT_QUOTE, "it again", "Vigil",
               "mike-vigil");
      ASSERT_TRUE(store_->Put(late).ok());
    }
  }
  EXPECT_THAT(ids, ElementsAre("a1", "a2", "b2", "c1", "d1"));
}

TEST_F(FilteredStoreTest, BadFilterIsInvalidArgument) {
  ClaimQuery query;
  query.filter = Share(Eq("unit", "kg"));
  EXPECT_EQ(store_->SearchClaims(query).status().code(),
            absl::StatusCode::kInvalidArgument);
}

// ---- order_by ----

// Every claim id in `order`, reading pages of `limit`; `between_pages` runs
// after the first page.
std::vector<std::string> AllClaimIds(Store* store, ClaimQuery query, int limit,
                                     const std::function<void()>& between) {
  query.page.limit = limit;
  std::vector<std::string> ids;
  for (int pages = 0; pages < 20; ++pages) {
    absl::StatusOr<Page<v1::Claim>> page = store->SearchClaims(query);
    EXPECT_TRUE(page.ok()) << page.status();
    if (!page.ok()) break;
    for (const v1::Claim& claim : page->items) ids.push_back(claim.claim_id());
    if (page->next_after == 0) break;
    query.page.after = page->next_after;
    query.page.after_key = page->next_after_key;
    if (pages == 0 && between) between();
  }
  return ids;
}

TEST_F(FilteredStoreTest, ClaimsByPublishTimeNewestFirstWithoutTimeLast) {
  ClaimQuery query;
  query.order_by = SortOrder{"publish_time", /*descending=*/true};
  EXPECT_THAT(AllClaimIds(store_.get(), query, 2, nullptr),
              ElementsAre("b1", "b2", "a1", "a2", "c1"));
  query.order_by.descending = false;
  EXPECT_THAT(AllClaimIds(store_.get(), query, 3, nullptr),
              ElementsAre("a1", "a2", "b1", "b2", "c1"));
}

TEST_F(FilteredStoreTest, SortedPagesNeitherSkipNorRepeatWhileAdding) {
  ClaimQuery query;
  query.order_by = SortOrder{"checkworthiness", /*descending=*/true};
  auto add = [this] {
    // Ranks before the cursor (not shown), ties with a later key (shown once).
    Document late = MakeDocument("late", "Vigil said more. Seyed said less.");
    AddClaim(&late, "l1", v1::CLAIM_KIND_DIRECT_QUOTE, "more", "Vigil",
             "mike-vigil")
        ->set_checkworthiness(0.95f);
    AddClaim(&late, "l2", v1::CLAIM_KIND_DIRECT_QUOTE, "less", "Seyed",
             "arash-seyed")
        ->set_checkworthiness(0.4f);
    ASSERT_TRUE(store_->Put(late).ok());
  };
  EXPECT_THAT(AllClaimIds(store_.get(), query, 2, add),
              ElementsAre("a1", "c1", "b1", "b2", "l2", "a2"));
}

TEST_F(FilteredStoreTest, SortedClaimsWithTextAndFilter) {
  ClaimQuery query;
  query.text = "overdose";
  query.order_by = SortOrder{"publish_time", /*descending=*/true};
  EXPECT_THAT(AllClaimIds(store_.get(), query, 1, nullptr),
              ElementsAre("b1", "a2"));
  query.text.clear();
  query.filter = Share(Eq("source", "mike-vigil"));
  EXPECT_THAT(AllClaimIds(store_.get(), query, 1, nullptr),
              ElementsAre("b2", "a1"));
}

TEST_F(FilteredStoreTest, FiguresAndDocumentsSorted) {
  FigureQuery figures;
  figures.order_by = SortOrder{"value", false};
  absl::StatusOr<Page<v1::Figure>> page = store_->ListFigures(figures);
  ASSERT_TRUE(page.ok()) << page.status();
  std::vector<std::string> ids;
  for (const v1::Figure& figure : page->items)
    ids.push_back(figure.figure_id());
  EXPECT_THAT(ids, ElementsAre("fa2", "fb1", "fa1"));

  DocumentQuery documents;
  documents.order_by = SortOrder{"publish_time", false};
  documents.page.limit = 1;
  ids.clear();
  for (int i = 0; i < 5; ++i) {
    absl::StatusOr<Page<Document>> docs = store_->SearchDocuments(documents);
    ASSERT_TRUE(docs.ok()) << docs.status();
    for (const Document& document : docs->items) {
      ids.push_back(document.document_id());
    }
    if (docs->next_after == 0) break;
    documents.page.after = docs->next_after;
    documents.page.after_key = docs->next_after_key;
  }
  EXPECT_THAT(ids, ElementsAre("a", "b", "c"));
}

TEST_F(FilteredStoreTest, SourcesByNameOrClaimCount) {
  SourceQuery query;
  query.order_by = SortOrder{"name", false};
  query.page.limit = 2;
  absl::StatusOr<Page<v1::Source>> page = store_->ListSources(query);
  ASSERT_TRUE(page.ok()) << page.status();
  ASSERT_EQ(page->items.size(), 2u);
  EXPECT_EQ(page->items[0].source_id(), "arash-seyed");
  EXPECT_EQ(page->items[1].source_id(), "mike-vigil");
  EXPECT_EQ(page->next_after_key, "Mike Vigil");
  query.page.after = page->next_after;
  query.page.after_key = page->next_after_key;
  page = store_->ListSources(query);
  ASSERT_TRUE(page.ok()) << page.status();
  ASSERT_EQ(page->items.size(), 1u);
  EXPECT_EQ(page->items[0].source_id(), "rcmp");
  EXPECT_EQ(page->next_after, 0);

  query = SourceQuery();
  query.order_by = SortOrder{"claim_count", false};
  EXPECT_THAT(Sources(EqEnum("type", v1::SOURCE_TYPE_PERSON)),
              ElementsAre("mike-vigil", "arash-seyed"));
  query.filter = Share(EqEnum("type", v1::SOURCE_TYPE_PERSON));
  page = store_->ListSources(query);
  ASSERT_TRUE(page.ok()) << page.status();
  ASSERT_EQ(page->items.size(), 2u);
  EXPECT_EQ(page->items[0].source_id(), "arash-seyed");
}

TEST_F(FilteredStoreTest, BadOrderOrKeyIsInvalidArgument) {
  ClaimQuery claims;
  claims.order_by = SortOrder{"value", false};
  absl::Status status = store_->SearchClaims(claims).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(status.message(),
              HasSubstr("it sorts by publish_time, checkworthiness"));
  claims.order_by = SortOrder{"publish_time", false};
  claims.page.after = 3;
  claims.page.after_key = "not a number";
  EXPECT_EQ(store_->SearchClaims(claims).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(FilterMigration, VersionTwoStoreGetsFigureClaimsBackfilled) {
  TempDir dir;
  std::string path = dir.File("old.db");
  {
    absl::StatusOr<std::unique_ptr<Store>> store = Store::Open(Options(path));
    ASSERT_TRUE(store.ok()) << store.status();
    Document document = MakeDocument("x", "Vigil said 20 kilograms went.");
    AddClaim(&document, "c1", v1::CLAIM_KIND_INDIRECT_QUOTE,
             "20 kilograms went", "Vigil", "mike-vigil");
    AddFigure(&document, "f1", "20 kilograms", 20, v1::DIMENSION_MASS, "kg",
              "drugs")
        ->set_claim_id("c1");
    ASSERT_TRUE((*store)->Put(document).ok());
    testing_store::RawStoreWholeRecords(path, document);  // As version 2 did.
  }
  RawExec(path, "DROP INDEX claims_by_checkworthiness");
  RawExec(path, "DROP INDEX figures_by_value");
  RawExec(path, "ALTER TABLE figures DROP COLUMN claim_id");
  RawExec(path, "PRAGMA user_version = 2");
  absl::StatusOr<std::unique_ptr<Store>> store = Store::Open(Options(path));
  ASSERT_TRUE(store.ok()) << store.status();
  FigureQuery query;
  query.filter = Share(Eq("source", "mike-vigil"));
  absl::StatusOr<Page<v1::Figure>> page = (*store)->ListFigures(query);
  ASSERT_TRUE(page.ok()) << page.status();
  ASSERT_EQ(page->items.size(), 1u);
  EXPECT_EQ(page->items[0].figure_id(), "f1");
}

TEST(FilterOpText, WritesEachOperatorAsAFilterDoes) {
  EXPECT_STREQ(FilterOpText(FilterOp::kEqual), "=");
  EXPECT_STREQ(FilterOpText(FilterOp::kNotEqual), "!=");
  EXPECT_STREQ(FilterOpText(FilterOp::kLess), "<");
  EXPECT_STREQ(FilterOpText(FilterOp::kLessOrEqual), "<=");
  EXPECT_STREQ(FilterOpText(FilterOp::kGreater), ">");
  EXPECT_STREQ(FilterOpText(FilterOp::kGreaterOrEqual), ">=");
  EXPECT_STREQ(FilterOpText(FilterOp::kHas), ":");
  EXPECT_STREQ(FilterOpText(FilterOp::kPresent), ":*");
}

}  // namespace
}  // namespace factwire
