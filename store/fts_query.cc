#include "store/fts_query.h"

#include "absl/strings/ascii.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

namespace factwire {
namespace store_internal {
namespace {

// True if `word` has a letter or digit (any non-ASCII byte counts: the FTS5
// tokenizer decides for those).
bool HasSearchableChar(absl::string_view word) {
  for (char c : word) {
    unsigned char byte = static_cast<unsigned char>(c);
    if (byte >= 0x80 || absl::ascii_isalnum(byte)) return true;
  }
  return false;
}

// `word` as an FTS5 string (or prefix) term, or "" if nothing searchable.
std::string QuoteTerm(absl::string_view word) {
  std::string bare;
  for (char c : word) {
    if (c != '"') bare.push_back(c);
  }
  absl::string_view stem = bare;
  bool prefix = absl::ConsumeSuffix(&stem, "*");
  if (!HasSearchableChar(stem)) return std::string();
  std::string term = "\"" + std::string(stem) + "\"";
  if (prefix) term += "*";
  return term;
}

}  // namespace

absl::StatusOr<std::string> FtsMatchAll(absl::string_view text) {
  std::vector<std::string> words =
      absl::StrSplit(text, absl::ByAnyChar(" \t\r\n\f\v"), absl::SkipEmpty());
  return FtsMatchAll(words);
}

absl::StatusOr<std::string> FtsMatchAll(const std::vector<std::string>& words) {
  std::vector<std::string> terms;
  for (const std::string& phrase : words) {
    for (absl::string_view word :
         absl::StrSplit(phrase, absl::ByAnyChar(" \t\r\n\f\v"), absl::SkipEmpty())) {
      std::string term = QuoteTerm(word);
      if (!term.empty()) terms.push_back(std::move(term));
    }
  }
  if (terms.empty()) {
    return absl::InvalidArgumentError("search text has no searchable word");
  }
  return absl::StrJoin(terms, " AND ");
}

}  // namespace store_internal
}  // namespace factwire
