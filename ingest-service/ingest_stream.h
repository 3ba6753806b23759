#ifndef FACTWIRE_INGEST_SERVICE_INGEST_STREAM_H_
#define FACTWIRE_INGEST_SERVICE_INGEST_STREAM_H_

#include <grpcpp/support/server_callback.h>

#include <cstdint>
#include <set>

#include "absl/synchronization/mutex.h"
#include "factwire/v1/ingest_service.pb.h"
#include "ingest-service/ingestor.h"

namespace factwire {

class IngestStreamReactor;

// The open StreamIngestDocuments calls of a server, so a drain can end them.
// Thread-safe.
class IngestStreams {
 public:
  // Registers a new stream; false (nothing registered) once draining.
  bool Add(IngestStreamReactor* stream);
  // Forgets a stream (when gRPC is done with it).
  void Remove(IngestStreamReactor* stream);
  // Ends every open stream after the document it is handling (if any) has
  // been stored and acked, with UNAVAILABLE; refuses new streams. Idempotent.
  void Drain();

 private:
  absl::Mutex mu_;
  std::set<IngestStreamReactor*> streams_ ABSL_GUARDED_BY(mu_);
  bool draining_ ABSL_GUARDED_BY(mu_) = false;
};

// One StreamIngestDocuments call on gRPC's callback API: reads a request,
// ingests it (Ingestor::IngestItem, on the gRPC callback thread that
// delivered it), writes its ack, then reads the next, so acks go out in
// request order with one request in hand at a time and no thread waits on
// the stream. Finishes OK once the client half-closes after its last ack,
// CANCELLED if the client goes away, UNAVAILABLE after the current document
// when the server drains (a document is either acked or not read). Deletes
// itself when gRPC is done with it; create with `new` and return it from the
// handler. `ingestor` and `streams` must outlive the call.
class IngestStreamReactor final
    : public grpc::ServerBidiReactor<factwire::v1::IngestDocumentRequest,
                                     factwire::v1::IngestAck> {
 public:
  IngestStreamReactor(const Ingestor* ingestor, IngestStreams* streams);

  // Ends the stream with UNAVAILABLE once the current document is acked.
  void Drain();

  void OnReadDone(bool ok) override;
  void OnWriteDone(bool ok) override;
  void OnCancel() override;
  void OnDone() override;

 private:
  // Finishes the call with `status` unless it is finishing already; while a
  // document is being ingested or acked, OnWriteDone finishes it.
  void FinishOnce(const grpc::Status& status);

  const Ingestor* ingestor_;
  IngestStreams* streams_;
  factwire::v1::IngestDocumentRequest request_;
  factwire::v1::IngestAck ack_;
  int32_t index_ = 0;
  absl::Mutex mu_;
  // From a document's arrival until its ack is written.
  bool busy_ ABSL_GUARDED_BY(mu_) = false;
  // Set once the call is to finish; finish_status_ is what it finishes with.
  bool finishing_ ABSL_GUARDED_BY(mu_) = false;
  grpc::Status finish_status_ ABSL_GUARDED_BY(mu_);
};

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_INGEST_STREAM_H_
