#ifndef FACTWIRE_SERVER_ACCESS_LOG_H_
#define FACTWIRE_SERVER_ACCESS_LOG_H_

#include <grpcpp/support/server_interceptor.h>

#include <functional>
#include <memory>
#include <string>

#include "absl/strings/string_view.h"
#include "server/in_flight.h"

namespace factwire {

// The metadata key that carries a call's request id, both ways.
inline constexpr char kRequestIdKey[] = "x-request-id";

// Where access-log lines go: one call per finished RPC, without a newline.
// Must be thread-safe.
using AccessLogSink = std::function<void(absl::string_view line)>;

// NewAccessLogInterceptorFactory()
//
// An interceptor factory that gives every call a request id, counts it in
// `in_flight` (not owned; must outlive the server) and logs it. Health watches
// and reflection sessions are not counted: they last as long as the client
// likes and carry no work a drain should wait for.
//
// The request id is the client's `x-request-id` (cut to 128 characters) or a
// new random one (32 hex digits); it is echoed in the call's trailing metadata.
// When the call sends its status, `sink` receives one line, such as
// "access method=/pkg.Service/Method code=NOT_FOUND duration_ms=0.42
// request_id=4f0c...".
// A call that ends without sending a status (the client went away) is logged
// with code=CANCELLED when gRPC releases it.
std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>
NewAccessLogInterceptorFactory(AccessLogSink sink, InFlightCalls* in_flight);

// WriteAccessLogToStderr()
//
// Writes `line` and a newline to stderr in one write.
void WriteAccessLogToStderr(absl::string_view line);

}  // namespace factwire

#endif  // FACTWIRE_SERVER_ACCESS_LOG_H_
