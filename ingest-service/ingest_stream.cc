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
    {
      absl::MutexLock lock(&mu_);
      finished_ = true;
    }
    Finish(grpc::Status(grpc::StatusCode::UNAVAILABLE,
                        "the server is shutting down"));
    return;
  }
  Actions actions;
  {
    absl::MutexLock lock(&mu_);
    actions = NextActions();
  }
  Run(actions);
}

void IngestStreamReactor::Drain() {
  Actions actions;
  {
    absl::MutexLock lock(&mu_);
    Stop(grpc::Status(grpc::StatusCode::UNAVAILABLE,
                      "the server is shutting down; every acked document is "
                      "stored, send the rest again"));
    actions = NextActions();
  }
  Run(actions);
}

void IngestStreamReactor::OnReadDone(bool ok) {
  Actions actions;
  {
    absl::MutexLock lock(&mu_);
    reading_ = false;
    if (!ok) {  // The client half-closed (or the call broke).
      reads_done_ = true;
    } else if (!stopping_) {
      auto item = std::make_unique<Item>();
      item->index = next_index_++;
      item->request = std::move(incoming_);
      Item* analyze = item.get();
      items_.push_back(std::move(item));
      ++in_flight_;
      ingestor_->analysis_pool()->Schedule(
          [this, analyze] { Analyze(analyze); });
    }  // else: read after a drain or cancel, dropped unacked.
    actions = NextActions();
  }
  Run(actions);
}

void IngestStreamReactor::Analyze(Item* item) {
  // The item is in flight until acked, so the reactor outlives this call.
  PreparedIngest prepared = ingestor_->Prepare(item->request);
  {
    absl::MutexLock lock(&mu_);
    item->prepared = std::move(prepared);
    if (submitting_) return;  // That thread submits this item too.
    submitting_ = true;
  }
  SubmitReady();
}

void IngestStreamReactor::SubmitReady() {
  Actions actions;
  {
    absl::MutexLock lock(&mu_);
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
      // While submitting_ is set the reactor cannot finish, so it outlives
      // the unlocked call (which may block on the queue's back-pressure).
      mu_.Unlock();
      ingestor_->Commit(
          std::move(prepared),
          [this, next](absl::StatusOr<v1::IngestDocumentResponse> response) {
            Acked(next, std::move(response));
          });
      mu_.Lock();
    }
    submitting_ = false;
    actions = NextActions();
  }
  Run(actions);
}

void IngestStreamReactor::Acked(
    Item* item, absl::StatusOr<v1::IngestDocumentResponse> response) {
  v1::IngestAck ack =
      Ingestor::Ack(item->index, item->request, std::move(response));
  Actions actions;
  {
    absl::MutexLock lock(&mu_);
    item->ack = std::move(ack);
    item->done = true;
    --in_flight_;
    actions = NextActions();
  }
  Run(actions);
}

void IngestStreamReactor::OnWriteDone(bool ok) {
  Actions actions;
  {
    absl::MutexLock lock(&mu_);
    writing_ = false;
    if (ok) {
      items_.pop_front();
    } else {
      broken_ = true;
      Stop(grpc::Status(grpc::StatusCode::CANCELLED,
                        "the ack could not be sent"));
    }
    actions = NextActions();
  }
  Run(actions);
}

void IngestStreamReactor::OnCancel() {
  Actions actions;
  {
    absl::MutexLock lock(&mu_);
    broken_ = true;
    Stop(grpc::Status(grpc::StatusCode::CANCELLED, "call cancelled"));
    actions = NextActions();
  }
  Run(actions);
}

void IngestStreamReactor::OnDone() {
  if (streams_ != nullptr) streams_->Remove(this);
  delete this;
}

void IngestStreamReactor::Stop(const grpc::Status& status) {
  if (stopping_) return;
  stopping_ = true;
  finish_status_ = status;
}

IngestStreamReactor::Actions IngestStreamReactor::NextActions() {
  Actions actions;
  if (finished_) return actions;
  if (!writing_ && !broken_ && !items_.empty() && items_.front()->done) {
    writing_ = true;
    actions.write = &items_.front()->ack;
  }
  if (!reading_ && !reads_done_ && !stopping_ &&
      items_.size() < kStreamWindow) {
    reading_ = true;
    actions.read = true;
  }
  if (actions.write != nullptr || actions.read) {
    ++starting_;
    return actions;
  }
  bool idle = in_flight_ == 0 && !writing_ && !submitting_ && starting_ == 0;
  bool over = broken_ || ((stopping_ || reads_done_) && items_.empty());
  if (idle && over) {
    finished_ = true;
    actions.finish = true;
    actions.status = finish_status_;
  }
  return actions;
}

void IngestStreamReactor::Run(Actions actions) {
  while (actions.write != nullptr || actions.read) {
    if (actions.write != nullptr) StartWrite(actions.write);
    if (actions.read) StartRead(&incoming_);
    absl::MutexLock lock(&mu_);
    --starting_;
    actions = NextActions();
  }
  // Nothing may touch the reactor after Finish: OnDone may delete it.
  if (actions.finish) Finish(actions.status);
}

}  // namespace factwire
