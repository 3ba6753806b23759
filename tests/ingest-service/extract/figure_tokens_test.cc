#include "ingest-service/extract/figure_tokens.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "ingest-service/extract/figure_lexicon.h"
#include "ingest-service/extract/figure_short_words.h"

namespace factwire {
namespace figure_internal {
namespace {

// A tokenized range and the lowercase buffer its tokens point into.
struct Tokenized {
  std::string lower;
  std::vector<Token> tokens;
};

// Tokenizes text[begin, end) (all of `text` when end < 0) into *out.
void Tokenize(const std::string& text, Tokenized* out, int begin = 0,
              int end = -1) {
  if (end < 0) end = static_cast<int>(text.size());
  TokenizeForFigures(text, begin, end, &out->lower, &out->tokens);
}

// The tokens of text[begin, end) as written, one string each.
std::vector<std::string> Raw(const std::string& text, int begin = 0,
                             int end = -1) {
  Tokenized t;
  Tokenize(text, &t, begin, end);
  std::vector<std::string> raw;
  for (const Token& token : t.tokens) raw.emplace_back(token.raw);
  return raw;
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
  Tokenized t;
  Tokenize(text, &t, 3, 14);
  const std::vector<Token>& tokens = t.tokens;
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].begin, 3);
  EXPECT_EQ(tokens[0].end, 14);
  EXPECT_EQ(tokens[0].lower, "supercalifr");
  EXPECT_EQ(tokens[0].kind, TokenKind::kWord);
}

TEST(FigureTokensTest, QuoteMarksFlipOpenQuotes) {
  Tokenized t;
  Tokenize("\"a 'b' c\" d", &t);
  const std::vector<Token>& tokens = t.tokens;
  ASSERT_EQ(tokens.size(), 8u);
  EXPECT_EQ(tokens[0].open_quotes, 0);  // the opening "
  EXPECT_EQ(tokens[1].open_quotes, 1);  // a
  EXPECT_EQ(tokens[3].open_quotes, 3);  // b
  EXPECT_EQ(tokens[5].open_quotes, 1);  // c
  EXPECT_EQ(tokens[7].open_quotes, 0);  // d
}

// "k" when the token has whitespace before it, then its kind's letter ('n'
// number, 'w' word, 's' symbol) and its bytes: one string per token.
std::vector<std::string> Shapes(const std::string& text) {
  Tokenized t;
  Tokenize(text, &t);
  std::vector<std::string> shapes;
  for (const Token& token : t.tokens) {
    const char kind = token.kind == TokenKind::kNumber ? 'n'
                      : token.kind == TokenKind::kWord ? 'w'
                                                       : 's';
    shapes.push_back(std::string(token.space_before ? "_" : "") + kind +
                     std::string(token.raw));
  }
  return shapes;
}

TEST(FigureTokensTest, EveryKindOfSeparatorSetsSpaceBefore) {
  // A space right after a word, a tab, a newline, two spaces, U+00A0 and a
  // stray 0xA0 byte (read as U+00A0) all separate; a mark does not.
  EXPECT_EQ(Shapes("ab cd\tef\ngh  ij\xC2\xA0kl\xA0mn,op"),
            (std::vector<std::string>{"_wab", "_wcd", "_wef", "_wgh", "_wij",
                                      "_wkl", "_wmn", "s,", "wop"}));
  EXPECT_EQ(Shapes("  x"), (std::vector<std::string>{"_wx"}));
  EXPECT_EQ(Shapes("x "), (std::vector<std::string>{"_wx"}));
}

TEST(FigureTokensTest, APeriodOpensANumberOnlyAfterNoDigitOrLetter) {
  EXPECT_EQ(Shapes("(.5 a.5 3.5.7 x. 7"),
            (std::vector<std::string>{"_s(", "n.5", "_wa", "s.", "n5",
                                      "_n3.5", "s.", "n7", "_wx", "s.", "_n7"}));
}

TEST(FigureTokensTest, NonAsciiBytesAreWordsSymbolsOrSpaces) {
  // "é" (a letter) opens a word, "€" and "—" are symbols, U+202F separates.
  EXPECT_EQ(Shapes("\xC3\xA9t\xC3\xA9 \xE2\x82\xAC" "5\xE2\x80\xAF" "a\xE2\x80\x94" "b"),
            (std::vector<std::string>{"_w\xC3\xA9t\xC3\xA9", "_s\xE2\x82\xAC",
                                      "n5", "_wa", "s\xE2\x80\x94", "wb"}));
}

// The number tokens of `text`: bytes, value, digits before and after the
// point, and "s" / "d" / "z" for a separator, a decimal point, a leading zero.
std::vector<std::string> Numbers(const std::string& text) {
  Tokenized t;
  Tokenize(text, &t);
  std::vector<std::string> numbers;
  for (const Token& token : t.tokens) {
    if (token.kind != TokenKind::kNumber) continue;
    numbers.push_back(absl::StrCat(
        token.raw, "=", token.value, "/", token.int_digits, ".",
        token.frac_digits, token.has_separator ? "s" : "",
        token.has_decimal ? "d" : "", token.leading_zero ? "z" : ""));
  }
  return numbers;
}

TEST(FigureTokensTest, NumbersEndWhereNothingJoinsOn) {
  // Plain digits before a space, a mark, a letter, a period or the end.
  EXPECT_EQ(Numbers("15 people, 2024. 7km 04 0 x9"),
            (std::vector<std::string>{"15=15/2.0", "2024=2024/4.0",
                                      "7=7/1.0", "04=4/2.0z", "0=0/1.0",
                                      "9=9/1.0"}));
  // Fifteen digits are read at once, sixteen by the general parser.
  Tokenized t;
  Tokenize("123456789012345 1234567890123456 9007199254740993", &t);
  ASSERT_EQ(t.tokens.size(), 3u);
  EXPECT_EQ(t.tokens[0].value, 123456789012345.0);
  EXPECT_EQ(t.tokens[1].value, 1234567890123456.0);
  EXPECT_EQ(t.tokens[2].value, 9007199254740992.0);  // 2^53 + 1, rounded
  EXPECT_EQ(t.tokens[2].int_digits, 16);
}

TEST(FigureTokensTest, NumbersTakeGroupsDecimalsAndExponents) {
  EXPECT_EQ(Numbers("1,500 10 000 1,50 3.25 .5 4e14 9.83e-3 5em"),
            (std::vector<std::string>{"1,500=1500/4.0s", "10 000=10000/5.0s",
                                      "1=1/1.0", "50=50/2.0", "3.25=3.25/1.2d",
                                      ".5=0.5/0.1d", "4e14=4e+14/1.0",
                                      "9.83e-3=0.00983/1.2d", "5=5/1.0"}));
  // Groups then decimals; a space after a comma group and a fourth digit
  // after a comma end the number.
  EXPECT_EQ(Numbers("1,234,567.89 1,500 000 12,3456 0.25E"),
            (std::vector<std::string>{"1,234,567.89=1.23457e+06/7.2sd",
                                      "1,500=1500/4.0s", "000=0/3.0z",
                                      "12=12/2.0", "3456=3456/4.0",
                                      "0.25=0.25/1.2d"}));
  Tokenized t;
  Tokenize("1,234,567.89 0.1234567890123456 1,234,567,890,123.45", &t);
  ASSERT_EQ(t.tokens.size(), 3u);
  EXPECT_EQ(t.tokens[0].value, 1234567.89);
  EXPECT_EQ(t.tokens[1].value, 0.1234567890123456);  // sixteen digits
  EXPECT_EQ(t.tokens[2].value, 1234567890123.45);
  EXPECT_EQ(t.tokens[2].int_digits, 13);
  // Three digits after a space join only a number of three digits or less.
  EXPECT_EQ(Numbers("2024 500"),
            (std::vector<std::string>{"2024=2024/4.0", "500=500/3.0"}));
}

TEST(FigureTokensTest, OneByteTokensGetTheirLexiconRoles) {
  Tokenized t;
  Tokenize("A $ ~ , about", &t);
  GetFigureLexicon().AssignRoles(&t.tokens);
  const std::vector<Token>& tokens = t.tokens;
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_TRUE(HasRole(tokens[0], kRoleStarter));  // "A" reads as "a"
  EXPECT_TRUE(HasRole(tokens[1], kRoleCurrency));
  EXPECT_TRUE(HasRole(tokens[2], kRolePrefixQualifier));
  EXPECT_EQ(tokens[3].roles, 0u);
  EXPECT_TRUE(HasRole(tokens[4], kRolePrefixQualifier));
  EXPECT_FALSE(HasRole(tokens[4], kRoleCurrency));
}

// MayHoldAmount() on the tokens of `text`.
bool MayHoldAmount(const std::string& text) {
  Tokenized t;
  Tokenize(text, &t);
  GetFigureLexicon().AssignRoles(&t.tokens);
  return GetFigureLexicon().MayHoldAmount(t.tokens);
}

TEST(FigureLexiconTest, MayHoldAmountOnlyWithoutAnyWayToStartOne) {
  EXPECT_TRUE(MayHoldAmount("It took 12 days."));
  EXPECT_TRUE(MayHoldAmount("Twenty people came."));
  EXPECT_TRUE(MayHoldAmount("Half the voters stayed home."));
  EXPECT_TRUE(MayHoldAmount("It lasted a couple of days."));
  EXPECT_TRUE(MayHoldAmount("The shelter is a mile away."));
  EXPECT_TRUE(MayHoldAmount("A dollar buys less."));
  EXPECT_TRUE(MayHoldAmount("Add \xC2\xBE of the flour."));
  EXPECT_FALSE(MayHoldAmount("The committee met on Tuesday in a hurry."));
  EXPECT_FALSE(MayHoldAmount("\xE2\x80\x9CWe are ready,\xE2\x80\x9D she said."));
}

TEST(FigureLexiconTest, RolesOfEveryWordAsTheTableHoldsThem) {
  const FigureLexicon& lex = GetFigureLexicon();
  int words = 0;
  lex.roles.ForEach([&](absl::string_view word, uint32_t roles) {
    ++words;
    EXPECT_EQ(lex.RolesOf(word), roles) << word;
    // The same bytes and a zero byte more are another word, in no table.
    const std::string longer = std::string(word) + '\0';
    EXPECT_EQ(lex.RolesOf(longer), 0u) << word;
  });
  EXPECT_GT(words, 100);
  EXPECT_NE(lex.RolesOf("percent") & kRoleUnit, 0u);
  EXPECT_EQ(lex.RolesOf("committee"), 0u);
  EXPECT_EQ(lex.RolesOf("zq"), 0u);
}

TEST(ShortWordMapTest, FindsEveryWordItHoldsAndNoOther) {
  // Every word of one to four letters from a small alphabet: many more words
  // than the first table size holds, so Build() also has to move words.
  std::vector<std::string> words;
  const std::string letters = "abcdefg";
  for (char a : letters) {
    words.push_back(std::string(1, a));
    for (char b : letters) {
      words.push_back(std::string{a, b});
      for (char c : letters) words.push_back(std::string{a, b, c, 'x'});
    }
  }
  std::vector<std::pair<absl::string_view, uint32_t>> entries;
  for (size_t i = 0; i < words.size(); ++i) {
    entries.emplace_back(words[i], static_cast<uint32_t>(i + 1));
  }
  ShortWordMap<uint32_t> map;
  map.Build(entries);
  for (size_t i = 0; i < words.size(); ++i) {
    EXPECT_EQ(map.Find(words[i]), i + 1) << words[i];
  }
  EXPECT_EQ(map.Find("h"), 0u);
  EXPECT_EQ(map.Find("abcx1234"), 0u);
  EXPECT_EQ(map.Find(absl::string_view("a\0", 2)), 0u);  // same bytes, longer
}

}  // namespace
}  // namespace figure_internal
}  // namespace factwire
