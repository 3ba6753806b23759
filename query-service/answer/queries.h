#ifndef FACTWIRE_QUERY_SERVICE_ANSWER_QUERIES_H_
#define FACTWIRE_QUERY_SERVICE_ANSWER_QUERIES_H_

#include "absl/status/statusor.h"
#include "factwire/v1/query_service.pb.h"
#include "store/store.h"

namespace factwire {

// Request -> store query translations: they check the request's own fields,
// parse `filter` (query-service/answer/filter_parser.h) into the query's filter
// tree and `order_by` (query-service/answer/order_by.h) into its order, and
// leave `page` at its default (paging is the caller's part). Each returns
// kInvalidArgument naming the field (`query`, `parent`, `filter: ... at column
// N`, `order_by: ...`) for bad input; the fields each list filters and sorts by
// are documented per RPC in proto/factwire/v1/query_service.proto.

// ToClaimQuery()
//
// SearchClaims: `query` words (kInvalidArgument if it has no letter or digit),
// claims filter and order_by.
absl::StatusOr<ClaimQuery> ToClaimQuery(
    const factwire::v1::SearchClaimsRequest& request);

// ToFigureQuery()
//
// ListFigures: `parent` ("" or "documents/-" = all, else "documents/{id}"),
// figures filter and order_by.
absl::StatusOr<FigureQuery> ToFigureQuery(
    const factwire::v1::ListFiguresRequest& request);

// ToSourceQuery()
//
// ListSources: sources filter and order_by.
absl::StatusOr<SourceQuery> ToSourceQuery(
    const factwire::v1::ListSourcesRequest& request);

// ToDocumentQuery()
//
// ListDocuments: documents filter and order_by.
absl::StatusOr<DocumentQuery> ToDocumentQuery(
    const factwire::v1::ListDocumentsRequest& request);

}  // namespace factwire

#endif  // FACTWIRE_QUERY_SERVICE_ANSWER_QUERIES_H_
