#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_CURRENCIES_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_CURRENCIES_H_

#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace factwire {
namespace lexicon {

// Where a currency spelling may stand relative to its amount.
enum CurrencyPlace : unsigned {
  kBefore = 1,  // "$10", "EUR 20", "Rs. 20"
  kAfter = 2,   // "10$", "20 euros", "42 KWD"
};

// What kind of money a spelling names.
enum class MoneyKind {
  kMajor,  // a currency unit: dollar, euro, "US$"
  kMinor,  // a hundredth of one: cents, pence, sen (composite "$20 and 43c")
  kCoin,   // a coin or slang amount worth `factor` of the major unit: nickel,
           // grand
};

// One spelling of a currency.
struct CurrencyEntry {
  const char* surface;  // matched case-insensitively unless case_sensitive
  const char* code;     // ISO 4217 ("USD"), or "cent"/"penny" for minor units
  unsigned places;      // CurrencyPlace bits
  bool case_sensitive;
  MoneyKind kind;
  double factor;  // value multiplier (coins: 0.05 for a nickel)
  // Also a common acronym: a currency only apart from its digits ("COP 26"
  // pesos, but "COP26" is a summit).
  bool acronym = false;
  // A capital letter the press of one country writes for its currency ("N40m"
  // naira, "R3.1bn" rand): money only before an amount shaped like money (a
  // scale or thousands grouping), as the letter alone is often a name ("N95
  // masks", "the N1 road").
  bool letter = false;
  // Also a unit's abbreviation after a number ("Ft" forint, "6 Ft" feet):
  // money only where the sentence speaks of paying or prices.
  bool also_unit = false;
  // A sign a country's own copy writes after the amount ("48 kr", "450 Ft
  // for a ticket"): money even with a word after it, where other short
  // spellings ("5 c", "12 le") need a break after them.
  bool trailing_sign = false;
  // Money only after an amount in digits and not before "of": a name that is
  // also a measure of drink ("a dram of whisky", "two drams of rum"; "300
  // dram", "22 billion dram" are money) or an English word ("a lek").
  bool digits_only = false;
  // Two capitals the Gulf press writes before an amount ("RO 720" Omani
  // rials, "QR 5 million", "KD 250"): money only before a scale ("QR 5
  // million") or in a sentence naming its currency, else where the text
  // names its country (RegionalPlaceCode() keyed by the code), as the
  // capitals are often a name ("QR 2 code", "RO 150 reverse osmosis unit").
  bool placed_sign = false;
  // A capital letter a small country's press writes for its currency ("M4.6
  // million" maloti in Lesotho, "E250" emalangeni in Eswatini): money only
  // where the text names that country (RegionalPlaceCode() keyed by the
  // code), as the letter is more often a name or a size ("M1 motorway",
  // "M&S", "size M").
  bool country_letter = false;
  // Also a common English word after a number ("won", "sol": "8 won seats",
  // "the Sol 2 rover"): money only after a scaled amount ("1.8 billion won",
  // "48 million sol") or a word of paying right before the amount ("paid 500
  // won").
  bool scaled_word = false;
};

// Currency symbols, ISO codes and names ("US$", "C$", "£", "EUR", "euros",
// "Swiss francs").
absl::Span<const CurrencyEntry> Currencies();

// True if `value` drink measures (CurrencyEntry::digits_only) with the
// lowercase word `next` after them are a serving, not money: a small count
// shared out ("tasters poured 2 drams each"); not "300 dram each".
bool IsDrinkServing(double value, absl::string_view next);

// The code the lowercase `place` gives the shared currency `family`
// ("dirham", "rabat" -> "MAD"; "peso", "bogota" -> "COP"; a code's own
// places for the code: "ZAR", "durban" -> "ZAR"), "" when the place names
// no country of the family: one lookup in an index built once,
// for readers that would otherwise walk the whole table per word.
absl::string_view RegionalPlaceCode(absl::string_view family,
                                    absl::string_view place);

// True if `code` is a name several countries' currencies share ("dirham",
// "riyal", "rial", "dinar", "rupee", "kr", "shilling", "kwacha" for the "K"
// sign, "P" for the pula or peso sign, "leu", "som", "krona"), as Currencies() gives it
// in place of a code.
bool IsRegionalCurrency(absl::string_view code);

// The code a shared name stands for when the text names no country: "AED"
// for "dirham", "INR" for "rupee", "KES" for "shilling", "ZMW" for "kwacha",
// "PHP" for "P", "RON" for "leu";
// the name itself for the others (which riyal, crown or som is unknown).
absl::string_view RegionalDefault(absl::string_view family);

// True if `word` (lowercase) speaks of a market or an exchange rate
// ("shares", "traded", "currency"): a currency letter's cents are a price.
bool IsMarketCueWord(absl::string_view word);

// True if `word` (lowercase) gives a day's price before "at" ("closed at",
// "opened at", "settled at").
bool IsClosingPriceVerb(absl::string_view word);

// True if the currency Currencies() writes as `family` (a code, or a shared
// name such as "P" or "kwacha") may be the currency of ISO `code`: "ZAR" for
// "ZAR", "BWP" and "PHP" for "P".
bool WritesCurrency(absl::string_view family, absl::string_view code);

}  // namespace lexicon
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_CURRENCIES_H_
