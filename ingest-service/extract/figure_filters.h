#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_FILTERS_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_FILTERS_H_

#include <vector>

#include "ingest-service/extract/figure_amount.h"
#include "ingest-service/extract/figure_lexicon.h"
#include "ingest-service/extract/figure_tokens.h"

namespace factwire {
namespace figure_internal {

// The end of a phone number starting at tokens[i] ("555-1234", "(613)
// 555-1234", "613-555-1234", "0113 496 0123"), or i when none starts there.
int PhoneNumberEnd(const std::vector<Token>& tokens, int i);

// True if tokens[i] is a clock word: "a.m.", "am", "pm", "o'clock".
bool ClockWord(const std::vector<Token>& tokens, int i);

// True if a 4-digit integer amount reads as a year ("2025", not "2,025" or
// "2025 kg").
bool IsYearLike(const std::vector<Token>& tokens, const Amount& amount);

// True if `first` and `second`, the two ends of a range with nothing
// else around them, read as times of day written with a point ("open from
// 18.30 to 20.00", "8.30-17.00"): each a bare number of an hour and two
// digits of minutes in steps of five, one of them written with two digits
// of hour. Such a range is a span of the day, no figure.
bool IsClockRange(const std::vector<Token>& tokens, const Amount& first,
                  const Amount& second);

// NotAFigure()
//
// True when `amount` is a number but not a figure: a year, a day of a date, a
// clock time, an ordinal, a number in a name ("G7", "Covid-19", "Apollo 11", "Formula One"), a
// street number, a label ("junction 44"), a period the sentence is about ("the
// next three years"), or "one" used as a pronoun. `qualified` says a qualifier
// precedes it.
bool NotAFigure(const std::vector<Token>& tokens, const Amount& amount,
                bool qualified, const FigureLexicon& lexicon);

}  // namespace figure_internal
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_FILTERS_H_
