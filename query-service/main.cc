// factwire-query: the QueryService over a read-only store.
//
//   factwire-query --listen=127.0.0.1:50052 --store=sqlite:factwire.db
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "query-service/answer/answerer.h"
#include "query-service/query_server.h"
#include "query-service/watch/change_feed.h"
#include "server/serve.h"
#include "server/termination.h"
#include "store/store.h"

ABSL_FLAG(std::string, listen, "127.0.0.1:50052",
          "host:port to serve on (port 0 picks a free one)");
ABSL_FLAG(std::string, store, "sqlite:factwire.db",
          "the store factwire-ingest writes: sqlite:PATH (opened read-only)");
ABSL_FLAG(absl::Duration, drain_timeout, absl::Seconds(15),
          "how long SIGTERM lets in-flight calls finish");
ABSL_FLAG(absl::Duration, watch_heartbeat, absl::Seconds(30),
          "WatchDocuments heartbeat interval for requests that set none");
ABSL_FLAG(absl::Duration, watch_poll, absl::Milliseconds(150),
          "how often WatchDocuments polls the store's change log");
ABSL_FLAG(absl::Duration, drain_grace, absl::ZeroDuration(),
          "how long SIGTERM reports NOT_SERVING before refusing new calls");

namespace factwire {
namespace {

constexpr char kProgram[] = "factwire-query";

struct Options {
  ServerOptions server;
  StoreOptions store;
  ChangeFeedOptions watch;
};

absl::StatusOr<Options> OptionsFromFlags() {
  Options options;
  options.server.listen_address = absl::GetFlag(FLAGS_listen);
  options.server.drain_timeout = absl::GetFlag(FLAGS_drain_timeout);
  options.server.drain_grace = absl::GetFlag(FLAGS_drain_grace);
  absl::StatusOr<std::string> path = ParseStoreFlag(absl::GetFlag(FLAGS_store));
  if (!path.ok()) return path.status();
  options.store.path = *path;
  options.store.read_only = true;
  // One reader per core: reads run in parallel beside the ingest writer.
  options.store.connections =
      std::max(2, static_cast<int>(std::thread::hardware_concurrency()));
  options.watch.default_heartbeat = absl::GetFlag(FLAGS_watch_heartbeat);
  options.watch.poll_interval = absl::GetFlag(FLAGS_watch_poll);
  return options;
}

int Fail(const std::string& message) {
  std::fprintf(stderr, "%s: %s\n", kProgram, message.c_str());
  return 1;
}

int Run(const Options& options) {
  if (!std::filesystem::exists(options.store.path)) {
    return Fail("store " + options.store.path +
                " does not exist yet: start factwire-ingest with the same "
                "--store first (it creates the file)");
  }
  absl::StatusOr<std::unique_ptr<Store>> store = Store::Open(options.store);
  if (!store.ok()) return Fail(store.status().ToString());
  Answerer answerer(store->get());
  absl::StatusOr<std::unique_ptr<ChangeFeed>> feed =
      ChangeFeed::Create(store->get(), options.watch);
  if (!feed.ok()) return Fail(feed.status().ToString());
  (*feed)->Start();
  QueryServer service(&answerer, feed->get());
  ServerOptions server = options.server;
  // Watch streams end at the drain's start instead of holding it.
  server.on_drain = [&feed] { (*feed)->Close(); };
  return Serve(kProgram, server,
               {{&service, v1::QueryService::service_full_name()}});
}

}  // namespace
}  // namespace factwire

int main(int argc, char** argv) {
  absl::Status blocked = factwire::BlockTerminationSignals();
  if (!blocked.ok()) return factwire::Fail(blocked.ToString());
  absl::SetProgramUsageMessage("Serves factwire.v1.QueryService over gRPC.");
  absl::ParseCommandLine(argc, argv);
  absl::StatusOr<factwire::Options> options = factwire::OptionsFromFlags();
  if (!options.ok()) return factwire::Fail(options.status().ToString());
  return factwire::Run(*options);
}
