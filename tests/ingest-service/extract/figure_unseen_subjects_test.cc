// Figure subjects in shapes met on held-out news text: the subject of the
// verb that takes a measure ("had burned 8,200 acres"), predicates of level
// ("stay below 10%"), relative clauses and others. Sentences written for these
// tests.
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

TEST(FigureUnseenSubjectsTest, AMeasureAVerbTakesCountsForItsSubject) {
  EXPECT_EQ(OnlySubject("The Mesa Fire had burned 12,400 acres by Sunday."),
            "Mesa Fire");
  EXPECT_EQ(OnlySubject("Floodwaters covered about 300 hectares of "
                        "farmland."),
            "farmland");
  EXPECT_EQ(OnlySubject("The storm dumped 14 inches on the town."), "storm");
  EXPECT_EQ(OnlySubject("Each tanker carried 80,000 tonnes last month."),
            "tanker");
  // A period before or after an event measures no object of the verb.
  EXPECT_EQ(OnlySubject("The verdict arrived three days after the hearing."),
            "");
  EXPECT_EQ(OnlySubject("A new poll found 64 percent backing the levy."), "");
  // A bare number leaves its noun out: the noun of the figure before.
  const std::vector<Figure> f =
      Find("Line A moved 40 million riders and Line B moved 25 million.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "riders");
}

// "head" counts what its "of" names; a noun with a participle and its
// object after it is the head before the participle ("debts owed to ...").
TEST(FigureUnseenSubjectsTest, CountingNounsAndShortParticiplesKeepTheHead) {
  EXPECT_EQ(OnlySubject("The ranch lost 1,200 head of cattle in the drought."),
            "head of cattle lost");
  EXPECT_EQ(OnlySubject("Arrears owed to cleaners reached $2m."), "Arrears");
  EXPECT_EQ(OnlySubject("The water used by mines fell to 40 megalitres."),
            "water");
}

// A noun whose "by" names who acts is the head ("sales by Debswana"), and a
// "total" after a noun and a determiner ends the subject ("The rainfall
// total"); a participle's agent stays skipped.
TEST(FigureUnseenSubjectsTest, ANounBeforeItsAgentAndANounTotalAreTheHead) {
  EXPECT_EQ(OnlySubject("Copper sales by Zamco fell 14% last year."),
            "Copper sales");
  EXPECT_EQ(OnlySubject("Sales by Zamco fell 14%."), "Sales");
  EXPECT_EQ(OnlySubject("Investment by private firms rose to $2bn."),
            "Investment");
  EXPECT_EQ(OnlySubject("Burglaries reported by residents fell 9%."),
            "Burglaries");
  EXPECT_EQ(OnlySubject("Ore sales by the state-owned miner fell 8%."),
            "Ore sales");
  // A noun with "to" and whom it goes to keeps both ("debt to suppliers").
  EXPECT_EQ(OnlySubject("The utility's debt to suppliers stands at $9.8m."),
            "utility's debt to suppliers");
  EXPECT_EQ(OnlySubject("Access to clean water rose to 71%."),
            "Access to clean water");
  // "pay" after its plural subject is a verb of price as "pays" is.
  EXPECT_EQ(OnlySubject("Farmers pay $40 a bag for seed."), "Farmers");
  EXPECT_EQ(OnlySubject("Nurses won a pay rise of 5%."), "pay rise");
  EXPECT_EQ(OnlySubject("The rainfall total reached 412mm."), "rainfall total");
  EXPECT_EQ(OnlySubject("The total reached 412mm."), "total");
}

// A share of output is a yardstick, as one of GDP is: the figure measures
// the clause's subject ("The deficit could widen to 9% of output").
TEST(FigureUnseenSubjectsTest, AShareOfOutputMeasuresTheClauseSubject) {
  EXPECT_EQ(OnlySubject("The budget deficit may widen to 7% of output."),
            "budget deficit");
  EXPECT_EQ(OnlySubject("About 7% of output was exported."), "output");
}

// A measure between "a" and an adjective and the noun it sizes counts that
// noun ("a new 220 kV line"), as after "the"; a comparative after it is no
// noun ("a town two decades older").
TEST(FigureUnseenSubjectsTest, AMeasureAfterAnArticleAndAnAdjectiveSizesItsNoun) {
  EXPECT_EQ(OnlySubject("They will build a new 220 kV line to Maun."), "line");
  EXPECT_EQ(OnlySubject("Engineers finished a second 40 MW plant."), "plant");
  EXPECT_EQ(OnlySubject("It was built by a firm two decades older."), "");
}

// A head noun ending in -er is no comparative ("a 400 kV power line", "a 12
// km water pipe"); comparatives a measure sizes are ("three metres deeper",
// "a bridge 20 m longer than").
TEST(FigureUnseenSubjectsTest, ANounInErAfterAnArticleAndAMeasureIsItsHead) {
  EXPECT_EQ(OnlySubject("Crews are laying a new 88 kV power line to Tete."),
            "power line");
  EXPECT_EQ(OnlySubject("The town approved a new 9 km water pipe."),
            "water pipe");
  EXPECT_EQ(OnlySubject("Workers dug a shaft three metres deeper."), "");
  EXPECT_EQ(OnlySubject("They want a span 20 m wider than the old one."), "");
}

// The noun before ", which <verb in -s>" or before ", worth" set off by
// commas is what the money counts.
TEST(FigureUnseenSubjectsTest, APresentRelativeClauseOrAWorthAsideKeepsTheNoun) {
  EXPECT_EQ(OnlySubject("The levy, which raises £300m a year, will end."),
            "levy");
  EXPECT_EQ(OnlySubject("The contract, worth $2bn, was signed."), "contract");
  // "that" before a verb after a lowercase noun opens a relative clause too.
  EXPECT_EQ(OnlySubject("It is hard to find a job that pays $22 an hour."),
            "job");
}

TEST(FigureUnseenSubjectsTest, AVerbOfStayingAtALevelLeavesItsSubjectBefore) {
  EXPECT_EQ(OnlySubject("Wind speeds would stay above 30 mph through "
                        "Tuesday."),
            "Wind speeds");
  EXPECT_EQ(OnlySubject("Mortgage rates will remain near 7% this year."),
            "Mortgage rates");
  EXPECT_EQ(OnlySubject("Cattle prices hover near $2 a pound."),
            "Cattle prices");
}

TEST(FigureUnseenSubjectsTest, AHeadlineVerbInThePresentLeavesItsSubject) {
  EXPECT_EQ(OnlySubject("Nordic Paper shares tumble 12% as mill closure "
                        "hits outlook"),
            "Nordic Paper shares");
  EXPECT_EQ(OnlySubject("Cocoa prices slide 6% on West Africa rains"),
            "Cocoa prices");
}

TEST(FigureUnseenSubjectsTest, MoneyMovedToARecipientCountsForTheRecipient) {
  EXPECT_EQ(OnlySubject("It was a bill that would have sent $12 billion to "
                        "the northern ports."),
            "northern ports");
  EXPECT_EQ(OnlySubject("The ministry committed Rs 900 crore to the first "
                        "stage of the metro line."),
            "first stage");
  EXPECT_EQ(OnlySubject("The council allocated $3 million to the new "
                        "library."),
            "new library");
  EXPECT_EQ(OnlySubject("Donors have earmarked 40 million euros to flood "
                        "defences."),
            "flood defences");
  // A payment to a person counts for no one.
  EXPECT_EQ(OnlySubject("She sent $40 to the boy."), "");
}

TEST(FigureUnseenSubjectsTest, AShareOfATotalCountsTheTotal) {
  EXPECT_EQ(OnlySubject("Exports made up more than a quarter of total "
                        "revenue."),
            "total revenue");
  EXPECT_EQ(OnlySubject("Services were 40% of total output last year."),
            "total output");
  EXPECT_EQ(OnlySubject("Farm subsidies take half of total spending."),
            "total spending");
}

TEST(FigureUnseenSubjectsTest, WhoLendsOrGivesMoneyIsItsSubject) {
  EXPECT_EQ(OnlySubject("The Bank, which lent about $14 billion last year, "
                        "said rates would rise."),
            "Bank");
  EXPECT_EQ(OnlySubject("The trust donated 300,000 pounds in 2021."),
            "trust");
}

TEST(FigureUnseenSubjectsTest, ASeasonAfterMoneyIsWhenNotWhat) {
  EXPECT_EQ(OnlySubject("Bus fares came down by 5p in the spring."),
            "Bus fares");
  EXPECT_EQ(OnlySubject("Ticket prices rose by $3 in the summer."),
            "Ticket prices");
}

// Bare "pay" is a verb only where its neighbours make it one: a plural,
// pronoun, modal, "to" or adverb before it, or a determiner after it. As the
// head of a compound ("Teacher pay 5% rise", "Equal pay") it is a noun, and
// the word before it no subject.
TEST(FigureUnseenSubjectsTest, PayHeadingACompoundIsNoVerb) {
  EXPECT_EQ(OnlySubject("Teacher pay 5% rise rejected by unions."), "");
  EXPECT_EQ(OnlySubject("Gender pay 12% gap persists, data show."), "");
  EXPECT_EQ(OnlySubject("Nurse pay 4% offer is final, minister says."), "");
  EXPECT_EQ(OnlySubject("Unions reject a public sector pay 5% rise."), "");
  EXPECT_EQ(OnlySubject("Equal pay 50 years on remains a dream."), "");
  EXPECT_EQ(OnlySubject("Farmers pay $40 a bag for seed."), "Farmers");
  EXPECT_EQ(OnlySubject("Workers will pay 3% more for fuel."), "Workers");
  EXPECT_EQ(OnlySubject("Households in the capital pay an average of P450 a "
                        "month."),
            "Households");
}

// The figure's own figure-level subject among the sentence's figures.
std::string SubjectOf(const std::string& text, const std::string& figure) {
  for (const Figure& f : Find(text)) {
    if (f.text() == figure) return f.subject();
  }
  return "<no figure " + figure + ">";
}

TEST(FigureUnseenSubjectsTest, NoJunkWordsBeforeTheFigureBecomeItsSubject) {
  // A floating "both" after names; a temperature the towns reached.
  EXPECT_EQ(SubjectOf("Readings at Kendal were high, while Penrith and "
                      "Keswick both passed 35C.",
                      "35C"),
            "temperature");
  // A place after "in/at" before ", which costs": the thing priced.
  EXPECT_EQ(OnlySubject("Members cannot use the pool at Kirkby, which costs "
                        "£40 an hour to book."),
            "pool");
  // A gerund phrase between the subject and its verb.
  EXPECT_EQ(OnlySubject("A fleet of drones patrolling the whole coastline "
                        "would cost about $3 million."),
            "fleet of drones");
  // The verb after a modal is no part of the noun before "of".
  EXPECT_EQ(OnlySubject("The winners will share prize money of $20,000."),
            "prize money");
  // "on a busy day": when the money is made, not what it counts; "cannot"
  // ends the phrase.
  EXPECT_EQ(SubjectOf("A driver who makes $150 on a busy day cannot afford "
                      "repairs.",
                      "$150"),
            "");
  // A relative clause without "that" after a count: its subject is not
  // what the count counts.
  EXPECT_NE(SubjectOf("The line carried 800,000 riders, half the 1.6 "
                      "million its planners had promised.",
                      "1.6 million"),
            "planners");
  // A month range between the subject and its verb.
  EXPECT_EQ(OnlySubject("The ministry said snowfall between November and "
                        "February was about 20% above normal."),
            "snowfall");
}

TEST(FigureUnseenSubjectsTest, JoinedObjectsAndComparedNounsAreTheSubject) {
  EXPECT_EQ(OnlySubject("The ministry put damage to roads and bridges at $40 "
                        "million."),
            "damage to roads and bridges");
  EXPECT_EQ(OnlySubject("The club will spend $8 million on a new stand and a "
                        "training pitch before next season."),
            "new stand and a training pitch");
  // A second clause after "and" is no second object.
  EXPECT_EQ(OnlySubject("We were $2 billion in debt and our rating was "
                        "falling."),
            "debt");
  // A share before "less/more/fewer" and a noun counts the noun.
  EXPECT_EQ(OnlySubject("The mill burned 12% less coal than last year."),
            "coal");
  EXPECT_NE(OnlySubject("Tickets were 20% more expensive than in 2023."),
            "expensive");
  // A noun before a bounded level is what it bounds; not a degree word.
  EXPECT_EQ(OnlySubject("Inspectors found wines with sulphur below 0.2%."),
            "sulphur");
  EXPECT_EQ(OnlySubject("The vineyard must keep sulphur below 0.2%."),
            "sulphur");
  EXPECT_EQ(OnlySubject("He said the rise should stay well below 2%."), "");
}

TEST(FigureUnseenSubjectsTest, MoneyDrawnFromAFundCountsTheFund) {
  EXPECT_EQ(OnlySubject("The council said it had released $2 million from "
                        "its disaster fund."),
            "disaster fund");
  EXPECT_EQ(OnlySubject("The board drew $3m from its reserve fund."),
            "reserve fund");
  // A payer or lender after "from" is no pot of money.
  EXPECT_NE(OnlySubject("She borrowed $900 from a cooperative."),
            "cooperative");
}

// The count a change of one mass reached counts that mass, not the count's
// own noun; a plural subject keeps the noun ("bags" of the shipments).
TEST(FigureUnseenSubjectsTest, TheLevelAChangeOfAMassReachedCountsTheMass) {
  std::vector<Figure> f = Find("Attendance at city museums rose 12% last "
                               "year to 640,000 visitors.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "Attendance at city museums");
  f = Find("Freight traffic fell by 8% to 2.1 million containers.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "Freight traffic");
  f = Find("Exports rose 9% to 3.2 million crates.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "crates");
  f = Find("It rose 9% to 3.2 million crates.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "crates");
}

// A sum a verb of gathering money takes counts what brought it in, not the
// verb.
TEST(FigureUnseenSubjectsTest, MoneyRaisedCountsWhatRaisedIt) {
  EXPECT_EQ(OnlySubject("Ticket sales had raised 640,000 euros."),
            "Ticket sales");
  EXPECT_EQ(OnlySubject("The flood appeal collected $9,000."), "flood appeal");
  EXPECT_NE(OnlySubject("The club raised 50,000 euros."), "raised");
}

// A speed a form of "average" takes is an average speed, of what moves.
TEST(FigureUnseenSubjectsTest, ASpeedAveragedIsTheAverageSpeed) {
  EXPECT_EQ(OnlySubject("The ferry averaged 30 knots."),
            "average speed of ferry");
  const std::vector<Figure> f =
      Find("Buses can reach 90 km/h but average only 35 km/h in town.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "Buses");
  EXPECT_EQ(f[1].subject(), "average speed of Buses");
}

// An adverb before a bounded level is no noun it bounds: the subject is
// the clause's own ("Prices stayed firmly above 4%").
TEST(FigureUnseenSubjectsTest, AnAdverbBeforeABoundIsNoSubject) {
  EXPECT_EQ(OnlySubject("Unemployment stayed stubbornly above 6% in June."),
            "Unemployment");
  EXPECT_EQ(OnlySubject("Rents held largely below 2% this spring."), "Rents");
  EXPECT_NE(OnlySubject("Turnout came in again above 70%."), "again");
  EXPECT_EQ(OnlySubject("The plant must keep nitrate below 0.4%."), "nitrate");
}

// After "12% less/more" only a noun is what the share counts; an adverb
// closing the clause leaves the clause's subject.
TEST(FigureUnseenSubjectsTest, AnAdverbAfterAShareComparativeIsNoNoun) {
  EXPECT_EQ(OnlySubject("Shoppers spent 8% less overall in March."),
            "Shoppers");
  EXPECT_NE(OnlySubject("Farmers earned 6% more abroad last year."), "abroad");
  EXPECT_NE(OnlySubject("Buses ran 10% more often in 2024."), "often");
  EXPECT_NE(OnlySubject("Buses ran 10% less frequently in 2024."),
            "frequently");
  EXPECT_EQ(OnlySubject("The mill burned 12% less coal than last year."),
            "coal");
}

// A capitalised "May" is the month, not a modal ending the noun before it.
TEST(FigureUnseenSubjectsTest, TheMonthMayIsNoModal) {
  EXPECT_EQ(OnlySubject("Prices of May wheat futures rose 3% on Friday."),
            "wheat futures");
}

// "in A and the rest in B" is a gapped clause: the second phrase has its
// own preposition, so it joins no first object.
TEST(FigureUnseenSubjectsTest, AGappedClauseJoinsNoSecondObject) {
  EXPECT_NE(OnlySubject("The bank lent 30 million euros in Peru and the rest "
                        "in Chile."),
            "Peru and the rest");
  EXPECT_NE(OnlySubject("The team spent 20 million pounds on strikers and the "
                        "coach on a new deal."),
            "strikers and the coach");
  EXPECT_EQ(OnlySubject("The club will spend $8 million on a new stand and a "
                        "training pitch before next season."),
            "new stand and a training pitch");
}

// A temperature a place name reached counts "temperature" only when the
// name is kept as its place: the output still says where.
TEST(FigureUnseenSubjectsTest, ATemperatureAPlaceReachedKeepsThePlace) {
  const std::vector<Figure> f =
      Find("On the plain, Lake Tarrin reached 47C in February.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_TRUE(f[0].subject() == "Lake Tarrin" ||
              (f[0].subject() == "temperature" && f[0].place() == "Lake Tarrin"))
      << f[0].subject() << " | " << f[0].place();
  // Both joined names; nearer than a place of the clause before.
  const std::vector<Figure> g =
      Find("Hill towns stayed cool, though heat in the state is rising, while "
           "Corvo and Lanser both passed 41C.");
  ASSERT_FALSE(g.empty());
  EXPECT_EQ(g.back().subject(), "temperature");
  EXPECT_EQ(g.back().place(), "Corvo and Lanser");
}

// The head opening the sentence keeps both joined objects and stands
// before a gerund phrase, as a lowercase head does.
TEST(FigureUnseenSubjectsTest, AHeadOpeningTheSentenceKeepsItsPhrase) {
  EXPECT_EQ(OnlySubject("Imports of rice and wheat fell 9% in May."),
            "Imports of rice and wheat");
  EXPECT_EQ(OnlySubject("Workers building the bridge earned 14% more this "
                        "year."),
            "Workers");
}

// An adjective ending ("-ive", "-ble") after "12% more" is no noun alone,
// but opens one when a noun follows it.
TEST(FigureUnseenSubjectsTest, AnAdjectiveShapeBeforeANounOpensTheNoun) {
  EXPECT_EQ(OnlySubject("The mill pressed 15% more olive oil than in 2023."),
            "olive oil");
  EXPECT_NE(OnlySubject("Tickets were 20% more expensive than in 2023."),
            "expensive");
  EXPECT_NE(OnlySubject("Tickets were 20% more expensive this year."),
            "expensive this");
}

// A place name opening with a Latin capital outside ASCII is a name too.
TEST(FigureUnseenSubjectsTest, ALatinCapitalNameReachingATemperatureIsAPlace) {
  const std::vector<Figure> f =
      Find("It was mild on the coast, while \xC3\x85lvik crossed 33C.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subject(), "temperature");
  EXPECT_EQ(f[0].place(), "\xC3\x85lvik");
}

}  // namespace
}  // namespace factwire
