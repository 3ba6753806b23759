// Time scopes read from a duration written as a period ("£30m over four
// years", "from 3.4 million five years earlier", "up 4.2 points in two
// years"), a month after "last"/"next" ("last December") and a period noun
// after "during"/"over" ("during the quarter", "over the weekend").
// Sentences written for these tests.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/extract/figures.h"
#include "tests/ingest-service/extract/figure_test_support.h"

namespace factwire {
namespace {

using figure_test::Find;
using figure_test::FigureWithText;
using v1::Figure;

// The time scope of the figure written `figure` in `text`, or "<missing>".
std::string TimeOf(const std::string& text, const std::string& figure) {
  const std::vector<Figure> found = Find(text);
  const Figure* f = FigureWithText(found, figure);
  return f == nullptr ? std::string("<missing>") : f->time_scope();
}

// True if `scope` contains `words`.
bool Has(const std::string& scope, const std::string& words) {
  return scope.find(words) != std::string::npos;
}

TEST(FigureDurationPeriodsTest, ADurationAfterOverInOrWithinIsTheTimeScope) {
  // Council budget, labour market, markets, health spending.
  EXPECT_TRUE(Has(TimeOf("The council will spend £30 million over four years "
                         "on new roads.",
                         "£30 million"),
                  "four years"));
  EXPECT_TRUE(Has(TimeOf("Youth unemployment rose to 14%, up 4.2 percentage "
                         "points in two years.",
                         "4.2 percentage points"),
                  "two years"));
  EXPECT_TRUE(Has(TimeOf("Shares in the retailer have lost 40% within six "
                         "months.",
                         "40%"),
                  "six months"));
  EXPECT_TRUE(Has(TimeOf("The trust said it would save NZ$12m across three "
                         "years by merging back offices.",
                         "NZ$12m"),
                  "three years"));
}

TEST(FigureDurationPeriodsTest, ADurationBeforeEarlierIsTheBasesTimeScope) {
  // Transport, health statistics: the base of a comparison.
  EXPECT_TRUE(Has(TimeOf("Ridership fell to 2.1 million last year, from 3.4 "
                         "million five years earlier.",
                         "3.4 million"),
                  "five years earlier"));
  EXPECT_TRUE(Has(TimeOf("The clinic saw 310 cases, against 190 cases two "
                         "decades before.",
                         "190"),
                  "two decades before"));
}

TEST(FigureDurationPeriodsTest, AMonthAfterLastOrAPeriodAfterDuringIsTheScope) {
  // Commodities, business, police.
  EXPECT_TRUE(Has(TimeOf("Cocoa futures peaked above US$12,000 a tonne last "
                         "December.",
                         "above US$12,000 a tonne"),
                  "last December"));
  EXPECT_TRUE(Has(TimeOf("The insurer expects claims to top €40m next "
                         "March.",
                         "€40m"),
                  "next March"));
  EXPECT_TRUE(Has(TimeOf("The company added 2,150 employees during the "
                         "quarter.",
                         "2,150"),
                  "quarter"));
  EXPECT_TRUE(Has(TimeOf("Police made 48 arrests over the weekend.",
                         "48"),
                  "weekend"));
}

TEST(FigureDurationPeriodsTest, ADurationIsNotItsOwnScopeNorASentencesPeriod) {
  // The duration itself, a term served, a figure in another clause.
  EXPECT_EQ(TimeOf("The plant will close in two years.", "two years"), "");
  EXPECT_EQ(TimeOf("He was jailed for five years.", "five years"), "");
  EXPECT_EQ(TimeOf("Passengers waited 40 minutes in the rain.", "40 minutes"),
            "");
  EXPECT_EQ(TimeOf("The club paid £2m for him and he left within two years.",
                   "£2m"),
            "");
  // The reach of a superlative or a record, not the figure's period.
  EXPECT_EQ(TimeOf("Shares posted their biggest one-day fall of 12% in five years.",
                   "12%"),
            "");
  EXPECT_EQ(TimeOf("Prices rose at the fastest pace of 9.1% in 40 years.", "9.1%"), "");
  EXPECT_EQ(TimeOf("Turnout hit a record 81% in 12 years.", "81%"), "");
  // Not a superlative: the period stays.
  EXPECT_TRUE(Has(TimeOf("Exports fell 12% in five years.", "12%"), "five years"));
}

}  // namespace
}  // namespace factwire
