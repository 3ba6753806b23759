#include "ingest-service/ingest_stream.h"

#include <utility>
#include <vector>

namespace factwire {

bool IngestStreams::Add(IngestStreamReactor* stream) {
  absl::MutexLock lock(&mu_);
  if (draining_) return false;
  streams_.insert(stream);
  return true;
}

void IngestStreams::Remove(IngestStreamReactor* stream) {
  absl::MutexLock lock(&mu_);
  streams_.erase(stream);
}

void IngestStreams::Drain() {
  // Held while draining, so no stream is deleted meanwhile (OnDone removes it
  // first).
  absl::MutexLock lock(&mu_);
  draining_ = true;
  for (IngestStreamReactor* stream : streams_) stream->Drain();
}

IngestStreamReactor::IngestStreamReactor(const Ingestor* ingestor,
                                         IngestStreams* streams)
    : ingestor_(ingestor), streams_(streams) {
  if (!streams_->Add(this)) {
    streams_ = nullptr;
    FinishOnce(grpc::Status(grpc::StatusCode::UNAVAILABLE,
                            "the server is shutting down"));
    return;
  }
  StartRead(&request_);
}

void IngestStreamReactor::Drain() {
  FinishOnce(grpc::Status(grpc::StatusCode::UNAVAILABLE,
                          "the server is shutting down; every acked document "
                          "is stored, send the rest again"));
}

void IngestStreamReactor::OnReadDone(bool ok) {
  if (!ok) {  // The client half-closed (or the call broke).
    FinishOnce(grpc::Status::OK);
    return;
  }
  {
    absl::MutexLock lock(&mu_);
    if (finishing_) return;  // Finished before this document: not acked.
    busy_ = true;
  }
  ack_ = ingestor_->IngestItem(index_++, request_);
  StartWrite(&ack_);
}

void IngestStreamReactor::OnWriteDone(bool ok) {
  bool finish = false;
  grpc::Status status;
  {
    absl::MutexLock lock(&mu_);
    busy_ = false;
    if (!ok && !finishing_) {
      finishing_ = true;
      finish_status_ = grpc::Status(grpc::StatusCode::CANCELLED,
                                    "the ack could not be sent");
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

void IngestStreamReactor::OnDone() {
  if (streams_ != nullptr) streams_->Remove(this);
  delete this;
}

void IngestStreamReactor::FinishOnce(const grpc::Status& status) {
  {
    absl::MutexLock lock(&mu_);
    if (finishing_) return;
    finishing_ = true;
    finish_status_ = status;
    if (busy_) return;  // OnWriteDone finishes.
  }
  Finish(status);
}

}  // namespace factwire
