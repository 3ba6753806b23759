// The per-source counts and identity (aliases, titles, affiliations) the
// writer keeps: right after put, replace and delete, in GetSource, ListSources
// and their filters, and after upgrading a store from schema versions 5 and 6.

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "store/filter.h"
#include "store/store.h"
#include "tests/store/fixtures.h"

namespace factwire {
namespace {

using factwire::v1::Document;
using factwire::v1::Source;
using testing_store::AddClaim;
using testing_store::AddSource;
using testing_store::CartelArticle;
using testing_store::MakeDocument;
using testing_store::Options;
using testing_store::RawExec;
using testing_store::SeizureArticle;
using testing_store::TempDir;

// {claim_count, document_count}; {-1, -1} when the source is not found.
using Counts = std::pair<int, int>;
constexpr Counts kMissing = {-1, -1};

std::unique_ptr<Store> OpenOrDie(const StoreOptions& options) {
  absl::StatusOr<std::unique_ptr<Store>> store = Store::Open(options);
  EXPECT_TRUE(store.ok()) << store.status();
  return store.ok() ? *std::move(store) : nullptr;
}

Counts Get(Store& store, const std::string& source_id) {
  absl::StatusOr<Source> source = store.GetSource(source_id);
  if (!source.ok()) {
    EXPECT_EQ(source.status().code(), absl::StatusCode::kNotFound);
    return kMissing;
  }
  return {source->claim_count(), source->document_count()};
}

// The counts ListSources reports for `source_id` (kMissing if not listed).
Counts Listed(Store& store, const std::string& source_id) {
  absl::StatusOr<Page<Source>> page = store.ListSources(SourceQuery());
  EXPECT_TRUE(page.ok()) << page.status();
  if (!page.ok()) return kMissing;
  for (const Source& source : page->items) {
    if (source.source_id() == source_id) {
      return {source.claim_count(), source.document_count()};
    }
  }
  return kMissing;
}

// Ids of the sources with claim_count >= `min_claims`.
std::vector<std::string> WithClaims(Store& store, double min_claims) {
  FilterComparison comparison;
  comparison.field = "claim_count";
  comparison.op = FilterOp::kGreaterOrEqual;
  comparison.value = FilterValue::Number(min_claims);
  SourceQuery query;
  query.filter = std::make_shared<const FilterExpr>(
      FilterExpr::Comparison(std::move(comparison)));
  absl::StatusOr<Page<Source>> page = store.ListSources(query);
  EXPECT_TRUE(page.ok()) << page.status();
  std::vector<std::string> ids;
  if (!page.ok()) return ids;
  for (const Source& source : page->items) ids.push_back(source.source_id());
  return ids;
}

std::vector<std::string> Titles(Store& store, const std::string& source_id) {
  absl::StatusOr<Source> source = store.GetSource(source_id);
  EXPECT_TRUE(source.ok()) << source.status();
  if (!source.ok()) return {};
  return {source->titles().begin(), source->titles().end()};
}

std::vector<std::string> Aliases(Store& store, const std::string& source_id) {
  absl::StatusOr<Source> source = store.GetSource(source_id);
  EXPECT_TRUE(source.ok()) << source.status();
  if (!source.ok()) return {};
  return {source->aliases().begin(), source->aliases().end()};
}

TEST(SourceCounts, CountAfterPuts) {
  TempDir dir;
  auto store = OpenOrDie(Options(dir.File("store.db")));
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->Put(SeizureArticle()).ok());
  EXPECT_EQ(Get(*store, "mike-vigil"), Counts(1, 1));
  EXPECT_EQ(Get(*store, "rcmp"), Counts(0, 1));
  ASSERT_TRUE(store->Put(CartelArticle()).ok());
  EXPECT_EQ(Get(*store, "mike-vigil"), Counts(3, 2));
  EXPECT_EQ(Listed(*store, "mike-vigil"), Counts(3, 2));
  EXPECT_EQ(Get(*store, "arash-seyed"), Counts(1, 1));
  EXPECT_EQ(Listed(*store, "rcmp"), Counts(0, 1));
  // A repeated put stores nothing, so counts nothing.
  ASSERT_TRUE(store->Put(CartelArticle()).ok());
  EXPECT_EQ(Get(*store, "mike-vigil"), Counts(3, 2));
}

TEST(SourceCounts, ReplacementCountsOnlyTheNewRevision) {
  TempDir dir;
  auto store = OpenOrDie(Options(dir.File("store.db")));
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->Put(SeizureArticle()).ok());
  ASSERT_TRUE(store->Put(CartelArticle()).ok());
  Document revised = MakeDocument(
      "seizure", "Vigil said it was big. Vigil said it was bigger.");
  AddSource(&revised, "mike-vigil", factwire::v1::SOURCE_TYPE_PERSON,
            "Mike Vigil", {}, "", "");
  AddClaim(&revised, "c1", factwire::v1::CLAIM_KIND_INDIRECT_QUOTE,
           "it was big", "Vigil", "mike-vigil");
  AddClaim(&revised, "c2", factwire::v1::CLAIM_KIND_INDIRECT_QUOTE,
           "it was bigger", "Vigil", "mike-vigil");
  absl::StatusOr<PutResult> put = store->Put(revised);
  ASSERT_TRUE(put.ok()) << put.status();
  ASSERT_EQ(put->document.revision(), 2);
  // Cartel's 2 claims and the revision's 2; the old revision's 1 is gone.
  EXPECT_EQ(Get(*store, "mike-vigil"), Counts(4, 2));
  EXPECT_EQ(Listed(*store, "mike-vigil"), Counts(4, 2));
  EXPECT_EQ(Get(*store, "arash-seyed"), kMissing);
  EXPECT_EQ(Get(*store, "rcmp"), kMissing);
  EXPECT_EQ(WithClaims(*store, 4), std::vector<std::string>({"mike-vigil"}));
}

