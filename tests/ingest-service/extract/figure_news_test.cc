// Figure classes met in news copy: periods, changes, ages, labels, phone
// numbers, qualifiers before an article, subjects and time scopes.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/extract/figures.h"

namespace factwire {
namespace {

using v1::Figure;

std::vector<Figure> Find(const std::string& text) {
  v1::TextSpan sentence;
  sentence.set_begin(0);
  sentence.set_end(static_cast<int>(text.size()));
  return FindFigures(text, sentence);
}

std::vector<std::string> Texts(const std::string& text) {
  std::vector<std::string> out;
  for (const Figure& f : Find(text)) out.push_back(f.text());
  return out;
}

using Strings = std::vector<std::string>;

TEST(FigureNewsTest, APeriodTheSentenceIsAboutIsATimeScopeNotAFigure) {
  const std::vector<Figure> f =
      Find("The council faces a gap of £23.5m over the next three years.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text(), "£23.5m");
  EXPECT_EQ(f[0].time_scope(), "next three years");
  EXPECT_EQ(Texts("Cases rose in the first three months of the year."),
            Strings{});
  EXPECT_EQ(Texts("Sales fell 4% over the past 12 months."), Strings{"4%"});
  // A length of time is still a figure.
  EXPECT_EQ(Texts("He was jailed for three years."), Strings{"three years"});
  EXPECT_EQ(Texts("The bridge will close for the next six weeks and more "
                  "than two weeks."),
            Strings{"more than two weeks"});
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
  const std::vector<Figure> f = Find("Traders see about a 70% chance of a cut.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text(), "about a 70%");
  EXPECT_EQ(f[0].qualifier(), v1::QUALIFIER_APPROXIMATE);
  EXPECT_DOUBLE_EQ(f[0].value(), 70);
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

}  // namespace
}  // namespace factwire
