#include "store/filter_sql.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/substitute.h"
#include "absl/time/time.h"
#include "store/fts_query.h"

namespace factwire {
namespace store_internal {
namespace {

constexpr int kMaxDepth = 64;

// How a field reads in SQL: `sql` with $0 standing for the comparison that
// follows the column ("= :filter3 COLLATE NOCASE"); several $0 compare several
// columns (a source's name and its aliases) and the condition holds if any
// does. Fixed strings only.
struct Column {
  FilterResource resource;
  const char* field;
  const char* sql;
  // Numbers stored from a proto float: literals are rounded the same way, so
  // `checkworthiness >= 0.7` matches a stored 0.7f.
  bool float32 = false;
  // For `:` on a text field with a full-text index: the condition with $0
  // standing for the FTS5 MATCH parameter.
  const char* fts_sql = nullptr;
};

constexpr char kPublishTime[] = "COALESCE(d.publish_time $0, 0)";
constexpr char kDocumentSources[] =
    "EXISTS (SELECT 1 FROM document_sources fds WHERE fds.document = d.id"
    " AND fds.source_id $0)";

const Column kColumns[] = {
    {FilterResource::kClaims, "source", "c.source_id $0"},
    {FilterResource::kClaims, "speaker", "c.source_id $0"},
    {FilterResource::kClaims, "kind", "c.kind $0"},
    {FilterResource::kClaims, "document", "d.document_id $0"},
    {FilterResource::kClaims, "publish_time", kPublishTime},
    {FilterResource::kClaims, "checkworthiness", "c.checkworthiness $0", true},
    {FilterResource::kFigures, "subject", "fi.subject $0", false,
     "fi.id IN (SELECT rowid FROM figures_fts WHERE figures_fts MATCH $0)"},
    {FilterResource::kFigures, "dimension", "fi.dimension $0"},
    {FilterResource::kFigures, "unit", "fi.unit $0"},
    {FilterResource::kFigures, "value", "fi.value $0"},
    {FilterResource::kFigures, "normalized_value", "fi.normalized_value $0"},
    {FilterResource::kFigures, "qualifier", "fi.qualifier $0"},
    {FilterResource::kFigures, "place", "fi.place $0"},
    {FilterResource::kFigures, "publish_time", kPublishTime},
    {FilterResource::kFigures, "source",
     "EXISTS (SELECT 1 FROM claims fc WHERE fc.document = fi.document"
     " AND fi.claim_id <> '' AND fc.claim_id = fi.claim_id"
     " AND fc.source_id $0)"},
    {FilterResource::kFigures, "document", "d.document_id $0"},
    {FilterResource::kDocuments, "section", "d.section $0"},
    {FilterResource::kDocuments, "headline", "d.headline $0"},
    {FilterResource::kDocuments, "publish_time", kPublishTime},
    {FilterResource::kDocuments, "source", kDocumentSources},
    {FilterResource::kSources, "type", "s.type $0"},
    {FilterResource::kSources, "name",
     "(s.name $0 OR EXISTS (SELECT 1 FROM source_aliases fa"
     " WHERE fa.source_id = s.source_id AND fa.alias $0))"},
    {FilterResource::kSources, "affiliation",
     "EXISTS (SELECT 1 FROM document_sources fds"
     " WHERE fds.source_id = s.source_id AND fds.affiliation $0)"},
    {FilterResource::kSources, "title",
     "EXISTS (SELECT 1 FROM document_sources fds"
     " WHERE fds.source_id = s.source_id AND fds.title $0)"},
    // The kept counts: source queries join source_counts as sc.
    {FilterResource::kSources, "claim_count", "COALESCE(sc.claim_count, 0) $0"},
    {FilterResource::kSources, "document_count",
     "COALESCE(sc.document_count, 0) $0"},
};

const Column* FindColumn(FilterResource resource, const std::string& field) {
  for (const Column& column : kColumns) {
    if (column.resource == resource && field == column.field) return &column;
  }
  return nullptr;
}

const FilterField* FindField(FilterResource resource,
                             const std::string& field) {
  for (const FilterField& known : FilterFields(resource)) {
    if (field == known.name) return &known;
  }
  return nullptr;
}

bool IsOrdering(FilterOp op) {
  return op == FilterOp::kLess || op == FilterOp::kLessOrEqual ||
         op == FilterOp::kGreater || op == FilterOp::kGreaterOrEqual;
}

// The value type each field type takes.
FilterValue::Type ValueType(FilterFieldType type) {
  switch (type) {
    case FilterFieldType::kString:
    case FilterFieldType::kResourceId:
      return FilterValue::Type::kString;
    case FilterFieldType::kEnum:
      return FilterValue::Type::kEnum;
    case FilterFieldType::kNumber:
      return FilterValue::Type::kNumber;
    case FilterFieldType::kTimestamp:
      return FilterValue::Type::kTime;
  }
  return FilterValue::Type::kNone;
}

// True if fields of `type` take `op`.
bool TakesOp(FilterFieldType type, FilterOp op) {
  switch (type) {
    case FilterFieldType::kString:
      return true;
    case FilterFieldType::kResourceId:
    case FilterFieldType::kEnum:
      return !IsOrdering(op);
    case FilterFieldType::kNumber:
    case FilterFieldType::kTimestamp:
      return op != FilterOp::kHas;
  }
  return false;
}

absl::Status Invalid(const FilterComparison& comparison,
                     absl::string_view problem) {
  return absl::InvalidArgumentError(
      absl::StrFormat("filter: %s at column %d %s", comparison.field,
                      comparison.column, problem));
}

// `text` as a LIKE pattern matching it anywhere, with '\' escaping.
std::string ContainsPattern(absl::string_view text) {
  std::string pattern = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') pattern.push_back('\\');
    pattern.push_back(c);
  }
  pattern.push_back('%');
  return pattern;
}

class Compiler {
 public:
  explicit Compiler(FilterResource resource) : resource_(resource) {}

