#include "query-service/answer/order_by.h"

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"

namespace factwire {

absl::StatusOr<SortOrder> ParseOrderBy(FilterResource resource,
                                       absl::string_view order_by) {
  if (absl::StrContains(order_by, ',')) {
    return absl::InvalidArgumentError(
        "order_by: sorting by one field is supported, got several");
  }
  std::vector<absl::string_view> words =
      absl::StrSplit(order_by, absl::ByAnyChar(" \t\r\n"), absl::SkipEmpty());
  SortOrder order;
  if (words.empty()) return order;
  if (words.size() > 2) {
    return absl::InvalidArgumentError(
        absl::StrFormat("order_by: expected \"field [asc|desc]\", got \"%s\"",
                        absl::CHexEscape(order_by)));
  }
  if (words.size() == 2) {
    std::string direction = absl::AsciiStrToLower(words[1]);
    if (direction != "asc" && direction != "desc") {
      return absl::InvalidArgumentError(
          absl::StrFormat("order_by: direction must be asc or desc, got \"%s\"",
                          absl::CHexEscape(words[1])));
    }
    order.descending = direction == "desc";
  }
  const std::vector<const char*>& fields = SortFields(resource);
  for (const char* field : fields) {
    if (words[0] == field) {
      order.field = field;
      return order;
    }
  }
  return absl::InvalidArgumentError(absl::StrFormat(
      "order_by: %s cannot be sorted by \"%s\"; they sort by %s",
      FilterResourceName(resource), absl::CHexEscape(words[0]),
      absl::StrJoin(fields, ", ")));
}

}  // namespace factwire
