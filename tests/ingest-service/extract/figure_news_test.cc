// Figure classes met in news copy: periods, changes, ages, labels, phone
// numbers, qualifiers before an article, subjects and time scopes.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/extract/figures.h"
#include "tests/ingest-service/extract/figure_test_support.h"

namespace factwire {
namespace {

using figure_test::BySentence;
using figure_test::Find;
using figure_test::Texts;
using v1::Figure;

using Strings = std::vector<std::string>;

TEST(FigureNewsTest, APeriodTheSentenceIsAboutIsATimeScopeAndAFigure) {
  const std::vector<Figure> f =
      Find("The trust expects a deficit of £9.1m over the next four years.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].text(), "£9.1m");
  EXPECT_EQ(f[0].time_scope(), "next four years");
  EXPECT_EQ(f[1].text(), "four years");
  EXPECT_EQ(f[1].dimension(), v1::DIMENSION_DURATION);
  EXPECT_EQ(f[1].unit(), "year");
  EXPECT_DOUBLE_EQ(f[1].value(), 4);
  EXPECT_EQ(f[1].qualifier(), v1::QUALIFIER_EXACT);
  EXPECT_EQ(Texts("Admissions fell 6% over the past 18 months."),
            (Strings{"6%", "18 months"}));
  EXPECT_EQ(Texts("Snow is forecast for the next two days."),
            Strings{"two days"});
  // When, not how long: a time counted back from now, and a reporting
  // window ending at a date (the time scope of the figure it bounds).
  EXPECT_EQ(Texts("Rents stood at 5.2% three years ago."), Strings{"5.2%"});
  const std::vector<Figure> window =
      Find("Lending grew 3% in the six months to March 31.");
  ASSERT_EQ(window.size(), 1u);
  EXPECT_EQ(window[0].time_scope(), "in the six months to March 31");
  // A length of time is a figure.
  EXPECT_EQ(Texts("She was banned from driving for two years."),
            Strings{"two years"});
  EXPECT_EQ(Texts("The road will shut for the next five weeks and more "
                  "than three weeks."),
            (Strings{"five weeks", "more than three weeks"}));
}

TEST(FigureNewsTest, FromOneLevelToAnotherAfterAChangeVerbIsTwoFigures) {
  EXPECT_EQ(Texts("Parking charges will go up from £1.50 to £2."),
            (Strings{"£1.50", "£2"}));
  EXPECT_EQ(Texts("The plan would cut the tax rate from 7% to 6.5%."),
            (Strings{"7%", "6.5%"}));
  const std::vector<Figure> f =
      Find("Fees were raised from 5 to 8 percent last year.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].unit(), "percent");
  EXPECT_EQ(f[0].qualifier(), v1::QUALIFIER_EXACT);
  // Without a change verb "from ... to" stays a range.
  const std::vector<Figure> range =
      Find("Temperatures ranged from 5 to 8 degrees.");
  ASSERT_EQ(range.size(), 1u);
  EXPECT_EQ(range[0].qualifier(), v1::QUALIFIER_RANGE);
  EXPECT_DOUBLE_EQ(range[0].value_max(), 8);
}

TEST(FigureNewsTest, AYearBeforeToIsNotTheStartOfARange) {
  EXPECT_EQ(Texts("The population has grown since 2011 to 142,000."),
            Strings{"142,000"});
  EXPECT_EQ(Texts("We produced nothing in 2013-14."), Strings{});
}

TEST(FigureNewsTest, LabelsAndGroupedPhoneNumbersAreNotFigures) {
  EXPECT_EQ(Texts("The crash closed the M62 at junction 44 overnight."),
            Strings{});
  EXPECT_EQ(Texts("Call 0113 496 0123 for bookings."), Strings{});
  EXPECT_EQ(Texts("Call 020 7946 0958 or visit 12 shops."), Strings{"12"});
}

TEST(FigureNewsTest, AQualifierBeforeAnArticleQualifiesTheNumber) {
  const std::vector<Figure> f =
      Find("Traders see about a 70% chance of a cut.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text(), "about a 70%");
  EXPECT_EQ(f[0].qualifier(), v1::QUALIFIER_APPROXIMATE);
  EXPECT_DOUBLE_EQ(f[0].value(), 70);
  EXPECT_EQ(Find("Sales saw more than a 20% drop.")[0].qualifier(),
            v1::QUALIFIER_MORE_THAN);
  // "over a" opens a period, not a quantity.
  const std::vector<Figure> career = Find("Over a 40-year career he won.");
  ASSERT_EQ(career.size(), 1u);
  EXPECT_EQ(career[0].text(), "40-year");
  EXPECT_EQ(career[0].qualifier(), v1::QUALIFIER_EXACT);
}

TEST(FigureNewsTest, AgesListedAfterAnAgeAndAgeLimitsForPeople) {
  const std::vector<Figure> f =
      Find("Three men, aged 31, 35 and 42, were charged.");
  ASSERT_EQ(f.size(), 4u);
  for (int i = 1; i < 4; ++i) {
    EXPECT_EQ(f[i].dimension(), v1::DIMENSION_AGE) << f[i].text();
    EXPECT_EQ(f[i].unit(), "year");
  }
  EXPECT_EQ(f[0].dimension(), v1::DIMENSION_COUNT);
  const std::vector<Figure> limit = Find("Children under 16 missed a dose.");
  ASSERT_EQ(limit.size(), 1u);
  EXPECT_EQ(limit[0].dimension(), v1::DIMENSION_AGE);
  EXPECT_EQ(limit[0].qualifier(), v1::QUALIFIER_LESS_THAN);
  // Not an age: the number counts something else, or no person is named.
  EXPECT_EQ(Find("The store sold over 40 bikes.")[0].dimension(),
            v1::DIMENSION_COUNT);
  EXPECT_EQ(Find("Prices rose by 3, 4 and 5 points.")[1].dimension(),
            v1::DIMENSION_COUNT);
}

TEST(FigureNewsTest, AnOrdinalJoinedToAWordIsNotAFraction) {
  EXPECT_EQ(Texts("He backed a third-party candidate."), Strings{});
  EXPECT_EQ(Texts("It is the fourth-largest bank."), Strings{});
  EXPECT_EQ(Texts("A third of voters stayed home."), Strings{"A third"});
}

TEST(FigureNewsTest, SubjectOfAFigureThatModifiesANoun) {
  EXPECT_EQ(Find("The council faces a £23.5m funding gap.")[0].subject(),
            "funding gap");
  EXPECT_EQ(Find("Traders see about a 70% chance of a cut.")[0].subject(),
            "chance");
  EXPECT_EQ(Find("The club plays at a 3,500-seat stadium.")[0].subject(),
            "seat stadium");
  EXPECT_EQ(Find("The 31-page agreement includes a pledge.")[0].subject(),
            "page agreement");
}

TEST(FigureNewsTest, SubjectBeforeAPlaceAndAfterAChangeVerb) {
  EXPECT_EQ(
      Find("House prices in the district averaged £287,000.")[0].subject(),
      "House prices");
  EXPECT_EQ(Find("Seizures of fentanyl at the border rose to 27,000 pounds.")[0]
                .subject(),
            "Seizures of fentanyl");
  const std::vector<Figure> cut =
      Find("The plan would cut the corporate tax rate from 7% to 6.5%.");
  ASSERT_EQ(cut.size(), 2u);
  EXPECT_EQ(cut[0].subject(), "corporate tax rate");
  EXPECT_EQ(cut[1].subject(), "corporate tax rate");
  const Figure total =
      Find("Spending would total $48.3 billion in fiscal 2025.")[0];
  EXPECT_EQ(total.subject(), "Spending");
  EXPECT_EQ(total.time_scope(), "fiscal 2025");
  EXPECT_EQ(Find("It adds $400 million to repair roads.")[0].subject(),
            "repair roads");
}

TEST(FigureNewsTest, APeriodOrPlaceBelongsToTheFigureOfItsClause) {
  const std::vector<Figure> rate =
      Find("The jobless rate rose to 3.9% from 3.7% in January.");
  ASSERT_EQ(rate.size(), 2u);
  EXPECT_EQ(rate[0].time_scope(), "");
  EXPECT_EQ(rate[1].time_scope(), "in January");
  const std::vector<Figure> cases = Find(
      "Officials reported 64 cases in 17 states in the first three "
      "months of the year.");
  ASSERT_EQ(cases.size(), 3u);
  EXPECT_EQ(cases[0].time_scope(), "first three months");
  EXPECT_EQ(cases[1].time_scope(), "first three months");
  EXPECT_EQ(cases[2].text(), "three months");  // the period is a figure too
  const std::vector<Figure> fees = Find(
      "Parking costs £2 an hour, and the garden waste fee will rise to "
      "£55.");
  ASSERT_EQ(fees.size(), 2u);
  EXPECT_EQ(fees[0].time_scope(), "an hour");
  EXPECT_EQ(fees[1].time_scope(), "");
  const std::vector<Figure> homes = Find(
      "Prices averaged £287,000 last year, up 2.3 per cent, while rents "
      "climbed to £950 a month.");
  ASSERT_EQ(homes.size(), 3u);
  EXPECT_EQ(homes[1].time_scope(), "last year");
  EXPECT_EQ(homes[2].time_scope(), "a month");
}

TEST(FigureNewsTest, CoinsSpeedsAndAbsoluteZero) {
  // A quarter alone is a coin; a quarter of something is a fraction.
  EXPECT_EQ(Find("Four quarters.")[0].unit(), "USD");
  EXPECT_DOUBLE_EQ(Find("Four quarters.")[0].value(), 1);
  EXPECT_EQ(Find("A quarter of voters stayed home.")[0].unit(), "");
  EXPECT_EQ(Find("Sales rose a quarter.")[0].unit(), "");
  const Figure speed = Find("Bolt reached about 44.72 km/h in Berlin.")[0];
  EXPECT_EQ(speed.unit(), "kilometre per hour");
  EXPECT_EQ(speed.dimension(), v1::DIMENSION_SPEED);
  EXPECT_EQ(speed.normalized_unit(), "m/s");
  const Figure zero = Find("Helium stays liquid near absolute zero.")[0];
  EXPECT_EQ(zero.text(), "absolute zero");
  EXPECT_EQ(zero.unit(), "kelvin");
  EXPECT_DOUBLE_EQ(zero.value(), 0);
  EXPECT_NEAR(zero.normalized_value(), -273.15, 1e-9);
  EXPECT_EQ(Find("The score was zero.")[0].unit(), "");
}

TEST(FigureNewsTest, MagnitudesAndCleanScaledValues) {
  const Figure quake =
      Find("A magnitude 7.8 earthquake struck southern Turkey.")[0];
  EXPECT_EQ(quake.text(), "magnitude 7.8");
  EXPECT_EQ(quake.unit(), "magnitude");
  EXPECT_EQ(quake.subject(), "earthquake");
  EXPECT_EQ(Find("It detected a 5.1-magnitude earthquake.")[0].unit(),
            "magnitude");
  // 34.2 * 1e9 is 34200000000.000004 in doubles; the figure says 34.2e9.
  EXPECT_EQ(Find("Damage reached $34.2 billion.")[0].value(), 34200000000.0);
  EXPECT_EQ(Find("That one costs 3 dimes.")[0].value(), 0.3);
  EXPECT_DOUBLE_EQ(Find("A third of voters stayed home.")[0].value(), 1.0 / 3);
  const Figure snow = Find("More than a foot of snow fell overnight.")[0];
  EXPECT_EQ(snow.text(), "More than a foot");
  EXPECT_EQ(snow.qualifier(), v1::QUALIFIER_MORE_THAN);
  EXPECT_EQ(snow.subject(), "snow");
}

TEST(FigureNewsTest, MoreSubjectsFromNewsCopy) {
  const std::vector<Figure> shares =
      Find("Shares rose 2.1% to $181.20 in late trading.");
  ASSERT_EQ(shares.size(), 2u);
  EXPECT_EQ(shares[1].subject(), "Shares");
  EXPECT_EQ(
      Find("Its services business hit a record $22.3 billion.")[0].subject(),
      "services business");
  const std::vector<Figure> seats = Find("Labour won 412 of the 650 seats.");
  ASSERT_EQ(seats.size(), 2u);
  EXPECT_EQ(seats[0].subject(), "seats");
  EXPECT_EQ(
      Find("About one in four voters under 25 backed the Greens.")[1].subject(),
      "voters");
  EXPECT_EQ(Find("He takes office with inflation at 2 per cent.")[0].subject(),
            "inflation");
  EXPECT_EQ(
      Find("The bank put the direct damage at $34.2 billion.")[0].subject(),
      "direct damage");
  EXPECT_EQ(Find("Trump now sits at 40%.")[0].subject(), "");
  EXPECT_EQ(Find("It returned $25 billion to shareholders.")[0].subject(), "");
}

TEST(FigureNewsTest, APointInTimeIsNotAFrequency) {
  EXPECT_EQ(Find("Revenue fell 1% from a year earlier.")[0].time_scope(),
            "a year earlier");
  EXPECT_EQ(Find("Rents rose to £950 a month.")[0].time_scope(), "a month");
  EXPECT_EQ(Find("A second tremor of magnitude 7.5 followed.")[0].time_scope(),
            "");
  EXPECT_EQ(Texts("Sales rose 5% in the three months to September 30."),
            Strings{"5%"});
}

TEST(FigureNewsTest, RaceDistancesAndAccelerations) {
  const Figure race = Find("She won the 5k race in 17 minutes.")[0];
  EXPECT_EQ(race.text(), "5k");
  EXPECT_EQ(race.unit(), "km");
  EXPECT_DOUBLE_EQ(race.value(), 5);
  EXPECT_EQ(Find("About 2,000 people joined the 10K fun run.")[1].unit(), "km");
  // Elsewhere k is a thousand.
  EXPECT_DOUBLE_EQ(Find("He earned 50k last year.")[0].value(), 50000);
  const Figure g = Find("Gravity is 9.8 m/s2 at sea level.")[0];
  EXPECT_EQ(g.unit(), "metre per square second");
  EXPECT_EQ(Find("It fell at 9.83e-3 km/s2 there.")[0].unit(),
            "kilometre per square second");
  EXPECT_EQ(Find("He ran at 10 m/s today.")[0].unit(), "metre per second");
}

TEST(FigureNewsTest, ConcentrationsAndWordsThatAreNoUnits) {
  const Figure co2 = Find("CO2 reached 419 parts per million in May.")[0];
  EXPECT_EQ(co2.text(), "419 parts per million");
  EXPECT_EQ(co2.unit(), "part per million");
  EXPECT_EQ(Find("It rose 2.4 ppm.")[0].unit(), "part per million");
  const Figure riders =
      Find("Journeys fell to 4.1 million in the year to March.")[0];
  EXPECT_EQ(riders.text(), "4.1 million");
  EXPECT_EQ(riders.dimension(), v1::DIMENSION_COUNT);
  EXPECT_EQ(Find("The door is 2 1/2 in thick.")[0].unit(), "in");
}

TEST(FigureNewsTest, SubjectsStopAtPrepositionsAndPeriods) {
  EXPECT_EQ(Find("They dumped 3 tonnes of waste near the M1.")[0].subject(),
            "waste");
  const std::vector<Figure> reports =
      Find("Police had 1,250 cases, up from 980 a year earlier.");
  ASSERT_EQ(reports.size(), 2u);
  EXPECT_EQ(reports[1].subject(), "cases");  // not "year"
  EXPECT_EQ(reports[1].time_scope(), "a year earlier");
  EXPECT_EQ(
      Find("Passenger numbers on the existing line fell 12%.")[0].subject(),
      "Passenger numbers");
  // After "of" the phrase before the preposition is not skipped.
  EXPECT_EQ(Find("They cast doubt on the official jobless rate of 4.9%.")[0]
                .subject(),
            "official jobless rate");
}

TEST(FigureNewsTest, InternationalPhonesIdiomsAndDashedRatios) {
  EXPECT_EQ(Texts("Call +1 202-555-0143 today."), Strings{});
  EXPECT_EQ(Texts("Dial +44 20 7946 0958 now."), Strings{});
  EXPECT_EQ(Texts("Shares rose +5% on Monday."), Strings{"5%"});
  EXPECT_EQ(Texts("They held a one-on-one debate."), Strings{});
  const Figure odds = Find("There is a one-in-five chance of rain.")[0];
  EXPECT_EQ(odds.text(), "one-in-five");
  EXPECT_EQ(odds.dimension(), v1::DIMENSION_RATIO);
  EXPECT_DOUBLE_EQ(odds.value(), 0.2);
  EXPECT_EQ(odds.subject(), "chance");
  const std::vector<Figure> growth =
      Find("Revenue grew 4.5% year-on-year to $3.2 billion.");
  ASSERT_EQ(growth.size(), 2u);
  EXPECT_EQ(growth[1].subject(), "Revenue");
}

TEST(FigureNewsTest, WithinBoundsAnAmountAndOlderOrYoungerBoundsAnAge) {
  const Figure days = Find("The patients died within 42 days of surgery.")[0];
  EXPECT_EQ(days.text(), "within 42 days");
  EXPECT_EQ(days.qualifier(), v1::QUALIFIER_AT_MOST);
  // A distance "within ... of" a place is a place range, no limit: it
  // stands as said.
  EXPECT_EQ(Find("He lived within 5 km of the plant.")[0].qualifier(),
            v1::QUALIFIER_EXACT);
  // "within" before a period or a place is no qualifier: the period is a
  // figure of its own.
  EXPECT_EQ(Texts("The bridge will reopen within the next two weeks."),
            Strings{"two weeks"});
  const Figure older = Find("The law covers drivers aged 70 or older.")[0];
  EXPECT_EQ(older.text(), "70 or older");
  EXPECT_EQ(older.qualifier(), v1::QUALIFIER_AT_LEAST);
  EXPECT_EQ(older.dimension(), v1::DIMENSION_AGE);
  EXPECT_EQ(Find("Women 40 and older were most at risk.")[0].qualifier(),
            v1::QUALIFIER_AT_LEAST);
  EXPECT_EQ(Find("It is free for children 12 and younger.")[0].qualifier(),
            v1::QUALIFIER_AT_MOST);
}

TEST(FigureNewsTest, ADecimalBeforeInAndAYearIsNoInches) {
  const std::vector<Figure> f =
      Find("The rate fell to 18.6 from 22.3 in 2022 and 32.9 in 2021.");
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[1].text(), "22.3");
  EXPECT_EQ(f[1].unit(), "");
  EXPECT_EQ(f[1].time_scope(), "in 2022");
  EXPECT_EQ(f[2].time_scope(), "in 2021");
  EXPECT_EQ(Find("The board is 3 in x 4 in.")[0].unit(), "in");
}

TEST(FigureNewsTest, AFigureComparedWithAnEarlierOneCountsWhatItCounts) {
  const std::vector<Figure> homes = Find(
      "The State will fund 12,500 new social homes next year, up from 10,000 "
      "this year.");
  ASSERT_EQ(homes.size(), 2u);
  EXPECT_EQ(homes[1].subject(), "new social homes");
  EXPECT_EQ(homes[1].time_scope(), "this year");
  const std::vector<Figure> deaths =
      Find("In all, 669 women died, compared with 817 the year before.");
  ASSERT_EQ(deaths.size(), 2u);
  EXPECT_EQ(deaths[1].subject(), "women");
  EXPECT_EQ(deaths[1].time_scope(), "year before");
  const std::vector<Figure> rate =
      Find("For Hispanic women, the rate fell to 12.4 from 16.9.");
  ASSERT_EQ(rate.size(), 2u);
  EXPECT_EQ(rate[1].subject(), "rate");
  const std::vector<Figure> receipts =
      Find("Receipts reached €28.1bn last year, up 19 per cent year on year.");
  ASSERT_EQ(receipts.size(), 2u);
  EXPECT_EQ(receipts[1].subject(), "Receipts");
  EXPECT_EQ(receipts[1].time_scope(), "year on year");
  // A point in time after "from" or "on" right after a change is the base
  // the change is measured over: its period, ahead of a month before it.
  EXPECT_EQ(Find("Revenue fell 1% from a year earlier.")[0].time_scope(),
            "a year earlier");
  EXPECT_EQ(Find("Prices reached £285,000 in August, up 4.1 per cent on a "
                 "year earlier.")[1]
                .time_scope(),
            "a year earlier");
  // Not when the point follows other words: "rose from a year earlier".
  EXPECT_EQ(Find("Sales of 5,000 rose from a year earlier.")[0].time_scope(),
            "");
}

TEST(FigureNewsTest, TheNounAfterAFigureUsedAsAModifierIsItsSubject) {
  EXPECT_EQ(Find("The entry point to the higher 40 per cent rate of income tax "
                 "will rise.")[0]
                .subject(),
            "rate");
  EXPECT_EQ(Find("Spending overshot the 5 per cent rule.")[0].subject(), "rule");
  const std::vector<Figure> rate =
      Find("The rate for Black women was 3.5 times the rate for white women.");
  ASSERT_EQ(rate.size(), 1u);
  // The factor is the clause subject's; the rate after it is the base.
  EXPECT_EQ(rate[0].subject(), "rate for Black women");
  EXPECT_EQ(Find("About 1,200 more women die each year.")[0].subject(), "women");
  EXPECT_EQ(Find("The firm cut 5,000 fewer jobs than planned.")[0].subject(),
            "jobs cut");
  EXPECT_EQ(Find("Roughly half of the state's 159 counties have no "
                 "obstetrician.")[0]
                .subject(),
            "counties");
  // Not before a pronoun's clause or an adverb.
  EXPECT_EQ(Find("They lost the 2 per cent they had gained.")[0].subject(), "");
  EXPECT_EQ(Find("Shares were up three times as often.")[0].subject(), "");
}

TEST(FigureNewsTest, ThePhraseBeforeWorthIsWhatTheMoneyIsFor) {
  EXPECT_EQ(Find("It offers income tax cuts worth €1.3bn and more.")[0]
                .subject(),
            "income tax cuts");
  EXPECT_EQ(Find("They signed a contract worth $5 billion.")[0].subject(),
            "contract");
  EXPECT_EQ(Find("The firm kept selling shares worth $5m.")[0].subject(),
            "shares");
}

TEST(FigureNewsTest, ARatePerAPowerOfTenIsOneRatioFigure) {
  const std::vector<Figure> births = Find(
      "The rate fell to 18.6 deaths per 100,000 live births in 2023.");
  ASSERT_EQ(births.size(), 1u);
  EXPECT_EQ(births[0].dimension(), v1::DIMENSION_RATIO);
  EXPECT_DOUBLE_EQ(births[0].value(), 18.6);
  EXPECT_EQ(births[0].subject(), "deaths");
  const std::vector<Figure> bare =
      Find("Women died at a rate of 59.8 per 100,000, the report found.");
  ASSERT_EQ(bare.size(), 1u);
  EXPECT_EQ(bare[0].text(), "59.8 per 100,000");
  EXPECT_EQ(bare[0].dimension(), v1::DIMENSION_RATIO);
  EXPECT_EQ(bare[0].subject(), "rate");
  EXPECT_EQ(Texts("There are 2.3 doctors per 1,000 people."), Strings{"2.3"});
  // A measure after "per" is the base of the rate before it, no figure of
  // its own.
  EXPECT_EQ(Texts("It costs $50 per 1,000 litres."), Strings{"$50"});
  EXPECT_EQ(Texts("They saw 12 cases per 365 days."), Strings{"12"});
}

TEST(FigureNewsTest, SubjectsBeforePassiveLevelsAuxiliariesAndAsides) {
  const std::vector<Figure> surplus =
      Find("The budget surplus is forecast at €8.6bn, down from €24.1bn.");
  ASSERT_EQ(surplus.size(), 2u);
  EXPECT_EQ(surplus[0].subject(), "budget surplus");
  EXPECT_EQ(surplus[1].subject(), "budget surplus");
  EXPECT_EQ(Find("Its street value was estimated at around 500 million "
                 "euros.")[0]
                .subject(),
            "street value");
  EXPECT_EQ(Find("Core spending growth, excluding once-off measures, will be "
                 "held at 5 per cent.")[0]
                .subject(),
            "Core spending growth");
  EXPECT_EQ(Find("The operation, which lasted 18 months, ended.")[0].subject(),
            "operation");
  EXPECT_EQ(Find("Sales are expected to reach $5 billion.")[0].subject(),
            "Sales");
  EXPECT_EQ(Find("The underlying deficit is somewhere between €5bn and "
                 "€7bn.")[0]
                .subject(),
            "underlying deficit");
  const std::vector<Figure> coca = Find(
      "Coca cultivation in Colombia rose 10% in 2023 to a record 253,000 "
      "hectares.");
  ASSERT_EQ(coca.size(), 2u);
  EXPECT_EQ(coca[1].subject(), "Coca cultivation");
}

TEST(FigureNewsTest, ABareNumberComparedWithARateOrNamedARateIsARate) {
  const std::vector<Figure> births = Find(
      "The rate fell to 18.6 deaths per 100,000 live births, down from 22.3 in "
      "2022.");
  ASSERT_EQ(births.size(), 2u);
  EXPECT_EQ(births[1].dimension(), v1::DIMENSION_RATIO);
  EXPECT_EQ(births[1].subject(), "deaths");
  const std::vector<Figure> rate =
      Find("For Hispanic women, the rate fell to 12.4 from 16.9.");
  ASSERT_EQ(rate.size(), 2u);
  EXPECT_EQ(rate[0].dimension(), v1::DIMENSION_RATIO);
  EXPECT_EQ(rate[1].dimension(), v1::DIMENSION_RATIO);
  // The nearest figure of the same dimension gives the subject.
  const std::vector<Figure> deaths = Find(
      "In all, 669 women died within 42 days of its end, compared with 817 the "
      "year before.");
  ASSERT_EQ(deaths.size(), 3u);
  EXPECT_EQ(deaths[2].subject(), "women");
  EXPECT_EQ(deaths[2].dimension(), v1::DIMENSION_COUNT);
  // A percentage named a rate stays a percentage.
  EXPECT_EQ(Find("The unemployment rate was 4.2%.")[0].dimension(),
            v1::DIMENSION_PERCENT);
}

TEST(FigureNewsTest, TheEdgeOfAPeriodIsATimeScope) {
  EXPECT_EQ(Find("Its balance will reach €20bn by the end of 2026.")[0]
                .time_scope(),
            "by the end of 2026");
  EXPECT_EQ(Find("The budget falls to £5m at the start of March.")[0]
                .time_scope(),
            "at the start of March");
  EXPECT_EQ(Find("Sales rose to 40 units by the end of the year.")[0]
                .time_scope(),
            "by the end of the year");
  EXPECT_EQ(Find("Shares traded at $5 at the close.")[0].time_scope(), "");
}

TEST(FigureNewsTest, TheTotalAVerbMovesToAFigureIsItsSubject) {
  const std::vector<Figure> toll =
      Find("The flood killed 12 more people, taking the death toll to 45.");
  ASSERT_EQ(toll.size(), 2u);
  EXPECT_EQ(toll[1].subject(), "death toll");
  EXPECT_EQ(Find("The transfer brings its balance to almost €20bn.")[0]
                .subject(),
            "balance");
  EXPECT_EQ(Find("The council will cut the budget to £5m.")[0].subject(),
            "budget");
  EXPECT_EQ(Find("He gave $5 to the man.")[0].subject(), "");
}

TEST(FigureNewsTest, APeriodToADateIsATimeScope) {
  EXPECT_EQ(Find("Journeys fell to 4.1 million in the year to March.")[0]
                .time_scope(),
            "in the year to March");
  EXPECT_EQ(Find("Sales rose 5% in the three months to September 30.")[0]
                .time_scope(),
            "in the three months to September 30");
  EXPECT_EQ(Find("Profit was $4.2 billion in the quarter ended June 30.")[0]
                .time_scope(),
            "in the quarter ended June 30");
}

TEST(FigureNewsTest, TheNounBeforeUpOrDownIsTheSubject) {
  EXPECT_EQ(Find("Households struggled, with prices up 2.1 per cent.")[0]
                .subject(),
            "prices");
  EXPECT_EQ(Find("They ended the day with shares down 3%.")[0].subject(),
            "shares");
  // A comma before "up" compares with the figure before instead.
  const std::vector<Figure> f =
      Find("Receipts reached €28.1bn, up 19 per cent.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "Receipts");
}

TEST(FigureNewsTest, PlacesNamedAfterAKindOfPlaceOrEnteredInto) {
  const Figure haul =
      Find("Police seized 13 tonnes of cocaine in the port of Algeciras.")[0];
  EXPECT_EQ(haul.place(), "Algeciras");
  EXPECT_EQ(haul.subject(), "cocaine");
  EXPECT_EQ(Find("They moved 25 tonnes of cocaine into Europe.")[0].place(),
            "Europe");
  const Figure sales = Find("Sales in the state of New York rose 5%.")[0];
  EXPECT_EQ(sales.place(), "New York");
  EXPECT_EQ(sales.subject(), "Sales");
  EXPECT_EQ(Find("The firm split into two units.")[0].place(), "");
}

TEST(FigureNewsTest, ASubjectRunsThroughADottedAbbreviation) {
  EXPECT_EQ(Find("The group said 35% of U.S. counties have no hospital.")[0]
                .subject(),
            "U.S. counties");
  EXPECT_EQ(Find("It hired 40 U.N. monitors.")[0].subject(),
            "U.N. monitors hired");
}

TEST(FigureNewsTest, ASubjectRunsThroughJoinedCapitalizedModifiers) {
  EXPECT_EQ(Find("The bricks bore logos of at least three Colombian and "
                 "Ecuadorian suppliers.")[0]
                .subject(),
            "Colombian and Ecuadorian suppliers");
  EXPECT_EQ(Find("They sent two British and French warships.")[0].subject(),
            "British and French warships sent");
  // Two plural nouns are two things: the first is what the number counts.
  EXPECT_EQ(Find("He met 5 Democrats and Republicans.")[0].subject(),
            "Democrats");
}

TEST(FigureNewsTest, AgeRangesAfterAgedAndAgesBoundedByOlderOrYounger) {
  const Figure range = Find("The suspects are aged between 23 and 67.")[0];
  EXPECT_EQ(range.dimension(), v1::DIMENSION_AGE);
  EXPECT_EQ(range.unit(), "year");
  EXPECT_DOUBLE_EQ(range.value_max(), 67);
  EXPECT_EQ(Find("Players aged from 16 to 18 may enter.")[0].dimension(),
            v1::DIMENSION_AGE);
  const Figure older = Find("Women 40 and older died at a higher rate.")[0];
  EXPECT_EQ(older.dimension(), v1::DIMENSION_AGE);
  EXPECT_EQ(older.subject(), "Women");
  EXPECT_EQ(Find("It is free for children 12 and younger.")[0].dimension(),
            v1::DIMENSION_AGE);
  EXPECT_EQ(Find("The index rose 5 points and older buildings fell.")[0]
                .dimension(),
            v1::DIMENSION_COUNT);
}

TEST(FigureNewsTest, RiseByAChangeToALevelIsTwoFigures) {
  const std::vector<Figure> f =
      Find("The entry point will rise by €2,000 to €46,000 this year.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].text(), "€2,000");
  EXPECT_EQ(f[0].qualifier(), v1::QUALIFIER_EXACT);
  EXPECT_EQ(f[1].text(), "€46,000");
  EXPECT_EQ(f[1].subject(), "entry point");
  // Close amounts, or a unit only at the end, are a range of the change.
  EXPECT_EQ(Find("Prices will rise by 5 to 10 per cent.")[0].qualifier(),
            v1::QUALIFIER_RANGE);
  EXPECT_EQ(Find("Fares rose by $5 to $10 a month.")[0].qualifier(),
            v1::QUALIFIER_RANGE);
}

TEST(FigureNewsTest, AChangeByThenALevelKeepsTheChangesQualifier) {
  const std::vector<Figure> f =
      Find("Monthly bus passes will go up by about $12 to $96 in July.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].text(), "about $12");
  EXPECT_EQ(f[0].qualifier(), v1::QUALIFIER_APPROXIMATE);
  EXPECT_EQ(f[1].text(), "$96");
  EXPECT_EQ(f[1].qualifier(), v1::QUALIFIER_EXACT);
  const std::vector<Figure> g =
      Find("The season ticket will rise by nearly £240 to £5,450.");
  ASSERT_EQ(g.size(), 2u);
  EXPECT_EQ(g[0].text(), "nearly £240");
  EXPECT_EQ(g[0].qualifier(), v1::QUALIFIER_APPROXIMATE);
}

TEST(FigureNewsTest, AnAgeAfterAgedCountsTheNounBefore) {
  EXPECT_EQ(Find("The suspects are aged between 23 and 67.")[0].subject(),
            "suspects");
  const std::vector<Figure> f = Find("Police held 41 people aged 23 to 67.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "people");
}

TEST(FigureNewsTest, WhatSellsForAPriceIsItsSubject) {
  EXPECT_EQ(Find("A gram of cocaine sells for about 60 euros on Spanish "
                 "streets.")[1]
                .subject(),
            "cocaine");
  EXPECT_EQ(Find("The painting sold for $1.2 million at auction.")[0]
                .subject(),
            "painting");
  EXPECT_EQ(Find("They paid $5 for lunch.")[0].subject(), "lunch");
}

TEST(FigureNewsTest, AFigureSetOffByCommasGivesTheAmountOfThePhraseBefore) {
  const Figure georgia = Find(
      "Georgia's own rate, about 28 per 100,000, is among the highest.")[0];
  EXPECT_EQ(georgia.subject(), "rate");  // the owner is the place
  EXPECT_EQ(georgia.place(), "Georgia");
  EXPECT_EQ(Find("The bonus, $5,000, was paid in May.")[0].subject(), "bonus");
  // Numbers in a list are no appositive.
  EXPECT_EQ(Find("He counted 15, 20, and 30 cars.")[1].subject(), "");
}

TEST(FigureNewsTest, TimesAfterAVerbCountsOccasionsNotAMultiple) {
  const Figure route = Find("The gang used the same route at least six times "
                            "since early last year.")[0];
  EXPECT_EQ(route.dimension(), v1::DIMENSION_COUNT);
  EXPECT_EQ(route.unit(), "");
  EXPECT_EQ(route.qualifier(), v1::QUALIFIER_AT_LEAST);
  EXPECT_EQ(Find("He was arrested three times.")[0].dimension(),
            v1::DIMENSION_COUNT);
  EXPECT_EQ(Find("It happens three times a year.")[0].dimension(),
            v1::DIMENSION_COUNT);
  // Before a compared noun, "as", a comparative, or after "is": a multiple.
  const Figure rate = Find("The rate was 3.5 times the rate for white women.")[0];
  EXPECT_EQ(rate.dimension(), v1::DIMENSION_RATIO);
  EXPECT_EQ(rate.unit(), "times");
  const Figure higher = Find("The rate was more than six times higher.")[0];
  EXPECT_EQ(higher.dimension(), v1::DIMENSION_RATIO);
  EXPECT_EQ(higher.subject(), "rate");
  EXPECT_EQ(Find("There were three times as many cases.")[0].dimension(),
            v1::DIMENSION_RATIO);
  EXPECT_EQ(Find("Its debt is three times.")[0].dimension(),
            v1::DIMENSION_RATIO);
  EXPECT_EQ(Find("The cost rose 3-fold.")[0].dimension(), v1::DIMENSION_RATIO);
}

TEST(FigureNewsTest, WhoEarnsOrPaysAnAmountIsItsSubject) {
  EXPECT_EQ(Find("A worker earning €50,000 will gain more.")[0].subject(),
            "worker");
  EXPECT_EQ(Find("Households paying £1,000 a month were hit hardest.")[0]
                .subject(),
            "Households");
  EXPECT_EQ(Find("The government is spending €5bn on roads.")[0].subject(),
            "roads");
  EXPECT_EQ(Find("They are raising €5bn.")[0].subject(), "money raised");
}

TEST(FigureNewsTest, ADistanceThatPlacesSomethingTakesNoOtherSubject) {
  const std::vector<Figure> quake = Find(
      "The quake struck at a depth of 10 km about 80 km south of the city.");
  ASSERT_EQ(quake.size(), 2u);
  EXPECT_EQ(quake[0].subject(), "depth");
  // Not the depth's subject: the distance to the place after the bearing.
  EXPECT_EQ(quake[1].subject(), "distance south of the city");
  EXPECT_EQ(Find("It hit 5 km of road, and cars parked 2 km away.")[1]
                .subject(),
            "");
  // A measure of the same thing still shares its subject.
  const std::vector<Figure> snow =
      Find("Snow reached 30cm in the hills and 10cm on the coast.");
  ASSERT_EQ(snow.size(), 2u);
  EXPECT_EQ(snow[1].subject(), "Snow");
}

TEST(FigureNewsTest, BackBeforeAPluralNounIsPartOfTheSubject) {
  EXPECT_EQ(Find("It includes the €13.7bn in back taxes from Apple.")[0]
                .subject(),
            "back taxes");
  EXPECT_EQ(Find("Workers won $2m in back wages.")[0].subject(), "back wages");
  EXPECT_EQ(Find("He paid $5 back to them.")[0].subject(), "payment");
}

TEST(FigureNewsTest, AFigureAfterAVerbWithoutItsSubjectSharesTheOneBefore) {
  const std::vector<Figure> f = Find(
      "Receipts reached €28.1bn last year and are forecast to hit €34bn this "
      "year, once the €13.7bn in back taxes is included.");
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[1].subject(), "Receipts");
  EXPECT_EQ(f[2].subject(), "back taxes");
}

TEST(FigureNewsTest, WhereMoneyGoesIsWhatItIsFor) {
  EXPECT_EQ(Find("A third of it, or roughly €2.6bn, will go to housing.")[1]
                .subject(),
            "housing");
  EXPECT_EQ(Find("He said €300m would go to a new scheme.")[0].subject(),
            "new scheme");
  EXPECT_EQ(Find("£5bn will be spent on roads and rail.")[0].subject(),
            "roads");
  EXPECT_EQ(Find("The £40m is to be used for flood defences.")[0].subject(),
            "flood defences");
  EXPECT_EQ(Find("Shares worth $5m went up.")[0].subject(), "Shares");
}

TEST(FigureNewsTest, APlaceAfterMoneyIsNotWhatTheMoneyIsFor) {
  const std::vector<Figure> f =
      Find("Wheat on Euronext fell to 208.75 euros a tonne in Paris.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subject(), "Wheat");
  EXPECT_EQ(f[0].place(), "Paris");
  // The place is not what the money is for; the spender counts it (the
  // last pass: an object counts its clause's subject).
  EXPECT_EQ(Find("Apple spent $3 billion in Ireland.")[0].subject(), "Apple");
  // What the money is in still is: "$5 million in back taxes".
  EXPECT_EQ(Find("The firm paid $5 million in fines.")[0].subject(), "fines");
}

TEST(FigureNewsTest, APlacePhraseBetweenSubjectAndVerbIsSkipped) {
  // A name after "at" or "on", and a place modifying a noun.
  EXPECT_EQ(Find("The cheapest season ticket at Arsenal rose 6%.")[0].subject(),
            "cheapest season ticket");
  EXPECT_EQ(Find("Benchmark wheat on Euronext fell 3.2 euros.")[0].subject(),
            "Benchmark wheat");
  EXPECT_EQ(Find("Diesel use in NSW mining averages about 9 million litres.")[0]
                .subject(),
            "Diesel use");
  EXPECT_EQ(Find("Sales at Tesco stores rose 4%.")[0].subject(), "Sales");
  // Not after "of": "the price of oil" stays whole.
  EXPECT_EQ(Find("Overdose deaths in Canada topped 7,000.")[0].subject(),
            "Overdose deaths");
}

TEST(FigureNewsTest, WhoEarnsOrReceivesMoneyIsItsSubject) {
  EXPECT_EQ(Find("Top players now earn more than £300,000 a week.")[0]
                .subject(),
            "Top players");
  EXPECT_EQ(Find("Families will receive A$300.")[0].subject(), "Families");
  EXPECT_EQ(Find("In Kansas, growers receive about $4.60.")[0].subject(),
            "growers");
  // A payer opening a sentence after a quote mark, as at its very start.
  EXPECT_EQ(Find("\"Families are paying A$300 more,\" he said.")[0].subject(),
            "Families");
  // Not the words before an infinitive, nor an adverb before the verb: with
  // no subject read, the money counts what the verb earns.
  EXPECT_EQ(Find("Is everybody supposed to earn $12 an hour?")[0].subject(),
            "earnings");
  EXPECT_EQ(Find("Workers there typically earn about $19 a day.")[0].subject(),
            "earnings");
  EXPECT_EQ(Find("The tally rose to 45.")[0].subject(), "tally");
}

TEST(FigureNewsTest, AFigureWithANamedSubjectOfItsOwnInheritsNone) {
  const std::vector<Figure> f = Find(
      "Trump received 37 percent, Clinton had 36 percent and Bloomberg "
      "snagged 13 percent.");
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[0].subject(), "Trump");
  EXPECT_EQ(f[1].subject(), "");
  EXPECT_EQ(f[2].subject(), "Bloomberg");  // its own, not Trump's
  // Nor is a named subject handed back to a figure before it.
  const std::vector<Figure> g =
      Find("Cruz came second with 34 percent while Bloomberg received 11 "
           "percent.");
  ASSERT_EQ(g.size(), 2u);
  EXPECT_EQ(g[0].subject(), "");
  EXPECT_EQ(g[1].subject(), "Bloomberg");
}

TEST(FigureNewsTest, ACountPerMatchCountsWhatComesBefore) {
  const std::vector<Figure> f =
      Find("The clubs drew average crowds of about 7,000 a match.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subject(), "average crowds");
  // A season is a period like a year.
  const std::vector<Figure> g =
      Find("The deal is worth about £1.7 billion a season.");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].time_scope(), "a season");
  // A plural after "a" is no unit of rate: "a 5 a side game" aside.
  EXPECT_EQ(Find("They saw 7,000 fans.")[0].subject(), "fans");
}

TEST(FigureNewsTest, AFigureInsideThePhraseAfterTheSubjectIsSkipped) {
  const std::vector<Figure> f =
      Find("Wages across the 20 clubs rose 9% to £4.6 billion.");
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[0].subject(), "clubs");
  EXPECT_EQ(f[1].subject(), "Wages");
  EXPECT_EQ(f[2].subject(), "Wages");
  EXPECT_EQ(Find("Profits at the five biggest banks rose 10%.")[1].subject(),
            "Profits");
  EXPECT_EQ(Find("Deaths among the 300 patients fell to 12.")[1].subject(),
            "Deaths");
}

TEST(FigureNewsTest, TheAgentOfAParticipleIsNotTheSubject) {
  EXPECT_EQ(Find("Knife crime recorded by West Midlands Police fell by 11 per "
                 "cent.")[0]
                .subject(),
            "Knife crime");
  EXPECT_EQ(Find("Complaints handled by the regulator rose 8%.")[0].subject(),
            "Complaints");
  EXPECT_EQ(Find("Turnout in Ohio was 64%.")[0].subject(), "Turnout");
}

TEST(FigureNewsTest, NamedSeasonsAndPeriodsToTheEndOfAMonth) {
  EXPECT_EQ(Find("Profit fell 38 per cent to €347m in the six months to the "
                 "end of June.")[0]
                .time_scope(),
            "in the six months to the end of June");
  EXPECT_EQ(Find("Output was put at 798 million tonnes for the 2025/26 "
                 "season.")[0]
                .time_scope(),
            "2025/26 season");
  EXPECT_EQ(Find("Rates have fallen since the summer of 2024, when the base "
                 "rate stood at 5.25 per cent.")[0]
                .time_scope(),
            "since the summer of 2024");
  EXPECT_EQ(Find("Food prices climbed 5.1 per cent over the year.")[0]
                .time_scope(),
            "over the year");
  // A year before a noun that is no period is no period ("2016 vote"); the
  // year itself says when the clause's figure holds.
  EXPECT_EQ(Find("The 2016 vote drew 5,000 people.")[0].time_scope(), "2016");
}

TEST(FigureNewsTest, APlaceAfterTheOrACompassWordBeforeTheVerbIsSkipped) {
  const std::vector<Figure> f =
      Find("Temperatures across the northern Sacramento Valley were running "
           "10 to 15 degrees above normal.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subject(), "Temperatures");
  EXPECT_EQ(Find("Overdose deaths across the United States rose 5%.")[0]
                .subject(),
            "Overdose deaths");
  EXPECT_EQ(Find("Sales at the Apple Store rose 5%.")[0].subject(), "Sales");
}

TEST(FigureNewsTest, AChangeSetOffAfterAFigureCountsWhatItCounts) {
  const std::vector<Figure> f =
      Find("Adults reported 9.4 million incidents of crime, a fall of 6% from "
           "the year before.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "fall in incidents");
  EXPECT_EQ(Find("Sales hit $5bn, an increase of 12%.")[1].subject(),
            "increase in Sales");
  // A share restating a change of another unit.
  const std::vector<Figure> g =
      Find("Benchmark wheat fell 3.2 euros, or 1.5%, to 208.75 euros.");
  ASSERT_EQ(g.size(), 3u);
  EXPECT_EQ(g[1].subject(), "Benchmark wheat");
  // Not across a clause break.
  EXPECT_EQ(Find("The plan costs $5bn but wages rose, a rise of 3%.")[1]
                .subject(),
            "rise");
}

TEST(FigureNewsTest, AVerbThatSetsALevelAtAFigureNamesItsSubject) {
  const std::vector<Figure> f =
      Find("The USDA on Monday put world wheat production at 798 million "
           "tonnes, and global ending stocks at 271 million tonnes.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "world wheat production");
  EXPECT_EQ(f[1].subject(), "global ending stocks");
  EXPECT_EQ(Find("Corn futures were little changed at $3.97, while soybeans "
                 "rose 0.8%.")[0]
                .subject(),
            "Corn futures");
  EXPECT_EQ(Find("Russian wheat was quoted at $218 to $222 a tonne.")[0]
                .subject(),
            "Russian wheat");
}

TEST(FigureNewsTest, AShareAfterWithMeasuresTheNounAfterIt) {
  const std::vector<Figure> f =
      Find("Russian wheat with 12.5% protein for September delivery was "
           "quoted at $218.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "protein");
  EXPECT_EQ(f[1].subject(), "Russian wheat");
  // Not a noun phrase going on: "with 5% stakes in".
  EXPECT_EQ(Find("He won with 52% of the vote.")[0].subject(), "vote");
  // A base-form verb of change after "to".
  EXPECT_EQ(Find("The crop is expected to recover to about 128 million "
                 "tonnes.")[0]
                .subject(),
            "crop");
}

TEST(FigureNewsTest, AQualifiedMultiplierVerbHasTheSubjectBeforeIt) {
  EXPECT_EQ(Find("His fertilizer bill had more than doubled since 2020.")[0]
                .subject(),
            "fertilizer bill");
  EXPECT_EQ(Find("Rents have almost tripled.")[0].subject(), "Rents");
  EXPECT_EQ(Find("Rents doubled.")[0].subject(), "Rents");
  // Who multiplies an object is not what grew; the object is, with its rate
  // adjective as for "the rent".
  EXPECT_EQ(Find("Trump nearly quintupled the monthly rent.")[0].subject(),
            "monthly rent");
  EXPECT_EQ(Find("But sales have been halved this year.")[0].subject(),
            "sales");
}

TEST(FigureNewsTest, ConjoinedModifiersAndSharesOfWhich) {
  EXPECT_EQ(Find("The force recorded 4,712 knife and sharp instrument "
                 "offences.")[0]
                .subject(),
            "knife and sharp instrument offences");
  const std::vector<Figure> f =
      Find("Officers carried out roughly 31,000 stop and searches, around a "
           "fifth of which led to an arrest.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "stop and searches");
  EXPECT_EQ(f[1].subject(), "stop and searches");
  // Two plurals are two things.
  EXPECT_EQ(Find("They found 5 cats and dogs.")[0].subject(), "cats found");
}

TEST(FigureNewsTest, PeopleUnderAnAgeAfterACopula) {
  const std::vector<Figure> f =
      Find("Nearly half of the victims were under 25.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].dimension(), v1::DIMENSION_AGE);
  EXPECT_EQ(f[1].unit(), "year");
  EXPECT_EQ(f[1].subject(), "victims");
  EXPECT_EQ(Find("Prices were under 25.")[0].dimension(),
            v1::DIMENSION_COUNT);
}

TEST(FigureNewsTest, TransportStatisticsPhrasings) {
  // "rose faster, by 11%": an adverb and comma between verb and "by".
  EXPECT_EQ(Find("Weekend trips rose faster, by 11%, as riders returned.")[0]
                .subject(),
            "Weekend trips");
  // "ran on time 84.1% of the time": how often, said of the trains.
  const std::vector<Figure> f =
      Find("Trains ran on time 84.1% of the time in December, compared with "
           "79.3% a year earlier.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "Trains");
  EXPECT_EQ(f[1].subject(), "Trains");
  // A period between the subject and its verb.
  EXPECT_EQ(Find("The operating budget for this year is $19.9 billion.")[0]
                .subject(),
            "operating budget");
  EXPECT_EQ(Find("Sales were down 3% in May.")[0].subject(), "Sales");
  // The same verb before a bare count repeats the noun it left out.
  const std::vector<Figure> g =
      Find("The railroad carried 81 million passengers and Metro-North "
           "carried 66 million.");
  ASSERT_EQ(g.size(), 2u);
  EXPECT_EQ(g[1].subject(), "passengers carried");
}

TEST(FigureNewsTest, ObjectsOfChangesAndOfPrices) {
  EXPECT_EQ(Find("The strain reduced the weight of the films by 18% in 40 "
                 "days.")[0]
                .subject(),
            "weight of the films");
  EXPECT_EQ(Find("A cyber attack had wiped €212m off its first-half profit.")[0]
                .subject(),
            "first-half profit");
  EXPECT_EQ(Find("Credit monitoring, which costs it about €9, is free.")[0]
                .subject(),
            "Credit monitoring");
  EXPECT_EQ(Find("The 20 first-graders were killed.")[0].subject(),
            "first-graders");
}

TEST(FigureNewsTest, WhatRaisesMoneyIsItsSubject) {
  EXPECT_EQ(Find("The toll is expected to raise $500 million in its first "
                 "year.")[0]
                .subject(),
            "toll");
  EXPECT_EQ(Find("It expects the increase to raise about $180 million a "
                 "year.")[0]
                .subject(),
            "increase");
  EXPECT_EQ(Find("Each committee is working to raise more than $60 million.")[0]
                .subject(),
            "money raised");
  // A phrase after "on"/"for" without "the" before a verb is skipped too.
  EXPECT_EQ(Find("A tax on financial transactions would raise $220 billion.")[0]
                .subject(),
            "tax");
  EXPECT_EQ(Find("Spending on defence rose 5%.")[0].subject(), "Spending");
  // Not the noun before ", which".
  EXPECT_EQ(Find("Fees for credit monitoring, which cost it about €9, rose.")[0]
                .subject(),
            "Fees for credit monitoring");
}

TEST(FigureNewsTest, MarketReportChangesAndContrasts) {
  const std::vector<Figure> f =
      Find("Milling wheat fell 3.2 euros, or 1.5%, to 208.75 euros a tonne in "
           "Paris, while Chicago wheat futures dropped 9 cents.");
  ASSERT_EQ(f.size(), 4u);
  EXPECT_EQ(f[2].subject(), "Milling wheat");  // past ", or 1.5%,"
  EXPECT_EQ(f[3].subject(), "Chicago wheat futures");
  // No subject handed back across "while".
  const std::vector<Figure> g =
      Find("Prices reached 208 euros a tonne, while Chicago wheat futures "
           "dropped 9 cents.");
  ASSERT_EQ(g.size(), 2u);
  EXPECT_EQ(g[0].subject(), "Prices");
  // A participle with "to" and its agent.
  EXPECT_EQ(Find("Fraud offences reported to Action Fraud climbed 19 per "
                 "cent.")[0]
                .subject(),
            "Fraud offences");
}

TEST(FigureNewsTest, MoneyPerPeriodForSomethingAndTheBestOfAny) {
  EXPECT_EQ(Find("The league gave about £160 million a season to the lower "
                 "leagues.")[0]
                .subject(),
            "lower leagues");
  EXPECT_EQ(Find("It costs $5m a year to run the program.")[0].subject(), "");
  EXPECT_EQ(Find("City reported the highest revenue of any club, £715 "
                 "million, ahead of Liverpool.")[0]
                .subject(),
            "highest revenue");
}

TEST(FigureNewsTest, WhatMovesAtARateIsTheSubjectOfTheRate) {
  EXPECT_EQ(Find("This fire was moving at a rate of roughly 4,000 acres an "
                 "hour.")[0]
                .subject(),
            "fire");
  EXPECT_EQ(Find("Prices rose at a rate of 5% a year.")[0].subject(),
            "Prices");
  EXPECT_EQ(Find("The rate of 14.5 was the highest.")[0].subject(), "rate");
}

TEST(FigureNewsTest, APluralObjectSetToALevel) {
  EXPECT_EQ(Find("It asked residents to set thermostats to 78 degrees or "
                 "higher.")[0]
                .subject(),
            "thermostats");
  EXPECT_EQ(Find("They cut prices to $5.")[0].subject(), "prices");
  EXPECT_EQ(Find("The bank set its rate to 4%.")[0].subject(), "rate");
}

TEST(FigureNewsTest, AnObjectKeptUnchangedAtALevel) {
  EXPECT_EQ(Find("The board would keep the interim dividend unchanged at 18 "
                 "cents a share.")[0]
                .subject(),
            "interim dividend");
  EXPECT_EQ(Find("The bank held rates steady at 4%.")[0].subject(), "rates");
  // A verb keeping a level before the adjective: the clause subject.
  EXPECT_EQ(Find("The rate held steady at 4.5%.")[0].subject(), "rate");
  EXPECT_EQ(Find("Prices stayed flat at $3.")[0].subject(), "Prices");
  EXPECT_EQ(Find("Output was roughly flat at 200 tonnes.")[0].subject(),
            "Output");
}

TEST(FigureNewsTest, StandAtAndLoseTakeTheClauseSubject) {
  // "is projected to stand at": the clause subject is what stands.
  std::vector<Figure> f =
      Find("The reservoir is forecast to stand at 880 metres by spring.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subject(), "reservoir");
  f = Find("Utah will lose 40,000 acre-feet next year.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subject(), "Utah");
  // A counted noun after the figure still wins.
  f = Find("The mill will lose 120 jobs.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subject(), "jobs");
}

TEST(FigureNewsTest, APronounOpeningTheSentenceTakesTheSubjectBefore) {
  std::vector<Figure> f = BySentence(
      "Barge freight on the river rose to about 45 euros a tonne. It rose 18% on "
      "Monday alone.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "Barge freight");
  f = BySentence(
      "Total hours worked were down 0.4% on the month. They were up 1.1% "
      "from a year earlier.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), f[0].subject());
  EXPECT_FALSE(f[1].subject().empty());
  // A subject written after its figure is what it counts, not the clause
  // subject; a new paragraph and a duration take nothing.
  f = BySentence("The plant cut 300 jobs. It rose 5% in March.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "");
  f = BySentence("Output of wheat rose 2%.\nIt rose 5% in March.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "");
  f = BySentence("Output of wheat rose 2%. It took 14 days to harvest.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "");
}

TEST(FigureNewsTest, APlaceOwningTheSubjectIsThePlace) {
  Figure f = Find("Ontario's jobless rate climbed to 8.0%.")[0];
  EXPECT_EQ(f.place(), "Ontario");
  EXPECT_EQ(f.subject(), "jobless rate");
  f = Find("New South Wales's population grew 1.2% last year.")[0];
  EXPECT_EQ(f.place(), "New South Wales");
  EXPECT_EQ(f.subject(), "population");
  f = Find("South Korea\u2019s exports rose 5%.")[0];
  EXPECT_EQ(f.place(), "South Korea");
  EXPECT_EQ(f.subject(), "exports");
  // A business or a body named after a nation is no place.
  f = Find("Statistics Canada's estimate rose 5%.")[0];
  EXPECT_EQ(f.place(), "");
  f = Find("Apple's revenue rose 5%.")[0];
  EXPECT_EQ(f.place(), "");
  EXPECT_EQ(f.subject(), "Apple's revenue");
  // A place after a preposition still wins; the owner leaves the subject.
  f = Find("Canada's exports rose 5% in Ontario.")[0];
  EXPECT_EQ(f.place(), "Ontario");
  EXPECT_EQ(f.subject(), "exports");
  // After "of" too.
  f = Find("Voters make up 14 percent of New Hampshire's electorate.")[0];
  EXPECT_EQ(f.place(), "New Hampshire");
  EXPECT_EQ(f.subject(), "electorate");
  f = Find("It has 20 of Peru's mines.")[0];
  EXPECT_EQ(f.place(), "Peru");
  EXPECT_EQ(f.subject(), "mines");
}

TEST(FigureNewsTest, ARouteBetweenPlacesIsNotTheSubject) {
  EXPECT_EQ(Find("Rates from Shanghai to Rotterdam jumped 11%.")[0].subject(),
            "Rates");
  EXPECT_EQ(
      Find("Exports from China to the United States fell 3%.")[0].subject(),
      "Exports");
  EXPECT_EQ(Find("Imports from China fell 2%.")[0].subject(), "Imports");
  EXPECT_EQ(Find("Visitors to Britain rose 4%.")[0].subject(), "Visitors");
  // A route before a lowercase noun names it; a level after "flat".
  EXPECT_EQ(Find("The Shanghai to Los Angeles lane was roughly flat at "
                 "$2,950.")[0]
                .subject(),
            "Los Angeles lane");
}

TEST(FigureNewsTest, ANounPhraseInAppositionWithAFigureIsSkipped) {
  std::vector<Figure> f =
      Find("The index, a composite of eight east-west routes, climbed 6%.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "index");
  f = Find("The employment rate, the share of the population aged 15 and "
           "older with a job, fell to 60.6%.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "employment rate");
}

TEST(FigureNewsTest, AnAgeBandInsideTheSubjectIsSkipped) {
  std::vector<Figure> f =
      Find("The unemployment rate for people aged 15 to 24 rose to 14.6%.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "people");
  EXPECT_EQ(f[1].subject(), "unemployment rate for people");
  f = Find("Turnout among voters aged 18 to 24 fell 3%.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "Turnout");
}

TEST(FigureNewsTest, TheRestOfAPeriodAndASeasonAreTimeScopes) {
  std::vector<Figure> f = Find(
      "Drewry expects the index to hold between $3,200 and $3,600 for the "
      "rest of the quarter.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "rest of the quarter");
  EXPECT_EQ(f[0].subject(), "index");
  f = Find("We expect the rate above 7.5% by the spring.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "by the spring");
  // "the fall of" is no season.
  f = Find("Prices rose 5% after the fall of the regime.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "");
}

TEST(FigureNewsTest, ALevelAfterAChangeOnAnEarlierPeriodHasTheClauseSubject) {
  std::vector<Figure> f = Find(
      "Average hourly wages rose 3.6% from a year earlier to C$36.12.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "Average hourly wages");
  f = Find("Retail sales were up 4.1% on a year earlier to $52 billion.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "Retail sales");
}

TEST(FigureNewsTest, APlaceWordModifyingTheSubjectIsThePlace) {
  Figure f = Find("The average UK house price reached a record £285,000.")[0];
  EXPECT_EQ(f.place(), "UK");
  f = Find("The group said 35% of U.S. counties have no clinic.")[0];
  EXPECT_EQ(f.place(), "U.S.");
  f = Find("About 17 percent of New Hampshire voters are undecided.")[0];
  EXPECT_EQ(f.place(), "New Hampshire");
  f = Find("At least four Democrat U.S. senators voted no.")[0];
  EXPECT_EQ(f.place(), "U.S.");
  f = Find("New York City's ridership climbed 5%.")[0];
  EXPECT_EQ(f.place(), "New York City");
  EXPECT_EQ(f.subject(), "ridership");
  // Names that are no places, and a place that is the noun itself.
  f = Find("Apple Music subscribers rose 5%.")[0];
  EXPECT_EQ(f.place(), "");
  f = Find("Exports to China rose 5%.")[0];
  EXPECT_EQ(f.place(), "");
}

TEST(FigureNewsTest, APeriodWordBeforeANounThatNamesNoPeriodIsAnAdjective) {
  EXPECT_EQ(Find("The order equals about 14% of the current fleet.")[0]
                .subject(),
            "current fleet");
  EXPECT_EQ(Find("It is 95% of the previous record.")[0].subject(),
            "previous record");
  // Periods stay periods.
  EXPECT_EQ(Find("Sales rose 14% in the current quarter.")[0].time_scope(),
            "current quarter");
  // "the first time" is neither a period nor the subject: the clause's is.
  EXPECT_EQ(Find("The deficit would pass $1 trillion for the first time.")[0]
                .subject(),
            "deficit");
}

TEST(FigureNewsTest, ASharePointsToWhatItAddsTo) {
  EXPECT_EQ(Find("Shipping disruptions added between 0.3 and 0.5 percentage "
                 "points to inflation.")[0]
                .subject(),
            "inflation");
  EXPECT_EQ(
      Find("The strike shaved 0.2 percentage points off growth.")[0].subject(),
      "growth");
  // A level reached is no share: "rose 2% to 5%" keeps its subject.
  EXPECT_EQ(Find("Inflation rose 0.2 points to 3.1%.")[0].subject(),
            "Inflation");
}

TEST(FigureNewsTest, AFigureAfterCommaWhereIsInThePlaceBefore) {
  std::vector<Figure> f = Find(
      "Ontario's rate climbed to 8.0%, the highest apart from Newfoundland "
      "and Labrador, where it stood at 10.4%.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].place(), "Ontario");
  EXPECT_EQ(f[1].place(), "Newfoundland and Labrador");
  // Not a name that is no place.
  f = Find("He joined Acme Corp, where he earned $90,000.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
}

}  // namespace
}  // namespace factwire
