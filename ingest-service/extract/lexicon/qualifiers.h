#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_QUALIFIERS_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_QUALIFIERS_H_

#include "absl/types/span.h"
#include "factwire/v1/records.pb.h"

namespace factwire {
namespace lexicon {

// A phrase that bounds a figure's value. Prefixes stand before the amount
// ("more than 20"), suffixes after it ("20 or more"). QUALIFIER_RANGE prefixes
// ("between") expect a second amount.
struct QualifierEntry {
  const char* phrase;  // lowercase
  factwire::v1::Qualifier qualifier;
};

// Qualifiers written before the amount.
absl::Span<const QualifierEntry> PrefixQualifiers();

// Qualifiers written after the amount (and its unit).
absl::Span<const QualifierEntry> SuffixQualifiers();

}  // namespace lexicon
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_QUALIFIERS_H_
