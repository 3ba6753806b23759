#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_NUMBER_PARSER_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_NUMBER_PARSER_H_

#include <vector>

#include "ingest-service/extract/figure_lexicon.h"
#include "ingest-service/extract/figure_tokens.h"

namespace factwire {
namespace figure_internal {

// A number read from tokens: digits ("1,500", "2 1/2", "1.3bn"), words ("ninety
// five", "a hundred and two", "two thirds", "a dozen") or both ("5 million").
struct NumberParse {
  bool ok = false;
  int end = 0;  // index of the first token after the number
  double value = 0;
  double scale = 1;     // the scale words/suffixes applied ("million" -> 1e6)
  bool digits = false;  // written with digits
  bool words = false;   // written with number words
  bool fraction = false;
  bool multiplier = false;  // "twice", "threefold"
  bool bare_fraction =
      false;  // "half", "quarter-": only a figure before a unit
  bool vague =
      false;  // "several thousand", "hundreds of": an approximate amount
  bool single_one = false;  // just the word "one"
  bool article = false;     // began with "a"/"an" ("a dozen", "a third")
  bool date_like = false;   // "3/15/2024": not a figure at all
};

// ParseNumber()
//
// Reads the number starting at tokens[i]. `money` says a currency symbol
// precedes it, which makes "m" and "b" after digits mean million and billion.
// Returns ok=false when no number starts there.
NumberParse ParseNumber(const std::vector<Token>& tokens, int i, bool money,
                        const FigureLexicon& lexicon);

}  // namespace figure_internal
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_NUMBER_PARSER_H_
