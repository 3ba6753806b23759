// Answerer: GetClaim, ListClaims, GetFigure.
#include <string>
#include <utility>

#include "query-service/answer/answerer.h"
#include "query-service/answer/paging.h"
#include "query-service/answer/queries.h"
#include "query-service/answer/record_names.h"
#include "query-service/answer/span_encoder.h"

namespace factwire {
namespace {

// The ClaimQuery for ListClaims: SearchClaims' filter and order_by, no words,
// restricted to the parent's document.
absl::StatusOr<ClaimQuery> ToListClaimsQuery(
    const v1::ListClaimsRequest& request) {
  absl::StatusOr<std::string> document_id = DocumentsParent(request.parent());
  if (!document_id.ok()) return document_id.status();
  v1::SearchClaimsRequest search;
  search.set_filter(request.filter());
  search.set_order_by(request.order_by());
  absl::StatusOr<ClaimQuery> query = ToClaimQuery(search);
  if (!query.ok()) return query.status();
  query->document_id = *std::move(document_id);
  return query;
}

}  // namespace

absl::StatusOr<v1::Claim> Answerer::GetClaim(
    const v1::GetClaimRequest& request) const {
  return Answer(&Answerer::GetClaim, request);
}

absl::Status Answerer::GetClaim(const v1::GetClaimRequest& request,
                                v1::Claim* claim) const {
  absl::Status valid = CheckOffsetEncoding(request.offset_encoding());
  if (!valid.ok()) return valid;
  absl::StatusOr<RecordName> name =
      ParseRecordName("name", "claims", request.name());
  if (!name.ok()) return name.status();
  absl::Status read =
      store_->GetClaim(name->document_id, name->record_id, claim);
  if (!read.ok()) return read;
  SpanEncoder encoder(store_, request.offset_encoding());
  return encoder.Encode(*claim);
}

absl::StatusOr<v1::ListClaimsResponse> Answerer::ListClaims(
    const v1::ListClaimsRequest& request) const {
  return Answer(&Answerer::ListClaims, request);
}

absl::Status Answerer::ListClaims(const v1::ListClaimsRequest& request,
                                  v1::ListClaimsResponse* response) const {
  absl::Status valid = CheckOffsetEncoding(request.offset_encoding());
  if (!valid.ok()) return valid;
  absl::StatusOr<ClaimQuery> query = ToListClaimsQuery(request);
  if (!query.ok()) return query.status();
  uint64_t fingerprint = RequestFingerprint(
      {"ListClaims", query->document_id, request.filter(), request.order_by()});
  return ReadClaims(*std::move(query), request.page_size(),
                    request.page_token(), fingerprint,
                    request.offset_encoding(), response->mutable_claims(),
                    response->mutable_next_page_token());
}

absl::StatusOr<v1::Figure> Answerer::GetFigure(
    const v1::GetFigureRequest& request) const {
  absl::Status valid = CheckOffsetEncoding(request.offset_encoding());
  if (!valid.ok()) return valid;
  absl::StatusOr<RecordName> name =
      ParseRecordName("name", "figures", request.name());
  if (!name.ok()) return name.status();
  absl::StatusOr<v1::Figure> figure =
      store_->GetFigure(name->document_id, name->record_id);
  if (!figure.ok()) return figure.status();
  SpanEncoder encoder(store_, request.offset_encoding());
  absl::Status encoded = encoder.Encode(*figure);
  if (!encoded.ok()) return encoded;
  return figure;
}

}  // namespace factwire
