#include "ingest-service/extract/sentences.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/extract/lexicon/lexicon.h"
#include "ingest-service/extract/tokens.h"

namespace factwire {
namespace {

std::vector<std::string> Split(const std::string& text) {
  absl::StatusOr<Lexicon> lexicon = Lexicon::Build();
  EXPECT_TRUE(lexicon.ok());
  std::vector<Token> tokens =
      Tokenize(text, {{0, static_cast<int>(text.size())}}, *lexicon);
  std::vector<std::string> out;
  for (const Sentence& s : SplitSentences(tokens)) {
    out.push_back(text.substr(s.begin, s.end - s.begin));
  }
  return out;
}

TEST(SplitSentences, Abbreviations) {
  EXPECT_EQ(
      Split("Cpl. Arash Seyed spoke. Mr. J. R. Smith paid $1.3 billion to the U.S. "
            "Treasury. The U.S. agreed."),
      (std::vector<std::string>{"Cpl. Arash Seyed spoke.",
                                "Mr. J. R. Smith paid $1.3 billion to the U.S. Treasury.",
                                "The U.S. agreed."}));
}

TEST(SplitSentences, CurrencyAndNumberAbbreviations) {
  EXPECT_EQ(Split("Tickets cost Rs. 20 at the gate. Nos. 4 and 5 were sold out."),
            (std::vector<std::string>{"Tickets cost Rs. 20 at the gate.",
                                      "Nos. 4 and 5 were sold out."}));
}

TEST(SplitSentences, SentenceEndsInAbbreviation) {
  EXPECT_EQ(Split("He moved to the U.S. The move was hard."),
            (std::vector<std::string>{"He moved to the U.S.", "The move was hard."}));
}

TEST(SplitSentences, QuotesAndQuestions) {
  EXPECT_EQ(
      Split("\"Why?\" he asked. \"Because.\" She left!"),
      (std::vector<std::string>{"\"Why?\" he asked.", "\"Because.\"", "She left!"}));
}

TEST(Tokenize, PossessiveAndApostrophes) {
  absl::StatusOr<Lexicon> lexicon = Lexicon::Build();
  ASSERT_TRUE(lexicon.ok());
  const std::string text = "Mexico's border doesn't close.";
  std::vector<Token> tokens =
      Tokenize(text, {{0, static_cast<int>(text.size())}}, *lexicon);
  ASSERT_GE(tokens.size(), 5u);
  EXPECT_EQ(TokenText(text, tokens[0]), "Mexico");
  EXPECT_TRUE(tokens[1].possessive);
  EXPECT_EQ(TokenText(text, tokens[3]), "doesn't");
}

}  // namespace
}  // namespace factwire
