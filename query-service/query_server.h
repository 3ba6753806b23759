#ifndef FACTWIRE_QUERY_SERVICE_QUERY_SERVER_H_
#define FACTWIRE_QUERY_SERVICE_QUERY_SERVER_H_

#include "factwire/v1/query_service.grpc.pb.h"
#include "query-service/answer/answerer.h"
#include "query-service/watch/change_feed.h"
#include "server/message_reuse.h"

namespace factwire {

// QueryService over gRPC's callback API: each handler hands its request to the
// Answerer and maps the result (see server/unary.h). Thread-safe.
// Does not own `answerer`, which must outlive the server.
class QueryServer final : public factwire::v1::QueryService::CallbackService {
 public:
  explicit QueryServer(const Answerer* answerer)
      : QueryServer(answerer, nullptr) {}
  // Also serves WatchDocuments from `feed` (not owned; must outlive the
  // server). Without a feed, WatchDocuments is UNIMPLEMENTED.
  QueryServer(const Answerer* answerer, ChangeFeed* feed);

  grpc::ServerUnaryReactor* GetDocument(
      grpc::CallbackServerContext* context,
      const factwire::v1::GetDocumentRequest* request,
      factwire::v1::Document* response) override;

  grpc::ServerUnaryReactor* ListDocuments(
      grpc::CallbackServerContext* context,
      const factwire::v1::ListDocumentsRequest* request,
      factwire::v1::ListDocumentsResponse* response) override;

  grpc::ServerUnaryReactor* SearchClaims(
      grpc::CallbackServerContext* context,
      const factwire::v1::SearchClaimsRequest* request,
      factwire::v1::SearchClaimsResponse* response) override;

  grpc::ServerUnaryReactor* ListFigures(
      grpc::CallbackServerContext* context,
      const factwire::v1::ListFiguresRequest* request,
      factwire::v1::ListFiguresResponse* response) override;

  grpc::ServerUnaryReactor* GetSource(
      grpc::CallbackServerContext* context,
      const factwire::v1::GetSourceRequest* request,
      factwire::v1::Source* response) override;

  grpc::ServerUnaryReactor* ListSources(
      grpc::CallbackServerContext* context,
      const factwire::v1::ListSourcesRequest* request,
      factwire::v1::ListSourcesResponse* response) override;

  grpc::ServerUnaryReactor* GetClaim(
      grpc::CallbackServerContext* context,
      const factwire::v1::GetClaimRequest* request,
      factwire::v1::Claim* response) override;

  grpc::ServerUnaryReactor* ListClaims(
      grpc::CallbackServerContext* context,
      const factwire::v1::ListClaimsRequest* request,
      factwire::v1::ListClaimsResponse* response) override;

  grpc::ServerUnaryReactor* GetFigure(
      grpc::CallbackServerContext* context,
      const factwire::v1::GetFigureRequest* request,
      factwire::v1::Figure* response) override;

  grpc::ServerUnaryReactor* CompareFigures(
      grpc::CallbackServerContext* context,
      const factwire::v1::CompareFiguresRequest* request,
      factwire::v1::CompareFiguresResponse* response) override;

  // One WatchReactor per call (see watch_reactor.h); INVALID_ARGUMENT for a
  // bad request, before any message.
  grpc::ServerWriteReactor<factwire::v1::WatchDocumentsResponse>*
  WatchDocuments(grpc::CallbackServerContext* context,
                 const factwire::v1::WatchDocumentsRequest* request) override;

 private:
  const Answerer* answerer_;
  ChangeFeed* feed_ = nullptr;
  // Each unary method's messages are freed where a later call of the method
  // starts (see server/message_reuse.h); the claim lists', a document's, a
  // source's and a claim's responses are cleared instead and filled in
  // place, reusing their memory.
  MessageReuse<v1::GetDocumentRequest, v1::Document, /*kClearResponse=*/true>
      get_document_;
  MessageReuse<v1::ListDocumentsRequest, v1::ListDocumentsResponse>
      list_documents_;
  MessageReuse<v1::SearchClaimsRequest, v1::SearchClaimsResponse,
               /*kClearResponse=*/true>
      search_claims_;
  MessageReuse<v1::ListFiguresRequest, v1::ListFiguresResponse> list_figures_;
  MessageReuse<v1::GetSourceRequest, v1::Source, /*kClearResponse=*/true>
      get_source_;
  MessageReuse<v1::ListSourcesRequest, v1::ListSourcesResponse> list_sources_;
  MessageReuse<v1::GetClaimRequest, v1::Claim, /*kClearResponse=*/true>
      get_claim_;
  MessageReuse<v1::ListClaimsRequest, v1::ListClaimsResponse,
               /*kClearResponse=*/true>
      list_claims_;
  MessageReuse<v1::GetFigureRequest, v1::Figure> get_figure_;
  MessageReuse<v1::CompareFiguresRequest, v1::CompareFiguresResponse>
      compare_figures_;
};

}  // namespace factwire

#endif  // FACTWIRE_QUERY_SERVICE_QUERY_SERVER_H_
