#ifndef FACTWIRE_STORE_CHECKPOINTER_H_
#define FACTWIRE_STORE_CHECKPOINTER_H_

// Copies the WAL back into the database file on a thread of its own, so the
// writer's commits do not (SQLite's automatic checkpoint runs inside the
// COMMIT that crosses the threshold, on the writing thread). Internal to
// factwire_store.

#include <memory>
#include <thread>

#include "absl/synchronization/mutex.h"
#include "store/sqlite.h"

namespace factwire {
namespace store_internal {

class Checkpointer {
 public:
  // Takes over checkpointing for `writer` (turns its automatic checkpoint
  // off and watches its commits) and checkpoints on `connection` (its own,
  // to the same file) whenever the WAL holds `frames` pages or more. When it
  // holds `limit_frames` or more, the background checkpoints have not kept up
  // (a writer that never pauses appends pages while each one copies, so the
  // WAL never starts over and grows without bound): the writer's own thread
  // then checkpoints after that commit (RESTART: waits up to the writer's
  // busy timeout for readers), and its next write starts the WAL over.
  // `writer` must outlive the Checkpointer.
  Checkpointer(Connection* writer, std::unique_ptr<Connection> connection,
               int frames, int limit_frames);
  // Runs a last checkpoint, then stops the thread.
  ~Checkpointer();
  Checkpointer(const Checkpointer&) = delete;
  Checkpointer& operator=(const Checkpointer&) = delete;

 private:
  // sqlite3_wal_hook: called on the writer's thread after each commit.
  static int Committed(void* self, sqlite3* db, const char* name, int frames);
  void Run();

  Connection* writer_;
  std::unique_ptr<Connection> connection_;
  const int frames_;
  const int limit_frames_;
  absl::Mutex mu_;
  bool due_ ABSL_GUARDED_BY(mu_) = false;
  bool stopping_ ABSL_GUARDED_BY(mu_) = false;
  std::thread thread_;
};

}  // namespace store_internal
}  // namespace factwire

#endif  // FACTWIRE_STORE_CHECKPOINTER_H_
