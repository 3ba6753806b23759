#include "cli/ingest_command.h"

#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "cli/ingest_files.h"
#include "cli/rpc.h"
#include "cli/stream_commands.h"
#include "cli/table.h"
#include "factwire/v1/ingest_service.grpc.pb.h"

namespace factwire {
namespace {

constexpr char kService[] = "factwire-ingest";
constexpr size_t kOutcomeWidth = 9;  // "unchanged"

// Counts of what happened to the files of one run.
struct Tally {
  int created = 0;
  int unchanged = 0;
  int failed = 0;
};

grpc::Status Send(v1::IngestService::Stub& stub, const IngestFile& file,
                  const std::string& content, v1::IngestDocumentResponse* response) {
  v1::IngestDocumentRequest request;
  request.set_content(content);
  request.set_media_type(file.media_type);
  request.set_external_id(file.external_id);
  std::unique_ptr<grpc::ClientContext> context = NewCallContext();
  return stub.IngestDocument(context.get(), request, response);
}

std::string Summary(const Tally& tally, size_t files) {
  return absl::StrCat(files, files == 1 ? " file: " : " files: ", tally.created,
                      " created, ", tally.unchanged, " unchanged, ", tally.failed,
                      " failed\n");
}

}  // namespace

absl::StatusOr<std::string> ReadIngestFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream content;
  if (file) content << file.rdbuf();
  if (!file || file.bad()) return absl::InvalidArgumentError("cannot read the file");
  return content.str();
}

size_t PathWidth(const std::vector<IngestFile>& files) {
  size_t width = 0;
  for (const IngestFile& file : files) width = std::max(width, CodePoints(file.path));
  return width;
}

std::optional<std::vector<IngestFile>> FilesToIngest(const std::vector<std::string>& paths,
                                                    std::ostream& err) {
  absl::StatusOr<std::vector<IngestFile>> files = CollectIngestFiles(paths);
  if (!files.ok()) {
    err << "factwire ingest: " << files.status().message() << '\n';
    return std::nullopt;
  }
  if (files->empty()) {
    err << "factwire ingest: no files to ingest (directories are searched for *.txt)\n";
    return std::nullopt;
  }
  return *std::move(files);
}

int RunIngest(const IngestOptions& options, std::ostream& out, std::ostream& err) {
  if (options.stream) return RunIngestStream(options, out, err);
  std::optional<std::vector<IngestFile>> files = FilesToIngest(options.paths, err);
  if (!files) return 1;
  auto stub = v1::IngestService::NewStub(
      grpc::CreateChannel(options.address, grpc::InsecureChannelCredentials()));
  const size_t width = PathWidth(*files);
  Tally tally;
  for (size_t i = 0; i < files->size(); ++i) {
    const IngestFile& file = (*files)[i];
    absl::StatusOr<std::string> content = ReadIngestFile(file.path);
    if (!content.ok()) {
      ++tally.failed;
      out << FormatIngestFailure(file.path, width, content.status().message())
          << std::flush;
      continue;
    }
    v1::IngestDocumentResponse response;
    const grpc::Status status = Send(*stub, file, *content, &response);
    if (!status.ok()) {
      ++tally.failed;
      out << FormatIngestFailure(file.path, width,
                                 RpcError(status, kService, options.address))
          << std::flush;
      if (status.error_code() != grpc::StatusCode::UNAVAILABLE) continue;
      err << "factwire ingest: stopped; " << files->size() - i - 1 << " more not sent\n";
      tally.failed += static_cast<int>(files->size() - i - 1);
      break;
    }
    ++(response.created() ? tally.created : tally.unchanged);
    out << FormatIngestLine(file.path, width, response) << std::flush;
  }
  out << Summary(tally, files->size());
  return tally.failed == 0 ? 0 : 1;
}

std::string FormatIngestLine(absl::string_view path, size_t path_width,
                             const v1::IngestDocumentResponse& response) {
  const v1::Document& document = response.document();
  return absl::StrCat(
      PadRight(response.created() ? "created" : "unchanged", kOutcomeWidth), "  ",
      PadRight(path, path_width), "  ", document.name(), "  ", document.claims_size(),
      " claims, ", document.figures_size(), " figures, ", document.sources_size(),
      " sources\n");
}

std::string FormatIngestFailure(absl::string_view path, size_t path_width,
                                absl::string_view error) {
  return absl::StrCat(PadRight("failed", kOutcomeWidth), "  ", PadRight(path, path_width),
                      "  ", error, "\n");
}

}  // namespace factwire
