#include "ingest-service/extract/figure_tokens.h"

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "gtest/gtest.h"
#include "ingest-service/extract/figure_lexicon.h"
#include "ingest-service/extract/figure_word_set.h"

namespace factwire {
namespace figure_internal {
namespace {

// The tokens of text[begin, end) as written, one string each.
std::vector<std::string> Raw(const std::string& text, int begin, int end) {
  std::string lower;
  std::vector<Token> tokens;
  TokenizeForFigures(text, begin, end, &lower, &tokens);
  std::vector<std::string> raw;
  for (const Token& t : tokens) raw.emplace_back(t.raw);
  return raw;
}

std::vector<std::string> Raw(const std::string& text) {
  return Raw(text, 0, static_cast<int>(text.size()));
}

TEST(FigureTokensTest, LongWordsEndAtTheFirstNonLetter) {
  // Runs of letters longer than eight bytes, ending on the bytes just outside
  // 'A'-'Z' and 'a'-'z' ('@', '[', '`', '{').
  EXPECT_EQ(Raw("Internationalization@abcdefghijklmnop[XYZabcdefg`hijklmnopq{r"),
            (std::vector<std::string>{"Internationalization", "@",
                                      "abcdefghijklmnop", "[", "XYZabcdefg",
                                      "`", "hijklmnopq", "{", "r"}));
}

TEST(FigureTokensTest, WordsKeepInnerApostrophesAndNonAsciiLetters) {
  EXPECT_EQ(Raw("the government's naïve Zürich-based plan"),
            (std::vector<std::string>{"the", "government's", "naïve",
                                      "Zürich", "-", "based", "plan"}));
  EXPECT_EQ(Raw("abcdefgh\xE2\x80\x99s 7"),  // a right single quote
            (std::vector<std::string>{"abcdefgh\xE2\x80\x99s", "7"}));
}

TEST(FigureTokensTest, ARangeStopsAtItsEndInsideAWord) {
  const std::string text = "xx Supercalifragilistic words";
  // Ends eleven bytes into the long word: the token stops there.
  EXPECT_EQ(Raw(text, 3, 14), (std::vector<std::string>{"Supercalifr"}));
  EXPECT_EQ(Raw(text, 3, 10), (std::vector<std::string>{"Superca"}));
  std::string lower;
  std::vector<Token> tokens;
  TokenizeForFigures(text, 3, 14, &lower, &tokens);
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].begin, 3);
  EXPECT_EQ(tokens[0].end, 14);
  EXPECT_EQ(tokens[0].lower, "supercalifr");
  EXPECT_EQ(tokens[0].kind, TokenKind::kWord);
}

TEST(FigureTokensTest, QuoteMarksFlipOpenQuotes) {
  std::string lower;
  std::vector<Token> tokens;
  const std::string text = "\"a 'b' c\" d";
  TokenizeForFigures(text, 0, static_cast<int>(text.size()), &lower, &tokens);
  ASSERT_EQ(tokens.size(), 8u);
  EXPECT_EQ(tokens[0].open_quotes, 0);  // the opening "
  EXPECT_EQ(tokens[1].open_quotes, 1);  // a
  EXPECT_EQ(tokens[3].open_quotes, 3);  // b
  EXPECT_EQ(tokens[5].open_quotes, 1);  // c
  EXPECT_EQ(tokens[7].open_quotes, 0);  // d
}

TEST(FigureTokensTest, OneByteTokensGetTheirLexiconRoles) {
  std::string lower;
  std::vector<Token> tokens;
  const std::string text = "A $ ~ , about";
  TokenizeForFigures(text, 0, static_cast<int>(text.size()), &lower, &tokens);
  GetFigureLexicon().AssignRoles(&tokens);
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_TRUE(HasRole(tokens[0], kRoleStarter));  // "A" reads as "a"
  EXPECT_TRUE(HasRole(tokens[1], kRoleCurrency));
  EXPECT_TRUE(HasRole(tokens[2], kRolePrefixQualifier));
  EXPECT_EQ(tokens[3].roles, 0u);
  EXPECT_TRUE(HasRole(tokens[4], kRolePrefixQualifier));
  EXPECT_FALSE(HasRole(tokens[4], kRoleCurrency));
}

TEST(FigureWordSetTest, HoldsTheWordsOfEveryList) {
  static constexpr const char* kFirst[] = {"in", "since"};
  static constexpr const char* kSecond[] = {"during"};
  const WordSet set({kFirst, kSecond});
  EXPECT_TRUE(set.Contains("in"));
  EXPECT_TRUE(set.Contains("since"));
  EXPECT_TRUE(set.Contains("during"));
  EXPECT_FALSE(set.Contains("In"));
  EXPECT_FALSE(set.Contains("sinc"));
  EXPECT_FALSE(set.Contains(""));
}

}  // namespace
}  // namespace figure_internal
}  // namespace factwire
