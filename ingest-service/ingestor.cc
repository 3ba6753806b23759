#include "ingest-service/ingestor.h"

#include <string>
#include <thread>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "absl/synchronization/notification.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "ingest-service/sha256_hex.h"

namespace factwire {
namespace {

// The analyzer's input from any request with content, media_type, external_id,
// url and metadata.
template <typename Request>
AnalyzeInput ToInput(const Request& request) {
  AnalyzeInput input;
  input.content = request.content();
  input.media_type = request.media_type();
  input.external_id = request.external_id();
  input.url = request.url();
  input.metadata = request.metadata();
  return input;
}

// The message's deterministic serialization (map order fixed).
std::string DeterministicBytes(const google::protobuf::Message& message) {
  std::string bytes;
  {
    google::protobuf::io::StringOutputStream stream(&bytes);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    message.SerializeToCodedStream(&coded);
  }
  return bytes;
}

absl::Status ValidateRequestId(absl::string_view request_id) {
  if (request_id.size() <= kMaxRequestIdChars) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrCat(
      "request_id is longer than ", kMaxRequestIdChars, " characters"));
}

// The document id in "documents/{document_id}".
absl::StatusOr<std::string> DocumentIdFromName(absl::string_view name) {
  absl::string_view id = name;
  if (!absl::ConsumePrefix(&id, "documents/") || id.empty() || id == "-" ||
      absl::StrContains(id, '/')) {
    return absl::InvalidArgumentError(absl::StrCat(
        "name must be \"documents/{document_id}\", got \"", name, "\""));
  }
  return std::string(id);
}

}  // namespace

std::string RequestFingerprint(const v1::IngestDocumentRequest& request) {
  v1::IngestDocumentRequest stripped = request;
  stripped.clear_request_id();
  stripped.clear_validate_only();
  std::string bytes = DeterministicBytes(stripped);
  return Sha256Hex(bytes);
}

Ingestor::Ingestor(const Analyzer* analyzer, Store* store,
                   IngestorOptions options)
    : analyzer_(analyzer),
      store_(store),
      commits_(std::make_unique<CommitQueue>(store, options.commit)) {
  int threads = options.analysis_threads;
  if (threads < 1) threads = static_cast<int>(std::thread::hardware_concurrency());
  pool_ = std::make_unique<WorkPool>(threads);
}

PreparedIngest Ingestor::Prepare(
    const v1::IngestDocumentRequest& request) const {
  PreparedIngest prepared;
  prepared.validate_only = request.validate_only();
  prepared.status = ValidateRequestId(request.request_id());
  if (!prepared.status.ok()) return prepared;
  absl::StatusOr<v1::Document> document = analyzer_->Analyze(ToInput(request));
  if (!document.ok()) {
    prepared.status = document.status();
    return prepared;
  }
  prepared.item.document = *std::move(document);
  if (request.validate_only()) return prepared;
  // Serialized here, on the analysis thread, so the one writer thread only
  // binds the rows.
  prepared.item.rows = EncodeRows(&prepared.item.document);
  if (!request.request_id().empty()) {
    prepared.item.key =
        RequestKey{request.request_id(), RequestFingerprint(request)};
  }
  return prepared;
}

void Ingestor::Commit(PreparedIngest prepared, IngestDone done) const {
  if (!prepared.status.ok()) return done(prepared.status);
  if (prepared.validate_only) {
    v1::IngestDocumentResponse response;
    *response.mutable_document() = std::move(prepared.item.document);
    response.mutable_document()->clear_text();
    return done(std::move(response));
  }
  commits_->Submit(std::move(prepared.item),
                   [done = std::move(done)](absl::StatusOr<PutResult> stored) {
                     if (!stored.ok()) return done(stored.status());
                     v1::IngestDocumentResponse response;
                     *response.mutable_document() =
                         std::move(stored->document);
                     response.mutable_document()->clear_text();
                     response.set_created(stored->created);
                     done(std::move(response));
                   });
}

absl::StatusOr<v1::IngestDocumentResponse> Ingestor::Ingest(
    const v1::IngestDocumentRequest& request) const {
  absl::StatusOr<v1::IngestDocumentResponse> result;
  absl::Notification committed;
  Commit(Prepare(request),
         [&](absl::StatusOr<v1::IngestDocumentResponse> response) {
           result = std::move(response);
           committed.Notify();
         });
  committed.WaitForNotification();
  return result;
}

void Ingestor::IngestAsync(const v1::IngestDocumentRequest& request,
                           IngestDone done) const {
  pool_->Schedule([this, &request, done = std::move(done)]() mutable {
    Commit(Prepare(request), std::move(done));
  });
}

v1::IngestAck Ingestor::Ack(
    int32_t index, const v1::IngestDocumentRequest& request,
    absl::StatusOr<v1::IngestDocumentResponse> response) {
  v1::IngestAck ack;
  ack.set_index(index);
  ack.set_request_id(request.request_id());
  ack.set_external_id(request.external_id());
  if (response.ok()) {
    *ack.mutable_result() = *std::move(response);
  } else {
    ack.set_code(static_cast<int32_t>(response.status().code()));
    ack.set_message(std::string(response.status().message()));
  }
  return ack;
}

v1::IngestAck Ingestor::IngestItem(
    int32_t index, const v1::IngestDocumentRequest& request) const {
  return Ack(index, request, Ingest(request));
}

absl::StatusOr<google::protobuf::Empty> Ingestor::Delete(
    const v1::DeleteDocumentRequest& request) const {
  absl::StatusOr<std::string> id = DocumentIdFromName(request.name());
  if (!id.ok()) return id.status();
  absl::Status status = store_->Delete(*id);
  if (!status.ok()) return status;
  return google::protobuf::Empty();
}

absl::StatusOr<v1::AnalyzeDocumentResponse> Ingestor::Analyze(
    const v1::AnalyzeDocumentRequest& request) const {
  absl::StatusOr<v1::Document> document = analyzer_->Analyze(ToInput(request));
  if (!document.ok()) return document.status();
  v1::AnalyzeDocumentResponse response;
  *response.mutable_document() = *std::move(document);
  return response;
}

}  // namespace factwire
