#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_CONTEXT_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_CONTEXT_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "factwire/v1/records.pb.h"
#include "ingest-service/extract/figure_lexicon.h"
#include "ingest-service/extract/figure_tokens.h"

namespace factwire {
namespace figure_internal {

// Where a figure sits among the sentence tokens and what kind of amount it is.
struct FigurePlace {
  int first = 0;  // tokens [first, end) of the figure text
  int end = 0;
  bool money = false;
};

// NamesCurrencyCountry()
//
// Whether the sentence text[begin, end), the text shortly before it or the
// story's opening names a place whose currency `family` writes, as
// lexicon::RegionalPlaceCode() reads them ("Lagos" for "NGN", the "N" of
// the naira; "Gaborone" for "P"): the evidence shared currency names are
// resolved by.
bool NamesCurrencyCountry(absl::string_view text, size_t begin, size_t end,
                          absl::string_view family);

// AddFigureContext()
//
// Sets subject, time_scope and place on each of `figures` (one per entry of
// `places`, same order) from the sentence tokens: the subject is the noun
// phrase the figure counts ("70,000 overdose deaths" -> "overdose deaths", "20
// kilograms of fentanyl" -> "fentanyl", "$1.3 billion for new detection
// technologies"); a unit figure without "of X" inherits the subject of a figure
// of the same dimension in the sentence. time_scope and place are the nearest
// period ("annually", "last fiscal year", "2024") and capitalized place after
// "in/within/across" ("United States"), preferring ones after the figure. A bare
// number whose subject is a rate, or that is compared with a rate ("down from
// 22.3"), becomes DIMENSION_RATIO. `earlier` holds the figures of the
// earlier sentences of `text` (text order; may be empty): a figure of a
// sentence opening with "It" or "They" and without a subject of its own takes
// the subject written before a figure of the sentence just before ("Barge
// freight ... rose to 45 euros a tonne. It rose 18% on Monday"). Money in a
// currency several countries name alike ("dirhams", "riyals", "Dh5bn") gets
// the code of the country the sentence, the text before it or the story's
// opening names ("MAD" in a story from Rabat), else the unit stays the
// shared name ("riyal"; "dirham" becomes "AED").
void AddFigureContext(absl::string_view text, const std::vector<Token>& tokens,
                      const std::vector<FigurePlace>& places,
                      const FigureLexicon& lexicon,
                      absl::Span<const factwire::v1::Figure> earlier,
                      absl::Span<factwire::v1::Figure> figures);

}  // namespace figure_internal
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_CONTEXT_H_
