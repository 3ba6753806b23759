#include "ingest-service/extract/number_parser.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/extract/figure_lexicon.h"
#include "ingest-service/extract/figure_tokens.h"

namespace factwire {
namespace figure_internal {
namespace {

// Tokenizes `text` and parses the number at its first token.
NumberParse Parse(const std::string& text, bool money = false) {
  static std::string lower;
  static std::vector<Token> tokens;
  TokenizeForFigures(text, 0, static_cast<int>(text.size()), &lower, &tokens);
  const FigureLexicon& lexicon = GetFigureLexicon();
  lexicon.AssignRoles(&tokens);
  return ParseNumber(tokens, 0, money, lexicon);
}

TEST(TokenizeForFiguresTest, NumbersKeepSeparatorsAndDecimals) {
  std::string lower;
  std::vector<Token> tokens;
  const std::string text = "Over 1,500,000.25 units, .5 more and 10 000 extra";
  TokenizeForFigures(text, 0, static_cast<int>(text.size()), &lower, &tokens);
  ASSERT_GE(tokens.size(), 9u);
  EXPECT_EQ(tokens[0].lower, "over");
  EXPECT_EQ(tokens[1].kind, TokenKind::kNumber);
  EXPECT_DOUBLE_EQ(tokens[1].value, 1500000.25);
  EXPECT_TRUE(tokens[1].has_separator);
  EXPECT_EQ(tokens[1].frac_digits, 2);
  EXPECT_DOUBLE_EQ(tokens[4].value, 0.5);
  EXPECT_DOUBLE_EQ(tokens[7].value, 10000);
  EXPECT_EQ(text.substr(tokens[7].begin, tokens[7].end - tokens[7].begin),
            "10 000");
}

TEST(TokenizeForFiguresTest, SymbolsAreSingleTokensAndOffsetsAreBytes) {
  std::string lower;
  std::vector<Token> tokens;
  const std::string text =
      "\xE2\x82\xAC"
      "5 and 3\xC2\xBD";  // "€5 and 3½"
  TokenizeForFigures(text, 0, static_cast<int>(text.size()), &lower, &tokens);
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(tokens[0].kind, TokenKind::kSymbol);
  EXPECT_EQ(tokens[0].end, 3);
  EXPECT_FALSE(tokens[1].space_before);
  EXPECT_EQ(tokens[4].kind, TokenKind::kSymbol);
}

TEST(ParseNumberTest, Digits) {
  EXPECT_DOUBLE_EQ(Parse("2 1/2").value, 2.5);
  EXPECT_DOUBLE_EQ(Parse("3/4").value, 0.75);
  EXPECT_TRUE(Parse("3/15/2024").date_like);
  EXPECT_DOUBLE_EQ(Parse("5.5x10-3").value, 0.0055);
  EXPECT_DOUBLE_EQ(Parse("4e3").value, 4000);
  EXPECT_DOUBLE_EQ(Parse("1 point 5").value, 1.5);
}

TEST(ParseNumberTest, ScaleSuffixesNeedContextForM) {
  EXPECT_DOUBLE_EQ(Parse("10k").value, 10000);
  EXPECT_DOUBLE_EQ(Parse("1.3bn").value, 1.3e9);
  EXPECT_DOUBLE_EQ(Parse("750m", /*money=*/true).value, 7.5e8);
  EXPECT_DOUBLE_EQ(Parse("1.5m people").value, 1.5e6);
  EXPECT_DOUBLE_EQ(Parse("9m").value, 9);  // metres, read by the unit step
  EXPECT_DOUBLE_EQ(Parse("2 million").value, 2e6);
}

TEST(ParseNumberTest, Words) {
  EXPECT_DOUBLE_EQ(Parse("ninety five").value, 95);
  EXPECT_DOUBLE_EQ(Parse("a hundred and two").value, 102);
  EXPECT_DOUBLE_EQ(Parse("three million, two hundred & forty").value, 3000240);
  EXPECT_DOUBLE_EQ(Parse("three thousand millions").value, 3e9);
  EXPECT_DOUBLE_EQ(Parse("two point two million").value, 2.2e6);
  EXPECT_DOUBLE_EQ(Parse("two and a half").value, 2.5);
  EXPECT_NEAR(Parse("two-thirds").value, 2.0 / 3, 1e-12);
  EXPECT_DOUBLE_EQ(Parse("a dozen").value, 12);
  EXPECT_DOUBLE_EQ(Parse("twice as many").value, 2);
  EXPECT_TRUE(Parse("twice as many").multiplier);
  EXPECT_FALSE(Parse("twice").ok);  // "met twice": how often, not a ratio
  EXPECT_DOUBLE_EQ(Parse("tenfold").value, 10);
  EXPECT_TRUE(Parse("one").single_one);
  EXPECT_FALSE(Parse("none").ok);
}

TEST(ParseNumberTest, VagueAndFractionalAmounts) {
  EXPECT_TRUE(Parse("several thousand").vague);
  EXPECT_DOUBLE_EQ(Parse("hundreds of thousands").value, 1e5);
  EXPECT_DOUBLE_EQ(Parse("half a million").value, 5e5);
  EXPECT_TRUE(Parse("half").bare_fraction);
  EXPECT_FALSE(Parse("a third term").ok);
  EXPECT_NEAR(Parse("a third of").value, 1.0 / 3, 1e-12);
  // a conjunction after the fraction is no noun an ordinal would modify
  EXPECT_NEAR(Parse("a third whenever").value, 1.0 / 3, 1e-12);
  EXPECT_NEAR(Parse("a fifth again").value, 0.2, 1e-12);
  EXPECT_FALSE(Parse("a fifth season").ok);
  // "a third again as many": the idiom for 1 1/3 times, no share
  EXPECT_FALSE(Parse("a third again as").ok);
}

TEST(ParseNumberTest, ScaleAbbreviationsNeedANumberBefore) {
  EXPECT_FALSE(Parse("Cr Patel").ok);  // a lone abbreviation is no number
  EXPECT_FALSE(Parse("lac of it").ok);
  const NumberParse words = Parse("four hundred kr");
  EXPECT_TRUE(words.ok);
  EXPECT_DOUBLE_EQ(words.value, 4e9);
  EXPECT_DOUBLE_EQ(Parse("7 cr").value, 7e7);
  // After digits "kr" is the krona: the number keeps its value.
  const NumberParse kronor = Parse("650 kr");
  EXPECT_TRUE(kronor.ok);
  EXPECT_DOUBLE_EQ(kronor.value, 650);
}

}  // namespace
}  // namespace figure_internal
}  // namespace factwire
