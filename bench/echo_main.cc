// factwire-bench-echo: the framework's ceiling. Serves QueryService on the same
// server runtime and options as factwire-query (server/: reflection, health,
// interceptors, access log, AnswerUnary prologue), but every handler answers a
// canned empty response without touching a store.
//
//   factwire-bench-echo [HOST:PORT]   (default 127.0.0.1:0; prints "listening on HOST:PORT")
#include <string>

#include "absl/status/statusor.h"
#include "factwire/v1/query_service.grpc.pb.h"
#include "server/serve.h"
#include "server/termination.h"
#include "server/unary.h"

namespace factwire {
namespace {

using grpc::CallbackServerContext;
using grpc::ServerUnaryReactor;

// Answers T{} through the same prologue the real handlers use.
template <typename T>
ServerUnaryReactor* Echo(CallbackServerContext* context, T* response) {
  return AnswerUnary(context, response, [] { return absl::StatusOr<T>(T()); });
}

class EchoQueryServer final : public v1::QueryService::CallbackService {
 public:
  ServerUnaryReactor* GetDocument(CallbackServerContext* c, const v1::GetDocumentRequest*,
                                  v1::Document* r) override { return Echo(c, r); }
  ServerUnaryReactor* SearchClaims(CallbackServerContext* c, const v1::SearchClaimsRequest*,
                                   v1::SearchClaimsResponse* r) override { return Echo(c, r); }
  ServerUnaryReactor* ListFigures(CallbackServerContext* c, const v1::ListFiguresRequest*,
                                  v1::ListFiguresResponse* r) override { return Echo(c, r); }
  ServerUnaryReactor* GetSource(CallbackServerContext* c, const v1::GetSourceRequest*,
                                v1::Source* r) override { return Echo(c, r); }
  ServerUnaryReactor* GetClaim(CallbackServerContext* c, const v1::GetClaimRequest*,
                               v1::Claim* r) override { return Echo(c, r); }
};

}  // namespace
}  // namespace factwire

int main(int argc, char** argv) {
  if (!factwire::BlockTerminationSignals().ok()) return 1;
  factwire::ServerOptions options;
  options.listen_address = argc > 1 ? argv[1] : "127.0.0.1:0";
  factwire::EchoQueryServer service;
  return factwire::Serve("factwire-bench-echo", options,
                         {{&service, factwire::v1::QueryService::service_full_name()}});
}
