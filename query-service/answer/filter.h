#ifndef FACTWIRE_QUERY_SERVICE_ANSWER_FILTER_H_
#define FACTWIRE_QUERY_SERVICE_ANSWER_FILTER_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace factwire {

// One comparison `field = "value"` of a filter.
struct FilterTerm {
  std::string field;
  // Unquoted, with \" and \\ unescaped.
  std::string value;
  // Byte offset of the field in the filter string.
  int position = 0;
};

// ParseFilter()
//
// Parses the AIP-160 subset the query service documents: comparisons
// `field = "value"` joined by AND (upper case). Values are double-quoted
// strings (\" and \\ escape) or bare words of letters, digits and `_-./:`.
// An empty or blank filter has no terms. Each field may appear once and must be
// one of `fields`. kInvalidArgument starting "filter:" and giving the byte
// position of the problem: a syntax error, another operator (OR, NOT, !=, <,
// ...), an unknown or repeated field.
absl::StatusOr<std::vector<FilterTerm>> ParseFilter(
    absl::string_view filter, const std::vector<absl::string_view>& fields);

}  // namespace factwire

#endif  // FACTWIRE_QUERY_SERVICE_ANSWER_FILTER_H_
