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

TEST(SplitSentences, NumberAbbreviationBeforeAWordEndsTheSentence) {
  EXPECT_EQ(Split("Asked whether she would run, Lopez said no. Asked why, she "
                  "shrugged. Bill No. 5 and nos. 6 and 7 passed."),
            (std::vector<std::string>{"Asked whether she would run, Lopez said no.",
                                      "Asked why, she shrugged.",
                                      "Bill No. 5 and nos. 6 and 7 passed."}));
}

TEST(SplitSentences, SentenceEndsInAbbreviation) {
  EXPECT_EQ(Split("He moved to the U.S. The move was hard."),
            (std::vector<std::string>{"He moved to the U.S.", "The move was hard."}));
}

TEST(SplitSentences, UnitSymbolBeforeAPeriodEndsTheSentence) {
  // A unit letter written onto its number is no initial: its period ends the
  // sentence before any capitalised word.
  EXPECT_EQ(Split("The river town passed 44\u00b0C. The weather office said the heat "
                  "would last. Water stood at 61\u00b0F. Farmers waited."),
            (std::vector<std::string>{"The river town passed 44\u00b0C.",
                                      "The weather office said the heat would last.",
                                      "Water stood at 61\u00b0F.", "Farmers waited."}));
  EXPECT_EQ(Split("The convoy drove 120 km. The drivers said the road was shut. It "
                  "weighed 3 kg. Inspectors found it."),
            (std::vector<std::string>{"The convoy drove 120 km.",
                                      "The drivers said the road was shut.",
                                      "It weighed 3 kg.", "Inspectors found it."}));
}

