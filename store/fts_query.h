#ifndef FACTWIRE_STORE_FTS_QUERY_H_
#define FACTWIRE_STORE_FTS_QUERY_H_

// Turns user words into a safe FTS5 MATCH expression. Internal to
// factwire_store.

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace factwire {
namespace store_internal {

// An FTS5 query matching rows that hold every word of `text` (split on
// whitespace). Each word is quoted as a string, so FTS5 syntax in user text
// (AND, OR, NEAR, ^, :, parentheses, column filters) is matched literally and
// can never cause a syntax error; '"' is removed. A trailing '*' keeps its
// meaning as a prefix search ("fent*"). Words with only separator characters
// (punctuation, symbols, dashes, emoji) are dropped: FTS5 would read them as an
// empty phrase, which matches nothing. kInvalidArgument if no word is left.
absl::StatusOr<std::string> FtsMatchAll(absl::string_view text);

// The same for words given one by one (each may still contain spaces).
absl::StatusOr<std::string> FtsMatchAll(const std::vector<std::string>& words);

}  // namespace store_internal
}  // namespace factwire

#endif  // FACTWIRE_STORE_FTS_QUERY_H_
