#ifndef FACTWIRE_CLI_DOCUMENT_JSON_H_
#define FACTWIRE_CLI_DOCUMENT_JSON_H_

#include <memory>
#include <string>

#include "absl/status/status.h"
#include "cli/json_text.h"
#include "cli/proto_json.h"
#include "factwire/v1/records.pb.h"

namespace factwire {
namespace document_json_internal {
struct Keys;
}  // namespace document_json_internal

// DocumentJsonPrinter
//
// Prints a factwire.v1.Document as compact proto3 JSON, the same bytes as
// ProtoJsonPrinter (and so protobuf's MessageToJsonString) writes, without
// serializing the document and reading the wire form back: it walks the
// generated accessors of Document, Claim, Figure, Source, TextSpan and Timestamp
// in field-number order, with the keys and enum names of ProtoJsonPrinter's plans.
//
// It knows these messages' fields as records.proto declares them. If the
// compiled descriptors differ from what it knows (a field added, removed or
// retyped), or a timestamp lies outside the JSON range, the document goes
// through a ProtoJsonPrinter instead, so the bytes never differ from it.
//
// Thread-safe.
class DocumentJsonPrinter {
 public:
  DocumentJsonPrinter();
  ~DocumentJsonPrinter();
  DocumentJsonPrinter(const DocumentJsonPrinter&) = delete;
  DocumentJsonPrinter& operator=(const DocumentJsonPrinter&) = delete;

  // Append()
  //
  // Appends `document` as JSON (no newline) to `out`. Errors as
  // ProtoJsonPrinter::Append (then `out` is as it was before the call).
  absl::Status Append(const v1::Document& document, std::string* out) const;
  // The same, into a JsonBuffer: written in place, without a copy.
  absl::Status Append(const v1::Document& document, JsonBuffer* out) const;

  // True if documents are printed through the accessors (the descriptors are
  // the ones this printer knows); false if every one goes to ProtoJsonPrinter.
  bool typed() const { return keys_ != nullptr; }

 private:
  ProtoJsonPrinter fallback_;
  std::unique_ptr<const document_json_internal::Keys> keys_;  // null: the descriptors are not as known
};

}  // namespace factwire

#endif  // FACTWIRE_CLI_DOCUMENT_JSON_H_
