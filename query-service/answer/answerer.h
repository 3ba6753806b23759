#ifndef FACTWIRE_QUERY_SERVICE_ANSWER_ANSWERER_H_
#define FACTWIRE_QUERY_SERVICE_ANSWER_ANSWERER_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "factwire/v1/query_service.pb.h"
#include "factwire/v1/records.pb.h"
#include "store/store.h"

namespace factwire {

// Answers QueryService requests from a store, without gRPC: validates each
// request, reads the store, and builds the response. One method per RPC, with
// the RPC's semantics as documented in proto/factwire/v1/query_service.proto.
//
// Every method returns kInvalidArgument naming the field for bad input (name,
// parent, filter with its column, order_by, page_size, page_token, query); the
// store's errors pass through (kNotFound for unknown names, kUnavailable when
// busy).
// Lists page with page_size (0 -> 50, capped at 1000) and opaque page tokens
// bound to the request's query, filter, order_by and parent.
// Reads convert every span to the request's offset_encoding
// (kInvalidArgument for an unknown value), reading each document's text once.
//
// Thread-safe if the store is. Does not own `store`, which must outlive it.
class Answerer {
 public:
  explicit Answerer(Store* store) : store_(store) {}

  // The document named "documents/{id}"; view BASIC drops text and records
  // (default FULL).
  absl::StatusOr<factwire::v1::Document> GetDocument(
      const factwire::v1::GetDocumentRequest& request) const;

  // GetDocument() above stored into `*document` (its fields replaced; a
  // document kept between calls reuses its memory). On error `*document`
  // may hold part of a document.
  absl::Status GetDocument(const factwire::v1::GetDocumentRequest& request,
                           factwire::v1::Document* document) const;

  // Documents, newest ingest first (or by order_by), filtered; view FULL adds
  // text and records (default BASIC).
  absl::StatusOr<factwire::v1::ListDocumentsResponse> ListDocuments(
      const factwire::v1::ListDocumentsRequest& request) const;

  // Claims ranked by relevance to `query` (all claims without one, or by
  // order_by), filtered.
  absl::StatusOr<factwire::v1::SearchClaimsResponse> SearchClaims(
      const factwire::v1::SearchClaimsRequest& request) const;

  // SearchClaims() above filling `*response` (empty) in place: a response
  // kept between calls reuses its cleared claims. On error the response holds
  // any part of the answer.
  absl::Status SearchClaims(const factwire::v1::SearchClaimsRequest& request,
                            factwire::v1::SearchClaimsResponse* response) const;

  // Figures under `parent`, filtered, optionally by order_by.
  absl::StatusOr<factwire::v1::ListFiguresResponse> ListFigures(
      const factwire::v1::ListFiguresRequest& request) const;

  // The source named "sources/{id}" with its cross-document counts.
  absl::StatusOr<factwire::v1::Source> GetSource(
      const factwire::v1::GetSourceRequest& request) const;

  // GetSource() above stored into `*source` (its fields replaced). On error
  // `*source` may hold part of a source.
  absl::Status GetSource(const factwire::v1::GetSourceRequest& request,
                         factwire::v1::Source* source) const;

  // Sources, most-cited first (or by order_by), filtered.
  absl::StatusOr<factwire::v1::ListSourcesResponse> ListSources(
      const factwire::v1::ListSourcesRequest& request) const;

  // The claim named "documents/{d}/claims/{c}" (answerer_records.cc).
  absl::StatusOr<factwire::v1::Claim> GetClaim(
      const factwire::v1::GetClaimRequest& request) const;

  // GetClaim() above stored into `*claim` (its fields replaced; a claim
  // kept between calls reuses its strings' memory). On error `*claim` may
  // hold part of a claim.
  absl::Status GetClaim(const factwire::v1::GetClaimRequest& request,
                        factwire::v1::Claim* claim) const;

  // Claims under `parent`, in storage order (or by order_by), filtered.
  absl::StatusOr<factwire::v1::ListClaimsResponse> ListClaims(
      const factwire::v1::ListClaimsRequest& request) const;

  // ListClaims() above filling `*response` (empty) in place, as
  // SearchClaims(request, response) does.
  absl::Status ListClaims(const factwire::v1::ListClaimsRequest& request,
                          factwire::v1::ListClaimsResponse* response) const;

  // The figure named "documents/{d}/figures/{f}".
  absl::StatusOr<factwire::v1::Figure> GetFigure(
      const factwire::v1::GetFigureRequest& request) const;

  // Groups of figures on the same subject across documents with their
  // verdicts (query-service/answer/compare.h; answerer_compare.cc). Reads
  // every figure matching the filter: kResourceExhausted past
  // kMaxComparedFigures. Pages are offsets into the groups.
  absl::StatusOr<factwire::v1::CompareFiguresResponse> CompareFigures(
      const factwire::v1::CompareFiguresRequest& request) const;

  // The most figures one CompareFigures call reads.
  static constexpr int kMaxComparedFigures = 20000;

 private:
  // The page of claims matching `query` that `page_size` and `page_token`
  // (bound to `fingerprint`) ask for, spans converted to `encoding`, stored
  // into `claims` (reusing its cleared elements) with the token of the next
  // page in `next_page_token`. ReadPage()'s errors, the store's, and
  // SpanEncoder's.
  absl::Status ReadClaims(
      ClaimQuery query, int32_t page_size, absl::string_view page_token,
      uint64_t fingerprint, v1::OffsetEncoding encoding,
      google::protobuf::RepeatedPtrField<v1::Claim>* claims,
      std::string* next_page_token) const;

  // The response the member `fill` (filling a response in place) makes for
  // `request`, or its error.
  template <typename Request, typename Response>
  absl::StatusOr<Response> Answer(
      absl::Status (Answerer::*fill)(const Request&, Response*) const,
      const Request& request) const {
    Response response;
    absl::Status status = (this->*fill)(request, &response);
    if (!status.ok()) return status;
    return response;
  }

  Store* store_;
};

}  // namespace factwire

#endif  // FACTWIRE_QUERY_SERVICE_ANSWER_ANSWERER_H_
