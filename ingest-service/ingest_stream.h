#ifndef FACTWIRE_INGEST_SERVICE_INGEST_STREAM_H_
#define FACTWIRE_INGEST_SERVICE_INGEST_STREAM_H_

#include <grpcpp/support/server_callback.h>

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
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

// How many requests of one stream are in hand at once (read, being analyzed,
// waiting for their commit or their ack).
inline constexpr size_t kStreamWindow = 16;

// One StreamIngestDocuments call on gRPC's callback API, pipelined: reads up
// to kStreamWindow requests ahead, analyzes them in parallel on the
// ingestor's analysis threads, hands them to the ingestor's commit queue in
// request order (so they are stored in that order, sharing transactions with
// other streams and calls), and writes each ack, in request order, once its
// document is committed. Reading stops while the window is full
// (back-pressure) and no thread waits on the stream. Finishes OK once the
// client half-closes and every request is acked, CANCELLED if the client goes
// away, UNAVAILABLE when the server drains, after the requests already read
// are stored and acked (a document is either acked or not read). Deletes
// itself when gRPC is done with it; create with `new` and return it from the
// handler. `ingestor` and `streams` must outlive the call.
class IngestStreamReactor final
    : public grpc::ServerBidiReactor<factwire::v1::IngestDocumentRequest,
                                     factwire::v1::IngestAck> {
 public:
  IngestStreamReactor(const Ingestor* ingestor, IngestStreams* streams);

  // Stops reading; ends the stream with UNAVAILABLE once what was read is
  // acked.
  void Drain();

  void OnReadDone(bool ok) override;
  void OnWriteDone(bool ok) override;
  void OnCancel() override;
  void OnDone() override;

 private:
  // One request in hand.
  struct Item {
    int32_t index = 0;
    factwire::v1::IngestDocumentRequest request;
    // Set by the analysis thread until submitted to the commit queue.
    std::optional<PreparedIngest> prepared;
    bool submitted = false;
    // Set once the ack is ready.
    bool done = false;
    factwire::v1::IngestAck ack;
  };

  // What to do next, decided under mu_ and done outside it by Run().
  struct Actions {
    bool read = false;
    const factwire::v1::IngestAck* write = nullptr;
    bool finish = false;
    grpc::Status status;
  };

  // On an analysis thread: analyzes `item`, then (unless another thread is
  // submitting) submits every analyzed item whose predecessors are submitted.
  void Analyze(Item* item);
  // Submits analyzed items to the commit queue in request order; called with
  // submitting_ set, which it clears.
  void SubmitReady();
  // The commit (or failure) of `item`'s document.
  void Acked(Item* item, absl::StatusOr<factwire::v1::IngestDocumentResponse>
                             response);
  // Sets what the call finishes with, unless it is stopping already.
  void Stop(const grpc::Status& status) ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  // The next ack's write, the next read (while the window has room), or the
  // finish once nothing is in flight, in progress or being started.
  Actions NextActions() ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  // Starts `actions` outside mu_, then whatever became possible meanwhile;
  // touches nothing after Finish (OnDone may delete the reactor).
  void Run(Actions actions);

  const Ingestor* ingestor_;
  IngestStreams* streams_;
  factwire::v1::IngestDocumentRequest incoming_;
  absl::Mutex mu_;
  int32_t next_index_ ABSL_GUARDED_BY(mu_) = 0;
  // Requests in hand, oldest first; the front is the next ack to write.
  std::deque<std::unique_ptr<Item>> items_ ABSL_GUARDED_BY(mu_);
  // Items not yet done (analysis or commit running); the reactor must not
  // finish while any callback may still touch it.
  int in_flight_ ABSL_GUARDED_BY(mu_) = 0;
  bool reading_ ABSL_GUARDED_BY(mu_) = false;
  bool writing_ ABSL_GUARDED_BY(mu_) = false;
  bool submitting_ ABSL_GUARDED_BY(mu_) = false;
  // Reads and writes decided but not yet started (Run() between its lock
  // and the gRPC call): the reactor must not finish meanwhile.
  int starting_ ABSL_GUARDED_BY(mu_) = 0;
  // The client half-closed: finish OK after the last ack.
  bool reads_done_ ABSL_GUARDED_BY(mu_) = false;
  // Drain, cancel or a failed write: read no more, finish with
  // finish_status_ when idle (a cancel or failed write also writes no more).
  bool stopping_ ABSL_GUARDED_BY(mu_) = false;
  bool broken_ ABSL_GUARDED_BY(mu_) = false;
  bool finished_ ABSL_GUARDED_BY(mu_) = false;
  grpc::Status finish_status_ ABSL_GUARDED_BY(mu_);
};

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_INGEST_STREAM_H_
