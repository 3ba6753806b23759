// A story-type label ("SKETCH", "COMMENT", "REVIEW") or a topical section
// label ("BUSINESS", "OPINION") opening the first body paragraph or the
// headline, before a colon, a dash or a bar, is page furniture: it names no
// dateline, and the paragraph (or the headline) starts after it, in plain text
// and in HTML. A place before the same marks stays the dateline; a person's or
// an organisation's colon ("Minister: We will…", "UN: Famine looms…", a
// transcript's "HOST: …") stays as it was.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/parse/layout.h"
#include "ingest-service/parse/parser.h"
#include "tests/ingest-service/parse/layout_test_support.h"

namespace factwire {
namespace {

using testing_layout::FirstParagraph;

constexpr char kHeader[] =
    "Harbour board refuses to publish ferry tender bids\n\n"
    "Opposition says the process has been secret from the start\n\n"
    "By Keisha Baptiste\n\n"
    "12 March 2026\n\n";
constexpr char kSecond[] = "The opposition leader said the process had been rigged.";
constexpr char kThird[] = "\"We will fight this in the courts,\" she said.";

std::string Page(const std::string& first) {
  return std::string(kHeader) + first + "\n\n" + kSecond + "\n\n" + kThird + "\n";
}

std::string Slice(const v1::Document& doc, int i) {
  const v1::TextSpan& p = doc.paragraphs(i);
  return doc.text().substr(p.begin(), p.end() - p.begin());
}

struct Case {
  const char* label;  // the label and its mark, as it opens the paragraph
  const char* lede;   // the sentence after it
};

const Case kLabels[] = {
    {"SKETCH: ", "The minister rose at 2.15pm and spoke for an hour without naming a price."},
    {"COMMENT \xE2\x80\x94 ", "The board has now refused three times to say which firm won."},
    {"ANALYSIS | ", "The board has now refused three times to say which firm won the tender."},
    {"REVIEW: ", "The new ferry terminal opened on Monday, three years late and over budget."},
    {"BUSINESS: ", "The harbour board reported a loss of $4 million for the year on Friday."},
    {"OPINION - ", "The board owes the public an answer on the price of the new ferries."},
    {"Parliamentary sketch: ", "The minister rose at 2.15pm and spoke for an hour."},
};

TEST(BodyLabels, StoryTypeLabelOpeningTheBodyIsNoDatelineAndNoText) {
  for (const Case& c : kLabels) {
    const std::string first = std::string(c.label) + c.lede;
    const std::string text = Page(first);
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.dateline, "") << first;
    EXPECT_EQ(FirstParagraph(text, layout), c.lede) << first;
  }
}

TEST(BodyLabels, StoryTypeLabelInHtmlIsCutAsInPlainText) {
  for (const Case& c : kLabels) {
    const std::string first = std::string(c.label) + c.lede;
    const std::string html =
        "<html><head><title>Harbour board refuses to publish ferry tender bids</title></head>"
        "<body><article><h1>Harbour board refuses to publish ferry tender bids</h1><p>" +
        first + "</p><p>" + kSecond + "</p><p>" + kThird + "</p></article></body></html>";
    absl::StatusOr<v1::Document> doc = ParseDocument(html, "text/html");
    ASSERT_TRUE(doc.ok()) << doc.status();
    ASSERT_GE(doc->paragraphs_size(), 1) << first;
    EXPECT_EQ(doc->dateline(), "") << first;
    EXPECT_EQ(Slice(*doc, 0), c.lede) << first;
  }
}

TEST(BodyLabels, StoryTypeKickerIsCutFromTheHeadline) {
  for (const char* kicker : {"SKETCH: ", "REVIEW: ", "COMMENT | ", "INTERVIEW \xE2\x80\x93 "}) {
    const std::string headline = "Forty minutes on new ferries and still no price";
    const std::string text = std::string(kicker) + headline +
                             "\n\nThe board met on Friday and said little about the cost.\n\n" +
                             kSecond + "\n\n" + kThird + "\n";
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.headline, headline) << kicker;
  }
}

