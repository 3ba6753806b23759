#include "ingest-service/parse/parser.h"

#include <string>

#include "gtest/gtest.h"
#include "ingest-service/parse/layout.h"

namespace factwire {
namespace {

std::string Slice(const v1::Document& doc, int i) {
  const v1::TextSpan& p = doc.paragraphs(i);
  return doc.text().substr(p.begin(), p.end() - p.begin());
}

TEST(ParseDocument, ReferenceLayout) {
  const std::string text =
      "Today : Mar 01, 2024\nScience\n12 March 2024\n\n"
      "Bees Return To City Parks\n\n"
      "Urban beekeepers report a strong season across the region.\n\n"
      "The first paragraph says something. It has two sentences.\n\n"
      "A second paragraph follows here.\n";
  absl::StatusOr<v1::Document> doc = ParseDocument(text, "text/plain");
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->text(), text);
  EXPECT_EQ(doc->section(), "Science");
  EXPECT_EQ(doc->headline(), "Bees Return To City Parks");
  EXPECT_EQ(doc->subheadline(),
            "Urban beekeepers report a strong season across the region.");
  EXPECT_EQ(doc->publish_time().seconds(), 1710201600);  // 2024-03-12T00:00:00Z
  EXPECT_EQ(doc->language(), "en");
  ASSERT_EQ(doc->paragraphs_size(), 2);
  EXPECT_EQ(Slice(*doc, 0), "The first paragraph says something. It has two sentences.");
  EXPECT_EQ(Slice(*doc, 1), "A second paragraph follows here.");
}

TEST(ParseDocument, HeadlineThatQuotesSomeoneIsAlsoTheFirstParagraph) {
  const std::string text =
      "\xE2\x80\x9CWe will not back down,\xE2\x80\x9D says minister\n\n"
      "RIGA \xE2\x80\x94 The defence minister spoke on Monday.\n\n"
      "Talks resume next week.\n";
  absl::StatusOr<v1::Document> doc = ParseDocument(text, "text/plain");
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->headline(), "\xE2\x80\x9CWe will not back down,\xE2\x80\x9D says minister");
  EXPECT_EQ(doc->dateline(), "RIGA");  // from the first body paragraph
  ASSERT_EQ(doc->paragraphs_size(), 3);
  EXPECT_EQ(Slice(*doc, 0), doc->headline());
  EXPECT_EQ(Slice(*doc, 2), "Talks resume next week.");
}

TEST(ParseDocument, HeadlineWithOnlyApostrophesIsNoParagraph) {
  const std::string text =
      "Leeds' Mayor Says Budget Won't Balance\n\nThe mayor spoke on Monday.\n\n"
      "Talks resume next week.\n";
  absl::StatusOr<v1::Document> doc = ParseDocument(text, "text/plain");
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->headline(), "Leeds' Mayor Says Budget Won't Balance");
  ASSERT_EQ(doc->paragraphs_size(), 2);
  EXPECT_EQ(Slice(*doc, 0), "The mayor spoke on Monday.");
}

TEST(ParseDocument, HeadlineBlankLineBody) {
  const std::string text =
      "Council Approves New Budget\n\nOTTAWA \xE2\x80\x94 The council voted on "
      "Monday.\n\n"
      "Members debated for hours.\n";
  absl::StatusOr<v1::Document> doc = ParseDocument(text, "");
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->headline(), "Council Approves New Budget");
  EXPECT_EQ(doc->subheadline(), "");
  EXPECT_EQ(doc->section(), "");
  EXPECT_EQ(doc->dateline(), "OTTAWA");
  EXPECT_FALSE(doc->has_publish_time());
  ASSERT_EQ(doc->paragraphs_size(), 2);
  EXPECT_EQ(Slice(*doc, 1), "Members debated for hours.");
}

TEST(ParseDocument, SingleParagraphIsAllBody) {
  const std::string text = "Smith said the plan would work. Others disagreed.";
  absl::StatusOr<v1::Document> doc = ParseDocument(text, "text/plain; charset=utf-8");
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->headline(), "");
  ASSERT_EQ(doc->paragraphs_size(), 1);
  EXPECT_EQ(Slice(*doc, 0), text);
}

