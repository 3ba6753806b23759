#include "store/fts_query.h"

#include "absl/strings/ascii.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

namespace factwire {
namespace store_internal {
namespace {

// True unless code point `c` is one the FTS5 unicode61 tokenizer treats as a
// separator for sure: ASCII other than letters and digits, Latin-1 punctuation
// and symbols, general punctuation, symbols and arrows (U+2000-U+2BFF), CJK and
// full-width punctuation, emoji. Other code points count as word characters.
bool IsWordChar(char32_t c) {
  if (c < 0x80) return absl::ascii_isalnum(static_cast<unsigned char>(c));
  if (c < 0xC0 || c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return false;
  if (c >= 0x3000 && c <= 0x303F) return false;
  if (c >= 0xFE30 && c <= 0xFE4F) return false;
  if (c >= 0xFF01 && c <= 0xFF0F) return false;
  if (c >= 0x1F000 && c <= 0x1FAFF) return false;
  return true;
}

// The code point starting at `*i` of `word`, advancing `*i`; U+FFFD for a byte
// that does not start a well-formed sequence (counted as a word character).
char32_t NextCodePoint(absl::string_view word, size_t* i) {
  unsigned char lead = static_cast<unsigned char>(word[(*i)++]);
  int extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
  if (lead < 0x80) return lead;
  if (extra == 0 || *i + extra > word.size()) return 0xFFFD;
  char32_t c = lead & (0x3F >> extra);
  for (int k = 0; k < extra; ++k) {
    c = (c << 6) | (static_cast<unsigned char>(word[(*i)++]) & 0x3F);
  }
  return c;
}

// True if `word` has at least one character the tokenizer keeps in a token.
bool HasSearchableChar(absl::string_view word) {
  size_t i = 0;
  while (i < word.size()) {
    if (IsWordChar(NextCodePoint(word, &i))) return true;
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
    for (absl::string_view word : absl::StrSplit(
             phrase, absl::ByAnyChar(" \t\r\n\f\v"), absl::SkipEmpty())) {
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
