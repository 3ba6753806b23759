#include "query-service/answer/names.h"

#include "absl/status/status.h"
#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/strip.h"

namespace factwire {
namespace {

bool IsId(absl::string_view id) {
  return !id.empty() && !absl::StrContains(id, '/');
}

absl::Status BadName(absl::string_view field, absl::string_view collection,
                     absl::string_view name) {
  return absl::InvalidArgumentError(
      absl::StrFormat("%s must look like \"%s/{id}\", got \"%s\"", field,
                      collection, absl::CHexEscape(name)));
}

}  // namespace

absl::StatusOr<std::string> ParseName(absl::string_view field,
                                      absl::string_view collection,
                                      absl::string_view name) {
  absl::string_view id = name;
  if (!absl::ConsumePrefix(&id, absl::StrCat(collection, "/")) || !IsId(id)) {
    return BadName(field, collection, name);
  }
  return std::string(id);
}

absl::StatusOr<std::string> ParseNameOrId(absl::string_view field,
                                          absl::string_view collection,
                                          absl::string_view value) {
  if (absl::StartsWith(value, absl::StrCat(collection, "/"))) {
    return ParseName(field, collection, value);
  }
  if (!IsId(value)) return BadName(field, collection, value);
  return std::string(value);
}

}  // namespace factwire
