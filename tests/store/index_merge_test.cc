// Schema 13: writes merge full-text segments less (FTS5 automerge 8), and
// Store::MergeIndexes() merges what they leave, in bounded steps, without
// changing any answer.

#include <memory>
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
using testing_store::AddClaim;
using testing_store::AddFigure;
using testing_store::MakeDocument;
using testing_store::Options;
using testing_store::RawExec;
using testing_store::RawSql;
using testing_store::TempDir;

// A short document whose claim and figure share the word "harbour".
Document Numbered(int i) {
  std::string id = absl::StrCat("doc", i);
  Document document = MakeDocument(
      id, absl::StrCat("The harbour took ", i, " ships. Officials said the ",
                       "harbour grew by ", i, " berths."));
  AddClaim(&document, "c1", factwire::v1::CLAIM_KIND_STATEMENT,
           "the harbour grew", "", "");
  AddFigure(&document, "f1", absl::StrCat(i, " ships"), i,
            factwire::v1::DIMENSION_COUNT, "", "ships");
  return document;
}

// Appends the names of `page`'s items to `names`; a failed page fails the
// test.
template <typename T>
void AppendNames(const absl::StatusOr<Page<T>>& page,
                 std::vector<std::string>* names) {
  EXPECT_TRUE(page.ok()) << page.status();
  if (!page.ok()) return;
  for (const T& item : page->items) names->push_back(item.name());
}

// Every answer a search of the three indexes gives, by name, in order.
std::vector<std::string> Searches(Store& store) {
  std::vector<std::string> names;
  ClaimQuery claims;
  claims.text = "harbour";
  claims.page.limit = 1000;
  AppendNames(store.SearchClaims(claims), &names);
  FigureQuery figures;
  figures.subject_words = {"ships"};
  figures.page.limit = 1000;
  AppendNames(store.ListFigures(figures), &names);
  DocumentQuery documents;
  documents.text = "berths";
  documents.page.limit = 1000;
  AppendNames(store.SearchDocuments(documents), &names);
  return names;
}

std::string Automerge(const std::string& path, const std::string& table) {
  return RawSql(path, absl::StrCat("SELECT v FROM ", table,
                                   "_config WHERE k = 'automerge'"));
}

TEST(IndexMerge, NewStoreMergesEightSegmentsPerLevel) {
  TempDir dir;
  std::string path = dir.File("store.db");
  ASSERT_TRUE(Store::Open(Options(path)).ok());
  for (const char* table : {"claims_fts", "figures_fts", "documents_fts"}) {
    EXPECT_EQ(Automerge(path, table), "8") << table;
  }
}

TEST(IndexMerge, StepsUntilNothingIsLeftAndAnswersStayTheSame) {
  TempDir dir;
  std::string path = dir.File("store.db");
  auto store = Store::Open(Options(path));
  ASSERT_TRUE(store.ok()) << store.status();
  // One transaction each: a segment per index per document, fewer than the
  // eight that make a write merge.
  for (int i = 1; i <= 7; ++i) ASSERT_TRUE((*store)->Put(Numbered(i)).ok());
  std::vector<std::string> before = Searches(**store);
  ASSERT_EQ(before.size(), 21u);

  absl::StatusOr<bool> merged = (*store)->MergeIndexes(64);
  ASSERT_TRUE(merged.ok()) << merged.status();
  EXPECT_TRUE(*merged);
  int steps = 1;
  while (*merged && steps < 100) {
    merged = (*store)->MergeIndexes(64);
    ASSERT_TRUE(merged.ok()) << merged.status();
    ++steps;
  }
  EXPECT_FALSE(*merged);
  EXPECT_EQ(Searches(**store), before);
  EXPECT_TRUE((*store)->Check().ok());
  // Nothing new to merge.
  merged = (*store)->MergeIndexes(64);
  ASSERT_TRUE(merged.ok());
  EXPECT_FALSE(*merged);
}

TEST(IndexMerge, ReadOnlyStoreIsFailedPrecondition) {
  TempDir dir;
  std::string path = dir.File("store.db");
  ASSERT_TRUE(Store::Open(Options(path)).ok());
  auto reader = Store::Open(Options(path, true));
  ASSERT_TRUE(reader.ok()) << reader.status();
  EXPECT_EQ((*reader)->MergeIndexes(64).status().code(),
            absl::StatusCode::kFailedPrecondition);
}

TEST(IndexMerge, VersionTwelveFileOpensReadOnlyAndUpgrades) {
  TempDir dir;
  std::string path = dir.File("store.db");
  std::vector<std::string> before;
  {
    auto store = Store::Open(Options(path));
    ASSERT_TRUE(store.ok()) << store.status();
    for (int i = 1; i <= 3; ++i) ASSERT_TRUE((*store)->Put(Numbered(i)).ok());
    before = Searches(**store);
  }
  // As schema 12 left it: FTS5's default automerge.
  RawExec(path,
          "INSERT INTO claims_fts(claims_fts, rank) VALUES ('automerge', 4);"
          "INSERT INTO figures_fts(figures_fts, rank) VALUES ('automerge', 4);"
          "INSERT INTO documents_fts(documents_fts, rank)"
          " VALUES ('automerge', 4);"
          "PRAGMA user_version = 12");
  {
    auto reader = Store::Open(Options(path, true));
    ASSERT_TRUE(reader.ok()) << reader.status();
    EXPECT_EQ(Searches(**reader), before);
  }
  EXPECT_EQ(Automerge(path, "claims_fts"), "4");
  auto writer = Store::Open(Options(path));
  ASSERT_TRUE(writer.ok()) << writer.status();
  EXPECT_EQ(RawSql(path, "PRAGMA user_version"), "13");
  for (const char* table : {"claims_fts", "figures_fts", "documents_fts"}) {
    EXPECT_EQ(Automerge(path, table), "8") << table;
  }
  EXPECT_EQ(Searches(**writer), before);
}

}  // namespace
}  // namespace factwire
