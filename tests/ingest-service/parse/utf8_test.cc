#include "ingest-service/parse/utf8.h"

#include <string>
#include <utility>

#include "gtest/gtest.h"
#include "ingest-service/parse/html_entities.h"

namespace factwire {
namespace {

TEST(IsValidUtf8, AcceptsAsciiAndWellFormedSequences) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("plain ASCII text, long enough for whole 8-byte blocks."));
  EXPECT_TRUE(IsValidUtf8("caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80 end"));
}

TEST(IsValidUtf8, FindsABadByteAtAnyOffsetOfAnAsciiRun) {
  // The ASCII fast path reads eight bytes at a time: a bad byte must be caught
  // wherever it falls, including the last byte and the unaligned tail.
  for (size_t at = 0; at < 40; ++at) {
    for (const char* bad : {"\x80", "\xFF", "\xC3", "\xE2\x80", "\xED\xA0\x80", "\xC0\xAF"}) {
      std::string text(40, 'a');
      text.insert(at, bad);
      EXPECT_FALSE(IsValidUtf8(text)) << "offset " << at;
    }
    std::string good(40, 'a');
    good.insert(at, "\xC3\xA9");
    EXPECT_TRUE(IsValidUtf8(good)) << "offset " << at;
  }
}

// Capitals and small letters past ASCII: Latin-1, the pairs of Latin
// Extended-A and -B, Vietnamese letters, Greek and Cyrillic.
TEST(Letters, KnowsCapitalsAndSmallLettersPastAscii) {
  for (const char* capital : {"A", "\xC3\x89", "\xC5\x9E", "\xC5\x81", "\xC4\xB0",
                              "\xC8\x98", "\xC6\xAF", "\xE1\xBB\x8A", "\xCE\x94",
                              "\xD0\x96"}) {
    int size = 0;
    EXPECT_TRUE(IsCapitalLetter(FirstCodePoint(capital, &size))) << capital;
    EXPECT_EQ(static_cast<size_t>(size), std::string(capital).size()) << capital;
    EXPECT_TRUE(OpensWithCapital(capital)) << capital;
    EXPECT_FALSE(HasSmallLetter(capital)) << capital;
  }
  for (const char* small : {"a", "\xC3\xA9", "\xC5\x9F", "\xC5\x82", "\xC4\xB1",
                            "\xC8\x99", "\xC6\xB0", "\xE1\xBB\x8B", "\xC3\x9F",
                            "\xCE\xB4", "\xD0\xB6"}) {
    EXPECT_FALSE(OpensWithCapital(small)) << small;
    EXPECT_TRUE(HasSmallLetter(small)) << small;
  }
  // Signs and stray bytes are no letters.
  for (const char* other : {"\xC3\x97", "\xC3\xB7", "\xC2\xBB", "\xE2\x80\x94", "\xC5", "7"}) {
    EXPECT_FALSE(OpensWithCapital(other)) << other;
    EXPECT_FALSE(HasSmallLetter(other)) << other;
  }
}

TEST(Letters, LowersCapitalsAndWritesThemBack) {
  const std::pair<const char*, const char*> kPairs[] = {
      {"\xC3\x87", "\xC3\xA7"}, {"\xC4\x82", "\xC4\x83"}, {"\xC4\xB0", "i"},
      {"\xC5\xB9", "\xC5\xBA"}, {"\xC5\xB8", "\xC3\xBF"}, {"\xC8\x9A", "\xC8\x9B"},
      {"\xE1\xBA\xA0", "\xE1\xBA\xA1"}, {"\xD0\x81", "\xD1\x91"}, {"Q", "q"}};
  for (const auto& [capital, small] : kPairs) {
    int size = 0;
    std::string out;
    AppendUtf8(ToSmallLetter(FirstCodePoint(capital, &size)), &out);
    EXPECT_EQ(out, small) << capital;
  }
}

}  // namespace
}  // namespace factwire
