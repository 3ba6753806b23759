// Reported-speech shapes of unseen newswire text (session 13): court rulings,
// "according to" phrases with an acronym, nouns that look like cues.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;

// "<claim>, the court ruled." and "X ruled that ...": a ruling is a claim of
// the court or judge; "ruled the island", "ruled out a penalty" say nothing.
TEST(ReportedUnseen, RuledReportsItsFindingOnlyWithAClauseOrAtTheEnd) {
  v1::Document doc = Extract(
      "Commuters must be refunded for cancelled trains, the transport tribunal ruled on "
      "Wednesday. Judge Mara Ellison ruled that the lease had expired in 2021.");
  const v1::Claim* a = FindClaim(doc, "Commuters must be refunded");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->cue(), "ruled");
  EXPECT_NE(a->speaker().find("tribunal"), std::string::npos) << a->speaker();
  EXPECT_EQ(a->text().find("Wednesday"), std::string::npos) << a->text();
  const v1::Claim* b = FindClaim(doc, "the lease had expired");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->cue(), "ruled");
  EXPECT_EQ(b->source_id(), "mara-ellison");

  doc = Extract(
      "The Rallis family ruled the island for two centuries. The referee ruled out a "
      "penalty after watching the replay.");
  for (const v1::Claim& c : doc.claims()) EXPECT_NE(c.cue(), "ruled") << c.text();
}

// "according to results released by the Electoral Board of Marlow (EBM).": the
// acronym after the maker's name closes the phrase like a full stop; the board
// speaks.
TEST(ReportedUnseen, AccordingToAMakerWithAnAcronymAtTheSentenceEnd) {
  v1::Document doc = Extract(
      "Turnout reached 61 per cent in the Hollins ward, according to results released by "
      "the Electoral Board of Marlow (EBM).");
  const v1::Claim* c = FindClaim(doc, "Turnout reached 61 per cent");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->cue(), "according to");
  EXPECT_EQ(c->source_id(), "electoral-board-of-marlow");
}

// "Jobless claims rose ...", "the union's demands were ...": a plural noun-like
// cue before a change verb or an auxiliary is the subject noun, not a saying.
TEST(ReportedUnseen, PluralNounLikeCueBeforeAVerbIsANoun) {
  v1::Document doc = Extract(
      "Unemployment claims fell to 198,000 in the week to March 3. Warranty claims "
      "were up 9% on the year, and the nurses' demands have grown since May.");
  for (const v1::Claim& c : doc.claims()) {
    EXPECT_NE(c.cue(), "claims") << c.text();
    EXPECT_NE(c.cue(), "demands") << c.text();
  }
  doc = Extract("Senator Ola Brandt claims the tender was rigged.");
  const v1::Claim* c = FindClaim(doc, "the tender was rigged");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->cue(), "claims");
}

// "<claim>, X ruled on Tuesday, in a decision Y said would ...": the comment
// after the attribution is a second claim, by the subject of its contact
// clause; the first claim ends before it.
TEST(ReportedUnseen, ACommentWithItsOwnAttributionAfterTheSayingIsASecondClaim) {
  v1::Document doc = Extract(
      "Tenants may keep pets in council flats, the housing tribunal ruled on Tuesday, in "
      "a decision landlords said would raise insurance costs.");
  const v1::Claim* a = FindClaim(doc, "Tenants may keep pets");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->text().find("decision"), std::string::npos) << a->text();
  EXPECT_NE(a->speaker().find("tribunal"), std::string::npos) << a->speaker();
  const v1::Claim* b = FindClaim(doc, "raise insurance costs");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->speaker(), "landlords");
}

// "X said Y, according to <source>": the source phrase is no part of what X
// said; the reported words end before its comma.
TEST(ReportedUnseen, ReportedWordsEndBeforeATrailingAccordingTo) {
  v1::Document doc = Extract(
      "Mayor Lena Fisk said the bus depot would close in May, according to minutes of the "
      "council meeting.");
  const v1::Claim* said = nullptr;
  for (const v1::Claim& c : doc.claims()) {
    if (c.cue() == "said") said = &c;
  }
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->text(), "the bus depot would close in May");
  ASSERT_NE(FindClaim(doc, "Mayor Lena Fisk said the bus depot"), nullptr);
}

// "warned for months that X", "has argued for years that X": after a cue that
// may take a listener, the span of time is the saying's, not a listener; the
// claim opens after "that".
TEST(ReportedUnseen, ASpanOfTimeAfterAListenerCueIsNoListener) {
  v1::Document doc = Extract(
      "Growers have warned for months that steel prices would push small farms into debt.");
  const v1::Claim* c = FindClaim(doc, "steel prices would push small farms");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text(), "steel prices would push small farms into debt");
  EXPECT_EQ(c->speaker(), "Growers");
}

}  // namespace
}  // namespace factwire
