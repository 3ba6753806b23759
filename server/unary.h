#ifndef FACTWIRE_SERVER_UNARY_H_
#define FACTWIRE_SERVER_UNARY_H_

#include <grpcpp/server_context.h>
#include <grpcpp/support/server_callback.h>

#include <chrono>
#include <utility>

#include "absl/status/statusor.h"
#include "proto/grpc_status.h"

namespace factwire {

// AnswerUnary()
//
// The one prologue of every unary callback handler: unless the call is already
// cancelled or past its deadline, runs `answer` (a gRPC-free core call
// returning absl::StatusOr<Response>), moves its value into `response`, and
// finishes the call with the mapped status. Returns the reactor the handler
// must return.
//
//   grpc::ServerUnaryReactor* QueryServer::GetSource(
//       grpc::CallbackServerContext* context, const GetSourceRequest* request,
//       Source* response) {
//     return AnswerUnary(context, response,
//                        [&] { return answerer_.GetSource(*request); });
//   }
template <typename Response, typename Answer>
grpc::ServerUnaryReactor* AnswerUnary(grpc::CallbackServerContext* context,
                                      Response* response, Answer&& answer);

// AnswerUnaryInPlace()
//
// AnswerUnary() for a core call that fills the (empty) `response` itself:
// `fill(Response*)` returns absl::Status; on an error the response is not
// sent.
template <typename Response, typename Fill>
grpc::ServerUnaryReactor* AnswerUnaryInPlace(
    grpc::CallbackServerContext* context, Response* response, Fill&& fill) {
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  if (context->IsCancelled()) {
    reactor->Finish(
        grpc::Status(grpc::StatusCode::CANCELLED, "call cancelled"));
    return reactor;
  }
  if (context->deadline() <= std::chrono::system_clock::now()) {
    reactor->Finish(grpc::Status(grpc::StatusCode::DEADLINE_EXCEEDED,
                                 "deadline passed before the call started"));
    return reactor;
  }
  absl::Status status = std::forward<Fill>(fill)(response);
  reactor->Finish(status.ok() ? grpc::Status::OK : ToGrpcStatus(status));
  return reactor;
}

template <typename Response, typename Answer>
grpc::ServerUnaryReactor* AnswerUnary(grpc::CallbackServerContext* context,
                                      Response* response, Answer&& answer) {
  return AnswerUnaryInPlace(context, response, [&](Response* out) {
    absl::StatusOr<Response> result = std::forward<Answer>(answer)();
    if (!result.ok()) return result.status();
    *out = *std::move(result);
    return absl::OkStatus();
  });
}

}  // namespace factwire

#endif  // FACTWIRE_SERVER_UNARY_H_