// An HTML page's headline (its <h1>, og:title or JSON-LD headline) loses its
// kicker as a plain-text headline does; a speaker's colon stays.
TEST(BodyLabels, KickerIsCutFromAnHtmlHeadline) {
  const std::string headline = "Forty minutes on new ferries and still no price";
  for (const char* kicker : {"SKETCH: ", "EXCLUSIVE: ", "ANALYSIS | ", "UPDATE 2-"}) {
    const std::string full = std::string(kicker) + headline;
    for (const std::string& head :
         {"<h1>" + full + "</h1>",
          "<meta property=\"og:title\" content=\"" + full + "\">"}) {
      const bool meta = head[1] == 'm';
      const std::string html = "<html><head><title>" + full + "</title>" +
                               (meta ? head : std::string()) + "</head><body><article>" +
                               (meta ? std::string() : head) +
                               "<p>The board met on Friday and said little about the cost.</p><p>" +
                               kSecond + "</p></article></body></html>";
      absl::StatusOr<v1::Document> doc = ParseDocument(html, "text/html");
      ASSERT_TRUE(doc.ok()) << doc.status();
      EXPECT_EQ(doc->headline(), headline) << head;
    }
  }
  const std::string said = "Minister: We will not publish the ferry bids";
  absl::StatusOr<v1::Document> doc = ParseDocument(
      "<html><body><article><h1>" + said + "</h1><p>The board met on Friday.</p><p>" +
          kSecond + "</p></article></body></html>",
      "text/html");
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->headline(), said);
}

TEST(BodyLabels, PlacesAndSpeakersStay) {
  // A place before the same marks is the dateline.
  for (const char* first :
       {"PORT OF SPAIN: The board will not publish the bids, the minister said on Tuesday.",
        "KINGSTON \xE2\x80\x94 The board will not publish the bids, the minister said.",
        "SCOTLAND: The board will not publish the bids, the minister said on Tuesday."}) {
    const std::string text = Page(first);
    const Layout layout = ReadLayout(text);
    EXPECT_NE(layout.dateline, "") << first;
    EXPECT_EQ(FirstParagraph(text, layout).substr(0, 4), "The ") << first;
  }
  // A headline that gives someone's words keeps its speaker.
  for (const char* headline : {"Minister: We will not publish the ferry bids",
                               "UN: Famine looms in the north as rains fail"}) {
    const std::string text = std::string(headline) +
                             "\n\nThe board met on Friday and said little about the cost.\n\n" +
                             kSecond + "\n\n" + kThird + "\n";
    EXPECT_EQ(ReadLayout(text).headline, headline);
  }
}

// A picture's caption or credit line ("Photo: Keisha Baptiste / AFP", "Getty
// Images"), a link to another story ("Read more: …", or its label alone) or
// the place the story was filed from between the body's paragraphs is
// furniture, no paragraph: its agency names no source. A sentence that opens
// with a caption's word stays a paragraph.
TEST(BodyLabels, CaptionAndPromoLinesBetweenParagraphsAreNoParagraphs) {
  const std::string lede = "The harbour board said on Tuesday it would not publish the bids.";
  for (const char* line : {"Photo: Keisha Baptiste / AFP", "Getty Images",
                           "(Image: Reuters)", "Read more: Ferry fares rise again",
                           "Read more:", "Filed from Kingstown"}) {
    const std::string text = std::string(kHeader) + lede + "\n\n" + line + "\n\n" + kSecond +
                             "\n\n" + kThird + "\n";
    const Layout layout = ReadLayout(text);
    ASSERT_EQ(layout.paragraphs.size(), 3u) << line;
    const ByteRange& second = layout.paragraphs[1];
    EXPECT_EQ(text.substr(second.first, second.second - second.first), kSecond) << line;
  }
  const std::string kept = "Photographs of the tender were leaked to the press on Monday.";
  const Layout layout = ReadLayout(Page(lede + "\n\n" + kept));
  EXPECT_EQ(layout.paragraphs.size(), 4u);
}

// A line between paragraphs that opens with an agency before a slash is a
// credit only when it is made of names and agencies ("AP Photo/Trevor Banks",
// "Owen Hale/AFP via Getty Images"): a poll's or survey's line naming its
// pollsters, with a verb or figures ("Reuters/Ipsos poll puts ..."), is a
// paragraph.
TEST(BodyLabels, AnAgencysPollLineIsNoPictureCredit) {
  const std::string lede = "The harbour board said on Tuesday it would not publish the bids.";
  for (const char* line : {"Reuters/Ipsos poll puts the governor ahead by 48% to 44%",
                           "AP/NORC survey: 58% of renters expect a rise this year"}) {
    const Layout layout = ReadLayout(Page(lede + "\n\n" + line));
    ASSERT_EQ(layout.paragraphs.size(), 4u) << line;
  }
  for (const char* credit : {"AP Photo/Trevor Banks", "Owen Hale/AFP via Getty Images",
                             "Reuters/Owen Hale"}) {
    const Layout layout = ReadLayout(Page(lede + "\n\n" + credit));
    EXPECT_EQ(layout.paragraphs.size(), 3u) << credit;
  }
}

}  // namespace
}  // namespace factwire
