#ifndef FACTWIRE_STORE_CONNECTION_POOL_H_
#define FACTWIRE_STORE_CONNECTION_POOL_H_

// A fixed set of connections to one database, each used by one caller at a
// time, so reads can run in parallel. Internal to factwire_store.

#include <atomic>
#include <cstddef>
#include <memory>
#include <mutex>
#include <vector>

#include "store/sqlite.h"

namespace factwire {
namespace store_internal {

class ConnectionPool {
 public:
  // Takes `connections` (at least one); the first is the one writes use.
  explicit ConnectionPool(std::vector<std::unique_ptr<Connection>> connections);

  // Exclusive use of one connection until destroyed.
  class Lease {
   public:
    Connection* get() const { return connection_; }

   private:
    friend class ConnectionPool;
    Lease(std::unique_lock<std::mutex> lock, Connection* connection)
        : lock_(std::move(lock)), connection_(connection) {}
    std::unique_lock<std::mutex> lock_;
    Connection* connection_;
  };

  // A free connection if there is one, else waits for the next one in turn.
  Lease Acquire();
  // The first connection (writes), waiting until it is free.
  Lease AcquireFirst();

 private:
  struct Slot {
    std::mutex mutex;
    std::unique_ptr<Connection> connection;
  };
  std::vector<std::unique_ptr<Slot>> slots_;
  std::atomic<size_t> next_{0};
};

}  // namespace store_internal
}  // namespace factwire

#endif  // FACTWIRE_STORE_CONNECTION_POOL_H_
