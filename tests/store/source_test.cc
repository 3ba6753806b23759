// Sources shared across documents: identity, counts, ranking and filters.

#include <string>
#include <vector>

#include "gtest/gtest.h"
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
