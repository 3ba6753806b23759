// Who speaks when the speaking phrase has a plural owner ("the nurses' union",
// "the victims' son"): the owned noun speaks, written with its owner, before
// the cue, after it and behind a relative clause. A title phrase opening the
// sentence with the person's name in apposition gives the name to a second,
// joined cue ("..., said ... and called it “…”"). And a run of paragraphs that
// are each nothing but a quote goes on in the voice of the first: each quote
// takes the speaker the quoted paragraph before it was credited to.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::ExpectSourceNames;
using ::factwire::testing_extract::ExpectSpeakers;
using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::kClose;
using ::factwire::testing_extract::kOpen;
using ::factwire::testing_extract::SourceNameOf;
using ::factwire::testing_extract::SpeakerOf;

using Case = ::factwire::testing_extract::ClaimCase;

// A plural owner's possessive mark ends no speaker: the noun it owns speaks.
TEST(SpeakerPluralOwners, OwnedNounSpeaksWithItsOwner) {
  const Case cases[] = {
      {"The nurses' union said the rota would " + kOpen + "put patients at risk" + kClose +
           ".",
       "put patients at risk", "nurses' union"},
      {"The victims' lawyer said the family had " + kOpen + "waited eleven years" + kClose +
           " for a verdict.",
       "waited eleven years", "The victims' lawyer"},
      {"The dockers' son, who flew in from Lagos for the hearing, said the family " + kOpen +
           "did not come for revenge" + kClose + ".",
       "did not come for revenge", "The dockers' son"},
      {kOpen + "We only want the truth," + kClose + " the passengers' daughter said.",
       "only want the truth", "the passengers' daughter"},
      {kOpen + "Nobody told us the ferry was late," + kClose + " said the farmers' union.",
       "ferry was late", "farmers' union"},
  };
  ExpectSpeakers(cases);
}

// A name's possessive still gives its owner's team to the owner, and an owned
// noun that does not end the attribution is left alone.
TEST(SpeakerPluralOwners, NamedOwnersAndLongerPhrasesUnchanged) {
  EXPECT_EQ(SpeakerOf(Extract(kOpen + "We were not consulted," + kClose +
                              " said the growers' union of Kisii County."),
                      "not consulted"),
            "growers");
  EXPECT_EQ(SourceNameOf(Extract("Santos' team said the figures were " + kOpen +
                                  "simply wrong" + kClose + "."),
                         "simply wrong"),
            "Santos");
}

// "The X's director, Name, said ... and called ...": the joined cue's quote is
// the named person's, not the title phrase's; so is a participle's.
TEST(SpeakerTitleApposition, JoinedCueTakesTheNameAfterTheTitlePhrase) {
  const Case cases[] = {
      {"The port authority's chief engineer, Nadia Farouk, said repairs had begun and called "
       "the damage " +
           kOpen + "worse than feared" + kClose + ".",
       "worse than feared", "Nadia Farouk"},
      {"The club's head coach, Tomas Lindqvist, said the squad was tired and described the "
       "schedule as " +
           kOpen + "brutal" + kClose + ".",
       "brutal", "Tomas Lindqvist"},
      {"Nevada's governor, Ruth Calder, said she had voted early but cautioned against "
       "reading it as " +
           kOpen + "an endorsement of anyone" + kClose + ".",
       "an endorsement of anyone", "Ruth Calder"},
  };
  ExpectSourceNames(cases);
}

// Paragraphs that hold only a quote, one after another after a sentence naming
// the speaker: every quote in the run is that speaker's.
TEST(SpeakerQuotedParagraphRuns, EachQuotedParagraphTakesTheSpeakerBefore) {
  const std::string text =
      "Governor Amara Okoye answered in short bursts during the radio interview.\n\n" + kOpen +
      "The dam is safe and the engineers say so." + kClose + "\n\n" + kOpen +
      "We will open the spillway only if the river rises again." + kClose + "\n\n" + kOpen +
      "Nobody will be left behind." + kClose;
  const v1::Document doc = Extract(text);
  EXPECT_EQ(SourceNameOf(doc, "dam is safe"), "Amara Okoye");
  EXPECT_EQ(SourceNameOf(doc, "open the spillway"), "Amara Okoye");
  EXPECT_EQ(SourceNameOf(doc, "left behind"), "Amara Okoye");
}

}  // namespace
}  // namespace factwire
