// factwire-bench-load: a closed-loop gRPC load client. Keeps --in_flight unary
// calls of one method going (callback API, generic stub, requests serialized
// once up front) for --duration after a --warmup, or sends each request once
// (--once), and prints one JSON line: calls, errors, QPS, latency percentiles.
//
//   factwire-bench-load --target=127.0.0.1:50052 --requests=get_source.jsonl
//       --method=/factwire.v1.QueryService/GetSource
//       --request_type=factwire.v1.GetSourceRequest
//
// --requests holds one request a line as proto3 JSON; calls cycle through them.
#include <grpcpp/grpcpp.h>
#include <grpcpp/generic/generic_stub.h>

#include <algorithm>
#include <atomic>
#include <deque>
#include <cstdio>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "absl/synchronization/notification.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "bench/json_line.h"
#include "factwire/v1/ingest_service.pb.h"
#include "factwire/v1/query_service.pb.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/message.h"
#include "google/protobuf/util/json_util.h"

ABSL_FLAG(std::string, target, "127.0.0.1:50052", "server host:port");
ABSL_FLAG(std::string, method, "", "full method, /package.Service/Method");
ABSL_FLAG(std::string, request_type, "", "request message, factwire.v1.X");
ABSL_FLAG(std::string, requests, "", "JSON Lines file of requests");
ABSL_FLAG(int, in_flight, 32, "calls kept in flight");
ABSL_FLAG(int, channels, 2, "client connections (calls spread round robin)");
ABSL_FLAG(absl::Duration, duration, absl::Seconds(5), "measured time");
ABSL_FLAG(absl::Duration, warmup, absl::Seconds(1), "unmeasured time first");
ABSL_FLAG(bool, once, false, "send each request exactly once, then stop");
ABSL_FLAG(bool, stream, false,
          "bidi-streaming method: --in_flight streams, each keeping "
          "--stream_window requests unanswered; implies --once");
ABSL_FLAG(int, stream_window, 1,
          "--stream: requests each stream keeps written and unanswered");
ABSL_FLAG(absl::Duration, deadline, absl::Seconds(30), "per-call deadline");

namespace factwire {
namespace {

int Fail(const std::string& message) {
  std::fprintf(stderr, "factwire-bench-load: %s\n", message.c_str());
  return 1;
}

// Reads and serializes the requests (each line as `type` JSON).
absl::StatusOr<std::vector<grpc::ByteBuffer>> ReadRequests(
    const std::string& path, const std::string& type) {
  // Link the generated messages so the pool knows them.
  (void)v1::GetSourceRequest::descriptor();
  (void)v1::IngestDocumentRequest::descriptor();
  const google::protobuf::Descriptor* descriptor =
      google::protobuf::DescriptorPool::generated_pool()->FindMessageTypeByName(type);
  if (descriptor == nullptr) return absl::NotFoundError("unknown type " + type);
  std::unique_ptr<google::protobuf::Message> message(
      google::protobuf::MessageFactory::generated_factory()
          ->GetPrototype(descriptor)->New());
  std::ifstream in(path);
  if (!in) return absl::NotFoundError("cannot read " + path);
  std::vector<grpc::ByteBuffer> requests;
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    message->Clear();
    auto parsed = google::protobuf::util::JsonStringToMessage(line, message.get());
    if (!parsed.ok()) return absl::InvalidArgumentError(parsed.ToString());
    std::string bytes = message->SerializeAsString();
    grpc::Slice slice(bytes);
    requests.emplace_back(&slice, 1);
  }
  if (requests.empty()) return absl::InvalidArgumentError(path + ": no requests");
  return requests;
}

// Runs the calls and collects latencies. Thread-safe callbacks.
class Load {
 public:
  Load(std::vector<grpc::ByteBuffer> requests, std::string method)
      : requests_(std::move(requests)), method_(std::move(method)) {
    for (int i = 0; i < absl::GetFlag(FLAGS_channels); ++i) {
      grpc::ChannelArguments args;
      args.SetInt("grpc.factwire_bench_channel", i);  // distinct connections
      args.SetMaxReceiveMessageSize(64 << 20);
      stubs_.push_back(std::make_unique<grpc::GenericStub>(grpc::CreateCustomChannel(
          absl::GetFlag(FLAGS_target), grpc::InsecureChannelCredentials(), args)));
    }
  }

