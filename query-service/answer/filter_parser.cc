#include "query-service/answer/filter_parser.h"

#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "query-service/answer/filter_values.h"

namespace factwire {
namespace {

using Kind = FilterExpr::Kind;

bool IsFieldChar(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c)) || c == '_' ||
         c == '.';
}

bool IsSpace(char c) {
  return absl::ascii_isspace(static_cast<unsigned char>(c));
}

// A cursor over the filter text: skips spaces, reads tokens, and reports
// errors at 1-based character columns.
class Scanner {
 public:
  explicit Scanner(absl::string_view text) : text_(text) {}

  bool AtEnd() {
    SkipSpaces();
    return pos_ == text_.size();
  }

  // The next character (after spaces), or '\0' at the end.
  char Peek() {
    SkipSpaces();
    return pos_ == text_.size() ? '\0' : text_[pos_];
  }

  // The 1-based character column of the next token.
  int Column() {
    SkipSpaces();
    return ColumnAt(pos_);
  }

  bool Consume(char c) {
    if (Peek() != c) return false;
    ++pos_;
    return true;
  }

  // True if the upper-case keyword `word` comes next as a whole word; consumes
  // it when `consume`.
  bool Keyword(absl::string_view word, bool consume = true) {
    SkipSpaces();
    if (text_.substr(pos_, word.size()) != word) return false;
    size_t end = pos_ + word.size();
    if (end < text_.size() && IsFieldChar(text_[end])) return false;
    if (consume) pos_ = end;
    return true;
  }

  // True if '-' comes next directly followed by a term (the NOT shorthand).
  bool ConsumeMinus() {
    if (Peek() != '-' || pos_ + 1 >= text_.size() || IsSpace(text_[pos_ + 1])) {
      return false;
    }
    ++pos_;
    return true;
  }

  // A field name; "" if none comes next.
  std::string Field() {
    SkipSpaces();
    size_t start = pos_;
    while (pos_ < text_.size() && IsFieldChar(text_[pos_])) ++pos_;
    return std::string(text_.substr(start, pos_ - start));
  }

  // A comparison operator as written; "" if none comes next.
  std::string Operator() {
    SkipSpaces();
    for (absl::string_view op : {"<=", ">=", "!=", "=", "<", ">", ":"}) {
      if (text_.substr(pos_, op.size()) == op) {
        pos_ += op.size();
        return std::string(op);
      }
    }
    return std::string();
  }

  // A quoted or bare literal.
  absl::StatusOr<FilterLiteral> Literal() {
    FilterLiteral literal;
    literal.column = Column();
    char c = Peek();
    if (c == '"' || c == '\'') return Quoted(c, literal);
    if (c == '=' || c == '<' || c == '>' || c == '!' || c == ':') {
      return Error("expected a value");
    }
    size_t start = pos_;
    while (pos_ < text_.size() && !IsSpace(text_[pos_]) && text_[pos_] != '(' &&
           text_[pos_] != ')') {
      ++pos_;
    }
    if (pos_ == start) return Error("expected a value");
    literal.text = std::string(text_.substr(start, pos_ - start));
    return literal;
  }

  // "filter: <what> at column N, found <next token>".
  absl::Status Error(absl::string_view what) {
    SkipSpaces();
    std::string found = pos_ == text_.size()
                            ? "the end of the filter"
                            : absl::StrFormat("\"%s\"", Snippet());
    return absl::InvalidArgumentError(absl::StrFormat(
        "filter: %s at column %d, found %s", what, ColumnAt(pos_), found));
  }

 private:
  void SkipSpaces() {
    while (pos_ < text_.size() && IsSpace(text_[pos_])) ++pos_;
  }

  // Characters (UTF-8 lead bytes) before byte `pos`, plus one.
  int ColumnAt(size_t pos) const {
    int column = 1;
    for (size_t i = 0; i < pos && i < text_.size(); ++i) {
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
    }
    return column;
  }

  std::string Snippet() const {
    size_t end = pos_;
    while (end < text_.size() && end - pos_ < 16 && !IsSpace(text_[end])) {
      ++end;
    }
    if (end == pos_) ++end;
    return absl::CHexEscape(text_.substr(pos_, end - pos_));
  }

  absl::StatusOr<FilterLiteral> Quoted(char quote, FilterLiteral literal) {
    size_t start = pos_++;
    literal.quoted = true;
    while (pos_ < text_.size() && text_[pos_] != quote) {
      if (text_[pos_] == '\\' && pos_ + 1 < text_.size()) ++pos_;
      literal.text.push_back(text_[pos_++]);
    }
    if (pos_ == text_.size()) {
      pos_ = start;
      return Error("unterminated string");
    }
    ++pos_;
    return literal;
  }

  absl::string_view text_;
  size_t pos_ = 0;
};

FilterOp OpFor(absl::string_view op) {
  if (op == "=") return FilterOp::kEqual;
  if (op == "!=") return FilterOp::kNotEqual;
  if (op == "<") return FilterOp::kLess;
  if (op == "<=") return FilterOp::kLessOrEqual;
  if (op == ">") return FilterOp::kGreater;
  if (op == ">=") return FilterOp::kGreaterOrEqual;
  return FilterOp::kHas;
}

// The recursive-descent parser of the grammar in filter_parser.h.
class Parser {
 public:
  Parser(FilterResource resource, absl::string_view text)
      : resource_(resource), scanner_(text) {}

