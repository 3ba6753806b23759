#ifndef FACTWIRE_INGEST_SERVICE_ANALYZER_H_
#define FACTWIRE_INGEST_SERVICE_ANALYZER_H_

#include <cstddef>
#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "factwire/v1/records.pb.h"
#include "ingest-service/extract/extractor.h"

namespace factwire {

// The largest content accepted, in bytes (kResourceExhausted above it).
inline constexpr size_t kMaxContentBytes = 4 * 1024 * 1024;

// One document to analyze, as a client sends it.
struct AnalyzeInput {
  std::string content;
  std::string media_type;  // "" = text/plain
  std::string external_id;
  std::string url;  // "" keeps the url the parser found (an HTML page's canonical)
  // True if the caller has checked that `content` is well-formed UTF-8 (as a JSON
  // request reader does): plain text is then not checked again. A caller that sets
  // it for content that is not UTF-8 gets a Document whose text is not UTF-8.
  bool content_is_utf8 = false;
  // Non-empty metadata fields override what the parser found.
  factwire::v1::Document metadata;
};

// Parse + extract: the whole pipeline from raw bytes to a Document, without storing.
// Thread-safe.
class Analyzer {
 public:
  // kInternal only if the extractor's tables are malformed.
  static absl::StatusOr<std::unique_ptr<Analyzer>> Create();

  // The document with text, metadata (overrides applied), content_sha256,
  // document_id (from external_id if given, else from the content), name, and its
  // claims, figures and sources. kInvalidArgument naming the field for bad content
  // or media type; kResourceExhausted above kMaxContentBytes.
  absl::StatusOr<factwire::v1::Document> Analyze(const AnalyzeInput& input) const;

  // As Analyze, written into `*document` (overwritten whole). A caller analyzing
  // many documents can pass the same one each time: the claim, figure and source
  // messages it held are cleared and reused, with their strings' room, instead of
  // allocated anew. On error `*document` holds no meaningful record.
  absl::Status AnalyzeInto(const AnalyzeInput& input, factwire::v1::Document* document) const;

 private:
  explicit Analyzer(std::unique_ptr<Extractor> extractor);
  std::unique_ptr<Extractor> extractor_;
};

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_ANALYZER_H_