TEST(ParseDocument, BylineAndDateAfterHeadline) {
  const std::string text =
      "Storm Hits Coast\n\nBy Ana Diaz and Lee Park\n\nFebruary 3, 2025\n\n"
      "Winds reached the shore early.\n\nPower was cut.\n";
  absl::StatusOr<v1::Document> doc = ParseDocument(text, "text/plain");
  ASSERT_TRUE(doc.ok()) << doc.status();
  ASSERT_EQ(doc->authors_size(), 2);
  EXPECT_EQ(doc->authors(0), "Ana Diaz");
  EXPECT_EQ(doc->authors(1), "Lee Park");
  EXPECT_EQ(doc->publish_time().seconds(), 1738540800);  // 2025-02-03
  EXPECT_EQ(doc->paragraphs_size(), 2);
}

TEST(ParseDocument, ShortFirstParagraphIsNotAHeadline) {
  const std::string text = "\"We lost,\" Ann Lee said.\n\nThe vote was close.\n";
  absl::StatusOr<v1::Document> doc = ParseDocument(text, "text/plain");
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->headline(), "");
  EXPECT_EQ(doc->paragraphs_size(), 2);
}

TEST(ParseDocument, RejectsUnknownMediaType) {
  absl::StatusOr<v1::Document> doc = ParseDocument("hello", "application/pdf");
  ASSERT_EQ(doc.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(doc.status().message().find("media_type"), absl::string_view::npos);
}

TEST(ParseDocument, HtmlMediaTypes) {
  const std::string page =
      "<html lang=fr><article><h1>Le titre</h1><p>Le texte.</p></article></html>";
  for (const char* type : {"text/html", "TEXT/HTML; charset=UTF-8",
                           "application/xhtml+xml", "text/html; charset=\"utf-8\""}) {
    absl::StatusOr<v1::Document> doc = ParseDocument(page, type);
    ASSERT_TRUE(doc.ok()) << type << ": " << doc.status();
    EXPECT_EQ(doc->text(), "Le titre\n\nLe texte.\n") << type;
    EXPECT_EQ(doc->language(), "fr");
  }
  EXPECT_EQ(ParseDocument(page, "application/xhtml+xml")->media_type(),
            "application/xhtml+xml");
  EXPECT_EQ(ParseDocument(page, "Text/HTML")->media_type(), "text/html");
}

TEST(ParseDocument, TextPlainStaysUtf8Only) {
  EXPECT_EQ(ParseDocument("abc", "text/plain; charset=iso-8859-1").status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(ParseDocument("abc", "text/plain; charset=us-ascii").ok());
}

TEST(ParseDocument, RejectsEmptyAndInvalidUtf8) {
  absl::StatusOr<v1::Document> empty = ParseDocument("", "text/plain");
  ASSERT_EQ(empty.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(empty.status().message().find("content"), absl::string_view::npos);
  absl::StatusOr<v1::Document> bad = ParseDocument("caf\xC3(", "text/plain");
  ASSERT_EQ(bad.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(bad.status().message().find("content"), absl::string_view::npos);
  absl::StatusOr<v1::Document> surrogate = ParseDocument("a\xED\xA0\x80", "text/plain");
  EXPECT_EQ(surrogate.status().code(), absl::StatusCode::kInvalidArgument);
}

TEST(ParseDocument, FirstParagraphOfThreeIsBody) {
  const std::string text =
      "Council Approves New Budget\n\n"
      "The council approved a budget of $12 million. It passed by one vote.\n\n"
      "Members debated for hours.\n\nThe mayor left early.\n";
  absl::StatusOr<v1::Document> doc = ParseDocument(text, "");
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->headline(), "Council Approves New Budget");
  EXPECT_EQ(doc->subheadline(), "");
  ASSERT_EQ(doc->paragraphs_size(), 3);
  EXPECT_EQ(Slice(*doc, 0),
            "The council approved a budget of $12 million. It passed by one vote.");
}

TEST(ParseDocument, OneSentenceLedeIsBody) {
  const std::string text =
      "Transit Fares Frozen\n\n"
      "The transit agency said on Friday that fares would stay at $2 for a year.\n\n"
      "Riders welcomed the news.\n\nThe deficit remains.\n";
  absl::StatusOr<v1::Document> doc = ParseDocument(text, "");
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->subheadline(), "");
  EXPECT_EQ(doc->paragraphs_size(), 3);
}

TEST(ParseDocument, LongSingleLineIsBody) {
  const std::string first(230, 'x');
  const std::string text =
      "Storm Hits Coast\n\n" + first + " ends here\n\nPower was cut.\n\nRoads closed.\n";
  absl::StatusOr<v1::Document> doc = ParseDocument(text, "");
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->subheadline(), "");
  EXPECT_EQ(doc->paragraphs_size(), 3);
}

TEST(ParseDocument, HeadlineStandfirstBody) {
  const std::string text =
      "Council Approves New Budget\n\n"
      "Spending rises for schools and roads.\n\n"
      "The council approved the budget. It passed by one vote.\n\n"
      "Members debated for hours.\n";
  absl::StatusOr<v1::Document> doc = ParseDocument(text, "");
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->subheadline(), "Spending rises for schools and roads.");
  ASSERT_EQ(doc->paragraphs_size(), 2);
  EXPECT_EQ(Slice(*doc, 0), "The council approved the budget. It passed by one vote.");
}

