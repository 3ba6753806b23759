#include "ingest-service/ingest_stream.h"

#include <utility>

namespace factwire {

IngestStreamReactor::IngestStreamReactor(const Ingestor* ingestor)
    : ingestor_(ingestor) {
  StartRead(&request_);
}

void IngestStreamReactor::OnReadDone(bool ok) {
  if (!ok) {  // The client half-closed (or the call broke).
    FinishOnce(grpc::Status::OK);
    return;
  }
  ack_ = ingestor_->IngestItem(index_++, request_);
  {
    absl::MutexLock lock(&mu_);
    if (finishing_) return;  // Cancelled while ingesting: FinishOnce ran.
    writing_ = true;
  }
  StartWrite(&ack_);
}

void IngestStreamReactor::OnWriteDone(bool ok) {
  bool finish = false;
  grpc::Status status;
  {
    absl::MutexLock lock(&mu_);
    writing_ = false;
    if (!ok && !finishing_) {
      finishing_ = true;
      finish_status_ =
          grpc::Status(grpc::StatusCode::CANCELLED, "the ack could not be sent");
    }
    finish = finishing_;
    status = finish_status_;
  }
  if (finish) {
    Finish(status);
    return;
  }
  StartRead(&request_);
}

void IngestStreamReactor::OnCancel() {
  FinishOnce(grpc::Status(grpc::StatusCode::CANCELLED, "call cancelled"));
}

void IngestStreamReactor::OnDone() { delete this; }

void IngestStreamReactor::FinishOnce(const grpc::Status& status) {
  {
    absl::MutexLock lock(&mu_);
    if (finishing_) return;
    finishing_ = true;
    finish_status_ = status;
    if (writing_) return;  // OnWriteDone finishes.
  }
  Finish(status);
}

}  // namespace factwire
