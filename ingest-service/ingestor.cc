#include "ingest-service/ingestor.h"

#include <utility>

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

}  // namespace

absl::StatusOr<v1::IngestDocumentResponse> Ingestor::Ingest(
    const v1::IngestDocumentRequest& request) const {
  absl::StatusOr<v1::Document> document = analyzer_->Analyze(ToInput(request));
  if (!document.ok()) return document.status();
  v1::IngestDocumentResponse response;
  if (request.validate_only()) {
    *response.mutable_document() = *std::move(document);
  } else {
    absl::StatusOr<PutResult> stored = store_->Put(*document);
    if (!stored.ok()) return stored.status();
    *response.mutable_document() = std::move(stored->document);
    response.set_created(stored->created);
  }
  response.mutable_document()->clear_text();
  return response;
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
