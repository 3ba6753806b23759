#include "query-service/answer/figure_interval.h"

#include <cmath>
#include <limits>

#include "gtest/gtest.h"

namespace factwire {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

v1::Figure MakeFigure(double normalized, v1::Qualifier qualifier,
                      v1::Dimension dimension = v1::DIMENSION_COUNT) {
  v1::Figure figure;
  figure.set_value(normalized);
  figure.set_normalized_value(normalized);
  figure.set_qualifier(qualifier);
  figure.set_dimension(dimension);
  return figure;
}

void ExpectInterval(const std::optional<ValueInterval>& interval, double lower,
                    double upper, bool lower_closed, bool upper_closed) {
  ASSERT_TRUE(interval.has_value());
  EXPECT_DOUBLE_EQ(interval->lower, lower);
  EXPECT_DOUBLE_EQ(interval->upper, upper);
  EXPECT_EQ(interval->lower_closed, lower_closed);
  EXPECT_EQ(interval->upper_closed, upper_closed);
}

TEST(FigureInterval, ExactAllowsRounding) {
  ExpectInterval(FigureInterval(MakeFigure(1000, v1::QUALIFIER_EXACT)), 995,
                 1005, true, true);
  ExpectInterval(FigureInterval(MakeFigure(1000, v1::QUALIFIER_UNSPECIFIED)),
                 995, 1005, true, true);
  ExpectInterval(FigureInterval(MakeFigure(0, v1::QUALIFIER_EXACT)), 0, 0, true,
                 true);
}

TEST(FigureInterval, ApproximateIsTenPercent) {
  ExpectInterval(FigureInterval(MakeFigure(70000, v1::QUALIFIER_APPROXIMATE)),
                 63000, 77000, true, true);
  ExpectInterval(FigureInterval(MakeFigure(-10, v1::QUALIFIER_APPROXIMATE,
                                           v1::DIMENSION_TEMPERATURE)),
                 -11, -9, true, true);
}

TEST(FigureInterval, LowerBounds) {
  ExpectInterval(FigureInterval(MakeFigure(1, v1::QUALIFIER_MORE_THAN)), 1,
                 kInf, false, false);
  ExpectInterval(FigureInterval(MakeFigure(40, v1::QUALIFIER_AT_LEAST)), 40,
                 kInf, true, false);
}

TEST(FigureInterval, UpperBoundsStartAtZeroForNonNegativeDimensions) {
  ExpectInterval(FigureInterval(MakeFigure(20, v1::QUALIFIER_LESS_THAN,
                                           v1::DIMENSION_MASS)),
                 0, 20, true, false);
  ExpectInterval(FigureInterval(MakeFigure(20, v1::QUALIFIER_AT_MOST)), 0, 20,
                 true, true);
  ExpectInterval(FigureInterval(MakeFigure(5, v1::QUALIFIER_LESS_THAN,
                                           v1::DIMENSION_TEMPERATURE)),
                 -kInf, 5, false, false);
  ExpectInterval(FigureInterval(MakeFigure(-3, v1::QUALIFIER_AT_MOST,
                                           v1::DIMENSION_OTHER)),
                 -kInf, -3, false, true);
}

TEST(FigureInterval, RangeScalesItsEndLikeItsStart) {
  v1::Figure tons = MakeFigure(0, v1::QUALIFIER_RANGE, v1::DIMENSION_MASS);
  tons.set_value(2);
  tons.set_value_max(3);
  tons.set_unit("tonne");
  tons.set_normalized_value(2000);
  tons.set_normalized_unit("kg");
  ExpectInterval(FigureInterval(tons), 2000, 3000, true, true);

  v1::Figure count = MakeFigure(20, v1::QUALIFIER_RANGE);
  count.set_value_max(30);
  ExpectInterval(FigureInterval(count), 20, 30, true, true);
}

TEST(FigureInterval, UnusableValues) {
  v1::Figure backwards = MakeFigure(30, v1::QUALIFIER_RANGE);
  backwards.set_value_max(20);
  EXPECT_FALSE(FigureInterval(backwards).has_value());
  EXPECT_FALSE(FigureInterval(MakeFigure(std::nan(""), v1::QUALIFIER_EXACT))
                   .has_value());
  v1::Figure unscalable =
      MakeFigure(0, v1::QUALIFIER_RANGE, v1::DIMENSION_MASS);
  unscalable.set_value_max(3);
  unscalable.set_unit("ton");
  unscalable.set_normalized_unit("kg");
  EXPECT_FALSE(FigureInterval(unscalable).has_value());
}

TEST(Intervals, OverlapRespectsOpenAndClosedEnds) {
  const ValueInterval over{40, kInf, false, false};
  const ValueInterval under{0, 40, true, false};
  const ValueInterval upto{0, 40, true, true};
  const ValueInterval from{40, kInf, true, false};
  EXPECT_FALSE(Overlaps(over, under));
  EXPECT_FALSE(Overlaps(over, upto));
  EXPECT_FALSE(Overlaps(from, under));
  EXPECT_TRUE(Overlaps(from, upto));
  std::optional<ValueInterval> point = Intersect(from, upto);
  ASSERT_TRUE(point.has_value());
  EXPECT_EQ(point->lower, 40);
  EXPECT_EQ(point->upper, 40);
}

TEST(Intervals, IntersectKeepsTheTighterEnds) {
  std::optional<ValueInterval> both =
      Intersect({0, 10, true, true}, {5, 20, false, true});
  ASSERT_TRUE(both.has_value());
  EXPECT_EQ(FormatInterval(*both), "(5, 10]");
  EXPECT_FALSE(Intersect({0, 4, true, true}, {5, 20, true, true}).has_value());
}

TEST(Intervals, LiesAbove) {
  EXPECT_TRUE(LiesAbove({41, 42, true, true}, {11, 13, true, true}));
  EXPECT_FALSE(LiesAbove({11, 13, true, true}, {41, 42, true, true}));
  EXPECT_FALSE(LiesAbove({10, 20, true, true}, {15, 30, true, true}));
  EXPECT_TRUE(LiesAbove({10, 20, false, true}, {5, 10, true, true}));
  EXPECT_FALSE(LiesAbove({10, 20, true, true}, {5, 10, true, true}));
}

TEST(Intervals, Format) {
  EXPECT_EQ(FormatInterval({40, kInf, false, false}), "(40, inf)");
  EXPECT_EQ(FormatInterval({902.5, 911.5, true, true}), "[902.5, 911.5]");
  EXPECT_EQ(FormatInterval({-kInf, 5, false, false}), "(-inf, 5)");
  EXPECT_EQ(FormatInterval({1293500000, 1306500000, true, true}),
            "[1293500000, 1306500000]");
}

}  // namespace
}  // namespace factwire
