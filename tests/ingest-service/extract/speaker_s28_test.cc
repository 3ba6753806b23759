// Who a quote's he/she is when the sentence before reports an unnamed source
// through a pronoun or behind a long description: "A shopkeeper ..., who asked
// not to be named, said .... She said .... “…,” she said." The quote's pronoun
// stands for the source the sentence before was credited to, not for the last
// person named. And a share of a group ("One of them, a retired shepherd,")
// speaks through its appositive. A mixed quote after "told" leaves the
// listener out.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::ExpectSourceNames;
using ::factwire::testing_extract::ExpectSpeakers;
using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;
using ::factwire::testing_extract::kClose;
using ::factwire::testing_extract::kOpen;
using ::factwire::testing_extract::SourceNameOf;
using ::factwire::testing_extract::SpeakerOf;

using Case = ::factwire::testing_extract::ClaimCase;

// The sentence before speaks through a pronoun that was resolved to an unnamed
// source: the quote's pronoun follows it there, across a paragraph break too.
TEST(SpeakerPronounChains, PronounAfterAPronounForAnUnnamedSource) {
  const Case cases[] = {
      {"Mayor Lucia Ferrante said the bridge would reopen in May. A shopkeeper on the quay, "
       "who asked not to be named, said trade had halved. She said she had laid off two "
       "staff.\n\n" +
           kOpen + "We cannot survive another winter like this," + kClose + " she said.",
       "another winter", "shopkeeper"},
      {"Senator Maria Lobo spoke first. A farmer from the valley, who gave only his first "
       "name, said the river had dried up. He said he had sold half his herd. " +
           kOpen + "There is nothing left to drink," + kClose + " he said.",
       "nothing left to drink", "farmer"},
      {"Asked about the delays, the chief executive said no. But he said the suppliers were "
       "to blame. " +
           kOpen + "We paid them on time," + kClose + " he said.",
       "paid them on time", "chief executive"},
  };
  ExpectSourceNames(cases);
}

// The sentence before names its unnamed source behind a description the
// pronoun lookup does not read through ("at the centre in the old town"); the
// source credited with its claim speaks the quote.
TEST(SpeakerPronounChains, PronounAfterADescribedUnnamedSource) {
  const Case cases[] = {
      {"Council leader Brian Doyle said the pool would close. One lifeguard at the centre in "
       "the old town, who did not want to be named, said about 40 people used it each "
       "morning. " +
           kOpen + "Most of them are pensioners," + kClose + " he said.",
       "pensioners", "lifeguard"},
      {"Minister Kofi Mensah opened the clinic. A nurse at the ward, who asked not to be "
       "identified because she was not cleared to talk to reporters, said the beds were "
       "full. " +
           kOpen + "We are turning people away," + kClose + " she said.",
       "turning people away", "nurse"},
  };
  ExpectSourceNames(cases);
}

// A pronoun for a named person keeps that person: only unnamed sources are
// carried along the chain.
TEST(SpeakerPronounChains, NamedPersonsKeepTheirPronouns) {
  const Case cases[] = {
      {"Anna Berg, the mayor, opened the hall. She said the roof had been fixed. " + kOpen +
           "It took two years," + kClose + " she said.",
       "two years", "Anna Berg"},
      {"A resident of the estate said the lifts had failed. Councillor Tom Reyes said he "
       "would raise it with the landlord. " +
           kOpen + "This has gone on for months," + kClose + " he said.",
       "gone on for months", "Tom Reyes"},
  };
  ExpectSourceNames(cases);
}

