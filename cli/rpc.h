#ifndef FACTWIRE_CLI_RPC_H_
#define FACTWIRE_CLI_RPC_H_

#include <grpcpp/client_context.h>
#include <grpcpp/support/status.h>

#include <memory>
#include <string>

#include "absl/strings/string_view.h"
#include "absl/time/time.h"

namespace factwire {

// How long one client call may take before DEADLINE_EXCEEDED.
inline constexpr absl::Duration kCallTimeout = absl::Seconds(60);

// The most pages a list command follows before it gives up on a server that keeps
// returning next_page_token (a guard, far above any real archive at 1000 per page).
inline constexpr int kMaxPages = 100000;

// The page size client lists ask for (the services cap it at 1000).
inline constexpr int kPageSize = 1000;

// NewCallContext()
//
// A context for one call with the kCallTimeout deadline. Fails fast (no
// wait-for-ready): an address nobody serves gives UNAVAILABLE at once.
std::unique_ptr<grpc::ClientContext> NewCallContext();

// RpcError()
//
// "CODE: message" for a failed call, e.g. "NOT_FOUND: document documents/x not
// found"; for UNAVAILABLE it adds which `service` at `address` could not be reached.
std::string RpcError(const grpc::Status& status, absl::string_view service,
                     absl::string_view address);

// CollectPages()
//
// Calls `call(page_token, &page)` from an empty token until a page comes back with
// an empty next_page_token, appending each page to `all` (MergeFrom appends the
// repeated records). `all->next_page_token()` is empty afterwards. Returns the
// first failing call's status, or INTERNAL if the server repeats a token or more
// than kMaxPages pages come back.
template <typename Response, typename Call>
grpc::Status CollectPages(Call call, Response* all) {
  std::string token;
  for (int pages = 0; pages < kMaxPages; ++pages) {
    Response page;
    grpc::Status status = call(token, &page);
    if (!status.ok()) return status;
    all->MergeFrom(page);
    if (page.next_page_token().empty()) {
      all->clear_next_page_token();
      return grpc::Status::OK;
    }
    if (page.next_page_token() == token) {
      return grpc::Status(grpc::StatusCode::INTERNAL, "the server repeated a page token");
    }
    token = page.next_page_token();
  }
  return grpc::Status(grpc::StatusCode::INTERNAL, "too many pages");
}

}  // namespace factwire

#endif  // FACTWIRE_CLI_RPC_H_
