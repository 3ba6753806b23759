#include "alloc/thread_cache_new.h"

#include <malloc.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"

namespace factwire {
namespace {

TEST(ThreadCacheNew, AFreedSmallBlockIsReusedForTheSameSize) {
  void* first = ::operator new(40);
  ::operator delete(first);
  const size_t cached = ThreadCachedBlocks();
  EXPECT_GE(cached, 1u);
  void* second = ::operator new(40);
  EXPECT_EQ(second, first);
  EXPECT_EQ(ThreadCachedBlocks(), cached - 1);
  ::operator delete(second);
}

TEST(ThreadCacheNew, ASizedDeleteFilesTheBlockByItsRequestsClass) {
  void* first = ::operator new(40);
  const size_t cached = ThreadCachedBlocks();
  ::operator delete(first, 40);
  EXPECT_EQ(ThreadCachedBlocks(), cached + 1);
  void* second = ::operator new(33);  // the same 16-byte class: 33 to 48 bytes
  EXPECT_EQ(second, first);
  ::operator delete(second, 33);
  void* large = ::operator new(kMaxCachedLargeRequest + 1);
  ::operator delete(large, kMaxCachedLargeRequest + 1);  // not kept
  EXPECT_EQ(ThreadCachedBlocks(), cached + 1);
  ::operator delete(::operator new(48), 48);
}

TEST(ThreadCacheNew, EveryBlockHoldsItsRequest) {
  // Fill every class with blocks of other sizes first, then ask for each size.
  std::vector<void*> blocks;
  for (size_t n = 0; n <= kMaxCachedRequest + 100; ++n) blocks.push_back(::operator new(n));
  for (void* p : blocks) ::operator delete(p);
  for (size_t n = 0; n <= kMaxCachedRequest + 100; ++n) {
    void* p = ::operator new(n);
    ASSERT_NE(p, nullptr);
    ASSERT_GE(malloc_usable_size(p), n) << n;
    std::memset(p, 0xAB, n);
    ::operator delete(p, n);
  }
  // The power-of-two classes: blocks of every size around each class's bounds,
  // freed sized and unsized, then asked for again.
  std::vector<size_t> sizes;
  for (size_t bound = kMaxCachedRequest; bound <= 2 * kMaxCachedLargeRequest; bound *= 2) {
    for (size_t n : {bound - 1, bound, bound + 1, bound + bound / 2}) sizes.push_back(n);
  }
  for (int round = 0; round < 2; ++round) {
    for (size_t n : sizes) {
      void* p = ::operator new(n);
      ASSERT_NE(p, nullptr);
      ASSERT_GE(malloc_usable_size(p), n) << n;
      std::memset(p, 0xCD, n);
      if (round == 0) {
        ::operator delete(p, n);
      } else {
        ::operator delete(p);
      }
    }
  }
}

TEST(ThreadCacheNew, AFreedLargeBlockServesTheRequestsOfItsPowerOfTwoClass) {
  // 3000 bytes are served from the 4 KiB class: 2049 to 4096 bytes.
  void* first = ::operator new(3000);
  ASSERT_GE(malloc_usable_size(first), 4096u);
  const size_t cached = ThreadCachedBlocks();
  ::operator delete(first, 3000);
  EXPECT_EQ(ThreadCachedBlocks(), cached + 1);
  void* bigger = ::operator new(4097);  // the 8 KiB class: not that block
  EXPECT_NE(bigger, first);
  void* second = ::operator new(2049);
  EXPECT_EQ(second, first);
  EXPECT_EQ(ThreadCachedBlocks(), cached);
  ::operator delete(second);  // unsized: filed by what it holds, the 4 KiB class
  EXPECT_EQ(ThreadCachedBlocks(), cached + 1);
  void* third = ::operator new(4096);
  EXPECT_EQ(third, first);
  ::operator delete(third, 4096);
  ::operator delete(bigger, 4097);
}

TEST(ThreadCacheNew, AMallocBlockBetweenTheClassesIsNotKept) {
  // malloc(1500) holds less than the 2 KiB class and more than the 16-byte
  // classes: freed, not filed.
  void* volatile m = std::malloc(1500);
  ASSERT_NE(m, nullptr);
  const size_t cached = ThreadCachedBlocks();
  ::operator delete(m);
  EXPECT_EQ(ThreadCachedBlocks(), cached);
}

TEST(ThreadCacheNew, LargeBlocksAreNotKept) {
  const size_t before = ThreadCachedBlocks();
  void* p = ::operator new(kMaxCachedLargeRequest + 1);
  ::operator delete(p, kMaxCachedLargeRequest + 1);
  EXPECT_EQ(ThreadCachedBlocks(), before);
  void* q = ::operator new(4 * kMaxCachedLargeRequest);
  ::operator delete(q);  // unsized: it holds more than twice the largest class
  EXPECT_EQ(ThreadCachedBlocks(), before);
}

TEST(ThreadCacheNew, ALargeClassKeepsABoundedNumberOfBlocks) {
  // On a fresh thread: the 64 KiB class keeps kMaxCachedBytesPerClass of blocks.
  size_t cached = 0;
  std::thread fresh([&] {
    std::vector<void*> blocks;
    for (int i = 0; i < 10; ++i) blocks.push_back(::operator new(40000));
    const size_t before = ThreadCachedBlocks();
    for (void* p : blocks) ::operator delete(p, 40000);
    cached = ThreadCachedBlocks() - before;
  });
  fresh.join();
  EXPECT_EQ(cached, kMaxCachedBytesPerClass / kMaxCachedLargeRequest);
}

TEST(ThreadCacheNew, AClassKeepsABoundedNumberOfBlocks) {
  // On a fresh thread: every block freed is kept until its class holds
  // kMaxCachedBytesPerClass, then the rest go back to free().
  size_t freed = 0, cached = 0, expected = 0;
  std::thread fresh([&] {
    std::vector<void*> blocks;
    for (int i = 0; i < 600; ++i) blocks.push_back(::operator new(1000));
    std::vector<size_t> per_class(kMaxCachedRequest / 16 + 2, 0);
    for (void* p : blocks) {
      const size_t c = malloc_usable_size(p) / 16;
      if (c < per_class.size()) ++per_class[c];
    }
    const size_t before = ThreadCachedBlocks();
    for (void* p : blocks) ::operator delete(p);
    freed = blocks.size();
    cached = ThreadCachedBlocks() - before;
    for (size_t c = 1; c <= kMaxCachedRequest / 16; ++c) {
      expected += std::min(per_class[c], kMaxCachedBytesPerClass / (c * 16));
    }
  });
  fresh.join();
  EXPECT_EQ(cached, expected);
  EXPECT_LT(cached, freed);  // 600 blocks of about 1 KiB are more than 256 KiB
  EXPECT_GT(cached, 0u);
}

TEST(ThreadCacheNew, AMallocBlockFreedThroughDeleteServesOnlySizesItHolds) {
  // malloc(20) holds 24 bytes: filed with the 16-byte class, never handed out
  // for a request of 17 to 32 bytes.
  void* volatile m = std::malloc(20);  // volatile: the mismatch is the point
  ASSERT_NE(m, nullptr);
  ::operator delete(m);
  for (size_t n = 17; n <= 32; ++n) {
    void* p = ::operator new(n);
    ASSERT_GE(malloc_usable_size(p), n);
    ::operator delete(p);
  }
}

TEST(ThreadCacheNew, BlocksMayBeFreedOnAnotherThreadAndThreadsEndCleanly) {
  std::vector<std::string*> made;
  for (int i = 0; i < 1000; ++i) made.push_back(new std::string(100, 'x'));
  size_t cached_there = 0;
  std::thread other([&] {
    for (std::string* s : made) delete s;
    cached_there = ThreadCachedBlocks();
    // Strings made and dropped here too, before the thread ends.
    std::vector<std::string> local(500, std::string(200, 'y'));
  });
  other.join();
  EXPECT_GE(cached_there, 1000u);
}

}  // namespace
}  // namespace factwire
