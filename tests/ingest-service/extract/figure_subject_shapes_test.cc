// Figure subjects in grammatical shapes met on news text we had not tuned on:
// a share of a demonstrative noun phrase, phrasal verbs of change, durations
// in relative clauses, prison terms and others.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/extract/figures.h"
#include "tests/ingest-service/extract/figure_test_support.h"

namespace factwire {
namespace {

using figure_test::Find;
using figure_test::OnlySubject;
using v1::Figure;

TEST(FigureSubjectShapesTest, AShareOfADemonstrativeNounPhraseCountsTheNoun) {
  EXPECT_EQ(OnlySubject("Auditors found that nearly 14% of that grant was "
                        "never spent."),
            "grant");
  EXPECT_EQ(OnlySubject("Only a fraction, about 30 per cent of this "
                        "harvest, reached the mills."),
            "harvest");
  // The relative pronoun is no determiner: nothing is counted after it.
  EXPECT_EQ(OnlySubject("It was 40% of that which the board wanted."), "");
  // Nor before a verb: "$2bn of that came from ..." counts no "came".
  EXPECT_NE(OnlySubject("Sales were $9bn, and $2bn of that came from Asia."),
            "came");
}

TEST(FigureSubjectShapesTest, APhrasalVerbOfChangeLeavesItsSubjectBefore) {
  std::vector<Figure> f =
      Find("A resident parking permit will go up by about $15 to $120.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "resident parking permit");
  EXPECT_EQ(f[1].subject(), "resident parking permit");
  EXPECT_EQ(OnlySubject("Season tickets are going up by 6% next season."),
            "Season tickets");
  EXPECT_EQ(OnlySubject("Fuel duty came down by 3p last month."),
            "Fuel duty");
  f = Find("Copper futures fell back 2% to $9,100 a tonne.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "Copper futures");
  EXPECT_EQ(f[1].subject(), "Copper futures");
}

TEST(FigureSubjectShapesTest, ATermInPrisonCountsTheCustody) {
  EXPECT_EQ(OnlySubject("The former mayor faces up to 12 years in prison."),
            "prison");
  EXPECT_EQ(OnlySubject("She was sentenced to six years in state prison on "
                        "Monday."),
            "state prison");
  EXPECT_EQ(OnlySubject("He spent 19 months in pretrial detention."),
            "pretrial detention");
  EXPECT_EQ(OnlySubject("Each count carries up to five years behind bars."),
            "behind bars");
  // A period in a place that is no custody stays without a subject.
  EXPECT_EQ(OnlySubject("She spent three years in Berlin."), "");
}

TEST(FigureSubjectShapesTest, AChangeNounBeforeInCountsWhatChanges) {
  EXPECT_EQ(OnlySubject("The brewer reported a 7.5% rise in quarterly "
                        "sales."),
            "rise in quarterly sales");
  EXPECT_EQ(OnlySubject("Ministers announced a £300m cut in road "
                        "maintenance."),
            "cut in road maintenance");
  EXPECT_EQ(OnlySubject("It was an 11 per cent annual increase in the "
                        "housing benefit bill."),
            "annual increase in housing benefit bill");
  // A period or place after "in" is no part of the subject.
  EXPECT_EQ(OnlySubject("Exports posted a 4% fall in the third quarter."),
            "fall");
  EXPECT_EQ(OnlySubject("Tourism saw a 9% drop in Portugal."), "drop");
}

TEST(FigureSubjectShapesTest, ADurationInARelativeClauseCountsItsAntecedent) {
  EXPECT_EQ(OnlySubject("The crew aborted the test after a firing that "
                        "lasted nine seconds."),
            "firing");
  EXPECT_EQ(OnlySubject("Voters rejected a moratorium that had kept rents "
                        "flat for five years."),
            "moratorium");
  std::vector<Figure> f = Find(
      "Okoye, who limped off after 35 minutes, could miss up to three weeks.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "Okoye");
  EXPECT_EQ(f[1].subject(), "Okoye");
  // "that" after a verb opens what was said, not a relative clause: the
  // duration is the said clause's own ("repairs", see ClauseSubjects), not
  // the speaker's.
  EXPECT_EQ(OnlySubject("Engineers warned that repairs would take six "
                        "weeks."),
            "repairs");
}

TEST(FigureSubjectShapesTest, ACountNounKeepsItsOfComplement) {
  EXPECT_EQ(OnlySubject("The jury convicted him on six counts of securities "
                        "fraud."),
            "counts of securities fraud");
  EXPECT_EQ(OnlySubject("Doctors reported 212 cases of whooping cough."),
            "cases of whooping cough");
  EXPECT_EQ(OnlySubject("Police found 14 bags of heroin."), "bags of heroin");
  // Not a pronoun or a determiner's noun phrase after "of".
  const std::vector<Figure> f =
      Find("He named 40 players, and three of them were hurt.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "players");
  EXPECT_EQ(OnlySubject("They questioned 300 residents of the estate."),
            "residents");
}

TEST(FigureSubjectShapesTest, MoneyAddedToOrSpentOnANounCountsTheNoun) {
  EXPECT_EQ(OnlySubject("The redesign added roughly $25 million to the "
                        "stadium's costs."),
            "costs");
  EXPECT_EQ(OnlySubject("Councils want to cut the £640m a year spent on "
                        "home-to-school transport."),
            "home-to-school transport");
  EXPECT_EQ(OnlySubject("It is the €90m a season given to amateur "
                        "clubs."),
            "amateur clubs");
  // A period with no verb after it still gives no subject.
  EXPECT_EQ(OnlySubject("Revenue reached $4bn a year earlier."), "Revenue");
}

TEST(FigureSubjectShapesTest, AFractionWordAfterALargerNumberCountsItems) {
  // "eight quarters" are eight periods, not 8/4; "three quarters" is 3/4.
  std::vector<Figure> f =
      Find("Sales grew at the fastest pace in eight quarters.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_DOUBLE_EQ(f[0].value(), 8);
  f = Find("Both teams scored in the two halves.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_DOUBLE_EQ(f[0].value(), 2);
  f = Find("Three quarters of voters agreed.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_DOUBLE_EQ(f[0].value(), 0.75);
}

TEST(FigureSubjectShapesTest, AnAgeInAppositionNamesWhoItDescribes) {
  EXPECT_EQ(OnlySubject("Mensah, the 22-year-old who arrived in August, "
                        "scored twice."),
            "Mensah");
  EXPECT_EQ(OnlySubject("The goalkeeper, a 31-year-old from Porto, signed "
                        "on Friday."),
            "goalkeeper");
  // An age before its own noun keeps the noun.
  EXPECT_EQ(OnlySubject("Police named her as Ana Reis, a 45-year-old nurse."),
            "nurse");
}

TEST(FigureSubjectShapesTest, APriceAtALevelOnAnExchangeIsNotTheExchanges) {
  std::vector<Figure> f = Find("Shares of the miner closed 2.3% higher at "
                               "$41.20 on the Toronto Stock Exchange.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_NE(f[1].subject(), "Toronto Stock Exchange");
  EXPECT_EQ(f[1].subject(), f[0].subject());
  f = Find("Brent crude was up 46 cents to settle at $81.10 on the ICE "
           "exchange.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "Brent crude");
  // Money spent on a named thing keeps it.
  EXPECT_EQ(OnlySubject("The club spent $2m on the Riverside Stadium."),
            "Riverside Stadium");
}

TEST(FigureSubjectShapesTest, AQuantifiedPlacePhraseAfterTheHeadIsSkipped) {
  EXPECT_EQ(OnlySubject("Footfall on some regional routes remained 11 per "
                        "cent below pre-pandemic levels."),
            "Footfall");
  EXPECT_EQ(OnlySubject("Rents in several coastal towns rose 9% last year."),
            "Rents");
}

TEST(FigureSubjectShapesTest, MoneyWithNoNounCountsItsVerb) {
  EXPECT_EQ(OnlySubject("Detectives traced the accounts and recovered about "
                        "$4 million."),
            "recovered");
  EXPECT_EQ(OnlySubject("About £2.5m has been returned so far."), "returned");
  // A noun after the money is still the subject.
  EXPECT_EQ(OnlySubject("The firm recovered $4 million in unpaid fees."),
            "unpaid fees");
}

TEST(FigureSubjectShapesTest, MoneyDonatedToANounCountsTheNoun) {
  EXPECT_EQ(OnlySubject("The brewer donated $25,000 to the flood appeal."),
            "flood appeal");
  EXPECT_EQ(OnlySubject("Her family pledged £40,000 to a hospice charity."),
            "hospice charity");
  // "gave" with its receiver first keeps what follows the money.
  EXPECT_EQ(OnlySubject("The council gave residents £200 in fuel support."),
            "fuel support");
}

TEST(FigureSubjectShapesTest, AShareRestatingAChangeByACountCountsTheClause) {
  const std::vector<v1::Figure> f = figure_test::Find(
      "Norway's fishing fleet shrank by about 210 boats, or 4.2%, in the "
      "year to June.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "boats");
  EXPECT_EQ(f[1].text(), "4.2%");
  EXPECT_EQ(f[1].subject(), "fishing fleet");
  EXPECT_EQ(f[1].place(), "Norway");
  // The commas around the restatement do not end the clause: the period
  // after them is both figures'.
  EXPECT_EQ(f[0].time_scope(), "in the year to June");
  EXPECT_EQ(f[1].time_scope(), "in the year to June");
}

TEST(FigureSubjectShapesTest, AFlatAdverbAfterMoneyIsNoCountedNoun) {
  EXPECT_NE(OnlySubject("The fund lost $3bn overall in 2023."), "overall");
  EXPECT_NE(OnlySubject("Buyers must pay $500 upfront."), "upfront");
  EXPECT_NE(OnlySubject("He spent $80,000 abroad."), "abroad");
  EXPECT_NE(OnlySubject("The shop sold $4,000 online last week."), "online");
}

TEST(FigureSubjectShapesTest, APhraseOnAChangesLevelIsItsCauseNotItsSubject) {
  // Results wire and commodity desk: "on" after the level a change reached
  // says why it moved.
  std::vector<Figure> f =
      Find("Revenue rose 8% to 95 billion pesos on higher prices.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "Revenue");
  f = Find("Copper fell to $8,120 a tonne on weak Chinese demand.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].subject(), "weak Chinese demand");
  // Money spent on something still counts it.
  EXPECT_EQ(OnlySubject("The council spent £4m on new buses."), "new buses");
}

}  // namespace
}  // namespace factwire
