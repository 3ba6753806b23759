// The dateline opening an HTML article's first body paragraph is read as the
// plain-text path reads it: the same dateline, the same first paragraph (from
// the lede on) and, when nothing else dates the page, the same publish time.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/parse/parser.h"

namespace factwire {
namespace {

std::string Slice(const v1::Document& doc, int i) {
  const v1::TextSpan& p = doc.paragraphs(i);
  return doc.text().substr(p.begin(), p.end() - p.begin());
}

struct Article {
  std::string headline;
  std::string first;   // the first body paragraph, dateline included
  std::string second;  // a second body paragraph
};

std::string AsPlainText(const Article& a) {
  return a.headline + "\n\n" + a.first + "\n\n" + a.second + "\n";
}

std::string AsHtml(const Article& a) {
  return "<html><head><title>" + a.headline + "</title></head><body><article><h1>" +
         a.headline + "</h1><p>" + a.first + "</p><p>" + a.second +
         "</p></article></body></html>";
}

// Parses `a` as text/plain and as text/html and expects both to give the same
// dateline, the same first paragraph and the same publish time.
void ExpectSameAsPlainText(const Article& a) {
  absl::StatusOr<v1::Document> plain = ParseDocument(AsPlainText(a), "text/plain");
  absl::StatusOr<v1::Document> html = ParseDocument(AsHtml(a), "text/html");
  ASSERT_TRUE(plain.ok()) << plain.status();
  ASSERT_TRUE(html.ok()) << html.status();
  ASSERT_GE(plain->paragraphs_size(), 1) << a.first;
  ASSERT_GE(html->paragraphs_size(), 1) << a.first;
  EXPECT_EQ(html->dateline(), plain->dateline()) << a.first;
  EXPECT_EQ(Slice(*html, 0), Slice(*plain, 0)) << a.first;
  EXPECT_EQ(html->has_publish_time(), plain->has_publish_time()) << a.first;
  EXPECT_EQ(html->publish_time().seconds(), plain->publish_time().seconds()) << a.first;
}

TEST(HtmlDatelines, DatelineIsCutFromTheFirstParagraphAsInPlainText) {
  const std::vector<Article> articles = {
      // A wire dateline with an agency and a date without a year.
      {"Assembly backs new market levy",
       "ELDORET, Nov 30 (KNA) - The county assembly on Monday approved a levy on "
       "traders at the new municipal market.",
       "Traders said the charge would be passed on to shoppers."},
      // A title-case place and its region before a dash.
      {"Councillors approve harbour car park plan",
       "Clifden, Co Galway \xE2\x80\x94 Councillors have approved plans for a "
       "120-space car park beside the harbour.",
       "Objectors have four weeks to appeal."},
      // A place in capitals and an agency in brackets before a colon.
      {"Flood relief centres opened in three districts",
       "KOTA TINGGI (Bernama): Twelve relief centres were opened on Saturday as "
       "rivers rose across the district.",
       "More than 900 people had registered by the evening."},
      // A full date after the place dates a page that has no date line.
      {"Port strike enters second week",
       "DURBAN, March 3, 2025 (AFP) \xE2\x80\x93 Dock workers extended their strike "
       "on Monday, leaving dozens of ships waiting offshore.",
       "The union said talks had broken down."},
      // A bare place in capitals before a colon, over a reporting lede.
      {"Ministry orders review of school meal contracts",
       "PENANG: The Education Ministry said on Tuesday it would review every "
       "school meal contract in the state.",
       "The review is expected to take three months."},
  };
  for (const Article& a : articles) ExpectSameAsPlainText(a);
}

TEST(HtmlDatelines, DatelinePlaceAndLede) {
  const Article a = {"Assembly backs new market levy",
                     "ELDORET, Nov 30 (KNA) - The county assembly on Monday approved a "
                     "levy on traders at the new municipal market.",
                     "Traders said the charge would be passed on to shoppers."};
  absl::StatusOr<v1::Document> html = ParseDocument(AsHtml(a), "text/html");
  ASSERT_TRUE(html.ok()) << html.status();
  EXPECT_EQ(html->dateline(), "ELDORET");
  ASSERT_GE(html->paragraphs_size(), 1);
  EXPECT_EQ(Slice(*html, 0).rfind("The county assembly on Monday", 0), 0u) << Slice(*html, 0);
}

TEST(HtmlDatelines, LabelsThatAreNoDatelineStayInTheParagraph) {
  const std::vector<Article> articles = {
      // A note opening the body.
      {"Bridge closure extended",
       "Correction: An earlier version of this story gave the wrong date for the "
       "reopening.",
       "The bridge will now reopen in April."},
      // A transcript: every paragraph opens with a speaker's label.
      {"Interview with the harbour master",
       "HOST: You have worked on this quay for thirty years, haven't you?",
       "HARBOUR MASTER: I have, and I have never seen a winter like it."},
      // A kicker is cut but names no place.
      {"Minister quits over housing row",
       "BREAKING: The housing minister resigned on Wednesday evening after a row "
       "over the new planning rules.",
       "Her deputy will take over until a reshuffle."},
  };
  for (const Article& a : articles) ExpectSameAsPlainText(a);
}

}  // namespace
}  // namespace factwire
