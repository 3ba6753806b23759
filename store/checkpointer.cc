#include "store/checkpointer.h"

#include <utility>

namespace factwire {
namespace store_internal {

Checkpointer::Checkpointer(Connection* writer,
                           std::unique_ptr<Connection> connection, int frames,
                           int limit_frames)
    : writer_(writer),
      connection_(std::move(connection)),
      frames_(frames),
      limit_frames_(limit_frames) {
  // Replaces SQLite's own hook, which is the automatic checkpoint.
  sqlite3_wal_hook(writer_->db(), &Checkpointer::Committed, this);
  thread_ = std::thread([this] { Run(); });
}

Checkpointer::~Checkpointer() {
  sqlite3_wal_hook(writer_->db(), nullptr, nullptr);
  {
    absl::MutexLock lock(&mu_);
    stopping_ = true;
  }
  thread_.join();
}

int Checkpointer::Committed(void* self, sqlite3* db, const char*, int frames) {
  auto* checkpointer = static_cast<Checkpointer*>(self);
  if (frames >= checkpointer->limit_frames_) {
    // Between the writer's transactions no page is appended while this
    // copies; errors (a reader past the busy timeout) are retried at the next
    // commit, as SQLite's own automatic checkpoint does in this hook.
    sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_RESTART, nullptr, nullptr);
    return SQLITE_OK;
  }
  if (frames < checkpointer->frames_) return SQLITE_OK;
  absl::MutexLock lock(&checkpointer->mu_);
  checkpointer->due_ = true;
  return SQLITE_OK;
}

void Checkpointer::Run() {
  while (true) {
    bool stopping = false;
    {
      absl::MutexLock lock(&mu_);
      mu_.Await(absl::Condition(
          +[](Checkpointer* c) ABSL_EXCLUSIVE_LOCKS_REQUIRED(c->mu_) {
            return c->due_ || c->stopping_;
          },
          this));
      due_ = false;
      stopping = stopping_;
    }
    // PASSIVE: never waits for, nor blocks, the writer or readers; what it
    // cannot copy now is copied next time. Errors (a busy database) are
    // retried at the next threshold.
    sqlite3_wal_checkpoint_v2(connection_->db(), nullptr,
                              SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    if (stopping) return;
  }
}

}  // namespace store_internal
}  // namespace factwire
