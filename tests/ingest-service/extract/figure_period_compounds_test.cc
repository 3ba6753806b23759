// Periods written as a hyphenated modifier ("First-half sales", "full-year
// guidance") or a month's quarter ("the June quarter") are a figure's time
// scope. Sentences written for these tests.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/extract/figures.h"
#include "tests/ingest-service/extract/figure_test_support.h"

namespace factwire {
namespace {

using figure_test::Find;
using v1::Figure;

// The time scope of the only figure of `text` ("<none>" when there are others).
std::string OnlyTimeScope(const std::string& text) {
  const std::vector<Figure> f = Find(text);
  return f.size() == 1 ? f[0].time_scope() : std::string("<none>");
}

TEST(FigurePeriodCompoundsTest, AHyphenatedPeriodModifierIsTheTimeScope) {
  EXPECT_EQ(OnlyTimeScope("First-half sales rose 8% at the grocer."),
            "First-half");
  EXPECT_EQ(OnlyTimeScope("Half-year revenue slipped to $2.1bn."),
            "Half-year");
  EXPECT_EQ(OnlyTimeScope("The miner kept its full-year output forecast at "
                          "1.2 million tonnes."),
            "full-year");
  EXPECT_EQ(OnlyTimeScope("Third-quarter orders at the plant climbed 12%."),
            "Third-quarter");
  EXPECT_EQ(OnlyTimeScope("It booked a second-half loss of €40m."),
            "second-half");
  // Not a period: a duration written so is the figure itself; other
  // hyphenated words before a noun are no period.
  EXPECT_EQ(OnlyTimeScope("The club signed him on a three-year deal."), "");
  EXPECT_EQ(OnlyTimeScope("First-time buyers paid 6% more."), "");
  EXPECT_EQ(OnlyTimeScope("First-year students pay 20% less rent."), "");
}

TEST(FigurePeriodCompoundsTest, AMonthsQuarterIsTheTimeScope) {
  EXPECT_EQ(OnlyTimeScope("Core inflation was 2.9 per cent in the June "
                          "quarter."),
            "June quarter");
  EXPECT_EQ(OnlyTimeScope("The December quarter saw exports fall 4%."),
            "December quarter");
  // A range of months names one quarter; the subject is read past it.
  const std::vector<Figure> f =
      Find("Net profit for the April-June quarter rose to $5.2m.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "April-June quarter");
  EXPECT_EQ(f[0].subject(), "Net profit");
}

}  // namespace
}  // namespace factwire
