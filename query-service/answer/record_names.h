#ifndef FACTWIRE_QUERY_SERVICE_ANSWER_RECORD_NAMES_H_
#define FACTWIRE_QUERY_SERVICE_ANSWER_RECORD_NAMES_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace factwire {

// The ids in a record's resource name.
struct RecordName {
  std::string document_id;
  std::string record_id;
};

// ParseRecordName()
//
// The ids in "documents/{document_id}/{collection}/{record_id}"
// ("documents/abc/claims/c1" with collection "claims" -> {"abc", "c1"}). Both
// ids must be non-empty and hold no '/'. kInvalidArgument naming `field`
// otherwise. Pure function.
absl::StatusOr<RecordName> ParseRecordName(absl::string_view field,
                                           absl::string_view collection,
                                           absl::string_view name);

// DocumentsParent()
//
// The document id a list's `parent` names: "" for "" or "documents/-" (every
// document), else the id of "documents/{id}". kInvalidArgument naming
// `parent` otherwise.
absl::StatusOr<std::string> DocumentsParent(absl::string_view parent);

}  // namespace factwire

#endif  // FACTWIRE_QUERY_SERVICE_ANSWER_RECORD_NAMES_H_
