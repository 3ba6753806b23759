#include "ingest-service/extract/lexicon/speech_words.h"

#include "gtest/gtest.h"

namespace factwire {
namespace {

TEST(SpeechWords, ListsMatchWholeWordsExactly) {
  EXPECT_TRUE(lexicon::IsConjunction("because"));
  EXPECT_FALSE(lexicon::IsConjunction("because,"));
  EXPECT_FALSE(lexicon::IsConjunction("But"));  // lowercase entries, exact bytes
  EXPECT_TRUE(lexicon::IsDocumentNoun("statistics"));
  EXPECT_FALSE(lexicon::IsDocumentNoun("statistic"));
  EXPECT_TRUE(lexicon::IsPlaceBeforeName("to"));
  EXPECT_FALSE(lexicon::IsPlaceBeforeFullName("to"));  // "spoke to Jane Doe"
  EXPECT_FALSE(lexicon::IsCueParticle(""));
  EXPECT_TRUE(lexicon::IsOwnerNameCue("warned"));
  EXPECT_FALSE(lexicon::IsOwnerNameCue("proposed"));  // "Trump's proposed cuts"
}

TEST(SpeechWords, ConstructionCuesHoldEveryListTheirTestsAsk) {
  // Each list's words are construction cues; the common cues are not.
  for (absl::string_view w : {"ordered", "links", "blamed", "declined", "claims", "forecast",
                              "adds", "recalled"}) {
    EXPECT_TRUE(lexicon::IsConstructionCue(w)) << w;
  }
  EXPECT_TRUE(lexicon::IsOrderCue("ordered") && lexicon::IsNounLikeCue("claims"));
  for (absl::string_view w : {"said", "says", "told", "warned", "Ordered", "link"}) {
    EXPECT_FALSE(lexicon::IsConstructionCue(w)) << w;
  }
}

TEST(SpeechWords, TitleOwnersTakeEitherCaseOnTheFirstLetterOnly) {
  EXPECT_TRUE(lexicon::IsTitleOwner("the"));
  EXPECT_TRUE(lexicon::IsTitleOwner("His"));
  EXPECT_FALSE(lexicon::IsTitleOwner("tHE"));
  EXPECT_FALSE(lexicon::IsTitleOwner("its"));  // the organisation's, looked up apart
}

TEST(SpeechWords, IndefiniteOpenersBringInSomeoneNew) {
  EXPECT_TRUE(lexicon::IsIndefiniteOpener("a"));
  EXPECT_TRUE(lexicon::IsIndefiniteOpener("One"));  // "One porter said"
  EXPECT_TRUE(lexicon::IsIndefiniteOpener("another"));
  EXPECT_FALSE(lexicon::IsIndefiniteOpener("the"));  // may name someone met before
  EXPECT_FALSE(lexicon::IsIndefiniteOpener("his"));
  EXPECT_FALSE(lexicon::IsIndefiniteOpener("ones"));
}

TEST(SpeechWords, LikeIsAPhrasePrepositionOnlyCapitalised) {
  EXPECT_TRUE(lexicon::IsPhrasePreposition("Unlike"));
  EXPECT_FALSE(lexicon::IsPhrasePreposition("like"));
  EXPECT_TRUE(lexicon::IsPhrasePreposition("during"));
}

TEST(SpeechWords, AgentEndingsNameDoers) {
  EXPECT_TRUE(lexicon::HasAgentEnding("historians"));
  EXPECT_TRUE(lexicon::HasAgentEnding("resident"));
  EXPECT_FALSE(lexicon::HasAgentEnding("history"));
}

TEST(SpeechWords, AgentEndingsTakeThePluralsSAndNothingElse) {
  for (const char* w : {"teachers", "actors", "ists", "tenants", "agents", "ians", "or", "er"}) {
    EXPECT_TRUE(lexicon::HasAgentEnding(w)) << w;
  }
  for (const char* w : {"", "s", "ss", "rs", "actress", "TEACHER", "teacherss", "grants!", "Ian"}) {
    EXPECT_FALSE(lexicon::HasAgentEnding(w)) << w;
  }
}

// A pointer label is matched whole, in any case; its words one by one are
// still label words (a name finder's "Related:" is no one).
TEST(SpeechWords, PointerLabelsMatchWhole) {
  EXPECT_TRUE(lexicon::IsPointerLabel("Read more"));
  EXPECT_TRUE(lexicon::IsPointerLabel("SEE ALSO"));
  EXPECT_TRUE(lexicon::IsPointerLabel("Related"));
  EXPECT_FALSE(lexicon::IsPointerLabel("Also"));
  EXPECT_FALSE(lexicon::IsPointerLabel("More read"));
  EXPECT_FALSE(lexicon::IsPointerLabel("Further"));
  EXPECT_TRUE(lexicon::IsFurnitureLabelWord("further"));
  EXPECT_TRUE(lexicon::IsFurnitureLabelWord("related"));
  EXPECT_FALSE(lexicon::IsFurnitureLabelWord("reader"));
}

}  // namespace
}  // namespace factwire
