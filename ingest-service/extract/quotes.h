#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_QUOTES_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_QUOTES_H_

#include <cstddef>
#include <vector>

#include "ingest-service/extract/tokens.h"

namespace factwire {

// A quoted stretch: the open mark's token, the close mark's token (-1 when the quote
// runs to the end of its paragraph, as multi-paragraph quotes do), and the bytes
// between the marks.
struct QuoteSpan {
  int open = 0;
  int close = -1;
  int begin = 0;
  int end = 0;
  bool single = false;  // ‘…’ or '…' marks
};

// PairQuotes()
//
// Pairs quote marks within each paragraph: curly marks by direction, straight marks
// by position (a closing mark before a word after a space opens: ”We ...,”; an
// opening mark glued to a word before a space or punctuation closes an open
// quote: „Wir schaffen das“, sagte sie);
// single marks only outside double quotes and never across more than a
// sentence's worth of tokens. Nested quotes are not returned. Pure function.
std::vector<QuoteSpan> PairQuotes(const std::vector<Token>& tokens);

// StartsParagraph()
//
// True when token `k` of `tokens` opens its paragraph (and so the first
// sentence of it).
bool StartsParagraph(const std::vector<Token>& tokens, size_t k);

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_QUOTES_H_
