// Reported speech whose speaker is a pronoun ("He said the talks had stalled",
// "She told the jury that ..."): whose words they are.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;
using ::factwire::testing_extract::FindSource;
using ::factwire::testing_extract::SourceNameOf;

struct PronounCase {
  const char* text;
  const char* claim;   // words of the pronoun's reported claim
  const char* source;  // the source it must be credited to
};

// A he/she opening reported speech right after a sentence that reports someone
// speaking is that speaker, as for quotes: a named person (whatever a place or
// body near the pronoun), or an unnamed described source; the speaker stays
// the pronoun as written.
TEST(ReportedPronouns, APronounSpeakerIsThePersonTheSentenceBeforeReports) {
  const PronounCase cases[] = {
      // Parliament report: a place opens the sentence before.
      {"In the Commons on Tuesday, Labour MP Judith Carrow said rural routes had been cut. "
       "She told MPs that pensioners were paying up to £30 for a taxi.",
       "pensioners were paying", "Judith Carrow"},
      // Local paper: the described shop owner's street is no speaker.
      {"One baker on Mill Lane, whose shop flooded twice, said insurers had dropped him. "
       "He said the council had ignored the drains for years.",
       "the council had ignored the drains", "baker"},
      // Wire: an unnamed official, then "he" with a cue after the words.
      {"A senior diplomat in Vienna said the inspectors would return in March. The visit "
       "would last a week, he said.",
       "The visit would last a week", "senior diplomat"},
      // Court report: a cue with a listener and "that".
      {"At Truro Crown Court, prosecutor Dana Whitlock said the ladder was unsafe. She "
       "told the jury that the firm had ignored two warnings.",
       "the firm had ignored two warnings", "Dana Whitlock"},
      // Sport: a club in the sentence before, a plain "insisted".
      {"Kelso Rovers manager Aidan Ferris said his side had been unlucky at Dumfries. He "
       "insisted the referee had missed a clear penalty.",
       "the referee had missed a clear penalty", "Aidan Ferris"},
  };
  for (const PronounCase& k : cases) {
    SCOPED_TRACE(k.text);
    v1::Document doc = Extract(k.text);
    // (The name may keep where the source is: "senior diplomat in Vienna".)
    EXPECT_EQ(SourceNameOf(doc, k.claim).rfind(k.source, 0), 0u) << SourceNameOf(doc, k.claim);
    const v1::Claim* c = FindClaim(doc, k.claim);
    if (c != nullptr) {
      EXPECT_TRUE(c->speaker() == "He" || c->speaker() == "She" || c->speaker() == "he")
          << c->speaker();
    }
  }
}

// The pronoun stays as it was when the sentence before reports no one speaking.
TEST(ReportedPronouns, APronounAfterNoSpeechKeepsItsOwnReading) {
  v1::Document doc = Extract(
      "The ferry left Oban at noon with Captain Ewan Roy at the helm. He said the crossing "
      "had been calm.");
  const v1::Claim* c = FindClaim(doc, "the crossing had been calm");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "He");
}

// A pronoun that refers back to an unnamed described source credits the same
// source as the sentence that introduced it, named by the same describer
// ("customer", not "customer in Moose Jaw" beside "customer").
TEST(ReportedPronouns, APronounAndItsDescribedAntecedentShareOneSource) {
  const char* texts[] = {
      "A customer in Moose Jaw, who asked not to be named, said her bill had tripled. "
      "She said she had phoned the company six times.",
      "A senior official at the transport ministry, who was not authorised to speak, said "
      "the tender would be rerun. He said the cost had doubled.",
      "One nurse from the Llandough ward said staff were exhausted. She said three "
      "colleagues had quit in a month.",
  };
  const char* second[] = {"she had phoned the company", "the cost had doubled",
                          "three colleagues had quit"};
  const char* first[] = {"her bill had tripled", "the tender would be rerun",
                         "staff were exhausted"};
  for (int i = 0; i < 3; ++i) {
    SCOPED_TRACE(texts[i]);
    v1::Document doc = Extract(texts[i]);
    const v1::Claim* a = FindClaim(doc, first[i]);
    const v1::Claim* b = FindClaim(doc, second[i]);
    ASSERT_NE(a, nullptr);
    ASSERT_NE(b, nullptr);
    EXPECT_FALSE(a->source_id().empty());
    EXPECT_EQ(a->source_id(), b->source_id())
        << SourceNameOf(doc, first[i]) << " / " << SourceNameOf(doc, second[i]);
  }
}

}  // namespace
}  // namespace factwire
