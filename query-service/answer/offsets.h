#ifndef FACTWIRE_QUERY_SERVICE_ANSWER_OFFSETS_H_
#define FACTWIRE_QUERY_SERVICE_ANSWER_OFFSETS_H_

#include <cstdint>
#include <vector>

#include "absl/strings/string_view.h"
#include "factwire/v1/query_service.pb.h"
#include "factwire/v1/records.pb.h"

namespace factwire {

// Converts UTF-8 byte offsets into one text to the offsets another encoding
// counts: UTF-16 code units or code points (UTF-32). UTF-8 and UNSPECIFIED
// leave offsets as they are.
//
// Offsets below 0 count as 0, past the end as the end; an offset inside a
// character maps to the character's start. Bytes that are not valid UTF-8
// count as one unit each (as a replacement character would).
// Memory grows with the number of non-ASCII characters only. Immutable after
// construction, so thread-safe; does not keep `text`.
class OffsetConverter {
 public:
  OffsetConverter(absl::string_view text,
                  factwire::v1::OffsetEncoding encoding);

  // The offset in the target encoding of UTF-8 byte offset `utf8_offset`.
  int32_t Convert(int32_t utf8_offset) const;

  // Converts both ends of `span` in place.
  void ConvertSpan(factwire::v1::TextSpan& span) const;

  // True if Convert() returns its argument unchanged (UTF-8 or pure ASCII).
  bool identity() const { return identity_; }

 private:
  int32_t size_ = 0;
  bool identity_ = true;
  // For each multi-byte character: its first byte, its length in bytes, and
  // the bytes minus units counted up to and including it.
  std::vector<int32_t> starts_;
  std::vector<uint8_t> lengths_;
  std::vector<int32_t> excess_through_;
};

// ConvertDocumentSpans(), ConvertClaimSpans(), ConvertFigureSpans()
//
// Convert every span of a record in place: a document's paragraphs and the
// spans of its claims and figures; a claim's span, sentence_span, speaker_span
// and cue_span; a figure's span. `converter` must be built from the record's
// document text.
void ConvertDocumentSpans(const OffsetConverter& converter,
                          factwire::v1::Document& document);
void ConvertClaimSpans(const OffsetConverter& converter,
                       factwire::v1::Claim& claim);
void ConvertFigureSpans(const OffsetConverter& converter,
                        factwire::v1::Figure& figure);

}  // namespace factwire

#endif  // FACTWIRE_QUERY_SERVICE_ANSWER_OFFSETS_H_