  // Starts `in_flight` calls (or streams); returns once measuring is over and
  // all are done.
  void Run(int in_flight, absl::Time measure_from, absl::Time stop_at, bool once,
           bool stream);

  // The next request's index; >= requests().size() once all are taken (--once).
  size_t Take() { return next_++; }
  const std::vector<grpc::ByteBuffer>& requests() const { return requests_; }

  // Records one reply (or failure) to a request sent at `start`.
  void Record(absl::Time start, const grpc::Status& status, size_t bytes) {
    absl::Time end = absl::Now();
    if (!once_ && start < measure_from_) return;
    absl::MutexLock lock(&mu_);
    if (status.ok()) {
      latencies_ms_.push_back(absl::ToDoubleMilliseconds(end - start));
      response_bytes_ += bytes;
    } else {
      ++errors_;
      if (first_error_.empty()) first_error_ = status.error_message();
    }
  }

  // A call slot or stream is over.
  void Retire() {
    if (--active_ == 0) done_.Notify();
  }

  void Report(double seconds) {
    absl::MutexLock lock(&mu_);
    std::sort(latencies_ms_.begin(), latencies_ms_.end());
    auto percentile = [&](double p) {
      if (latencies_ms_.empty()) return 0.0;
      return latencies_ms_[std::min(latencies_ms_.size() - 1,
                                    static_cast<size_t>(p * latencies_ms_.size()))];
    };
    JsonLine line;
    line.Set("calls", latencies_ms_.size()).Set("errors", errors_);
    line.Set("seconds", seconds).Set("qps", latencies_ms_.size() / seconds);
    line.Set("p50_ms", percentile(0.50)).Set("p90_ms", percentile(0.90));
    line.Set("p99_ms", percentile(0.99)).Set("max_ms", percentile(1.0));
    line.Set("response_bytes", latencies_ms_.empty() ? 0 : response_bytes_ / latencies_ms_.size());
    if (!first_error_.empty()) line.Set("first_error", first_error_);
    std::printf("%s\n", line.ToString().c_str());
  }

 private:
  struct Call {
    grpc::ClientContext context;
    grpc::ByteBuffer response;
    absl::Time start;
  };

  // Starts the next call, or retires a slot when the run is over.
  void Next() {
    size_t index = Take();
    bool over = once_ ? index >= requests_.size() : absl::Now() >= stop_at_;
    if (over) return Retire();
    auto* call = new Call;
    call->context.set_deadline(absl::ToChronoTime(absl::Now() + absl::GetFlag(FLAGS_deadline)));
    call->start = absl::Now();
    grpc::GenericStub& stub = *stubs_[index % stubs_.size()];
    stub.UnaryCall(&call->context, method_, grpc::StubOptions(),
                   &requests_[index % requests_.size()], &call->response,
                   [this, call](grpc::Status status) { Done(call, status); });
  }

  void Done(Call* call, const grpc::Status& status) {
    Record(call->start, status, call->response.Length());
    delete call;
    Next();
  }


  std::vector<grpc::ByteBuffer> requests_;
  const std::string method_;  // outlives every call (gRPC keeps its c_str)
  std::vector<std::unique_ptr<grpc::GenericStub>> stubs_;
  absl::Time measure_from_, stop_at_;
  bool once_ = false;
  std::atomic<size_t> next_{0};
  std::atomic<int> active_{0};
  absl::Notification done_;
  absl::Mutex mu_;
  std::vector<double> latencies_ms_ ABSL_GUARDED_BY(mu_);
  double response_bytes_ ABSL_GUARDED_BY(mu_) = 0;
  int errors_ ABSL_GUARDED_BY(mu_) = 0;
  std::string first_error_ ABSL_GUARDED_BY(mu_);
};

// One bidi stream: keeps up to --stream_window requests written and not yet
// answered (one write outstanding at a time, as gRPC allows), until the
// load's requests are all taken; then half-closes. Replies come in request
// order, so each is timed against the oldest request in hand. Deletes itself.
class Stream final : public grpc::ClientBidiReactor<grpc::ByteBuffer, grpc::ByteBuffer> {
 public:
  Stream(Load* load, grpc::GenericStub* stub, const std::string& method)
      : load_(load), window_(std::max(1, absl::GetFlag(FLAGS_stream_window))) {
    stub->PrepareBidiStreamingCall(&context_, method, grpc::StubOptions(), this);
    StartRead(&reply_);
    {
      absl::MutexLock lock(&mu_);
      WriteNextLocked();
    }
    StartCall();
  }