  absl::StatusOr<std::string> Expr(const FilterExpr& expr, int depth) {
    if (depth > kMaxDepth) {
      return absl::InvalidArgumentError(
          absl::StrCat("filter: nested deeper than ", kMaxDepth, " levels"));
    }
    switch (expr.kind) {
      case FilterExpr::Kind::kAnd:
        return Join(expr, " AND ", depth);
      case FilterExpr::Kind::kOr:
        return Join(expr, " OR ", depth);
      case FilterExpr::Kind::kNot: {
        if (expr.children.size() != 1) {
          return absl::InvalidArgumentError("filter: NOT takes one operand");
        }
        absl::StatusOr<std::string> child = Expr(expr.children[0], depth + 1);
        if (!child.ok()) return child.status();
        return absl::StrCat("NOT (", *child, ")");
      }
      case FilterExpr::Kind::kComparison:
        return Comparison(expr.comparison);
    }
    return absl::InternalError("filter: unknown node");
  }

  std::vector<std::pair<std::string, SqlValue>> TakeParams() {
    return std::move(params_);
  }

 private:
  absl::StatusOr<std::string> Join(const FilterExpr& expr,
                                   absl::string_view separator, int depth) {
    if (expr.children.empty()) {
      return absl::InvalidArgumentError("filter: AND/OR without operands");
    }
    std::vector<std::string> parts;
    for (const FilterExpr& child : expr.children) {
      absl::StatusOr<std::string> part = Expr(child, depth + 1);
      if (!part.ok()) return part.status();
      parts.push_back(*std::move(part));
    }
    return absl::StrCat("(", absl::StrJoin(parts, separator), ")");
  }

  std::string Param(SqlValue value) {
    std::string name = absl::StrCat(":filter", params_.size());
    params_.emplace_back(name, std::move(value));
    return name;
  }

