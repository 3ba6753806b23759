#ifndef FACTWIRE_CLI_STREAM_COMMANDS_H_
#define FACTWIRE_CLI_STREAM_COMMANDS_H_

#include <iosfwd>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "cli/ingest_command.h"
#include "cli/query_commands.h"
#include "factwire/v1/query_service.pb.h"

namespace factwire {

// The streaming and takedown commands: `factwire watch`, `factwire delete`, and
// `factwire ingest --stream`.

inline constexpr char kWatchUsage[] =
    "watch [--query ADDR] [--from TOKEN | --from-start] [--heartbeat 30s] [--json]";
inline constexpr char kDeleteUsage[] = "delete [--ingest ADDR] ID|documents/ID";

// Options of `factwire watch`.
struct WatchOptions {
  // factwire-query's address (host:port).
  std::string address = kDefaultQueryAddress;
  // A resume token printed by an earlier watch: continue right after it.
  std::string from;
  // Start from the first change ever logged instead of now.
  bool from_start = false;
  // The heartbeat interval to ask for; zero = the server's default.
  absl::Duration heartbeat = absl::ZeroDuration();
  // One WatchDocumentsResponse as proto3 JSON per line instead of text.
  bool json = false;
  // Stop after this many change events (heartbeats not counted); 0 = run until
  // the stream ends or the process is interrupted.
  int max_events = 0;
};

// Options of `factwire delete`.
struct DeleteOptions {
  // factwire-ingest's address (host:port).
  std::string address = kDefaultIngestAddress;
  // "documents/ID" (a bare ID is turned into that).
  std::string name;
};

// ParseWatchFlags() / ParseDeleteFlags()
//
// The options from the arguments after the command name. kInvalidArgument with a
// message for the user: bad flags, an empty address, --from with --from-start, a
// --heartbeat that is not a duration ("10s", "1m"), positional arguments (watch),
// or not exactly one ID (delete).
absl::StatusOr<WatchOptions> ParseWatchFlags(const std::vector<std::string>& args);
absl::StatusOr<DeleteOptions> ParseDeleteFlags(const std::vector<std::string>& args);

// RunWatch()
//
// Calls QueryService.WatchDocuments and writes one line per message to `out` as it
// arrives (FormatWatchEvent, or JSON with options.json), flushing each. Returns 0
// after max_events events; when the stream ends, writes why to `err` with the
// last token to resume from and returns 1.
int RunWatch(const WatchOptions& options, std::ostream& out, std::ostream& err);

// RunDelete()
//
// Calls IngestService.DeleteDocument; writes "deleted documents/ID" and returns 0,
// or writes the error to `err` and returns 1.
int RunDelete(const DeleteOptions& options, std::ostream& out, std::ostream& err);

// RunIngestStream()
//
// `factwire ingest --stream`: sends every file of options.paths over one
// IngestService.StreamIngestDocuments call, reading acks while it writes, and
// writes one line per file (as RunIngest does) and a summary. A file the service
// rejects is reported and the rest go on. Returns 0 when every file was stored, 1
// otherwise (or when the stream broke: the reason on `err`).
int RunIngestStream(const IngestOptions& options, std::ostream& out, std::ostream& err);

// FormatWatchEvent()
//
// "2025-03-01T12:00:01Z  stored     documents/ID  revision 1  resume TOKEN\n", or
// for a heartbeat "2025-03-01T12:00:31Z  heartbeat  resume TOKEN\n". Pure function.
std::string FormatWatchEvent(const v1::WatchDocumentsResponse& event);

// DocumentNameArg()
//
// "documents/ID" for "ID" or "documents/ID". Pure function.
std::string DocumentNameArg(absl::string_view id_or_name);

// WatchMain() / DeleteMain()
//
// Entry points for main.cc's dispatch table, as IngestMain and the others.
int WatchMain(const std::vector<std::string>& args);
int DeleteMain(const std::vector<std::string>& args);

}  // namespace factwire

#endif  // FACTWIRE_CLI_STREAM_COMMANDS_H_