// "One of them, a retired shepherd, told": a share of a group names no one;
// the appositive after it (up to a relative clause) describes the speaker.
TEST(SpeakerShares, AppositiveAfterAShareOfAGroupSpeaks) {
  const Case cases[] = {
      {"Investigators listed the workers on the payroll. One of them, a 64-year-old former "
       "miner, told the tribunal he had " +
           kOpen + "never set foot in the office" + kClose + ".",
       "never set foot", "a 64-year-old former miner"},
      {"One of the tenants, a 58-year-old bus driver, said: " + kOpen +
           "Nobody warned us about the rent." + kClose,
       "Nobody warned us", "a 58-year-old bus driver"},
      {"One of the strike's organisers, a welder who has worked at the yard since 1998, said "
       "the managers had " +
           kOpen + "stopped answering the phone" + kClose + ".",
       "stopped answering", "a welder"},
      {"Another of the bidders, a consortium of three banks, said it would " + kOpen +
           "study the ruling" + kClose + ".",
       "study the ruling", "a consortium of three banks"},
  };
  ExpectSpeakers(cases);
  // A name in the appositive speaks as before.
  EXPECT_EQ(SpeakerOf(Extract("One of his neighbours, Ana Ruiz, said: " + kOpen +
                              "We were never told." + kClose),
                      "never told"),
            "Ana Ruiz");
}

// "“…,” said Novatek's spokesperson.": after an inverted cue the owner's role
// noun speaks, not the owner; a document of the owner's is no role.
TEST(SpeakerOwners, InvertedCueBeforeAnOwnersRoleNoun) {
  const Case cases[] = {
      {kOpen + "The line will reopen in March," + kClose + " said Ferrovia Sul's spokeswoman.",
       "reopen in March", "Ferrovia Sul's spokeswoman"},
      {kOpen + "It was a scheduling error," + kClose + " said Haugland's press secretary.",
       "scheduling error", "Haugland's press secretary"},
      {kOpen + "We were not consulted," + kClose + " said Okonkwo's campaign manager.",
       "not consulted", "Okonkwo's campaign manager"},
  };
  ExpectSpeakers(cases);
}

// "“…,” said another.": someone new speaks, not the speaker before.
TEST(SpeakerOwners, InvertedCueBeforeAnotherOrOne) {
  const v1::Document doc = Extract(
      "Shoppers in the square were unimpressed. " + kOpen + "The prices are a scandal," +
      kClose + " one pensioner said. " + kOpen + "I will take the bus to Limassol instead," +
      kClose + " said another.");
  EXPECT_EQ(SpeakerOf(doc, "prices are a scandal"), "one pensioner");
  EXPECT_EQ(SpeakerOf(doc, "bus to Limassol"), "another");
  const v1::Document signs = Extract("Marchers carried placards. " + kOpen + "No to the mine," +
                                     kClose + " read one.");
  EXPECT_EQ(SpeakerOf(signs, "No to the mine"), "one");
}

// "told a town hall in Salem on Monday that ...", "told the court she had “…”":
// the listener of "told", "assured" or "reminded" is not what was said; a mixed
// quote starts after "that", after a listener pronoun, or at the subject
// pronoun of the reported clause.
TEST(QuoteListeners, MixedQuoteStartsAfterTheListener) {
  struct Listener {
    std::string text, words, claim;
  };
  const Listener cases[] = {
      {"The governor told a packed hall in Tromsø, Norway, on Friday that the tunnel was " +
           kOpen + "years behind" + kClose + ".",
       "years behind", "the tunnel was " + kOpen + "years behind" + kClose},
      {"Marta Oyelaran told the tribunal she had " + kOpen + "never seen the contract" +
           kClose + ".",
       "never seen the contract", "she had " + kOpen + "never seen the contract" + kClose},
      {"The coach assured them the squad was " + kOpen + "ready for anything" + kClose + ".",
       "ready for anything", "the squad was " + kOpen + "ready for anything" + kClose},
  };
  for (const Listener& c : cases) {
    const v1::Document doc = Extract(c.text);
    const v1::Claim* claim = FindClaim(doc, c.words);
    ASSERT_NE(claim, nullptr) << c.text;
    EXPECT_EQ(claim->text(), c.claim) << c.text;
  }
  // (Not past a preposition: the pronoun there is inside the listener's phrase.)
  const v1::Document doc = Extract("The host asked Okafor about remarks he made " + kOpen +
                                   "in the heat of the moment" + kClose + ".");
  const v1::Claim* claim = FindClaim(doc, "heat of the moment");
  ASSERT_NE(claim, nullptr);
  EXPECT_EQ(claim->text().rfind("Okafor about remarks", 0), 0u) << claim->text();
}

}  // namespace
}  // namespace factwire
