// "<title phrase>, <Name>," wherever it stands next to its cue: the person named
// after the title speaks, not the title. One reader of the title phrase (an
// article or an owner, title words ending in a title head, a tail through
// of/for/at) serves the subject before a cue and the speaker after an inverted one.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;
using ::factwire::testing_extract::kClose;
using ::factwire::testing_extract::kOpen;

struct Case {
  std::string text, words, source_id;
};

void ExpectSources(const Case* cases, int n) {
  for (int i = 0; i < n; ++i) {
    const Case& c = cases[i];
    const v1::Document doc = Extract(c.text);
    const v1::Claim* claim = FindClaim(doc, c.words);
    ASSERT_NE(claim, nullptr) << c.text;
    EXPECT_EQ(claim->source_id(), c.source_id) << c.text;
  }
}

// Before the cue: a capitalised office with its portfolio, an office after an
// owner, a title-cased post at an organisation, a bare two-word office; said,
// told, warned, added; at the sentence start or after an opening phrase.
TEST(SpeakerTitlePhrases, NameAfterATitlePhraseOpeningTheClauseSpeaks) {
  const Case cases[] = {
      {"The Minister of State for Housing, Lena Okafor, said 3,000 homes would be "
       "finished by June.",
       "homes would be finished", "lena-okafor"},
      {"The Secretary for Transport, Jim Harrow, warned that rail fares would rise "
       "again in January.",
       "fares would rise", "jim-harrow"},
      {"The Chief Executive of the Harbour Board, Lars Vinter, told reporters the "
       "quays would stay shut.",
       "quays would stay shut", "lars-vinter"},
      {"Transport Secretary, Dame Ruth Ibe, added that the tunnel would reopen.",
       "tunnel would reopen", "ruth-ibe"},
      {"After the vote, the Lord Mayor of Kettleby, Cllr Ann Pike, said the parade "
       "would go ahead.",
       "parade would go ahead", "ann-pike"},
      {"The Commissioner of Police, Mr Tom Ellery, said on Monday: " + kOpen +
           "We will not be putting more officers on the night trains." + kClose,
       "more officers", "tom-ellery"},
  };
  ExpectSources(cases, sizeof(cases) / sizeof(cases[0]));
}

// After an inverted cue, the same phrases give the person named after them.
TEST(SpeakerTitlePhrases, NameAfterATitlePhraseAfterAnInvertedCueSpeaks) {
  const Case cases[] = {
      {kOpen + "We will not be rushed," + kClose +
           " said the Minister of State for Housing, Lena Okafor.",
       "not be rushed", "lena-okafor"},
      {kOpen + "The quays stay shut," + kClose +
           " said the Chief Executive of the Harbour Board, Lars Vinter, on Friday.",
       "quays stay shut", "lars-vinter"},
      {kOpen + "It is a sad day for the club," + kClose +
           " said the club's head of youth development, Sean Daly.",
       "sad day", "sean-daly"},
  };
  ExpectSources(cases, sizeof(cases) / sizeof(cases[0]));
}

// A title phrase that is an object ("met the Minister for Health, Ama Boateng,",
// "wrote to ..."), a name already carrying its title (also one ending in a word
// that can be a title, "King"), and a noun after an adjective that can be a cue
// ("The alleged gunman, Tom Reeder, is ...") keep their reading.
TEST(SpeakerTitlePhrases, OtherPhrasesBeforeANameKeepTheirReading) {
  {
    const v1::Document doc =
        Extract("Carla Dunne met the Minister for Health, Ama Boateng, and said the "
                "clinics would open.");
    const v1::Claim* claim = FindClaim(doc, "clinics would open");
    ASSERT_NE(claim, nullptr);
    EXPECT_EQ(claim->source_id(), "carla-dunne");
  }
  {
    const v1::Document doc =
        Extract("The nurses' union wrote to the Minister for Health, Ama Boateng, saying "
                "the clinics were short of staff.");
    const v1::Claim* claim = FindClaim(doc, "short of staff");
    ASSERT_NE(claim, nullptr);
    EXPECT_NE(claim->source_id(), "ama-boateng");
  }
  {
    // ("King" is a surname here, not the title.)
    const v1::Document doc =
        Extract("Representative Ida M. King, Democrat of Ohio, said the bill was dead.");
    const v1::Claim* claim = FindClaim(doc, "bill was dead");
    ASSERT_NE(claim, nullptr);
    EXPECT_EQ(claim->source_id(), "ida-king");
  }
  {
    // ("alleged" is no cue with a speaker after it.)
    const v1::Document doc =
        Extract("The alleged gunman, Tom Reeder, is due to appear in court on Monday.");
    const v1::Claim* claim = FindClaim(doc, "due to appear");
    EXPECT_TRUE(claim == nullptr || claim->source_id() != "tom-reeder");
  }
  {
    const v1::Document doc =
        Extract("Police Commissioner Tom Ellery, a former soldier, said the trains "
                "were safe.");
    const v1::Claim* claim = FindClaim(doc, "trains were safe");
    ASSERT_NE(claim, nullptr);
    EXPECT_EQ(claim->source_id(), "tom-ellery");
  }
}

// A local title glossed in English by a role (", or governor,") is a title
// phrase too: after an inverted cue, and opening the clause, the person named
// after it speaks.
TEST(SpeakerTitlePhrases, NameAfterAGlossedLocalTitleSpeaks) {
  const Case cases[] = {
      {kOpen + "The bridge will reopen in June," + kClose +
           " said the province's wali, or governor, Samir Bennani.",
       "bridge will reopen", "samir-bennani"},
      {"The province's wali, or governor, Samir Bennani, said the bridge would reopen "
       "in June.",
       "bridge would reopen", "samir-bennani"},
  };
  ExpectSources(cases, sizeof(cases) / sizeof(cases[0]));
}

// A possessive determiner opens the title phrase as "the" does, and a title
// modifier the lexicon also counts a determiner ("senior") stays in it: the
// name after it speaks, not a capitalised place or paper in the opening phrase.
TEST(SpeakerTitlePhrases, NameAfterAnOwnedTitlePhraseSpeaks) {
  const Case cases[] = {
      {"In Porto, his spokeswoman, Irene Malde, said: " + kOpen +
           "The minister has broken no rule." + kClose,
       "broken no rule", "irene-malde"},
      {"Speaking to the Gazette, her senior adviser, Oskar Brenn, said: " + kOpen +
           "We never saw the second invoice." + kClose,
       "second invoice", "oskar-brenn"},
      {"Asked by the Ledger, their lawyer, Mira Sandoval, said the contract was "
       "void.",
       "contract was void", "mira-sandoval"},
      {"Outside the court, the senior prosecutor, Hal Drury, said the trial would "
       "resume in May.",
       "trial would resume", "hal-drury"},
  };
  ExpectSources(cases, sizeof(cases) / sizeof(cases[0]));
}

}  // namespace
}  // namespace factwire
