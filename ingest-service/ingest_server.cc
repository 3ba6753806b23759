#include "ingest-service/ingest_server.h"

#include "ingest-service/ingest_stream.h"
#include "proto/grpc_status.h"
#include "server/unary.h"

namespace factwire {

grpc::ServerUnaryReactor* IngestServer::IngestDocument(
    grpc::CallbackServerContext* context,
    const v1::IngestDocumentRequest* request,
    v1::IngestDocumentResponse* response) {
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  if (context->IsCancelled()) {
    reactor->Finish(grpc::Status(grpc::StatusCode::CANCELLED, "call cancelled"));
    return reactor;
  }
  // Analysis on the ingestor's threads, the store through its group commit;
  // no gRPC thread waits. `request` and `response` live until Finish.
  ingestor_->IngestAsync(
      *request, [reactor, response](
                    absl::StatusOr<v1::IngestDocumentResponse> result) {
        if (!result.ok()) return reactor->Finish(ToGrpcStatus(result.status()));
        *response = *std::move(result);
        reactor->Finish(grpc::Status::OK);
      });
  return reactor;
}

grpc::ServerUnaryReactor* IngestServer::AnalyzeDocument(
    grpc::CallbackServerContext* context,
    const v1::AnalyzeDocumentRequest* request,
    v1::AnalyzeDocumentResponse* response) {
  return AnswerUnary(context, response,
                     [&] { return ingestor_->Analyze(*request); });
}

grpc::ServerBidiReactor<v1::IngestDocumentRequest, v1::IngestAck>*
IngestServer::StreamIngestDocuments(grpc::CallbackServerContext*) {
  return new IngestStreamReactor(ingestor_, &streams_);
}

grpc::ServerUnaryReactor* IngestServer::DeleteDocument(
    grpc::CallbackServerContext* context,
    const v1::DeleteDocumentRequest* request,
    google::protobuf::Empty* response) {
  return AnswerUnary(context, response,
                     [&] { return ingestor_->Delete(*request); });
}

}  // namespace factwire
