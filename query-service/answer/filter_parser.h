#ifndef FACTWIRE_QUERY_SERVICE_ANSWER_FILTER_PARSER_H_
#define FACTWIRE_QUERY_SERVICE_ANSWER_FILTER_PARSER_H_

#include <memory>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "store/filter.h"

namespace factwire {

// Longest filter accepted, in bytes; deepest nesting of parentheses and NOT;
// most comparisons in one filter.
inline constexpr int kMaxFilterBytes = 4096;
inline constexpr int kMaxFilterDepth = 32;
inline constexpr int kMaxFilterComparisons = 64;

// ParseFilterTree()
//
// Parses `filter`, the AIP-160 subset query_service.proto documents, into a
// tree of typed comparisons on the fields of `resource` (FilterFields()):
//
//   filter     = [ expression ]
//   expression = sequence { "AND" sequence }
//   sequence   = factor { factor }             (juxtaposition means AND)
//   factor     = term { "OR" term }            (OR binds tighter than AND)
//   term       = [ "NOT" | "-" ] simple
//   simple     = "(" expression ")" | comparison
//   comparison = field ( "=" | "!=" | "<" | "<=" | ">" | ">=" | ":" ) value
//   value      = "double-quoted" | 'single-quoted' | bare-word
//
// AND, OR and NOT are upper case. Quoted values take \" \' and \\ escapes; a
// bare word runs to the next space or parenthesis. Values are typed by the
// field: strings as written; resource fields take "sources/{id}" or the bare
// id; enums their value name with or without the type prefix, any case
// ("DIRECT_QUOTE", "CLAIM_KIND_DIRECT_QUOTE"); numbers a decimal number;
// timestamps RFC 3339 ("2025-01-01T00:00:00Z") or a date ("2025-01-01", UTC
// midnight). `field:*` asks that the field be set. Returns null for an empty
// or blank filter.
//
// kInvalidArgument with a message starting "filter:" and giving the 1-based
// column (in characters) of the problem: a syntax error, an unknown field
// (listing the resource's fields), an operator the field does not take
// (ordering on enums and resource names, `:` on numbers and times), a value of
// the wrong type or an unknown enum name, or a filter over the limits above.
absl::StatusOr<std::shared_ptr<const FilterExpr>> ParseFilterTree(
    FilterResource resource, absl::string_view filter);

}  // namespace factwire

#endif  // FACTWIRE_QUERY_SERVICE_ANSWER_FILTER_PARSER_H_
