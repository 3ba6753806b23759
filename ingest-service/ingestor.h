#ifndef FACTWIRE_INGEST_SERVICE_INGESTOR_H_
#define FACTWIRE_INGEST_SERVICE_INGESTOR_H_

#include <cstdint>

#include "absl/status/statusor.h"
#include "factwire/v1/ingest_service.pb.h"
#include "google/protobuf/empty.pb.h"
#include "ingest-service/analyzer.h"
#include "store/store.h"

namespace factwire {

// The longest request_id accepted.
inline constexpr size_t kMaxRequestIdChars = 128;

// RequestFingerprint()
//
// What identifies a request for request_id deduplication: the hex SHA-256 of
// its deterministic serialization without request_id and validate_only. Two
// requests differing in any other field differ. Pure function.
std::string RequestFingerprint(
    const factwire::v1::IngestDocumentRequest& request);

// The gRPC-free core of IngestService: analyze a request's content, then store
// the result. Semantics as documented in
// proto/factwire/v1/ingest_service.proto.
//
// Thread-safe (the analyzer and the store are). Owns neither `analyzer` nor
// `store`; both must outlive it.
class Ingestor {
 public:
  Ingestor(const Analyzer* analyzer, Store* store)
      : analyzer_(analyzer), store_(store) {}

  // Analyzes and (unless validate_only) stores the document. The response holds
  // the stored document without its text; created is false when the same
  // content was already stored, and always false for validate_only. Errors:
  // the analyzer's (kInvalidArgument naming the field, kResourceExhausted over
  // kMaxContentBytes) and the store's (kUnavailable when busy). A failed call
  // leaves the store unchanged.
  // With a request_id (and not validate_only), a retry of the same request
  // stores nothing and answers as the first call did (Store::Put with a
  // RequestKey whose fingerprint is RequestFingerprint(request)); the same id
  // for a different request is kInvalidArgument; an id over
  // kMaxRequestIdChars is kInvalidArgument.
  absl::StatusOr<factwire::v1::IngestDocumentResponse> Ingest(
      const factwire::v1::IngestDocumentRequest& request) const;

  // Ingest() for one item of a stream: the ack for the `index`-th request,
  // carrying the request's request_id and external_id, and either code 0 and
  // the response or Ingest()'s error code (an absl::StatusCode, which equals
  // the gRPC code) and message. Never fails as a whole.
  factwire::v1::IngestAck IngestItem(
      int32_t index, const factwire::v1::IngestDocumentRequest& request) const;

  // Deletes the document `request.name` ("documents/{document_id}") and its
  // records (Store::Delete). kInvalidArgument naming `name` when malformed;
  // kNotFound if unknown; the store's errors.
  absl::StatusOr<google::protobuf::Empty> Delete(
      const factwire::v1::DeleteDocumentRequest& request) const;

  // The document with its text and records, not stored. The analyzer's errors.
  absl::StatusOr<factwire::v1::AnalyzeDocumentResponse> Analyze(
      const factwire::v1::AnalyzeDocumentRequest& request) const;

 private:
  const Analyzer* analyzer_;
  Store* store_;
};

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_INGESTOR_H_
