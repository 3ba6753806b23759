#ifndef FACTWIRE_CLI_INGEST_COMMAND_H_
#define FACTWIRE_CLI_INGEST_COMMAND_H_

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "cli/ingest_files.h"
#include "factwire/v1/ingest_service.pb.h"

namespace factwire {

// Where factwire-ingest listens by default.
inline constexpr char kDefaultIngestAddress[] = "127.0.0.1:50051";

// Options of `factwire ingest`.
struct IngestOptions {
  // factwire-ingest's address (host:port).
  std::string address = kDefaultIngestAddress;
  // Files and directories to send (see CollectIngestFiles); at least one.
  std::vector<std::string> paths;
  // Send them over one StreamIngestDocuments call (RunIngestStream) instead of
  // one IngestDocument call each.
  bool stream = false;
};

// RunIngest()
//
// Sends every file `options.paths` names to IngestService.IngestDocument, one call
// per file in order, and writes one progress line per file to `out` as it completes
// (see FormatIngestLine) and a summary line. A file that cannot be read or that the
// service rejects is reported and skipped; UNAVAILABLE (no service) stops the run.
// Returns the exit code: 0 when every file was stored (created or unchanged), 1 when
// any failed, an argument does not exist or no file was found (reason on `err`).
// With options.stream, runs RunIngestStream (cli/stream_commands.h) instead.
int RunIngest(const IngestOptions& options, std::ostream& out, std::ostream& err);

// ReadIngestFile()
//
// The bytes of the file at `path`; kInvalidArgument "cannot read the file".
absl::StatusOr<std::string> ReadIngestFile(const std::string& path);

// FilesToIngest()
//
// CollectIngestFiles(paths), or std::nullopt after writing why to `err` (a path
// that does not exist, or no files found).
std::optional<std::vector<IngestFile>> FilesToIngest(const std::vector<std::string>& paths,
                                                    std::ostream& err);

// PathWidth()
//
// The widest path of `files` in code points, for aligned progress lines.
size_t PathWidth(const std::vector<IngestFile>& files);

// FormatIngestLine()
//
// "created    a.txt  documents/ID  5 claims, 7 figures, 4 sources\n" (or "unchanged")
// with the path padded to `path_width` code points. Pure function.
std::string FormatIngestLine(absl::string_view path, size_t path_width,
                             const v1::IngestDocumentResponse& response);

// FormatIngestFailure()
//
// "failed     a.txt  INVALID_ARGUMENT: ...\n" with the path padded to `path_width`.
// Pure function.
std::string FormatIngestFailure(absl::string_view path, size_t path_width,
                                absl::string_view error);

}  // namespace factwire

#endif  // FACTWIRE_CLI_INGEST_COMMAND_H_
