#include "server/message_reuse.h"

#include <atomic>
#include <memory>
#include <thread>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "probe.pb.h"

namespace factwire {
namespace {

// Records the thread its destructor ran on.
struct Token {
  explicit Token(std::thread::id* destroyed_on) : destroyed_on(destroyed_on) {}
  ~Token() { *destroyed_on = std::this_thread::get_id(); }
  std::thread::id* destroyed_on;
};

// A message stand-in: what MessageReuse needs (default construction, Swap).
struct Message {
  void Swap(Message* other) { std::swap(token, other->token); }
  std::unique_ptr<Token> token;
};

using Reuse = MessageReuse<Message, Message>;

TEST(MessageReuseTest, ReusedMessagesAreEmpty) {
  MessageReuse<probe::ProbeRequest, probe::ProbeRequest> reuse;
  auto* first = reuse.AllocateMessages();
  first->request()->set_name("earlier request");
  first->response()->set_name("earlier response");
  first->Release();
  auto* second = reuse.AllocateMessages();
  EXPECT_EQ(second, first);  // the released holder, reused
  EXPECT_EQ(second->request()->name(), "");
  EXPECT_EQ(second->response()->name(), "");
  second->Release();
}

TEST(MessageReuseTest, ReleasedMessagesDieWhereTheNextCallStarts) {
  Reuse reuse;
  std::thread::id destroyed_on;
  auto* holder = reuse.AllocateMessages();
  holder->response()->token = std::make_unique<Token>(&destroyed_on);
  std::thread([holder] { holder->Release(); }).join();
  EXPECT_EQ(destroyed_on, std::thread::id());  // kept, not destroyed

  std::thread::id next_call;
  std::thread([&] {
    next_call = std::this_thread::get_id();
    auto* reused = reuse.AllocateMessages();
    EXPECT_EQ(reused->response()->token, nullptr);
    reused->Release();
  }).join();
  EXPECT_EQ(destroyed_on, next_call);
}

TEST(MessageReuseTest, KeepsAtMostSpareHolders) {
  Reuse reuse(/*spare=*/1);
  std::thread::id kept_on, freed_on;
  auto* kept = reuse.AllocateMessages();
  auto* extra = reuse.AllocateMessages();
  ASSERT_NE(kept, extra);
  kept->request()->token = std::make_unique<Token>(&kept_on);
  extra->request()->token = std::make_unique<Token>(&freed_on);
  kept->Release();
  extra->Release();  // over the limit: freed at once
  EXPECT_EQ(kept_on, std::thread::id());
  EXPECT_EQ(freed_on, std::this_thread::get_id());
}

// A message stand-in for kClearResponse: Clear() keeps the items' memory.
struct Clearable {
  void Swap(Clearable* other) {
    items.swap(other->items);
    std::swap(cached_size, other->cached_size);
  }
  void Clear() { items.clear(); }
  int GetCachedSize() const { return cached_size; }
  std::vector<int> items;
  int cached_size = 0;
};

TEST(MessageReuseTest, ClearedResponsesKeepTheirMemoryUnlessLarge) {
  using Clearing = MessageReuse<Message, Clearable, /*kClearResponse=*/true>;
  Clearing reuse;
  auto* holder = reuse.AllocateMessages();
  holder->response()->items.assign(100, 7);
  holder->response()->cached_size = Clearing::kMaxClearedBytes;
  holder->Release();
  auto* reused = reuse.AllocateMessages();
  ASSERT_EQ(reused, holder);
  EXPECT_TRUE(reused->response()->items.empty());
  EXPECT_GE(reused->response()->items.capacity(), 100u);  // kept, cleared

  reused->response()->items.assign(100, 7);
  reused->response()->cached_size = Clearing::kMaxClearedBytes + 1;
  reused->Release();
  auto* fresh = reuse.AllocateMessages();
  EXPECT_TRUE(fresh->response()->items.empty());
  EXPECT_EQ(fresh->response()->items.capacity(), 0u);  // too large: destroyed
  fresh->Release();
}

}  // namespace
}  // namespace factwire