  void OnReadDone(bool ok) override {
    if (!ok) return;  // the stream is ending; OnDone follows
    absl::Time start;
    {
      absl::MutexLock lock(&mu_);
      start = starts_.front();
      starts_.pop_front();
      WriteNextLocked();
    }
    load_->Record(start, AckStatus(), reply_.Length());
    StartRead(&reply_);
  }

  void OnWriteDone(bool ok) override {
    absl::MutexLock lock(&mu_);
    writing_ = false;
    if (ok) WriteNextLocked();
  }

  void OnDone(const grpc::Status& status) override {
    if (!status.ok()) load_->Record(absl::Now(), status, 0);
    load_->Retire();
    delete this;
  }

 private:
  // The reply's own status when it is an IngestAck with a code, else OK.
  grpc::Status AckStatus() {
    v1::IngestAck ack;
    grpc::Slice slice;
    if (!reply_.TrySingleSlice(&slice).ok() && !reply_.DumpToSingleSlice(&slice).ok()) {
      return grpc::Status::OK;
    }
    if (!ack.ParseFromArray(slice.begin(), static_cast<int>(slice.size())) ||
        ack.code() == 0) {
      return grpc::Status::OK;
    }
    return grpc::Status(static_cast<grpc::StatusCode>(ack.code()), ack.message());
  }

  // Writes the next request if no write is outstanding and the window has
  // room; half-closes once the requests are all taken and answered.
  void WriteNextLocked() ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_) {
    if (writing_ || closed_) return;
    if (exhausted_) {
      if (starts_.empty()) {
        closed_ = true;
        StartWritesDone();
      }
      return;
    }
    if (starts_.size() >= static_cast<size_t>(window_)) return;
    size_t index = load_->Take();
    if (index >= load_->requests().size()) {
      exhausted_ = true;
      return WriteNextLocked();
    }
    writing_ = true;
    starts_.push_back(absl::Now());
    StartWrite(&load_->requests()[index]);
  }

  Load* load_;
  const int window_;
  grpc::ClientContext context_;
  grpc::ByteBuffer reply_;
  absl::Mutex mu_;
  std::deque<absl::Time> starts_ ABSL_GUARDED_BY(mu_);
  bool writing_ ABSL_GUARDED_BY(mu_) = false;
  bool exhausted_ ABSL_GUARDED_BY(mu_) = false;
  bool closed_ ABSL_GUARDED_BY(mu_) = false;
};

void Load::Run(int in_flight, absl::Time measure_from, absl::Time stop_at, bool once,
               bool stream) {
  measure_from_ = measure_from;
  stop_at_ = stop_at;
  once_ = once || stream;
  active_ = in_flight;
  for (int i = 0; i < in_flight; ++i) {
    if (stream) {
      new Stream(this, stubs_[i % stubs_.size()].get(), method_);
    } else {
      Next();
    }
  }
  done_.WaitForNotification();
}

int Run() {
  absl::StatusOr<std::vector<grpc::ByteBuffer>> requests = ReadRequests(
      absl::GetFlag(FLAGS_requests), absl::GetFlag(FLAGS_request_type));
  if (!requests.ok()) return Fail(requests.status().ToString());
  Load load(*std::move(requests), absl::GetFlag(FLAGS_method));
  bool stream = absl::GetFlag(FLAGS_stream);
  bool once = absl::GetFlag(FLAGS_once) || stream;
  absl::Time start = absl::Now();
  absl::Time measure_from = once ? start : start + absl::GetFlag(FLAGS_warmup);
  absl::Time stop_at = measure_from + absl::GetFlag(FLAGS_duration);
  load.Run(absl::GetFlag(FLAGS_in_flight), measure_from, stop_at, once, stream);
  absl::Time end = absl::Now();
  load.Report(absl::ToDoubleSeconds(end - (once ? start : measure_from)));
  return 0;
}

}  // namespace
}  // namespace factwire

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  return factwire::Run();
}
