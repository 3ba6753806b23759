#ifndef FACTWIRE_INGEST_SERVICE_INGESTOR_H_
#define FACTWIRE_INGEST_SERVICE_INGESTOR_H_

#include "absl/status/statusor.h"
#include "factwire/v1/ingest_service.pb.h"
#include "ingest-service/analyzer.h"
#include "store/store.h"

namespace factwire {

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
  absl::StatusOr<factwire::v1::IngestDocumentResponse> Ingest(
      const factwire::v1::IngestDocumentRequest& request) const;

  // The document with its text and records, not stored. The analyzer's errors.
  absl::StatusOr<factwire::v1::AnalyzeDocumentResponse> Analyze(
      const factwire::v1::AnalyzeDocumentRequest& request) const;

 private:
  const Analyzer* analyzer_;
  Store* store_;
};

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_INGESTOR_H_
