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

// True when token k is the last of its paragraph.
bool EndsParagraph(const std::vector<Token>& tokens, size_t k) {
  return k + 1 >= tokens.size() || tokens[k + 1].paragraph != tokens[k].paragraph;
}

// True when the closing double mark at k stands where a quote opens a sentence:
// at the paragraph start or after . ? ! : and a space, right before a word
// (”We were, ...). Mid-sentence such marks stay unpaired.
bool MisturnedOpen(const std::vector<Token>& tokens, size_t k) {
  const Token& t = tokens[k];
  if (t.quote != QuoteMark::kDoubleClose) return false;
  if (!StartsParagraph(tokens, k)) {
    const Token& prev = tokens[k - 1];
    const bool after_stop = prev.kind == TokenKind::kPunct &&
                            (prev.punct == '.' || prev.punct == '?' || prev.punct == '!' ||
                             prev.punct == ':');
    if (!t.space_before || !after_stop) return false;
  }
  if (EndsParagraph(tokens, k)) return false;
  const Token& next = tokens[k + 1];
  return !next.space_before &&
         (next.kind == TokenKind::kWord || next.kind == TokenKind::kNumber);
}

// True when the opening double mark at k sits where a quote closes: glued to
// the word before it and followed by a space, punctuation or the paragraph end
// („Wir schaffen das“, sagte sie; a typed “…“ pair). Only asked while a quote is
// open.
bool GluedClose(const std::vector<Token>& tokens, size_t k) {
  const Token& t = tokens[k];
  if (t.quote != QuoteMark::kDoubleOpen || t.space_before) return false;
  const Token& prev = tokens[k - 1];
  if (prev.kind == TokenKind::kQuote) return false;
  if (EndsParagraph(tokens, k)) return true;
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

// The indices of the quote-mark tokens, in order: the only tokens pairing
// reads (every other token has QuoteMark::kNone), found in one pass.
void QuoteMarks(const std::vector<Token>& tokens, std::vector<size_t>* marks) {
  marks->clear();
  // (Locals: a push_back may alias the vector's fields, so the loop keeps them.)
  const Token* const t = tokens.data();
  const size_t n = tokens.size();
  // Tokenize() gives every quote mark its QuoteMark and every other token
  // kNone (zero): most tokens are passed over four at a time, with one test.
  const auto mark = [t](size_t k) { return static_cast<unsigned>(t[k].quote); };
  for (size_t k = 0; k < n; ++k) {
    while (k + 4 <= n && (mark(k) | mark(k + 1) | mark(k + 2) | mark(k + 3)) == 0) k += 4;
    if (k < n && t[k].kind == TokenKind::kQuote) marks->push_back(k);
  }
}

// Single-quoted stretches among the marks [from, to) of one paragraph outside
// any double quote; a closing mark is looked for from the second token after
// the opening one, within kMaxSingleQuoteTokens tokens.
void PairSingles(const std::vector<Token>& tokens, const std::vector<size_t>& marks,
                 size_t from, size_t to, std::vector<QuoteSpan>* out) {
  for (size_t i = from; i < to; ++i) {
    const size_t k = marks[i];
    if (!SingleCanOpen(tokens, k)) continue;
    for (size_t n = i + 1; n < to && marks[n] < k + kMaxSingleQuoteTokens; ++n) {
      const size_t j = marks[n];
      if (j < k + 2) continue;
      if (IsDouble(tokens[j].quote)) break;
      if (SingleCanClose(tokens, j)) {
        out->push_back(MakeSpan(tokens, k, j, true));
        i = n;
        break;
      }
    }
  }
}

// The quotes among the marks [from, to), all of one paragraph: double marks
// pair first, single marks pair between them; a double quote still open at the
// paragraph's end runs to it.
void PairParagraph(const std::vector<Token>& tokens, const std::vector<size_t>& marks,
                   size_t from, size_t to, std::vector<QuoteSpan>* quotes) {
  int open = -1;
  size_t outside_from = from;
  for (size_t i = from; i < to; ++i) {
    const size_t k = marks[i];
    const Token& t = tokens[k];
    if (IsSingle(t.quote)) continue;
    const bool can_close =
        t.quote != QuoteMark::kDoubleOpen || (open >= 0 && GluedClose(tokens, k));
    if (open >= 0 && can_close) {
      quotes->push_back(MakeSpan(tokens, open, k, false));
      open = -1;
      outside_from = i + 1;
    } else if (open < 0 && (t.quote != QuoteMark::kDoubleClose || MisturnedOpen(tokens, k))) {
      PairSingles(tokens, marks, outside_from, i, quotes);
      open = static_cast<int>(k);
    }
  }
  if (open < 0 || EndsParagraph(tokens, open)) {
    PairSingles(tokens, marks, outside_from, to, quotes);
    return;
  }
  size_t last = open;
  while (!EndsParagraph(tokens, last)) ++last;
  QuoteSpan q;
  q.open = open;
  q.close = -1;
  q.begin = tokens[open].end;
  q.end = tokens[last].end;
  quotes->push_back(q);
}

}  // namespace

bool StartsParagraph(const std::vector<Token>& tokens, size_t k) {
  return k == 0 || tokens[k - 1].paragraph != tokens[k].paragraph;
}

std::vector<QuoteSpan> PairQuotes(const std::vector<Token>& tokens) {
  std::vector<QuoteSpan> quotes;
  thread_local std::vector<size_t> marks;
  QuoteMarks(tokens, &marks);
  quotes.reserve(marks.size());  // (a quote opens at a mark: never more)
  for (size_t from = 0; from < marks.size();) {
    const int paragraph = tokens[marks[from]].paragraph;
    size_t to = from + 1;
    while (to < marks.size() && tokens[marks[to]].paragraph == paragraph) ++to;
    PairParagraph(tokens, marks, from, to, &quotes);
    from = to;
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
