// Figure classes met in survey and regional economy copy: currencies whose
// name several countries share (dirhams, riyals, dinars) read from the
// country the text names.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/extract/figures.h"
#include "tests/ingest-service/extract/figure_test_support.h"

namespace factwire {
namespace {

using figure_test::Find;
using v1::Figure;

// The figures of the last sentence of `text`, which starts at `sentence`.
std::vector<Figure> FindIn(const std::string& text,
                           const std::string& sentence) {
  const size_t at = text.rfind(sentence);
  v1::TextSpan span;
  span.set_begin(static_cast<int>(at));
  span.set_end(static_cast<int>(at + sentence.size()));
  return FindFigures(text, span);
}

TEST(FigureSurveyTest, DirhamsAreTheCurrencyOfTheCountryTheStoryIsIn) {
  const std::string rabat =
      "CASABLANCA (AFP) - Lenders in the kingdom reported strong results.\n\n"
      "Profit at the bank rose to 4.1 billion dirhams.";
  std::vector<Figure> f = FindIn(rabat, "Profit at the bank rose to 4.1 billion dirhams.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].unit(), "MAD");
  EXPECT_EQ(f[0].dimension(), v1::DIMENSION_CURRENCY);
  const std::string dubai =
      "DUBAI, May 2 - Rents kept climbing.\n\n"
      "A two-bedroom flat now costs 95,000 dirhams a year.";
  f = FindIn(dubai, "A two-bedroom flat now costs 95,000 dirhams a year.");
  ASSERT_FALSE(f.empty());
  EXPECT_EQ(f.back().unit(), "AED");
  // A country named in the sentence decides before the story's place.
  f = FindIn(dubai + " Moroccan exporters earned 3 billion dirhams.",
             "Moroccan exporters earned 3 billion dirhams.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].unit(), "MAD");
  f = Find("Exporters in Morocco earned Dh3bn last year.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].unit(), "MAD");
  EXPECT_EQ(f[0].value(), 3e9);
  // No country: the UAE dirham, as before.
  EXPECT_EQ(Find("The fine was 5,000 dirhams.")[0].unit(), "AED");
  EXPECT_EQ(Find("Tickets cost Dh250 each.")[0].unit(), "AED");
}

TEST(FigureSurveyTest, RiyalsAndDinarsTakeTheCountryTheTextNames) {
  EXPECT_EQ(Find("A Saudi fund will invest 4 billion riyals in the plant.")[0].unit(),
            "SAR");
  EXPECT_EQ(Find("In Doha, the contract was worth 900 million riyals.")[0].unit(),
            "QAR");
  EXPECT_EQ(Find("Jordan's budget deficit reached 2.3 billion dinars.")[0].unit(),
            "JOD");
  EXPECT_EQ(Find("Oman plans to spend 12 billion rials next year.")[0].unit(),
            "OMR");
  // With no country the family name stays: which riyal is unknown.
  EXPECT_EQ(Find("It costs 10 riyals.")[0].unit(), "riyal");
}

TEST(FigureSurveyTest, ALevelAfterAChangeAndItsPeriodCountsWhatChanged) {
  std::vector<Figure> f =
      Find("Group sales rose 9% in the first half to 2.6 billion euros.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "Group sales");
  EXPECT_EQ(f[1].subject(), "Group sales");
  f = Find("Net income fell 4% over the quarter to $310 million.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "Net income");
}

TEST(FigureSurveyTest, VerbsOfChangeAndTradingLinkAFigureToTheNounBefore) {
  EXPECT_EQ(Find("Copper output collapsed by 40%.")[0].subject(),
            "Copper output");
  EXPECT_EQ(Find("The trade gap would narrow to 2%.")[0].subject(),
            "trade gap");
  EXPECT_EQ(Find("Mortgage arrears exceed 6% in some regions.")[0].subject(),
            "Mortgage arrears");
  EXPECT_EQ(Find("The jobless rate held at 5.1%.")[0].subject(),
            "jobless rate");
  EXPECT_EQ(Find("Gold traded at $2,410 an ounce.")[0].subject(), "Gold");
}

TEST(FigureSurveyTest, AWeekdayAfterAPriceIsWhenNotWhat) {
  const std::vector<Figure> f =
      Find("Arabica coffee traded at $4.10 a pound on Friday.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subject(), "Arabica coffee");
  EXPECT_EQ(f[0].time_scope(), "Friday");
}

TEST(FigureSurveyTest, APluralBeforeAFigureAfterAndIsAVerbNotANoun) {
  const std::vector<Figure> f = Find(
      "The island imports 80% of its food and ships 40,000 tonnes of fish a "
      "year.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "food");
  EXPECT_EQ(f[1].subject(), "fish");
}

TEST(FigureSurveyTest, ARelativeClauseBetweenSubjectAndVerbIsSkipped) {
  EXPECT_EQ(Find("Pupils who met the reading standard rose to 61%.")[0]
                .subject(),
            "Pupils");
  const std::vector<Figure> f =
      Find("Drivers who were stopped at night fell to 2,300.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subject(), "Drivers");
}

TEST(FigureSurveyTest, AShareAfterFoundThatCountsThePeopleSurveyed) {
  std::vector<Figure> f = Find(
      "A poll of 2,000 tenants found that 41% had fallen behind on rent.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "tenants");
  EXPECT_EQ(f[1].subject(), "tenants");
  f = Find("The study, which followed 900 nurses, showed 27% planned to quit.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "nurses followed");
  f = Find("The survey of 600 farmers showed 12% of them had sold land.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "farmers");
}

TEST(FigureSurveyTest, AnAdverbBetweenAVerbOfChangeAndToIsSkipped) {
  EXPECT_EQ(Find("Vacancies fell slightly to 812,000.")[0].subject(),
            "Vacancies");
  const std::vector<Figure> f = Find(
      "The share of children aged 2 to 14 who were obese fell slightly to "
      "10.2%.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "share of children");
}

TEST(FigureSurveyTest, MoneyOverAPeriodOnSomethingIsForThatThing) {
  const std::vector<Figure> f = Find(
      "The council will spend £12 million over three years on school "
      "repairs.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "school repairs");
}

TEST(FigureSurveyTest, WhatCostsSomeoneMoneyIsItsSubject) {
  const std::vector<Figure> f =
      Find("Road crashes cost the economy an estimated $4 billion a year.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subject(), "Road crashes");
}

TEST(FigureSurveyTest, ANumberNamingADiseaseTypeIsNoFigure) {
  const std::vector<Figure> f =
      Find("Cases of type 2 diabetes rose 6% among adults.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text(), "6%");
}

TEST(FigureSurveyTest, AMassNounEndingInIngHeadsItsNounPhrase) {
  EXPECT_EQ(Find("The draft budget sets total spending at $90 billion.")[0]
                .subject(),
            "total spending");
  EXPECT_EQ(Find("The plan puts new funding at £2.1bn.")[0].subject(),
            "new funding");
}

TEST(FigureSurveyTest, AnAgeLimitAfterPeopleIsPartOfTheSubject) {
  std::vector<Figure> f = Find("Obesity among children under 12 rose to 9%.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject(), "Obesity");
  f = Find("Unemployment among people over 50 fell to 3.9%.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "people");
  EXPECT_EQ(f[1].subject(), "Unemployment");
}

TEST(FigureSurveyTest, AForecastForAPeriodChangedToALevelIsTheSubject) {
  EXPECT_EQ(Find("The bank raised its growth forecast for next year to 2.4%.")[0]
                .subject(),
            "growth forecast");
  const std::vector<Figure> f = Find(
      "The IMF lowered its inflation forecast for this year to 3.1%.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subject(), "inflation forecast");
  EXPECT_EQ(f[0].time_scope(), "this year");
}

}  // namespace
}  // namespace factwire