TEST(SplitSentences, RealAbbreviationsAndInitialsStillJoin) {
  EXPECT_EQ(Split("Gen. Lee rode to No. 10 and then St. Mary's hall. Jones spoke at "
                  "9 a.m. The hall was full."),
            (std::vector<std::string>{"Gen. Lee rode to No. 10 and then St. Mary's hall.",
                                      "Jones spoke at 9 a.m.", "The hall was full."}));
  EXPECT_EQ(Split("Harry S. Truman and John F. Kennedy won."),
            (std::vector<std::string>{"Harry S. Truman and John F. Kennedy won."}));
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

std::vector<Token> TokensOf(const std::string& text, int end) {
  absl::StatusOr<Lexicon> lexicon = Lexicon::Build();
  EXPECT_TRUE(lexicon.ok());
  return Tokenize(text, {{0, end}}, *lexicon);
}

TEST(Tokenize, LongWordsAndCapitalsAcrossEightByteRuns) {
  // Words longer than eight bytes, mixed case and digits, read in eight-byte runs.
  const std::string text = "NEWFOUNDLANDERS met Internationally in Covid19Response rooms";
  const std::vector<Token> tokens = TokensOf(text, static_cast<int>(text.size()));
  ASSERT_EQ(tokens.size(), 6u);
  EXPECT_EQ(TokenText(text, tokens[0]), "NEWFOUNDLANDERS");
  EXPECT_TRUE(tokens[0].upper);
  EXPECT_TRUE(tokens[0].all_caps);
  EXPECT_EQ(TokenText(text, tokens[2]), "Internationally");
  EXPECT_TRUE(tokens[2].upper);
  EXPECT_FALSE(tokens[2].all_caps);
  EXPECT_EQ(TokenText(text, tokens[4]), "Covid19Response");
  EXPECT_FALSE(tokens[4].all_caps);
  EXPECT_EQ(TokenText(text, tokens[5]), "rooms");
}

TEST(Tokenize, WordStopsAtTheParagraphEndInsideAnEightByteRun) {
  const std::string text = "Spokeswomen everywhere";
  const std::vector<Token> tokens = TokensOf(text, 14);  // "Spokeswomen ev"
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(TokenText(text, tokens[0]), "Spokeswomen");
  EXPECT_EQ(TokenText(text, tokens[1]), "ev");
}

TEST(Tokenize, AllCapsCountsOnlyAsciiCapitals) {
  // "ÉCOLE": the accented capital is a letter but not an ASCII capital.
  const std::string text = "ABCDEFGHIJ \xC3\x89" "COLE NATO";
  const std::vector<Token> tokens = TokensOf(text, static_cast<int>(text.size()));
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_TRUE(tokens[0].all_caps);
  EXPECT_FALSE(tokens[1].all_caps);
  EXPECT_TRUE(tokens[2].all_caps);
}

TEST(Tokenize, LexiconClassesOfAsciiWords) {
  // "SAID" is found case-insensitively, "Spokesperson" read past eight bytes.
  const std::string text = "SAID Spokesperson said";
  const std::vector<Token> tokens = TokensOf(text, static_cast<int>(text.size()));
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_NE(tokens[0].classes & kCue, 0u);
  EXPECT_EQ(tokens[0].classes, tokens[2].classes);
  EXPECT_EQ(tokens[0].cue, tokens[2].cue);
  EXPECT_NE(tokens[1].classes & kTitle, 0u);
}

TEST(Tokenize, JoinersInsideWordsAndNumbersButNotAtTheirEnds) {
  const std::string text =
      "can\xE2\x80\x99t state-run U.S.-led 1,250.75 end- \xE2\x80\x9Cquoted\xE2\x80\x9D, x.";
  const std::vector<Token> tokens = TokensOf(text, static_cast<int>(text.size()));
  std::vector<std::string> texts;
  for (const Token& t : tokens) texts.emplace_back(TokenText(text, t));
  // "U.S." keeps its period, so the hyphen after it stands alone.
  EXPECT_EQ(texts, (std::vector<std::string>{"can\xE2\x80\x99t", "state-run", "U.S.", "-",
                                             "led", "1,250.75", "end", "-", "\xE2\x80\x9C",
                                             "quoted", "\xE2\x80\x9D", ",", "x", "."}));
  EXPECT_TRUE(tokens[2].ends_period);
  EXPECT_EQ(tokens[5].kind, TokenKind::kNumber);
}

TEST(Tokenize, ShortWordsGetTheirLexiconEntryInsideTheTextAndAtItsEnd) {
  // Words of 1 to 8 bytes are looked up from one eight-byte load when the text
  // goes on for eight bytes, else from their bytes: the same entries either way.
  absl::StatusOr<Lexicon> lexicon = Lexicon::Build();
  ASSERT_TRUE(lexicon.ok());
  const std::string text =
      "a I he said SAID Sen. according Minister spokesman told she says It";
  const std::vector<Token> tokens =
      Tokenize(text, {{0, static_cast<int>(text.size())}}, *lexicon);
  ASSERT_EQ(tokens.size(), 13u);
  int found = 0;
  for (const Token& t : tokens) {
    const Lexicon::Entry want = lexicon->Find(TokenText(text, t));
    EXPECT_EQ(t.classes, want.classes) << TokenText(text, t);
    EXPECT_EQ(t.cue, want.cue) << TokenText(text, t);
    if (want.classes != 0) ++found;
  }
  EXPECT_GE(found, 6);  // the test reads listed words, not only unlisted ones
}

TEST(Lexicon, FindAsciiAgreesWithFind) {
  absl::StatusOr<Lexicon> lexicon = Lexicon::Build();
  ASSERT_TRUE(lexicon.ok());
  for (const char* word : {"said", "SAID", "Sen.", "spokesperson", "Government",
                           "zzzz", "a", "according", "x-ray-fluorescence-of-things",
                           "averyveryverylongwordthatisnotinanylexicon"}) {
    const Lexicon::Entry a = lexicon->Find(word);
    const Lexicon::Entry b = lexicon->FindAscii(word);
    EXPECT_EQ(a.classes, b.classes) << word;
    EXPECT_EQ(a.cue, b.cue) << word;
  }
  EXPECT_NE(lexicon->FindAscii("Said").classes & kCue, 0u);
}

}  // namespace
}  // namespace factwire
