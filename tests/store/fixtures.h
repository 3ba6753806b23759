#ifndef FACTWIRE_TESTS_STORE_FIXTURES_H_
#define FACTWIRE_TESTS_STORE_FIXTURES_H_

// Test helpers for the store: a temporary directory, stores opened in it, and
// short fixture documents whose spans point into their own text.

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "absl/time/time.h"
#include "factwire/v1/records.pb.h"
#include "gtest/gtest.h"
#include "store/store.h"
#include "tests/testing/temp_dir.h"

namespace factwire {
namespace testing_store {

// The store tests' temporary directory is the one all tests share
// (tests/testing/temp_dir.h).
using ::factwire::TempDir;

// A clock that starts at ClockStart() (2025-03-01T12:00:00Z) and advances one
// second per call, so every Put gets a distinct, predictable time.
std::function<absl::Time()> CountingClock();
absl::Time ClockStart();

// Options for `path` with a fresh CountingClock() and a short busy timeout.
StoreOptions Options(const std::string& path, bool read_only = false);

// A document with `id`, a content hash derived from `text`, and metadata.
factwire::v1::Document MakeDocument(const std::string& id,
                                    const std::string& text);

// Adds a claim whose text is `words` (found in the document text: span set),
// the sentence span from after the previous ". " to the next '.'.
factwire::v1::Claim* AddClaim(factwire::v1::Document* document,
                              const std::string& claim_id,
                              factwire::v1::ClaimKind kind,
                              const std::string& words,
                              const std::string& speaker,
                              const std::string& source_id);

factwire::v1::Figure* AddFigure(factwire::v1::Document* document,
                                const std::string& figure_id,
                                const std::string& text, double value,
                                factwire::v1::Dimension dimension,
                                const std::string& unit,
                                const std::string& subject);

factwire::v1::Source* AddSource(factwire::v1::Document* document,
                                const std::string& source_id,
                                factwire::v1::SourceType type,
                                const std::string& name,
                                const std::vector<std::string>& aliases,
                                const std::string& title,
                                const std::string& affiliation);

// The seizure article: 3 claims (c1 direct quote by arash-seyed, c2 indirect by
// mike-vigil, c3 statement), 2 figures (f1 20 kg exact in Surrey, f2 about
// 70,000 in the United States), 3 sources (arash-seyed, mike-vigil, rcmp).
factwire::v1::Document SeizureArticle(const std::string& id = "seizure");

// A second article citing mike-vigil again (other title, alias "Michael
// Vigil").
factwire::v1::Document CartelArticle(const std::string& id = "cartel");

// `field op value` as a filter node (at column 7, for error messages).
FilterExpr Cmp(const std::string& field, FilterOp op, FilterValue value);

// Runs `sql` on the database file `path` through a separate raw SQLite
// connection (to change a store behind its back); a failure fails the test.
void RawExec(const std::string& path, const char* sql);

// Runs `sql` on `path` through a separate raw connection; returns the first
// column of the first row (or "").
std::string RawSql(const std::string& path, const std::string& sql);

// The `record` blobs of `table` in `path`, by row id, read behind the
// store's back.
std::vector<std::string> RawRecords(const std::string& path,
                                    const std::string& table);

// Sets the `record` of the i-th row (by row id) of `table` to records[i].
void RawSetRecords(const std::string& path, const std::string& table,
                   const std::vector<std::string>& records);

// Gives the claims, figures and per-document sources of the only document in
// `path` (stored from `document`, with no name or document set on its
// records) their whole records, as schema 11 and earlier stored them.
void RawStoreWholeRecords(const std::string& path,
                          const factwire::v1::Document& document);

// FilledStoreTest
//
// Before each test, opens a fresh store (Options(), so a CountingClock) in a
// TempDir of its own and puts every document of Documents() into it, in order.
// A failure to open or to put is fatal, so the test body does not run.
class FilledStoreTest : public ::testing::Test {
 protected:
  void SetUp() override;

  // The documents the store holds for every test of the derived fixture.
  virtual std::vector<factwire::v1::Document> Documents() const = 0;

  TempDir dir_;  // Declared first: outlives the store it holds.
  std::unique_ptr<Store> store_;
};

}  // namespace testing_store
}  // namespace factwire

#endif  // FACTWIRE_TESTS_STORE_FIXTURES_H_
