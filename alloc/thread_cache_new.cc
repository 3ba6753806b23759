#include "alloc/thread_cache_new.h"

#include <malloc.h>

#include <cstdint>
#include <cstdlib>
#include <new>

namespace factwire {
namespace {

constexpr size_t kGranule = 16;
// Class c holds blocks of at least c * kGranule usable bytes, c in 1..kTopClass.
constexpr size_t kTopClass = kMaxCachedRequest / kGranule;

struct FreeBlock {
  FreeBlock* next;
};

// A thread's cache. Trivially destructible, so it needs no guard to be reached;
// the Drainer below empties it when the thread ends.
struct Cache {
  FreeBlock* head[kTopClass + 1];
  uint32_t count[kTopClass + 1];
  size_t blocks;
};

enum class State : uint8_t { kUnregistered, kLive, kDrained };

thread_local Cache cache;
thread_local State state = State::kUnregistered;

// Gives the thread's cached blocks back to malloc when the thread ends.
struct Drainer {
  ~Drainer() {
    state = State::kDrained;
    for (size_t c = 1; c <= kTopClass; ++c) {
      while (FreeBlock* b = cache.head[c]) {
        cache.head[c] = b->next;
        std::free(b);
      }
      cache.count[c] = 0;
    }
    cache.blocks = 0;
  }
};

// Arranges for the Drainer to run at thread exit; the cache is live after it.
void Register() {
  thread_local Drainer drainer;
  (void)drainer;
  state = State::kLive;
}

constexpr uint32_t Limit(size_t c) {
  return static_cast<uint32_t>(kMaxCachedBytesPerClass / (c * kGranule));
}

void* Allocate(size_t size) {
  if (size <= kMaxCachedRequest) {
    const size_t c = size == 0 ? 1 : (size + kGranule - 1) / kGranule;
    if (FreeBlock* b = cache.head[c]) {  // only ever filled while live
      cache.head[c] = b->next;
      --cache.count[c];
      --cache.blocks;
      return b;
    }
    size = c * kGranule;  // a whole class: its block can serve the class again
  }
  while (true) {
    if (void* p = std::malloc(size)) return p;
    std::new_handler handler = std::get_new_handler();
    if (handler == nullptr) throw std::bad_alloc();
    handler();
  }
}

// Files `p` under class `c` (0 or above kTopClass: not cached), or frees it.
void File(void* p, size_t c) noexcept {
  if (state != State::kLive) {
    if (state == State::kDrained) {
      std::free(p);
      return;
    }
    Register();
  }
  if (c == 0 || c > kTopClass || cache.count[c] >= Limit(c)) {
    std::free(p);
    return;
  }
  FreeBlock* b = static_cast<FreeBlock*>(p);
  b->next = cache.head[c];
  cache.head[c] = b;
  ++cache.count[c];
  ++cache.blocks;
}

void Release(void* p) noexcept {
  if (p == nullptr) return;
  // Filed by what the block holds, not by the size it was asked for: a block
  // from any malloc (or another operator new) is safe to hand out for its class.
  File(p, malloc_usable_size(p) / kGranule);
}

// A block Allocate() gave for `size` bytes holds at least its class's bytes, so
// its class follows from the size, without asking malloc what the block holds.
void ReleaseSized(void* p, size_t size) noexcept {
  if (p == nullptr) return;
  if (size > kMaxCachedRequest) {
    std::free(p);
    return;
  }
  File(p, size == 0 ? 1 : (size + kGranule - 1) / kGranule);
}

}  // namespace

size_t ThreadCachedBlocks() { return cache.blocks; }

}  // namespace factwire

void* operator new(std::size_t size) { return factwire::Allocate(size); }
void operator delete(void* p) noexcept { factwire::Release(p); }
void operator delete(void* p, std::size_t size) noexcept { factwire::ReleaseSized(p, size); }
