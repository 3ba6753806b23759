// Definite descriptions that speak for a body named before ("the company
// said"): a name standing inside another phrase (after a preposition of place
// or object, a possessive determiner or a number: "in Gaborone", "its Lakota
// mine", "40 billion CFA francs") is no body the description can mean, and a
// participle taking an object after a name's comma ("in Frankfurt, valuing the
// group at ...") gives that name no organisation kind. A description whose head
// is no organisation kind means the one body named before whose name it heads
// ("the district" after "Anchorage School District"). An unnamed "a
// spokesperson for the utility" is written "a spokesperson": the body is whose
// voice it is, not part of the speaker's words.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::ExpectSourceNames;
using ::factwire::testing_extract::ExpectSpeakers;
using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::SourceNameOf;

using Case = ::factwire::testing_extract::ClaimCase;

// A name inside a place or object phrase, or owned by "its", is passed over:
// the description speaks for the body that opens the sentence.
TEST(ClaimsDefiniteBodies, NameInsideAPhraseIsNoBody) {
  const Case cases[] = {
      {"Minera Takana Andina will shut its Pucará mine next year after losses "
       "widened, the company said on Monday. Pucará, which opened in 1961, "
       "employs 900 people.",
       "will shut its Pucará mine", "Minera Takana Andina"},
      {"Lumbwe Breweries, Gabon's second-largest brewer, said on Wednesday its "
       "net profit fell to 21 billion CFA francs in 2025. Revenue slipped 4% to "
       "287 billion francs, while beer volumes fell, the company said.",
       "Revenue slipped 4%", "Lumbwe Breweries"},
  };
  ExpectSourceNames(cases);
}

// "Shares fell in Frankfurt, valuing the group at ...": the city is no group,
// so a later "according to the company" keeps to the company named first.
TEST(ClaimsDefiniteBodies, ParticipleAppositiveGivesNoKind) {
  const Case cases[] = {
      {"Norvalis Telecom said hackers had stolen customer data. Shares fell 9% "
       "in Vienna, valuing the group at €3bn. According to the company, the "
       "attackers used a supplier's password.",
       "the attackers used a supplier's password", "Norvalis Telecom"},
      {"Kalmar Timber reported a loss on Friday. The shares slid 4% in "
       "Helsinki, giving the company a value of €800m. The company said demand "
       "from builders had collapsed.",
       "demand from builders had collapsed", "Kalmar Timber"},
  };
  ExpectSourceNames(cases);
}

// "the district", "the survey", "the tribunal": the one body named before
// whose name the head noun ends (or heads before "of").
TEST(ClaimsDefiniteBodies, HeadOfANameMeansThatBody) {
  const Case cases[] = {
      {"Classes at Kenai Borough School District schools resumed on Monday. Two "
       "buildings will stay shut, the district said.",
       "Two buildings will stay shut", "Kenai Borough School District"},
      {"The Geological Survey of Iceland recorded 300 tremors overnight. The "
       "magma intrusion is now 15 km long, the survey said.",
       "The magma intrusion is now 15 km long", "Geological Survey of Iceland"},
  };
  ExpectSourceNames(cases);
}

// Two bodies whose names end in the head: the description means neither.
TEST(ClaimsDefiniteBodies, TwoNamesWithTheHeadMeanNeither) {
  const std::string text =
      "Kenai Borough School District and Homer Valley School District closed on "
      "Monday. Buses will run again on Thursday, the district said.";
  const std::string source = SourceNameOf(Extract(text), "Buses will run again");
  EXPECT_NE(source, "Kenai Borough School District");
  EXPECT_NE(source, "Homer Valley School District");
}

// "A spokesperson for X said": the speaker as written is "A spokesperson";
// one with a name after it, or the bare noun, stays whole.
TEST(ClaimsUnnamedVoices, SpokesNounForBodyIsWrittenAlone) {
  const Case cases[] = {
      {"A spokeswoman for the port authority said dredging would resume in May.",
       "dredging would resume in May", "A spokeswoman"},
      {"Power returned to most homes by noon, a spokesman for the grid company told "
       "reporters.",
       "Power returned to most homes", "a spokesman"},
      {"A senior spokesperson for Tallinn Harbour Lines said two ferries were idle.",
       "two ferries were idle", "A senior spokesperson"},
      {"A ministry spokeswoman said the tender had been cancelled.",
       "the tender had been cancelled", "A ministry spokeswoman"},
  };
  ExpectSpeakers(cases);
}

}  // namespace
}  // namespace factwire