  absl::StatusOr<FilterExpr> Filter() {
    absl::StatusOr<FilterExpr> expr = Expression(0);
    if (!expr.ok()) return expr;
    if (!scanner_.AtEnd()) {
      return scanner_.Error(scanner_.Peek() == ')'
                                ? "unbalanced \")\""
                                : "expected AND, OR or the end");
    }
    return expr;
  }

 private:
  using Part = absl::StatusOr<FilterExpr> (Parser::*)(int);

  // `part` { separator part }, joined as `kind`; a null separator means
  // juxtaposition (another part follows unless AND, ")" or the end does).
  absl::StatusOr<FilterExpr> List(Part part, const char* separator, Kind kind,
                                  int depth) {
    std::vector<FilterExpr> children;
    while (true) {
      absl::StatusOr<FilterExpr> child = (this->*part)(depth);
      if (!child.ok()) return child;
      children.push_back(*std::move(child));
      if (separator != nullptr ? !scanner_.Keyword(separator) : !StartsTerm()) {
        return FilterExpr::Join(kind, std::move(children));
      }
    }
  }

  bool StartsTerm() {
    return !scanner_.AtEnd() && scanner_.Peek() != ')' &&
           !scanner_.Keyword("AND", false) && !scanner_.Keyword("OR", false);
  }

  absl::StatusOr<FilterExpr> Expression(int depth) {
    return List(&Parser::Sequence, "AND", Kind::kAnd, depth);
  }

  absl::StatusOr<FilterExpr> Sequence(int depth) {
    return List(&Parser::Factor, nullptr, Kind::kAnd, depth);
  }

  absl::StatusOr<FilterExpr> Factor(int depth) {
    return List(&Parser::Term, "OR", Kind::kOr, depth);
  }

  absl::StatusOr<FilterExpr> Term(int depth) {
    if (depth > kMaxFilterDepth) {
      return scanner_.Error(
          absl::StrCat("nested deeper than ", kMaxFilterDepth, " levels"));
    }
    if (scanner_.Keyword("NOT") || scanner_.ConsumeMinus()) {
      absl::StatusOr<FilterExpr> child = Term(depth + 1);
      if (!child.ok()) return child;
      return FilterExpr::Not(*std::move(child));
    }
    if (!scanner_.Consume('(')) return Comparison();
    absl::StatusOr<FilterExpr> inner = Expression(depth + 1);
    if (!inner.ok()) return inner;
    if (!scanner_.Consume(')')) return scanner_.Error("expected \")\"");
    return inner;
  }

  absl::StatusOr<FilterExpr> Comparison() {
    if (++comparisons_ > kMaxFilterComparisons) {
      return scanner_.Error(
          absl::StrCat("more than ", kMaxFilterComparisons, " comparisons"));
    }
    FilterComparison comparison;
    comparison.column = scanner_.Column();
    comparison.field = scanner_.Field();
    if (comparison.field.empty()) {
      return scanner_.Error("expected a field name, \"(\" or NOT");
    }
    absl::StatusOr<const FilterField*> field = FindField(comparison);
    if (!field.ok()) return field.status();
    int op_column = scanner_.Column();
    std::string op_text = scanner_.Operator();
    if (op_text.empty()) return MissingOperator(comparison.field);
    comparison.op = OpFor(op_text);
    if (op_text == ":" && scanner_.Keyword("*")) {
      comparison.op = FilterOp::kPresent;
      return FilterExpr::Comparison(std::move(comparison));
    }
    absl::Status status =
        CheckFilterOp(**field, comparison.op, op_text, op_column);
    if (!status.ok()) return status;
    absl::StatusOr<FilterLiteral> literal = scanner_.Literal();
    if (!literal.ok()) return literal.status();
    absl::StatusOr<FilterValue> value = TypeFilterValue(**field, *literal);
    if (!value.ok()) return value.status();
    comparison.value = *std::move(value);
    return FilterExpr::Comparison(std::move(comparison));
  }

  absl::StatusOr<const FilterField*> FindField(
      const FilterComparison& comparison) {
    std::vector<std::string> names;
    for (const FilterField& field : FilterFields(resource_)) {
      if (comparison.field == field.name) return &field;
      names.push_back(field.name);
    }
    std::string upper = absl::AsciiStrToUpper(comparison.field);
    std::string hint;
    if (upper == "AND" || upper == "OR" || upper == "NOT") {
      hint = absl::StrCat(" (write ", upper, " in upper case)");
    }
    return absl::InvalidArgumentError(absl::StrFormat(
        "filter: unknown field \"%s\" at column %d%s; %s filter fields are: "
        "%s",
        absl::CHexEscape(comparison.field), comparison.column, hint,
        FilterResourceName(resource_), absl::StrJoin(names, ", ")));
  }

  absl::Status MissingOperator(const std::string& field) {
    return scanner_.Error(absl::StrFormat(
        "expected =, !=, <, <=, >, >= or : after \"%s\"", field));
  }

  FilterResource resource_;
  Scanner scanner_;
  int comparisons_ = 0;
};

}  // namespace

absl::StatusOr<std::shared_ptr<const FilterExpr>> ParseFilterTree(
    FilterResource resource, absl::string_view filter) {
  if (filter.size() > static_cast<size_t>(kMaxFilterBytes)) {
    return absl::InvalidArgumentError(
        absl::StrCat("filter: longer than ", kMaxFilterBytes, " bytes"));
  }
  Parser parser(resource, filter);
  Scanner blank(filter);
  if (blank.AtEnd()) return std::shared_ptr<const FilterExpr>();
  absl::StatusOr<FilterExpr> expr = parser.Filter();
  if (!expr.ok()) return expr.status();
  return std::make_shared<const FilterExpr>(*std::move(expr));
}

}  // namespace factwire
