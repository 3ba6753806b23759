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
                                      Response* response, Answer&& answer) {
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
  absl::StatusOr<Response> result = std::forward<Answer>(answer)();
  if (!result.ok()) {
    reactor->Finish(ToGrpcStatus(result.status()));
    return reactor;
  }
  *response = *std::move(result);
  reactor->Finish(grpc::Status::OK);
  return reactor;
}

}  // namespace factwire

#endif  // FACTWIRE_SERVER_UNARY_H_
