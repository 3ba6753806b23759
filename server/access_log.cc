#include "server/access_log.h"

#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <utility>

#include "absl/random/random.h"
#include "absl/status/status.h"
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

// One per call: gRPC creates it when the call starts and destroys it when the
// call is done, so the destructor writes the line.
class AccessLogInterceptor : public grpc::experimental::Interceptor {
 public:
  AccessLogInterceptor(const AccessLogSink* sink, const char* method)
      : sink_(sink), method_(method), start_(absl::Now()) {}

  ~AccessLogInterceptor() override {
    (*sink_)(absl::StrFormat(
        "access method=%s code=%s duration_ms=%.3f request_id=%s", method_,
        absl::StatusCodeToString(code_),
        absl::ToDoubleMilliseconds(absl::Now() - start_), request_id_));
  }

  void Intercept(InterceptorBatchMethods* methods) override {
    if (methods->QueryInterceptionHookPoint(
            InterceptionHookPoints::POST_RECV_INITIAL_METADATA)) {
      request_id_ = ClientRequestId(*methods->GetRecvInitialMetadata());
      if (request_id_.empty()) request_id_ = NewRequestId();
    }
    if (methods->QueryInterceptionHookPoint(
            InterceptionHookPoints::PRE_SEND_STATUS)) {
      methods->GetSendTrailingMetadata()->emplace(kRequestIdKey, request_id_);
      code_ = static_cast<absl::StatusCode>(methods->GetSendStatus().error_code());
    }
    methods->Proceed();
  }

 private:
  const AccessLogSink* sink_;
  const char* method_;
  absl::Time start_;
  std::string request_id_;
  absl::StatusCode code_ = absl::StatusCode::kCancelled;
};

class AccessLogInterceptorFactory
    : public grpc::experimental::ServerInterceptorFactoryInterface {
 public:
  explicit AccessLogInterceptorFactory(AccessLogSink sink)
      : sink_(std::move(sink)) {}

  grpc::experimental::Interceptor* CreateServerInterceptor(
      grpc::experimental::ServerRpcInfo* info) override {
    return new AccessLogInterceptor(&sink_, info->method());
  }

 private:
  AccessLogSink sink_;
};

}  // namespace

std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>
NewAccessLogInterceptorFactory(AccessLogSink sink) {
  return std::make_unique<AccessLogInterceptorFactory>(std::move(sink));
}

void WriteAccessLogToStderr(absl::string_view line) {
  std::string buffer = absl::StrCat(line, "\n");
  // One write(2) per line keeps concurrent lines whole.
  ssize_t ignored = write(STDERR_FILENO, buffer.data(), buffer.size());
  (void)ignored;
}

}  // namespace factwire
