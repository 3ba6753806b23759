#include "ingest-service/extract/lexicon/number_words.h"

#include "gtest/gtest.h"

namespace factwire {
namespace {

TEST(NumberWordsLexicon, ComparativeFollowersMakeAMultiplierAComparison) {
  EXPECT_TRUE(lexicon::IsComparativeFollower("as"));        // "twice as many"
  EXPECT_TRUE(lexicon::IsComparativeFollower("increase"));  // "threefold increase"
  EXPECT_FALSE(lexicon::IsComparativeFollower("a"));        // "twice a week"
  EXPECT_FALSE(lexicon::IsComparativeFollower("As"));       // lowercase, exact
}

TEST(NumberWordsLexicon, FractionDeterminersMakeAFractionANoun) {
  EXPECT_TRUE(lexicon::IsFractionDeterminer("second"));  // "the second half"
  EXPECT_TRUE(lexicon::IsFractionDeterminer("each"));
  EXPECT_FALSE(lexicon::IsFractionDeterminer("a"));  // "a half" is a number
  EXPECT_FALSE(lexicon::IsFractionDeterminer(""));
}

TEST(NumberWordsLexicon, ServiceNounsAndDialVerbsAndTimeSpanLeads) {
  EXPECT_TRUE(lexicon::IsNumberedServiceNoun("hotline"));  // "the 311 hotline"
  EXPECT_FALSE(lexicon::IsNumberedServiceNoun("lines"));   // counted
  EXPECT_TRUE(lexicon::IsDialVerb("dial"));                // "dial 911"
  EXPECT_FALSE(lexicon::IsDialVerb("counted"));
  EXPECT_FALSE(lexicon::IsDialVerb("called"));       // "called 30 witnesses"
  EXPECT_TRUE(lexicon::IsCallVerb("called"));
  EXPECT_TRUE(lexicon::IsServiceCallFollower("now"));  // "call 999 now"
  EXPECT_FALSE(lexicon::IsServiceCallFollower("and"));
  EXPECT_TRUE(lexicon::IsNumberedLineNoun("line"));    // "the 811 nurse line"
  EXPECT_FALSE(lexicon::IsNumberedServiceNoun("line"));
  EXPECT_TRUE(lexicon::IsTimeSpanLead("past"));  // "doubled over the past"
  EXPECT_FALSE(lexicon::IsTimeSpanLead("in"));   // "doubled over in pain"
  EXPECT_TRUE(lexicon::IsAgeCohortNoun("generation"));
}

// One list of set-against words: each is also a comparison lead, and
// "compared" reaches its number through a link word.
TEST(NumberWordsLexicon, SetAgainstWordsAreComparisonLeads) {
  for (const char* w : {"against", "versus", "vs", "compared"}) {
    EXPECT_TRUE(lexicon::IsSetAgainstWord(w)) << w;
    EXPECT_TRUE(lexicon::IsComparisonLead(w)) << w;
  }
  EXPECT_TRUE(lexicon::IsComparisonLead("from"));
  EXPECT_FALSE(lexicon::IsSetAgainstWord("from"));  // "from" needs a level
  EXPECT_TRUE(lexicon::IsComparedLink("with"));
  EXPECT_FALSE(lexicon::IsComparedLink("against"));
}

}  // namespace
}  // namespace factwire
