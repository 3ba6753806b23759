#include "query-service/answer/phrase_key.h"

#include "gtest/gtest.h"

namespace factwire {
namespace {

TEST(PhraseKey, IgnoresCaseStopwordsPluralsAndOrder) {
  EXPECT_EQ(PhraseKey("overdose deaths"), "death overdose");
  EXPECT_EQ(PhraseKey("Deaths from overdoses"), "death overdose");
  EXPECT_EQ(PhraseKey("the death toll"), "death toll");
  EXPECT_EQ(PhraseKey("The United States"), PhraseKey("United States"));
}

TEST(PhraseKey, EmptyWhenNoWordRemains) {
  EXPECT_EQ(PhraseKey(""), "");
  EXPECT_EQ(PhraseKey("of the"), "");
  EXPECT_EQ(PhraseKey(" -- "), "");
}

TEST(PhraseKey, KeepsNonAsciiWords) {
  EXPECT_EQ(PhraseKey("Québec"), "québec");
  EXPECT_NE(PhraseKey("Montréal"), PhraseKey("Montreal"));
}

TEST(Singular, EnglishRules) {
  EXPECT_EQ(Singular("deaths"), "death");
  EXPECT_EQ(Singular("casualties"), "casualty");
  EXPECT_EQ(Singular("boxes"), "box");
  EXPECT_EQ(Singular("churches"), "church");
  EXPECT_EQ(Singular("people"), "person");
  EXPECT_EQ(Singular("children"), "child");
  EXPECT_EQ(Singular("status"), "status");
  EXPECT_EQ(Singular("crisis"), "crisis");
  EXPECT_EQ(Singular("glass"), "glass");
  EXPECT_EQ(Singular("gas"), "gas");
  EXPECT_EQ(Singular("fentanyl"), "fentanyl");
}

}  // namespace
}  // namespace factwire
