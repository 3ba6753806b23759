#include "ingest-service/extract/lexicon/word_set.h"

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

}  // namespace
}  // namespace lexicon
}  // namespace factwire
