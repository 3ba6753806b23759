#include "query-service/answer/offsets.h"

#include <algorithm>

namespace factwire {
namespace {

bool IsContinuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// The length of the UTF-8 sequence starting at text[i] (1 for an invalid
// or cut-off one).
int SequenceLength(absl::string_view text, size_t i) {
  const unsigned char lead = static_cast<unsigned char>(text[i]);
  int length = 1;
  if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
  } else if (lead >= 0xE0) {
    length = lead <= 0xEF ? 3 : 1;
  } else if (lead >= 0xC2) {
    length = 2;
  }
  if (i + length > text.size()) return 1;
  for (int k = 1; k < length; ++k) {
    if (!IsContinuation(static_cast<unsigned char>(text[i + k]))) return 1;
  }
  return length;
}

// How many units a character of `length` UTF-8 bytes counts.
int Units(int length, v1::OffsetEncoding encoding) {
  switch (encoding) {
    case v1::OFFSET_ENCODING_UTF16:
      return length == 4 ? 2 : 1;
    case v1::OFFSET_ENCODING_UTF32:
      return 1;
    case v1::OFFSET_ENCODING_UNSPECIFIED:
    case v1::OFFSET_ENCODING_UTF8:
    case v1::OffsetEncoding_INT_MIN_SENTINEL_DO_NOT_USE_:
    case v1::OffsetEncoding_INT_MAX_SENTINEL_DO_NOT_USE_:
      return length;
  }
  return length;
}

}  // namespace

OffsetConverter::OffsetConverter(absl::string_view text,
                                 v1::OffsetEncoding encoding)
    : size_(static_cast<int32_t>(text.size())) {
  int32_t excess = 0;
  size_t i = 0;
  while (i < text.size()) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    const int length = SequenceLength(text, i);
    const int units = Units(length, encoding);
    if (units != length) {
      excess += length - units;
      starts_.push_back(static_cast<int32_t>(i));
      lengths_.push_back(static_cast<uint8_t>(length));
      excess_through_.push_back(excess);
    }
    i += length;
  }
  identity_ = starts_.empty();
}

int32_t OffsetConverter::Convert(int32_t utf8_offset) const {
  const int32_t offset = std::clamp(utf8_offset, 0, size_);
  auto after = std::lower_bound(starts_.begin(), starts_.end(), offset);
  if (after == starts_.begin()) return offset;
  const size_t last = static_cast<size_t>(after - starts_.begin()) - 1;
  const int32_t start = starts_[last];
  if (offset < start + lengths_[last]) {  // inside the character
    const int32_t before = last == 0 ? 0 : excess_through_[last - 1];
    return start - before;
  }
  return offset - excess_through_[last];
}

void OffsetConverter::ConvertSpan(v1::TextSpan& span) const {
  if (identity_) return;
  span.set_begin(Convert(span.begin()));
  span.set_end(Convert(span.end()));
}

void ConvertClaimSpans(const OffsetConverter& converter, v1::Claim& claim) {
  if (converter.identity()) return;
  if (claim.has_span()) converter.ConvertSpan(*claim.mutable_span());
  if (claim.has_sentence_span()) {
    converter.ConvertSpan(*claim.mutable_sentence_span());
  }
  if (claim.has_speaker_span()) {
    converter.ConvertSpan(*claim.mutable_speaker_span());
  }
  if (claim.has_cue_span()) converter.ConvertSpan(*claim.mutable_cue_span());
}

void ConvertFigureSpans(const OffsetConverter& converter, v1::Figure& figure) {
  if (figure.has_span()) converter.ConvertSpan(*figure.mutable_span());
}

void ConvertDocumentSpans(const OffsetConverter& converter,
                          v1::Document& document) {
  if (converter.identity()) return;
  for (v1::TextSpan& paragraph : *document.mutable_paragraphs()) {
    converter.ConvertSpan(paragraph);
  }
  for (v1::Claim& claim : *document.mutable_claims()) {
    ConvertClaimSpans(converter, claim);
  }
  for (v1::Figure& figure : *document.mutable_figures()) {
    ConvertFigureSpans(converter, figure);
  }
}

}  // namespace factwire
