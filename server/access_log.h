#ifndef FACTWIRE_SERVER_ACCESS_LOG_H_
#define FACTWIRE_SERVER_ACCESS_LOG_H_

#include <functional>
#include <memory>
#include <string>

#include <grpcpp/support/server_interceptor.h>

#include "absl/strings/string_view.h"

namespace factwire {

// The metadata key that carries a call's request id, both ways.
inline constexpr char kRequestIdKey[] = "x-request-id";

// Where access-log lines go: one call per finished RPC, without a newline.
// Must be thread-safe.
using AccessLogSink = std::function<void(absl::string_view line)>;

// An interceptor factory that gives every call a request id and logs it.
//
// The request id is the client's `x-request-id` (cut to 128 characters) or a new
// random one; it is echoed in the call's trailing metadata. When the call ends,
// `sink` receives one line:
//   access method=/pkg.Service/Method code=NOT_FOUND duration_ms=0.42 request_id=...
// A call that ends without a status (the client went away) logs code=CANCELLED.
std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>
NewAccessLogInterceptorFactory(AccessLogSink sink);

// Writes `line` and a newline to stderr in one write.
void WriteAccessLogToStderr(absl::string_view line);

}  // namespace factwire

#endif  // FACTWIRE_SERVER_ACCESS_LOG_H_
