#include "query-service/answer/filter_values.h"

#include <cmath>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "absl/time/time.h"
#include "factwire/v1/records.pb.h"
#include "google/protobuf/descriptor.h"

namespace factwire {
namespace {

using google::protobuf::EnumDescriptor;
using google::protobuf::EnumValueDescriptor;

absl::Status Expects(const FilterField& field, const FilterLiteral& literal,
                     absl::string_view what) {
  return absl::InvalidArgumentError(absl::StrFormat(
      "filter: %s at column %d expects %s, got %s\"%s\"", field.name,
      literal.column, what, literal.quoted ? "" : "bare ",
      absl::CHexEscape(literal.text)));
}

absl::StatusOr<FilterValue> ResourceId(const FilterField& field,
                                       const FilterLiteral& literal) {
  absl::string_view id = literal.text;
  absl::ConsumePrefix(&id, absl::StrCat(field.detail, "/"));
  if (id.empty() || absl::StrContains(id, '/')) {
    return Expects(field, literal,
                   absl::StrFormat("\"%s/{id}\" or an id", field.detail));
  }
  return FilterValue::String(std::string(id));
}

// The enum type FilterField::detail names; null if unknown.
const EnumDescriptor* EnumType(absl::string_view full_name) {
  for (const EnumDescriptor* type :
       {v1::ClaimKind_descriptor(), v1::Dimension_descriptor(),
        v1::Qualifier_descriptor(), v1::SourceType_descriptor()}) {
    if (type->full_name() == full_name) return type;
  }
  return nullptr;
}

// "CLAIM_KIND_" for ClaimKind: its zero value's name without UNSPECIFIED.
std::string EnumPrefix(const EnumDescriptor& type) {
  std::string zero = type.value(0)->name();
  absl::string_view prefix = zero;
  absl::ConsumeSuffix(&prefix, "UNSPECIFIED");
  return std::string(prefix);
}

absl::StatusOr<FilterValue> EnumValue(const FilterField& field,
                                      const FilterLiteral& literal) {
  const EnumDescriptor* type = EnumType(field.detail);
  if (type == nullptr) {
    return absl::InternalError(
        absl::StrCat("filter: no enum type ", field.detail));
  }
  std::string prefix = EnumPrefix(*type);
  std::string name = absl::AsciiStrToUpper(literal.text);
  const EnumValueDescriptor* value = type->FindValueByName(name);
  if (value == nullptr) value = type->FindValueByName(prefix + name);
  if (value != nullptr && value->number() != 0) {
    return FilterValue::Enum(value->number());
  }
  std::vector<std::string> names;
  for (int i = 0; i < type->value_count(); ++i) {
    if (type->value(i)->number() == 0) continue;
    names.push_back(type->value(i)->name().substr(prefix.size()));
  }
  return Expects(field, literal,
                 absl::StrCat("one of ", absl::StrJoin(names, ", ")));
}

absl::StatusOr<FilterValue> NumberValue(const FilterField& field,
                                        const FilterLiteral& literal) {
  double number = 0;
  if (!absl::SimpleAtod(literal.text, &number) || !std::isfinite(number)) {
    return Expects(field, literal, "a number");
  }
  return FilterValue::Number(number);
}

absl::StatusOr<FilterValue> TimeValue(const FilterField& field,
                                      const FilterLiteral& literal) {
  absl::Time time;
  std::string ignored;
  if (absl::ParseTime(absl::RFC3339_full, literal.text, &time, &ignored) ||
      absl::ParseTime("%Y-%m-%d", literal.text, absl::UTCTimeZone(), &time,
                      &ignored)) {
    return FilterValue::Time(time);
  }
  return Expects(field, literal,
                 "an RFC 3339 time such as \"2025-01-01T00:00:00Z\" or a date "
                 "such as \"2025-01-01\"");
}

bool IsOrdering(FilterOp op) {
  return op == FilterOp::kLess || op == FilterOp::kLessOrEqual ||
         op == FilterOp::kGreater || op == FilterOp::kGreaterOrEqual;
}

}  // namespace

absl::StatusOr<FilterValue> TypeFilterValue(const FilterField& field,
                                            const FilterLiteral& literal) {
  switch (field.type) {
    case FilterFieldType::kString:
      return FilterValue::String(literal.text);
    case FilterFieldType::kResourceId:
      return ResourceId(field, literal);
    case FilterFieldType::kEnum:
      return EnumValue(field, literal);
    case FilterFieldType::kNumber:
      return NumberValue(field, literal);
    case FilterFieldType::kTimestamp:
      return TimeValue(field, literal);
  }
  return absl::InternalError("filter: unknown field type");
}

absl::Status CheckFilterOp(const FilterField& field, FilterOp op,
                           absl::string_view op_text, int column) {
  const char* allowed = nullptr;
  switch (field.type) {
    case FilterFieldType::kString:
      return absl::OkStatus();
    case FilterFieldType::kResourceId:
    case FilterFieldType::kEnum:
      if (!IsOrdering(op)) return absl::OkStatus();
      allowed = "=, != and :";
      break;
    case FilterFieldType::kNumber:
    case FilterFieldType::kTimestamp:
      if (op != FilterOp::kHas) return absl::OkStatus();
      allowed = "=, !=, <, <=, >, >= and :*";
      break;
  }
  return absl::InvalidArgumentError(absl::StrFormat(
      "filter: %s at column %d does not take \"%s\"; it takes %s", field.name,
      column, op_text, allowed));
}

}  // namespace factwire
