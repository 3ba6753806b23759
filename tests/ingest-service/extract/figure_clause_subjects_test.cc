// Figure subjects read from the clause a figure is the predicate of: when no
// noun counts the figure, the subject of its verb does ("Attendance was a
// poor 31%", "The review is expected to last six weeks", "Waiting times had
// gone from four hours to more than 11"). Sentences written for these tests.
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

TEST(FigureClauseSubjectsTest, ALevelAfterAnArticleAndAdjectiveCountsTheSubject) {
  // Sport, wire, local paper, tabloid: a copula, an article and a judging
  // adjective before the figure.
  EXPECT_EQ(OnlySubject("Attendance at the derby was a disappointing "
                        "18,400."),
            "Attendance");
  EXPECT_EQ(OnlySubject("The group's operating margin is a healthy 14.2%."),
            "group's operating margin");
  EXPECT_EQ(OnlySubject("Voter turnout in the ward was a miserable 27 per "
                        "cent on Thursday."),
            "Voter turnout");
  EXPECT_EQ(OnlySubject("The club's wage bill now stands at an "
                        "eye-watering £41m."),
            "club's wage bill");
  // A pronoun subject names nothing the figure counts.
  EXPECT_EQ(OnlySubject("She said it was a modest 3%."), "");
}

TEST(FigureClauseSubjectsTest, AMeasureAfterAVerbChainCountsTheSubject) {
  // Court report, council story, business wire: auxiliaries, an infinitive,
  // an aside between subject and verb.
  EXPECT_EQ(OnlySubject("The trial, which opened at Leeds Crown Court on "
                        "Monday, is expected to last four weeks."),
            "trial");
  EXPECT_EQ(OnlySubject("The resurfacing work will last about ten days."),
            "resurfacing work");
  EXPECT_EQ(OnlySubject("Core inflation came in at 1.9 per cent."),
            "Core inflation");
  EXPECT_EQ(OnlySubject("The council's cash reserves have shrunk by 40% "
                        "since 2021."),
            "council's cash reserves");
  EXPECT_EQ(OnlySubject("Season ticket prices had been cut to £180 this "
                        "season."),
            "Season ticket prices");
  // A person fined is not what the money counts: the fine is.
  EXPECT_EQ(OnlySubject("Mr Hale was fined £2,400 by magistrates."), "fine");
  EXPECT_EQ(OnlySubject("They had waited for 40 minutes."), "");
  // An agent after "by", a pronoun's contraction, a count before its noun.
  EXPECT_EQ(OnlySubject("Brazil was named by a mere 4 per cent."), "");
  EXPECT_EQ(OnlySubject("If it's cut by as much as 5%, the plan fails."), "");
  EXPECT_NE(OnlySubject("Voters arrived at 25 newly opened polling "
                        "stations."),
            "Voters");
}

TEST(FigureClauseSubjectsTest, AnObjectRelativeClauseCountsItsAntecedent) {
  EXPECT_EQ(OnlySubject("Parking charges, which the council raised to £4.50 "
                        "in April, have hit trade."),
            "Parking charges");
  EXPECT_EQ(OnlySubject("The ticket levy, which ministers had raised to 12%, "
                        "will be scrapped."),
            "ticket levy");
  EXPECT_EQ(OnlySubject("Ferry fares, which the new Anglo-Dutch operator "
                        "lifted to £38 in March, anger residents."),
            "Ferry fares");
  EXPECT_EQ(OnlySubject("Officials blamed the deficit, which she put at "
                        "$3bn."),
            "deficit");
  // A clause, not a noun, before "which"; a verb whose object the figure is.
  EXPECT_EQ(OnlySubject("Crews must check every line before power is "
                        "restored, which could take three days."),
            "");
  EXPECT_EQ(OnlySubject("Weather stations in Fife recorded just 38mm."), "");
}

