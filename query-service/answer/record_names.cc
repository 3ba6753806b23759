#include "query-service/answer/record_names.h"

#include <vector>

#include "absl/status/status.h"
#include "absl/strings/escaping.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "query-service/answer/names.h"

namespace factwire {

absl::StatusOr<RecordName> ParseRecordName(absl::string_view field,
                                           absl::string_view collection,
                                           absl::string_view name) {
  std::vector<absl::string_view> parts = absl::StrSplit(name, '/');
  if (parts.size() != 4 || parts[0] != "documents" || parts[1].empty() ||
      parts[2] != collection || parts[3].empty()) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "%s must look like \"documents/{document}/%s/{id}\", got \"%s\"", field,
        collection, absl::CHexEscape(name)));
  }
  return RecordName{std::string(parts[1]), std::string(parts[3])};
}

absl::StatusOr<std::string> DocumentsParent(absl::string_view parent) {
  if (parent.empty() || parent == "documents/-") return std::string();
  return ParseName("parent", "documents", parent);
}

}  // namespace factwire
