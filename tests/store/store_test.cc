// Opening, storing whole documents, idempotency, revisions, transactions,
// read-only visibility, deletion and the change log.

#include "store/store.h"

#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "tests/store/fixtures.h"

namespace factwire {
namespace {

using factwire::v1::Document;
using google::protobuf::util::MessageDifferencer;
using testing_store::AddClaim;
using testing_store::AddFigure;
using testing_store::CartelArticle;
using testing_store::ClockStart;
using testing_store::MakeDocument;
using testing_store::Options;
using testing_store::RawSql;
using testing_store::SeizureArticle;
using testing_store::TempDir;

std::unique_ptr<Store> OpenOrDie(const StoreOptions& options) {
  absl::StatusOr<std::unique_ptr<Store>> store = Store::Open(options);
  EXPECT_TRUE(store.ok()) << store.status();
  return store.ok() ? *std::move(store) : nullptr;
}

Page<Change> AllChanges(Store& store) {
  absl::StatusOr<Page<Change>> changes = store.ListChanges(PageQuery{0, 100});
  EXPECT_TRUE(changes.ok()) << changes.status();
  return changes.ok() ? *changes : Page<Change>();
}

int ClaimHits(Store& store, const std::string& text) {
  ClaimQuery query;
  query.text = text;
  absl::StatusOr<Page<factwire::v1::Claim>> page = store.SearchClaims(query);
  EXPECT_TRUE(page.ok()) << page.status();
  return page.ok() ? static_cast<int>(page->items.size()) : -1;
}

TEST(StoreOpen, EmptyPathIsInvalidArgument) {
  StoreOptions options;
  EXPECT_EQ(Store::Open(options).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(StoreOpen, ReadOnlyMissingFileIsNotFound) {
  TempDir dir;
  absl::StatusOr<std::unique_ptr<Store>> store =
      Store::Open(Options(dir.File("missing.db"), /*read_only=*/true));
  EXPECT_EQ(store.status().code(), absl::StatusCode::kNotFound);
}

TEST(StoreOpen, GarbageFileIsDataLoss) {
  TempDir dir;
  std::string path = dir.File("garbage.db");
  std::ofstream(path) << std::string(4096, 'x');
  EXPECT_EQ(Store::Open(Options(path)).status().code(),
            absl::StatusCode::kDataLoss);
  EXPECT_EQ(Store::Open(Options(path, true)).status().code(),
            absl::StatusCode::kDataLoss);
}

TEST(StoreOpen, WriterSetsWalAndSchemaVersion) {
  TempDir dir;
  std::string path = dir.File("store.db");
  ASSERT_NE(OpenOrDie(Options(path)), nullptr);
  EXPECT_EQ(RawSql(path, "PRAGMA journal_mode"), "wal");
  EXPECT_EQ(RawSql(path, "PRAGMA user_version"), "13");
  // Reopening applies nothing twice.
  ASSERT_NE(OpenOrDie(Options(path)), nullptr);
  EXPECT_EQ(RawSql(path, "PRAGMA user_version"), "13");
}

TEST(StoreOpen, NewerSchemaIsFailedPrecondition) {
  TempDir dir;
  std::string path = dir.File("store.db");
  ASSERT_NE(OpenOrDie(Options(path)), nullptr);
  RawSql(path, "PRAGMA user_version = 99");
  EXPECT_EQ(Store::Open(Options(path)).status().code(),
            absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(Store::Open(Options(path, true)).status().code(),
            absl::StatusCode::kFailedPrecondition);
}

TEST(StoreOpen, ReadOnlyUnmigratedIsFailedPrecondition) {
  TempDir dir;
  std::string path = dir.File("empty.db");
  std::ofstream(path).flush();  // An empty file is an empty database.
  absl::StatusOr<std::unique_ptr<Store>> store =
      Store::Open(Options(path, true));
  EXPECT_EQ(store.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_NE(store.status().message().find("writer"), std::string::npos)
      << store.status();
}

TEST(StoreOpen, UpgradesAVersionOneStoreAndBackfills) {
  TempDir dir;
  std::string path = dir.File("store.db");
  {
    auto store = OpenOrDie(Options(path));
    ASSERT_TRUE(store->Put(SeizureArticle()).ok());
  }
  // Turn the file back into schema version 1: records whole, later
  // migrations' columns and indexes gone.
  testing_store::RawStoreWholeRecords(path, SeizureArticle());
  for (const char* index : {"figures_by_place", "claims_by_checkworthiness",
                            "figures_by_value"}) {
    RawSql(path, absl::StrCat("DROP INDEX ", index));
  }
  for (const char* column :
       {"normalized_value", "qualifier", "place", "claim_id"}) {
    RawSql(path, absl::StrCat("ALTER TABLE figures DROP COLUMN ", column));
  }
  RawSql(path, "PRAGMA user_version = 1");
  EXPECT_EQ(Store::Open(Options(path, true)).status().code(),
            absl::StatusCode::kFailedPrecondition);

  auto store = OpenOrDie(Options(path));
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(RawSql(path, "PRAGMA user_version"), "13");
  FigureQuery query;
  query.place = "Surrey";
  query.min_normalized_value = 20;
  absl::StatusOr<Page<factwire::v1::Figure>> figures =
      store->ListFigures(query);
  ASSERT_TRUE(figures.ok()) << figures.status();
  ASSERT_EQ(figures->items.size(), 1u);
  EXPECT_EQ(figures->items[0].figure_id(), "f1");
  EXPECT_TRUE(OpenOrDie(Options(path, true)) != nullptr);
}

// Names of the claims SearchClaims returns for `text`, pages of `limit`.
std::vector<std::string> SearchNames(Store& store, const std::string& text,
                                     int limit) {
  std::vector<std::string> names;
  ClaimQuery query;
  query.text = text;
  query.page.limit = limit;
  for (int i = 0; i < 20; ++i) {
    absl::StatusOr<Page<factwire::v1::Claim>> page = store.SearchClaims(query);
    EXPECT_TRUE(page.ok()) << page.status();
    if (!page.ok()) break;
    for (const auto& claim : page->items) names.push_back(claim.name());
    names.push_back("|");  // Page boundary.
    if (page->next_after == 0) break;
    query.page.after = page->next_after;
    query.page.after_key = page->next_after_key;
  }
  return names;
}

TEST(StoreOpen, UpgradeFromVersionTenMergesTheFullTextSegments) {
  TempDir dir;
  std::string path = dir.File("store.db");
  std::vector<std::string> before;
  {
    auto store = OpenOrDie(Options(path));
    // One write transaction, one index segment, per document.
    for (int i = 0; i < 3; ++i) {
      std::string words = absl::StrCat("The harbor saw 3 cargo ships, ", i);
      for (int k = 0; k < i; ++k) absl::StrAppend(&words, " cargo");
      Document document =
          MakeDocument(absl::StrCat("d", i), absl::StrCat(words, "."));
      AddClaim(&document, "c1", factwire::v1::CLAIM_KIND_STATEMENT, words, "",
               "");
      AddFigure(&document, "f1", "3", 3, factwire::v1::DIMENSION_COUNT, "",
                "cargo ships");
      ASSERT_TRUE(store->Put(document).ok());
    }
    before = SearchNames(*store, "cargo harbor", 2);
  }
  const char* segments =
      "SELECT (SELECT count(DISTINCT segid) FROM claims_fts_idx) || ' ' ||"
      " (SELECT count(DISTINCT segid) FROM figures_fts_idx)";
  ASSERT_EQ(RawSql(path, segments), "3 3");
  RawSql(path, "PRAGMA user_version = 10");

  auto store = OpenOrDie(Options(path));
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(RawSql(path, "PRAGMA user_version"), "13");
  EXPECT_EQ(RawSql(path, segments), "1 1");
  EXPECT_EQ(SearchNames(*store, "cargo harbor", 2), before);
  EXPECT_EQ(before.size(), 5u);  // 3 claims on 2 pages.
  FigureQuery figures;
  figures.subject_words = {"ships"};
  absl::StatusOr<Page<factwire::v1::Figure>> listed =
      store->ListFigures(figures);
  ASSERT_TRUE(listed.ok()) << listed.status();
  EXPECT_EQ(listed->items.size(), 3u);
  EXPECT_TRUE(store->Check().ok());
}

TEST(StorePut, RoundTripsTheWholeDocument) {
  TempDir dir;
  auto store = OpenOrDie(Options(dir.File("store.db")));
  Document input = SeizureArticle();
  absl::StatusOr<PutResult> put = store->Put(input);
  ASSERT_TRUE(put.ok()) << put.status();
  EXPECT_TRUE(put->created);

  Document expected = input;
  expected.set_name("documents/seizure");
  expected.set_revision(1);
  expected.mutable_ingest_time()->set_seconds(
      absl::ToUnixSeconds(ClockStart()));
  for (auto& claim : *expected.mutable_claims()) {
    claim.set_name("documents/seizure/claims/" + claim.claim_id());
    claim.set_document("documents/seizure");
  }
  for (auto& figure : *expected.mutable_figures()) {
    figure.set_name("documents/seizure/figures/" + figure.figure_id());
    figure.set_document("documents/seizure");
  }
  EXPECT_TRUE(MessageDifferencer::Equals(put->document, expected))
      << put->document.DebugString();

  absl::StatusOr<Document> full = store->GetDocument("seizure", /*full=*/true);
  ASSERT_TRUE(full.ok()) << full.status();
  EXPECT_TRUE(MessageDifferencer::Equals(*full, put->document));
}

TEST(StorePut, BasicViewHasMetadataOnly) {
  TempDir dir;
  auto store = OpenOrDie(Options(dir.File("store.db")));
  ASSERT_TRUE(store->Put(SeizureArticle()).ok());
  absl::StatusOr<Document> basic =
      store->GetDocument("seizure", /*full=*/false);
  ASSERT_TRUE(basic.ok()) << basic.status();
  EXPECT_EQ(basic->name(), "documents/seizure");
  EXPECT_EQ(basic->headline(), "Headline of seizure");
  EXPECT_EQ(basic->external_id(), "cms-seizure");
  EXPECT_EQ(basic->publish_time().seconds(), 1740000000);
  EXPECT_EQ(basic->revision(), 1);
  EXPECT_TRUE(basic->text().empty());
  EXPECT_EQ(basic->paragraphs_size(), 0);
  EXPECT_EQ(basic->claims_size(), 0);
  EXPECT_EQ(basic->figures_size(), 0);
  EXPECT_EQ(basic->sources_size(), 0);
}

TEST(StorePut, BasicViewIsTheFullDocumentWithoutItsBody) {
  TempDir dir;
  auto store = OpenOrDie(Options(dir.File("store.db")));
  ASSERT_TRUE(store->Put(SeizureArticle()).ok());
  absl::StatusOr<Document> full = store->GetDocument("seizure", /*full=*/true);
  ASSERT_TRUE(full.ok()) << full.status();
  ASSERT_GT(full->paragraphs_size(), 0);
  absl::StatusOr<Document> basic =
      store->GetDocument("seizure", /*full=*/false);
  ASSERT_TRUE(basic.ok()) << basic.status();
  Document expected = *full;
  expected.clear_text();
  expected.clear_paragraphs();
  expected.clear_claims();
  expected.clear_figures();
  expected.clear_sources();
  EXPECT_TRUE(MessageDifferencer::Equals(*basic, expected))
      << basic->DebugString();
}

TEST(StorePut, ReadsIntoAMessageReplaceWhatItHeld) {
  TempDir dir;
  auto store = OpenOrDie(Options(dir.File("store.db")));
  ASSERT_TRUE(store->Put(SeizureArticle()).ok());
  ASSERT_TRUE(store->Put(CartelArticle()).ok());
  // One message reused across reads, as the query server reuses responses.
  Document document;
  ASSERT_TRUE(store->GetDocument("seizure", /*full=*/true, &document).ok());
  ASSERT_TRUE(store->GetDocument("cartel", /*full=*/false, &document).ok());
  absl::StatusOr<Document> basic = store->GetDocument("cartel", false);
  ASSERT_TRUE(basic.ok()) << basic.status();
  EXPECT_TRUE(MessageDifferencer::Equals(document, *basic))
      << document.DebugString();
  ASSERT_TRUE(store->GetDocument("seizure", /*full=*/true, &document).ok());
  absl::StatusOr<Document> full = store->GetDocument("seizure", true);
  ASSERT_TRUE(full.ok()) << full.status();
  EXPECT_TRUE(MessageDifferencer::Equals(document, *full));

  factwire::v1::Claim claim;
  ASSERT_TRUE(store->GetClaim("seizure", "c3", &claim).ok());
  ASSERT_TRUE(store->GetClaim("cartel", "c1", &claim).ok());
  absl::StatusOr<factwire::v1::Claim> alone = store->GetClaim("cartel", "c1");
  ASSERT_TRUE(alone.ok()) << alone.status();
  EXPECT_TRUE(MessageDifferencer::Equals(claim, *alone)) << claim.DebugString();
  EXPECT_EQ(store->GetClaim("cartel", "c9", &claim).code(),
            absl::StatusCode::kNotFound);

  factwire::v1::Source source;
  ASSERT_TRUE(store->GetSource("mike-vigil", &source).ok());
  ASSERT_TRUE(store->GetSource("rcmp", &source).ok());
  absl::StatusOr<factwire::v1::Source> rcmp = store->GetSource("rcmp");
  ASSERT_TRUE(rcmp.ok()) << rcmp.status();
  EXPECT_TRUE(MessageDifferencer::Equals(source, *rcmp)) << source.DebugString();
}

TEST(StorePut, RequiresIds) {
  TempDir dir;
  auto store = OpenOrDie(Options(dir.File("store.db")));
  Document no_id = SeizureArticle();
  no_id.clear_document_id();
  EXPECT_EQ(store->Put(no_id).status().code(),
            absl::StatusCode::kInvalidArgument);
  Document no_hash = SeizureArticle();
  no_hash.clear_content_sha256();
  EXPECT_EQ(store->Put(no_hash).status().code(),
            absl::StatusCode::kInvalidArgument);
  Document no_claim_id = SeizureArticle();
  no_claim_id.mutable_claims(1)->clear_claim_id();
  absl::Status status = store->Put(no_claim_id).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(status.message().find("claims[1]"), std::string::npos) << status;
}

TEST(StorePut, SameContentIsIdempotent) {
  TempDir dir;
  auto store = OpenOrDie(Options(dir.File("store.db")));
  absl::StatusOr<PutResult> first = store->Put(SeizureArticle());
  ASSERT_TRUE(first.ok()) << first.status();
  absl::StatusOr<PutResult> second = store->Put(SeizureArticle());
  ASSERT_TRUE(second.ok()) << second.status();
  EXPECT_FALSE(second->created);
  EXPECT_TRUE(MessageDifferencer::Equals(first->document, second->document));
  EXPECT_EQ(AllChanges(*store).items.size(), 1u);
}

TEST(StorePut, SameContentUnderAnotherIdReturnsTheStoredDocument) {
  TempDir dir;
  auto store = OpenOrDie(Options(dir.File("store.db")));
  ASSERT_TRUE(store->Put(SeizureArticle("first")).ok());
  absl::StatusOr<PutResult> again = store->Put(SeizureArticle("second"));
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_FALSE(again->created);
  EXPECT_EQ(again->document.document_id(), "first");
  EXPECT_EQ(store->GetDocument("second", false).status().code(),
            absl::StatusCode::kNotFound);
}

TEST(StorePut, NewContentReplacesAsNextRevision) {
  TempDir dir;
  auto store = OpenOrDie(Options(dir.File("store.db")));
  ASSERT_TRUE(store->Put(SeizureArticle("story")).ok());
  ASSERT_EQ(ClaimHits(*store, "largest seizure"), 1);

  Document update =
      MakeDocument("story", "Officials now say the haul was smaller.");
  AddClaim(&update, "c1", factwire::v1::CLAIM_KIND_ATTRIBUTED,
           "the haul was smaller", "Officials", "");
  absl::StatusOr<PutResult> put = store->Put(update);
  ASSERT_TRUE(put.ok()) << put.status();
  EXPECT_TRUE(put->created);
  EXPECT_EQ(put->document.revision(), 2);
  EXPECT_EQ(put->document.claims_size(), 1);
  EXPECT_EQ(put->document.figures_size(), 0);
  EXPECT_EQ(put->document.sources_size(), 0);

  EXPECT_EQ(ClaimHits(*store, "largest seizure"), 0);
  EXPECT_EQ(ClaimHits(*store, "haul"), 1);
  EXPECT_EQ(store->ListFigures(FigureQuery()).value().items.size(), 0u);
  // Sources only the old revision cited are gone.
  EXPECT_EQ(store->GetSource("mike-vigil").status().code(),
            absl::StatusCode::kNotFound);
  EXPECT_EQ(store->ListDocuments(PageQuery()).value().items.size(), 1u);

  Page<Change> changes = AllChanges(*store);
  ASSERT_EQ(changes.items.size(), 2u);
  EXPECT_EQ(changes.items[0].kind, ChangeKind::kStored);
  EXPECT_EQ(changes.items[1].kind, ChangeKind::kReplaced);
  EXPECT_EQ(changes.items[1].revision, 2);
  EXPECT_LT(changes.items[0].sequence, changes.items[1].sequence);
}

// After an upgrade, the same article sent again under its document_id carries
// the newer extractor's records: they replace the old ones as a new revision.
TEST(StorePut, SameContentFromAnotherExtractorVersionReplacesItsRecords) {
  TempDir dir;
  auto store = OpenOrDie(Options(dir.File("store.db")));
  ASSERT_TRUE(store->Put(SeizureArticle("story")).ok());
  ASSERT_EQ(ClaimHits(*store, "largest seizure"), 1);

  Document reanalyzed = SeizureArticle("story");
  reanalyzed.set_extractor_version("test-2");
  reanalyzed.clear_claims();
  reanalyzed.clear_sources();
  for (factwire::v1::Figure& figure : *reanalyzed.mutable_figures()) {
    figure.clear_claim_id();
  }
  absl::StatusOr<PutResult> put = store->Put(reanalyzed);
  ASSERT_TRUE(put.ok()) << put.status();
  EXPECT_TRUE(put->created);
  EXPECT_EQ(put->document.revision(), 2);
  EXPECT_EQ(put->document.extractor_version(), "test-2");
  EXPECT_EQ(put->document.claims_size(), 0);
  EXPECT_EQ(ClaimHits(*store, "largest seizure"), 0);
  EXPECT_EQ(store->GetDocument("story", true).value().extractor_version(),
            "test-2");

  Page<Change> changes = AllChanges(*store);
  ASSERT_EQ(changes.items.size(), 2u);
  EXPECT_EQ(changes.items[1].kind, ChangeKind::kReplaced);

  // The same version again is answered from the store.
  absl::StatusOr<PutResult> again = store->Put(reanalyzed);
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_FALSE(again->created);
  EXPECT_EQ(again->document.revision(), 2);
  EXPECT_EQ(AllChanges(*store).items.size(), 2u);
}

// A copy of stored content under another document_id stays answered by the
// stored document whatever extractor analyzed it: only the document itself is
// re-analyzed.
TEST(StorePut, SameContentUnderAnotherIdFromAnotherVersionReturnsTheStoredDocument) {
  TempDir dir;
  auto store = OpenOrDie(Options(dir.File("store.db")));
  ASSERT_TRUE(store->Put(SeizureArticle("first")).ok());
  Document copy = SeizureArticle("second");
  copy.set_extractor_version("test-2");
  absl::StatusOr<PutResult> again = store->Put(copy);
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_FALSE(again->created);
  EXPECT_EQ(again->document.document_id(), "first");
  EXPECT_EQ(again->document.extractor_version(), "test-1");
  EXPECT_EQ(store->GetDocument("second", false).status().code(),
            absl::StatusCode::kNotFound);
}

TEST(StorePut, FailureMidwayStoresNothing) {
  TempDir dir;
  auto store = OpenOrDie(Options(dir.File("store.db")));
  Document broken = SeizureArticle();
  // The duplicate figure id fails the last insert, after the document row, its
  // sources and claims were written inside the transaction.
  AddFigure(&broken, "f1", "20 kilograms", 20, factwire::v1::DIMENSION_MASS,
            "kg", "duplicate");
  absl::Status status = store->Put(broken).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(status.message().find("figure_id \"f1\""), std::string::npos)
      << status;

  EXPECT_EQ(store->GetDocument("seizure", false).status().code(),
            absl::StatusCode::kNotFound);
  EXPECT_EQ(ClaimHits(*store, "seizure"), 0);
  EXPECT_EQ(store->GetSource("arash-seyed").status().code(),
            absl::StatusCode::kNotFound);
  EXPECT_TRUE(AllChanges(*store).items.empty());
  // The store still works, and the fixed document goes in.
  EXPECT_TRUE(store->Put(SeizureArticle()).ok());
}

TEST(StorePut, FailedReplacementKeepsThePreviousRevision) {
  TempDir dir;
  auto store = OpenOrDie(Options(dir.File("store.db")));
  ASSERT_TRUE(store->Put(SeizureArticle("story")).ok());
  Document broken = CartelArticle("story");
  AddClaim(&broken, "c1", factwire::v1::CLAIM_KIND_STATEMENT, "Cartels", "",
           "");
  EXPECT_EQ(store->Put(broken).status().code(),
            absl::StatusCode::kInvalidArgument);

  absl::StatusOr<Document> kept = store->GetDocument("story", true);
  ASSERT_TRUE(kept.ok()) << kept.status();
  EXPECT_EQ(kept->revision(), 1);
  EXPECT_EQ(kept->claims_size(), 3);
  EXPECT_EQ(ClaimHits(*store, "largest seizure"), 1);
  EXPECT_EQ(ClaimHits(*store, "precursor"), 0);
}

TEST(StoreReadOnly, SeesDocumentsAWriterPutsLater) {
  TempDir dir;
  std::string path = dir.File("store.db");
  auto writer = OpenOrDie(Options(path));
  auto reader = OpenOrDie(Options(path, /*read_only=*/true));
  ASSERT_NE(reader, nullptr);
  EXPECT_EQ(reader->GetDocument("seizure", true).status().code(),
            absl::StatusCode::kNotFound);

  ASSERT_TRUE(writer->Put(SeizureArticle()).ok());
  absl::StatusOr<Document> seen = reader->GetDocument("seizure", true);
  ASSERT_TRUE(seen.ok()) << seen.status();
  EXPECT_EQ(seen->claims_size(), 3);
  EXPECT_EQ(ClaimHits(*reader, "seizure"), 1);

  ASSERT_TRUE(writer->Put(CartelArticle()).ok());
  EXPECT_EQ(reader->GetSource("mike-vigil").value().document_count(), 2);
}

TEST(StoreReadOnly, SeesWhatAWriterProcessCommits) {
  TempDir dir;
  std::string path = dir.File("store.db");
  ASSERT_NE(OpenOrDie(Options(path)), nullptr);  // Migrates, then closes.
  auto reader = OpenOrDie(Options(path, /*read_only=*/true));
  ASSERT_NE(reader, nullptr);
  ASSERT_EQ(reader->GetDocument("seizure", false).status().code(),
            absl::StatusCode::kNotFound);

  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    absl::StatusOr<std::unique_ptr<Store>> writer = Store::Open(Options(path));
    bool ok = writer.ok() && (*writer)->Put(SeizureArticle()).ok();
    _exit(ok ? 0 : 1);
  }
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status));
  ASSERT_EQ(WEXITSTATUS(status), 0);

  absl::StatusOr<Document> seen = reader->GetDocument("seizure", true);
  ASSERT_TRUE(seen.ok()) << seen.status();
  EXPECT_EQ(seen->claims_size(), 3);
}

TEST(StoreReadOnly, RefusesWrites) {
  TempDir dir;
  std::string path = dir.File("store.db");
  ASSERT_NE(OpenOrDie(Options(path)), nullptr);
  auto reader = OpenOrDie(Options(path, true));
  ASSERT_NE(reader, nullptr);
  EXPECT_EQ(reader->Put(SeizureArticle()).status().code(),
            absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(reader->Delete("seizure").code(),
            absl::StatusCode::kFailedPrecondition);
}

TEST(StoreReadOnly, OpensAfterTheWriterClosed) {
  TempDir dir;
  std::string path = dir.File("store.db");
  {
    auto writer = OpenOrDie(Options(path));
    ASSERT_TRUE(writer->Put(SeizureArticle()).ok());
  }
  auto reader = OpenOrDie(Options(path, true));
  ASSERT_NE(reader, nullptr);
  EXPECT_TRUE(reader->GetDocument("seizure", true).ok());
}

TEST(StoreLocking, BusyPastTheTimeoutIsUnavailable) {
  TempDir dir;
  std::string path = dir.File("store.db");
  StoreOptions options = Options(path);
  options.busy_timeout = absl::Milliseconds(1);
  auto store = OpenOrDie(options);
  sqlite3* other = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &other), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr),
            SQLITE_OK);
  EXPECT_EQ(store->Put(SeizureArticle()).status().code(),
            absl::StatusCode::kUnavailable);
  sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(other);
  EXPECT_TRUE(store->Put(SeizureArticle()).ok());
}

TEST(StoreLocking, ConcurrentPutsAllLand) {
  TempDir dir;
  auto store = OpenOrDie(Options(dir.File("store.db")));
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&store, t] {
      for (int i = 0; i < 5; ++i) {
        std::string id = absl::StrCat("doc-", t, "-", i);
        Document document =
            MakeDocument(id, absl::StrCat("Text number ", t, " ", i, "."));
        EXPECT_TRUE(store->Put(document).ok());
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(store->ListDocuments(PageQuery{0, 100}).value().items.size(), 20u);
}

TEST(StoreLocking, ParallelReadsBesideWrites) {
  TempDir dir;
  StoreOptions options = Options(dir.File("store.db"));
  options.connections = 3;
  auto store = OpenOrDie(options);
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->Put(SeizureArticle()).ok());
  std::thread writer([&store] {
    for (int i = 0; i < 20; ++i) {
      Document document = SeizureArticle(absl::StrCat("copy", i));
      document.set_content_sha256(absl::StrCat("copy-", i));
      EXPECT_TRUE(store->Put(document).ok());
    }
  });
  std::vector<std::thread> readers;
  for (int t = 0; t < 3; ++t) {
    readers.emplace_back([&store] {
      for (int i = 0; i < 30; ++i) {
        ClaimQuery query;
        query.text = "largest seizure";
        absl::StatusOr<Page<factwire::v1::Claim>> page =
            store->SearchClaims(query);
        ASSERT_TRUE(page.ok()) << page.status();
        EXPECT_GE(page->items.size(), 1u);
        EXPECT_TRUE(store->GetDocument("seizure", true).ok());
      }
    });
  }
  writer.join();
  for (std::thread& reader : readers) reader.join();
  EXPECT_EQ(ClaimHits(*store, "largest seizure"), 21);
}

TEST(StoreDelete, RemovesTheDocumentAndKeepsSharedSources) {
  TempDir dir;
  auto store = OpenOrDie(Options(dir.File("store.db")));
  ASSERT_TRUE(store->Put(SeizureArticle()).ok());
  ASSERT_TRUE(store->Put(CartelArticle()).ok());
  ASSERT_TRUE(store->Delete("seizure").ok());

  EXPECT_EQ(store->GetDocument("seizure", false).status().code(),
            absl::StatusCode::kNotFound);
  EXPECT_EQ(ClaimHits(*store, "largest"), 0);
  EXPECT_EQ(store->GetSource("rcmp").status().code(),
            absl::StatusCode::kNotFound);
  absl::StatusOr<factwire::v1::Source> vigil = store->GetSource("mike-vigil");
  ASSERT_TRUE(vigil.ok()) << vigil.status();
  EXPECT_EQ(vigil->document_count(), 1);
  EXPECT_EQ(vigil->claim_count(), 2);
  EXPECT_EQ(store->Delete("seizure").code(), absl::StatusCode::kNotFound);

  Page<Change> changes = AllChanges(*store);
  ASSERT_EQ(changes.items.size(), 3u);
  EXPECT_EQ(changes.items[2].kind, ChangeKind::kDeleted);
  EXPECT_EQ(changes.items[2].document_id, "seizure");
}

TEST(StoreDelete, ReplacingAndDeletingLeaveNoRowsBehind) {
  TempDir dir;
  std::string path = dir.File("store.db");
  auto store = OpenOrDie(Options(path));
  ASSERT_TRUE(store->Put(SeizureArticle()).ok());
  ASSERT_TRUE(store->Put(CartelArticle()).ok());
  // A new revision in a batch with another document, then a deletion.
  Document revised = SeizureArticle();
  revised.set_content_sha256("sha-revised");
  std::vector<PutItem> items;
  items.push_back(PutItem{revised, std::nullopt});
  Document other = CartelArticle("other");
  other.set_content_sha256("sha-other");
  items.push_back(PutItem{other, std::nullopt});
  for (const auto& result : store->PutBatch(std::move(items))) {
    ASSERT_TRUE(result.ok()) << result.status();
  }
  ASSERT_TRUE(store->Delete("cartel").ok());
  // Left: seizure (3 claims, 2 figures, 3 sources with one alias each) and
  // other (2 claims, 1 source with 2 aliases).
  EXPECT_EQ(RawSql(path,
                   "SELECT (SELECT count(*) FROM claims) || ' ' ||"
                   " (SELECT count(*) FROM figures) || ' ' ||"
                   " (SELECT count(*) FROM document_sources) || ' ' ||"
                   " (SELECT count(*) FROM source_aliases) || ' ' ||"
                   " (SELECT count(*) FROM documents)"),
            "5 2 4 5 2");
  EXPECT_EQ(RawSql(path, "SELECT count(*) FROM pragma_foreign_key_check"), "0");
  EXPECT_TRUE(store->Check().ok());
  absl::StatusOr<Document> kept = store->GetDocument("seizure", true);
  ASSERT_TRUE(kept.ok()) << kept.status();
  EXPECT_EQ(kept->revision(), 2);
  EXPECT_EQ(kept->claims_size(), 3);
}

TEST(StoreTimeout, StopsReadsPastTheReadTimeout) {
  TempDir dir;
  StoreOptions options = Options(dir.File("store.db"));
  options.read_timeout = absl::ZeroDuration();
  auto store = OpenOrDie(options);
  Document document = SeizureArticle();
  for (int i = 0; i < 30; ++i) {
    document.set_document_id(absl::StrCat("copy", i));
    document.set_content_sha256(absl::StrCat("sha", i));
    ASSERT_TRUE(store->Put(document).ok());  // Writes are not limited.
  }
  ClaimQuery query;
  query.text = "largest seizure";
  EXPECT_EQ(store->SearchClaims(query).status().code(),
            absl::StatusCode::kDeadlineExceeded);
  // The read transaction was rolled back: the next read starts cleanly (and
  // is stopped the same way), and a store without the limit finds every hit.
  EXPECT_EQ(store->SearchClaims(query).status().code(),
            absl::StatusCode::kDeadlineExceeded);
  options.read_timeout = absl::Seconds(60);
  auto patient = OpenOrDie(options);
  EXPECT_EQ(patient->SearchClaims(query).value().items.size(), 30u);
}

TEST(StoreCheck, PassesOnAHealthyStoreAndFindsABrokenIndex) {
  TempDir dir;
  std::string path = dir.File("store.db");
  auto store = OpenOrDie(Options(path));
  ASSERT_TRUE(store->Put(SeizureArticle()).ok());
  EXPECT_TRUE(store->Check().ok()) << store->Check();
  EXPECT_TRUE(OpenOrDie(Options(path, true))->Check().ok());

  // Remove one claim from the index behind the store's back.
  RawSql(path,
         "INSERT INTO claims_fts(claims_fts, rowid, text, speaker, sentence)"
         " SELECT 'delete', id, text, speaker, sentence FROM claims LIMIT 1");
  absl::Status status = store->Check();
  EXPECT_EQ(status.code(), absl::StatusCode::kDataLoss) << status;
  EXPECT_NE(status.message().find("claims_fts"), std::string::npos) << status;
}

TEST(StoreChanges, PageAndResumeFromASequence) {
  TempDir dir;
  auto store = OpenOrDie(Options(dir.File("store.db")));
  for (int i = 0; i < 5; ++i) {
    std::string id = absl::StrCat("d", i);
    ASSERT_TRUE(store->Put(MakeDocument(id, absl::StrCat("Body ", i))).ok());
  }
  absl::StatusOr<Page<Change>> first = store->ListChanges(PageQuery{0, 3});
  ASSERT_TRUE(first.ok()) << first.status();
  ASSERT_EQ(first->items.size(), 3u);
  EXPECT_EQ(first->items[0].document_id, "d0");
  EXPECT_EQ(first->items[0].time, ClockStart());
  absl::StatusOr<Page<Change>> rest =
      store->ListChanges(PageQuery{first->next_after, 3});
  ASSERT_TRUE(rest.ok()) << rest.status();
  ASSERT_EQ(rest->items.size(), 2u);
  EXPECT_EQ(rest->items[1].document_id, "d4");
  EXPECT_EQ(rest->next_after, 0);
}

}  // namespace
}  // namespace factwire
