#include "store/connection_pool.h"

#include <utility>

namespace factwire {
namespace store_internal {

ConnectionPool::ConnectionPool(
    std::vector<std::unique_ptr<Connection>> connections) {
  for (std::unique_ptr<Connection>& connection : connections) {
    auto slot = std::make_unique<Slot>();
    slot->connection = std::move(connection);
    slots_.push_back(std::move(slot));
  }
}

ConnectionPool::Lease ConnectionPool::Acquire() {
  for (const std::unique_ptr<Slot>& slot : slots_) {
    std::unique_lock<std::mutex> lock(slot->mutex, std::try_to_lock);
    if (lock.owns_lock()) return Lease(std::move(lock), slot->connection.get());
  }
  Slot& slot = *slots_[next_.fetch_add(1) % slots_.size()];
  return Lease(std::unique_lock<std::mutex>(slot.mutex), slot.connection.get());
}

ConnectionPool::Lease ConnectionPool::AcquireFirst() {
  Slot& slot = *slots_.front();
  return Lease(std::unique_lock<std::mutex>(slot.mutex), slot.connection.get());
}

}  // namespace store_internal
}  // namespace factwire
