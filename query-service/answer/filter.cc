#include "query-service/answer/filter.h"

#include <algorithm>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"

namespace factwire {
namespace {

bool IsWordChar(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c)) || c == '_' ||
         c == '-' || c == '.' || c == '/' || c == ':';
}

bool IsIdentifierChar(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c)) || c == '_' ||
         c == '.';
}

// A cursor over the filter string that reports errors with their position.
class Scanner {
 public:
  explicit Scanner(absl::string_view text) : text_(text) {}

  bool AtEnd() {
    SkipSpaces();
    return pos_ == text_.size();
  }
  int position() const { return static_cast<int>(pos_); }

  // A run of word characters; "" if none here.
  std::string Word() { return Run(IsWordChar); }

  // A field name: letters, digits, '_' and '.'; "" if none here.
  std::string Identifier() { return Run(IsIdentifierChar); }

  // Consumes the word `word` if it comes next.
  bool ConsumeWord(absl::string_view word) {
    size_t start = pos_;
    if (Word() == word) return true;
    pos_ = start;
    return false;
  }

  // Consumes `c` if it comes next.
  bool Consume(char c) {
    SkipSpaces();
    if (pos_ == text_.size() || text_[pos_] != c) return false;
    ++pos_;
    return true;
  }

  // A value: a quoted string or a bare word.
  absl::StatusOr<std::string> Value() {
    SkipSpaces();
    if (pos_ < text_.size() && text_[pos_] == '"') return Quoted();
    std::string word = Word();
    if (word.empty()) return Error("expected a value");
    return word;
  }

  absl::Status Error(absl::string_view what) {
    SkipSpaces();
    std::string found = pos_ == text_.size()
                            ? "end of filter"
                            : absl::StrFormat("\"%s\"", Snippet());
    return absl::InvalidArgumentError(absl::StrFormat(
        "filter: %s at position %d, found %s", what, pos_, found));
  }

 private:
  void SkipSpaces() {
    while (pos_ < text_.size() &&
           absl::ascii_isspace(static_cast<unsigned char>(text_[pos_]))) {
      ++pos_;
    }
  }

  std::string Run(bool (*accept)(char)) {
    SkipSpaces();
    size_t start = pos_;
    while (pos_ < text_.size() && accept(text_[pos_])) ++pos_;
    return std::string(text_.substr(start, pos_ - start));
  }

  absl::string_view Snippet() const {
    absl::string_view rest = text_.substr(pos_, 12);
    size_t space = rest.find(' ');
    return space == 0 || space == absl::string_view::npos
               ? rest
               : rest.substr(0, space);
  }

  absl::StatusOr<std::string> Quoted() {
    size_t start = pos_++;
    std::string value;
    while (pos_ < text_.size() && text_[pos_] != '"') {
      if (text_[pos_] == '\\' && pos_ + 1 < text_.size()) ++pos_;
      value.push_back(text_[pos_++]);
    }
    if (pos_ == text_.size()) {
      pos_ = start;
      return Error("unterminated string");
    }
    ++pos_;
    return value;
  }

  absl::string_view text_;
  size_t pos_ = 0;
};

absl::StatusOr<FilterTerm> ParseTerm(
    Scanner& scanner, const std::vector<absl::string_view>& fields) {
  FilterTerm term;
  term.field = scanner.Identifier();
  if (term.field.empty()) return scanner.Error("expected a field name");
  term.position = scanner.position() - static_cast<int>(term.field.size());
  if (std::find(fields.begin(), fields.end(), term.field) == fields.end()) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "filter: unknown field \"%s\" at position %d; fields: %s", term.field,
        term.position, absl::StrJoin(fields, ", ")));
  }
  if (!scanner.Consume('=')) {
    return scanner.Error("expected \"=\" (the only comparison supported)");
  }
  absl::StatusOr<std::string> value = scanner.Value();
  if (!value.ok()) return value.status();
  term.value = *std::move(value);
  return term;
}

absl::Status RepeatedField(const FilterTerm& term) {
  return absl::InvalidArgumentError(
      absl::StrFormat("filter: field \"%s\" repeated at position %d",
                      term.field, term.position));
}

}  // namespace

absl::StatusOr<std::vector<FilterTerm>> ParseFilter(
    absl::string_view filter, const std::vector<absl::string_view>& fields) {
  Scanner scanner(filter);
  std::vector<FilterTerm> terms;
  if (scanner.AtEnd()) return terms;
  while (true) {
    absl::StatusOr<FilterTerm> term = ParseTerm(scanner, fields);
    if (!term.ok()) return term.status();
    for (const FilterTerm& seen : terms) {
      if (seen.field == term->field) return RepeatedField(*term);
    }
    terms.push_back(*std::move(term));
    if (scanner.AtEnd()) return terms;
    if (!scanner.ConsumeWord("AND")) {
      return scanner.Error(
          "expected AND (only \"=\" comparisons joined by AND are supported)");
    }
  }
}

}  // namespace factwire
