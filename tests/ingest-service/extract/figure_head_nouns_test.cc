// Figure subjects where the head noun of a noun phrase, not a modifier after
// it, is what a figure measures: "Footfall at a typical high-street store
// dropped by 7%" counts the footfall, not the store; a measure noun keeps the
// "for" phrase that says what it measures ("the median wait for a knee
// operation"). Sentences written for these tests.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/extract/figures.h"
#include "tests/ingest-service/extract/figure_test_support.h"

namespace factwire {
namespace {

using figure_test::Find;
using figure_test::OnlySubject;

TEST(FigureHeadNounsTest, APrepositionalModifierBeforeTheVerbIsNotTheSubject) {
  // A phrase opened by "a", "an" or a possessive after the head noun; a
  // measure noun's "for" phrase stays (what the wait or demand is for), but
  // not one that holds a figure of its own.
  EXPECT_EQ(OnlySubject("The median wait for a knee operation rose to 11 "
                        "months last year."),
            "median wait for a knee operation");
  EXPECT_EQ(OnlySubject("Average waiting times for an MRI scan have climbed "
                        "to six weeks."),
            "Average waiting times");
  EXPECT_EQ(OnlySubject("Demand for its cheaper models fell 12% in March."),
            "Demand for its cheaper models");
  EXPECT_EQ(OnlySubject("The fee for a standard visit is now NZ$62."),
            "fee for a standard visit");
  EXPECT_EQ(Find("Its price for a 30-litre keg rose to 1,900 Kč.")[1]
                .subject(),
            "price");
  EXPECT_EQ(OnlySubject("Footfall at a typical high-street store dropped by "
                        "7%."),
            "Footfall");
  EXPECT_EQ(OnlySubject("Spending on their pensions grew by 5%."), "Spending");
  // A hyphenated region after "the" is a place phrase too.
  EXPECT_EQ(OnlySubject("Reservoir levels in the south-west fell to 43% in "
                        "August."),
            "Reservoir levels");
  EXPECT_EQ(OnlySubject("Vacancy rates across the north-east rose to 9.1 per "
                        "cent."),
            "Vacancy rates");
  // Two phrases in a row.
  EXPECT_EQ(OnlySubject("Emissions from a coal plant in the valley fell "
                        "20%."),
            "Emissions");
  EXPECT_EQ(OnlySubject("Turnout at a by-election in the county was 31%."),
            "Turnout");
  // "of" joins its noun to the head as before.
  EXPECT_EQ(OnlySubject("The price of crude oil rose to $84 a barrel."),
            "price of crude oil");
}

TEST(FigureHeadNounsTest, AMeasureNounKeepsNoTimeAfterFor) {
  // A "for" phrase that is a time says when, not what the measure is of.
  EXPECT_EQ(OnlySubject("Demand for the first time fell below 40%."),
            "Demand");
  EXPECT_EQ(OnlySubject("Spending for the year rose 5%."), "Spending");
  EXPECT_EQ(OnlySubject("The budget for 2025 grew by 3%."), "budget");
  // What it measures stays.
  EXPECT_EQ(OnlySubject("Demand for the new trams rose 9%."),
            "Demand for the new trams");
}

TEST(FigureHeadNounsTest, APlaceWithALowercaseAdjectiveIsAPlacePhrase) {
  EXPECT_EQ(OnlySubject("Bookings on routes to continental Europe grew by "
                        "8%."),
            "Bookings");
  EXPECT_EQ(OnlySubject("Home care hours in rural Donegal fell by 9%."),
            "Home care hours");
  EXPECT_EQ(OnlySubject("Imports from mainland China rose 14% in May."),
            "Imports");
  EXPECT_EQ(OnlySubject("Profits at rival Sainsbury's slipped 3%."),
            "Profits");
}

TEST(FigureHeadNounsTest, ACountBeforeOtherOrFurtherCountsTheNoun) {
  EXPECT_EQ(OnlySubject("Police questioned four other men."),
            "men questioned");
  EXPECT_EQ(OnlySubject("At least three other directors were charged."),
            "directors");
  EXPECT_EQ(OnlySubject("The board will hire two further inspectors."),
            "inspectors");
  // As before: "more", "fewer".
  EXPECT_EQ(OnlySubject("The ward took 12 more patients."), "patients");
}

TEST(FigureHeadNounsTest, ARateAdjectiveBeforeANounModifiesIt) {
  // "daily", "weekly", "monthly", "hourly" before a noun are part of it.
  EXPECT_EQ(OnlySubject("Councillors approved a £2 daily charge for the car "
                        "park."),
            "daily charge");
  EXPECT_EQ(OnlySubject("The airline said the cuts came to 4% of its weekly "
                        "flights."),
            "weekly flights");
  EXPECT_EQ(OnlySubject("The charity trimmed its monthly food parcels by a "
                        "quarter."),
            "monthly food parcels");
  EXPECT_EQ(OnlySubject("The site has 40 million daily visitors."),
            "daily visitors");
  // After the figure and before no noun it is the figure's time scope.
  const std::vector<v1::Figure> f = figure_test::Find("Prices rose 2% monthly.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subject(), "Prices");
  EXPECT_EQ(f[0].time_scope(), "monthly");
}

TEST(FigureHeadNounsTest, ANumberWordCompoundModifiesTheNoun) {
  EXPECT_EQ(OnlySubject("Riders will pay $6 for a one-way day pass."),
            "one-way day pass");
}

TEST(FigureHeadNounsTest, TheHeadBeforeOfAndADeterminerIsTheSubject) {
  EXPECT_EQ(OnlySubject("The cost of the new bridge has climbed to £90m."),
            "cost of the new bridge");
  EXPECT_EQ(OnlySubject("The cost of dredging the harbour rose to $12m."),
            "cost of dredging the harbour");
  EXPECT_EQ(OnlySubject("Sales of the group fell 3% in June."),
            "Sales of the group");
}

TEST(FigureHeadNounsTest, APhraseOpenedByToTheOrAListOfPlacesIsAModifier) {
  EXPECT_EQ(OnlySubject("Repairs to the harbour wall are estimated at $2.1 "
                        "million."),
            "Repairs");
  EXPECT_EQ(OnlySubject("Visits to the museum rose 8%."), "Visits");
  EXPECT_EQ(OnlySubject("Rents in Leeds and York rose 6% last year."),
            "Rents");
  // A month is no place: "in March and Jones" is no list.
  EXPECT_EQ(figure_test::Subjects("Smith rose to 30 percent in March and Jones "
                                  "fell to 22 percent."),
            (std::vector<std::string>{"Smith", "Jones"}));
}

TEST(FigureHeadNounsTest, TotalAfterADefiniteDeterminerIsTheHead) {
  EXPECT_EQ(OnlySubject("The total was up 7.4% from 2023."), "total");
  // "a total of" says how a figure was taken, not what it counts.
  EXPECT_EQ(OnlySubject("She now has a total of at least 900."), "");
}

TEST(FigureHeadNounsTest, MoneyRightBeforeANounModifiesIt) {
  EXPECT_EQ(OnlySubject("Budget 2027: €7.2bn package with cuts to fuel duty"),
            "package");
  EXPECT_EQ(OnlySubject("The council handed out £50 vouchers to tenants."),
            "vouchers");
  // Not a verb after the money, nor the currency's own name.
  EXPECT_NE(OnlySubject("About £40m was set aside for flood defences."),
            "set aside");
  EXPECT_NE(OnlySubject("The group spent $2.5 million dollars on ads."),
            "dollars");
}

}  // namespace
}  // namespace factwire
