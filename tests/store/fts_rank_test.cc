// factwire_bm25 orders rows as FTS5's bm25 does, for one phrase and several.

#include "store/fts_rank.h"

#include <sqlite3.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/time.h"
#include "gtest/gtest.h"
#include "store/sqlite.h"
#include "tests/store/fixtures.h"

namespace factwire {
namespace {

using store_internal::Connection;
using store_internal::RegisterRankFunction;
using store_internal::Statement;

class FtsRankTest : public ::testing::Test {
 protected:
  void SetUp() override {
    absl::StatusOr<std::unique_ptr<Connection>> opened = Connection::Open(
        dir_.File("rank.db").string(),
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, absl::Seconds(1));
    ASSERT_TRUE(opened.ok()) << opened.status();
    connection_ = *std::move(opened);
    ASSERT_TRUE(connection_
                    ->Exec("CREATE VIRTUAL TABLE t USING fts5(a, b, c,"
                           " tokenize='porter unicode61')")
                    .ok());
    const char* rows[][3] = {
        {"cargo ship", "harbor", "the cargo left the harbor at dawn"},
        {"cargo cargo cargo", "",
         "a long sentence about cargo and nothing else"},
        {"harbor master", "cargo", "harbor"},
        {"quiet", "cargo harbor", "cargo"},
        {"the harbor was quiet", "", "no ships came to the harbor today"},
        {"cargo", "cargo", "cargo cargo harbor harbor harbor"},
        {"a b c d e f g cargo", "", ""},
    };
    for (const auto& row : rows) {
      sqlite3_stmt* raw = nullptr;
      ASSERT_EQ(sqlite3_prepare_v2(connection_->db(),
                                   "INSERT INTO t(a, b, c) VALUES (?, ?, ?)",
                                   -1, &raw, nullptr),
                SQLITE_OK);
      for (int i = 0; i < 3; ++i) {
        sqlite3_bind_text(raw, i + 1, row[i], -1, SQLITE_TRANSIENT);
      }
      EXPECT_EQ(sqlite3_step(raw), SQLITE_DONE);
      sqlite3_finalize(raw);
    }
  }

  // Row ids matching `match` ordered by `function`(t, 1.0, 1.0, 0.5), then id.
  std::vector<int64_t> Order(const std::string& function,
                             const std::string& match) {
    std::vector<int64_t> ids;
    absl::StatusOr<Statement> stmt = connection_->PrepareOnce(
        "SELECT rowid FROM t WHERE t MATCH :match ORDER BY " + function +
        "(t, 1.0, 1.0, 0.5), rowid");
    EXPECT_TRUE(stmt.ok()) << stmt.status();
    if (!stmt.ok()) return ids;
    stmt->Bind(":match", match);
    while (true) {
      absl::StatusOr<bool> row = stmt->Step();
      EXPECT_TRUE(row.ok()) << row.status();
      if (!row.ok() || !*row) break;
      ids.push_back(stmt->Int(0));
    }
    return ids;
  }