  absl::StatusOr<std::string> Comparison(const FilterComparison& comparison) {
    const FilterField* field = FindField(resource_, comparison.field);
    const Column* column = FindColumn(resource_, comparison.field);
    if (field == nullptr || column == nullptr) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "filter: unknown field \"%s\" at column %d for %s", comparison.field,
          comparison.column, FilterResourceName(resource_)));
    }
    absl::Status status = Check(*field, comparison);
    if (!status.ok()) return status;
    if (comparison.op == FilterOp::kHas && column->fts_sql != nullptr) {
      return Fts(*column, comparison);
    }
    std::string condition =
        absl::Substitute(column->sql, Suffix(*field, *column, comparison));
    if (comparison.op == FilterOp::kNotEqual) {
      return absl::StrCat("NOT (", condition, ")");
    }
    return condition;
  }

  absl::Status Check(const FilterField& field,
                     const FilterComparison& comparison) {
    if (!TakesOp(field.type, comparison.op)) {
      return Invalid(
          comparison,
          absl::StrCat("does not take \"", FilterOpText(comparison.op), "\""));
    }
    FilterValue::Type expected = comparison.op == FilterOp::kPresent
                                     ? FilterValue::Type::kNone
                                     : ValueType(field.type);
    if (comparison.value.type != expected) {
      return Invalid(comparison, "has a value of the wrong type");
    }
    return absl::OkStatus();
  }

  absl::StatusOr<std::string> Fts(const Column& column,
                                  const FilterComparison& comparison) {
    absl::StatusOr<std::string> match = FtsMatchAll(comparison.value.text);
    if (!match.ok()) return Invalid(comparison, "has no word to match");
    return absl::Substitute(column.fts_sql, Param(*std::move(match)));
  }

  // What follows the column: operator and parameter (for != the = form, which
  // the caller negates).
  std::string Suffix(const FilterField& field, const Column& column,
                     const FilterComparison& comparison) {
    const FilterValue& value = comparison.value;
    if (comparison.op == FilterOp::kPresent) return Presence(field.type);
    bool text = field.type == FilterFieldType::kString;
    if (comparison.op == FilterOp::kHas && text) {
      return absl::StrCat("LIKE ", Param(ContainsPattern(value.text)),
                          " ESCAPE '\\'");
    }
    std::string op =
        comparison.op == FilterOp::kNotEqual || comparison.op == FilterOp::kHas
            ? "="
            : FilterOpText(comparison.op);
    std::string param = Param(Bound(value, column.float32));
    return absl::StrCat(op, " ", param, text ? " COLLATE NOCASE" : "");
  }

  static std::string Presence(FilterFieldType type) {
    switch (type) {
      case FilterFieldType::kString:
      case FilterFieldType::kResourceId:
        return "<> ''";
      case FilterFieldType::kEnum:
        return "<> 0";
      case FilterFieldType::kNumber:
      case FilterFieldType::kTimestamp:
        return "IS NOT NULL";
    }
    return "IS NOT NULL";
  }

  static SqlValue Bound(const FilterValue& value, bool float32) {
    switch (value.type) {
      case FilterValue::Type::kString:
        return value.text;
      case FilterValue::Type::kNumber:
        return float32 ? static_cast<double>(static_cast<float>(value.number))
                       : value.number;
      case FilterValue::Type::kEnum:
        return value.enum_number;
      case FilterValue::Type::kTime:
        return absl::ToUnixMicros(value.time);
      case FilterValue::Type::kNone:
        return int64_t{0};
    }
    return int64_t{0};
  }

  FilterResource resource_;
  std::vector<std::pair<std::string, SqlValue>> params_;
};

}  // namespace

absl::StatusOr<SqlFilter> CompileFilter(FilterResource resource,
                                        const FilterExpr& filter) {
  Compiler compiler(resource);
  absl::StatusOr<std::string> sql = compiler.Expr(filter, 0);
  if (!sql.ok()) return sql.status();
  SqlFilter compiled;
  compiled.sql = *std::move(sql);
  compiled.params = compiler.TakeParams();
  return compiled;
}

std::optional<HasConjunct> TakeHasConjunct(
    const std::shared_ptr<const FilterExpr>& filter, const char* field) {
  auto is_has = [field](const FilterExpr& expr) {
    return expr.kind == FilterExpr::Kind::kComparison &&
           expr.comparison.field == field &&
           expr.comparison.op == FilterOp::kHas &&
           expr.comparison.value.type == FilterValue::Type::kString;
  };
  if (filter == nullptr) return std::nullopt;
  if (is_has(*filter))
    return HasConjunct{filter->comparison.value.text, nullptr};
  if (filter->kind != FilterExpr::Kind::kAnd) return std::nullopt;
  for (size_t i = 0; i < filter->children.size(); ++i) {
    if (!is_has(filter->children[i])) continue;
    std::vector<FilterExpr> rest = filter->children;
    rest.erase(rest.begin() + static_cast<std::ptrdiff_t>(i));
    return HasConjunct{filter->children[i].comparison.value.text,
                       std::make_shared<const FilterExpr>(FilterExpr::Join(
                           FilterExpr::Kind::kAnd, std::move(rest)))};
  }
  return std::nullopt;
}

void BindFilter(const SqlFilter& filter, Statement* stmt) {
  for (const auto& [name, value] : filter.params) {
    if (const int64_t* number = std::get_if<int64_t>(&value)) {
      stmt->Bind(name.c_str(), *number);
    } else if (const double* real = std::get_if<double>(&value)) {
      stmt->Bind(name.c_str(), *real);
    } else {
      stmt->Bind(name.c_str(), std::get<std::string>(value));
    }
  }
}

absl::StatusOr<SqlFilter> CompileOptionalFilter(
    FilterResource resource, const std::shared_ptr<const FilterExpr>& filter) {
  if (filter == nullptr) return SqlFilter();
  return CompileFilter(resource, *filter);
}

void AddFilter(const SqlFilter& filter, std::vector<std::string>* conditions) {
  if (!filter.sql.empty()) conditions->push_back(filter.sql);
}

absl::StatusOr<Statement> PrepareFiltered(Connection* connection,
                                          const std::string& sql,
                                          const SqlFilter& filter) {
  if (filter.sql.empty()) return connection->Prepare(sql);
  return connection->PrepareOnce(sql);
}

}  // namespace store_internal
}  // namespace factwire
