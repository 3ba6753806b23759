#ifndef FACTWIRE_QUERY_SERVICE_ANSWER_FIGURE_INTERVAL_H_
#define FACTWIRE_QUERY_SERVICE_ANSWER_FIGURE_INTERVAL_H_

#include <optional>
#include <string>

#include "factwire/v1/records.pb.h"

namespace factwire {

// The values a figure allows: from `lower` to `upper`, each end included when
// it is closed. Unbounded ends are -inf / +inf (and open).
struct ValueInterval {
  double lower = 0;
  double upper = 0;
  bool lower_closed = true;
  bool upper_closed = true;
};

// How wide EXACT and APPROXIMATE figures are, relative to their value.
inline constexpr double kRoundingTolerance = 0.005;
inline constexpr double kApproximateTolerance = 0.10;

// FigureInterval()
//
// The interval `figure` allows in its normalised unit (normalized_value,
// normalized_unit), by qualifier:
//   EXACT, UNSPECIFIED  [x - 0.5%|x|, x + 0.5%|x|]   (rounding)
//   APPROXIMATE         [x - 10%|x|, x + 10%|x|]
//   MORE_THAN (x, inf)  AT_LEAST [x, inf)
//   LESS_THAN [0, x)    AT_MOST  [0, x]   when the dimension cannot be negative
//                       and x > 0; else from -inf.
//   RANGE               [x, value_max scaled as value is]
// nullopt when the figure has no usable value: a non-finite value, a range
// whose end is below its start or cannot be scaled (value 0 in a unit with
// another base). Pure function.
std::optional<ValueInterval> FigureInterval(const factwire::v1::Figure& figure);

// Overlaps()
//
// True if some value lies in both `a` and `b`.
bool Overlaps(const ValueInterval& a, const ValueInterval& b);

// Intersect()
//
// The values in both `a` and `b`; nullopt if none.
std::optional<ValueInterval> Intersect(const ValueInterval& a,
                                       const ValueInterval& b);

// LiesAbove()
//
// True if every value of `high` is greater than every value of `low`.
bool LiesAbove(const ValueInterval& high, const ValueInterval& low);

// FormatInterval()
//
// "[902.6, 911.7]", "(40, inf)", "[0, 20)", "[1293500000, 1306500000]":
// numbers with up to 6 significant digits, whole numbers from 1e6 to 1e15
// without an exponent.
std::string FormatInterval(const ValueInterval& interval);

}  // namespace factwire

#endif  // FACTWIRE_QUERY_SERVICE_ANSWER_FIGURE_INTERVAL_H_
