#include "alloc/thread_cache_new.h"

#include <malloc.h>

#include <cstdint>
#include <cstdlib>
#include <new>

#include "absl/base/attributes.h"
#include "absl/base/optimization.h"

namespace factwire {
namespace {

constexpr size_t kGranule = 16;
// Class c holds blocks of at least c * kGranule usable bytes, c in 1..kTopClass.
constexpr size_t kTopClass = kMaxCachedRequest / kGranule;
// Classes above kTopClass hold the power-of-two sizes above kMaxCachedRequest:
// class kTopClass + k holds blocks of at least kMaxCachedRequest << k bytes, up to
// kMaxCachedLargeRequest (class kLastClass).
constexpr int kLog2MaxCachedRequest = __builtin_ctzll(kMaxCachedRequest);
constexpr size_t kLastClass =
    kTopClass + static_cast<size_t>(__builtin_ctzll(kMaxCachedLargeRequest) -
                                    kLog2MaxCachedRequest);
static_assert((kMaxCachedRequest & (kMaxCachedRequest - 1)) == 0 &&
                  (kMaxCachedLargeRequest & (kMaxCachedLargeRequest - 1)) == 0 &&
                  kMaxCachedLargeRequest > kMaxCachedRequest,
              "power-of-two limits");

// The bytes every block of class `c` holds at least.
constexpr size_t ClassBytes(size_t c) {
  return c <= kTopClass ? c * kGranule : kMaxCachedRequest << (c - kTopClass);
}

// The class a request of `size` bytes (kMaxCachedRequest < size <=
// kMaxCachedLargeRequest) is served from: the smallest whose blocks hold it.
inline size_t LargeClassOfRequest(size_t size) {
  const int log2_up = 64 - __builtin_clzll(static_cast<unsigned long long>(size - 1));
  return kTopClass + static_cast<size_t>(log2_up - kLog2MaxCachedRequest);
}

struct FreeBlock {
  FreeBlock* next;
};

// A thread's cache. Trivially destructible, so it needs no guard to be reached;
// the Drainer below empties it when the thread ends.
struct Cache {
  FreeBlock* head[kLastClass + 1];
  uint32_t count[kLastClass + 1];
  size_t blocks;
};

enum class State : uint8_t { kUnregistered, kLive, kDrained };

thread_local Cache cache;
thread_local State state = State::kUnregistered;

// Gives the thread's cached blocks back to malloc when the thread ends.
struct Drainer {
  ~Drainer() {
    state = State::kDrained;
    for (size_t c = 1; c <= kLastClass; ++c) {
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

// The most blocks class c keeps, by class: a table, so filing a block costs a
// load instead of a division (a 64-bit div takes tens of cycles).
struct Limits {
  uint32_t of[kLastClass + 1] = {};
  constexpr Limits() {
    for (size_t c = 1; c <= kLastClass; ++c) {
      of[c] = static_cast<uint32_t>(kMaxCachedBytesPerClass / ClassBytes(c));
    }
  }
};
constexpr Limits kLimits;

void* Allocate(size_t size) {
  if (size <= kMaxCachedLargeRequest) {
    const size_t c = size <= kMaxCachedRequest
                         ? (size == 0 ? 1 : (size + kGranule - 1) / kGranule)
                         : LargeClassOfRequest(size);
    if (FreeBlock* b = cache.head[c]) {  // only ever filled while live
      cache.head[c] = b->next;
      --cache.count[c];
      --cache.blocks;
      return b;
    }
    size = ClassBytes(c);  // a whole class: its block can serve the class again
  }
  while (true) {
    if (void* p = std::malloc(size)) return p;
    std::new_handler handler = std::get_new_handler();
    if (handler == nullptr) throw std::bad_alloc();
    handler();
  }
}

// Pushes `p` onto class `c`'s list.
inline void Push(void* p, size_t c) noexcept {
  FreeBlock* b = static_cast<FreeBlock*>(p);
  b->next = cache.head[c];
  cache.head[c] = b;
  ++cache.count[c];
  ++cache.blocks;
}

// File() for a thread whose cache is not live yet, or drained.
ABSL_ATTRIBUTE_NOINLINE void FileSlow(void* p, size_t c) noexcept {
  if (state == State::kDrained) {
    std::free(p);
    return;
  }
  if (state == State::kUnregistered) Register();
  if (c == 0 || c > kLastClass || cache.count[c] >= kLimits.of[c]) {
    std::free(p);
    return;
  }
  Push(p, c);
}

// Files `p` under class `c` (0 or above kLastClass: not cached), or frees it.
// Inlined into every delete: the common case is a few loads and stores.
ABSL_ATTRIBUTE_ALWAYS_INLINE inline void File(void* p, size_t c) noexcept {
  if (ABSL_PREDICT_TRUE(state == State::kLive && c - 1 < kLastClass &&
                        cache.count[c] < kLimits.of[c])) {
    Push(p, c);
    return;
  }
  FileSlow(p, c);
}

void Release(void* p) noexcept {
  if (p == nullptr) return;
  // Filed by what the block holds, not by the size it was asked for: a block
  // from any malloc (or another operator new) is safe to hand out for its class.
  const size_t usable = malloc_usable_size(p);
  size_t c = usable / kGranule;
  if (c > kTopClass) {  // the largest power-of-two class it holds, if any
    const int log2_down = 63 - __builtin_clzll(static_cast<unsigned long long>(usable));
    c = usable < 2 * kMaxCachedRequest
            ? 0
            : kTopClass + static_cast<size_t>(log2_down - kLog2MaxCachedRequest);
  }
  File(p, c);  // above kLastClass: freed, not kept
}

// A block Allocate() gave for `size` bytes holds at least its class's bytes, so
// its class follows from the size, without asking malloc what the block holds.
void ReleaseSized(void* p, size_t size) noexcept {
  if (p == nullptr) return;
  if (size > kMaxCachedLargeRequest) {
    std::free(p);
    return;
  }
  File(p, size <= kMaxCachedRequest ? (size == 0 ? 1 : (size + kGranule - 1) / kGranule)
                                    : LargeClassOfRequest(size));
}

}  // namespace

size_t ThreadCachedBlocks() { return cache.blocks; }

}  // namespace factwire

void* operator new(std::size_t size) { return factwire::Allocate(size); }
void operator delete(void* p) noexcept { factwire::Release(p); }
void operator delete(void* p, std::size_t size) noexcept { factwire::ReleaseSized(p, size); }
