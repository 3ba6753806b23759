#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_TOKEN_VIEW_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_TOKEN_VIEW_H_

#include <vector>

#include "absl/base/attributes.h"
#include "absl/strings/string_view.h"
#include "ingest-service/extract/figure_lexicon.h"
#include "ingest-service/extract/figure_tokens.h"

namespace factwire {
namespace figure_internal {

// Read-only questions about a sentence's tokens that the figure parsers share.
// Holds references: `tokens` and `lexicon` must outlive it.
class TokenView {
 public:
  TokenView(const std::vector<Token>& tokens, const FigureLexicon& lexicon)
      : t_(tokens),
        d_(tokens.data()),
        n_(static_cast<int>(tokens.size())),
        lex_(lexicon) {}

  // The token at i, or nullptr outside the sentence. (One unsigned compare
  // tests both ends: n_ is a size, never negative, and a negative i wraps
  // above it.)
  const Token* At(int i) const { return Inside(i) ? &d_[i] : nullptr; }

  // True if tokens[i] is the word `lower` (any case). Always inlined: called
  // with literals everywhere, it folds to a size test and a compare (no null
  // test of At's pointer: the bounds test is the whole check).
  ABSL_ATTRIBUTE_ALWAYS_INLINE bool IsWord(int i,
                                           absl::string_view lower) const {
    return Inside(i) && d_[i].kind == TokenKind::kWord && d_[i].lower == lower;
  }

  // True where a figure may end: sentence end, punctuation, or a function word.
  bool Boundary(int i) const {
    const Token* t = At(i);
    if (t == nullptr) return true;
    if (t->kind == TokenKind::kSymbol) return !IsDash(*t) && t->raw != "/";
    return t->kind == TokenKind::kWord && HasRole(*t, kRoleSubjectStop);
  }

  // True if no word or number stands before tokens[i] in the sentence (only
  // marks, such as an opening quote).
  bool OpensSentence(int i) const {
    for (int j = 0; j < i; ++j) {
      if (d_[j].kind != TokenKind::kSymbol) return false;
    }
    return true;
  }

  // True if a word or number is glued to the token before i ("06F6").
  bool Glued(int i) const {
    const Token* t = At(i);
    return t != nullptr && !t->space_before && t->kind != TokenKind::kSymbol;
  }

  // True if a number (digits or a number word) starts at i.
  bool StartsNumber(int i) const {
    const Token* t = At(i);
    if (t == nullptr) return false;
    if (t->kind == TokenKind::kNumber) return true;
    return t->kind == TokenKind::kWord && lex_.NumberWord(*t) != nullptr;
  }

 protected:
  // True if i indexes a token of the sentence (one unsigned compare, as
  // At()).
  bool Inside(int i) const {
    return static_cast<unsigned>(i) < static_cast<unsigned>(n_);
  }

  const std::vector<Token>& t_;
  // t_.data(), kept so that a token is one load away, not two (the vector
  // is not resized while a view lives).
  const Token* const d_;
  const int n_;
  const FigureLexicon& lex_;
};

// True for "-" and "−" (minus sign).
inline bool IsMinusSign(const Token& t) {
  return IsSymbol(t, "-") || IsSymbol(t, "\xE2\x88\x92");
}

}  // namespace figure_internal
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_TOKEN_VIEW_H_
