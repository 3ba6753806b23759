#include "cli/ingest_files.h"

#include <algorithm>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace factwire {
namespace {

namespace fs = std::filesystem;

bool IsHidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

// True for the extensions a directory is searched for: articles as plain text
// or web pages (case-insensitive).
bool IsArticleFile(const fs::path& path) {
  const std::string extension = absl::AsciiStrToLower(path.extension().string());
  return extension == ".txt" || extension == ".html" || extension == ".htm" ||
         extension == ".xhtml";
}

// The regular article files under `directory`, sorted, skipping hidden entries.
absl::StatusOr<std::vector<IngestFile>> FilesUnder(const fs::path& directory) {
  std::vector<IngestFile> files;
  std::error_code error;
  fs::recursive_directory_iterator it(directory, error);
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (IsHidden(it->path())) {
      if (it->is_directory(error)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(error) || !IsArticleFile(it->path())) continue;
    files.push_back({it->path().string(),
                     it->path().lexically_relative(directory).generic_string(),
                     MediaTypeForPath(it->path().string())});
  }
  if (error) {
    return absl::UnavailableError(
        absl::StrCat("cannot list ", directory.string(), ": ", error.message()));
  }
  std::sort(files.begin(), files.end(),
            [](const IngestFile& a, const IngestFile& b) { return a.path < b.path; });
  return files;
}

}  // namespace

absl::StatusOr<std::vector<IngestFile>> CollectIngestFiles(
    const std::vector<std::string>& arguments) {
  std::vector<IngestFile> files;
  for (const std::string& argument : arguments) {
    const fs::path path(argument);
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (status.type() == fs::file_type::not_found) {
      return absl::NotFoundError(absl::StrCat(argument, ": no such file or directory"));
    }
    if (error)
      return absl::InvalidArgumentError(absl::StrCat(argument, ": ", error.message()));
    if (fs::is_regular_file(status)) {
      files.push_back(
          {argument, ExternalIdForFile(argument), MediaTypeForPath(argument)});
    } else if (fs::is_directory(status)) {
      absl::StatusOr<std::vector<IngestFile>> found = FilesUnder(path);
      if (!found.ok()) return found.status();
      files.insert(files.end(), found->begin(), found->end());
    } else {
      return absl::InvalidArgumentError(
          absl::StrCat(argument, ": not a regular file or directory"));
    }
  }
  return files;
}

std::string ExternalIdForFile(absl::string_view path) {
  return fs::path(std::string(path)).filename().string();
}

std::string MediaTypeForPath(absl::string_view path) {
  const std::string extension =
      absl::AsciiStrToLower(fs::path(std::string(path)).extension().string());
  if (extension == ".html" || extension == ".htm") return "text/html";
  if (extension == ".xhtml") return "application/xhtml+xml";
  return "text/plain";
}

}  // namespace factwire
