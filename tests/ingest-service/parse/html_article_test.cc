#include "ingest-service/parse/html_article.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/ingest-service/parse/html_pages.h"

namespace factwire {
namespace {

using Strings = std::vector<std::string>;

TEST(ReadHtmlArticle, ArticlePageWithFurnitureAround) {
  const HtmlArticle a = ReadHtmlArticle(testing_pages::kArticlePage);
  EXPECT_EQ(a.headline,
            "Harbour clean-up will cost \xC2\xA3"
            "48m");
  EXPECT_EQ(a.subheadline, "Councillors back a five-year plan for the bay.");
  EXPECT_EQ(a.authors, Strings{"Priya Natarajan"});
  EXPECT_EQ(a.publish_time, 1738665000);  // 2025-02-04T10:30:00Z, the meta tag
  EXPECT_EQ(a.section, "Environment");
  EXPECT_EQ(a.url, "https://herald.example/news/harbour-clean-up?ref=a&b=1");
  EXPECT_EQ(a.language, "en");
  EXPECT_EQ(a.dateline, "PORTSMOUTH");
  EXPECT_EQ(
      a.paragraphs,
      (Strings{"PORTSMOUTH \xE2\x80\x94 The city council approved a \xC2\xA3"
               "48 "
               "million plan on Monday to clean the harbour.",
               "\xE2\x80\x9C"
               "Families have not been able to swim here for a "
               "decade,\xE2\x80\x9D said Mayor Elena Marsh. \xE2\x80\x9CThat ends "
               "now.\xE2\x80\x9D",
               "What happens next",
               "Work begins in spring, the council\xE2\x80\x99s engineer, Tom Reyes, "
               "said."}));
}

TEST(ReadHtmlArticle, LegacyPageWithoutArticleAndJsonLd) {
  const HtmlArticle a = ReadHtmlArticle(testing_pages::kLegacyPage);
  EXPECT_EQ(a.headline, "Transit fares frozen for 2026");
  EXPECT_EQ(a.authors, (Strings{"Ana Diaz", "Lee Park"}));
  EXPECT_EQ(a.publish_time, 1762157700);  // 2025-11-03T08:15:00-05:00, local as written
  EXPECT_EQ(a.section, "City");
  EXPECT_EQ(a.url, "https://metro.example/transit-fares");
  EXPECT_EQ(a.language, "en");
  EXPECT_EQ(a.subheadline, "");
  EXPECT_EQ(
      a.paragraphs,
      (Strings{"The transit board voted on Tuesday to freeze fares for another year.",
               "Board chair Rosa Alvarez said the freeze would save a typical "
               "commuter about $120 a year.",
               "\"We listened to riders,\" Alvarez told reporters."}));
}

TEST(ReadHtmlArticle, NestedInlineTagsEntitiesAndBreaks) {
  const HtmlArticle a = ReadHtmlArticle(R"html(
    <div itemprop="articleBody">
      <p><strong>&ldquo;We <em>will <a href="#">not</a></em> back down,&rdquo;</strong>
         she said. AT&T&nbsp;&amp;&nbsp;Co. paid &#36;5&#x2009;million &bogus; &#xZZ;
         caf&eacute;&hellip;</p>
      <div>First line of a wire story that runs long enough.<br>Same paragraph, next
        line.<br><br>A second paragraph after two breaks, as old CMSes write.</div>
    </div>)html");
  EXPECT_EQ(
      a.paragraphs,
      (Strings{"\xE2\x80\x9CWe will not back down,\xE2\x80\x9D she said. AT&T & Co. "
               "paid $5\xE2\x80\x89million &bogus; &#xZZ; caf\xC3\xA9\xE2\x80\xA6",
               "First line of a wire story that runs long enough.\nSame paragraph, "
               "next line.",
               "A second paragraph after two breaks, as old CMSes write."}));
}

TEST(ReadHtmlArticle, MalformedMarkupStillYieldsParagraphs) {
  const HtmlArticle a = ReadHtmlArticle(
      "<body><ARTICLE CLASS=story><H1 class=title>Flood Warning Issued</h1>"
      "<p>Rivers rose overnight across the valley.<p>Officials urged calm."
      "</div></span><P>Residents were told to avoid low roads.</P></P>"
      "<!-- <p>hidden draft</p> --><![CDATA[<p>not shown</p>]]>"
      "<ul><li>Sandbags at the depot<li>Shelter at the school</ul>"
      "<p>The warning stays in place until Friday.");
  EXPECT_EQ(a.headline, "Flood Warning Issued");
  EXPECT_EQ(
      a.paragraphs,
      (Strings{"Rivers rose overnight across the valley.", "Officials urged calm.",
               "Residents were told to avoid low roads.", "Sandbags at the depot",
               "Shelter at the school", "The warning stays in place until Friday."}));
}

TEST(ReadHtmlArticle, BiggestArticleWinsOverTeaserCards) {
  const HtmlArticle a = ReadHtmlArticle(R"html(
    <main>
      <article class="teaser"><h2><a href="/x">Other story</a></h2>
        <p>A teaser for another story.</p></article>
      <article><h1>Main Story</h1>
        <p>The main story has the most text on the page by far, as main stories do.</p>
        <p>It goes on for a second paragraph with more detail about the events.</p>
      </article>
    </main>)html");
  EXPECT_EQ(a.headline, "Main Story");
  EXPECT_EQ(a.paragraphs.size(), 2u);
}

TEST(ReadHtmlArticle, SmallArticleCardIsNotTheStory) {
  const HtmlArticle a = ReadHtmlArticle(R"html(
    <div class="story">
      <p>The council met on Monday and agreed to a new budget for the coming year.</p>
      <p>Spending on roads rises by a tenth, the finance chair said afterwards.</p>
      <p>Opposition members said the plan left out the harbour and its repairs.</p>
    </div>
    <article><p>Teaser.</p></article>)html");
  ASSERT_EQ(a.paragraphs.size(), 4u);
  EXPECT_EQ(a.paragraphs[0].substr(0, 15), "The council met");
}

TEST(ReadHtmlArticle, HeadlineFallsBackToOgTitleThenTitle) {
  EXPECT_EQ(ReadHtmlArticle("<meta property=og:title content=\"OG headline\">"
                            "<title>Title - Site</title><p>Body text here.</p>")
                .headline,
            "OG headline");
  EXPECT_EQ(ReadHtmlArticle("<title>Bridge reopens after repairs | The Daily Site</title>"
                            "<p>Body text here.</p>")
                .headline,
            "Bridge reopens after repairs");
}

// A page that opens with <html> and <head>, as most do, still has its <title> read:
// the headline when no h1, og:title or JSON-LD gives one.
TEST(ReadHtmlArticle, TitleOfAWholePageIsTheHeadline) {
  const char* const kPages[] = {
      "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<title>Ferry operator cuts winter crossings | The Island Courier</title></head>"
      "<body><article><p>The ferry company said on Monday it would run four crossings a "
      "day.</p></article></body></html>",
      "<html><head><title>Ferry operator cuts winter crossings - Island Courier</title>"
      "</head><body><p>The ferry company said on Monday it would run four crossings a "
      "day.</p></body></html>",
  };
  for (const char* page : kPages) {
    EXPECT_EQ(ReadHtmlArticle(page).headline, "Ferry operator cuts winter crossings") << page;
  }
}

// A <time> element without a datetime attribute gives its text's date, the local
// date and time as written, when no metadata dates the page.
TEST(ReadHtmlArticle, TimeElementWithoutDatetimeGivesItsText) {
  const char* const kTimes[] = {
      "<time>Mon 3 Nov 2025 23.40 GMT</time>",
      "<time itemprop=\"datePublished\">November 3, 2025, 11:40 p.m. ET</time>",
      "<span class=\"date\">Published <time>3 November 2025 23:40 GMT+1</time></span>",
  };
  for (const char* time : kTimes) {
    const std::string page =
        std::string("<html><head><title>Ferry operator cuts winter crossings</title></head>"
                    "<body><article><h1>Ferry operator cuts winter crossings</h1>") +
        time +
        "<p>The ferry company said on Monday it would run four crossings a day from "
        "November instead of seven.</p></article></body></html>";
    const HtmlArticle a = ReadHtmlArticle(page);
    EXPECT_EQ(a.publish_time, 1762213200) << time;  // 2025-11-03T23:40, as written
  }
}

TEST(ReadHtmlArticle, DescriptionIsSubheadlineUnlessTheBodyStartsWithIt) {
  const char* const kBody =
      "<article><p>The board voted on Tuesday to freeze fares for a year.</p>"
      "<p>Riders welcomed it.</p></article>";
  EXPECT_EQ(ReadHtmlArticle(std::string("<meta name=description content=\"Fares stay "
                                        "flat as ridership recovers\">") +
                            kBody)
                .subheadline,
            "Fares stay flat as ridership recovers");
  EXPECT_EQ(
      ReadHtmlArticle(std::string("<meta name=description content=\"The board voted "
                                  "on Tuesday to freeze&hellip;\">") +
                      kBody)
          .subheadline,
      "");
}

TEST(ReadHtmlArticle, BylineAndDateLinesHeadingTheBody) {
  const HtmlArticle a = ReadHtmlArticle(R"html(
    <article><h1>Storm Hits Coast</h1>
      <p>By Ana Diaz and Lee Park</p>
      <p>February 3, 2025</p>
      <p>Winds reached the shore early on Monday morning.</p>
      <p>Power was cut to thousands of homes.</p>
    </article>)html");
  EXPECT_EQ(a.authors, (Strings{"Ana Diaz", "Lee Park"}));
  EXPECT_EQ(a.publish_time, 1738540800);  // 2025-02-03
  EXPECT_EQ(a.paragraphs.size(), 2u);
}

TEST(ReadHtmlArticle, TimeElementAndRelAuthorWhenNoMetadata) {
  const HtmlArticle a = ReadHtmlArticle(R"html(
    <header class="masthead"><time datetime="2020-01-01">Today</time></header>
    <article><h1>Quiet Night</h1>
      <div class="meta"><a rel="author" href="/s/j">Jo Lin</a>
        <time datetime="2025-03-01T12:00:00Z">1 March</time></div>
      <p>Nothing much happened in town last night, residents said.</p>
    </article>)html");
  EXPECT_EQ(a.authors, Strings{"Jo Lin"});
  EXPECT_EQ(a.publish_time, 1740830400);  // 2025-03-01T12:00:00Z
}

TEST(ReadHtmlArticle, HiddenAndSkippedElementsAddNoText) {
  const HtmlArticle a = ReadHtmlArticle(R"html(
    <article>
      <p>Visible text of the story.<span class="sr-only"> Opens in a new window</span></p>
      <p hidden>Hidden paragraph.</p>
      <p style="display: none">Also hidden.</p>
      <div aria-hidden="true"><p>Icon text.</p></div>
      <noscript><p>Enable JavaScript.</p></noscript>
      <template><p>Template.</p></template>
      <svg><title>Logo</title><text>Logo</text></svg>
      <form><label>Email</label><input name=e><button>Sign up</button></form>
      <blockquote class="twitter-tweet"><p>A tweet.</p></blockquote>
      <blockquote><p>A quoted passage from the report.</p></blockquote>
    </article>)html");
  EXPECT_EQ(a.paragraphs,
            (Strings{"Visible text of the story.", "A quoted passage from the report."}));
}

TEST(ReadHtmlArticle, WordPressStylePage) {
  const HtmlArticle a = ReadHtmlArticle(R"html(
    <body class="post-template-default single single-post">
    <div id="page" class="site"><header id="masthead" class="site-header">
      <p class="site-title"><a href="/">Valley Voice</a></p></header>
    <div id="content" class="site-content"><div id="primary" class="content-area">
    <article id="post-123" class="post-123 post type-post status-publish">
      <header class="entry-header">
        <h1 class="entry-title">Water Rates Rise 8% in July</h1>
        <div class="entry-meta">
          <p>Updated 10:43 AM EST, Tue February 4, 2025</p>
          <span class="byline">by <span class="author vcard"><a class="url fn n"
            href="/author/kim" rel="author">Kim Soto</a></span></span></div>
      </header>
      <div class="entry-content">
        <p>The utility board approved an 8% increase on Thursday, its first in three
           years.</p>
        <blockquote class="wp-block-pullquote"><p>&ldquo;Nobody likes a rate
          hike.&rdquo;</p></blockquote>
        <p><strong>Read more:</strong> <a href="/x">Drought plan stalls in committee</a></p>
        <p>&ldquo;Nobody likes a rate hike,&rdquo; board president Ana Ruiz said.
          &ldquo;But the pipes are 80 years old.&rdquo;</p>
        <div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>
          <ul><li><a href="#">Twitter</a></li></ul></div>
      </div>
    </article></div></div></div></body>)html");
  EXPECT_EQ(a.headline, "Water Rates Rise 8% in July");
  EXPECT_EQ(a.authors, Strings{"Kim Soto"});
  EXPECT_EQ(a.subheadline, "");
  EXPECT_EQ(
      a.paragraphs,
      (Strings{"The utility board approved an 8% increase on Thursday, its first in "
               "three years.",
               "\xE2\x80\x9CNobody likes a rate hike,\xE2\x80\x9D board president Ana "
               "Ruiz said. \xE2\x80\x9C"
               "But the pipes are 80 years old.\xE2\x80\x9D"}));
}

TEST(ReadHtmlArticle, TimestampLinesHeadingTheBodyAreNotBody) {
  const HtmlArticle a = ReadHtmlArticle(
      "<article><h1>Bridge Reopens</h1><p>Published 6:15 p.m. ET March 3, 2025</p>"
      "<p>The bridge reopened to traffic on Monday after six months of repairs.</p>"
      "</article>");
  ASSERT_EQ(a.paragraphs.size(), 1u);
  EXPECT_EQ(a.paragraphs[0].substr(0, 10), "The bridge");
}

TEST(ReadHtmlArticle, HostileNestingStaysLinear) {
  // Quadratic stack searches would take minutes here.
  std::string page;
  for (int i = 0; i < 100000; ++i) page += "<div>";
  for (int i = 0; i < 100000; ++i) page += "</span><li>";
  page += "<p>The council met on Monday to agree a budget.</p>";
  page += "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"a\":";
  for (int i = 0; i < 100000; ++i) page += "[";
  for (int i = 0; i < 100000; ++i) page += "]";
  page += "}</script>";
  const HtmlArticle a = ReadHtmlArticle(page);
  ASSERT_FALSE(a.paragraphs.empty());
  EXPECT_EQ(a.paragraphs.back(), "The council met on Monday to agree a budget.");
}

}  // namespace
}  // namespace factwire

