#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_EXTRACTOR_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_EXTRACTOR_H_

#include <memory>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "factwire/v1/records.pb.h"

namespace factwire {

// The version string written to Document.extractor_version. Change it with
// every release whose extraction output differs: the store replaces the records
// of an article sent again under its document_id when the stored version is
// another (Store::Put), so upgraded services refresh what they hold.
inline constexpr char kExtractorVersion[] = "factwire-extract/0.24";

// Finds claims, figures and sources in parsed documents.
// Thread-safe: Extract() may run on many threads at once (lexicons are immutable).
class Extractor {
 public:
  // Builds the lexicons. Errors only if a built-in table is malformed.
  static absl::StatusOr<std::unique_ptr<Extractor>> Create();

  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // Fills document->claims, figures and sources (replacing any there) and
  // extractor_version from document->text and document->paragraphs (an empty
  // paragraphs list means one paragraph per blank-line-separated block).
  // Claim ids are "c1".., figure ids "f1".., in text order; source ids are slugs of
  // the canonical name ("mike-vigil"), anonymous sources "anonymous-<document_id>-<slug>".
  // Every span is a UTF-8 byte range of document->text.
  absl::Status Extract(factwire::v1::Document* document) const;

 private:
  struct Lexicons;
  explicit Extractor(std::unique_ptr<const Lexicons> lexicons);
  std::unique_ptr<const Lexicons> lexicons_;
};

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_EXTRACTOR_H_
