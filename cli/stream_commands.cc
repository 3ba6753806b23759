#include "cli/stream_commands.h"

#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
#include <ostream>
#include <sstream>
#include <thread>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "cli/client_flags.h"
#include "cli/ingest_files.h"
#include "cli/rpc.h"
#include "cli/table.h"
#include "factwire/v1/ingest_service.grpc.pb.h"
#include "factwire/v1/query_service.grpc.pb.h"
#include "google/protobuf/util/json_util.h"
#include "google/protobuf/util/time_util.h"

namespace factwire {
namespace {

using Args = std::vector<std::string>;

constexpr size_t kKindWidth = 9;  // "heartbeat"

std::string KindName(v1::WatchEventKind kind) {
  switch (kind) {
    case v1::WATCH_EVENT_KIND_STORED:
      return "stored";
    case v1::WATCH_EVENT_KIND_REPLACED:
      return "replaced";
    case v1::WATCH_EVENT_KIND_DELETED:
      return "deleted";
    case v1::WATCH_EVENT_KIND_HEARTBEAT:
      return "heartbeat";
    case v1::WATCH_EVENT_KIND_UNSPECIFIED:
    case v1::WatchEventKind_INT_MIN_SENTINEL_DO_NOT_USE_:
    case v1::WatchEventKind_INT_MAX_SENTINEL_DO_NOT_USE_:
      break;
  }
  return "unknown";
}

std::string JsonLine(const google::protobuf::Message& message) {
  std::string json;
  (void)google::protobuf::util::MessageToJsonString(message, &json);
  return json + "\n";
}

// What RunIngestStream shares between its writer and its ack reader.
struct StreamProgress {
  std::mutex mu;
  // The files sent, in stream order (ack.index indexes it).
  std::vector<const IngestFile*> sent;
  int created = 0;
  int unchanged = 0;
};

// Reads acks until the stream ends, writing one line per file.
void ReadAcks(grpc::ClientReaderWriter<v1::IngestDocumentRequest, v1::IngestAck>& stream,
              size_t width, StreamProgress& progress, std::ostream& out) {
  v1::IngestAck ack;
  while (stream.Read(&ack)) {
    std::lock_guard<std::mutex> lock(progress.mu);
    size_t index = static_cast<size_t>(std::max(ack.index(), 0));
    std::string path = index < progress.sent.size() ? progress.sent[index]->path : "?";
    if (ack.code() == 0) {
      ++(ack.result().created() ? progress.created : progress.unchanged);
      out << FormatIngestLine(path, width, ack.result()) << std::flush;
    } else {
      grpc::Status status(static_cast<grpc::StatusCode>(ack.code()), ack.message());
      out << FormatIngestFailure(path, width, RpcError(status, "factwire-ingest", ""))
          << std::flush;
    }
  }
}

}  // namespace

std::string DocumentNameArg(absl::string_view id_or_name) {
  if (absl::StartsWith(id_or_name, "documents/")) return std::string(id_or_name);
  return absl::StrCat("documents/", id_or_name);
}

std::string FormatWatchEvent(const v1::WatchDocumentsResponse& event) {
  std::string line =
      absl::StrCat(google::protobuf::util::TimeUtil::ToString(event.change_time()), "  ",
                   PadRight(KindName(event.kind()), kKindWidth), "  ");
  if (event.kind() != v1::WATCH_EVENT_KIND_HEARTBEAT) {
    absl::StrAppend(&line, event.document(), "  revision ", event.revision(), "  ");
  }
  absl::StrAppend(&line, "resume ", event.resume_token(), "\n");
  return line;
}

absl::StatusOr<WatchOptions> ParseWatchFlags(const Args& args) {
  WatchOptions options;
  std::string heartbeat;
  Args positional;
  absl::Status status =
      ParseFlags(args,
                 {{{"--query", &options.address},
                   {"--from", &options.from},
                   {"--heartbeat", &heartbeat}},
                  {{"--from-start", &options.from_start}, {"--json", &options.json}}},
                 &positional);
  if (status.ok()) status = NonEmptyAddress("--query", options.address);
  if (!status.ok()) return status;
  if (!positional.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("unexpected argument ", positional[0]));
  }
  if (options.from_start && !options.from.empty()) {
    return absl::InvalidArgumentError("--from and --from-start exclude each other");
  }
  if (!heartbeat.empty() && !absl::ParseDuration(heartbeat, &options.heartbeat)) {
    return absl::InvalidArgumentError(
        absl::StrCat("--heartbeat must be a duration like 10s or 1m, got ", heartbeat));
  }
  return options;
}

absl::StatusOr<DeleteOptions> ParseDeleteFlags(const Args& args) {
  DeleteOptions options;
  Args positional;
  absl::Status status =
      ParseFlags(args, {{{"--ingest", &options.address}}, {}}, &positional);
  if (status.ok()) status = NonEmptyAddress("--ingest", options.address);
  if (!status.ok()) return status;
  if (positional.size() != 1 || positional[0].empty()) {
    return absl::InvalidArgumentError("name exactly one document: ID or documents/ID");
  }
  options.name = DocumentNameArg(positional[0]);
  return options;
}

