#ifndef FACTWIRE_QUERY_SERVICE_ANSWER_NAMES_H_
#define FACTWIRE_QUERY_SERVICE_ANSWER_NAMES_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace factwire {

// ParseName()
//
// The id in a resource name "{collection}/{id}" ("documents/abc" -> "abc"). The
// id must be non-empty and hold no '/'. kInvalidArgument naming `field`
// otherwise.
absl::StatusOr<std::string> ParseName(absl::string_view field,
                                      absl::string_view collection,
                                      absl::string_view name);

// ParseNameOrId()
//
// Like ParseName(), but also takes the bare id ("mike-vigil" as well as
// "sources/mike-vigil"), as filters allow.
absl::StatusOr<std::string> ParseNameOrId(absl::string_view field,
                                          absl::string_view collection,
                                          absl::string_view value);

}  // namespace factwire

#endif  // FACTWIRE_QUERY_SERVICE_ANSWER_NAMES_H_
