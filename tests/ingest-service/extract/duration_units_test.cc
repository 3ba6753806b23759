// Durations counted in stays and seasons (lexicon/units.cc), and the span of
// years before them that is no count (figure_filters.cc EndsYearSpan).

#include <string>
#include <utility>
#include <vector>

#include "figure_test_support.h"
#include "gtest/gtest.h"

namespace factwire {
namespace {

using figure_test::FigureWithText;
using figure_test::Find;

// Checks that `sentence` has the duration `text` of `value` in `unit`.
void ExpectDuration(const std::string& sentence, const std::string& text, double value,
                    const std::string& unit) {
  const std::vector<v1::Figure> figures = Find(sentence);
  const v1::Figure* f = FigureWithText(figures, text);
  ASSERT_NE(f, nullptr) << sentence;
  EXPECT_DOUBLE_EQ(f->value(), value) << sentence;
  EXPECT_EQ(f->unit(), unit) << sentence;
  EXPECT_EQ(f->dimension(), v1::DIMENSION_DURATION) << sentence;
}

TEST(DurationUnitsTest, NightsAndSeasonsAreDurationsInTheirOwnUnit) {
  ExpectDuration("Guests who stay seven nights get the lower rate.", "seven nights", 7,
                 "night");
  ExpectDuration("She expects the deal to hold for at least three seasons.",
                 "at least three seasons", 3, "season");
  const std::vector<v1::Figure> figures = Find("He coached the side for 12 seasons.");
  const v1::Figure* f = FigureWithText(figures, "12 seasons");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->normalized_unit(), "season");  // no fixed length in seconds
}

// Decades and centuries are restated in years, and a fraction of an hour
// in words in minutes; the normalized seconds do not change.
TEST(DurationUnitsTest, DecadesCenturiesAndPartsOfAnHourAreRestated) {
  ExpectDuration("The mill stood empty for more than two decades.",
                 "more than two decades", 20, "year");
  ExpectDuration("The kiln stood cold for nearly a decade.",
                 "nearly a decade", 10, "year");
  ExpectDuration("The bridge has carried traffic for more than a century.",
                 "more than a century", 100, "year");
  ExpectDuration("The ferry left a quarter of an hour late.",
                 "a quarter of an hour", 15, "minute");
  ExpectDuration("Crews waited half an hour for the gates to open.",
                 "half an hour", 30, "minute");
  ExpectDuration("The crossing takes about three and a half hours.",
                 "about three and a half hours", 3.5, "hour");
  ExpectDuration("Repairs took 0.5 hours.", "0.5 hours", 0.5, "hour");
  const std::vector<v1::Figure> figures =
      Find("Fares rose for two to three decades.");
  const v1::Figure* f = FigureWithText(figures, "two to three decades");
  ASSERT_NE(f, nullptr);
  EXPECT_DOUBLE_EQ(f->value(), 20);
  EXPECT_DOUBLE_EQ(f->value_max(), 30);
  EXPECT_DOUBLE_EQ(f->normalized_value(), 2 * 315569520.0);
}

// "2027-28 season": the 28 ends a span of years; no figure "28 season".
TEST(DurationUnitsTest, TheEndOfASpanOfYearsIsNoFigure) {
  for (const std::string sentence :
       {"From the 2027-28 season the grant falls to \xC2\xA3" "21m.",
        "Revenue fell in the 2024-25 year.", "The 2019-2020 season was wet.",
        "Results for 2024/25 were flat."}) {
    for (const v1::Figure& f : Find(sentence)) {
      EXPECT_NE(f.dimension(), v1::DIMENSION_DURATION) << sentence << ": " << f.text();
      EXPECT_NE(f.text(), "25") << sentence;
    }
  }
  // A range of counts stays a figure.
  EXPECT_NE(FigureWithText(Find("He was jailed for 2-3 years."), "2-3 years"), nullptr);
}

// A period of a kind of calendar ("two academic years", "ten working days")
// is a length of time in its unit; a year before the words names a year.
TEST(DurationUnitsTest, PeriodsOfAKindOfCalendarAreDurations) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"The college will train 900 nurses over the next three academic "
       "years.",
       "three academic years"},
      {"Refunds are paid in ten working days.", "ten working days"},
      {"The levy ran for two fiscal years.", "two fiscal years"}};
  for (const auto& [sentence, text] : cases) {
    const v1::Figure* f = FigureWithText(Find(sentence), text);
    ASSERT_NE(f, nullptr) << sentence;
    EXPECT_EQ(f->dimension(), v1::DIMENSION_DURATION) << sentence;
  }
  for (const v1::Figure& f :
       Find("Arrivals fell in the 2019 fiscal year, officials said.")) {
    EXPECT_NE(f.dimension(), v1::DIMENSION_DURATION) << f.text();
  }
}

}  // namespace
}  // namespace factwire
