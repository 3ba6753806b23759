#include "ingest-service/extract/tokens.h"

#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "gtest/gtest.h"
#include "ingest-service/extract/lexicon/lexicon.h"

namespace factwire {
namespace {

std::vector<Token> TokensOf(const std::string& text) {
  absl::StatusOr<Lexicon> lexicon = Lexicon::Build();
  EXPECT_TRUE(lexicon.ok());
  return Tokenize(text, {{0, static_cast<int>(text.size())}}, *lexicon);
}

// Every field but the offsets.
void ExpectSameWord(const Token& a, const Token& b, const std::string& context) {
  SCOPED_TRACE(context);
  EXPECT_EQ(a.end - a.begin, b.end - b.begin);
  EXPECT_EQ(a.kind, b.kind);
  EXPECT_EQ(a.upper, b.upper);
  EXPECT_EQ(a.all_caps, b.all_caps);
  EXPECT_EQ(a.letters_only, b.letters_only);
  EXPECT_EQ(a.ends_period, b.ends_period);
  EXPECT_EQ(a.classes, b.classes);
  EXPECT_EQ(a.cue, b.cue);
}

// A word before a comma or other punctuation is read as before a space (the
// short-word path and the general one agree), whatever its case and lexicon
// classes; the text is long enough for either path to run.
TEST(Tokenize, WordBeforePunctuationAsBeforeSpace) {
  for (const char* word : {"said", "Smith", "NASA", "it", "the", "Mr", "police"}) {
    const Token plain = TokensOf(std::string(word) + " and the rest of it")[0];
    for (const char* after : {",", ";", ":", ")", "!", "?", "\""}) {
      const std::vector<Token> tokens =
          TokensOf(std::string(word) + after + " and the rest of it");
      ExpectSameWord(tokens[0], plain, std::string(word) + after);
      EXPECT_EQ(tokens[1].kind == TokenKind::kPunct ? tokens[1].punct : '"', *after);
    }
  }
}

// A word or number read where the tokenizer's one-load paths can run (eight
// bytes or more left in the paragraph) is the token it is at the paragraph's
// end, where only the general path runs: before a period (an abbreviation or an
// initial keeps it, "U.S" joins on), other punctuation or a space, for words of
// one to nine letters in any case, and numbers.
TEST(Tokenize, OneLoadPathsReadAsTheGeneralPath) {
  const std::vector<std::string> words = {
      "a",        "I",         "J",        "it",    "Mr",      "Dr",     "St",
      "Gen",      "Sen",       "Inc",      "U",     "said",    "Smith",  "NASA",
      "Jan",      "police",    "percent",  "January", "mayoral", "Hospital",
      "ministers", "12",       "2024",     "7",     "1500000"};
  const std::vector<std::string> afters = {".", ",", ";", ":", ")", "?", "%", "\"", " ",
                                           ".S", ".A.", ",5", "'s", "-led", "9", "x"};
  for (const std::string& word : words) {
    for (const std::string& after : afters) {
      const std::string at_end = word + after;
      const std::vector<Token> alone = TokensOf(at_end);
      const std::vector<Token> inside = TokensOf(at_end + " and the rest of it");
      ASSERT_FALSE(alone.empty());
      ASSERT_GT(inside.size(), alone.size());
      for (size_t k = 0; k < alone.size(); ++k) {
        ExpectSameWord(inside[k], alone[k], at_end + " token " + std::to_string(k));
        EXPECT_EQ(inside[k].begin, alone[k].begin) << at_end;
        EXPECT_EQ(inside[k].space_before, alone[k].space_before) << at_end;
        EXPECT_EQ(inside[k].punct, alone[k].punct) << at_end;
        EXPECT_EQ(inside[k].possessive, alone[k].possessive) << at_end;
        // The paragraph's last token may end a sentence wherever it stands.
        if (k + 1 < alone.size()) {
          EXPECT_EQ(inside[k].may_end_sentence, alone[k].may_end_sentence) << at_end;
        }
      }
    }
  }
}

// An abbreviation keeps its period; a hyphen or an apostrophe joins a word.
TEST(Tokenize, PeriodHyphenAndApostropheAfterShortWords) {
  const std::vector<Token> tokens = TokensOf("Mr. Lee said well-known didn't change");
  ASSERT_GE(tokens.size(), 5u);
  EXPECT_TRUE(tokens[0].ends_period);
  EXPECT_EQ(tokens[0].end - tokens[0].begin, 3);
  EXPECT_EQ(tokens[3].end - tokens[3].begin, 10);  // well-known
  EXPECT_EQ(tokens[4].end - tokens[4].begin, 6);   // didn't
}

// Two single capitals round a slash are one word ("A/S", "N/A", also before a
// sentence's period); longer words and lowercase units keep the slash a mark.
TEST(Tokenize, SlashedCapitalsAreOneWord) {
  const std::string text = "Blade A/S. N/A, AC/DC km/h A/Sx";
  std::string words;
  for (const Token& t : TokensOf(text)) words += std::string(TokenText(text, t)) + "|";
  EXPECT_EQ(words, "Blade|A/S|.|N/A|,|AC|/|DC|km|/|h|A|/|Sx|");
}

// Tokenize marks the tokens a sentence may end at: sentence marks, abbreviations
// that kept their period and the last token of each paragraph; nothing else.
TEST(Tokenize, MarksWhereSentencesMayEnd) {
  absl::StatusOr<Lexicon> lexicon = Lexicon::Build();
  ASSERT_TRUE(lexicon.ok());
  const std::string text = "Mr. Lee said, \"Go!\" Then... he left it\n\nA new one";
  const std::vector<Token> tokens =
      Tokenize(text, {{0, 38}, {40, static_cast<int>(text.size())}}, *lexicon);
  std::string marked;
  for (const Token& t : tokens) {
    if (t.may_end_sentence) marked += std::string(TokenText(text, t)) + "|";
  }
  EXPECT_EQ(marked, "Mr.|!|...|it|one|");
}

// The words before a dateline's dash, when the paragraph opens with one.
std::string AfterDatelineText(const std::string& text) {
  const std::vector<Token> tokens = TokensOf(text);
  const int k = AfterDateline(tokens, 0);
  return k < static_cast<int>(tokens.size()) ? text.substr(tokens[k].begin) : "";
}

TEST(AfterDateline, SkipsCapitalsDatesAndAgencyUpToTheDash) {
  EXPECT_EQ(AfterDatelineText("LONDON \u2014 Prices rose."), "Prices rose.");
  EXPECT_EQ(AfterDatelineText("WASHINGTON (Reuters) - The Senate voted."), "The Senate voted.");
  EXPECT_EQ(AfterDatelineText("NAIROBI, Kenya (AP) \u2014 Police said."), "Police said.");
  EXPECT_EQ(AfterDatelineText("BRUSSELS/KYIV, March 12 (Reuters) - Russia said."),
            "Russia said.");
  EXPECT_EQ(AfterDatelineText("UPDATE: 5/12 \u2014 The site removed it."), "The site removed it.");
  EXPECT_EQ(AfterDatelineText("NOW OPEN\u2014\"Pop-up art show,\" by Eddie Small"),
            "\"Pop-up art show,\" by Eddie Small");
}

TEST(AfterDateline, NoDatelineKeepsTheFirstToken) {
  EXPECT_EQ(AfterDatelineText("Russia said - again - that it would."),
            "Russia said - again - that it would.");
  EXPECT_EQ(AfterDatelineText("NASA said on Monday."), "NASA said on Monday.");
  EXPECT_EQ(AfterDatelineText("A leading group - the largest - said."),
            "A leading group - the largest - said.");
}

// HasWholeWord() as a plain scan: every occurrence, then its neighbours.
bool WholeWordByScan(absl::string_view text, absl::string_view word) {
  for (size_t at = text.find(word); at != absl::string_view::npos;
       at = text.find(word, at + 1)) {
    const size_t end = at + word.size();
    if ((at == 0 || !absl::ascii_isalpha(text[at - 1])) &&
        (end == text.size() || !absl::ascii_isalpha(text[end]))) {
      return true;
    }
  }
  return false;
}

TEST(HasWholeWord, FindsTheWordBetweenNonLetters) {
  EXPECT_TRUE(HasWholeWord("Fares rose by about a tenth.", "about"));
  EXPECT_TRUE(HasWholeWord("about", "about"));
  EXPECT_TRUE(HasWholeWord("(capital)", "capital"));
  EXPECT_TRUE(HasWholeWord("a long-run capital-gains rule", "capital"));
  EXPECT_TRUE(HasWholeWord("rates, which didn't move", "didn't"));
  EXPECT_TRUE(HasWholeWord("stamp\xE2\x80\x94" "duty", "duty"));  // an em dash before it
  EXPECT_TRUE(HasWholeWord("She said 7days later", "days"));    // a digit is no letter
}

TEST(HasWholeWord, IgnoresTheWordInsideLongerWords) {
  EXPECT_FALSE(HasWholeWord("The roundabout was closed.", "about"));
  EXPECT_FALSE(HasWholeWord("Whereabouts unknown", "about"));
  EXPECT_FALSE(HasWholeWord("Capital spending grew.", "capital"));  // case counts
  EXPECT_FALSE(HasWholeWord("Capitals of the region", "capital"));
  EXPECT_FALSE(HasWholeWord("", "a"));
  EXPECT_FALSE(HasWholeWord("dut", "duty"));
}

// Texts around and across the 16-byte blocks: every answer as the plain scan's.
TEST(HasWholeWord, AgreesWithAPlainScan) {
  const std::string words[] = {"a",    "an",     "duty",      "stamp",   "capital",
                               "don't", "aa",    "spending",  "regulator", "x"};
  const char alphabet[] = "aaanntudyspx' .,-\xC3\xA9Z";
  uint64_t seed = 0x243F6A8885A308D3ull;
  auto next = [&seed]() {
    seed = seed * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<size_t>(seed >> 33);
  };
  int agreed_true = 0;
  for (int round = 0; round < 4000; ++round) {
    std::string text;
    const size_t size = next() % 70;
    for (size_t i = 0; i < size; ++i) text += alphabet[next() % (sizeof(alphabet) - 1)];
    // Sometimes a listed word somewhere in it.
    const std::string& word = words[next() % (sizeof(words) / sizeof(words[0]))];
    if (next() % 2 == 0 && !text.empty()) text.insert(next() % text.size(), word);
    const bool want = WholeWordByScan(text, word);
    agreed_true += want ? 1 : 0;
    ASSERT_EQ(HasWholeWord(text, word), want) << "'" << word << "' in '" << text << "'";
  }
  EXPECT_GT(agreed_true, 500);  // both answers were tried
}

// The word at every place of texts up to 100 bytes (several 16- and 32-byte
// steps and their tails): found alone, not found with a letter glued to it.
TEST(HasWholeWord, FindsTheWordAtEveryPlaceOfLongerTexts) {
  for (const std::string word : {"a", "tax", "regulator"}) {
    for (size_t size = word.size(); size <= 100; ++size) {
      for (size_t at = 0; at + word.size() <= size; ++at) {
        std::string text(size, '.');
        text.replace(at, word.size(), word);
        ASSERT_TRUE(HasWholeWord(text, word)) << "'" << word << "' in '" << text << "'";
        if (at + word.size() < size) {
          text[at + word.size()] = 's';
          ASSERT_FALSE(HasWholeWord(text, word)) << "'" << word << "' in '" << text << "'";
        }
      }
    }
  }
}

// A word opened by a capital outside ASCII is capitalised ("Šimko", "Émile",
// "Łukasz", "Ørsted", "Ștefan"); one opened by a small letter ("ščasný",
// "élan") or a sign ("×") is not.
TEST(Tokenize, CapitalsBeyondAscii) {
  for (const char* word : {"\xC5\xA0imko", "\xC3\x89mile", "\xC5\x81ukasz",
                           "\xC3\x98rsted", "\xC8\x98tefan", "\xD0\x9F\xD0\xB5\xD1\x82\xD1\x80"}) {
    const std::vector<Token> tokens = TokensOf(std::string(word) + " said");
    ASSERT_FALSE(tokens.empty()) << word;
    EXPECT_TRUE(tokens[0].upper) << word;
  }
  for (const char* word : {"\xC5\xA1\xC4\x8D" "asn\xC3\xBD", "\xC3\xA9lan"}) {
    const std::vector<Token> tokens = TokensOf(std::string(word) + " said");
    ASSERT_FALSE(tokens.empty()) << word;
    EXPECT_FALSE(tokens[0].upper) << word;
  }
}

}  // namespace
}  // namespace factwire
