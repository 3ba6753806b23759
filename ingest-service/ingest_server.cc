#include "ingest-service/ingest_server.h"

#include "server/unary.h"

namespace factwire {

grpc::ServerUnaryReactor* IngestServer::IngestDocument(
    grpc::CallbackServerContext* context,
    const v1::IngestDocumentRequest* request,
    v1::IngestDocumentResponse* response) {
  return AnswerUnary(context, response,
                     [&] { return ingestor_->Ingest(*request); });
}

grpc::ServerUnaryReactor* IngestServer::AnalyzeDocument(
    grpc::CallbackServerContext* context,
    const v1::AnalyzeDocumentRequest* request,
    v1::AnalyzeDocumentResponse* response) {
  return AnswerUnary(context, response,
                     [&] { return ingestor_->Analyze(*request); });
}

}  // namespace factwire