namespace factwire {
namespace {

constexpr char kHtmlBody[] =
    "<p>The port authority said on Thursday that it would dredge the channel. Work "
    "starts in spring.</p><p>Fishing crews have complained for years about the "
    "silt.</p><p>The dredging will take four months.</p>";

// Parse.ly's section tag names the section when no article:section does.
TEST(ReadHtmlArticle, ParselySection) {
  const std::string page = std::string(
      "<html><head><meta name=\"parsely-section\" content=\"Environment\">"
      "<meta name=\"parsely-pub-date\" content=\"2021-03-09T08:30:00Z\"></head>"
      "<body><article><h1>Harbour dredging to begin in spring</h1>") +
      kHtmlBody + "</article></body></html>";
  const HtmlArticle a = ReadHtmlArticle(page);
  EXPECT_EQ(a.section, "Environment");
  EXPECT_EQ(a.publish_time, 1615278600);  // 2021-03-09T08:30:00Z
}

// JSON-LD alternativeHeadline is the subheadline when the page has no standfirst
// and no description.
TEST(ReadHtmlArticle, JsonLdAlternativeHeadline) {
  const std::string page = std::string(
      "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
      "\"headline\": \"Harbour dredging to begin in spring\", \"alternativeHeadline\": "
      "\"Ships will reach the inner docks again\", \"datePublished\": \"2021-03-09\"}"
      "</script></head><body><article><h1>Harbour dredging to begin in spring</h1>") +
      kHtmlBody + "</article></body></html>";
  const HtmlArticle a = ReadHtmlArticle(page);
  EXPECT_EQ(a.subheadline, "Ships will reach the inner docks again");
}

// Header paragraphs joining a section and a date, a byline and a date, or
// holding a caption are metadata, not the standfirst or the body.
TEST(ReadHtmlArticle, HeaderLinesWithSectionDateBylineAndCaption) {
  const std::string page = std::string(
      "<html><body><article><header><h1>Harbour dredging to begin in spring</h1>"
      "<p>Environment | 9 March 2021</p><p>By Ruth Amsel | Reuters</p>"
      "<p>Photo: Dredgers at work in the outer harbour</p></header>") +
      kHtmlBody + "</article></body></html>";
  const HtmlArticle a = ReadHtmlArticle(page);
  EXPECT_EQ(a.section, "Environment");
  EXPECT_EQ(a.publish_time, 1615248000);  // 2021-03-09
  EXPECT_EQ(a.authors, std::vector<std::string>{"Ruth Amsel"});
  EXPECT_EQ(a.subheadline, "");
  ASSERT_FALSE(a.paragraphs.empty());
  EXPECT_EQ(a.paragraphs.front().rfind("The port authority said", 0), 0u);
}

// A page's date with a UTC offset is the local date and time as written, read as
// UTC, as plain-text date lines are: a late-evening story keeps its day
// ("2021-03-09T22:15:00-04:00" is 9 March, not 02:15 UTC on 10 March).
TEST(ReadHtmlArticle, OffsetDatesKeepTheirLocalDay) {
  const int64_t mar9 = 1615248000;  // 2021-03-09T00:00:00Z
  const struct {
    const char* head;
    int64_t seconds;
  } kCases[] = {
      {"<meta property=\"article:published_time\" content=\"2021-03-09T22:15:00-04:00\">",
       mar9 + 22 * 3600 + 15 * 60},
      {"<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
       "\"datePublished\": \"2021-03-09T00:30:00+05:30\"}</script>",
       mar9 + 30 * 60},
      {"<meta itemprop=\"datePublished\" content=\"2021-03-09T23:59:59.250+0100\">",
       mar9 + 86399},
  };
  for (const auto& c : kCases) {
    const std::string page = std::string("<html><head>") + c.head +
                             "</head><body><article><h1>Harbour dredging to begin in "
                             "spring</h1>" +
                             kHtmlBody + "</article></body></html>";
    EXPECT_EQ(ReadHtmlArticle(page).publish_time, c.seconds) << c.head;
  }
  const std::string time_page = std::string(
      "<html><body><article><h1>Harbour dredging to begin in spring</h1>"
      "<time datetime=\"2021-03-09T21:05:00-08:00\">9 March</time>") +
      kHtmlBody + "</article></body></html>";
  EXPECT_EQ(ReadHtmlArticle(time_page).publish_time, mar9 + 21 * 3600 + 5 * 60);
}

}  // namespace
}  // namespace factwire
