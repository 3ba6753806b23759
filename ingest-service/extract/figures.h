#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURES_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURES_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "factwire/v1/records.pb.h"

namespace factwire {

// FindFigures()
//
// The figures in `sentence` (a byte range of `text`), in text order, each with text,
// span (bytes of `text`), value, value_max, dimension, unit, normalized_value,
// normalized_unit, qualifier, and where the sentence says them subject, time_scope
// and place. figure_id and claim_id are left empty for the caller.
// Not figures: years and dates, times, ordinals, phone numbers, numbers in names.
// Pure function; thread-safe.
std::vector<factwire::v1::Figure> FindFigures(absl::string_view text,
                                              const factwire::v1::TextSpan& sentence);

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_FIGURES_H_
