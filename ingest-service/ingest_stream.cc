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

namespace {

// What a reactor does next, decided under its mutex and done outside it.
struct Actions {
  bool read = false;
  const v1::IngestAck* write = nullptr;
  bool finish = false;
  grpc::Status status;
};

}  // namespace

IngestStreamReactor::IngestStreamReactor(const Ingestor* ingestor,
                                         IngestStreams* streams)
    : ingestor_(ingestor), streams_(streams) {
  if (!streams_->Add(this)) {
    streams_ = nullptr;
    {
      absl::MutexLock lock(&mu_);
      finished_ = true;
    }
    Finish(grpc::Status(grpc::StatusCode::UNAVAILABLE,
                        "the server is shutting down"));
    return;
  }
  {
    absl::MutexLock lock(&mu_);
    reading_ = true;
  }
  StartRead(&incoming_);
}

void IngestStreamReactor::Drain() {
  FinishWhenIdle(grpc::Status(grpc::StatusCode::UNAVAILABLE,
                              "the server is shutting down; every acked "
                              "document is stored, send the rest again"));
}

void IngestStreamReactor::OnReadDone(bool ok) {
  Item* analyze = nullptr;
  {
    absl::MutexLock lock(&mu_);
    reading_ = false;
    if (!ok) {  // The client half-closed (or the call broke).
      reads_done_ = true;
    } else if (!stopping_ && !finished_) {
      auto item = std::make_unique<Item>();
      item->index = next_index_++;
      item->request = std::move(incoming_);
      analyze = item.get();
      items_.push_back(std::move(item));
      ++in_flight_;
    }  // else: read after a drain or cancel, dropped unacked.
  }
  if (analyze != nullptr) {
    ingestor_->analysis_pool()->Schedule([this, analyze] { Analyze(analyze); });
  }
  Advance();
}

void IngestStreamReactor::Analyze(Item* item) {
  PreparedIngest prepared = ingestor_->Prepare(item->request);
  {
    absl::MutexLock lock(&mu_);
    item->prepared = std::move(prepared);
  }
  SubmitReady();
}

void IngestStreamReactor::SubmitReady() {
  absl::MutexLock lock(&mu_);
  if (submitting_) return;  // That thread submits ours too.
  submitting_ = true;
  while (true) {
    Item* next = nullptr;
    for (const std::unique_ptr<Item>& item : items_) {
      if (!item->submitted) {
        next = item.get();
        break;
      }
    }
    if (next == nullptr || !next->prepared.has_value()) break;
    next->submitted = true;
    PreparedIngest prepared = *std::move(next->prepared);
    next->prepared.reset();
    mu_.Unlock();
    ingestor_->Commit(
        std::move(prepared),
        [this, next](absl::StatusOr<v1::IngestDocumentResponse> response) {
          Acked(next, std::move(response));
        });
    mu_.Lock();
  }
  submitting_ = false;
}

void IngestStreamReactor::Acked(
    Item* item, absl::StatusOr<v1::IngestDocumentResponse> response) {
  v1::IngestAck ack =
      Ingestor::Ack(item->index, item->request, std::move(response));
  {
    absl::MutexLock lock(&mu_);
    item->ack = std::move(ack);
    item->done = true;
    --in_flight_;
  }
  Advance();
}

void IngestStreamReactor::OnWriteDone(bool ok) {
  {
    absl::MutexLock lock(&mu_);
    writing_ = false;
    if (ok) {
      items_.pop_front();
    } else if (!broken_) {
      broken_ = true;
      if (!stopping_) {
        finish_status_ = grpc::Status(grpc::StatusCode::CANCELLED,
                                      "the ack could not be sent");
      }
      stopping_ = true;
    }
  }
  Advance();
}

void IngestStreamReactor::OnCancel() {
  {
    absl::MutexLock lock(&mu_);
    broken_ = true;
    if (!stopping_) {
      finish_status_ =
          grpc::Status(grpc::StatusCode::CANCELLED, "call cancelled");
    }
    stopping_ = true;
  }
  Advance();
}

void IngestStreamReactor::OnDone() {
  if (streams_ != nullptr) streams_->Remove(this);
  delete this;
}

void IngestStreamReactor::FinishWhenIdle(const grpc::Status& status) {
  {
    absl::MutexLock lock(&mu_);
    if (!stopping_) {
      stopping_ = true;
      finish_status_ = status;
    }
  }
  Advance();
}

void IngestStreamReactor::Advance() {
  Actions actions;
  {
    absl::MutexLock lock(&mu_);
    if (finished_) return;
    if (!writing_ && !broken_ && !items_.empty() && items_.front()->done) {
      writing_ = true;
      actions.write = &items_.front()->ack;
    }
    if (!reading_ && !reads_done_ && !stopping_ &&
        items_.size() < kStreamWindow) {
      reading_ = true;
      actions.read = true;
    }
    bool idle = in_flight_ == 0 && !writing_;
    bool over = broken_ || ((stopping_ || reads_done_) && items_.empty());
    if (idle && over) {
      finished_ = true;
      actions.finish = true;
      actions.status = finish_status_;
    }
  }
  if (actions.write != nullptr) StartWrite(actions.write);
  if (actions.read) StartRead(&incoming_);
  if (actions.finish) Finish(actions.status);
}

}  // namespace factwire