int RunWatch(const WatchOptions& options, std::ostream& out, std::ostream& err) {
  auto stub = v1::QueryService::NewStub(
      grpc::CreateChannel(options.address, grpc::InsecureChannelCredentials()));
  v1::WatchDocumentsRequest request;
  request.set_resume_token(options.from);
  request.set_from_beginning(options.from_start);
  if (options.heartbeat > absl::ZeroDuration()) {
    *request.mutable_heartbeat_interval() =
        google::protobuf::util::TimeUtil::NanosecondsToDuration(
            absl::ToInt64Nanoseconds(options.heartbeat));
  }
  grpc::ClientContext context;  // No deadline: a watch runs until stopped.
  std::unique_ptr<grpc::ClientReader<v1::WatchDocumentsResponse>> reader =
      stub->WatchDocuments(&context, request);
  v1::WatchDocumentsResponse event;
  std::string last_token = options.from;
  int events = 0;
  bool received = false;
  while (reader->Read(&event)) {
    last_token = event.resume_token();
    received = true;
    out << (options.json ? JsonLine(event) : FormatWatchEvent(event)) << std::flush;
    if (event.kind() == v1::WATCH_EVENT_KIND_HEARTBEAT) continue;
    if (options.max_events > 0 && ++events >= options.max_events) {
      context.TryCancel();
      reader->Finish().IgnoreError();
      return 0;
    }
  }
  grpc::Status status = reader->Finish();
  // A stream that delivered messages reached the service: no address hint.
  err << "factwire watch: "
      << (received ? absl::StrCat(absl::StatusCodeToString(
                                      static_cast<absl::StatusCode>(status.error_code())),
                                  ": ", status.error_message())
                   : RpcError(status, "factwire-query", options.address))
      << '\n';
  if (!last_token.empty()) {
    err << "factwire watch: resume with --from " << last_token << '\n';
  }
  return 1;
}

int RunDelete(const DeleteOptions& options, std::ostream& out, std::ostream& err) {
  auto stub = v1::IngestService::NewStub(
      grpc::CreateChannel(options.address, grpc::InsecureChannelCredentials()));
  v1::DeleteDocumentRequest request;
  request.set_name(options.name);
  google::protobuf::Empty empty;
  std::unique_ptr<grpc::ClientContext> context = NewCallContext();
  grpc::Status status = stub->DeleteDocument(context.get(), request, &empty);
  if (!status.ok()) {
    err << "factwire delete: " << RpcError(status, "factwire-ingest", options.address)
        << '\n';
    return 1;
  }
  out << "deleted " << options.name << '\n';
  return 0;
}

int RunIngestStream(const IngestOptions& options, std::ostream& out, std::ostream& err) {
  std::optional<std::vector<IngestFile>> files = FilesToIngest(options.paths, err);
  if (!files) return 1;
  const size_t width = PathWidth(*files);
  auto stub = v1::IngestService::NewStub(
      grpc::CreateChannel(options.address, grpc::InsecureChannelCredentials()));
  grpc::ClientContext context;  // No deadline: the stream lasts as long as the files.
  auto stream = stub->StreamIngestDocuments(&context);
  StreamProgress progress;
  std::thread reader([&] { ReadAcks(*stream, width, progress, out); });
  for (const IngestFile& file : *files) {
    absl::StatusOr<std::string> content = ReadIngestFile(file.path);
    {
      std::lock_guard<std::mutex> lock(progress.mu);
      if (!content.ok()) {
        out << FormatIngestFailure(file.path, width, content.status().message())
            << std::flush;
        continue;
      }
      progress.sent.push_back(&file);
    }
    v1::IngestDocumentRequest request;
    request.set_content(*std::move(content));
    request.set_media_type(file.media_type);
    request.set_external_id(file.external_id);
    // Not under the lock: Write may wait for the reader to take acks.
    if (!stream->Write(request)) break;  // The stream broke; Finish says why.
  }
  stream->WritesDone();
  reader.join();
  grpc::Status status = stream->Finish();
  int acked = progress.created + progress.unchanged;
  int failed = static_cast<int>(files->size()) - acked;
  out << files->size() << (files->size() == 1 ? " file: " : " files: ")
      << progress.created << " created, " << progress.unchanged << " unchanged, "
      << failed << " failed\n";
  if (!status.ok()) {
    err << "factwire ingest: " << RpcError(status, "factwire-ingest", options.address)
        << '\n';
    return 1;
  }
  return failed == 0 ? 0 : 1;
}

int WatchMain(const Args& args) {
  return ParseAndRun<WatchOptions>(args, kWatchUsage, ParseWatchFlags, RunWatch);
}

int DeleteMain(const Args& args) {
  return ParseAndRun<DeleteOptions>(args, kDeleteUsage, ParseDeleteFlags, RunDelete);
}

}  // namespace factwire
