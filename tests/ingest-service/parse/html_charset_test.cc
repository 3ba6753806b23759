#include "ingest-service/parse/html_charset.h"

#include "gtest/gtest.h"

namespace factwire {
namespace {

TEST(EncodingForLabel, KnownLabels) {
  EXPECT_EQ(EncodingForLabel(""), HtmlEncoding::kUtf8);
  EXPECT_EQ(EncodingForLabel(" UTF-8 "), HtmlEncoding::kUtf8);
  EXPECT_EQ(EncodingForLabel("\"utf8\""), HtmlEncoding::kUtf8);
  EXPECT_EQ(EncodingForLabel("ISO-8859-1"), HtmlEncoding::kWindows1252);
  EXPECT_EQ(EncodingForLabel("windows-1252"), HtmlEncoding::kWindows1252);
  EXPECT_EQ(EncodingForLabel("us-ascii"), HtmlEncoding::kWindows1252);
  EXPECT_EQ(EncodingForLabel("shift_jis"), HtmlEncoding::kUnsupported);
}

TEST(SniffHtmlCharset, MetaForms) {
  EXPECT_EQ(SniffHtmlCharset("<html><head><META CHARSET=\"ISO-8859-1\">"), "iso-8859-1");
  EXPECT_EQ(SniffHtmlCharset("<meta http-equiv=\"Content-Type\" "
                             "content=\"text/html; charset=windows-1252\">"),
            "windows-1252");
  EXPECT_EQ(SniffHtmlCharset("<meta charset='utf-8'>"), "utf-8");
  EXPECT_EQ(SniffHtmlCharset("\xEF\xBB\xBF<meta charset=latin1>"), "utf-8");
  EXPECT_EQ(SniffHtmlCharset("<p>no declaration</p>"), "");
}

TEST(SniffHtmlCharset, LooksOnlyAtTheFirstKilobyte) {
  const std::string late = std::string(1100, ' ') + "<meta charset=latin1>";
  EXPECT_EQ(SniffHtmlCharset(late), "");
}

TEST(Windows1252ToUtf8, CurlyQuotesAndLatin1) {
  EXPECT_EQ(Windows1252ToUtf8("\x93"
                              "caf\xE9\x94 \x96 \x80"
                              "5"),
            "\xE2\x80\x9C"
            "caf\xC3\xA9\xE2\x80\x9D \xE2\x80\x93 \xE2\x82\xAC"
            "5");
}

}  // namespace
}  // namespace factwire
