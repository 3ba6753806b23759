#include "query-service/answer/queries.h"

#include <memory>
#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "query-service/answer/filter_parser.h"
#include "query-service/answer/names.h"
#include "query-service/answer/order_by.h"

namespace factwire {
namespace {

// True if `query` has a letter, digit or non-ASCII character FTS5 can match.
bool HasSearchableWord(absl::string_view query) {
  for (char c : query) {
    if (absl::ascii_isalnum(static_cast<unsigned char>(c)) ||
        static_cast<unsigned char>(c) >= 0x80) {
      return true;
    }
  }
  return false;
}

absl::StatusOr<std::string> FiguresParent(absl::string_view parent) {
  if (parent.empty() || parent == "documents/-") return std::string();
  return ParseName("parent", "documents", parent);
}

// Sets query.filter and query.order_by from a list request's strings.
template <typename Query>
absl::Status ApplyFilterAndOrder(FilterResource resource,
                                 absl::string_view filter,
                                 absl::string_view order_by, Query& query) {
  absl::StatusOr<std::shared_ptr<const FilterExpr>> tree =
      ParseFilterTree(resource, filter);
  if (!tree.ok()) return tree.status();
  absl::StatusOr<SortOrder> order = ParseOrderBy(resource, order_by);
  if (!order.ok()) return order.status();
  query.filter = *std::move(tree);
  query.order_by = *std::move(order);
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<ClaimQuery> ToClaimQuery(
    const v1::SearchClaimsRequest& request) {
  if (!request.query().empty() && !HasSearchableWord(request.query())) {
    return absl::InvalidArgumentError(
        "query has no word to search for (letters or digits)");
  }
  ClaimQuery query;
  query.text = request.query();
  absl::Status status = ApplyFilterAndOrder(
      FilterResource::kClaims, request.filter(), request.order_by(), query);
  if (!status.ok()) return status;
  return query;
}

absl::StatusOr<FigureQuery> ToFigureQuery(
    const v1::ListFiguresRequest& request) {
  absl::StatusOr<std::string> document_id = FiguresParent(request.parent());
  if (!document_id.ok()) return document_id.status();
  FigureQuery query;
  query.document_id = *std::move(document_id);
  absl::Status status = ApplyFilterAndOrder(
      FilterResource::kFigures, request.filter(), request.order_by(), query);
  if (!status.ok()) return status;
  return query;
}

absl::StatusOr<SourceQuery> ToSourceQuery(
    const v1::ListSourcesRequest& request) {
  SourceQuery query;
  absl::Status status = ApplyFilterAndOrder(
      FilterResource::kSources, request.filter(), request.order_by(), query);
  if (!status.ok()) return status;
  return query;
}

absl::StatusOr<DocumentQuery> ToDocumentQuery(
    const v1::ListDocumentsRequest& request) {
  DocumentQuery query;
  absl::Status status = ApplyFilterAndOrder(
      FilterResource::kDocuments, request.filter(), request.order_by(), query);
  if (!status.ok()) return status;
  return query;
}

}  // namespace factwire
