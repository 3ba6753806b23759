#ifndef FACTWIRE_STORE_FILTER_SQL_H_
#define FACTWIRE_STORE_FILTER_SQL_H_

// Compiles a FilterExpr into a SQL condition with bound parameters. Internal to
// factwire_store.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "absl/status/statusor.h"
#include "store/filter.h"
#include "store/sqlite.h"

namespace factwire {
namespace store_internal {

// A value bound to a named parameter of the compiled SQL.
using SqlValue = std::variant<int64_t, double, std::string>;

// A SQL condition and the values of its parameters (":filter0", ":filter1",
// ...). `sql` holds only fixed fragments (column names from a whitelist,
// operators, parameter names), never a user value.
struct SqlFilter {
  std::string sql;
  std::vector<std::pair<std::string, SqlValue>> params;
};

// The condition `filter` sets on rows of `resource`, for these table aliases:
// claims `c` joined with their documents `d`; figures `fi` joined with `d`;
// documents `d`; sources `s`. Comparisons on a document without publish_time
// are false (so NOT publish_time < t matches it); `!=` matches exactly what
// `=` does not. kInvalidArgument (message starting "filter:" and naming the
// column) for a field `resource` does not have, a value of the wrong type, an
// operator the field does not take, a `:` on subject with no word to match,
// or a tree nested deeper than 64.
absl::StatusOr<SqlFilter> CompileFilter(FilterResource resource,
                                        const FilterExpr& filter);

// A `field:` (has) comparison taken out of a filter (TakeHasConjunct()).
struct HasConjunct {
  // The comparison's text.
  std::string text;
  // What is left of the filter; null if nothing.
  std::shared_ptr<const FilterExpr> rest;
};

// If `filter` is a `field:` comparison with a string value, or an AND with one
// among its children, the first such comparison and the filter without it
// (the rest ANDed as before), so a caller can drive a query from it; else
// nullopt. The taken comparison is not checked: the caller must check its
// text as CompileFilter() would.
std::optional<HasConjunct> TakeHasConjunct(
    const std::shared_ptr<const FilterExpr>& filter, const char* field);

// Binds the parameters of `filter` to `stmt`, whose SQL contains filter.sql.
void BindFilter(const SqlFilter& filter, Statement* stmt);

// CompileFilter() of `*filter`, or an empty SqlFilter (no condition) when
// `filter` is null.
absl::StatusOr<SqlFilter> CompileOptionalFilter(
    FilterResource resource, const std::shared_ptr<const FilterExpr>& filter);

// Appends filter.sql to `conditions` unless it is empty.
void AddFilter(const SqlFilter& filter, std::vector<std::string>* conditions);

// Prepares `sql`, which holds filter.sql: from the statement cache when the
// filter is empty, else for one use (filter SQL varies per request and must
// not grow the cache).
absl::StatusOr<Statement> PrepareFiltered(Connection* connection,
                                          const std::string& sql,
                                          const SqlFilter& filter);

}  // namespace store_internal
}  // namespace factwire

#endif  // FACTWIRE_STORE_FILTER_SQL_H_
