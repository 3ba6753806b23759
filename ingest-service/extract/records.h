#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_RECORDS_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_RECORDS_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "factwire/v1/records.pb.h"
#include "ingest-service/extract/claims.h"
#include "ingest-service/extract/mentions.h"

namespace factwire {

// "Mike Vigil" -> "mike-vigil": letters lowercased (ASCII, Latin-1 and Latin
// Extended-A: "RT\xC3\x89" -> "rt\xC3\xA9"), digits and other non-ASCII characters
// kept; apostrophes (straight or curly) and periods dropped; any other run "-".
std::string Slug(absl::string_view name);

// BuildRecords()
//
// Writes claims (ids c1.. in text order), figures (ids f1.., each linked to the
// claim whose words or sentence hold it; a sentence stating a figure without
// attribution becomes a STATEMENT claim) and the sources the claims cite into
// `document`. The figures are moved out of `figures`, which then holds figures
// the document held before, not necessarily cleared (a caller reusing an entry
// clears it first, as FindFigures does). Pure function of its inputs.
void BuildRecords(const TextModel& model, MentionFinder& mentions,
                  std::vector<ClaimDraft> drafts, absl::Span<v1::Figure> figures,
                  v1::Document* document);

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_RECORDS_H_
