#ifndef FACTWIRE_STORE_RECORDS_H_
#define FACTWIRE_STORE_RECORDS_H_

// Small conversions shared by the store's reader and writer. Internal.

#include <cstdint>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "factwire/v1/records.pb.h"
#include "google/protobuf/timestamp.pb.h"
#include "store/sqlite.h"
#include "store/store.h"

namespace factwire {
namespace store_internal {

// "documents/{id}", "documents/{id}/claims/{claim}", ".../figures/{figure}".
std::string DocumentName(absl::string_view document_id);
std::string ClaimName(absl::string_view document_id,
                      absl::string_view claim_id);
std::string FigureName(absl::string_view document_id,
                       absl::string_view figure_id);

// Timestamp <-> Unix microseconds (the store's time columns).
int64_t ToMicros(const google::protobuf::Timestamp& timestamp);
google::protobuf::Timestamp FromMicros(int64_t micros);
int64_t ToMicros(absl::Time time);

// kInvalidArgument unless page.limit >= 1 and page.after >= 0.
absl::Status ValidatePage(const PageQuery& page);

// The bytes [span.begin, span.end) of `text`, clamped to the text; empty
// (pointing into `text`) if the span is. A view of `text`.
absl::string_view SpanText(absl::string_view text,
                           const factwire::v1::TextSpan& span);

// The fields of a claim, figure or per-document source that its row keeps in
// columns. Since schema 12 the writer leaves them out of the row's `record`
// blob (ClearColumnFields()), and readers select the columns after the record
// and set them back (SetColumnFields()); a record written before schema 12
// still holds them, with the same values, so either way the parsed record
// is the same.
//
// The select list of those columns of `table_alias` ("c", "" for none):
// claims: claim_id, kind, text, speaker, source_id, checkworthiness;
// figures: figure_id, subject, dimension, unit, normalized_value, qualifier,
// place, claim_id; document_sources: source_id, title, affiliation.
std::string ClaimFieldColumns(absl::string_view table_alias);
std::string FigureFieldColumns(absl::string_view table_alias);
std::string SourceFieldColumns(absl::string_view table_alias);

// How many columns each list above has.
inline constexpr int kClaimFieldColumns = 6;
inline constexpr int kFigureFieldColumns = 8;
inline constexpr int kSourceFieldColumns = 3;

// Sets the record's column fields from `row`'s columns `first`,
// `first` + 1, ..., in the order of the lists above.
void SetColumnFields(const Statement& row, int first,
                     factwire::v1::Claim* claim);
void SetColumnFields(const Statement& row, int first,
                     factwire::v1::Figure* figure);
void SetColumnFields(const Statement& row, int first,
                     factwire::v1::Source* source);

// Clears the fields the lists above name (what the writer's record leaves
// out).
void ClearColumnFields(factwire::v1::Claim* claim);
void ClearColumnFields(factwire::v1::Figure* figure);
void ClearColumnFields(factwire::v1::Source* source);

// Parses a stored record; kDataLoss if the bytes are not a `T`.
template <typename T>
absl::Status ParseRecord(absl::string_view bytes, T* record) {
  if (record->ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
    return absl::OkStatus();
  }
  return absl::DataLossError("stored record does not parse");
}

}  // namespace store_internal
}  // namespace factwire

#endif  // FACTWIRE_STORE_RECORDS_H_
