#include "ingest-service/parse/html_document.h"

#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/parse/html_pages.h"

namespace factwire {
namespace {

std::string Slice(const v1::Document& doc, int i) {
  const v1::TextSpan& p = doc.paragraphs(i);
  return doc.text().substr(p.begin(), p.end() - p.begin());
}

TEST(ParseHtmlDocument, TextIsHeadlineThenParagraphs) {
  absl::StatusOr<v1::Document> doc =
      ParseHtmlDocument(testing_pages::kLegacyPage, "text/html", "");
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->media_type(), "text/html");
  EXPECT_EQ(
      doc->text(),
      "Transit fares frozen for 2026\n\n"
      "The transit board voted on Tuesday to freeze fares for another year.\n\n"
      "Board chair Rosa Alvarez said the freeze would save a typical commuter about "
      "$120 a year.\n\n"
      "\"We listened to riders,\" Alvarez told reporters.\n");
  ASSERT_EQ(doc->paragraphs_size(), 3);
  EXPECT_EQ(Slice(*doc, 0),
            "The transit board voted on Tuesday to freeze fares for another year.");
  EXPECT_EQ(Slice(*doc, 2), "\"We listened to riders,\" Alvarez told reporters.");
  EXPECT_EQ(doc->headline(), "Transit fares frozen for 2026");
  ASSERT_EQ(doc->authors_size(), 2);
  EXPECT_EQ(doc->authors(1), "Lee Park");
  EXPECT_EQ(doc->publish_time().seconds(), 1762157700);  // 2025-11-03T08:15 as written (-05:00 not applied)
  EXPECT_EQ(doc->url(), "https://metro.example/transit-fares");
  EXPECT_EQ(doc->section(), "City");
  EXPECT_EQ(doc->language(), "en");
}

TEST(ParseHtmlDocument, Windows1252PageIsTranscoded) {
  const std::string page =
      "<html><head><meta charset=\"windows-1252\"></head><body><article>"
      "<h1>Caf\xE9 Closes</h1><p>\x93We are sad,\x94 the owner said.</p></article>";
  absl::StatusOr<v1::Document> doc = ParseHtmlDocument(page, "text/html", "");
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->headline(), "Caf\xC3\xA9 Closes");
  EXPECT_EQ(Slice(*doc, 0), "\xE2\x80\x9CWe are sad,\xE2\x80\x9D the owner said.");
}

TEST(ParseHtmlDocument, TransportCharsetWinsOverMeta) {
  const std::string page =
      "<meta charset=utf-8><p>Cr\xE8me br\xFBl\xE9"
      "e is back.</p>";
  absl::StatusOr<v1::Document> doc = ParseHtmlDocument(page, "text/html", "iso-8859-1");
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(Slice(*doc, 0),
            "Cr\xC3\xA8me br\xC3\xBBl\xC3\xA9"
            "e is back.");
}

TEST(ParseHtmlDocument, ByteOrderMarkIsDropped) {
  absl::StatusOr<v1::Document> doc =
      ParseHtmlDocument("\xEF\xBB\xBF<p>Plain words here.</p>", "text/html", "");
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->text(), "Plain words here.\n");
  EXPECT_EQ(doc->headline(), "");
}

TEST(ParseHtmlDocument, Errors) {
  absl::StatusOr<v1::Document> bad_utf8 =
      ParseHtmlDocument("<p>caf\xE9</p>", "text/html", "");
  EXPECT_EQ(bad_utf8.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(bad_utf8.status().message().find("content: not valid UTF-8"),
            std::string::npos);
  absl::StatusOr<v1::Document> charset =
      ParseHtmlDocument("<meta charset=shift_jis><p>x</p>", "text/html", "");
  EXPECT_EQ(charset.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(charset.status().message().find("\"shift_jis\""), std::string::npos);
  absl::StatusOr<v1::Document> empty = ParseHtmlDocument(
      "<html><script>x()</script><nav>Home</nav></html>", "text/html", "");
  EXPECT_EQ(empty.status().code(), absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace factwire
