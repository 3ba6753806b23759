#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURES_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURES_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "factwire/v1/records.pb.h"
#include "ingest-service/extract/tokens.h"

namespace factwire {

// FindFigures()
//
// The figures in `sentence` (a byte range of `text`), in text order, each with text,
// span (bytes of `text`), value, value_max, dimension, unit, normalized_value,
// normalized_unit, qualifier, and where the sentence says them subject, time_scope
// and place. figure_id and claim_id are left empty for the caller.
// Not figures: years and dates, times, ordinals, phone numbers, numbers in names.
// Pure function; thread-safe.
//
// Details:
// - text includes the qualifier ("less than 20 kilograms"); value is in the stated
//   unit with scale applied ("$1.3 billion" -> 1.3e9, unit "USD"); for RANGE
//   figures value is the lower and value_max the upper end ("between 5 and 10").
// - unit: ISO 4217 codes for money (bare "$" -> "USD"; "cent"/"penny" for minor
//   units; a currency name shared by several countries keeps its name, "dinar");
//   unit codes such as "kg", "ton" (US short ton), "tonne", "km", "mi", "percent",
//   "percentage point", "year"; speeds and rates spelled out ("kilometre per
//   hour", "USD per kilogram"); "" for counts and ratios. normalized_* convert to
//   kg, m, m2, l, s, m/s, celsius; money and counts keep their value.
// - Vague amounts ("several thousand" = 3000, "hundreds of" = 100) are APPROXIMATE.
// - A sentence span outside `text` is clamped to it.
std::vector<factwire::v1::Figure> FindFigures(absl::string_view text,
                                              const factwire::v1::TextSpan& sentence);

// MayHoldFigures()
//
// False when FindFigures() would find nothing in the sentence made of the
// tokens [first, last) that Tokenize() made of `text`, told from those tokens
// without tokenizing the sentence again: no number, no number word ("twelve",
// "couple") and no "a"/"an" before a unit or currency word, also among the
// parts of words joined by hyphens, periods or apostrophes ("Sen.",
// "self-described", "wasn’t"). A token this check does not read (a word with
// a digit or non-ASCII letter, a non-ASCII mark other than quotes and dashes,
// any word or mark after "a") makes it true. Thread-safe.
bool MayHoldFigures(absl::string_view text, const std::vector<Token>& tokens, int first,
                    int last);

// The same figures appended to `*figures`, for a caller gathering the figures
// of many sentences. The earlier entries are kept; they must be figures of
// earlier sentences of `text` (or none), read only for a pronoun subject: a
// sentence opening "It rose 5%" takes the subject of the sentence before.
void FindFigures(absl::string_view text, const factwire::v1::TextSpan& sentence,
                 std::vector<factwire::v1::Figure>* figures);

// The same figures written to `(*figures)[*count]` on, and `*count` advanced
// past them: entries at and after `*count` are cleared and reused (their
// strings keep their room), the vector grows only when it runs out, and the
// entries before `*count` are kept and read as above (the figures of earlier
// sentences of `text`: start each document at `*count` = 0). For a caller
// gathering the figures of many sentences, document after document, in kept
// memory.
void FindFigures(absl::string_view text, const factwire::v1::TextSpan& sentence,
                 std::vector<factwire::v1::Figure>* figures, size_t* count);

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURES_H_
