// factwire-ingest: the IngestService, the single writer of the store.
//
//   factwire-ingest --listen=127.0.0.1:50051 --store=sqlite:factwire.db
#include <cstdio>
#include <memory>
#include <string>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "ingest-service/analyzer.h"
#include "ingest-service/ingest_server.h"
#include "ingest-service/ingestor.h"
#include "server/serve.h"
#include "server/termination.h"
#include "store/store.h"

ABSL_FLAG(std::string, listen, "127.0.0.1:50051",
          "host:port to serve on (port 0 picks a free one)");
ABSL_FLAG(std::string, store, "sqlite:factwire.db",
          "where to store documents: sqlite:PATH (created if missing)");
ABSL_FLAG(absl::Duration, drain_timeout, absl::Seconds(15),
          "how long SIGTERM lets in-flight calls finish");
ABSL_FLAG(absl::Duration, drain_grace, absl::ZeroDuration(),
          "how long SIGTERM reports NOT_SERVING before refusing new calls");

namespace factwire {
namespace {

constexpr char kProgram[] = "factwire-ingest";
// Room for the other request fields, so an oversized content reaches the
// analyzer, which names the limit.
constexpr int kRequestOverheadBytes = 64 * 1024;

struct Options {
  ServerOptions server;
  StoreOptions store;
};

absl::StatusOr<Options> OptionsFromFlags() {
  Options options;
  options.server.listen_address = absl::GetFlag(FLAGS_listen);
  options.server.drain_timeout = absl::GetFlag(FLAGS_drain_timeout);
  options.server.drain_grace = absl::GetFlag(FLAGS_drain_grace);
  options.server.max_receive_bytes =
      static_cast<int>(kMaxContentBytes) + kRequestOverheadBytes;
  absl::StatusOr<std::string> path = ParseStoreFlag(absl::GetFlag(FLAGS_store));
  if (!path.ok()) return path.status();
  options.store.path = *path;
  return options;
}

int Fail(const std::string& message) {
  std::fprintf(stderr, "%s: %s\n", kProgram, message.c_str());
  return 1;
}

int Run(const Options& options) {
  absl::StatusOr<std::unique_ptr<Analyzer>> analyzer = Analyzer::Create();
  if (!analyzer.ok()) return Fail(analyzer.status().ToString());
  absl::StatusOr<std::unique_ptr<Store>> store = Store::Open(options.store);
  if (!store.ok()) return Fail(store.status().ToString());
  Ingestor ingestor(analyzer->get(), store->get());
  IngestServer service(&ingestor);
  ServerOptions server = options.server;
  // Open streams end after their current document instead of holding the drain.
  server.on_drain = [&service] { service.DrainStreams(); };
  return Serve(kProgram, server,
               {{&service, v1::IngestService::service_full_name()}});
}

}  // namespace
}  // namespace factwire

int main(int argc, char** argv) {
  absl::Status blocked = factwire::BlockTerminationSignals();
  if (!blocked.ok()) return factwire::Fail(blocked.ToString());
  absl::SetProgramUsageMessage("Serves factwire.v1.IngestService over gRPC.");
  absl::ParseCommandLine(argc, argv);
  absl::StatusOr<factwire::Options> options = factwire::OptionsFromFlags();
  if (!options.ok()) return factwire::Fail(options.status().ToString());
  return factwire::Run(*options);
}
