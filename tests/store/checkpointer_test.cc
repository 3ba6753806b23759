// The checkpointer's bound on the WAL: a writer that never pauses must not
// grow it without end (store/checkpointer.h).
#include "store/checkpointer.h"

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "gtest/gtest.h"
#include "store/sqlite.h"
#include "tests/testing/temp_dir.h"

namespace factwire {
namespace {

using store_internal::Checkpointer;
using store_internal::Connection;

constexpr int kFlags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
constexpr int kNeverDue = 1 << 30;  // a background threshold never reached

std::unique_ptr<Connection> OpenOrDie(const std::string& path) {
  absl::StatusOr<std::unique_ptr<Connection>> c =
      Connection::Open(path, kFlags, absl::Seconds(5));
  EXPECT_TRUE(c.ok()) << c.status();
  return c.ok() ? *std::move(c) : nullptr;
}

// The size of the WAL of `path` after `commits` one-row transactions of
// about 3 KB each on a writer whose Checkpointer never runs in the background
// and checkpoints on the writer at `limit_frames` pages.
uintmax_t WalBytesAfterCommits(const std::string& path, int commits, int limit_frames) {
  std::unique_ptr<Connection> writer = OpenOrDie(path);
  if (writer == nullptr) return 0;
  EXPECT_TRUE(writer->Exec("PRAGMA journal_mode=WAL; CREATE TABLE t(b BLOB);").ok());
  {
    Checkpointer checkpointer(writer.get(), OpenOrDie(path), kNeverDue, limit_frames);
    for (int i = 0; i < commits; ++i) {
      EXPECT_TRUE(writer->Exec("INSERT INTO t VALUES (randomblob(3000));").ok());
    }
  }
  return std::filesystem::file_size(path + "-wal");
}

TEST(CheckpointerTest, WriterThatNeverPausesKeepsTheWalBounded) {
  TempDir dir;
  // 64 pages of 4 KB (and frame headers), with room for the commit that
  // crosses the limit.
  const uintmax_t bound = 100 * 4120;
  EXPECT_LT(WalBytesAfterCommits(dir.File("bounded.db").string(), 1000, 64), bound);
}

TEST(CheckpointerTest, WithoutTheLimitTheWalGrowsWithEveryCommit) {
  // The case the limit is for: no background checkpoint gets to start the WAL
  // over, and it holds every page of every commit.
  TempDir dir;
  EXPECT_GT(WalBytesAfterCommits(dir.File("unbounded.db").string(), 1000, kNeverDue),
            uintmax_t{1000} * 4096);
}

}  // namespace
}  // namespace factwire
