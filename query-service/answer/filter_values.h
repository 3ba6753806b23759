#ifndef FACTWIRE_QUERY_SERVICE_ANSWER_FILTER_VALUES_H_
#define FACTWIRE_QUERY_SERVICE_ANSWER_FILTER_VALUES_H_

// Typing of filter literals by the field they are compared with. Internal to
// the filter parser.

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "store/filter.h"

namespace factwire {

// A literal as written in a filter.
struct FilterLiteral {
  // Unquoted and unescaped.
  std::string text;
  bool quoted = false;
  // 1-based column of the literal in the filter.
  int column = 0;
};

// TypeFilterValue()
//
// The value `literal` stands for when compared with `field`: the text for
// strings, the id for resource names ("sources/x" or "x" -> "x"), the enum
// number, the number, the time. kInvalidArgument "filter: <field> at column
// <n> ..." saying what the field expects.
absl::StatusOr<FilterValue> TypeFilterValue(const FilterField& field,
                                            const FilterLiteral& literal);

// CheckFilterOp()
//
// OK if `field` takes `op` (written `op_text`); else kInvalidArgument naming
// the field, the operator, `column` and the operators the field takes.
absl::Status CheckFilterOp(const FilterField& field, FilterOp op,
                           absl::string_view op_text, int column);

}  // namespace factwire

#endif  // FACTWIRE_QUERY_SERVICE_ANSWER_FILTER_VALUES_H_
