// Figure subjects of session 33: a sum in another currency set off by a
// comma after a sum and its rate converts it and counts the same thing,
// even an act noun found late ("earn 650 taka a day, about £4.20"); a bare
// count after the same verb as a count before it, "has" too, and in the
// sentence just before, counts what that one counts ("Cruz has 11
// delegates, Rubio has 10"); an act with its object opening the clause is
// the whole subject of its predicate ("rebuilding them would take three
// years"); money raised, recovered or repaid is that act's sum; a counted
// object carries the participle of the act ("cancelled 11 flights" ->
// "flights cancelled"). Sentences written for these tests.
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "gtest/gtest.h"
#include "ingest-service/extract/figures.h"
#include "tests/ingest-service/extract/figure_test_support.h"

namespace factwire {
namespace figure_test {
namespace {

// "<money> a day, about <money in another currency>,": the aside converts
// the sum before it and counts what it counts.
TEST(FigureContextS33Test, ACommaConversionSharesTheSumsSubject) {
  const std::vector<v1::Figure> f =
      Find("The ferrymen say they earn 40,000 riel a day, roughly $9.80, in "
           "the wet season.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "earnings");
  EXPECT_EQ(f[1].subject(), "earnings");
  const std::vector<v1::Figure> g =
      Find("Each household owes 1.2 million dong, about $47, in arrears.");
  ASSERT_EQ(g.size(), 2u);
  EXPECT_EQ(g[1].subject(), g[0].subject());
}

// Sums of one currency after commas are a list, not a conversion: each
// keeps what it counts.
TEST(FigureContextS33Test, AListOfSumsInOneCurrencyIsNoConversion) {
  const std::vector<v1::Figure> f =
      Find("Day passes cost €12, €18 and €25 depending on the season.");
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[1].subject(), "Day passes");
}

// "<name> has <count> <noun>, <name> has <count>": the possession verb
// repeated with a bare count counts the same noun.
TEST(FigureContextS33Test, ARepeatedHasCountsTheSameNoun) {
  const std::vector<v1::Figure> f =
      Find("The Social Democrats have 41 seats, the Centre Party has 17 and "
           "the Greens have nine.");
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[0].subject(), "seats");
  EXPECT_EQ(f[1].subject(), "seats");
  EXPECT_EQ(f[2].subject(), "seats");
}

// The same verb in the sentence just before gives a bare count its noun.
TEST(FigureContextS33Test, TheSentenceBeforeGivesARepeatedVerbItsNoun) {
  const std::vector<v1::Figure> f =
      Find("By Sunday the Moana team had won 14 medals. Fiji had won nine.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "medals won");
  EXPECT_EQ(f[1].subject(), "medals won");
  const std::vector<v1::Figure> g =
      Find("Tartu has at least 310 registered guides. Pärnu has at least "
           "95.");
  ASSERT_EQ(g.size(), 2u);
  EXPECT_EQ(g[1].subject(), "registered guides");
}

// The very same verb wins over another form of "have": "had 883" counts
// what "had 1,317 homicides" counts, not the "has" of an aside.
TEST(FigureContextS33Test, TheVerySameVerbWinsOverAnotherFormOfHave) {
  const std::vector<v1::Figure> f =
      Find("Leeds had 412 burglaries; Hull, which has 260,000 residents, had "
           "198.");
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[2].subject(), "burglaries");
}

// Another verb in the sentence before gives nothing: "took" is no "has".
TEST(FigureContextS33Test, AnotherVerbBeforeGivesNoNoun) {
  const std::vector<v1::Figure> f =
      Find("The depot took 300 parcels on Monday. It has 12.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_NE(f[1].subject(), "parcels");
}

// "<gerund> <object> <verb group> <figure>": the act is what the figure
// measures, its object alone is not.
TEST(FigureContextS33Test, AnActWithItsObjectIsTheWholeSubject) {
  EXPECT_EQ(OnlySubject("The engineer said dredging the harbour would take "
                        "about 18 months."),
            "dredging the harbour");
  EXPECT_EQ(OnlySubject("Officials say, resurfacing it could take nine "
                        "weeks."),
            "resurfacing it");
  EXPECT_EQ(OnlySubject("Widening the remaining bridges will take about two "
                        "years."),
            "Widening the remaining bridges");
  EXPECT_EQ(OnlySubject("Replacing the broken pumps cost the district $2.4 "
                        "million."),
            "Replacing the broken pumps");
}

// A participle after a comma belongs to the clause before: its object
// clause keeps its own subject.
TEST(FigureContextS33Test, AParticipleAfterACommaOpensNoAct) {
  EXPECT_FALSE(absl::StartsWith(
      OnlySubject("The union walked out, arguing the new rota would cost "
                  "each nurse 300 zlotys a month."),
      "arguing"));
}

// Money raised, recovered or repaid is the act's sum whoever acted, when the
// clause names no other subject for it.
TEST(FigureContextS33Test, MoneyRaisedRecoveredOrRepaidNamesTheAct) {
  EXPECT_EQ(OnlySubject("Prosecutors said they had recovered 4.6 million "
                        "rupees from the accounts."),
            "money recovered");
  EXPECT_EQ(OnlySubject("The campaign said it raised about $640,000 in "
                        "March."),
            "money raised");
  EXPECT_EQ(OnlySubject("The court ordered him to repay 9 million dinars "
                        "by June."),
            "repayment");
}

// "<act in -ed> <count> <noun>": the act's participle says which ones the
// count counts; not an adjective after a determiner ("an estimated"), nor
// a verb of reporting or an inventory.
TEST(FigureContextS33Test, TheActOfACountedObjectDescribesIt) {
  EXPECT_EQ(OnlySubject("The ferry operator cancelled 14 sailings."),
            "sailings cancelled");
  EXPECT_EQ(OnlySubject("Rangers have rescued 37 hikers since June."),
            "hikers rescued");
  EXPECT_EQ(OnlySubject("The Wolves won 19 matches."), "matches won");
  EXPECT_EQ(OnlySubject("An estimated 900 fans travelled."), "fans");
  EXPECT_EQ(OnlySubject("The list included 60 villages."), "villages");
  EXPECT_EQ(OnlySubject("The survey showed 70 farms were flooded."), "farms");
}

}  // namespace
}  // namespace figure_test
}  // namespace factwire
