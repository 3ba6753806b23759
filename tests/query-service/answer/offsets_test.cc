#include "query-service/answer/offsets.h"

#include <string>

#include "gtest/gtest.h"

namespace factwire {
namespace {

// "Café 東京 😀 ok": C a f é(2 bytes) space 東(3) 京(3) space 😀(4) space o k.
constexpr char kText[] =
    "Caf\xC3\xA9 \xE6\x9D\xB1\xE4\xBA\xAC \xF0\x9F\x98\x80 ok";

// Byte offsets of: 'é', ' ' after it, '東', '京', '😀', ' ' after it, end.
constexpr int kE = 3, kSpace1 = 5, kTo = 6, kKyo = 9, kEmoji = 13, kSpace3 = 17,
              kEnd = 20;

TEST(OffsetConverter, Utf8IsIdentity) {
  OffsetConverter converter(kText, v1::OFFSET_ENCODING_UTF8);
  EXPECT_TRUE(converter.identity());
  EXPECT_EQ(converter.Convert(kEmoji), kEmoji);
  OffsetConverter unspecified(kText, v1::OFFSET_ENCODING_UNSPECIFIED);
  EXPECT_EQ(unspecified.Convert(kSpace3), kSpace3);
}

TEST(OffsetConverter, AsciiIsIdentityInEveryEncoding) {
  OffsetConverter converter("plain text", v1::OFFSET_ENCODING_UTF16);
  EXPECT_TRUE(converter.identity());
  EXPECT_EQ(converter.Convert(5), 5);
}

TEST(OffsetConverter, CodePoints) {
  OffsetConverter converter(kText, v1::OFFSET_ENCODING_UTF32);
  EXPECT_FALSE(converter.identity());
  EXPECT_EQ(converter.Convert(0), 0);
  EXPECT_EQ(converter.Convert(kE), 3);
  EXPECT_EQ(converter.Convert(kSpace1), 4);
  EXPECT_EQ(converter.Convert(kTo), 5);
  EXPECT_EQ(converter.Convert(kKyo), 6);
  EXPECT_EQ(converter.Convert(kEmoji), 8);
  EXPECT_EQ(converter.Convert(kSpace3), 9);
  EXPECT_EQ(converter.Convert(kEnd), 12);
}

TEST(OffsetConverter, Utf16CountsSurrogatePairs) {
  OffsetConverter converter(kText, v1::OFFSET_ENCODING_UTF16);
  EXPECT_EQ(converter.Convert(kE), 3);
  EXPECT_EQ(converter.Convert(kSpace1), 4);
  EXPECT_EQ(converter.Convert(kKyo), 6);
  EXPECT_EQ(converter.Convert(kEmoji), 8);
  EXPECT_EQ(converter.Convert(kSpace3), 10);  // the emoji counts 2
  EXPECT_EQ(converter.Convert(kEnd), 13);
  // Matches std::u16string's own length.
  EXPECT_EQ(std::u16string(u"Caf\u00e9 \u6771\u4eac \U0001F600 ok").size(),
            13u);
}

TEST(OffsetConverter, ClampsAndSnapsToCharacterStarts) {
  OffsetConverter converter(kText, v1::OFFSET_ENCODING_UTF16);
  EXPECT_EQ(converter.Convert(-4), 0);
  EXPECT_EQ(converter.Convert(kEnd + 10), 13);
  EXPECT_EQ(converter.Convert(kE + 1), 3);      // inside é
  EXPECT_EQ(converter.Convert(kEmoji + 2), 8);  // inside 😀
}

TEST(OffsetConverter, InvalidBytesCountOneEach) {
  // A stray continuation byte, a cut-off 3-byte lead, then ASCII.
  const std::string text =
      "a\x80"
      "b\xE6\x9D"
      "c";
  OffsetConverter converter(text, v1::OFFSET_ENCODING_UTF32);
  EXPECT_EQ(converter.Convert(static_cast<int32_t>(text.size())), 6);
  EXPECT_EQ(converter.Convert(3), 3);
}

TEST(OffsetConverter, ConvertsEveryRecordSpan) {
  v1::Document document;
  document.set_text(kText);
  v1::TextSpan* paragraph = document.add_paragraphs();
  paragraph->set_begin(0);
  paragraph->set_end(kEnd);
  v1::Claim* claim = document.add_claims();
  claim->mutable_span()->set_begin(kTo);
  claim->mutable_span()->set_end(kEmoji - 1);
  claim->mutable_sentence_span()->set_end(kEnd);
  claim->mutable_speaker_span()->set_begin(kEmoji);
  claim->mutable_speaker_span()->set_end(kSpace3);
  claim->mutable_cue_span()->set_begin(kSpace3 + 1);
  claim->mutable_cue_span()->set_end(kEnd);
  v1::Figure* figure = document.add_figures();
  figure->mutable_span()->set_begin(kSpace1);
  figure->mutable_span()->set_end(kKyo);

  ConvertDocumentSpans(OffsetConverter(kText, v1::OFFSET_ENCODING_UTF16),
                       document);
  EXPECT_EQ(document.paragraphs(0).end(), 13);
  EXPECT_EQ(claim->span().begin(), 5);
  EXPECT_EQ(claim->span().end(), 7);
  EXPECT_EQ(claim->sentence_span().end(), 13);
  EXPECT_EQ(claim->speaker_span().begin(), 8);
  EXPECT_EQ(claim->speaker_span().end(), 10);
  EXPECT_EQ(claim->cue_span().begin(), 11);
  EXPECT_EQ(figure->span().begin(), 4);
  EXPECT_EQ(figure->span().end(), 6);
}

}  // namespace
}  // namespace factwire
