// Speakers of quotes that stand as paragraphs with no attribution of their own:
// the speaker reported in the sentence closing the paragraph before, and the
// speaker of the quote a paragraph goes on from (a quote left open at the end
// of its paragraph).
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::kClose;
using ::factwire::testing_extract::kOpen;
using ::factwire::testing_extract::SourceNameOf;

TEST(QuoteParagraphSpeakers, QuoteRunningOverParagraphsKeepsItsSpeaker) {
  // Union story: three paragraphs of one quote after an indirect sentence.
  v1::Document union_story = Extract(
      "Jane Roe, the union's branch secretary, said the walkout at Dunmore General "
      "would go ahead.\n\n" +
      kOpen + "We have no choice. Nobody on the ward wanted this.\n\n" + kOpen +
      "But the offer is an insult, and the trust knows it.\n\n" + kOpen +
      "Patients will be safe: we have agreed cover for intensive care." + kClose);
  EXPECT_EQ(SourceNameOf(union_story, "no choice"), "Jane Roe");
  EXPECT_EQ(SourceNameOf(union_story, "offer is an insult"), "Jane Roe");
  EXPECT_EQ(SourceNameOf(union_story, "agreed cover"), "Jane Roe");
  // Court report: a titled prosecutor, "told the jury".
  v1::Document court = Extract(
      "Prosecutor Lena Hart told the jury the defendant had lied about where he was.\n\n" +
      kOpen + "He was not at home that night.\n\n" + kOpen +
      "He was at the warehouse on Quay Street, and the cameras show it." + kClose);
  EXPECT_EQ(SourceNameOf(court, "warehouse on Quay Street"), "Lena Hart");
}

TEST(QuoteParagraphSpeakers, QuoteAfterAnIndirectSentenceTakesItsSpeaker) {
  // Sport: a place after "at" is no speaker.
  v1::Document sport = Extract(
      "The Shannon Rovers manager, Colm Doyle, said his side had been unlucky at Tolka.\n\n" +
      kOpen + "We hit the post three times. On another day we win that." + kClose);
  EXPECT_EQ(SourceNameOf(sport, "hit the post"), "Colm Doyle");
  // Local paper: an unnamed resident.
  v1::Document local = Extract(
      "A resident of the Elm Court estate, who did not want to be named, said the lifts "
      "had been broken since March.\n\n" +
      kOpen + "My mother cannot get down the stairs. She has not been out in six weeks." +
      kClose);
  const std::string name = SourceNameOf(local, "get down the stairs");
  EXPECT_NE(name.find("resident"), std::string::npos) << name;
}

TEST(QuoteParagraphSpeakers, QuoteWithItsOwnSpeakerKeepsIt) {
  // Precision: an attributed quote paragraph, and the paragraph after it.
  v1::Document doc = Extract(
      "Jane Roe said the walkout would go ahead.\n\n" + kOpen +
      "We have no choice," + kClose + " said Tom Bell, the regional organiser.\n\n" + kOpen +
      "The trust has had months to fix this." + kClose);
  EXPECT_EQ(SourceNameOf(doc, "no choice"), "Tom Bell");
}

}  // namespace
// A quote left open at the end of a paragraph that ends with a colon ("Here is
// what I told them:") goes on in the next paragraph: the colon is part of the
// speech, and the words before it ("I", "they") name no new speaker.
TEST(QuoteParagraphSpeakers, AColonInsideAnOpenQuoteIntroducesNoOneNew) {
  v1::Document doc = Extract(
      "Aroha Ngata, the school's principal, wrote to parents on Friday.\n\n" + kOpen +
      "The board met twice this week and the governors asked me to set out the "
      "choices. Here they are:\n\n" + kOpen +
      "Do we close the old hall until it is repaired?\n\n" + kOpen +
      "Or do we hold classes in the library for a term?" + kClose);
  EXPECT_EQ(SourceNameOf(doc, "close the old hall"), "Aroha Ngata");
  EXPECT_EQ(SourceNameOf(doc, "classes in the library"), "Aroha Ngata");
}

}  // namespace factwire
