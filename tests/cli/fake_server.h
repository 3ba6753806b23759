#ifndef FACTWIRE_TESTS_CLI_FAKE_SERVER_H_
#define FACTWIRE_TESTS_CLI_FAKE_SERVER_H_

#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server.h>
#include <grpcpp/server_builder.h>

#include <memory>
#include <string>

#include "absl/strings/str_cat.h"

namespace factwire {

// Serves `service` on 127.0.0.1 at a port the system picks, until destroyed.
class FakeServer {
 public:
  explicit FakeServer(grpc::Service* service) {
    grpc::ServerBuilder builder;
    builder.AddListeningPort("127.0.0.1:0", grpc::InsecureServerCredentials(), &port_);
    builder.RegisterService(service);
    server_ = builder.BuildAndStart();
  }
  ~FakeServer() { server_->Shutdown(); }

  // host:port to dial.
  std::string address() const { return absl::StrCat("127.0.0.1:", port_); }

 private:
  int port_ = 0;
  std::unique_ptr<grpc::Server> server_;
};

// An address nothing serves: one a FakeServer of a `Service` used and released.
template <typename Service>
std::string UnservedAddress() {
  Service service;
  return FakeServer(&service).address();
}

}  // namespace factwire

#endif  // FACTWIRE_TESTS_CLI_FAKE_SERVER_H_