// The revised seizure article: Vigil's two claims, no other source.
Document RevisedSeizure() {
  Document revised = MakeDocument(
      "seizure", "Vigil said it was big. Vigil said it was bigger.");
  AddSource(&revised, "mike-vigil", factwire::v1::SOURCE_TYPE_PERSON,
            "Mike Vigil", {"Vigil"}, "retired DEA official", "");
  AddClaim(&revised, "c1", factwire::v1::CLAIM_KIND_INDIRECT_QUOTE,
           "it was big", "Vigil", "mike-vigil");
  AddClaim(&revised, "c2", factwire::v1::CLAIM_KIND_INDIRECT_QUOTE,
           "it was bigger", "Vigil", "mike-vigil");
  return revised;
}

TEST(SourceCounts, OneBatchStoringAndReplacingCountsLikeSeparatePuts) {
  TempDir dir;
  auto batched = OpenOrDie(Options(dir.File("batched.db")));
  auto single = OpenOrDie(Options(dir.File("single.db")));
  ASSERT_NE(batched, nullptr);
  ASSERT_NE(single, nullptr);
  // The revision replaces a document stored earlier in the same transaction.
  std::vector<PutItem> items(3);
  items[0].document = SeizureArticle();
  items[1].document = CartelArticle();
  items[2].document = RevisedSeizure();
  for (const absl::StatusOr<PutResult>& put : batched->PutBatch(items)) {
    ASSERT_TRUE(put.ok()) << put.status();
  }
  for (const PutItem& item : items) {
    ASSERT_TRUE(single->Put(item.document).ok());
  }
  EXPECT_EQ(Get(*batched, "mike-vigil"), Counts(4, 2));
  EXPECT_EQ(Get(*batched, "arash-seyed"), kMissing);
  EXPECT_EQ(Get(*batched, "rcmp"), kMissing);
  for (const std::string id : {"mike-vigil", "arash-seyed", "rcmp"}) {
    EXPECT_EQ(Get(*batched, id), Get(*single, id)) << id;
  }
  EXPECT_EQ(Titles(*batched, "mike-vigil"), Titles(*single, "mike-vigil"));
  EXPECT_EQ(Aliases(*batched, "mike-vigil"), Aliases(*single, "mike-vigil"));
  EXPECT_EQ(Aliases(*batched, "mike-vigil").size(), 2u);
}

TEST(SourceCounts, DeleteUncounts) {
  TempDir dir;
  auto store = OpenOrDie(Options(dir.File("store.db")));
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->Put(SeizureArticle()).ok());
  ASSERT_TRUE(store->Put(CartelArticle()).ok());
  ASSERT_TRUE(store->Delete("cartel").ok());
  EXPECT_EQ(Get(*store, "mike-vigil"), Counts(1, 1));
  EXPECT_EQ(WithClaims(*store, 2), std::vector<std::string>());
  ASSERT_TRUE(store->Delete("seizure").ok());
  EXPECT_EQ(Get(*store, "mike-vigil"), kMissing);
  // Storing again after everything went counts from zero.
  ASSERT_TRUE(store->Put(CartelArticle()).ok());
  EXPECT_EQ(Get(*store, "mike-vigil"), Counts(2, 1));
  EXPECT_EQ(Listed(*store, "mike-vigil"), Counts(2, 1));
}

