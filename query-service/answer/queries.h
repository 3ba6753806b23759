#ifndef FACTWIRE_QUERY_SERVICE_ANSWER_QUERIES_H_
#define FACTWIRE_QUERY_SERVICE_ANSWER_QUERIES_H_

#include "absl/status/statusor.h"
#include "factwire/v1/query_service.pb.h"
#include "store/store.h"

namespace factwire {

// Request -> store query translations: they check the request's own fields and
// filter and leave `page` at its default (paging is the caller's part). Each
// returns kInvalidArgument naming the field (`query`, `parent`, `filter: ...`
// with the position) for bad input; see the filter fields documented per RPC in
// proto/factwire/v1/query_service.proto.

// ToClaimQuery()
//
// SearchClaims: `query` words, filter fields source, kind, document.
absl::StatusOr<ClaimQuery> ToClaimQuery(
    const factwire::v1::SearchClaimsRequest& request);

// ToFigureQuery()
//
// ListFigures: `parent` ("" or "documents/-" = all, else "documents/{id}"),
// filter fields subject, dimension, unit.
absl::StatusOr<FigureQuery> ToFigureQuery(
    const factwire::v1::ListFiguresRequest& request);

// ToSourceQuery()
//
// ListSources: filter field type.
absl::StatusOr<SourceQuery> ToSourceQuery(
    const factwire::v1::ListSourcesRequest& request);

}  // namespace factwire

#endif  // FACTWIRE_QUERY_SERVICE_ANSWER_QUERIES_H_
