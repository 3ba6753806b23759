// Sources shared across documents: identity, counts, ranking and filters.

#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "store/filter.h"
#include "store/store.h"
#include "tests/store/fixtures.h"

namespace factwire {
namespace {

using factwire::v1::Document;
using factwire::v1::Source;
using testing_store::AddSource;
using testing_store::CartelArticle;
using testing_store::FilledStoreTest;
using testing_store::MakeDocument;
using testing_store::Options;
using testing_store::SeizureArticle;
using Strings = std::vector<std::string>;

class SourceTest : public FilledStoreTest {
 protected:
  std::vector<Document> Documents() const override {
    return {SeizureArticle(), CartelArticle()};
  }

  Strings Ids(const SourceQuery& query) {
    absl::StatusOr<Page<Source>> page = store_->ListSources(query);
    EXPECT_TRUE(page.ok()) << page.status();
    Strings ids;
    if (!page.ok()) return ids;
    for (const Source& source : page->items) ids.push_back(source.source_id());
    return ids;
  }
};

TEST_F(SourceTest, SharedSourceGathersIdentityAcrossDocuments) {
  absl::StatusOr<Source> vigil = store_->GetSource("mike-vigil");
  ASSERT_TRUE(vigil.ok()) << vigil.status();
  EXPECT_EQ(vigil->name(), "Mike Vigil");
  EXPECT_EQ(vigil->type(), factwire::v1::SOURCE_TYPE_PERSON);
  EXPECT_EQ(vigil->document_count(), 2);
  EXPECT_EQ(vigil->claim_count(), 3);
  EXPECT_EQ(Strings(vigil->aliases().begin(), vigil->aliases().end()),
            Strings({"Vigil", "Michael Vigil"}));
  // Most recently seen first.
  EXPECT_EQ(Strings(vigil->titles().begin(), vigil->titles().end()),
            Strings({"retired DEA official",
                     "former chief of international operations"}));
  EXPECT_EQ(vigil->title(), "retired DEA official");
  EXPECT_EQ(Strings(vigil->affiliations().begin(), vigil->affiliations().end()),
            Strings({"DEA"}));
}

TEST_F(SourceTest, DocumentKeepsItsOwnSourceRecords) {
  absl::StatusOr<factwire::v1::Document> seizure =
      store_->GetDocument("seizure", true);
  ASSERT_TRUE(seizure.ok()) << seizure.status();
  ASSERT_EQ(seizure->sources_size(), 3);
  EXPECT_EQ(seizure->sources(1).source_id(), "mike-vigil");
  EXPECT_EQ(seizure->sources(1).title(),
            "former chief of international operations");
  EXPECT_EQ(seizure->sources(1).claim_count(), 0);
}

TEST_F(SourceTest, UnknownSourceIsNotFound) {
  EXPECT_EQ(store_->GetSource("nobody").status().code(),
            absl::StatusCode::kNotFound);
}

TEST_F(SourceTest, ListsMostClaimsFirstWithCounts) {
  absl::StatusOr<Page<Source>> page = store_->ListSources(SourceQuery());
  ASSERT_TRUE(page.ok()) << page.status();
  ASSERT_EQ(page->items.size(), 3u);
  EXPECT_EQ(page->items[0].source_id(), "mike-vigil");
  EXPECT_EQ(page->items[0].claim_count(), 3);
  EXPECT_EQ(page->items[0].document_count(), 2);
  EXPECT_EQ(page->items[0].aliases_size(), 2);
  EXPECT_EQ(page->items[1].source_id(), "arash-seyed");
  EXPECT_EQ(page->items[1].claim_count(), 1);
  EXPECT_EQ(page->items[2].source_id(), "rcmp");
  EXPECT_EQ(page->items[2].claim_count(), 0);
  EXPECT_EQ(page->next_after, 0);
}

TEST_F(SourceTest, FiltersByType) {
  SourceQuery query;
  query.type = factwire::v1::SOURCE_TYPE_ORGANIZATION;
  EXPECT_EQ(Ids(query), Strings({"rcmp"}));
  query.type = factwire::v1::SOURCE_TYPE_ANONYMOUS;
  EXPECT_EQ(Ids(query), Strings());
}

TEST_F(SourceTest, PagesWalkEverySourceOnce) {
  SourceQuery query;
  query.page.limit = 2;
  Strings first = Ids(query);
  absl::StatusOr<Page<Source>> page = store_->ListSources(query);
  ASSERT_TRUE(page.ok());
  ASSERT_NE(page->next_after, 0);
  query.page.after = page->next_after;
  absl::StatusOr<Page<Source>> rest = store_->ListSources(query);
  ASSERT_TRUE(rest.ok());
  ASSERT_EQ(rest->items.size(), 1u);
  EXPECT_EQ(rest->next_after, 0);
  EXPECT_EQ(first, Strings({"mike-vigil", "arash-seyed"}));
  EXPECT_EQ(rest->items[0].source_id(), "rcmp");
}

// The default order reads the rank index (schema 10); a filter takes the
// general sorted query. Both must give the same pages, sources and counts.
class RankedSourcesTest : public FilledStoreTest {
 protected:
  std::vector<Document> Documents() const override {
    std::vector<Document> documents = {SeizureArticle(), CartelArticle()};
    const factwire::v1::SourceType kTypes[] = {factwire::v1::SOURCE_TYPE_PERSON,
                                               factwire::v1::SOURCE_TYPE_ORGANIZATION};
    for (int d = 0; d < 4; ++d) {
      Document document =
          MakeDocument("extra-" + std::to_string(d), "Extra text " + std::to_string(d));
      // Sources cited by 1..4 documents, some with no claims (document counts only).
      for (int k = d; k < 5; ++k) {
        AddSource(&document, "source-" + std::to_string(k), kTypes[k % 2],
                  "Source " + std::to_string(k), {}, "", "");
      }
      documents.push_back(std::move(document));
    }
    return documents;
  }

