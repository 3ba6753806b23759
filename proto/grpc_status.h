#ifndef FACTWIRE_PROTO_GRPC_STATUS_H_
#define FACTWIRE_PROTO_GRPC_STATUS_H_

#include <grpcpp/support/status.h>

#include "absl/status/status.h"

namespace factwire {

// ToGrpcStatus()
//
// Maps a core status to the status a gRPC handler returns: the same code (Abseil's
// codes are gRPC's) and the same message. The only place the two meet.
grpc::Status ToGrpcStatus(const absl::Status& status);

}  // namespace factwire

#endif  // FACTWIRE_PROTO_GRPC_STATUS_H_
