#include "cli/rpc.h"

#include <chrono>
#include <memory>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace factwire {

std::unique_ptr<grpc::ClientContext> NewCallContext() {
  auto context = std::make_unique<grpc::ClientContext>();
  context->set_deadline(absl::ToChronoTime(absl::Now() + kCallTimeout));
  return context;
}

std::string RpcError(const grpc::Status& status, absl::string_view service,
                     absl::string_view address) {
  // Abseil's status codes are gRPC's, number for number.
  std::string text = absl::StrCat(
      absl::StatusCodeToString(static_cast<absl::StatusCode>(status.error_code())), ": ",
      status.error_message());
  if (status.error_code() == grpc::StatusCode::UNAVAILABLE) {
    absl::StrAppend(&text, " (is ", service, " serving at ", address, "?)");
  }
  return text;
}

}  // namespace factwire
