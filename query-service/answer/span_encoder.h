#ifndef FACTWIRE_QUERY_SERVICE_ANSWER_SPAN_ENCODER_H_
#define FACTWIRE_QUERY_SERVICE_ANSWER_SPAN_ENCODER_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "factwire/v1/query_service.pb.h"
#include "factwire/v1/records.pb.h"
#include "query-service/answer/offsets.h"
#include "store/store.h"

namespace factwire {

// CheckOffsetEncoding()
//
// kInvalidArgument naming offset_encoding for a value the enum does not have.
absl::Status CheckOffsetEncoding(factwire::v1::OffsetEncoding encoding);

// Converts the spans of one response's records to a read request's
// offset_encoding, reading each document's text from the store once (only
// when the encoding is not UTF-8). Not thread-safe: one per response. Does
// not own `store`, which must outlive it.
// Each method returns the store's error for the record's document (kNotFound
// if it went away meanwhile); the record is then left unconverted.
class SpanEncoder {
 public:
  SpanEncoder(Store* store, factwire::v1::OffsetEncoding encoding)
      : store_(store), encoding_(encoding) {}

  // A claim or figure with its `document` set.
  absl::Status Encode(factwire::v1::Claim& claim);
  absl::Status Encode(factwire::v1::Figure& figure);

  // Every claim or figure of `records` in turn; stops at and returns the first
  // error (the records before it are converted, the rest are not).
  template <typename Records>
  absl::Status EncodeAll(Records& records) {
    for (auto& record : records) {
      absl::Status encoded = Encode(record);
      if (!encoded.ok()) return encoded;
    }
    return absl::OkStatus();
  }

  // A document: its own text when it carries one (FULL view), else nothing
  // to convert (BASIC view has no spans).
  void Encode(factwire::v1::Document& document) const;

  // `span` of the document named `document` ("documents/{id}").
  absl::Status Encode(absl::string_view document, factwire::v1::TextSpan& span);

 private:
  // The converter for "documents/{id}"; null when nothing needs converting.
  absl::StatusOr<const OffsetConverter*> ConverterFor(
      absl::string_view document);

  Store* store_;
  factwire::v1::OffsetEncoding encoding_;
  std::map<std::string, std::unique_ptr<OffsetConverter>, std::less<>>
      converters_;
};

}  // namespace factwire

#endif  // FACTWIRE_QUERY_SERVICE_ANSWER_SPAN_ENCODER_H_
