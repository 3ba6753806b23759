#include "ingest-service/ingest_server.h"

#include "ingest-service/ingest_stream.h"
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
