#include "query-service/answer/span_encoder.h"

#include <utility>

#include "absl/strings/str_cat.h"
#include "query-service/answer/names.h"

namespace factwire {
namespace {

bool IsUtf8(v1::OffsetEncoding encoding) {
  return encoding == v1::OFFSET_ENCODING_UNSPECIFIED ||
         encoding == v1::OFFSET_ENCODING_UTF8;
}

}  // namespace

absl::Status CheckOffsetEncoding(v1::OffsetEncoding encoding) {
  if (v1::OffsetEncoding_IsValid(encoding)) return absl::OkStatus();
  return absl::InvalidArgumentError(
      absl::StrCat("offset_encoding: unknown value ", encoding));
}

absl::StatusOr<const OffsetConverter*> SpanEncoder::ConverterFor(
    absl::string_view document) {
  if (IsUtf8(encoding_)) return nullptr;
  auto found = converters_.find(document);
  if (found != converters_.end()) return found->second.get();
  absl::StatusOr<std::string> id = ParseName("document", "documents", document);
  if (!id.ok()) return id.status();
  absl::StatusOr<v1::Document> stored = store_->GetDocument(*id, /*full=*/true);
  if (!stored.ok()) return stored.status();
  auto converter = std::make_unique<OffsetConverter>(stored->text(), encoding_);
  const OffsetConverter* result = converter.get();
  converters_.emplace(std::string(document), std::move(converter));
  return result;
}

absl::Status SpanEncoder::Encode(v1::Claim& claim) {
  absl::StatusOr<const OffsetConverter*> converter =
      ConverterFor(claim.document());
  if (!converter.ok()) return converter.status();
  if (*converter != nullptr) ConvertClaimSpans(**converter, claim);
  return absl::OkStatus();
}

absl::Status SpanEncoder::Encode(v1::Figure& figure) {
  absl::StatusOr<const OffsetConverter*> converter =
      ConverterFor(figure.document());
  if (!converter.ok()) return converter.status();
  if (*converter != nullptr) ConvertFigureSpans(**converter, figure);
  return absl::OkStatus();
}

absl::Status SpanEncoder::Encode(absl::string_view document,
                                 v1::TextSpan& span) {
  absl::StatusOr<const OffsetConverter*> converter = ConverterFor(document);
  if (!converter.ok()) return converter.status();
  if (*converter != nullptr) (*converter)->ConvertSpan(span);
  return absl::OkStatus();
}

void SpanEncoder::Encode(v1::Document& document) const {
  if (IsUtf8(encoding_) || document.text().empty()) return;
  ConvertDocumentSpans(OffsetConverter(document.text(), encoding_), document);
}

}  // namespace factwire
