#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_AMOUNT_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_AMOUNT_H_

#include <vector>

#include "ingest-service/extract/figure_lexicon.h"
#include "ingest-service/extract/figure_tokens.h"
#include "ingest-service/extract/number_parser.h"

namespace factwire {
namespace figure_internal {

// One amount: a signed number with its currency or unit ("$1.3 billion", "-18
// °C", "20 kilograms", "8-year-old", "three times", "7 feet and 10 inches").
struct Amount {
  bool ok = false;
  int first = 0;         // first token (sign or currency prefix included)
  int end = 0;           // one past the last token
  int number_first = 0;  // the number's own tokens
  int number_end = 0;
  NumberParse number;
  double value =
      0;  // signed, scale and coin values applied, in `unit`/currency
  const lexicon::CurrencyEntry* currency = nullptr;
  bool currency_before = false;
  const lexicon::UnitEntry* unit = nullptr;  // a measure unit (not money)
  // Rate denominators: "10 l/km", "$350 per kg", "20 J/m^2 per year".
  const lexicon::UnitEntry* per = nullptr;
  const lexicon::UnitEntry* per2 = nullptr;
  bool age = false;    // "8-year-old", "aged 8"
  bool times = false;  // "three times", "3-fold"
  bool ratio = false;  // "one in five": value is the quotient
  // Money only by a currency letter's cents ("R21.90") in a sentence that
  // speaks of no price or payment, or by a Gulf sign with no scale or named
  // currency ("RO 720"): money only where the text names a country writing
  // its currency so ("Release R21.02", "the QR 2 code" are names).
  bool needs_country = false;
  int skip_to = 0;  // when !ok: tokens up to here can be skipped ("3/15/2024")
};

// ParseAmount()
//
// Reads an amount starting at tokens[i]. Leaves ok=false when none starts
// there.
Amount ParseAmount(const std::vector<Token>& tokens, int i,
                   const FigureLexicon& lexicon);

// The "USD" currency entry ("$"), used for coins, and the "GBP" entry for money
// pounds.
const lexicon::CurrencyEntry* CurrencyByCode(absl::string_view code);

}  // namespace figure_internal
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURE_AMOUNT_H_
