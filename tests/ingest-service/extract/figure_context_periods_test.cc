// When a figure holds (time_scope) in shapes met on news text we had not
// tuned on: a year modifying the noun a figure is the level of, "for 2028",
// a named kind of year up to a month, a decade a change runs from, a season
// that recurs. Sentences written for these tests.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/extract/figures.h"
#include "tests/ingest-service/extract/figure_test_support.h"

namespace factwire {
namespace {

using figure_test::BySentence;
using figure_test::Find;
using v1::Figure;

TEST(FigureContextPeriodsTest, AYearModifyingTheClausesNounIsTheFiguresPeriod) {
  // Economics wire: the forecast's year before its noun; the old level
  // after "from" shares it.
  std::vector<Figure> f =
      Find("Economists cut their 2027 inflation forecast to 4.8% from 5.2%.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].time_scope(), "2027");
  EXPECT_EQ(f[1].time_scope(), "2027");
  f = Find("The 2026 draft budget puts spending at 90 billion rand.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "2026");
  // A year behind a comma or in a name modifies no noun of the clause.
  f = Find("Since its 2019 merger, the group has cut 400 jobs.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "");
}

TEST(FigureContextPeriodsTest, ForAYearNoNounFollowsIsAPeriod) {
  std::vector<Figure> f = Find(
      "The board said capital spending for 2028 would be held at around 9 "
      "billion rand.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "for 2028");
  EXPECT_EQ(f[0].subject(), "capital spending");
  f = Find("The target for 2030 is 45%.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "for 2030");
  // The year modifies the noun after it: no period of the figure.
  f = Find("Spending on venues for 2032 Games events reached $2 billion.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "");
}

TEST(FigureContextPeriodsTest, ANamedYearToAMonthIsOnePeriod) {
  // Commodity desk and public finance: a kind of year before "to" a month.
  std::vector<Figure> f = Find(
      "The ministry expects exports of up to 8 million tonnes in the "
      "marketing year to September.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "in the marketing year to September");
  f = Find("Wheat exports rose 11% in the financial year to March.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "in the financial year to March");
}

TEST(FigureContextPeriodsTest, ADecadeAChangeRunsFromAndARecurringSeason) {
  std::vector<Figure> f = Find(
      "Average temperatures in the valley had risen by 1.4C since the "
      "1980s.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "since the 1980s");
  f = Find("The reservoir loses 4,000 cubic metres each winter.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "each winter");
  f = Find("Crowds of 9,000 gather every summer.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "every summer");
}

TEST(FigureContextPeriodsTest, AReportingPeriodNamedOnceGovernsTheResultsAfter) {
  // Results wire: the period is named in the lead and not again.
  std::vector<Figure> f = BySentence(
      "Vostok Mills reported a 21% drop in net profit for the nine months to "
      "September. Net profit fell to 4.2 billion roubles from 5.3 billion, "
      "the company said on Friday. Revenue slipped 3% to 88 billion "
      "roubles.");
  ASSERT_EQ(f.size(), 5u);
  for (const Figure& g : f) {
    EXPECT_EQ(g.time_scope(), "nine months to September") << g.text();
  }
  // A period named since ends it; a figure of another subject keeps none.
  f = BySentence(
      "Kestrel Air's first-half profit rose 9% to $41 million. Sales in 2024 "
      "were $900 million. Profit margins were 4.1%. The airline employs "
      "2,300 pilots.");
  ASSERT_EQ(f.size(), 5u);
  EXPECT_EQ(f[3].time_scope(), "");
  EXPECT_EQ(f[4].time_scope(), "");
  // A period that reports no results is carried to nothing.
  f = BySentence("Rainfall was 40% below normal in the third quarter. Sales "
                 "fell 2%.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].time_scope(), "");
}

TEST(FigureContextPeriodsTest, ADurationAfterInTheIsTheSpanOfTheFigureBefore) {
  const std::vector<Figure> f =
      Find("It shipped 0.8 million tonnes in the six months.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].time_scope(), "six months");
}

TEST(FigureContextPeriodsTest, APlaceOpeningTheSentenceAsItsSubjectIsThePlace) {
  // Commodity desk, wire: a country is the clause's subject.
  std::vector<Figure> f =
      Find("Ukraine harvested 58.2 million tonnes of grain last year.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Ukraine");
  f = Find("Kenya will import 400,000 tonnes of maize this year.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Kenya");
  // A side in a match, an agent, another clause or another place between.
  EXPECT_EQ(Find("England scored 350 runs on the first day.")[0].place(), "");
  EXPECT_EQ(Find("France was named by a mere 4 per cent.")[0].place(), "");
  EXPECT_EQ(Find("Austria was only doing what 12 states already do.")[0]
                .place(),
            "");
  EXPECT_EQ(Find("Chile recalled its envoy to Lima and sought the release "
                 "of 14 fishermen.")[0]
                .place(),
            "");
}

// A year before a law, an act or a plan names the instrument, not when the
// clause's figure holds; before a periodic measure or an event it does.
TEST(FigureContextPeriodsTest, AYearNamingALawOrPlanIsNoPeriod) {
  std::vector<Figure> f = Find("The 2021 act limits letting fees to 3%.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "");
  f = Find("Its 2018 plan keeps class sizes under 30 pupils.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "");
  f = Find("The 2023 harvest reached 12 million tonnes.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "2023");
  f = Find("The 2019 floods forced 8,000 people from their homes.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "2019");
}

// A year before the event or period noun it dates, after "in" or "at", is
// the figure's period with its noun; the year of a topic ("a book on the
// 2016 election") is none.
TEST(FigureContextPeriodsTest, AYearDatingAnEventAfterTheFigureIsItsPeriod) {
  std::vector<Figure> f =
      Find("Turnout fell to 41.2%, down from 48% at the 2022 council "
           "elections.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].time_scope(), "");
  EXPECT_NE(f[1].time_scope().find("2022 council elections"),
            std::string::npos);
  f = Find("The board set aside $6.5 million for the 2026-27 fiscal year.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "2026-27 fiscal year");
  f = Find("She wrote 40 columns on the 2020 presidential election.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "");
}

// review23 #5: a dated event in a relative clause set off by commas dates
// that clause, not the main clause's figure; a figure inside the clause
// keeps it.
TEST(FigureContextPeriodsTest, ADatedEventInARelativeClauseDatesOnlyThatClause) {
  std::vector<Figure> f =
      Find("The mayor, who lost her seat in the 2021 local elections, said "
           "30 libraries would shut.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "");
  f = Find("The party, which won 12 seats at the 2021 local elections, "
           "was split.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].time_scope().find("2021 local elections"),
            std::string::npos);
}

// "the same period of 2023" is when the figure of its own phrase holds.
TEST(FigureContextPeriodsTest, TheSamePeriodOfAYearIsThePeriod) {
  std::vector<Figure> f =
      Find("The median wait grew to 39 weeks from 31 weeks in the same "
           "period of 2024.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].time_scope(), "");
  EXPECT_EQ(f[1].time_scope(), "same period of 2024");
  f = Find("Exports rose to 800 tonnes from 650 tonnes in the same quarter "
           "last year.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].time_scope(), "same quarter last year");
}

// "a year ago" and "a week earlier" are points in time wherever a figure's
// noun phrase ends or a clause opens; not after an unrelated noun.
TEST(FigureContextPeriodsTest, AYearAgoAfterTheFiguresNounIsItsPeriod) {
  std::vector<Figure> f =
      Find("That compares with 2,310 registered pharmacies a year ago.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "a year ago");
  f = Find("A week earlier, 14 climbers were rescued.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "A week earlier");
  f = Find("Output was 12% higher than a year earlier.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "a year earlier");
  f = Find("He dropped his forecast a year ago that prices would double "
           "within three years.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "");
}

// A dated sitting or contest after the figure ("at the 2025 examinations")
// is the earlier figure's period, not the sentence's "this year".
TEST(FigureContextPeriodsTest, ADatedSittingAfterTheFigureIsItsPeriod) {
  std::vector<Figure> f =
      Find("This year 95.4 per cent passed, up from 93.9 per cent at the "
           "2025 examinations.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].time_scope(), "at the 2025 examinations");
  f = Find("She won 3 medals in the 2022 championships.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "in the 2022 championships");
}

// A rate right after a figure ("a day") is its unit when a span follows it
// at once: the span says when the figure held. A deadline after the rate
// ("by 2030") leaves the rate the period.
TEST(FigureContextPeriodsTest, ASpanAfterARateIsWhenTheFigureHeld) {
  std::vector<Figure> f = Find(
      "The depot loaded about 260 lorries a day in August last year, the "
      "operator said.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "in August last year");
  f = Find("The line will carry 40,000 passengers a day by 2031.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "a day");
}

// A month with the year a period opener names is one period.
TEST(FigureContextPeriodsTest, AMonthOfLastOrThisYearIsOnePeriod) {
  std::vector<Figure> f =
      Find("Ticket sales fell 12% in March this year.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "in March this year");
  f = Find("The port handled 3.1 million tonnes from April last year.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "from April last year");
}

// A period adjective or a duration modifier before a sum the figure is the
// level of names its period, before the weekday the figure was given on.
TEST(FigureContextPeriodsTest, APeriodModifierOfTheSumIsTheFiguresPeriod) {
  std::vector<Figure> f = Find(
      "The council voted on Tuesday to raise the annual permit fee to "
      "$2,400.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "annual");
  f = Find("The miner posted a 12% fall in six-month net profit on Friday to "
           "$88 million.");
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[0].time_scope(), "six-month");
  EXPECT_EQ(f[2].time_scope(), "six-month");
  f = Find("The trust's annual income of nearly $3 million is falling.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "annual");
  // A duration before a noun that is no sum is how long, not when.
  f = Find("The club signed a two-year deal with 14 players on Monday.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].time_scope(), "Monday");
}

// A period adjective before a sum names no period for a figure that is not
// the sum's level: a count the clause goes on to give.
TEST(FigureContextPeriodsTest, APeriodModifierNamesOnlyTheSumsOwnLevel) {
  std::vector<Figure> f =
      Find("The annual levy will be refunded to 450 households.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "");
  f = Find("The weekly allowance reaches 80,000 carers on Thursday.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "Thursday");
  f = Find("The monthly rent is $950.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "monthly");
}

// "the past/last fortnight" is a period as "the past week" is.
TEST(FigureContextPeriodsTest, APastOrLastFortnightIsAPeriod) {
  std::vector<Figure> f = Find("Bookings fell 6% in the past fortnight.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "past fortnight");
  f = Find("Bookings fell 6% over the last fortnight.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "last fortnight");
}

// A range of months joined by a dash is a period ("the April-June period").
TEST(FigureContextPeriodsTest, ARangeOfMonthsIsAPeriod) {
  std::vector<Figure> f =
      Find("Exports rose 9% to 2.4 million tonnes in the April-June period.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].time_scope(), "April-June period");
  f = Find("Output fell to 310,000 barrels a day in March-May.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "in March-May");
}

// A fortnight is a period like a week: a rate's and a past point's.
TEST(FigureContextPeriodsTest, AFortnightIsAPeriod) {
  std::vector<Figure> f =
      Find("Support for the mayor fell to 31%, down from 36% a fortnight ago.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].time_scope(), "a fortnight ago");
  f = Find("Carers receive about 160 pounds a fortnight.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "a fortnight");
}

// A figure set off by commas between its noun and the verb shares the
// period after the verb; a person's age there does not.
TEST(FigureContextPeriodsTest, AFigureInAnAppositionSharesThePeriodAfter) {
  std::vector<Figure> f = Find(
      "The earlier peak, 4,210 megawatts, was reached in March 2019.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "in March 2019");
  f = Find("Lopez, 58, moved to the valley in 2009.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "");
}

// A season right after a figure is its period ("in the summer"); "for the
// quarter" before the verb is a results period.
TEST(FigureContextPeriodsTest, ASeasonAfterAFigureAndForTheQuarter) {
  std::vector<Figure> f =
      Find("The club spent about 5 million euros in the summer on players.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "in the summer");
  f = Find("Net profit for the quarter came in at 41 million rupees.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "for the quarter");
  f = Find("Revenue for the year was 3.2 billion rand.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "for the year");
  // not a period: "the years" are no one period
  f = Find("Prices for the years ahead were set at 40 rand.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "");
}

// The earlier sitting a figure right before it is compared with is its
// period: "last time", "at the previous polls", with the sitting's year.
TEST(FigureContextPeriodsTest, TheEarlierSittingAComparedFigureHeldAt) {
  std::vector<Figure> f =
      Find("Turnout was 38.4%, down from 47% at the previous local elections.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].time_scope(), "");
  EXPECT_EQ(f[1].time_scope(), "at the previous local elections");
  f = Find("Women made up 12% of candidates, up from 7% last time.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].time_scope(), "last time");
  f = Find("Turnout rose to 61%, from 54% at the last council election in 2022.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].time_scope(), "at the last council election in 2022");
  // not after a figure: no period of one
  f = Find("It was the last time prices rose 5%.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "");
}

// "and that" opens a second reported clause: its period is not the figure's
// before it, which keeps its own.
TEST(FigureContextPeriodsTest, AndThatOpensAClauseOfItsOwn) {
  std::vector<Figure> f = Find(
      "An engineer said snowfall since November had been 30% above normal "
      "and that road closures were likely from March.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "since November");
  f = Find("She said prices rose 4% and that wages fell in March.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "");
}

// A period adjective before a sum names the period of money a verb of
// reaching gives it, and it may open the sentence.
TEST(FigureContextPeriodsTest, APeriodAdjectiveBeforeASumReachedOrOpening) {
  std::vector<Figure> f =
      Find("He said weekly pay for drivers had reached 400 pounds.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "weekly");
  f = Find("Daily wages for porters are 900 rupees.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "Daily");
  // the sum's level only: not money a verb hands to others
  f = Find("The weekly allowance was paid to 800 carers.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "");
}

// A capitalized rate word opening a sentence before another capitalized
// word begins a name, not a period.
TEST(FigureContextPeriodsTest, ARateWordOpeningANameIsNoPeriod) {
  std::vector<Figure> f = Find("Daily Mirror sales reached 2 million pounds.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "");
  f = Find("Annually, about 400 people visit the cave.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "Annually");
}

// "for the quarter ended <date>" is one period with its end: the verb-like
// "ended" does not cut it to "for the quarter", and the subject stays.
TEST(FigureContextPeriodsTest, ForThePeriodEndedADateKeepsTheWholePeriod) {
  std::vector<Figure> f =
      Find("Sales for the quarter ended May 31 rose 9% to 2.6 billion rand.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].time_scope(), "quarter ended May 31");
  EXPECT_EQ(f[1].time_scope(), "quarter ended May 31");
  EXPECT_EQ(f[0].subject(), "Sales");
  f = Find("Operating profit for the year ended April was 70 million rand.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "year ended April");
}

// "for the season" closing a clause that holds no figure (a ban, a jail
// term) is no period of the figures in the clauses after it; opening the
// sentence, or after the clause's figure, it still is.
TEST(FigureContextPeriodsTest, ForThePeriodEndingAFigurelessClauseStaysThere) {
  std::vector<Figure> f =
      Find("She was suspended for the season, and her club was fined $8,000.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "");
  f = Find("The winger was dropped for the year after a fight in which 4 "
           "fans were injured.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "");
  f = Find("For the quarter, exports grew 6% to 900 million rand.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].time_scope(), "For the quarter");
  f = Find("Exports grew 6% for the year, the agency said.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "for the year");
}

// "fall" right after a figure is as often the act of falling as the US
// autumn: no period there; the other seasons, and "fall of <year>", are.
TEST(FigureContextPeriodsTest, TheFallRightAfterAFigureIsNoSeason) {
  std::vector<Figure> f =
      Find("The hiker dropped 20 metres in the fall and broke a leg.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "");
  f = Find("The team spent 3 million dollars in the winter on a new pitch.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "in the winter");
}

// A bare age in commas after a person noun takes no period from the verb
// after it; a restated amount with its unit still does.
TEST(FigureContextPeriodsTest, AnAgeInCommasAfterANounTakesNoPeriod) {
  std::vector<Figure> f =
      Find("The cyclist, 41, was injured in a crash in June 2023.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "");
  f = Find("Her nephew, 17, was detained on Friday.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "");
}

// A span of months after "between", a part of the day after a preposition
// of time, a round of a vote: when the figure holds.
TEST(FigureContextPeriodsTest, MonthsBetweenATimeOfDayOrARoundIsThePeriod) {
  std::vector<Figure> f =
      Find("Inspectors logged only 14 visits between May and August.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "between May and August");
  f = Find("Crews had reconnected about 52,000 homes by late evening.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "late evening");
  f = Find("Turnout fell to 44%, from 58% in the first round a week "
           "earlier.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].time_scope(), "first round");
  f = Find("Turnout was 44%, down from 58% in the first round three weeks "
           "earlier.");
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[1].time_scope(), "first round");
  EXPECT_EQ(f[2].time_scope(), "");  // "three weeks earlier" is a time itself
  // A round of something else is no sitting; "late" before a noun of no
  // day part is no time.
  f = Find("The second round of talks drew 30 delegates.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "");
}

// A band of ages holds at no period (a single age keeps one); a period
// inside a condition is no period of a figure before it.
TEST(FigureContextPeriodsTest, AgeBandsAndConditionsTakeNoPeriod) {
  std::vector<Figure> f = Find(
      "The study ran between March and June and followed 600 children "
      "between the ages of 8 and 12.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].time_scope(), "between March and June");
  EXPECT_EQ(f[1].text(), "between the ages of 8 and 12");  // one band
  EXPECT_EQ(f[1].time_scope(), "");
  f = Find("In 2019, adults aged 30 to 45 made up 41% of buyers.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].time_scope(), "");
  EXPECT_EQ(f[1].time_scope(), "In 2019");
  f = Find("In 1998, at age 31, she won the seat.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "In 1998");
  f = Find("About 55% of members said they would back the plan if no deal "
           "is reached in the second round.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "");
}

// "The first round" is a sitting of a vote only in a sentence about one
// (review26 A#7): a funding round is no time.
TEST(FigureContextPeriodsTest, ARoundIsASittingOnlyOfAVote) {
  std::vector<Figure> f =
      Find("The startup raised $20 million in the first round, led by a "
           "fund from Lisbon.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "");
  f = Find("The mayor won 52% of the ballots in the first round.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "first round");
}

// Two months after "between" are no span when a capitalized word follows
// the second, which then opens a name (review26 A#8).
TEST(FigureContextPeriodsTest, MonthsBeforeANameAreNoSpan) {
  std::vector<Figure> f =
      Find("Rents rose 4% between May and June Okafor's arrival.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "");
  f = Find("Rents rose 4% between May and June, the agency said.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "between May and June");
}

}  // namespace

}  // namespace factwire
