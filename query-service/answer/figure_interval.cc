#include "query-service/answer/figure_interval.h"

#include <cmath>
#include <limits>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace factwire {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// True for dimensions whose values are never negative.
bool NonNegative(v1::Dimension dimension) {
  switch (dimension) {
    case v1::DIMENSION_COUNT:
    case v1::DIMENSION_CURRENCY:
    case v1::DIMENSION_MASS:
    case v1::DIMENSION_PERCENT:
    case v1::DIMENSION_LENGTH:
    case v1::DIMENSION_AREA:
    case v1::DIMENSION_VOLUME:
    case v1::DIMENSION_DURATION:
    case v1::DIMENSION_AGE:
    case v1::DIMENSION_SPEED:
    case v1::DIMENSION_RATIO:
      return true;
    case v1::DIMENSION_UNSPECIFIED:
    case v1::DIMENSION_TEMPERATURE:
    case v1::DIMENSION_OTHER:
    case v1::Dimension_INT_MIN_SENTINEL_DO_NOT_USE_:
    case v1::Dimension_INT_MAX_SENTINEL_DO_NOT_USE_:
      return false;
  }
  return false;
}

ValueInterval Around(double x, double tolerance) {
  const double delta = std::fabs(x) * tolerance;
  return {x - delta, x + delta, true, true};
}

// The lower end of "less than x" / "at most x".
double FloorBelow(const v1::Figure& figure, double x) {
  return NonNegative(figure.dimension()) && x > 0 ? 0 : -kInfinity;
}

// value_max in the normalised unit, scaled as value was.
std::optional<double> NormalizedMax(const v1::Figure& figure) {
  if (figure.normalized_unit().empty() ||
      figure.normalized_unit() == figure.unit()) {
    return figure.value_max() - figure.value() + figure.normalized_value();
  }
  if (figure.value() == 0) return std::nullopt;
  return figure.value_max() * (figure.normalized_value() / figure.value());
}

std::optional<ValueInterval> RangeInterval(const v1::Figure& figure) {
  std::optional<double> max = NormalizedMax(figure);
  if (!max.has_value() || !std::isfinite(*max) ||
      *max < figure.normalized_value()) {
    return std::nullopt;
  }
  return ValueInterval{figure.normalized_value(), *max, true, true};
}

std::string FormatNumber(double x) {
  if (std::isinf(x)) return x < 0 ? "-inf" : "inf";
  if (std::fabs(x) >= 1e6 && std::fabs(x) < 1e15) {
    return absl::StrFormat("%.0f", x);
  }
  return absl::StrFormat("%.6g", x);
}

}  // namespace

std::optional<ValueInterval> FigureInterval(const v1::Figure& figure) {
  const double x = figure.normalized_value();
  if (!std::isfinite(x)) return std::nullopt;
  switch (figure.qualifier()) {
    case v1::QUALIFIER_UNSPECIFIED:
    case v1::QUALIFIER_EXACT:
      return Around(x, kRoundingTolerance);
    case v1::QUALIFIER_APPROXIMATE:
      return Around(x, kApproximateTolerance);
    case v1::QUALIFIER_MORE_THAN:
      return ValueInterval{x, kInfinity, false, false};
    case v1::QUALIFIER_AT_LEAST:
      return ValueInterval{x, kInfinity, true, false};
    case v1::QUALIFIER_LESS_THAN:
    case v1::QUALIFIER_AT_MOST: {
      const double floor = FloorBelow(figure, x);
      return ValueInterval{floor, x, std::isfinite(floor),
                           figure.qualifier() == v1::QUALIFIER_AT_MOST};
    }
    case v1::QUALIFIER_RANGE:
      return RangeInterval(figure);
    case v1::Qualifier_INT_MIN_SENTINEL_DO_NOT_USE_:
    case v1::Qualifier_INT_MAX_SENTINEL_DO_NOT_USE_:
      return std::nullopt;
  }
  return std::nullopt;
}

std::optional<ValueInterval> Intersect(const ValueInterval& a,
                                       const ValueInterval& b) {
  ValueInterval result;
  if (a.lower > b.lower || (a.lower == b.lower && !a.lower_closed)) {
    result.lower = a.lower;
    result.lower_closed = a.lower_closed;
  } else {
    result.lower = b.lower;
    result.lower_closed = b.lower_closed;
  }
  if (a.upper < b.upper || (a.upper == b.upper && !a.upper_closed)) {
    result.upper = a.upper;
    result.upper_closed = a.upper_closed;
  } else {
    result.upper = b.upper;
    result.upper_closed = b.upper_closed;
  }
  if (result.lower > result.upper) return std::nullopt;
  if (result.lower == result.upper &&
      !(result.lower_closed && result.upper_closed)) {
    return std::nullopt;
  }
  return result;
}

bool Overlaps(const ValueInterval& a, const ValueInterval& b) {
  return Intersect(a, b).has_value();
}

bool LiesAbove(const ValueInterval& high, const ValueInterval& low) {
  if (high.lower > low.upper) return true;
  return high.lower == low.upper && !(high.lower_closed && low.upper_closed);
}

std::string FormatInterval(const ValueInterval& interval) {
  return absl::StrCat(
      interval.lower_closed ? "[" : "(", FormatNumber(interval.lower), ", ",
      FormatNumber(interval.upper), interval.upper_closed ? "]" : ")");
}

}  // namespace factwire
