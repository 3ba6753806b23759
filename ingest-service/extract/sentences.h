#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_SENTENCES_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_SENTENCES_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "ingest-service/extract/tokens.h"

namespace factwire {

// A sentence: tokens [first, last) and bytes [begin, end) of the text.
struct Sentence {
  int first = 0;
  int last = 0;
  int begin = 0;
  int end = 0;
  int paragraph = 0;
};

// SplitSentences()
//
// Sentences of the tokenized text. Breaks after . ! ? or an ellipsis (with any
// closing quotes and brackets) when the next token starts a sentence, and at every
// paragraph end. Does not break after initials, titles ("Cpl."), decimals, or
// abbreviations ("U.S.") unless a sentence-starting word follows. `tokens` are
// as Tokenize() makes them: only those it marks may_end_sentence are looked at
// as ends. Pure function.
std::vector<Sentence> SplitSentences(const std::vector<Token>& tokens);

// The same sentences into `*sentences` (replacing its contents, reusing its capacity).
void SplitSentences(const std::vector<Token>& tokens, std::vector<Sentence>* sentences);

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_SENTENCES_H_
