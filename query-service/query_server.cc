#include "query-service/query_server.h"

#include "query-service/watch_reactor.h"
#include "server/unary.h"

namespace factwire {
namespace {

// A WatchDocuments call refused before its first message.
class RefusedWatch final
    : public grpc::ServerWriteReactor<v1::WatchDocumentsResponse> {
 public:
  explicit RefusedWatch(const grpc::Status& status) { Finish(status); }
  void OnDone() override { delete this; }
};

}  // namespace

using v1::Document;
using v1::GetDocumentRequest;
using v1::GetSourceRequest;
using v1::ListDocumentsRequest;
using v1::ListDocumentsResponse;
using v1::ListFiguresRequest;
using v1::ListFiguresResponse;
using v1::ListSourcesRequest;
using v1::ListSourcesResponse;
using v1::SearchClaimsRequest;
using v1::SearchClaimsResponse;
using v1::Source;

QueryServer::QueryServer(const Answerer* answerer, ChangeFeed* feed)
    : answerer_(answerer), feed_(feed) {
  SetMessageAllocatorFor_GetDocument(&get_document_);
  SetMessageAllocatorFor_ListDocuments(&list_documents_);
  SetMessageAllocatorFor_SearchClaims(&search_claims_);
  SetMessageAllocatorFor_ListFigures(&list_figures_);
  SetMessageAllocatorFor_GetSource(&get_source_);
  SetMessageAllocatorFor_ListSources(&list_sources_);
  SetMessageAllocatorFor_GetClaim(&get_claim_);
  SetMessageAllocatorFor_ListClaims(&list_claims_);
  SetMessageAllocatorFor_GetFigure(&get_figure_);
  SetMessageAllocatorFor_CompareFigures(&compare_figures_);
}

grpc::ServerUnaryReactor* QueryServer::GetDocument(
    grpc::CallbackServerContext* context, const GetDocumentRequest* request,
    Document* response) {
  return AnswerUnaryInPlace(context, response, [&](Document* out) {
    return answerer_->GetDocument(*request, out);
  });
}

grpc::ServerUnaryReactor* QueryServer::ListDocuments(
    grpc::CallbackServerContext* context, const ListDocumentsRequest* request,
    ListDocumentsResponse* response) {
  return AnswerUnary(context, response,
                     [&] { return answerer_->ListDocuments(*request); });
}

grpc::ServerUnaryReactor* QueryServer::SearchClaims(
    grpc::CallbackServerContext* context, const SearchClaimsRequest* request,
    SearchClaimsResponse* response) {
  return AnswerUnaryInPlace(context, response, [&](SearchClaimsResponse* out) {
    return answerer_->SearchClaims(*request, out);
  });
}

grpc::ServerUnaryReactor* QueryServer::ListFigures(
    grpc::CallbackServerContext* context, const ListFiguresRequest* request,
    ListFiguresResponse* response) {
  return AnswerUnary(context, response,
                     [&] { return answerer_->ListFigures(*request); });
}

grpc::ServerUnaryReactor* QueryServer::GetSource(
    grpc::CallbackServerContext* context, const GetSourceRequest* request,
    Source* response) {
  return AnswerUnaryInPlace(context, response, [&](Source* out) {
    return answerer_->GetSource(*request, out);
  });
}

grpc::ServerUnaryReactor* QueryServer::ListSources(
    grpc::CallbackServerContext* context, const ListSourcesRequest* request,
    ListSourcesResponse* response) {
  return AnswerUnary(context, response,
                     [&] { return answerer_->ListSources(*request); });
}

grpc::ServerUnaryReactor* QueryServer::GetClaim(
    grpc::CallbackServerContext* context, const v1::GetClaimRequest* request,
    v1::Claim* response) {
  return AnswerUnaryInPlace(context, response, [&](v1::Claim* out) {
    return answerer_->GetClaim(*request, out);
  });
}

grpc::ServerUnaryReactor* QueryServer::ListClaims(
    grpc::CallbackServerContext* context, const v1::ListClaimsRequest* request,
    v1::ListClaimsResponse* response) {
  return AnswerUnaryInPlace(
      context, response, [&](v1::ListClaimsResponse* out) {
        return answerer_->ListClaims(*request, out);
      });
}

grpc::ServerUnaryReactor* QueryServer::GetFigure(
    grpc::CallbackServerContext* context, const v1::GetFigureRequest* request,
    v1::Figure* response) {
  return AnswerUnary(context, response,
                     [&] { return answerer_->GetFigure(*request); });
}

grpc::ServerUnaryReactor* QueryServer::CompareFigures(
    grpc::CallbackServerContext* context,
    const v1::CompareFiguresRequest* request,
    v1::CompareFiguresResponse* response) {
  return AnswerUnary(context, response,
                     [&] { return answerer_->CompareFigures(*request); });
}

grpc::ServerWriteReactor<v1::WatchDocumentsResponse>*
QueryServer::WatchDocuments(grpc::CallbackServerContext*,
                            const v1::WatchDocumentsRequest* request) {
  if (feed_ == nullptr) {
    return new RefusedWatch(grpc::Status(grpc::StatusCode::UNIMPLEMENTED,
                                         "this server does not watch"));
  }
  absl::StatusOr<WatchStart> start = StartWatch(feed_, *request);
  if (!start.ok()) return new RefusedWatch(ToGrpcStatus(start.status()));
  return new WatchReactor(feed_, *start);
}

}  // namespace factwire
