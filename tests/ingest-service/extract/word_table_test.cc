#include "ingest-service/extract/lexicon/word_table.h"

#include <map>
#include <string>

#include "gtest/gtest.h"

namespace factwire {
namespace {

TEST(WordTable, FindsWhatWasAddedAndNothingElse) {
  WordTable<int> table;
  table["said"] = 1;
  table["says"] = 2;
  table["s"] = 3;
  EXPECT_EQ(table.size(), 3u);
  ASSERT_NE(table.Find("said"), nullptr);
  EXPECT_EQ(*table.Find("said"), 1);
  EXPECT_EQ(*table.Find("says"), 2);
  EXPECT_EQ(*table.Find("s"), 3);
  EXPECT_EQ(table.Find("sai"), nullptr);
  EXPECT_EQ(table.Find("Said"), nullptr);  // exact bytes
  EXPECT_EQ(table.Find(""), nullptr);
  EXPECT_EQ(table.Find("saidx"), nullptr);
}

TEST(WordTable, SubscriptKeepsTheValueOfAWordAddedTwice) {
  WordTable<unsigned> table;
  table["chief"] |= 1u;
  table["chief"] |= 4u;
  EXPECT_EQ(table.size(), 1u);
  EXPECT_EQ(*table.Find("chief"), 5u);
}

TEST(WordTable, GrowsAndKeepsEveryWordOfAnyLength) {
  WordTable<int> table;
  std::map<std::string, int> expected;
  for (int i = 0; i < 3000; ++i) {
    // Lengths 1..40, so every branch of WordHash is exercised.
    std::string word(1 + i % 40, static_cast<char>('a' + i % 26));
    word += std::to_string(i);
    table[word] = i;
    expected[word] = i;
  }
  EXPECT_EQ(table.size(), expected.size());
  for (const auto& [word, value] : expected) {
    const int* found = table.Find(word);
    ASSERT_NE(found, nullptr) << word;
    EXPECT_EQ(*found, value);
    EXPECT_EQ(table.Find(word + "x"), nullptr);
  }
  int visited = 0;
  table.ForEach([&](absl::string_view word, int value) {
    ++visited;
    EXPECT_EQ(expected.at(std::string(word)), value);
  });
  EXPECT_EQ(visited, 3000);
}

TEST(WordTable, ReserveKeepsWordsAndLookupsBeforeAndAfterIt) {
  WordTable<int> table;
  table["before"] = 1;
  table.Reserve(500);
  table.Reserve(10);  // never shrinks
  for (int i = 0; i < 500; ++i) table["w" + std::to_string(i)] = i;
  EXPECT_EQ(table.size(), 501u);
  ASSERT_NE(table.Find("before"), nullptr);
  EXPECT_EQ(*table.Find("before"), 1);
  for (int i = 0; i < 500; ++i) {
    const std::string word = "w" + std::to_string(i);
    ASSERT_NE(table.Find(word), nullptr) << word;
    EXPECT_EQ(*table.Find(word), i);
  }
  EXPECT_EQ(table.Find("w500"), nullptr);
}

TEST(WordTable, ShortWordsDifferingInOneByteOrTheLengthAreApart) {
  // Every length the packed lookup serves (1..8) and the first one past it.
  WordTable<int> table;
  const std::string base = "abcdefghi";
  for (size_t n = 1; n <= base.size(); ++n) table[base.substr(0, n)] = static_cast<int>(n);
  table[absl::string_view("a\0", 2)] = 100;  // the same packed bytes as "a"
  table["\xE2\x80\x99s"] = 200;
  for (size_t n = 1; n <= base.size(); ++n) {
    const std::string word = base.substr(0, n);
    ASSERT_NE(table.Find(word), nullptr) << word;
    EXPECT_EQ(*table.Find(word), static_cast<int>(n)) << word;
    for (size_t i = 0; i < n; ++i) {
      std::string other = word;
      other[i] = 'z';
      EXPECT_EQ(table.Find(other), nullptr) << other;
    }
  }
  ASSERT_NE(table.Find(absl::string_view("a\0", 2)), nullptr);
  EXPECT_EQ(*table.Find(absl::string_view("a\0", 2)), 100);
  EXPECT_EQ(*table.Find("a"), 1);
  EXPECT_EQ(table.Find(absl::string_view("a\0\0", 3)), nullptr);
  EXPECT_EQ(*table.Find("\xE2\x80\x99s"), 200);
  EXPECT_EQ(table.Find("\xE2\x80\x99t"), nullptr);
}

TEST(PackShortWord, HoldsEveryByteInPlace) {
  for (size_t n = 1; n <= 8; ++n) {
    std::string word;
    for (size_t i = 0; i < n; ++i) word.push_back(static_cast<char>(0x41 + 7 * i));
    uint64_t want = 0;
    for (size_t i = 0; i < n; ++i)
      want |= static_cast<uint64_t>(static_cast<unsigned char>(word[i])) << (8 * i);
    EXPECT_EQ(PackShortWord(word), want) << n;
  }
}

TEST(WordHash, DependsOnEveryByteAndTheLength) {
  EXPECT_NE(WordHash("ab"), WordHash("ba"));
  EXPECT_NE(WordHash("a"), WordHash(absl::string_view("a\0", 2)));
  EXPECT_NE(WordHash("percentage"), WordHash("percentagf"));
  EXPECT_NE(WordHash("abcdefghijk"), WordHash("abcdefghijx"));
  EXPECT_EQ(WordHash("kilometre"), WordHash(std::string("kilometre")));
}

TEST(LowerAscii, LowersOnlyAsciiCapitalsAtEveryPosition) {
  // Every byte value, at every offset of the 8-byte blocks and the tail.
  std::string in;
  for (int c = 0; c < 256; ++c) in.push_back(static_cast<char>(c));
  in += "Caf\xC3\x89 \xE2\x80\x99S @[`{ AZaz";
  for (size_t shift = 0; shift < 9; ++shift) {
    const std::string s = in.substr(shift);
    std::string out(s.size(), '?');
    LowerAscii(s.data(), s.size(), out.data());
    for (size_t i = 0; i < s.size(); ++i) {
      const char c = s[i];
      const char want = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
      ASSERT_EQ(out[i], want) << "byte " << i << " shift " << shift;
    }
  }
  std::string same = "MIXED Case Words, 1.5M";
  LowerAscii(same.data(), same.size(), same.data());
  EXPECT_EQ(same, "mixed case words, 1.5m");
}

TEST(LowerAscii, LowersShortWordsOfEveryLength) {
  const std::string letters = "AbCdEfGhIjKlMnOpQrStUvWxYz@[`{\xC3\x89";
  for (size_t n = 0; n <= letters.size(); ++n) {
    for (size_t from = 0; from + n <= letters.size(); ++from) {
      const std::string s = letters.substr(from, n);
      std::string want = s;
      for (char& c : want) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
      std::string out(n, '?');
      LowerAscii(s.data(), n, out.data());
      ASSERT_EQ(out, want) << "length " << n << " from " << from;
      std::string same = s;
      LowerAscii(same.data(), n, same.data());
      ASSERT_EQ(same, want) << "in place, length " << n << " from " << from;
    }
  }
}

TEST(HasNonAscii, FindsAHighByteAtEveryPosition) {
  for (size_t n = 0; n <= 20; ++n) {
    std::string s(n, 'a');
    EXPECT_FALSE(HasNonAscii(s.data(), n)) << n;
    for (size_t i = 0; i < n; ++i) {
      std::string t = s;
      t[i] = '\x80';
      EXPECT_TRUE(HasNonAscii(t.data(), n)) << n << " at " << i;
      EXPECT_FALSE(HasNonAscii(t.data(), i)) << "before " << i;
    }
  }
}

TEST(SameWordBytes, NoticesADifferenceAtEveryPositionOfEveryLength) {
  for (size_t n = 0; n <= 40; ++n) {
    std::string a;
    for (size_t i = 0; i < n; ++i) a.push_back(static_cast<char>('a' + i % 26));
    EXPECT_TRUE(SameWordBytes(a.data(), a.data(), n)) << n;
    std::string copy = a;
    EXPECT_TRUE(SameWordBytes(a.data(), copy.data(), n)) << n;
    for (size_t i = 0; i < n; ++i) {
      std::string b = a;
      b[i] = static_cast<char>(b[i] ^ 0x20);
      EXPECT_FALSE(SameWordBytes(a.data(), b.data(), n)) << n << " at " << i;
    }
  }
}

}  // namespace
}  // namespace factwire
