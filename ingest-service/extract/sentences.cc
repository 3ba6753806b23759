#include "ingest-service/extract/sentences.h"

#include <cstddef>

namespace factwire {
namespace {

bool IsCloser(const Token& t) {
  if (t.kind == TokenKind::kQuote) {
    return t.quote == QuoteMark::kDoubleClose || t.quote == QuoteMark::kSingleClose ||
           ((t.quote == QuoteMark::kDoubleEither ||
             t.quote == QuoteMark::kSingleEither) &&
            !t.space_before);
  }
  return t.kind == TokenKind::kPunct && (t.punct == ')' || t.punct == ']') &&
         !t.space_before;
}

// True when `t` can open a sentence.
bool CanStart(const Token& t) {
  if (!t.space_before) return false;
  switch (t.kind) {
    case TokenKind::kWord:
      return t.upper;
    case TokenKind::kNumber:
      return true;
    case TokenKind::kQuote:
      return t.quote != QuoteMark::kDoubleClose && t.quote != QuoteMark::kSingleClose;
    case TokenKind::kPunct:
      return t.punct == '(' || t.punct == '[' || t.punct == 'D';
  }
  return false;
}

// True when tokens[k], a one-letter word, is a unit symbol written onto the
// number or sign before it ("44°C.", "61°F."), no initial: nothing
// between them, the token before a number or a non-ASCII sign.
bool IsUnitLetter(const std::vector<Token>& tokens, size_t k) {
  if (k == 0 || tokens[k].space_before) return false;
  const Token& before = tokens[k - 1];
  return before.kind == TokenKind::kNumber ||
         (before.kind == TokenKind::kPunct && before.punct == 'U');
}

// Where the sentence ends if it ends at tokens[k]; 0 if it does not.
size_t BreakAfter(const std::vector<Token>& tokens, size_t k) {
  const Token& t = tokens[k];
  size_t last = k;
  if (IsSentenceMark(t)) {
    while (last + 1 < tokens.size() && tokens[last + 1].paragraph == t.paragraph &&
           (IsCloser(tokens[last + 1]) || IsSentenceMark(tokens[last + 1]))) {
      ++last;
    }
    if (last + 1 >= tokens.size()) return last + 1;
    const Token& next = tokens[last + 1];
    if (next.paragraph != t.paragraph) return last + 1;
    return CanStart(next) ? last + 1 : 0;
  }
  if (t.kind == TokenKind::kWord && t.ends_period) {
    if (k + 1 >= tokens.size()) return k + 1;
    const Token& next = tokens[k + 1];
    if (next.paragraph != t.paragraph) return k + 1;
    if ((t.classes & kNumberAbbreviation) != 0 && next.kind != TokenKind::kNumber) {
      return CanStart(next) ? k + 1 : 0;
    }
    const bool initial = t.end - t.begin == 2;
    // ("passed 44°C. The office said": the unit's period ends it.)
    if (initial && IsUnitLetter(tokens, k)) return CanStart(next) ? k + 1 : 0;
    if (initial || (t.classes & (kTitle | kHonorific)) != 0) return 0;
    return next.upper && (next.classes & kStarter) != 0 && next.space_before ? k + 1 : 0;
  }
  return 0;
}

}  // namespace

std::vector<Sentence> SplitSentences(const std::vector<Token>& tokens) {
  std::vector<Sentence> sentences;
  SplitSentences(tokens, &sentences);
  return sentences;
}

void SplitSentences(const std::vector<Token>& tokens, std::vector<Sentence>* out) {
  std::vector<Sentence>& sentences = *out;
  sentences.clear();
  size_t first = 0;
  const Token* const d = tokens.data();
  const size_t n = tokens.size();
  for (size_t k = 0; k < n; ++k) {
    // Most tokens may end no sentence: four are passed over with one test.
    while (k + 4 <= n && !(d[k].may_end_sentence | d[k + 1].may_end_sentence |
                           d[k + 2].may_end_sentence | d[k + 3].may_end_sentence)) {
      k += 4;
    }
    if (k >= n) break;
    const Token& t = d[k];
    if (!t.may_end_sentence) continue;
    const bool paragraph_end =
        k + 1 == tokens.size() || tokens[k + 1].paragraph != t.paragraph;
    const size_t end = paragraph_end ? k + 1 : BreakAfter(tokens, k);
    if (end == 0) continue;
    Sentence s;
    s.first = static_cast<int>(first);
    s.last = static_cast<int>(end);
    s.begin = tokens[first].begin;
    s.end = tokens[end - 1].end;
    s.paragraph = tokens[first].paragraph;
    sentences.push_back(s);
    first = end;
    k = end - 1;
  }
}

}  // namespace factwire
