#include "ingest-service/extract/lexicon/word_set.h"

#include <atomic>
#include <iterator>
#include <thread>
#include <vector>

#include "gtest/gtest.h"

namespace factwire {
namespace lexicon {
namespace {

// Three words in all: compared word by word (kFewWords), no set.
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

// The same words looked up as a few (six) and in a set (seven, one more word
// that is never asked): the same answers either way.
constexpr absl::string_view kSixWords[] = {"a", "an", "the", "", "between", "internationally"};
constexpr absl::string_view kExtraWord[] = {"zzz"};

TEST(InWordListsTest, AFewWordsAnswerAsASetOfThemDoes) {
  static_assert(std::size(kSixWords) == kFewWords);
  for (absl::string_view word :
       {"a", "an", "the", "", "between", "internationally", "A", "th", "thee", "b", "an ",
        "betweem", "internationall", "zz"}) {
    EXPECT_EQ((InWordLists<kSixWords>(word)), (InWordLists<kSixWords, kExtraWord>(word)))
        << word;
  }
  EXPECT_TRUE((InWordLists<kSixWords>("")));
  EXPECT_FALSE((InWordLists<kSixWords>("zzz")));
  EXPECT_TRUE((InWordLists<kSixWords, kExtraWord>("zzz")));
}

// Words of 15 bytes and more share one size in the shape filter; the empty word
// has a shape of its own; a word of a listed word's shape but other bytes is out.
// (The lists below have more than kFewWords words: they are sets.)
constexpr const char* kShapes[] = {"",      "internationally", "counterintelligence", "said",
                                   "north", "south",           "east"};

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
constexpr const char* kSaid[] = {"said", "told", "wrote", "added", "asked", "noted", "urged"};
constexpr const char* kSand[] = {"sand", "tile", "brick", "stone", "slate", "glass", "steel"};

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
constexpr const char* kRaced[] = {"first", "second", "third", "fifth", "sixth", "eighth", "ninth"};

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