TEST(SourceCounts, UpgradeFromVersionFiveBackfillsCounts) {
  TempDir dir;
  std::string path = dir.File("store.db");
  {
    auto store = OpenOrDie(Options(path));
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->Put(SeizureArticle()).ok());
    ASSERT_TRUE(store->Put(CartelArticle()).ok());
  }
  // Back to schema version 5: no kept counts or identity (the triggers go
  // with the tables).
  RawExec(path,
          "DROP TABLE source_counts; DROP TABLE source_strings;"
          " PRAGMA user_version = 5");
  EXPECT_EQ(Store::Open(Options(path, /*read_only=*/true)).status().code(),
            absl::StatusCode::kFailedPrecondition);

  auto store = OpenOrDie(Options(path));
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(Get(*store, "mike-vigil"), Counts(3, 2));
  EXPECT_EQ(Aliases(*store, "mike-vigil"),
            std::vector<std::string>({"Vigil", "Michael Vigil"}));
  EXPECT_EQ(Get(*store, "arash-seyed"), Counts(1, 1));
  EXPECT_EQ(Listed(*store, "rcmp"), Counts(0, 1));
  EXPECT_EQ(WithClaims(*store, 3), std::vector<std::string>({"mike-vigil"}));
  // And the upgraded store keeps counting.
  ASSERT_TRUE(store->Delete("seizure").ok());
  EXPECT_EQ(Get(*store, "mike-vigil"), Counts(2, 1));
}

TEST(SourceIdentity, DeletingTheLatestDocumentRestoresTheEarlierTitle) {
  TempDir dir;
  auto store = OpenOrDie(Options(dir.File("store.db")));
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->Put(SeizureArticle()).ok());
  ASSERT_TRUE(store->Put(CartelArticle()).ok());
  using Strings = std::vector<std::string>;
  EXPECT_EQ(Titles(*store, "mike-vigil"),
            Strings({"retired DEA official",
                     "former chief of international operations"}));
  EXPECT_EQ(Aliases(*store, "mike-vigil"),
            Strings({"Vigil", "Michael Vigil"}));
  ASSERT_TRUE(store->Delete("cartel").ok());
  EXPECT_EQ(Titles(*store, "mike-vigil"),
            Strings({"former chief of international operations"}));
  EXPECT_EQ(Aliases(*store, "mike-vigil"), Strings({"Vigil"}));
  // Stored again, cartel is the latest once more.
  ASSERT_TRUE(store->Put(CartelArticle()).ok());
  EXPECT_EQ(Titles(*store, "mike-vigil"),
            Strings({"retired DEA official",
                     "former chief of international operations"}));
  ASSERT_TRUE(store->Delete("seizure").ok());
  EXPECT_EQ(Titles(*store, "mike-vigil"), Strings({"retired DEA official"}));
}

TEST(SourceIdentity, UpgradeFromVersionSixBackfillsIdentity) {
  TempDir dir;
  std::string path = dir.File("store.db");
  {
    auto store = OpenOrDie(Options(path));
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->Put(SeizureArticle()).ok());
    ASSERT_TRUE(store->Put(CartelArticle()).ok());
  }
  RawExec(path, "DROP TABLE source_strings; PRAGMA user_version = 6");
  auto store = OpenOrDie(Options(path));
  ASSERT_NE(store, nullptr);
  using Strings = std::vector<std::string>;
  EXPECT_EQ(Titles(*store, "mike-vigil"),
            Strings({"retired DEA official",
                     "former chief of international operations"}));
  EXPECT_EQ(Aliases(*store, "mike-vigil"),
            Strings({"Vigil", "Michael Vigil"}));
  ASSERT_TRUE(store->Delete("cartel").ok());
  EXPECT_EQ(Aliases(*store, "mike-vigil"), Strings({"Vigil"}));
}

TEST(SourceCounts, UpgradeRecountsStaleCounts) {
  TempDir dir;
  std::string path = dir.File("store.db");
  {
    auto store = OpenOrDie(Options(path));
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->Put(SeizureArticle()).ok());
  }
  RawExec(path,
          "UPDATE source_counts SET claim_count = 99;"
          " PRAGMA user_version = 5");
  auto store = OpenOrDie(Options(path));
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(Get(*store, "mike-vigil"), Counts(1, 1));
}

}  // namespace
}  // namespace factwire
