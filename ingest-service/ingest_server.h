#ifndef FACTWIRE_INGEST_SERVICE_INGEST_SERVER_H_
#define FACTWIRE_INGEST_SERVICE_INGEST_SERVER_H_

#include "factwire/v1/ingest_service.grpc.pb.h"
#include "ingest-service/ingest_stream.h"
#include "ingest-service/ingestor.h"

namespace factwire {

// IngestService over gRPC's callback API: each handler hands its request to the
// Ingestor and maps the result (see server/unary.h). Thread-safe.
// Does not own `ingestor`, which must outlive the server.
class IngestServer final : public factwire::v1::IngestService::CallbackService {
 public:
  explicit IngestServer(const Ingestor* ingestor) : ingestor_(ingestor) {}

  grpc::ServerUnaryReactor* IngestDocument(
      grpc::CallbackServerContext* context,
      const factwire::v1::IngestDocumentRequest* request,
      factwire::v1::IngestDocumentResponse* response) override;

  grpc::ServerUnaryReactor* AnalyzeDocument(
      grpc::CallbackServerContext* context,
      const factwire::v1::AnalyzeDocumentRequest* request,
      factwire::v1::AnalyzeDocumentResponse* response) override;

  // One IngestStreamReactor per call (see ingest_stream.h).
  grpc::ServerBidiReactor<factwire::v1::IngestDocumentRequest,
                          factwire::v1::IngestAck>*
  StreamIngestDocuments(grpc::CallbackServerContext* context) override;

  grpc::ServerUnaryReactor* DeleteDocument(
      grpc::CallbackServerContext* context,
      const factwire::v1::DeleteDocumentRequest* request,
      google::protobuf::Empty* response) override;

  // Ends every open StreamIngestDocuments call after its current document
  // (UNAVAILABLE) and refuses new ones: the server's on_drain.
  void DrainStreams() { streams_.Drain(); }

 private:
  const Ingestor* ingestor_;
  IngestStreams streams_;
};

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_INGEST_SERVER_H_