  // Every source id over all pages of `limit`, and each page's next_after.
  Strings Walk(SourceQuery query, int limit) {
    Strings ids;
    query.page.limit = limit;
    for (int pages = 0; pages < 100; ++pages) {
      absl::StatusOr<Page<Source>> page = store_->ListSources(query);
      EXPECT_TRUE(page.ok()) << page.status();
      if (!page.ok()) break;
      for (const Source& source : page->items) {
        ids.push_back(absl::StrCat(source.source_id(), " ", source.claim_count(), " ",
                                   source.document_count()));
      }
      if (page->next_after == 0) break;
      query.page.after = page->next_after;
    }
    return ids;
  }
};

TEST_F(RankedSourcesTest, DefaultOrderPagesLikeTheFilteredQuery) {
  const factwire::v1::SourceType kTypes[] = {factwire::v1::SOURCE_TYPE_UNSPECIFIED,
                                             factwire::v1::SOURCE_TYPE_PERSON,
                                             factwire::v1::SOURCE_TYPE_ORGANIZATION};
  for (factwire::v1::SourceType type : kTypes) {
    SourceQuery ranked;
    ranked.type = type;
    SourceQuery filtered = ranked;
    filtered.filter = std::make_shared<const FilterExpr>(testing_store::Cmp(
        "claim_count", FilterOp::kGreaterOrEqual, FilterValue::Number(0)));
    SourceQuery explicit_order = ranked;
    explicit_order.order_by = SortOrder{"claim_count", /*descending=*/true};
    const Strings expected = Walk(filtered, 50);
    ASSERT_FALSE(expected.empty());
    for (int limit : {1, 2, 3, 7, 50}) {
      SCOPED_TRACE(absl::StrCat("type ", type, " limit ", limit));
      EXPECT_EQ(Walk(ranked, limit), expected);
      EXPECT_EQ(Walk(explicit_order, limit), expected);
    }
  }
  // Most claims first, then most documents: source-4 is in all four extra
  // documents, source-0 in one.
  const Strings all = Walk(SourceQuery(), 50);
  ASSERT_EQ(all.size(), 8u);
  EXPECT_EQ(all[0], "mike-vigil 3 2");
  EXPECT_EQ(all[3], "source-4 0 4");
  EXPECT_EQ(all[7], "source-0 0 1");
}

// Sources without a tallies row (not made by the writer, which drops a source
// with its last citing record, but the order must hold for them): zero counts,
// after every tallied source, by id — on the same pages either way.
TEST_F(RankedSourcesTest, UntalliedSourcesComeLastByIdOnEveryPage) {
  testing_store::RawExec(dir_.File("s.db").string(),
                         "DELETE FROM source_counts WHERE source_id IN"
                         " ('source-3', 'rcmp', 'arash-seyed')");
  SourceQuery filtered;
  filtered.filter = std::make_shared<const FilterExpr>(testing_store::Cmp(
      "claim_count", FilterOp::kGreaterOrEqual, FilterValue::Number(0)));
  const Strings expected = Walk(filtered, 50);
  ASSERT_EQ(expected.size(), 8u);
  EXPECT_EQ(expected[5], "arash-seyed 0 0");
  EXPECT_EQ(expected[6], "rcmp 0 0");
  EXPECT_EQ(expected[7], "source-3 0 0");
  for (int limit : {1, 2, 3, 5, 6, 50}) {
    SCOPED_TRACE(absl::StrCat("limit ", limit));
    EXPECT_EQ(Walk(SourceQuery(), limit), expected);
  }
  SourceQuery people;
  people.type = factwire::v1::SOURCE_TYPE_PERSON;
  SourceQuery filtered_people = filtered;
  filtered_people.type = factwire::v1::SOURCE_TYPE_PERSON;
  for (int limit : {1, 2, 4}) EXPECT_EQ(Walk(people, limit), Walk(filtered_people, 50));
}

TEST_F(RankedSourcesTest, AnOffsetPastTheEndIsAnEmptyLastPage) {
  SourceQuery query;
  query.page.after = 40;
  absl::StatusOr<Page<Source>> page = store_->ListSources(query);
  ASSERT_TRUE(page.ok()) << page.status();
  EXPECT_TRUE(page->items.empty());
  EXPECT_EQ(page->next_after, 0);
}

TEST_F(SourceTest, LatestNonEmptyNameWins) {
  factwire::v1::Document later =
      MakeDocument("later", "The Mounties said nothing.");
  AddSource(&later, "rcmp", factwire::v1::SOURCE_TYPE_UNSPECIFIED, "RCMP",
            {"Mounties"}, "", "");
  ASSERT_TRUE(store_->Put(later).ok());
  absl::StatusOr<Source> rcmp = store_->GetSource("rcmp");
  ASSERT_TRUE(rcmp.ok()) << rcmp.status();
  EXPECT_EQ(rcmp->name(), "RCMP");
  EXPECT_EQ(rcmp->type(), factwire::v1::SOURCE_TYPE_ORGANIZATION);
  EXPECT_EQ(rcmp->document_count(), 2);
  // "RCMP" is now the name, so it is no longer listed as an alias.
  EXPECT_EQ(Strings(rcmp->aliases().begin(), rcmp->aliases().end()),
            Strings({"Mounties"}));
}

}  // namespace
}  // namespace factwire
