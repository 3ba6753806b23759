// Figure classes met in business, housing and weather copy: hyphenated
// subjects, verbs with a particle before "up to", qualifiers after the
// figure, statistics, adverbs and relative clauses between a figure and what
// it counts, and multipliers that cannot count occasions.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/extract/figures.h"
#include "tests/ingest-service/extract/figure_test_support.h"

namespace factwire {
namespace {

using figure_test::Find;
using v1::Figure;

TEST(FigurePhrasingTest, AHyphenatedWordStaysWholeInTheSubjectBeforeAVerb) {
  const std::vector<Figure> f =
      Find("Pre-tax profit fell 38 per cent to €347m.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "Pre-tax profit");
  EXPECT_EQ(f[1].subject(), "Pre-tax profit");
  const std::vector<Figure> band = Find(
      "Loans to first-time buyers dropped from £425,000 to £300,000.");
  ASSERT_EQ(band.size(), 2u);
  EXPECT_EQ(band[0].subject(), "Loans to first-time buyers");
  // A hyphen after a figure is no part of a compound subject.
  const std::vector<Figure> rate =
      Find("The two-year mortgage rate rose to 5 per cent.");
  ASSERT_EQ(rate.size(), 2u);
  EXPECT_EQ(rate[1].subject(), "mortgage rate");
}

TEST(FigurePhrasingTest, OrHigherAndOrLowerAfterAFigureBoundIt) {
  const std::vector<Figure> f =
      Find("Residents were asked to set thermostats to 78 degrees or higher.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text(), "78 degrees or higher");
  EXPECT_EQ(f[0].qualifier(), v1::QUALIFIER_AT_LEAST);
  const std::vector<Figure> low = Find("Loans at 3% or lower are rare.");
  ASSERT_EQ(low.size(), 1u);
  EXPECT_EQ(low[0].qualifier(), v1::QUALIFIER_AT_MOST);
  const std::vector<Figure> over = Find("Adults aged 65 and over pay less.");
  ASSERT_EQ(over.size(), 1u);
  EXPECT_EQ(over[0].qualifier(), v1::QUALIFIER_AT_LEAST);
}

TEST(FigurePhrasingTest, MaybeAndPerhapsBeforeAFigureMakeItApproximate) {
  const std::vector<Figure> f = Find("We had maybe 20 minutes to leave.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text(), "maybe 20 minutes");
  EXPECT_EQ(f[0].qualifier(), v1::QUALIFIER_APPROXIMATE);
  EXPECT_EQ(Find("Perhaps 300 people came.")[0].qualifier(),
            v1::QUALIFIER_APPROXIMATE);
}

TEST(FigurePhrasingTest, UpToAfterAVerbOfMovementIsALevelNotALimit) {
  const std::vector<Figure> f =
      Find("House prices rose as inflation edged up to 3.8 per cent.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text(), "3.8 per cent");
  EXPECT_EQ(f[0].qualifier(), v1::QUALIFIER_EXACT);
  EXPECT_EQ(f[0].subject(), "inflation");
  EXPECT_EQ(Find("Unemployment ticked up to 4.2%.")[0].subject(),
            "Unemployment");
  // Without such a verb, and after "go", "up to" is a limit.
  EXPECT_EQ(Find("Fines could go up to $5,000.")[0].qualifier(),
            v1::QUALIFIER_AT_MOST);
  EXPECT_EQ(Find("The plane carries up to 9,400 gallons.")[0].qualifier(),
            v1::QUALIFIER_AT_MOST);
}

TEST(FigurePhrasingTest, OverADurationAfterAnAmountIsItsTerm) {
  const std::vector<Figure> f =
      Find("A buyer borrowing £200,000 over 25 years would pay £1,165.");
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[1].text(), "25 years");
  EXPECT_EQ(f[1].qualifier(), v1::QUALIFIER_EXACT);
  const std::vector<Figure> growth = Find("Sales grew 40% over five years.");
  ASSERT_EQ(growth.size(), 2u);
  EXPECT_EQ(growth[1].text(), "five years");
  EXPECT_EQ(growth[1].qualifier(), v1::QUALIFIER_EXACT);
  // After a verb or "for", "over" still means more than.
  EXPECT_EQ(Find("He was jailed for over 20 years.")[0].qualifier(),
            v1::QUALIFIER_MORE_THAN);
}

TEST(FigurePhrasingTest, AFractionalTimesIsAMultiplierNotACountOfOccasions) {
  const std::vector<Figure> f =
      Find("Net debt stood at €19.7bn, or 3.1 times core earnings.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].dimension(), v1::DIMENSION_RATIO);
  EXPECT_EQ(f[1].unit(), "times");
  EXPECT_EQ(f[1].subject(), "core earnings");
  // A whole number of times before a noun may count occasions.
  const std::vector<Figure> visits = Find("She visited three times last year.");
  ASSERT_EQ(visits.size(), 1u);
  EXPECT_EQ(visits[0].dimension(), v1::DIMENSION_COUNT);
}

TEST(FigurePhrasingTest, AnAverageOfIsHowAFigureWasTakenNotWhatItCounts) {
  const std::vector<Figure> f = Find(
      "Private rents rose 6.7 per cent to an average of £1,335 a month.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "Private rents");
  EXPECT_EQ(Find("Petrol fell to an average of 134.2p.")[0].subject(),
            "Petrol");
  // "gross" inside a noun phrase is no number.
  EXPECT_EQ(Find("It was 113 per cent of average gross annual income.")[0]
                .subject(),
            "average gross annual income");
}

TEST(FigurePhrasingTest, AFigureAfterAPossessiveModifiesTheNounAfterIt) {
  const std::vector<Figure> f = Find(
      "Inflation rose to 3.8 per cent, well above the Bank of England's 2 "
      "per cent target.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "target");
  EXPECT_EQ(Find("Ireland's 12.5% corporate tax rate is low.")[0].subject(),
            "corporate tax rate");
  // "that's" is "that is".
  EXPECT_EQ(Find("Material that's 95 percent authentic.")[0].subject(), "");
}

TEST(FigurePhrasingTest, AnAdverbBeforeTheQuantityVerbIsSkipped) {
  const std::vector<Figure> f =
      Find("In London the average home now costs £556,000.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subject(), "average home");
  EXPECT_EQ(Find("Turnout still stood at 64%.")[0].subject(), "Turnout");
  EXPECT_EQ(Find("The nonprofit subsequently paid $2.2 million.")[0].subject(),
            "nonprofit");
  EXPECT_EQ(Find("Oil supply rose 4%.")[0].subject(), "Oil supply");
}

TEST(FigurePhrasingTest, ARelativeClauseBetweenSubjectAndVerbIsSkipped) {
  const std::vector<Figure> f = Find(
      "Core inflation, which strips out energy, food, alcohol and tobacco, "
      "rose 0.2 percentage points to 3.9 per cent.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "Core inflation");
  EXPECT_EQ(f[1].subject(), "Core inflation");
}

TEST(FigurePhrasingTest, APastTenseVerbAfterANounEndsTheSubject) {
  const std::vector<Figure> f = Find(
      "Separate figures from the ONS showed consumer price inflation rose to "
      "3.8 per cent.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subject(), "consumer price inflation");
  // After an article the participle modifies the noun.
  EXPECT_EQ(Find("The estimated cost rose to $5m.")[0].subject(),
            "estimated cost");
}

TEST(FigurePhrasingTest, AFractionOfAUnitIsAnAmountInThatUnit) {
  const std::vector<Figure> f = Find(
      "The bank cut its base rate by a quarter of a percentage point.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text(), "a quarter of a percentage point");
  EXPECT_DOUBLE_EQ(f[0].value(), 0.25);
  EXPECT_EQ(f[0].unit(), "percentage point");
  EXPECT_EQ(f[0].dimension(), v1::DIMENSION_PERCENT);
  const std::vector<Figure> mile = Find("They walked two-thirds of a mile.");
  ASSERT_EQ(mile.size(), 1u);
  EXPECT_EQ(mile[0].unit(), "mi");
  EXPECT_NEAR(mile[0].value(), 2.0 / 3, 1e-9);
  // A fraction of a thing that is no unit stays a share.
  const std::vector<Figure> share = Find("A third of a class failed.");
  ASSERT_EQ(share.size(), 1u);
  EXPECT_EQ(share[0].dimension(), v1::DIMENSION_RATIO);
}

TEST(FigurePhrasingTest, ZeroJoinedToAWordNamesAKindNotAnAmount) {
  EXPECT_TRUE(Find("The nil-rate band was cut.").empty());
  EXPECT_TRUE(Find("Workers on zero-hours contracts protested.").empty());
  EXPECT_TRUE(Find("It is not a zero-sum game.").empty());
  EXPECT_EQ(Find("Dealers offered zero-percent financing.").size(), 1u);
  EXPECT_EQ(Find("The score was zero.").size(), 1u);
}

TEST(FigurePhrasingTest, ADurationAgoIsAPointInTimeNotAFigure) {
  const std::vector<Figure> f =
      Find("The rate was 4.98 per cent, compared with 6.85 per cent two years "
           "ago.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].text(), "6.85 per cent");
  EXPECT_EQ(f[1].time_scope(), "two years ago");
  EXPECT_EQ(Find("Sales were 12% higher 18 months ago.")[0].time_scope(),
            "18 months ago");
  // A qualified one keeps its figure.
  EXPECT_EQ(Find("It began more than 20 years ago.").size(), 1u);
}

TEST(FigurePhrasingTest, ACountThatLeavesOutItsNounCountsWhatTheOneBeforeCounts) {
  const std::vector<Figure> f = Find(
      "The utility cut power to about 61,000 customers and warned that as "
      "many as 150,000 could lose electricity.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "customers");
  EXPECT_EQ(Find("It burned 140 structures and threatened 3,200 more.")[1]
                .subject(),
            "structures burned");
  EXPECT_EQ(Find("It holds data on 2.3 million customers and bank details "
                 "for 410,000 of them.")[1]
                .subject(),
            "customers");
  // A count followed by its own noun or verb keeps its own reading.
  EXPECT_EQ(Find("It cut power to 61,000 customers; 150 staff were sent.")[1]
                .subject(),
            "staff");
}

TEST(FigurePhrasingTest, AWeekdayIsATimeScope) {
  const std::vector<Figure> f =
      Find("Temperatures in Redding reached 114 degrees on Sunday.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "Sunday");
  EXPECT_EQ(Find("The fire was 8% contained Monday evening.")[0].time_scope(),
            "Monday evening");
  // A weekday in a name is none.
  EXPECT_EQ(Find("The Sunday Times sold 600,000 copies.")[0].time_scope(), "");
}

TEST(FigurePhrasingTest, ABareNumberThatCountsTemperaturesIsATemperature) {
  const std::vector<Figure> f =
      Find("Forecasters expected highs between 108 and 112 through Wednesday.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subject(), "highs");
  EXPECT_EQ(f[0].dimension(), v1::DIMENSION_TEMPERATURE);
  EXPECT_EQ(Find("Temperatures reached 41 in Seville.")[0].dimension(),
            v1::DIMENSION_TEMPERATURE);
  // Other counts stay counts.
  EXPECT_EQ(Find("Prices between 5 and 10 were seen.")[0].dimension(),
            v1::DIMENSION_COUNT);
}

TEST(FigurePhrasingTest, ALeftOutNounIsTakenFromTheCountNearestInSize) {
  EXPECT_EQ(Find("The utility cut power to about 61,000 customers in five "
                 "counties; as many as 150,000 could lose electricity.")[2]
                .subject(),
            "customers");
  EXPECT_EQ(Find("It burned at least 140 structures, including 96 homes, and "
                 "was threatening 3,200 more.")[2]
                .subject(),
            "structures burned");
}

TEST(FigurePhrasingTest, MoreVerbsOfQuantityHaveTheirSubjectBefore) {
  EXPECT_EQ(Find("Economists expected inflation to hold at 3.7 per cent.")[0]
                .subject(),
            "inflation");
  EXPECT_EQ(Find("The index showed annual price growth slowing to 2.2 per "
                 "cent.")[0]
                .subject(),
            "annual price growth");
  EXPECT_EQ(Find("In London, tenants paid £2,252 a month.")[0].subject(),
            "tenants");
}

TEST(FigurePhrasingTest, WhatAVerbOfChangeMovesByAnAmountIsItsSubject) {
  const std::vector<Figure> f = Find(
      "The Bank of England cut its base rate by a quarter of a percentage "
      "point to 4 per cent.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "base rate");
  EXPECT_EQ(f[1].subject(), "base rate");
}

TEST(FigurePhrasingTest, AFigureAfterCommaOrRestatesTheOneBefore) {
  const std::vector<Figure> f = Find(
      "The government pledged to build 1.5 million homes by 2029, or 300,000 "
      "a year.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "homes");
  // A figure of another dimension is no restatement.
  const std::vector<Figure> g =
      Find("It sold 40 homes, or 12% of its stock.");
  ASSERT_EQ(g.size(), 2u);
  EXPECT_NE(g[1].subject(), "homes");
}

TEST(FigurePhrasingTest, ACommaAfterAPeriodDoesNotEndTheClauseOfAMove) {
  const std::vector<Figure> f = Find(
      "Private rents rose 6.7 per cent in the 12 months to September, to an "
      "average of £1,335 a month.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "Private rents");
}

TEST(FigurePhrasingTest, EnergyUnitsSpelledOutSingularOrHyphenated) {
  const std::vector<Figure> f =
      Find("It will build a 2,000-megawatt-hour battery.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].unit(), "megawatt hour");
  EXPECT_EQ(Find("Wind made 40 gigawatt-hours.")[0].unit(), "gigawatt hour");
  EXPECT_EQ(Find("The country used 3 terawatt hours.")[0].unit(),
            "terawatt hour");
}

TEST(FigurePhrasingTest, AVersionNumberAfterANameIsNoFigure) {
  EXPECT_TRUE(Find("The Snowy 2.0 project is late.").empty());
  EXPECT_TRUE(Find("Backers of Web 3.0 met.").empty());
  // A measure after a name is still one.
  EXPECT_EQ(Find("Boeing shares fell 2.5% on Monday.").size(), 1u);
}

TEST(FigurePhrasingTest, ASumInBracketsConvertsTheSumBeforeIt) {
  const std::vector<Figure> f = Find(
      "AGL will spend A$1.1 billion ($720 million) on a new battery.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "new battery");
  EXPECT_EQ(f[1].subject(), "new battery");
  // Figures joined to the noun by dashes are modifiers on the way to it.
  EXPECT_EQ(Find("AGL will spend A$1.1 billion on a 500-megawatt, "
                 "2,000-megawatt-hour battery.")[0]
                .subject(),
            "battery");
  const std::vector<Figure> g =
      Find("Police seized cocaine worth €500m ($545m).");
  ASSERT_EQ(g.size(), 2u);
  EXPECT_EQ(g[1].subject(), g[0].subject());
}

TEST(FigurePhrasingTest, TheNameAfterSharesInIsACompanyNotAPlace) {
  EXPECT_EQ(Find("Shares in AGL rose 3.4 per cent.")[0].place(), "");
  EXPECT_EQ(Find("It sold its 12% stake in Tesla.")[0].place(), "");
  EXPECT_EQ(Find("Prices in London rose 2%.")[0].place(), "London");
}

// A place written as a common noun after "in/across the", or as an adverb of
// scope, is the figure's place when the sentence names none; a named place
// wins, and the adverb before the noun it qualifies or as a name is none.
TEST(FigurePhrasingTest, AreaNounsAndScopeAdverbsArePlacesWhenNoNameIs) {
  EXPECT_EQ(Find("Fees charged by clinics rose to $40m across the district.")[0]
                .place(),
            "district");
  EXPECT_EQ(Find("About 2,100 homes in the north lost power.")[0].place(),
            "north");
  EXPECT_EQ(Find("Across the province, enrolment fell by 900 pupils.")[0]
                .place(),
            "province");
  EXPECT_EQ(Find("Nationwide, turnout was 58%.")[0].place(), "Nationwide");
  EXPECT_EQ(Find("Turnout was 58% nationwide.")[0].place(), "nationwide");
  EXPECT_EQ(Find("Nationally, the jobless rate stood at 26.1%.")[0].place(),
            "Nationally");
  EXPECT_EQ(Find("In Ohio, 40% of voters in the state backed it.")[0].place(),
            "Ohio");
  EXPECT_EQ(Find("Nationwide house prices rose 1.4%.")[0].place(), "");
  EXPECT_EQ(Find("Nationwide, the largest building society, said prices rose "
                 "1.4%.")[0]
                .place(),
            "");
  EXPECT_EQ(Find("The statewide vote gave him 52%.")[0].place(), "");
  EXPECT_EQ(Find("He paid a $400 fine in the district court.")[0].place(), "");
  // A name with its area noun after it is the place, over an extent
  // adjective ("the wider Kasane district").
  EXPECT_EQ(Find("In the wider Chobe district, rainfall was 41% of the "
                 "average.")[0]
                .place(),
            "Chobe district");
  EXPECT_EQ(Find("Maize yields fell 20% in Kiambu county.")[0].place(),
            "Kiambu county");
  // The noun before the name it is set beside is no place of its own.
  EXPECT_EQ(Find("Rents rose 9% in the capital, Nairobi.")[0].place(), "");
}

// A scope adverb that qualifies a participle before its noun is no place
// ("the nationally televised debate", "globally traded goods"); before a
// verb of the clause it is ("Turnout nationally reached 64%").
TEST(FigurePhrasingTest, AScopeAdverbBeforeAnAttributiveParticipleIsNoPlace) {
  EXPECT_EQ(Find("The nationally broadcast final drew 9 million viewers.")[0]
                .place(),
            "");
  EXPECT_EQ(Find("A nationally ranked side lost 4 games.")[0].place(), "");
  EXPECT_EQ(Find("Exports of globally traded metals rose 7%.")[0].place(), "");
  EXPECT_EQ(Find("A nationally known author sold 2,000 copies.")[0].place(),
            "");
  EXPECT_EQ(Find("Turnout nationally reached 64%.")[0].place(),
            "nationally");
  EXPECT_EQ(Find("Prices nationally increased sharply, by 6%.")[0].place(),
            "nationally");
}

// A date after "on", "from", "by" or "before", or a day and month after any
// preposition of time, is when the figure holds ("rise 9% from April", "on
// Oct. 5"); "in April" reads as before.
TEST(FigurePhrasingTest, ADateAfterAPrepositionIsWhen) {
  EXPECT_EQ(Find("Water tariffs will rise 9% from April.")[0].time_scope(),
            "from April");
  EXPECT_EQ(Find("Bus fares go up 4% on 1 July.")[0].time_scope(),
            "on 1 July");
  EXPECT_EQ(Find("Rail fares go up 4% on Oct. 5.")[0].time_scope(),
            "on Oct. 5");
  EXPECT_EQ(Find("Sales fell 3% in April.")[0].time_scope(), "in April");
  EXPECT_EQ(Find("Rates rose to 5% from 4.8%.")[0].time_scope(), "");
}

// A month naming a person, before a surname or a verb, is no date ("by April
// Ryan", "before May took office"); a span of months is read whole ("from
// April to June").
TEST(FigurePhrasingTest, AMonthNamingAPersonIsNoDateAndASpanIsWhole) {
  EXPECT_EQ(Find("The clip was viewed 9,000 times by June Okafor.")[0]
                .time_scope(),
            "");
  EXPECT_EQ(Find("Support was 48%, up from 41% before May resigned.")[1]
                .time_scope(),
            "");
  EXPECT_EQ(Find("Gifts rose 8% from August Moyo and others.")[0]
                .time_scope(),
            "");
  EXPECT_EQ(Find("Exports rose 6% from March to May.")[0].time_scope(),
            "from March to May");
  EXPECT_EQ(Find("Fares rose 2% from 1 March until 30 April.")[0]
                .time_scope(),
            "from 1 March until 30 April");
  EXPECT_EQ(Find("Exports rose 6% from March to 7%.")[0].time_scope(),
            "from March");
  EXPECT_EQ(Find("Exports will rise 6% by March.")[0].time_scope(),
            "by March");
}

TEST(FigurePhrasingTest, ARangeStartTakesTheScaleOfItsEndOnlyWhenItLacksOne) {
  const std::vector<Figure> f =
      Find("Donors gave between $500,000 and $1 million each.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_DOUBLE_EQ(f[0].value(), 500000);
  EXPECT_DOUBLE_EQ(f[0].value_max(), 1e6);
  const std::vector<Figure> g = Find("Costs run 5 to 10 million dollars.");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_DOUBLE_EQ(g[0].value(), 5e6);
}

TEST(FigurePhrasingTest, ANounForWhomItIsGoesWithTheSubjectBeforeAVerb) {
  const std::vector<Figure> f =
      Find("The band for first-time buyers dropped from £425,000 to £300,000.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "band for first-time buyers");
  EXPECT_EQ(Find("Demand for oil fell 2%.")[0].subject(), "Demand for oil");
}

TEST(FigurePhrasingTest, AShareOfAllOfAFigureCountsWhatThatCounts) {
  const std::vector<Figure> f = Find(
      "Prices were negative in nearly a quarter of all five-minute trading "
      "intervals.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "trading intervals");
}

TEST(FigurePhrasingTest, AShareOfThemIsAShareOfTheCountBefore) {
  const std::vector<Figure> f = Find(
      "The plant employs some 500 people, about a third of them contractors.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "people");
}

TEST(FigurePhrasingTest, HeadlineVerbsInThePresentAndRunningAtHaveSubjects) {
  EXPECT_EQ(Find("Kestrel Telecom profit slides 38% as costs mount")[0]
                .subject(),
            "Kestrel Telecom profit");
  EXPECT_EQ(Find("Wildfire explodes to 48,000 acres")[0].subject(),
            "Wildfire");
  EXPECT_EQ(Find("Firefighting costs were running at close to $2 million a "
                 "day.")[0]
                .subject(),
            "Firefighting costs");
  EXPECT_EQ(Find("The journey took 41 days.")[0].subject(), "journey");
}

TEST(FigurePhrasingTest, APlaceAfterACompassAdjectiveIsAPlace) {
  EXPECT_EQ(Find("Temperatures across the northern Sacramento Valley ran 10 "
                 "degrees above normal.")[0]
                .place(),
            "Sacramento Valley");
  EXPECT_EQ(Find("Fighting in eastern Ukraine killed 12 people.")[0].place(),
            "Ukraine");
}

TEST(FigurePhrasingTest, APeriodsPossessiveIsATimeScope) {
  EXPECT_EQ(Find("On last year's revenue of €12.3bn, that means €492m.")[0]
                .time_scope(),
            "last year's");
  EXPECT_EQ(Find("This month's bill was $80.")[0].time_scope(),
            "This month's");
}

TEST(FigurePhrasingTest, EarlyLateOrMidBeforeAMonthIsATimeScope) {
  EXPECT_EQ(Find("Temperatures ran 10 degrees above normal for early July.")[0]
                .time_scope(),
            "early July");
  EXPECT_EQ(Find("Sales fell 3% in mid-March.")[0].time_scope(), "mid-March");
  EXPECT_EQ(Find("He paid $40 in late fees.")[0].time_scope(), "");
}

TEST(FigurePhrasingTest, AYearInsideANounPhraseIsPartOfIt) {
  EXPECT_EQ(Find("It will cost six times its original 2017 estimate.")[0]
                .subject(),
            "original 2017 estimate");
  EXPECT_EQ(Find("She won 48% of the 2016 vote.")[0].subject(), "2016 vote");
}

TEST(FigurePhrasingTest, AnIrregularPastEndsTheNounPhraseAfterAFigure) {
  EXPECT_EQ(Find("One influential paper found improvements.")[0].subject(),
            "influential paper");
  EXPECT_EQ(Find("Three reporters wrote the story.")[0].subject(),
            "reporters");
}

TEST(FigurePhrasingTest, WhoIsPayingAfterAnAuxiliaryIsTheSubject) {
  EXPECT_EQ(Find("Families are paying A$300 more than promised.")[0].subject(),
            "Families");
  EXPECT_EQ(Find("Households paying £1,000 a year will gain.")[0].subject(),
            "Households");
}

TEST(FigurePhrasingTest, TheNounAVerbOfChangeActsOnIsTheSubject) {
  EXPECT_EQ(Find("The council has cut grants by $2m since 2019.")[0].subject(),
            "grants");
  EXPECT_EQ(Find("The airline trimmed its fleet by 12.")[0].subject(),
            "fleet");
  EXPECT_EQ(Find("Bakers raised bread prices by 8%.")[0].subject(),
            "bread prices");
  EXPECT_EQ(Find("The hospital trust cut costs by $3m last year.")[0]
                .subject(),
            "costs");
}

TEST(FigurePhrasingTest, APartitiveCountCountsTheNounAfterOf) {
  EXPECT_EQ(Find("The club has lost three of its last seven games.")[0]
                .subject(),
            "games");
  EXPECT_EQ(Find("Two of the agency's first five launches slipped.")[0]
                .subject(),
            "launches");
}

TEST(FigurePhrasingTest, MoneyAndItsRateGoIntoANounPhrase) {
  const std::vector<Figure> f = Find(
      "The festival brings about £3 million a year into the local economy.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subject(), "local economy");
  EXPECT_EQ(f[0].time_scope(), "a year");
}

TEST(FigurePhrasingTest, EachWeekdayIsATimeScope) {
  const std::vector<Figure> f =
      Find("About 2,300 people used the ferry each weekday.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subject(), "people");
  EXPECT_EQ(f[0].time_scope(), "each weekday");
}

TEST(FigurePhrasingTest, AYearModifyingTheNounBeforeOfIsTheTimeScope) {
  const std::vector<Figure> f =
      Find("The harvest beat the 2019 record of 64 million tonnes.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subject(), "record");
  EXPECT_EQ(f[0].time_scope(), "2019");
}

TEST(FigurePhrasingTest, HereBetweenTheSubjectAndItsVerbIsSkipped) {
  EXPECT_EQ(figure_test::OnlySubject("Cleaners here earn about £12 an hour."),
            "Cleaners");
  // "there" stays: "there could be up to 300" has no subject before it.
  EXPECT_EQ(figure_test::OnlySubject("Officials fear there could be up to "
                                     "300."),
            "");
}

// "as long as" before a length or a duration bounds it from above, as "as
// much as" does; before anything else it is the conjunction.
TEST(FigurePhrasingTest, AsLongAsBeforeALengthOrDurationIsAnUpperBound) {
  std::vector<Figure> f = Find("Queues at the border ran as long as 40 minutes.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text(), "as long as 40 minutes");
  EXPECT_EQ(f[0].qualifier(), v1::QUALIFIER_AT_MOST);
  f = Find("The new turbine blades are as long as 90 metres.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].qualifier(), v1::QUALIFIER_AT_MOST);
  f = Find("The truce holds as long as 12 militias sign the accord.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text(), "12");
  EXPECT_EQ(f[0].qualifier(), v1::QUALIFIER_EXACT);
  f = Find("The strike ends as long as 60% of members accept the offer.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text(), "60%");
  EXPECT_EQ(f[0].qualifier(), v1::QUALIFIER_EXACT);
}

// A length or a duration that a noun or a verb follows opens a condition
// clause after "as long as": no bound. It stays a bound when the amount ends
// its phrase or a verb of waiting stands before "as long as".
TEST(FigurePhrasingTest, AsLongAsBeforeAConditionClauseBoundsNothing) {
  std::vector<Figure> f =
      Find("Tenants may stay as long as 30 days notice is given.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text(), "30 days");
  EXPECT_EQ(f[0].qualifier(), v1::QUALIFIER_EXACT);
  f = Find("Shares can rise as long as 10-year yields stay low.");
  for (const Figure& g : f) {
    EXPECT_EQ(g.qualifier(), v1::QUALIFIER_EXACT) << g.text();
  }
  f = Find("Patients waited as long as six hours in the corridor.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].qualifier(), v1::QUALIFIER_AT_MOST);
  f = Find("Drivers waited as long as three hours Monday.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].qualifier(), v1::QUALIFIER_AT_MOST);
}

}  // namespace
}  // namespace factwire
