#include "ingest-service/parse/html_entities.h"

#include <string>

#include "gtest/gtest.h"
#include "ingest-service/parse/html_text.h"

namespace factwire {
namespace {

std::string Text(absl::string_view raw) {
  std::string out;
  AppendHtmlText(raw, &out);
  return out;
}

TEST(HtmlEntityTable, IsSortedAndUnique) {
  const absl::Span<const HtmlEntity> table = HtmlEntityTable();
  ASSERT_GT(table.size(), 250u);
  for (size_t i = 1; i < table.size(); ++i) {
    EXPECT_LT(absl::string_view(table[i - 1].name), absl::string_view(table[i].name))
        << table[i].name;
  }
}

TEST(DecodeCharacterReference, NamedDecimalAndHex) {
  std::string out;
  EXPECT_EQ(DecodeCharacterReference("&amp;rest", &out), 5u);
  EXPECT_EQ(DecodeCharacterReference("&#8220;", &out), 7u);
  EXPECT_EQ(DecodeCharacterReference("&#x201D;", &out), 8u);
  EXPECT_EQ(DecodeCharacterReference("&#39 x", &out), 4u);  // no ';' after digits
  EXPECT_EQ(DecodeCharacterReference("&#150;", &out), 6u);  // windows-1252 en dash
  EXPECT_EQ(out, "&\xE2\x80\x9C\xE2\x80\x9D'\xE2\x80\x93");
}

TEST(DecodeCharacterReference, InvalidOnesAreNotReferences) {
  std::string out;
  for (const char* s : {"&T", "&bogus;", "&#;", "&#x;", "&#0;", "&#xD800;", "&#x110000;",
                        "&amp", "& ", "&Amp;"}) {
    EXPECT_EQ(DecodeCharacterReference(s, &out), 0u) << s;
  }
  EXPECT_EQ(out, "");
}

TEST(AppendHtmlText, DecodesAndNormalisesWhitespace) {
  EXPECT_EQ(Text("  AT&T&nbsp;&amp;\n\t Co.&mdash;caf&eacute; &hellip;"),
            "AT&T & Co.\xE2\x80\x94"
            "caf\xC3\xA9 \xE2\x80\xA6");
  EXPECT_EQ(Text("&lsquo;a&rsquo; &ldquo;b&rdquo; &ndash; &lt;p&gt; &quot;&apos;"),
            "\xE2\x80\x98"
            "a\xE2\x80\x99 \xE2\x80\x9C"
            "b\xE2\x80\x9D \xE2\x80\x93 <p> \"'");
}

TEST(AppendHtmlText, InvalidReferencesStayLiteral) {
  EXPECT_EQ(Text("&bogus; &#xZZ; a & b"), "&bogus; &#xZZ; a & b");
}

TEST(AppendHtmlText, DropsInvisibleCharactersAndComposesPieces) {
  std::string out;
  AppendHtmlText("co&shy;operate\xE2\x80\x8B \xC2\xA0 now ", &out);
  AppendHtmlText(" \n later", &out);
  EXPECT_EQ(out, "cooperate now later");
}

TEST(DecodeHtmlValue, TrimsBothEnds) {
  EXPECT_EQ(DecodeHtmlValue("  Storm &amp; rain \n"), "Storm & rain");
}

}  // namespace
}  // namespace factwire
