// Figure subjects when the noun after the figure is a yardstick, not the
// thing measured ("Reservoirs were at 23% of capacity", "Debt will stay at
// 82% of GDP", "Exports are running at twice their usual level"): the
// figure counts the subject of its clause. Sentences written for these
// tests.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/extract/figures.h"
#include "tests/ingest-service/extract/figure_test_support.h"

namespace factwire {
namespace {

using figure_test::Find;
using figure_test::Subjects;
using figure_test::OnlySubject;
using v1::Figure;

TEST(FigureMeasureSubjectsTest, AShareOfAYardstickCountsTheClauseSubject) {
  // Wire, business, local paper, tourism: capacity, GDP, a usual level, an
  // average, a peak after "of" or "times".
  EXPECT_EQ(Subjects("Storage dams in the Western Cape were at 61% of "
                     "capacity on Monday, down from 74% a year ago."),
            (std::vector<std::string>{"Storage dams", "Storage dams"}));
  EXPECT_EQ(OnlySubject("Government debt will stay at about 82% of GDP next "
                        "year."),
            "Government debt");
  EXPECT_EQ(OnlySubject("The lake stood at roughly a third of its normal "
                        "level in July."),
            "lake");
  EXPECT_EQ(OnlySubject("Hotel occupancy reached 91 per cent of capacity "
                        "during the festival."),
            "Hotel occupancy");
  EXPECT_EQ(OnlySubject("Wheat exports are running at about twice their "
                        "usual level."),
            "Wheat exports");
  EXPECT_EQ(OnlySubject("Footfall in the town centre is 85% of its "
                        "pre-pandemic peak."),
            "Footfall");
  EXPECT_EQ(OnlySubject("Passenger numbers are back to 80% of what they "
                        "were in 2019."),
            "Passenger numbers");
}

TEST(FigureMeasureSubjectsTest, AShareOfAThingKeepsTheThing) {
  // A total, a body of people or things, a noun that is what is measured.
  EXPECT_EQ(OnlySubject("Services were 40% of total output."), "total output");
  EXPECT_EQ(Subjects("Labour won 412 of the 650 seats.")[0], "seats");
  EXPECT_EQ(OnlySubject("Patients lost about 13% of their body weight."),
            "body weight");
  EXPECT_EQ(OnlySubject("Tolls cover 60% of running costs."), "running costs");
  // Capacity taken, added or absorbed is the thing, not a yardstick; a
  // common noun's possessive says whose (session 34).
  EXPECT_EQ(OnlySubject("The closures removed about 15% of the region's "
                        "capacity."),
            "region's capacity");
  EXPECT_EQ(OnlySubject("The scheme will add 2,200 megawatts of capacity."),
            "capacity");
  // A pronoun subject names nothing.
  EXPECT_EQ(OnlySubject("She said it was at 40% of capacity."), "");
}

TEST(FigureMeasureSubjectsTest, AnAsideFigureWithAHedgeOrRateCountsItsNoun) {
  // Local paper, tabloid sport, council story, business: a figure set off
  // by commas with "now"/"currently", "a record" or a rate, then a verb.
  EXPECT_EQ(OnlySubject("Federal relief money, roughly $9 million a year, "
                        "ran out in September."),
            "Federal relief money");
  EXPECT_EQ(Subjects("Season tickets, currently £420, will go up next "
                     "summer.")[0],
            "Season tickets");
  EXPECT_EQ(OnlySubject("The club's debt, a record £310m, is owed mostly to "
                        "its owner."),
            "club's debt");
  EXPECT_EQ(OnlySubject("The standing charge, now 53p a day, will rise in "
                        "April."),
            "standing charge");
  EXPECT_EQ(OnlySubject("The transfer fee, a club-record €4m, was paid in "
                        "full."),
            "transfer fee");
  // A date or a name before an aside that no verb follows is not counted.
  EXPECT_EQ(OnlySubject("On Monday, just 12 days later, the council met."),
            "");
  EXPECT_NE(OnlySubject("In Leeds, now 40% a year, the rise"), "Leeds");
}

TEST(FigureMeasureSubjectsTest, AFigureAVerbOfAnActTakesCountsTheAct) {
  // Court, health, farming, labour: the verb's noun when no noun follows.
  EXPECT_EQ(OnlySubject("The haulier was fined £38,000 at the crown court."),
            "fine");
  EXPECT_EQ(OnlySubject("The regulator fined it £1.6 million last year."),
            "fine");
  EXPECT_EQ(OnlySubject("The estate expects to harvest between 9,000 and "
                        "9,500 tonnes."),
            "harvest");
  EXPECT_EQ(OnlySubject("Cleaners there earn about €9 an hour."),
            "earnings");
  EXPECT_EQ(OnlySubject("Patients in the east waited a median of 39 weeks "
                        "for a hip operation."),
            "wait for a hip operation");
  // A time or a sum spent on something is spent on the -ing clause after it.
  EXPECT_EQ(OnlySubject("Divers spent nearly four months mapping the "
                        "wreck."),
            "mapping the wreck");
  EXPECT_EQ(OnlySubject("The unions have spent $2.3 million backing her."),
            "backing her");
  // Not a wait with no "for", earnings that are no money, a multiple, or a
  // preposition in -ing.
  EXPECT_NE(OnlySubject("Storms forced the ferries to wait six hours."),
            "wait");
  EXPECT_NE(OnlySubject("She must earn 15 per cent in the polls."),
            "earnings");
  EXPECT_NE(OnlySubject("They are paying three times more."), "payment");
  EXPECT_NE(OnlySubject("The group reported spending $4 million during the "
                        "month."),
            "during the month");
}

TEST(FigureMeasureSubjectsTest, ATimeOrANounAfterTheActsFigureIsNoMeasureOfIt) {
  // Property, farming, trade: a duration that times the act ("after",
  // "early", "later") is no amount sold or harvested, and a figure with its
  // own noun counts the noun, not the act.
  EXPECT_NE(OnlySubject("The cottage sold 3 weeks after it was listed."),
            "sales");
  EXPECT_NE(OnlySubject("Growers began to harvest 2 weeks early this year."),
            "harvest");
  EXPECT_NE(OnlySubject("The mill exported 5 days later than planned."),
            "exports");
  EXPECT_NE(OnlySubject("Vineyards hope to harvest 40% more grapes."),
            "harvest");
  // A wait's "for" phrase that says when is not what was waited for.
  EXPECT_NE(OnlySubject("Drivers in the north waited a median of 26 days "
                        "for the season."),
            "wait for the season");
  // The act's own amount stays the act's.
  EXPECT_EQ(OnlySubject("The co-op expects to harvest 12,000 tonnes."),
            "harvest");
  EXPECT_EQ(OnlySubject("The firm sold 3 million last year."), "sales");
}

TEST(FigureMeasureSubjectsTest, AnAmountProducedOrImportedCountsTheAct) {
  // Energy, mining, trade: the act's noun when no noun follows the figure.
  EXPECT_EQ(OnlySubject("The dam should produce about 310 gigawatt hours a "
                        "year."),
            "production");
  EXPECT_EQ(OnlySubject("Latvia was importing nearly 1,100 megawatts during "
                        "the evening peak."),
            "imports");
  // A second verb's figure counts its own act, not the first figure's noun.
  EXPECT_EQ(Subjects("The park would have a capacity of 75 megawatts and "
                     "produce about 190 gigawatt hours a year."),
            (std::vector<std::string>{"capacity", "production"}));
  // A figure with its own noun counts the noun.
  EXPECT_NE(OnlySubject("The plant produced 40,000 cars last year."),
            "production");
}

TEST(FigureMeasureSubjectsTest, ASumSpentOnSomethingAfterItsTimeCountsIt) {
  // Sport, council, elections: "on" after the time the sum is dated by, and
  // the -ing clause after a sum's conversion in brackets.
  EXPECT_EQ(OnlySubject("The club spent more than €3 million in the summer "
                        "on new players."),
            "new players");
  EXPECT_EQ(OnlySubject("The council spent about $2 million last year on "
                        "pothole repairs."),
            "pothole repairs");
  EXPECT_EQ(Subjects("The agency spent about 9 billion naira (around $6 "
                     "million) running the census.")[0],
            "running the census");
  // A day after "on" is when, not what.
  EXPECT_NE(OnlySubject("The fund spent $40 million in March on Tuesday."),
            "Tuesday");
}

TEST(FigureMeasureSubjectsTest, ATimeSpentOnAPlaceOrStateIsNoSumsObject) {
  // Sport, travel, health: only a sum is spent "on" what it buys; a time
  // spent "on" a vehicle, a loan or a machine keeps the spender.
  EXPECT_EQ(OnlySubject("Commuters spent 4 hours on the ferry."), "Commuters");
  EXPECT_NE(OnlySubject("The winger spent three seasons on loan at Harrow."),
            "loan");
  EXPECT_EQ(OnlySubject("He spent 12 days on a respirator."), "");
  // A sum after its date still counts what it is spent on.
  EXPECT_EQ(OnlySubject("The board spent $5 million last spring on new "
                        "buses."),
            "new buses");
}

TEST(FigureMeasureSubjectsTest, APluralJoinedByADashOpensACompoundModifier) {
  // Policing, farming, health: a plural before a joining dash is the first
  // half of a compound modifier, and the noun phrase runs on past it.
  EXPECT_EQ(OnlySubject("The state spent $80 million on police-related "
                        "injury claims."),
            "police-related injury claims");
  EXPECT_EQ(OnlySubject("The ministry spent 3 billion shillings on "
                        "cattle-dipping stations."),
            "cattle-dipping stations");
  // A plural alone still ends the phrase.
  EXPECT_EQ(OnlySubject("The town spent $2 million on police."), "police");
}

TEST(FigureMeasureSubjectsTest, ACountKeepsTheRelativeClauseSayingWhichOnes) {
  // Exams, schools, evacuations: a short restrictive clause after the plural.
  EXPECT_EQ(Subjects("Of the 3.1 lakh pupils who sat the board exam, most "
                     "passed.")[0],
            "pupils who sat the board exam");
  EXPECT_EQ(Subjects("Only 640 of the 1,900 colleges that reported a full "
                     "intake were rural.")[1],
            "colleges that reported a full intake");
  EXPECT_EQ(OnlySubject("About 2,300 residents who were moved on Sunday went "
                        "home."),
            "residents who were moved on Sunday");
  // The main verb, a clause cut short or a name's "That" ends no clause.
  EXPECT_EQ(OnlySubject("Some 4,100 drivers who failed the test appealed."),
            "drivers who failed the test");
  EXPECT_EQ(OnlySubject("There are 300 farmers who had just"), "farmers");
  EXPECT_EQ(OnlySubject("The band released 12 Songs That Changed "
                        "Everything."),
            "Songs released");
}

TEST(FigureMeasureSubjectsTest, ABareCountOfAPlaceIsItsPopulation) {
  EXPECT_EQ(OnlySubject("Vlore, a port city of 130,000, is busy in summer."),
            "population");
  EXPECT_EQ(OnlySubject("The village of 900 lost its only shop."),
            "population");
  // A noun written after the count stays its subject.
  EXPECT_EQ(OnlySubject("Kukes, a town of 16,000 people, lies inland."),
            "people");
  EXPECT_EQ(OnlySubject("It is a city of 40,000 homes."), "homes");
}

TEST(FigureMeasureSubjectsTest, AShareOfThemCountsTheCountBefore) {
  const std::vector<Figure> f =
      Find("About 3,200 cataract operations were carried out. Some 41 per "
           "cent of them were done in private clinics.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "cataract operations");
  // "of those" and a participle names its own group.
  EXPECT_NE(Subjects("Some 800 voters took part. About 40 per cent of those "
                     "polled said no.")[1],
            "voters");
}

}  // namespace
}  // namespace factwire