// One-sentence ledes that report (perfect or passive verbs, several clauses, many
// words) stay body text: taking them as the standfirst would drop their claims.
TEST(ParseDocument, ReportingLedesAreBodyNotStandfirst) {
  const char* const kLedes[] = {
      "A former shop manager who stole from customers has been jailed for two years.",
      "Floods have displaced thousands of people across the north of the region.",
      "The city will raise parking fees by 10 per cent from May, the largest rise in a "
      "decade, as it tries to close a budget gap.",
      "Shares in the regional bank fell sharply in early trading as investors weighed "
      "a surprise drop in lending and a warning about rising bad debts across its "
      "business and consumer divisions this year.",
  };
  for (const char* lede : kLedes) {
    const std::string text = std::string("Headline Of The Story\n\n") + lede +
                             "\n\nThe second paragraph.\n\nThe third one.\n";
    absl::StatusOr<v1::Document> doc = ParseDocument(text, "");
    ASSERT_TRUE(doc.ok()) << doc.status();
    EXPECT_EQ(doc->subheadline(), "") << lede;
    ASSERT_EQ(doc->paragraphs_size(), 3) << lede;
    EXPECT_EQ(Slice(*doc, 0), lede);
  }
}

TEST(ParseDocument, PresentTenseSummaryIsStandfirst) {
  const std::string standfirst =
      "Regions unite to fight rising floods as insurers warn of higher premiums.";
  const std::string text = "Flood Defences Get A Boost\n\n" + standfirst +
                           "\n\nThe first paragraph. It reports.\n\nMore follows.\n";
  absl::StatusOr<v1::Document> doc = ParseDocument(text, "");
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->subheadline(), standfirst);
  EXPECT_EQ(doc->paragraphs_size(), 2);
}

// The place of a dateline opening a lone paragraph (ReadBodyDateline).
std::string DatelineOf(absl::string_view paragraph) {
  const absl::string_view paragraphs[] = {paragraph};
  return ReadBodyDateline(paragraphs, /*have_header=*/false).place;
}

TEST(ReadBodyDateline, PlaceBeforeADashWithinSixtyBytes) {
  EXPECT_EQ(DatelineOf("OTTAWA \xE2\x80\x94 The council met."), "OTTAWA");
  EXPECT_EQ(DatelineOf("WASHINGTON (Reuters) - The council met."), "WASHINGTON");
  EXPECT_EQ(DatelineOf("LONDON -- The council met - again."), "LONDON");
  const std::string sixty(60, 'A');
  EXPECT_EQ(DatelineOf(sixty + " - The council met."), sixty);
  EXPECT_EQ(DatelineOf(sixty + "A - The council met."), "");
  EXPECT_EQ(DatelineOf(sixty + "A \xE2\x80\x94 The council met."), "");
  EXPECT_EQ(DatelineOf("The council met - OTTAWA - again."), "");
  EXPECT_EQ(DatelineOf("EXCLUSIVE \xE2\x80\x93 The council met."), "");
}

}  // namespace
}  // namespace factwire
