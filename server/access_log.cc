#include "server/access_log.h"

#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <utility>

#include "absl/random/random.h"
#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"

namespace factwire {
namespace {

using grpc::experimental::InterceptionHookPoints;
using grpc::experimental::InterceptorBatchMethods;

constexpr size_t kMaxRequestIdChars = 128;

// 128 random bits as 32 hex digits.
std::string NewRequestId() {
  thread_local absl::BitGen bits;
  return absl::StrFormat("%016x%016x", absl::Uniform<uint64_t>(bits),
                         absl::Uniform<uint64_t>(bits));
}

// The client's request id from `metadata`, or "" if it sent none.
std::string ClientRequestId(
    const std::multimap<grpc::string_ref, grpc::string_ref>& metadata) {
  auto it = metadata.find(kRequestIdKey);
  if (it == metadata.end() || it->second.empty()) return "";
  return std::string(it->second.data(),
                     std::min(it->second.size(), kMaxRequestIdChars));
}

// Calls that carry no work and stay open as long as the client likes (health
// watches, reflection sessions) do not count as in flight, so they cannot hold
// up a drain.
bool HoldsUpDrain(absl::string_view method) {
  return method != "/grpc.health.v1.Health/Watch" &&
         !absl::StartsWith(method, "/grpc.reflection.");
}

// One per call: gRPC creates it when the call starts and destroys it some time
// after the call is done. The line is written when the call sends its status;
// the call stops counting as in flight when gRPC reports it closed. A call that
// never gets that far is logged as CANCELLED and uncounted on destruction.
class AccessLogInterceptor : public grpc::experimental::Interceptor {
 public:
  AccessLogInterceptor(const AccessLogSink* sink, InFlightCalls* in_flight,
                       const char* method)
      : sink_(sink),
        in_flight_(HoldsUpDrain(method) ? in_flight : nullptr),
        method_(method),
        start_(absl::Now()) {
    if (in_flight_ != nullptr) in_flight_->Begin();
  }

  ~AccessLogInterceptor() override {
    Log(absl::StatusCode::kCancelled);
    Close();
  }

  void Intercept(InterceptorBatchMethods* methods) override {
    if (methods->QueryInterceptionHookPoint(
            InterceptionHookPoints::POST_RECV_INITIAL_METADATA)) {
      request_id_ = ClientRequestId(*methods->GetRecvInitialMetadata());
    }
    if (methods->QueryInterceptionHookPoint(
            InterceptionHookPoints::PRE_SEND_STATUS)) {
      methods->GetSendTrailingMetadata()->emplace(kRequestIdKey, request_id());
      Log(static_cast<absl::StatusCode>(methods->GetSendStatus().error_code()));
    }
    if (methods->QueryInterceptionHookPoint(
            InterceptionHookPoints::POST_RECV_CLOSE)) {
      Close();
    }
    methods->Proceed();
  }

 private:
  const std::string& request_id() {
    if (request_id_.empty()) request_id_ = NewRequestId();
    return request_id_;
  }

  // Writes the call's line, once.
  void Log(absl::StatusCode code) {
    if (logged_) return;
    logged_ = true;
    (*sink_)(absl::StrFormat(
        "access method=%s code=%s duration_ms=%.3f request_id=%s", method_,
        absl::StatusCodeToString(code),
        absl::ToDoubleMilliseconds(absl::Now() - start_), request_id()));
  }

  // Stops counting the call as in flight, once.
  void Close() {
    if (closed_) return;
    closed_ = true;
    if (in_flight_ != nullptr) in_flight_->End();
  }

  const AccessLogSink* sink_;
  InFlightCalls* in_flight_;  // null if the call does not hold up a drain
  const char* method_;
  absl::Time start_;
  std::string request_id_;
  bool logged_ = false;
  bool closed_ = false;
};

class AccessLogInterceptorFactory
    : public grpc::experimental::ServerInterceptorFactoryInterface {
 public:
  AccessLogInterceptorFactory(AccessLogSink sink, InFlightCalls* in_flight)
      : sink_(std::move(sink)), in_flight_(in_flight) {}

  grpc::experimental::Interceptor* CreateServerInterceptor(
      grpc::experimental::ServerRpcInfo* info) override {
    return new AccessLogInterceptor(&sink_, in_flight_, info->method());
  }

 private:
  AccessLogSink sink_;
  InFlightCalls* in_flight_;
};

}  // namespace

std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>
NewAccessLogInterceptorFactory(AccessLogSink sink, InFlightCalls* in_flight) {
  return std::make_unique<AccessLogInterceptorFactory>(std::move(sink),
                                                       in_flight);
}

void WriteAccessLogToStderr(absl::string_view line) {
  std::string buffer = absl::StrCat(line, "\n");
  // One write(2) per line keeps concurrent lines whole.
  ssize_t ignored = write(STDERR_FILENO, buffer.data(), buffer.size());
  (void)ignored;
}

}  // namespace factwire
