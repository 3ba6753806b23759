// Definite descriptions that speak for a body named before ("the company
// said"): a name standing inside another phrase (after a preposition of place
// or object, a possessive determiner or a number: "in Gaborone", "its Lakota
// mine", "40 billion CFA francs") is no body the description can mean, and a
// participle taking an object after a name's comma ("in Frankfurt, valuing the
// group at ...") gives that name no organisation kind.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::ExpectSourceNames;

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

}  // namespace
}  // namespace factwire
