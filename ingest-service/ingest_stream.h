#ifndef FACTWIRE_INGEST_SERVICE_INGEST_STREAM_H_
#define FACTWIRE_INGEST_SERVICE_INGEST_STREAM_H_

#include <grpcpp/support/server_callback.h>

#include <cstdint>

#include "absl/synchronization/mutex.h"
#include "factwire/v1/ingest_service.pb.h"
#include "ingest-service/ingestor.h"

namespace factwire {

// One StreamIngestDocuments call on gRPC's callback API: reads a request,
// ingests it (Ingestor::IngestItem, on the gRPC callback thread that
// delivered it), writes its ack, then reads the next, so acks go out in
// request order with one request in hand at a time and no thread waits on
// the stream. Finishes OK once the client half-closes after its last ack,
// CANCELLED if the client goes away. Deletes itself when gRPC is done with
// it; create with `new` and return it from the handler.
class IngestStreamReactor final
    : public grpc::ServerBidiReactor<factwire::v1::IngestDocumentRequest,
                                     factwire::v1::IngestAck> {
 public:
  // Starts reading. `ingestor` must outlive the call.
  explicit IngestStreamReactor(const Ingestor* ingestor);

  void OnReadDone(bool ok) override;
  void OnWriteDone(bool ok) override;
  void OnCancel() override;
  void OnDone() override;

 private:
  // Finishes the call with `status` unless it is finished already; while an
  // ack is being written, waits for OnWriteDone to finish it.
  void FinishOnce(const grpc::Status& status);

  const Ingestor* ingestor_;
  factwire::v1::IngestDocumentRequest request_;
  factwire::v1::IngestAck ack_;
  int32_t index_ = 0;
  absl::Mutex mu_;
  bool writing_ ABSL_GUARDED_BY(mu_) = false;
  // Set once the call is to finish; finish_status_ is what it finishes with.
  bool finishing_ ABSL_GUARDED_BY(mu_) = false;
  grpc::Status finish_status_ ABSL_GUARDED_BY(mu_);
};

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_INGEST_STREAM_H_
