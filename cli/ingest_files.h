#ifndef FACTWIRE_CLI_INGEST_FILES_H_
#define FACTWIRE_CLI_INGEST_FILES_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace factwire {

// A file `factwire ingest` sends.
struct IngestFile {
  // The path to read, as reachable from the working directory.
  std::string path;
  // The external_id to send: the path relative to the directory argument it was
  // found under, or the file name of a file argument ("a.txt" for "dir/a.txt"), so
  // a file gets the same id whether its directory or the file itself is named.
  std::string external_id;
  // From the extension, as MediaTypeForPath() says.
  std::string media_type;
};

// CollectIngestFiles()
//
// Expands `arguments` (files and directories) into the files to send, in argument
// order: a file argument as itself (any extension), a directory recursively as its
// regular *.txt, *.html, *.htm and *.xhtml files (extension case-insensitive),
// sorted by path; hidden files and directories (".name") are
// skipped inside directories. kNotFound naming the argument if one does not exist,
// kInvalidArgument if one is neither a file nor a directory. Reads the file system
// only.
absl::StatusOr<std::vector<IngestFile>> CollectIngestFiles(
    const std::vector<std::string>& arguments);

// ExternalIdForFile()
//
// The external_id `factwire ingest` sends for a file argument, and `factwire
// analyze` sets for its FILE: the file name ("a.txt" for "dir/a.txt"). Pure
// function.
std::string ExternalIdForFile(absl::string_view path);

// MediaTypeForPath()
//
// The media type `factwire ingest` sends for `path`, from its extension
// (case-insensitive): "text/html" for .html and .htm, "application/xhtml+xml"
// for .xhtml, else "text/plain".
std::string MediaTypeForPath(absl::string_view path);

}  // namespace factwire

#endif  // FACTWIRE_CLI_INGEST_FILES_H_
