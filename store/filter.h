#ifndef FACTWIRE_STORE_FILTER_H_
#define FACTWIRE_STORE_FILTER_H_

// A parsed list filter (the AIP-160 subset of query_service.proto) as a small
// tree the store compiles to SQL. The query service parses and type-checks the
// filter string (query-service/answer/filter_parser.h); the store checks again
// that each field exists and takes the value's type, so a tree built by hand
// can never reach SQL unchecked. No gRPC, no SQL here.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/time/time.h"

namespace factwire {

// The resource a filter applies to; each has its own fields.
enum class FilterResource { kClaims, kFigures, kDocuments, kSources };

// A comparison's operator.
enum class FilterOp {
  kEqual,           // =
  kNotEqual,        // != (exactly the records `=` does not match)
  kLess,            // <
  kLessOrEqual,     // <=
  kGreater,         // >
  kGreaterOrEqual,  // >=
  kHas,             // :  (has the word(s) / contains)
  kPresent,         // :* (the field is set; the value is kNone)
};

// A typed literal: the text of strings and resource ids, a number, an enum's
// proto number, or a time.
struct FilterValue {
  enum class Type { kNone, kString, kNumber, kEnum, kTime };

  static FilterValue None() { return FilterValue(); }
  static FilterValue String(std::string text) {
    FilterValue value;
    value.type = Type::kString;
    value.text = std::move(text);
    return value;
  }
  static FilterValue Number(double number) {
    FilterValue value;
    value.type = Type::kNumber;
    value.number = number;
    return value;
  }
  static FilterValue Enum(int64_t number) {
    FilterValue value;
    value.type = Type::kEnum;
    value.enum_number = number;
    return value;
  }
  static FilterValue Time(absl::Time time) {
    FilterValue value;
    value.type = Type::kTime;
    value.time = time;
    return value;
  }

  Type type = Type::kNone;
  std::string text;
  double number = 0;
  int64_t enum_number = 0;
  absl::Time time;
};

// `field op value`, e.g. publish_time > "2025-01-01T00:00:00Z". `field` is the
// canonical field name (see FilterFields()); `column` is the 1-based column of
// the field in the filter string, for error messages.
struct FilterComparison {
  std::string field;
  FilterOp op = FilterOp::kEqual;
  FilterValue value;
  int column = 0;
};

// A node of the tree: AND/OR of two or more children, NOT of one, or a
// comparison (children empty).
struct FilterExpr {
  enum class Kind { kAnd, kOr, kNot, kComparison };

  static FilterExpr Comparison(FilterComparison comparison) {
    FilterExpr expr;
    expr.kind = Kind::kComparison;
    expr.comparison = std::move(comparison);
    return expr;
  }
  static FilterExpr Not(FilterExpr child) {
    FilterExpr expr;
    expr.kind = Kind::kNot;
    expr.children.push_back(std::move(child));
    return expr;
  }
  // kAnd or kOr of `children`; a single child is returned as is.
  static FilterExpr Join(Kind kind, std::vector<FilterExpr> children) {
    if (children.size() == 1) return std::move(children.front());
    FilterExpr expr;
    expr.kind = kind;
    expr.children = std::move(children);
    return expr;
  }

  Kind kind = Kind::kComparison;
  std::vector<FilterExpr> children;
  FilterComparison comparison;
};

// What a field holds, which decides the literals and operators it takes.
enum class FilterFieldType {
  // Text: = != (case-insensitive for ASCII), < <= > >=, `:` (has the words or
  // contains the text), :*.
  kString,
  // A resource id ("mike-vigil" for "sources/mike-vigil"): = != `:` (as =).
  kResourceId,
  // A proto enum value: = != `:` (as =).
  kEnum,
  // A number: every comparison, :*.
  kNumber,
  // An RFC 3339 time: every comparison, :* (has a publish_time).
  kTimestamp,
};

// One filterable field of a resource.
struct FilterField {
  const char* name;
  FilterFieldType type;
  // For kResourceId: the collection ("sources", "documents"); for kEnum: the
  // proto enum's full name ("factwire.v1.ClaimKind"); else "".
  const char* detail;
};

// The fields of `resource`, in the order error messages list them. Static
// storage; never empty.
const std::vector<FilterField>& FilterFields(FilterResource resource);

// The fields the list of `resource` sorts by (SortOrder::field in
// store/store.h), in the order error messages list them. Static storage.
const std::vector<const char*>& SortFields(FilterResource resource);

// "claims", "figures", "documents" or "sources".
const char* FilterResourceName(FilterResource resource);

// The operator as a filter writes it: "=", "!=", "<", "<=", ">", ">=", ":" or
// ":*". Static storage.
const char* FilterOpText(FilterOp op);

}  // namespace factwire

#endif  // FACTWIRE_STORE_FILTER_H_