TEST(FigureClauseSubjectsTest, BothFiguresOfFromAndToCountTheSubject) {
  std::vector<std::string> s = Subjects(
      "The average ambulance response time had gone from seven minutes to "
      "more than 12 minutes since 2019.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], "average ambulance response time");
  EXPECT_EQ(s[1], "average ambulance response time");
  s = Subjects("Pass rates in chemistry slipped slightly, from 61.5 per cent "
               "to 58.2 per cent.");
  ASSERT_FALSE(s.empty());
  for (const std::string& subject : s) EXPECT_EQ(subject, "Pass rates");
  s = Subjects("Occupancy was an encouraging 71%, up from 64% a year "
               "earlier.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], "Occupancy");
  EXPECT_EQ(s[1], "Occupancy");
}

TEST(FigureClauseSubjectsTest, AnOwnedCountAfterACountCountsTheSameNoun) {
  std::vector<std::string> s =
      Subjects("Quinn took the seat with 2,104 votes to the DUP's 2,081.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1], "votes");
  s = Subjects("Patel polled 18,220 votes against Singh's 17,904 after a "
               "recount.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1], "votes polled");
  s = Subjects("Rovers had 14 shots to United's 9 in the first half.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1], "shots");
  // A count with its own noun keeps it; no count before, nothing to share.
  s = Subjects("The bank cut 300 jobs, on top of Apple's 2,000 engineers.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1], "engineers");
  EXPECT_EQ(OnlySubject("Smith's 45 was the top score."), "");
}

// The last pass: a figure no rule found a subject for counts what the grammar
// of its clause says.
TEST(FigureClauseSubjectsTest, AnAmountObjectCountsTheClauseSubject) {
  EXPECT_EQ(OnlySubject("Tea exports brought in $340 million last year."),
            "Tea exports");
  EXPECT_EQ(OnlySubject("The water board lost a staggering R45 million last "
                        "year."),
            "water board");
  EXPECT_EQ(OnlySubject("The county council will spend £3.1m this year."),
            "county council");
  EXPECT_EQ(OnlySubject("The party raised £4.1m from small donors."),
            "party");
  // A pronoun, a passive and a noun left out name nothing it counts.
  EXPECT_EQ(OnlySubject("He lost $5,000 at the casino."), "");
  EXPECT_EQ(OnlySubject("Ms Ode was fined £900 on Monday."), "fine");
  EXPECT_EQ(OnlySubject("Northway carried 41 million last year."), "");
  // a time set off from an event counts the time to it (session 34)
  EXPECT_EQ(OnlySubject("The launch came 12 days before the vote."),
            "time before the vote");
  EXPECT_NE(OnlySubject("Harbour Mills will spend $40m expanding its plant."),
            "Harbour Mills");
}

TEST(FigureClauseSubjectsTest, AnInfinitiveObjectCountsItsSubject) {
  EXPECT_EQ(OnlySubject("The board expects the new terminal to earn about "
                        "£2 million."),
            "new terminal");
  EXPECT_EQ(OnlySubject("The storm forced some ferries to wait six hours."),
            "ferries");
  EXPECT_EQ(OnlySubject("Traders expect prices to trade between 90 and 95 "
                        "cents a kilo."),
            "prices");
  EXPECT_EQ(OnlySubject("The council plans to spend £5m."), "");
  // Who expects is not what the infinitive's figure counts.
  EXPECT_NE(OnlySubject("Rail fares, which analysts expect to rise to £5, "
                        "worry commuters."),
            "analysts expect");
}

TEST(FigureClauseSubjectsTest, ABoundAfterANounRestrictsIt) {
  EXPECT_EQ(OnlySubject("Drivers must keep to speeds below 30 km/h."),
            "speeds");
  EXPECT_EQ(OnlySubject("Analysts see the jobless rate above 6% by June."),
            "jobless rate");
  EXPECT_EQ(OnlySubject("They worked more than 50 hours."), "");
  EXPECT_EQ(OnlySubject("Rovers will win at least 20."), "");
}

// A noun after a verb and its determiner, then "more than" or "at least",
// is the verb's first object ("lent the port authority more than $2bn"): the
// sum is what the subject gave or owes, never the receiver's.
TEST(FigureClauseSubjectsTest, AnIndirectObjectBeforeABoundIsNoSubject) {
  EXPECT_NE(OnlySubject("The bank lent the province more than $2 billion "
                        "in 2024."),
            "province");
  EXPECT_NE(OnlySubject("The utility owes its suppliers more than £40m."),
            "suppliers");
  EXPECT_NE(OnlySubject("The council gave the charity at least £90,000."),
            "charity");
  EXPECT_NE(OnlySubject("The ferry line charged the drivers more than €80 "
                        "each."),
            "drivers");
  // A bound of position after the object still restricts it.
  EXPECT_EQ(OnlySubject("Traders kept the spot price below $70 all week."),
            "spot price");
  // Past the first object the sum is the subject's, as a direct object is.
  EXPECT_EQ(OnlySubject("The lender gave the council £4m in 2023."), "lender");
  EXPECT_EQ(OnlySubject("The water board charged its customers more than "
                        "£90 each."),
            "water board");
}

// Money before "over" and a count of modified periods ("over four tax
// years") is the spender's: the period nouns are no subject of the sum.
TEST(FigureClauseSubjectsTest, MoneyOverACountOfModifiedPeriodsIsTheSpenders) {
  const std::vector<Figure> f =
      figure_test::Find("Builders spent $3bn over four tax years.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "Builders");
}

// A verb of finding inside the relative clause reports it, as one of saying
// does: the finder is no subject ("which inspectors found had fallen by").
TEST(FigureClauseSubjectsTest, AFinderInARelativeClauseIsNoSubject) {
  EXPECT_EQ(OnlySubject("Ward admissions, which inspectors found had fallen "
                        "by 9%, worried the board."),
            "Ward admissions");
  EXPECT_EQ(OnlySubject("Rents, which the study showed rose by 6%, hurt "
                        "tenants."),
            "Rents");
  // Any relative opener (lexicon::IsRelativeOpener) after the comma.
  EXPECT_EQ(OnlySubject("Its members, who the union said had been underpaid "
                        "by about £900, will strike."),
            "members");
}

// Only a verb of two objects makes its first object no subject: after a verb
// of change the object is what the bound measures ("raised the price").
// A bare whole number after "at" and an object that is no level is the age
// of the verb's subject ("kept his post at 68"); a level noun or a unit keeps
// the object.
TEST(FigureClauseSubjectsTest, ABareAgeAfterAtIsNoObjectsLevel) {
  EXPECT_EQ(OnlySubject("He kept his post at 68 after the vote."), "");
  EXPECT_EQ(OnlySubject("She set a national best at 17."), "");
  EXPECT_EQ(OnlySubject("The council kept the toll at 45 this year."), "toll");
  EXPECT_EQ(OnlySubject("The rule capped arrivals at around 16,000."),
            "arrivals");
}

TEST(FigureClauseSubjectsTest, AVerbOfChangesObjectBeforeABoundIsItsSubject) {
  EXPECT_EQ(OnlySubject("The firm raised the fee more than 12% this year."),
            "fee");
  EXPECT_EQ(OnlySubject("The board cut the grant more than 30%."), "grant");
  EXPECT_EQ(OnlySubject("Ministers increased the levy at least 8% in May."),
            "levy");
  EXPECT_NE(OnlySubject("The league fined the club more than £2m."), "club");
}

// A "for" duration after a verb of speaking measures the talk, not the
// speaker; after a passive of a penalty it is the penalty ("The driver was
// jailed for 8 years": the jail term, session 31's PenaltyDurationSubject).
TEST(FigureClauseSubjectsTest, AForDurationAfterAVerbOfSpeakingHasNoSubject) {
  EXPECT_EQ(OnlySubject("The minister spoke for 45 minutes."), "");
  EXPECT_EQ(OnlySubject("The witness testified for 3 hours on Tuesday."), "");
  EXPECT_EQ(OnlySubject("The lorry driver was jailed for 8 years."),
            "jail term");
}

TEST(FigureClauseSubjectsTest, RespectivelyGivesEachFigureItsOwnNoun) {
  // Trade, crops, polls: "A and B ... X and Y respectively" pairs them.
  EXPECT_EQ(Subjects("Sales and profits climbed 9% and 3% respectively.")[0],
            "Sales");
  EXPECT_EQ(Subjects("Sales and profits climbed 9% and 3% respectively.")[1],
            "profits");
  EXPECT_EQ(Subjects("Maize and sorghum yields fell by 20% and 14%, "
                     "respectively.")[0],
            "Maize yields");
  EXPECT_EQ(Subjects("The site has radio and podcast audiences of 2 million "
                     "and 900,000, respectively.")[1],
            "podcast audiences");
  // Without "respectively" both figures keep the one noun.
  EXPECT_EQ(Subjects("Sales and profits climbed 9% and 3% last year.")[0],
            "profits");
}

TEST(FigureClauseSubjectsTest, ATimeGivenForAnActKeepsANamedObject) {
  // Travel, works, courts: the object of the act may be a name.
  EXPECT_EQ(OnlySubject("Buses need 40 minutes to reach Tullamore."),
            "reach Tullamore");
  EXPECT_EQ(OnlySubject("Engineers have six weeks to reopen Castle Street."),
            "reopen Castle Street");
  // A month after "to" is no object, nor the act.
  EXPECT_NE(OnlySubject("The crews have 20 days to March."), "March");
}

TEST(FigureClauseSubjectsTest, ATimeGivenForAnActCountsTheAct) {
  // Court, planning, consumer: a time before "to" and a verb measures the act
  // the infinitive names, with its object.
  EXPECT_EQ(OnlySubject("The landlord has 28 days to lodge an appeal."),
            "lodge an appeal");
  EXPECT_EQ(OnlySubject("The tribunal gave the operator 18 months to restore "
                        "the wetland."),
            "restore the wetland");
  EXPECT_EQ(OnlySubject("He was given six months to pay."), "pay");
  EXPECT_EQ(OnlySubject("It took crews nine days to clear the road."),
            "clear the road");
  // A time taken with no object is the clause subject's.
  EXPECT_EQ(OnlySubject("Flats were taking an average of 52 days to let."),
            "Flats");
  // Not a purpose: a time nothing gives, has or takes.
  EXPECT_NE(OnlySubject("The crews trained for 18 months to fight fires."),
            "fight fires");
  EXPECT_NE(OnlySubject("The tariff is reviewed every three years to keep "
                        "pace with costs."),
            "keep pace");
  // Not a countdown, a date or the end of a range.
  EXPECT_EQ(OnlySubject("With two weeks to go, the race is open."), "");
  EXPECT_NE(OnlySubject("Waits rose from 20 days to the end of June."),
            "the end of June");
}

TEST(FigureClauseSubjectsTest, ATimeAStateLastsOrAnActTookCountsItsHolder) {
  // Transport, planning, sport: the object a verb puts in a state for a
  // time, and the subject of an act that took a time "in" or "within".
  EXPECT_EQ(OnlySubject("A 2016 storm closed the coast road for more than "
                        "three months."),
            "coast road");
  EXPECT_EQ(OnlySubject("The league suspended all fixtures for two weeks."),
            "fixtures");
  EXPECT_EQ(OnlySubject("The extension was approved in 38 days."),
            "extension");
  EXPECT_EQ(OnlySubject("The new ward was built within 11 weeks."),
            "new ward");
  // Not the object of another verb, nor a change "in" a time.
  EXPECT_NE(OnlySubject("The team led the league for three weeks."),
            "league");
  EXPECT_EQ(Subjects("Rents rose 4% in six months.")[1], "");
  EXPECT_NE(OnlySubject("Lawmakers failed to pass any new rules in more than "
                        "a decade."),
            "new rules");
}

TEST(FigureClauseSubjectsTest, ATimeARecordReachesCountsTheRecord) {
  // Weather, results, prices: a time after a superlative's or "first"'s noun
  // phrase is how far back the record reaches.
  EXPECT_EQ(Subjects("Temperatures fell to -41C in Kiruna, the lowest "
                     "reading in Sweden for nine years.")[1],
            "lowest reading");
  EXPECT_EQ(OnlySubject("The firm posted its smallest quarterly profit in 17 "
                        "years."),
            "smallest quarterly profit");
  EXPECT_EQ(OnlySubject("Water bills will rise in May, the first increase in "
                        "six years."),
            "first increase");
  // A superlative with no noun names nothing.
  EXPECT_EQ(OnlySubject("Sales were the lowest in 12 years."), "");
  EXPECT_EQ(OnlySubject("The bank raised rates for the first time in nine "
                        "years."),
            "");
}

TEST(FigureClauseSubjectsTest, AClockTimeAnActTookIsNoRecordsReach) {
  // Sport: the time a first act took is no span a record reaches back.
  EXPECT_EQ(OnlySubject("He kicked his first penalty in 7 minutes on "
                        "Sunday."),
            "");
  EXPECT_EQ(OnlySubject("She ran her first half marathon in 1 hour 32 "
                        "minutes."),
            "");
  // A span of weeks or more still is one.
  EXPECT_EQ(OnlySubject("The club posted its first profit in six months."),
            "first profit");
}

TEST(FigureClauseSubjectsTest, ATimeLeftToRunOrServeIsNoAct) {
  // Sport, courts: a time that remains ("to run", "to serve", "to wait") is
  // no act the time is given for.
  EXPECT_NE(OnlySubject("The keeper has 14 months to run on his deal."),
            "run");
  EXPECT_NE(OnlySubject("She has three years to serve of her term."),
            "serve");
  EXPECT_NE(OnlySubject("Patients have 6 weeks to wait for a scan."),
            "wait");
  // With an object the verb is an act again.
  EXPECT_EQ(OnlySubject("The board was given 90 days to run the mill."),
            "run the mill");
}

TEST(FigureClauseSubjectsTest, APartOfAWholeAndARelativeLinkCountTheirNoun) {
  const std::vector<std::string> s =
      Subjects("About 3,100 of the village's 7,400 registered residents "
               "voted.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_FALSE(s[1].empty());
  EXPECT_EQ(s[0], s[1]);
  EXPECT_EQ(OnlySubject("Grid demand, which peaks at around 1,200 "
                        "megawatts, keeps rising."),
            "Grid demand");
  EXPECT_EQ(OnlySubject("Pilots blamed wages that lagged rival firms by as "
                        "much as 15%."),
            "wages");
  EXPECT_EQ(OnlySubject("Power costs, which the group said had climbed by "
                        "about £9m, will hit profits."),
            "Power costs");
  EXPECT_NE(OnlySubject("The plan, which involved cutting the routes to 40, "
                        "failed."),
            "plan");
}

TEST(FigureClauseSubjectsTest, AScoreAParticipleAndASecondVerbShareANoun) {
  std::vector<std::string> s = Subjects("The hosts won by 3 goals to 1.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1], "goals");
  EXPECT_EQ(OnlySubject("Harbour beat Rovers 27 points to 19."), "points");
  s = Subjects("Spot rates have risen 40% in six weeks to $3,100 a box.");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[2], "Spot rates");
  s = Subjects("The motion passed by a vote of 61 to 12.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1], "vote");
  EXPECT_EQ(OnlySubject("The port is open to vessels drawing up to 12 "
                        "metres."),
            "vessels");
  // A noun in -ing, a pronoun's contraction, a count before its noun.
  EXPECT_EQ(OnlySubject("It has a poor rating above 50%."), "");
  EXPECT_EQ(OnlySubject("And they're paying five times more?"), "");
  EXPECT_NE(OnlySubject("Voters leaving 35 randomly chosen sites were "
                        "asked."),
            "Voters");
  EXPECT_EQ(OnlySubject("The owners sold the plant and will spend about $40 "
                        "million."),
            "owners");
}

TEST(FigureClauseSubjectsTest, AMovedLevelAndAForPhraseCountTheirNoun) {
  EXPECT_EQ(OnlySubject("The scheme aims to raise national maize output to 4 "
                        "million tonnes a year."),
            "national maize output");
  EXPECT_EQ(OnlySubject("The brewer will raise the price of its stout to "
                        "bars by 7% from March."),
            "price of its stout");
  EXPECT_NE(OnlySubject("The levy was raised gradually to 30 euros."),
            "gradually");
  EXPECT_EQ(OnlySubject("Brokers kept their target price for Kapsch shares at "
                        "1,150 Kč."),
            "target price");
  EXPECT_EQ(OnlySubject("The rule capped arrivals this year at around "
                        "16,000."),
            "arrivals");
  EXPECT_EQ(OnlySubject("The coast road was closed for 9 days."),
            "coast road");
  EXPECT_EQ(OnlySubject("Exports will account for about 80,000 tonnes."),
            "Exports");
  EXPECT_EQ(OnlySubject("The bridge at Kafue was closed for 12 days."),
            "bridge");
  EXPECT_EQ(OnlySubject("Mr Obi was jailed for 6 years."), "jail term");
  EXPECT_EQ(OnlySubject("Turnout, which peaks at around 70% in cities, "
                        "fell."),
            "Turnout");
}

TEST(FigureClauseSubjectsTest, AFocusingWordBeforeTheVerbIsSkipped) {
  EXPECT_EQ(OnlySubject("Imports also fell to 4.1 million tonnes."),
            "Imports");
  EXPECT_EQ(OnlySubject("Rents in the capital alone rose 9%."), "Rents");
  EXPECT_EQ(OnlySubject("Exports themselves rose to $4 billion."),
            "Exports");
}

TEST(FigureClauseSubjectsTest, TheTwoEndsOfAChangeShareTheirSubject) {
  std::vector<Figure> f = Find(
      "The ministry will raise the relocation allowance for teachers to "
      "J$450,000 from J$300,000.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "relocation allowance");
  EXPECT_EQ(f[1].subject(), "relocation allowance");
  f = Find("The firm will expand its lease from 480 hectares to 730 "
           "hectares.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "lease");
  EXPECT_EQ(f[1].subject(), "lease");
}

TEST(FigureClauseSubjectsTest, ASecondVerbOfThePredicateSharesItsSubject) {
  std::vector<Figure> f = Find(
      "The project will cover about 190 hectares and cost an estimated "
      "\u20ac118 million.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "project");
  EXPECT_EQ(f[1].subject(), "project");
  // A noun after the first figure counts it alone.
  f = Find("The dealer sold 40 cars and earned $90,000.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_NE(f[1].subject(), "cars");
}

TEST(FigureClauseSubjectsTest, ALevelAfterAMultipliedAmountCountsItsSubject) {
  std::vector<Figure> f = Find(
      "Net profit for the year more than doubled to 96.4 million dinars.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "Net profit");
  EXPECT_EQ(f[1].subject(), "Net profit");
}

TEST(FigureClauseSubjectsTest, AHyphenatedWordInAPlacePhraseIsOneWord) {
  EXPECT_EQ(OnlySubject("Attendance for the week-long event reached "
                        "18,000."),
            "Attendance");
}

}  // namespace
}  // namespace factwire
