#include "ingest-service/extract/lexicon/lexicon.h"

#include <cstring>
#include <string>

#include "absl/strings/ascii.h"
#include "gtest/gtest.h"
#include "ingest-service/extract/lexicon/affiliation_words.h"
#include "ingest-service/extract/lexicon/role_words.h"
#include "ingest-service/extract/lexicon/word_table.h"

namespace factwire {
namespace {

bool IsAscii(absl::string_view word) {
  for (char c : word) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// The short-word filter of FindShortAscii() must never turn a table word away:
// every word of the tables is found, in any case, with the classes it lists.
TEST(LexiconTest, EveryTableWordIsFoundInAnyCase) {
  absl::StatusOr<Lexicon> lexicon = Lexicon::Build();
  ASSERT_TRUE(lexicon.ok());
  int short_words = 0;
  for (const ClassEntry& entry : WordClassTable()) {
    const absl::string_view word = entry.word;
    EXPECT_EQ(lexicon->Find(word).classes & entry.classes, entry.classes) << word;
    if (!IsAscii(word)) continue;
    const std::string upper = absl::AsciiStrToUpper(word);
    EXPECT_EQ(lexicon->FindAscii(upper).classes & entry.classes, entry.classes) << word;
    if (word.size() > 8) continue;
    ++short_words;
    EXPECT_EQ(lexicon->FindShortAscii(PackShortWord(upper), upper.size()).classes &
                  entry.classes,
              entry.classes)
        << word;
  }
  EXPECT_GT(short_words, 100);
  for (const CueEntry& cue : CueTable()) {
    EXPECT_EQ(lexicon->Find(cue.word).cue & cue.flags, cue.flags) << cue.word;
  }
}

// FindShortLower() is FindShortAscii() for a word lowered by its caller: the
// same entry for every short table word and for words in no table.
TEST(LexiconTest, ShortLowerFindsWhatShortAsciiFinds) {
  absl::StatusOr<Lexicon> lexicon = Lexicon::Build();
  ASSERT_TRUE(lexicon.ok());
  for (const ClassEntry& entry : WordClassTable()) {
    const absl::string_view word = entry.word;
    if (word.size() > 8 || !IsAscii(word)) continue;
    const std::string upper = absl::AsciiStrToUpper(word);
    const Lexicon::Entry lower = lexicon->FindShortLower(PackShortWord(word), word.size());
    const Lexicon::Entry any = lexicon->FindShortAscii(PackShortWord(upper), upper.size());
    EXPECT_EQ(lower.classes, any.classes) << word;
    EXPECT_EQ(lower.cue, any.cue) << word;
  }
  for (const char* word : {"zqx", "q", "wombatty", "mr."}) {
    const absl::string_view w = word;
    EXPECT_EQ(lexicon->FindShortLower(PackShortWord(w), w.size()).classes,
              lexicon->FindAscii(w).classes)
        << word;
  }
}

TEST(LexiconTest, WordsInNoTableHaveNoClasses) {
  absl::StatusOr<Lexicon> lexicon = Lexicon::Build();
  ASSERT_TRUE(lexicon.ok());
  for (const char* word : {"zqx", "Blorf", "xylophones", "q", "wombatty"}) {
    EXPECT_EQ(lexicon->FindAscii(word).classes, 0u) << word;
    EXPECT_EQ(lexicon->FindAscii(word).cue, 0) << word;
  }
  EXPECT_NE(lexicon->FindAscii("Said").classes & kCue, 0u);
}

// One list of nouns for someone by age: each is also a noun a bare age may
// follow ("The pensioner, 81,"), as the kin and trade nouns are; those are
// no nouns of age.
TEST(LexiconTest, NounsOfAgeAreAgedPersonNouns) {
  for (const char* w : {"teenager", "teen", "youngster", "pensioner", "retiree"}) {
    EXPECT_TRUE(lexicon::IsPersonAgeNoun(w)) << w;
    EXPECT_TRUE(lexicon::IsAgedPersonNoun(w)) << w;
  }
  for (const char* w : {"victim", "son", "driver"}) {
    EXPECT_TRUE(lexicon::IsAgedPersonNoun(w)) << w;
    EXPECT_FALSE(lexicon::IsPersonAgeNoun(w)) << w;
  }
}

TEST(LexiconTest, ForeignHeadsGiveTheirEnglishKindByExactBytes) {
  EXPECT_EQ(lexicon::EnglishKindOfForeignHead("Universiti"), "university");
  EXPECT_EQ(lexicon::EnglishKindOfForeignHead("Universit\xC3\xA4t"), "university");
  EXPECT_EQ(lexicon::EnglishKindOfForeignHead("Consorzio"), "consortium");
  EXPECT_EQ(lexicon::EnglishKindOfForeignHead("Ministerio"), "ministry");
  EXPECT_EQ(lexicon::EnglishKindOfForeignHead("Banco"), "bank");
  // Exact bytes: no other case, no English head, nothing for an empty word.
  EXPECT_EQ(lexicon::EnglishKindOfForeignHead("universiti"), "");
  EXPECT_EQ(lexicon::EnglishKindOfForeignHead("University"), "");
  EXPECT_EQ(lexicon::EnglishKindOfForeignHead("Ban"), "");
  EXPECT_EQ(lexicon::EnglishKindOfForeignHead(""), "");
}

}  // namespace
}  // namespace factwire