  TempDir dir_;
  std::unique_ptr<Connection> connection_;
};

TEST_F(FtsRankTest, UnknownUntilRegistered) {
  EXPECT_FALSE(
      connection_
          ->PrepareOnce("SELECT factwire_bm25(t) FROM t WHERE t MATCH 'x'")
          .ok());
  ASSERT_TRUE(RegisterRankFunction(connection_.get()).ok());
  EXPECT_TRUE(
      connection_
          ->PrepareOnce("SELECT factwire_bm25(t) FROM t WHERE t MATCH 'x'")
          .ok());
}

TEST_F(FtsRankTest, OrdersAsBm25) {
  ASSERT_TRUE(RegisterRankFunction(connection_.get()).ok());
  for (const char* match :
       {"\"cargo\"", "\"harbor\"", "\"cargo\" AND \"harbor\"",
        "\"quiet\" OR \"cargo\"", "\"harb\"*"}) {
    std::vector<int64_t> expected = Order("bm25", match);
    EXPECT_GT(expected.size(), 1u) << match;
    EXPECT_EQ(Order("factwire_bm25", match), expected) << match;
  }
}

TEST_F(FtsRankTest, SeveralPhrasesScoreAsBm25) {
  ASSERT_TRUE(RegisterRankFunction(connection_.get()).ok());
  absl::StatusOr<Statement> stmt = connection_->PrepareOnce(
      "SELECT bm25(t, 1.0, 1.0, 0.5), factwire_bm25(t, 1.0, 1.0, 0.5) FROM t"
      " WHERE t MATCH '\"cargo\" AND \"harbor\"'");
  ASSERT_TRUE(stmt.ok()) << stmt.status();
  int rows = 0;
  while (true) {
    absl::StatusOr<bool> row = stmt->Step();
    ASSERT_TRUE(row.ok()) << row.status();
    if (!*row) break;
    ++rows;
    EXPECT_DOUBLE_EQ(stmt->Double(1), stmt->Double(0));
  }
  EXPECT_GE(rows, 3);
}

// Scores of every row matching `match`, computed both ways by `sql` (two
// columns over t), must be the same double.
void ExpectSameScores(Connection* connection, const std::string& sql,
                      const std::string& match) {
  absl::StatusOr<Statement> stmt = connection->PrepareOnce(sql);
  ASSERT_TRUE(stmt.ok()) << stmt.status();
  stmt->Bind(":match", match);
  int rows = 0;
  while (true) {
    absl::StatusOr<bool> row = stmt->Step();
    ASSERT_TRUE(row.ok()) << row.status();
    if (!*row) break;
    ++rows;
    EXPECT_EQ(stmt->Double(1), stmt->Double(0)) << match;
  }
  EXPECT_GE(rows, 2) << match;
}

// factwire_bm25 without and with a cache name, for ExpectSameScores().
constexpr char kCachedScores[] =
    "SELECT factwire_bm25(t, 1.0, 1.0, 0.5),"
    " factwire_bm25(t, 1.0, 1.0, 0.5, 't') FROM t WHERE t MATCH :match";

// A change log like the store's (kind 1 = stored, 2 = replaced).
void CreateChangeLog(Connection* connection) {
  ASSERT_TRUE(connection
                  ->Exec("CREATE TABLE changes (sequence INTEGER PRIMARY KEY"
                         " AUTOINCREMENT, kind INTEGER NOT NULL)")
                  .ok());
}

// Makes row 1 longer, logging a change of `kind` unless it is 0.
void LengthenRowOne(Connection* connection, int kind) {
  std::string sql =
      "UPDATE t SET a = 'cargo ship with a very long name indeed'"
      " WHERE rowid = 1;";
  if (kind != 0) {
    absl::StrAppend(&sql, " INSERT INTO changes (kind) VALUES (", kind, ");");
  }
  ASSERT_TRUE(connection->Exec(sql.c_str()).ok());
}

TEST_F(FtsRankTest, CachedLengthsGiveTheSameScoresUntilARowIsReplaced) {
  ASSERT_TRUE(RegisterRankFunction(connection_.get()).ok());
  CreateChangeLog(connection_.get());
  // Fills the cache, then reads from it.
  for (int i = 0; i < 2; ++i) {
    ExpectSameScores(connection_.get(), kCachedScores, "\"cargo\"");
  }
  LengthenRowOne(connection_.get(), /*kind=*/2);
  ExpectSameScores(connection_.get(), kCachedScores, "\"cargo\"");
}

TEST_F(FtsRankTest, StoredChangesKeepTheCachedLengths) {
  ASSERT_TRUE(RegisterRankFunction(connection_.get()).ok());
  CreateChangeLog(connection_.get());
  ExpectSameScores(connection_.get(), kCachedScores, "\"cargo\"");
  // The log says only that a document was stored, so row 1's old length is
  // used although the row changed: the cache trusts the log.
  LengthenRowOne(connection_.get(), /*kind=*/1);
  absl::StatusOr<Statement> again = connection_->PrepareOnce(
      "SELECT factwire_bm25(t, 1.0, 1.0, 0.5, 't'),"
      " factwire_bm25(t, 1.0, 1.0, 0.5) FROM t WHERE rowid = 1"
      " AND t MATCH '\"cargo\"'");
  ASSERT_TRUE(again.ok()) << again.status();
  absl::StatusOr<bool> row = again->Step();
  ASSERT_TRUE(row.ok() && *row);
  EXPECT_NE(again->Double(0), again->Double(1));
}

TEST_F(FtsRankTest, RowsTooLongToCacheScoreTheSame) {
  ASSERT_TRUE(RegisterRankFunction(connection_.get()).ok());
  CreateChangeLog(connection_.get());
  // 300 tokens: more than a cached length holds.
  std::string words = "cargo";
  for (int i = 0; i < 299; ++i) absl::StrAppend(&words, " w", i);
  ASSERT_TRUE(connection_
                  ->Exec(absl::StrCat("INSERT INTO t(a, b, c) VALUES ('", words,
                                      "', '', '')")
                             .c_str())
                  .ok());
  for (int i = 0; i < 2; ++i) {
    ExpectSameScores(connection_.get(), kCachedScores, "\"cargo\"");
  }
}

TEST_F(FtsRankTest, NoLengthsCachedWithoutAChangeLog) {
  ASSERT_TRUE(RegisterRankFunction(connection_.get()).ok());
  ExpectSameScores(connection_.get(), kCachedScores, "\"cargo\"");
  LengthenRowOne(connection_.get(), /*kind=*/0);
  ExpectSameScores(connection_.get(), kCachedScores, "\"cargo\"");
}

}  // namespace
}  // namespace factwire
