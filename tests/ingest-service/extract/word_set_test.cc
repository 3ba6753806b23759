#include "ingest-service/extract/lexicon/word_set.h"

#include <atomic>
#include <thread>
#include <vector>

#include "gtest/gtest.h"

namespace factwire {
namespace lexicon {
namespace {

constexpr const char* kFirst[] = {"in", "since"};
constexpr absl::string_view kSecond[] = {"during"};

TEST(InWordListsTest, HoldsTheWordsOfEveryList) {
  EXPECT_TRUE((InWordLists<kFirst, kSecond>("in")));
  EXPECT_TRUE((InWordLists<kFirst, kSecond>("since")));
  EXPECT_TRUE((InWordLists<kFirst, kSecond>("during")));
  EXPECT_FALSE((InWordLists<kFirst, kSecond>("In")));
  EXPECT_FALSE((InWordLists<kFirst, kSecond>("sinc")));
  EXPECT_FALSE((InWordLists<kFirst, kSecond>("")));
}

// Words of 15 bytes and more share one size in the shape filter; the empty word
// has a shape of its own; a word of a listed word's shape but other bytes is out.
constexpr const char* kShapes[] = {"", "internationally", "counterintelligence", "said"};

TEST(InWordListsTest, TellsWordsOfTheSameShapeApart) {
  EXPECT_TRUE((InWordLists<kShapes>("")));
  EXPECT_TRUE((InWordLists<kShapes>("internationally")));
  EXPECT_TRUE((InWordLists<kShapes>("counterintelligence")));
  EXPECT_FALSE((InWordLists<kShapes>("interpretational")));
  EXPECT_FALSE((InWordLists<kShapes>("counterintelligences")));
  EXPECT_TRUE((InWordLists<kShapes>("said")));
  EXPECT_FALSE((InWordLists<kShapes>("sand")));
  EXPECT_FALSE((InWordLists<kShapes>("says.")));
  EXPECT_FALSE((InWordLists<kShapes>("\xff")));
}

// Sets share the rows of the shape filter, each with a column of its own: a
// word of a listed word's shape in another set is no word of this one.
constexpr const char* kSaid[] = {"said", "told"};
constexpr const char* kSand[] = {"sand", "tile"};

TEST(InWordListsTest, TellsSetsWithWordsOfTheSameShapesApart) {
  EXPECT_TRUE((InWordLists<kSaid>("said")));
  EXPECT_TRUE((InWordLists<kSand>("sand")));
  EXPECT_FALSE((InWordLists<kSaid>("sand")));
  EXPECT_FALSE((InWordLists<kSand>("said")));
  EXPECT_FALSE((InWordLists<kSaid>("tile")));
  EXPECT_FALSE((InWordLists<kSand>("told")));
  EXPECT_TRUE((InWordLists<kSaid, kSand>("tile")));
  EXPECT_TRUE((InWordLists<kSaid, kSand>("told")));
}

// The set is built by the first look-up; look-ups racing it from other threads
// wait for it or find it built, and all answer as a single thread would.
constexpr const char* kRaced[] = {"first", "second", "third"};

TEST(InWordListsTest, FirstLookUpsFromManyThreadsAllAnswer) {
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&wrong] {
      for (int k = 0; k < 100; ++k) {
        if (!InWordLists<kRaced>("second") || InWordLists<kRaced>("fourth")) ++wrong;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(wrong.load(), 0);
  EXPECT_TRUE((InWordLists<kRaced>("third")));
}

}  // namespace
}  // namespace lexicon
}  // namespace factwire
