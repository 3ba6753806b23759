#ifndef FACTWIRE_QUERY_SERVICE_ANSWER_ORDER_BY_H_
#define FACTWIRE_QUERY_SERVICE_ANSWER_ORDER_BY_H_

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "store/filter.h"
#include "store/store.h"

namespace factwire {

// ParseOrderBy()
//
// Parses an AIP-132 `order_by` of one field: "field", "field asc" or
// "field desc" (asc/desc in any case, spaces around ignored). The field must
// be one the list of `resource` sorts by (SortFields()). An empty or blank
// order_by is the list's default order (SortOrder with an empty field).
// kInvalidArgument starting "order_by:" for another field (listing those the
// list takes), a direction other than asc/desc, or several fields.
absl::StatusOr<SortOrder> ParseOrderBy(FilterResource resource,
                                       absl::string_view order_by);

}  // namespace factwire

#endif  // FACTWIRE_QUERY_SERVICE_ANSWER_ORDER_BY_H_
