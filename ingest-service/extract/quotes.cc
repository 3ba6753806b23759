#include "ingest-service/extract/quotes.h"

#include <cstddef>

namespace factwire {
namespace {

constexpr size_t kMaxSingleQuoteTokens = 60;

bool IsDouble(QuoteMark q) {
  return q == QuoteMark::kDoubleOpen || q == QuoteMark::kDoubleClose ||
         q == QuoteMark::kDoubleEither;
}

bool IsSingle(QuoteMark q) {
  return q == QuoteMark::kSingleOpen || q == QuoteMark::kSingleClose ||
         q == QuoteMark::kSingleEither;
}

// True when the straight or curly single mark at k can open a quote.
bool SingleCanOpen(const std::vector<Token>& tokens, size_t k) {
  const Token& t = tokens[k];
  if (t.quote == QuoteMark::kSingleOpen) return true;
  if (t.quote != QuoteMark::kSingleEither) return false;
  return t.space_before && k + 1 < tokens.size() && !tokens[k + 1].space_before &&
         tokens[k + 1].kind == TokenKind::kWord;
}

// True when the single mark at k can close a quote (not an apostrophe in a word).
bool SingleCanClose(const std::vector<Token>& tokens, size_t k) {
  const Token& t = tokens[k];
  if (t.quote != QuoteMark::kSingleClose && t.quote != QuoteMark::kSingleEither)
    return false;
  if (t.space_before) return false;
  if (k + 1 >= tokens.size() || tokens[k + 1].paragraph != t.paragraph) return true;
  const Token& next = tokens[k + 1];
  return next.space_before || next.kind == TokenKind::kPunct ||
         next.kind == TokenKind::kQuote;
}

// True when the closing double mark at k stands where a quote opens a sentence:
// at the paragraph start or after . ? ! : and a space, right before a word
// (”We were, ...). Mid-sentence such marks stay unpaired.
bool MisturnedOpen(const std::vector<Token>& tokens, size_t k, size_t paragraph_first,
                   size_t end) {
  const Token& t = tokens[k];
  if (t.quote != QuoteMark::kDoubleClose) return false;
  if (k != paragraph_first) {
    const Token& prev = tokens[k - 1];
    const bool after_stop = prev.kind == TokenKind::kPunct &&
                            (prev.punct == '.' || prev.punct == '?' || prev.punct == '!' ||
                             prev.punct == ':');
    if (!t.space_before || !after_stop) return false;
  }
  if (k + 1 >= end) return false;
  const Token& next = tokens[k + 1];
  return !next.space_before &&
         (next.kind == TokenKind::kWord || next.kind == TokenKind::kNumber);
}

// True when the opening double mark at k sits where a quote closes: glued to
// the word before it and followed by a space, punctuation or the paragraph end
// („Wir schaffen das“, sagte sie; a typed “…“ pair). Only asked while a quote is
// open.
bool GluedClose(const std::vector<Token>& tokens, size_t k, size_t end) {
  const Token& t = tokens[k];
  if (t.quote != QuoteMark::kDoubleOpen || t.space_before) return false;
  const Token& prev = tokens[k - 1];
  if (prev.kind == TokenKind::kQuote) return false;
  if (k + 1 >= end) return true;
  const Token& next = tokens[k + 1];
  return next.space_before || next.kind == TokenKind::kPunct;
}

QuoteSpan MakeSpan(const std::vector<Token>& tokens, size_t open, size_t close,
                   bool single) {
  QuoteSpan q;
  q.open = static_cast<int>(open);
  q.close = static_cast<int>(close);
  q.begin = tokens[open].end;
  q.end = tokens[close].begin;
  q.single = single;
  return q;
}

// Single-quoted stretches in tokens[from, to) outside any double quote.
void PairSingles(const std::vector<Token>& tokens, size_t from, size_t to,
                 std::vector<QuoteSpan>* out) {
  for (size_t k = from; k < to; ++k) {
    if (!SingleCanOpen(tokens, k)) continue;
    for (size_t j = k + 2; j < to && j < k + kMaxSingleQuoteTokens; ++j) {
      if (tokens[j].kind == TokenKind::kQuote && IsDouble(tokens[j].quote)) break;
      if (SingleCanClose(tokens, j)) {
        out->push_back(MakeSpan(tokens, k, j, true));
        k = j;
        break;
      }
    }
  }
}

}  // namespace

std::vector<QuoteSpan> PairQuotes(const std::vector<Token>& tokens) {
  std::vector<QuoteSpan> quotes;
  size_t p = 0;
  while (p < tokens.size()) {
    size_t end = p;
    while (end < tokens.size() && tokens[end].paragraph == tokens[p].paragraph) ++end;
    int open = -1;
    size_t outside_from = p;
    for (size_t k = p; k < end; ++k) {
      const Token& t = tokens[k];
      if (t.kind != TokenKind::kQuote || IsSingle(t.quote)) continue;
      const bool can_close =
          t.quote != QuoteMark::kDoubleOpen || (open >= 0 && GluedClose(tokens, k, end));
      if (open >= 0 && can_close) {
        quotes.push_back(MakeSpan(tokens, open, k, false));
        open = -1;
        outside_from = k + 1;
      } else if (open < 0 &&
                 (t.quote != QuoteMark::kDoubleClose || MisturnedOpen(tokens, k, p, end))) {
        PairSingles(tokens, outside_from, k, &quotes);
        open = static_cast<int>(k);
      }
    }
    if (open >= 0 && static_cast<size_t>(open) + 1 < end) {
      QuoteSpan q;
      q.open = open;
      q.close = -1;
      q.begin = tokens[open].end;
      q.end = tokens[end - 1].end;
      quotes.push_back(q);
    } else {
      PairSingles(tokens, outside_from, end, &quotes);
    }
    p = end;
  }
  // Singles were added out of order relative to doubles; restore text order.
  for (size_t i = 1; i < quotes.size(); ++i) {
    QuoteSpan q = quotes[i];
    size_t j = i;
    while (j > 0 && quotes[j - 1].open > q.open) {
      quotes[j] = quotes[j - 1];
      --j;
    }
    quotes[j] = q;
  }
  return quotes;
}

}  // namespace factwire
