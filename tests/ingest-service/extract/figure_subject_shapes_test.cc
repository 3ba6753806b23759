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

using figure_test::BySentence;
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
  EXPECT_EQ(OnlySubject("Police found 14 bags of heroin."),
            "bags of heroin found");
  // Not a pronoun or a determiner's noun phrase after "of".
  const std::vector<Figure> f =
      Find("He named 40 players, and three of them were hurt.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "players");
  EXPECT_EQ(OnlySubject("They questioned 300 residents of the estate."),
            "residents questioned");
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
  // An age before its own noun in apposition to a name describes the
  // person named (AnAgeInAppositionToANameCountsThePerson).
  EXPECT_EQ(OnlySubject("Police named her as Ana Reis, a 45-year-old nurse."),
            "Ana Reis");
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

TEST(FigureSubjectShapesTest, AHeadNounBeforeAPlaceWithItsOwnersCountIsTheSubject) {
  // "across the region's 14 districts" places the head; its count is no
  // subject of the clause's figures.
  std::vector<Figure> f = Find(
      "Turnout across the region's 14 districts was 52.3 per cent, down "
      "from 61 per cent.");
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[0].subject(), "districts");
  EXPECT_EQ(f[1].subject(), "Turnout");
  EXPECT_EQ(f[2].subject(), "Turnout");
  f = Find("Turnout across Wales's 22 councils was 38 per cent.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "Turnout");
}

TEST(FigureSubjectShapesTest, AnAgeInAppositionToANameCountsThePerson) {
  EXPECT_EQ(OnlySubject("Amara Diallo, a 39-year-old former teacher, won "
                        "the seat."),
            "Amara Diallo");
  EXPECT_EQ(OnlySubject("\"It is too late,\" said Tigran Hakobyan, a "
                        "61-year-old farmer."),
            "Tigran Hakobyan");
  EXPECT_EQ(OnlySubject("\"We are tired,\" said Mensah, 33."), "Mensah");
  // No name before the comma: the noun after the age.
  EXPECT_EQ(OnlySubject("Police arrested a 52-year-old Spanish businessman."),
            "Spanish businessman");
  // A place before the comma is no person.
  EXPECT_EQ(OnlySubject("They met in Old Town, a 300-year-old district."),
            "district");
}

TEST(FigureSubjectShapesTest, ANounStandingForAnEarlierFigureTakesItsSubject) {
  std::vector<Figure> f = Find(
      "The pass rate was 58 per cent, while in Kingston the figure was 44 "
      "per cent and in Portland 39 per cent.");
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[1].subject(), "pass rate");
  EXPECT_EQ(f[2].subject(), "pass rate");
  f = BySentence("Turnout was 48 per cent. In the capital it was below 40 "
                 "per cent.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "Turnout");
  f = BySentence("Turnout was 48 per cent. The figure was 40 per cent in "
                 "the capital.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "Turnout");
}

TEST(FigureSubjectShapesTest, ARivalsCountAfterAgainstCountsTheSameNoun) {
  std::vector<Figure> f = Find(
      "She won 14,210 votes, or 51.2 per cent, against 12,980 for the "
      "sitting mayor.");
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[2].subject(), "votes won");
}

TEST(FigureSubjectShapesTest, TheAgeStandingForAPersonCountsWhoHadItBefore) {
  std::vector<Figure> f = BySentence(
      "The jury cleared Maren Holt, 58, of all charges. Outside the court "
      "the 58-year-old told reporters she was relieved.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "Maren Holt");
  EXPECT_EQ(f[1].subject(), "Maren Holt");
}

TEST(FigureSubjectShapesTest, AStatisticAfterAnActionsVerbIsNoSubject) {
  // "a median of", "an average of" is how the amount is summed up, not what
  // it counts.
  EXPECT_EQ(OnlySubject("Patients waited a median of 11.2 hours."), "");
  EXPECT_EQ(OnlySubject("Users spent an average of nine minutes a day on "
                        "the site."),
            "");
  // After a verb of quantity the subject is the clause's.
  EXPECT_EQ(OnlySubject("Rents rose to an average of \u00a31,335."), "Rents");
}

TEST(FigureSubjectShapesTest, PresentVerbBeforeAStatisticGivesNoSubject) {
  // The present tense reads like the past: the statistic is how the amount
  // is summed up, whatever the verb's tense.
  EXPECT_EQ(OnlySubject("Drivers wait a median of 40 minutes at the border."),
            "");
  EXPECT_EQ(OnlySubject("Nurses work an average of 51 hours a week."), "");
  EXPECT_EQ(OnlySubject("They travel an average of 14 kilometres."), "");
  // After a verb of quantity or a form of "be" the subject stays.
  EXPECT_EQ(OnlySubject("Fares rose to an average of \u00a34.20."), "Fares");
}

TEST(FigureSubjectShapesTest, MoneyForAVerbWithACountedObjectTakesBoth) {
  std::vector<Figure> f =
      Find("The hospital will spend $14.5 million to recruit 60 nurses.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "recruit 60 nurses");
  EXPECT_EQ(f[1].subject(), "nurses");
  EXPECT_EQ(OnlySubject("The city set aside $400 million to repair roads."),
            "repair roads");
}

TEST(FigureSubjectShapesTest, MoneyInAPeriodOrSessionCountsTheClauseSubject) {
  // "in the April-June period", "in Toronto trading" say when, not what.
  EXPECT_EQ(figure_test::Subjects("Turnover climbed 9% to $820 million in "
                                  "the April-June period."),
            (std::vector<std::string>{"Turnover", "Turnover"}));
  EXPECT_EQ(figure_test::Subjects("Shares of the miner closed 2% higher at "
                                  "C$12.40 in Toronto trading."),
            (std::vector<std::string>{"Shares of the miner",
                                      "Shares of the miner"}));
  // A sum "in" a plain noun still counts it.
  EXPECT_EQ(OnlySubject("The court ordered the dealer to pay $90,000 in "
                        "damages."),
            "damages");
}

TEST(FigureSubjectShapesTest, TradingNamesASessionOnlyWithAMarketOrTime) {
  // Trading no market, place or time names is what the money was made or
  // lost in, not when.
  EXPECT_EQ(OnlySubject("The hedge fund lost $75 million in bond trading."),
            "bond trading");
  std::vector<Figure> f =
      Find("The bank made $1.4 billion in trading, up 8% on a year earlier.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "trading");
  EXPECT_EQ(OnlySubject("The trader hid $3 million in dealings with a "
                        "shell company."),
            "dealings");
  // A market, a time or the session's pace before it, or a day or market
  // after it, makes it a session: the clause subject counts.
  EXPECT_EQ(OnlySubject("Shares of the brewer ended at 412 pence in London "
                        "trading."),
            "Shares of the brewer");
  EXPECT_EQ(OnlySubject("The stock slipped to $18.20 in heavy trading."),
            "stock");
  EXPECT_EQ(OnlySubject("The stock slipped to $18.20 in Tuesday's trading."),
            "stock");
  EXPECT_EQ(OnlySubject("The stock slipped to $18.20 in trading on Tuesday."),
            "stock");
  EXPECT_EQ(OnlySubject("The stock slipped to $18.20 in trading on the "
                        "Nasdaq."),
            "stock");
  // A share, stock or price whose move the clause tells: a bare "in
  // trading" is when it moved.
  EXPECT_EQ(OnlySubject("The stock lost $4 in trading after the report."),
            "stock");
  EXPECT_EQ(OnlySubject("Shares of the miner fell $2 in trading."),
            "Shares of the miner");
}

TEST(FigureSubjectShapesTest, ACountAfterAVerbOfReportingOpensAClause) {
  // "that" left out: the count is the reported clause's subject, and the
  // verb after it is that clause's verb, no participle saying which ones.
  EXPECT_EQ(OnlySubject("The survey showed 60 shops closed in the town "
                        "centre."),
            "shops");
  EXPECT_EQ(OnlySubject("The hospital reported 14 patients waited in "
                        "corridors."),
            "patients");
  // After another verb the participle phrase still says which ones.
  EXPECT_EQ(OnlySubject("The charity fed 300 families affected by the "
                        "floods."),
            "families affected by the floods");
}

TEST(FigureSubjectShapesTest, LevelAfterARiseInANounCountsTheNoun) {
  // "a 23% rise in X to <level>": the level is X's, past a period modifier.
  std::vector<Figure> f = Find("The bank posted a 23% rise in first-half net "
                               "income to \u20ac410 million.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "net income");
  f = Find("The group reported a 12% fall in annual profit on Tuesday to "
           "\u00a396 million.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "annual profit");
  // Growth with no amount or article of its own is no such change.
  EXPECT_NE(Find("Its revenue growth in constant currency rose to 5%.")[0]
                .subject(),
            "constant currency");
}

TEST(FigureSubjectShapesTest, MoneyAfterAVerbAndItsBareObjectIsTheSubjects) {
  // "earned Kenya $1.2 billion", "cost farmers $40 million": the first
  // object gets or pays; the clause subject earns or costs.
  EXPECT_EQ(OnlySubject("Tea exports earned Kenya about $1.2 billion."),
            "Tea exports");
  EXPECT_EQ(OnlySubject("The strike cost farmers $40 million."), "strike");
}

TEST(FigureSubjectShapesTest, ALabelLineCountsItsMeasureNoun) {
  EXPECT_EQ(OnlySubject("Attendance: 9,312."), "Attendance");
  EXPECT_EQ(OnlySubject("Ticket prices: $25."), "Ticket prices");
  // A name before the colon is whose the figure is, not what it counts.
  EXPECT_EQ(OnlySubject("Okafor: 12."), "");
  EXPECT_EQ(OnlySubject("Maria Lopez: 1,204."), "");
}

TEST(FigureSubjectShapesTest, ACountKeepsAParticiplePhraseSayingWhichOnes) {
  EXPECT_EQ(Find("She was one of 12 pupils injured in the crash.")[0]
                .subject(),
            "pupils injured in the crash");
  EXPECT_EQ(figure_test::Subjects("The Greens took nine of the 40 seats won "
                                  "by left-wing parties."),
            (std::vector<std::string>{"seats won by left-wing parties",
                                      "seats won by left-wing parties"}));
  // A count that is the clause subject takes the -ed word as its verb.
  EXPECT_EQ(OnlySubject("Eight candidates went on the attack."), "candidates");
  EXPECT_EQ(Find("When the two men talked at the summit, they agreed.")[0]
                .subject(),
            "men");
}

TEST(FigureSubjectShapesTest, ANumberOfNounsWithAParticiplePhraseCounts) {
  // "the number of pupils enrolled in state schools rose": the participle
  // says which pupils; the level after ", to" past the change's span too.
  EXPECT_EQ(figure_test::Subjects("The number of pupils enrolled in state "
                                  "schools rose by 11% in five years, to "
                                  "812,000.")[2],
            "number of pupils enrolled");
  EXPECT_EQ(figure_test::Subjects("The number of pupils enrolled in state "
                                  "schools rose by 11% in five years, to "
                                  "812,000.")[0],
            "number of pupils enrolled");
}

}  // namespace
}  // namespace factwire
