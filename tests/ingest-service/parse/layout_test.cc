#include "ingest-service/parse/layout.h"

#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "gtest/gtest.h"
#include "ingest-service/parse/layout_internal.h"

namespace factwire {
namespace {

// Body paragraphs of every test: a lede that reports, and two more.
constexpr char kBody[] =
    "The port authority said on Thursday that it would dredge the channel. Work "
    "starts in spring.\n\n"
    "Fishing crews have complained for years about the silt.\n\n"
    "The dredging will take four months.\n";

std::string First(absl::string_view text, const Layout& layout) {
  if (layout.paragraphs.empty()) return "";
  const ByteRange& p = layout.paragraphs.front();
  return std::string(text.substr(p.first, p.second - p.first));
}

CivilDate Date(int year, int month, int day) { return CivilDate{year, month, day}; }

void ExpectDate(const Layout& layout, const CivilDate& want, absl::string_view text) {
  ASSERT_TRUE(layout.publish_date.has_value()) << text;
  EXPECT_EQ(layout.publish_date->year, want.year) << text;
  EXPECT_EQ(layout.publish_date->month, want.month) << text;
  EXPECT_EQ(layout.publish_date->day, want.day) << text;
}

// "Politics | 14 June 2022": a section and a date on one line, joined by a bar,
// a middle dot, a bullet or a dash, either way round.
// IsCapitalisedWords with a title's words lets '&' and a short word after the
// first stand in lowercase ("Weather & Climate", "Science and Environment"),
// as a section line's labels are written; without them, or opening the
// label, they do not. The section line over the headline reads its labels so.
TEST(LayoutText, CapitalisedWordsMayKeepATitlesShortWords) {
  using layout_internal::IsCapitalisedWords;
  EXPECT_TRUE(IsCapitalisedWords("Weather & Climate", /*title_words=*/true));
  EXPECT_TRUE(IsCapitalisedWords("Science and Environment", /*title_words=*/true));
  EXPECT_FALSE(IsCapitalisedWords("Science and Environment"));
  EXPECT_FALSE(IsCapitalisedWords("and Environment", /*title_words=*/true));
  EXPECT_FALSE(IsCapitalisedWords("Water plant closes", /*title_words=*/true));
  EXPECT_TRUE(IsCapitalisedWords("Ireland, June 21"));
  const Layout layout = ReadLayout(
      "Science and Environment \xE2\x80\x94 Africa\n\n"
      "Vanilla growers count their losses as the price keeps sliding\n\n"
      "By Ann Lee\n\n12 March 2026\n\n"
      "The growers said on Monday the crop had halved.\n\nThe ministry has promised help.\n");
  EXPECT_EQ(layout.section, "Africa");
  EXPECT_EQ(layout.headline, "Vanilla growers count their losses as the price keeps sliding");
}

TEST(ReadLayout, SectionAndDateOnOneLine) {
  const char* const kLines[] = {
      "9 March 2021 \xC2\xB7 5 min read \xC2\xB7 Environment",
      "Environment | 9 March 2021",
      "Environment \xC2\xB7 9 March 2021",
      "Environment \xE2\x80\xA2 Tuesday 9 March 2021 08.30 GMT",
      "Environment \xE2\x80\x93 March 9, 2021",
      "Environment - 9 March 2021",
      "9 March 2021 | Environment",
  };
  for (const char* line : kLines) {
    const std::string text =
        std::string(line) + "\n\nHarbour Dredging To Begin In Spring\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.section, "Environment") << line;
    ExpectDate(layout, Date(2021, 3, 9), line);
    EXPECT_EQ(layout.headline, "Harbour Dredging To Begin In Spring") << line;
  }
}

// "Central Asia | 9 March 2021": a region of two words beside a date is the
// section, as a one-word section is.
TEST(ReadLayout, RegionAndDateOnOneLine) {
  struct RegionCase {
    const char* line;
    const char* section;
  };
  const RegionCase kCases[] = {
      {"Central Asia | 9 March 2021", "Central Asia"},
      {"9 March 2021 \xC2\xB7 Northern Europe", "Northern Europe"},
      {"North America \xE2\x80\xA2 9 March 2021", "North America"},
      {"South East Asia | 9 March 2021", "South East Asia"},
  };
  for (const RegionCase& c : kCases) {
    const std::string text =
        std::string(c.line) + "\n\nHarbour Dredging To Begin In Spring\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.section, c.section) << c.line;
    ExpectDate(layout, Date(2021, 3, 9), c.line);
    EXPECT_EQ(layout.headline, "Harbour Dredging To Begin In Spring") << c.line;
  }
}

// A person or an agency beside a date is no section; the date is still read.
TEST(ReadLayout, NameAndDateOnOneLineGiveNoSection) {
  const char* const kLines[] = {
      "Maria Lopez | 9 March 2021",
      "Reuters | 9 March 2021",
      "Maria Lopez | Reuters | 9 March 2021",
  };
  for (const char* line : kLines) {
    const std::string text =
        std::string(line) + "\n\nHarbour Dredging To Begin In Spring\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.section, "") << line;
    ExpectDate(layout, Date(2021, 3, 9), line);
    EXPECT_EQ(layout.headline, "Harbour Dredging To Begin In Spring") << line;
  }
}

// "Tuesday, 5 September 2023\nScience\n\n<headline>": a section label under the
// date line, in its block, is the section, not the headline.
TEST(ReadLayout, SectionUnderTheDateLine) {
  const char* const kHeads[] = {
      "Thursday, 11 November 2021\nBusiness",
      "11 November 2021\nBusiness",
      "Nov. 11, 2021\nBusiness",
      "Published: Thursday 11 November 2021\nBusiness",
  };
  for (const char* head : kHeads) {
    const std::string text = std::string(head) +
                             "\n\nHarbour Dredging To Begin In Spring\n\n"
                             "Ships will reach the inner docks again from next year.\n\n" +
                             kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.section, "Business") << head;
    EXPECT_EQ(layout.headline, "Harbour Dredging To Begin In Spring") << head;
    EXPECT_EQ(layout.subheadline, "Ships will reach the inner docks again from next year.")
        << head;
    ExpectDate(layout, Date(2021, 11, 11), head);
  }
}

// Captions, credits, share and listen buttons, reading times and kickers around
// the headline are page furniture: never the headline or the standfirst.
TEST(ReadLayout, FurnitureAndKickersAroundTheHeadline) {
  const char* const kBefore[] = {
      "EXCLUSIVE",
      "Analysis",
      "BREAKING NEWS",
      "Image: Port of Dunmore Authority",
      "Photo: Dredgers at work in the outer harbour. (File photo)",
      "Share this article",
  };
  for (const char* line : kBefore) {
    const std::string text =
        std::string(line) + "\n\nHarbour Dredging To Begin In Spring\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.headline, "Harbour Dredging To Begin In Spring") << line;
    EXPECT_EQ(layout.section, "") << line;
    EXPECT_EQ(layout.subheadline, "") << line;
  }
  const char* const kAfter[] = {
      "Share this article",
      "Listen to this article \xC2\xB7 4 min",
      "7 min read",
      "Photograph: Dredgers at work in the outer harbour",
  };
  for (const char* line : kAfter) {
    const std::string text =
        std::string("Harbour Dredging To Begin In Spring\n\n") + line + "\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.headline, "Harbour Dredging To Begin In Spring") << line;
    EXPECT_EQ(layout.subheadline, "") << line;
    EXPECT_EQ(First(text, layout).rfind("The port authority said", 0), 0u) << line;
  }
}

// "Home > Business > Markets": the breadcrumb's last step is the section.
TEST(ReadLayout, BreadcrumbGivesTheSection) {
  const char* const kCrumbs[] = {
      "Home > Business > Markets",
      "Business \xE2\x80\xBA Markets",
      "News / Business / Markets",
      "Home \xC2\xBB Markets",
  };
  for (const char* crumb : kCrumbs) {
    const std::string text =
        std::string(crumb) + "\n\nHarbour Dredging To Begin In Spring\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.section, "Markets") << crumb;
    EXPECT_EQ(layout.headline, "Harbour Dredging To Begin In Spring") << crumb;
  }
  // A section line says more than a breadcrumb.
  const std::string text = std::string("Home > News\nMarkets\n9 March 2021\n\n") +
                           "Harbour Dredging To Begin In Spring\n\n" + kBody;
  EXPECT_EQ(ReadLayout(text).section, "Markets");
  // Two things joined by one slash are a headline.
  const std::string slash = std::string("Oil / Gas Prices Climb\n\n") + kBody;
  EXPECT_EQ(ReadLayout(slash).headline, "Oil / Gas Prices Climb");
}

// Bylines name people: agencies and job titles after a comma or a bar, and a
// place after "in" or "at", are no names; a byline beside a date gives both.
TEST(ReadLayout, BylinesWithAgenciesTitlesAndDates) {
  struct Case {
    const char* line;
    std::vector<std::string> authors;
    bool dated;
  };
  const Case kCases[] = {
      {"By Ruth Amsel and Tomas Kerr | Reuters", {"Ruth Amsel", "Tomas Kerr"}, false},
      {"By RUTH AMSEL, Associated Press", {"RUTH AMSEL"}, false},
      {"By Ruth Amsel, Transport Correspondent", {"Ruth Amsel"}, false},
      {"By Ruth Amsel in Dunmore", {"Ruth Amsel"}, false},
      {"By Ruth Amsel | 9 March 2021", {"Ruth Amsel"}, true},
      {"By Ruth Amsel \xC2\xB7 March 9, 2021 10:15 am ET", {"Ruth Amsel"}, true},
      {"By Ruth Amsel on March 9, 2021", {"Ruth Amsel"}, true},
      {"By Ruth Amsel and Tomas Kerr, 9 March 2021", {"Ruth Amsel", "Tomas Kerr"}, true},
      {"Posted by Ruth Amsel on 9 March 2021 at 10:15", {"Ruth Amsel"}, true},
      {"By Ruth Amsel Published March 9, 2021", {"Ruth Amsel"}, true},
      {"Written by Ruth Amsel", {"Ruth Amsel"}, false},
  };
  for (const Case& c : kCases) {
    const std::string text =
        std::string("Harbour Dredging To Begin In Spring\n\n") + c.line + "\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.authors, c.authors) << c.line;
    EXPECT_EQ(layout.publish_date.has_value(), c.dated) << c.line;
    if (c.dated) ExpectDate(layout, Date(2021, 3, 9), c.line);
    EXPECT_EQ(layout.subheadline, "") << c.line;
  }
}

// A headline in capitals is the headline as written.
TEST(ReadLayout, HeadlineInCapitals) {
  const std::string text = std::string("HARBOUR DREDGING TO BEGIN IN SPRING\n\n") + kBody;
  EXPECT_EQ(ReadLayout(text).headline, "HARBOUR DREDGING TO BEGIN IN SPRING");
}

// A line after the headline that is only a time, a relative time or a list of
// names is no standfirst.
TEST(ReadLayout, TimesAndNameListsAreNoStandfirst) {
  const char* const kLines[] = {
      "11:58 a.m.",
      "Updated 5 hours ago",
      "10.15am BST",
      "Ruth Amsel and Tomas Kerr",
      "Ruth Amsel, Reuters",
  };
  for (const char* line : kLines) {
    const std::string text =
        std::string("Harbour Dredging To Begin In Spring\n\n") + line + "\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.headline, "Harbour Dredging To Begin In Spring") << line;
    EXPECT_EQ(layout.subheadline, "") << line;
  }
}

// "LONDON, June 21 (Reuters) -": the dateline is the place; a date without a year
// gives no publish date.
TEST(ReadLayout, WireDatelineWithADateWithoutYear) {
  const char* const kOpeners[] = {
      "DUNMORE, June 21 (Reuters) - ",
      "DUNMORE, Ireland, June 21 (Reuters) - ",
      "DUNMORE/CORK, Oct 3 (Reuters) - ",
      "DUNMORE, Sept. 3 \xE2\x80\x94 ",
  };
  for (const char* opener : kOpeners) {
    const std::string text = std::string("Harbour Dredging To Begin In Spring\n\n") + opener +
                             "The port authority said on Thursday that it would dredge the "
                             "channel.\n\nWork starts in spring.\n";
    const Layout layout = ReadLayout(text);
    const std::string want = absl::string_view(opener).substr(0, 4) == "DUNM" &&
                                     absl::string_view(opener).substr(7, 5) == "/CORK"
                                 ? "DUNMORE/CORK"
                                 : "DUNMORE";
    EXPECT_EQ(layout.dateline, want) << opener;
    EXPECT_FALSE(layout.publish_date.has_value()) << opener;
  }
}

// A known section name alone above the headline, blank lines around it, is the
// section, not the headline (in title case when written in capitals: "WORLD" ->
// "World").
TEST(ReadLayout, LoneSectionNameAboveTheHeadline) {
  const char* const kSections[] = {"Environment", "WORLD", "Opinion", "Middle East"};
  for (const char* written : kSections) {
    const std::string section =
        std::string(written) == "WORLD" ? std::string("World") : std::string(written);
    const std::string text = std::string(written) +
                             "\n\nHarbour Dredging To Begin In Spring\n\n"
                             "Ships will reach the inner docks again from next year\n\n" +
                             kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.section, section) << section;
    EXPECT_EQ(layout.headline, "Harbour Dredging To Begin In Spring") << section;
    EXPECT_EQ(layout.subheadline, "Ships will reach the inner docks again from next year")
        << section;
  }
  // Not before a body paragraph: no headline there.
  const std::string body_next = std::string("Environment\n\n") + kBody;
  EXPECT_EQ(ReadLayout(body_next).section, "");
}

// Single-spaced copy: no blank line anywhere, every line its own paragraph. The
// header reads as it does with blank lines between its lines; a hard-wrapped
// block (a line running on in lowercase) stays one paragraph.
TEST(ReadLayout, SingleSpacedCopy) {
  const std::string text =
      "Farmers brace for a second dry season\n"
      "Maize yields could fall by a third this year, the ministry warns\n"
      "By Chanda Mwale\n"
      "28 November 2026\n"
      "The agriculture ministry said on Friday that yields could fall.\n"
      "Farmers in the south have planted twice.\n";
  const Layout layout = ReadLayout(text);
  EXPECT_EQ(layout.headline, "Farmers brace for a second dry season");
  EXPECT_EQ(layout.subheadline,
            "Maize yields could fall by a third this year, the ministry warns");
  ASSERT_EQ(layout.authors.size(), 1u);
  EXPECT_EQ(layout.authors[0], "Chanda Mwale");
  ExpectDate(layout, Date(2026, 11, 28), text);
  EXPECT_EQ(First(text, layout),
            "The agriculture ministry said on Friday that yields could fall.");
  EXPECT_EQ(layout.paragraphs.size(), 2u);
  const std::string wrapped =
      "Farmers brace for a second dry season\n"
      "The agriculture ministry said on Friday that yields\n"
      "could fall by a third.\n";
  const Layout block = ReadLayout(wrapped);
  EXPECT_EQ(block.headline, "Farmers brace for a second dry season");
  ASSERT_EQ(block.paragraphs.size(), 1u);
  EXPECT_EQ(First(wrapped, block),
            "The agriculture ministry said on Friday that yields\ncould fall by a third.");
}

// A line of nothing but no-break spaces is a blank line, and a line's own
// leading and trailing no-break spaces are no part of it.
TEST(ReadLayout, NoBreakSpacesAreSpaces) {
  const std::string text = "Port dredging to begin in spring\n\xC2\xA0\n" +
                           std::string(kBody) + "\xC2\xA0Silt costs the port \xC2\xA3" +
                           "2m a year.\xC2\xA0\n";
  const Layout layout = ReadLayout(text);
  EXPECT_EQ(layout.headline, "Port dredging to begin in spring");
  EXPECT_TRUE(layout.subheadline.empty());
  ASSERT_EQ(layout.paragraphs.size(), 4u);
  const ByteRange& last = layout.paragraphs.back();
  EXPECT_EQ(text.substr(last.first, last.second - last.first),
            "Silt costs the port \xC2\xA3" "2m a year.");
}

// "@coastnews · 17/11/26": a social handle beside the date is furniture.
TEST(ReadLayout, HandleBesideADate) {
  const std::string text = "Bus drivers vote to strike over pay\n\n@coastnews \xC2\xB7 17/11/26\n\n" +
                           std::string(kBody);
  const Layout layout = ReadLayout(text);
  EXPECT_EQ(layout.headline, "Bus drivers vote to strike over pay");
  ExpectDate(layout, Date(2026, 11, 17), text);
  EXPECT_EQ(First(text, layout).substr(0, 18), "The port authority");
}

// "Košice, 3.9.2026 (updated 17:05 CET)": the place the story was filed from,
// then its date line; "Budget talks, 19 November 2026" is no such line.
TEST(ReadLayout, PlaceThenDateLine) {
  const std::string text = "Hospital ordered to pay damages\n\nKo\xC5\xA1ice, 3.9.2026 (updated "
                           "17:05 CET)\n\n" + std::string(kBody);
  const Layout layout = ReadLayout(text);
  EXPECT_EQ(layout.headline, "Hospital ordered to pay damages");
  ExpectDate(layout, Date(2026, 9, 3), text);
  EXPECT_EQ(First(text, layout).substr(0, 18), "The port authority");
}

// "Updated: 15 March 2026" over "Published: 14 March 2026": the story is
// dated by its first publication, whichever line comes first; two update
// stamps keep the first.
TEST(ReadLayout, PublishedLineUnderAnUpdateLine) {
  const char* const kHeaders[] = {
      "Updated: 15 March 2026\nPublished: 14 March 2026",
      "Updated 11:02 AM EDT, March 15, 2026\nPublished 9:40 AM EDT, March 14, 2026",
      "Ann Lee | Updated: 15 March 2026 | Published: 14 March 2026",
      "Published: 14 March 2026\nUpdated: 15 March 2026",
      "Updated: 14 March 2026\nLast modified: 15 March 2026",
  };
  for (const char* header : kHeaders) {
    const std::string text =
        "Ferry fares rise for island residents\n\n" + std::string(header) + "\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.headline, "Ferry fares rise for island residents") << header;
    ExpectDate(layout, Date(2026, 3, 14), text);
    EXPECT_EQ(First(text, layout).substr(0, 18), "The port authority") << header;
  }
}

// "Regional News", a known section name, between the standfirst and the
// byline or under the byline, is the section, not a credit or the site's
// name; beside the date with a person's name, a known section is the section.
TEST(ReadLayout, SectionLineAmongTheCredits) {
  const char* const kHeaders[] = {
      "Ferry fares rise for island residents\nCommuters face a 12% increase\nRegional "
      "News\nBy Ann Lee\n14 March 2026",
      "Ferry fares rise for island residents\nCommuters face a 12% increase\nRegional "
      "News\n14 March 2026",
      "Ferry fares rise for island residents\n\nCommuters face a 12% increase\n\nBy Ann "
      "Lee\nRegional News\n14 March 2026",
      "Ferry fares rise for island residents\n\nCommuters face a 12% increase\n\nRegional "
      "News | 14 March 2026 | Ann Lee",
      "Ferry fares rise for island residents\n\nCommuters face a 12% increase\n\n14 March "
      "2026 | By Ann Lee | Regional News",
  };
  for (const char* header : kHeaders) {
    const std::string text = std::string(header) + "\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.headline, "Ferry fares rise for island residents") << header;
    EXPECT_EQ(layout.subheadline, "Commuters face a 12% increase") << header;
    EXPECT_EQ(layout.section, "Regional News") << header;
    ExpectDate(layout, Date(2026, 3, 14), text);
    EXPECT_EQ(First(text, layout).substr(0, 18), "The port authority") << header;
  }
}

// "Live" or "Analysis" under the headline is a story type, no body; "Posted
// in: Local News" names the section as a blog prints its category.
TEST(ReadLayout, KickerUnderTheHeadlineAndPostedIn) {
  const char* const kHeaders[] = {
      "Ferry fares rise for island residents\n\nLive\nUpdated 14 March 2026 09:40 GMT",
      "Ferry fares rise for island residents\n\nAnalysis\n\n14 March 2026",
      "Ferry fares rise for island residents\n\nPosted in: Local News\n14 March 2026",
  };
  for (const char* header : kHeaders) {
    const std::string text = std::string(header) + "\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.headline, "Ferry fares rise for island residents") << header;
    ExpectDate(layout, Date(2026, 3, 14), text);
    EXPECT_EQ(First(text, layout).substr(0, 18), "The port authority") << header;
  }
  const std::string text = std::string(kHeaders[2]) + "\n\n" + kBody;
  EXPECT_EQ(ReadLayout(text).section, "Local News");
}

// A question of one sentence over the date or byline, or over a standfirst
// over them, is the headline; a question opening plain body text is none.
TEST(ReadLayout, QuestionHeadlineOverTheCredits) {
  const char* const kHeaders[] = {
      "Will the ferry fares rise again this winter?\n\n14 March 2026",
      "Will the ferry fares rise again this winter?\n\nCommuters face a 12% increase\n\nBy "
      "Ann Lee",
  };
  for (const char* header : kHeaders) {
    const std::string text = std::string(header) + "\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.headline, "Will the ferry fares rise again this winter?") << header;
    EXPECT_EQ(First(text, layout).substr(0, 18), "The port authority") << header;
  }
  const std::string plain = "Who pays for the dredging?\n\n" + std::string(kBody);
  const Layout layout = ReadLayout(plain);
  EXPECT_EQ(layout.headline, "");
  EXPECT_EQ(First(plain, layout), "Who pays for the dredging?");
}

// "Home\nNews\nLocal": a breadcrumb copied one step a line gives its last
// step; "Regional News" over the date line is the section, not the site's
// name; "Section: Regional News" under the standfirst is no credit; "Tags:
// …" is furniture.
TEST(ReadLayout, SectionsAroundTheDateAndTags) {
  struct Case {
    const char* header;
    const char* section;
  };
  const Case kCases[] = {
      {"Home\nNews\nLocal\n\nFerry fares rise for island residents\n\n14 March 2026",
       "Local"},
      {"Regional News\n\n14 March 2026\n\nFerry fares rise for island residents", "Regional News"},
      {"Ferry fares rise for island residents\n\nSection: Regional News\n\n14 March 2026",
       "Regional News"},
      {"Ferry fares rise for island residents\n\nTags: ferries, fares\n\n14 March 2026", ""},
  };
  for (const Case& c : kCases) {
    const std::string text = std::string(c.header) + "\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.headline, "Ferry fares rise for island residents") << c.header;
    EXPECT_EQ(layout.section, c.section) << c.header;
    ExpectDate(layout, Date(2026, 3, 14), text);
    EXPECT_EQ(First(text, layout).substr(0, 18), "The port authority") << c.header;
  }
}

// "Posted by Ann Lee on Mar 14, 2026 in Regional News": a blog's byline, its
// date, and its category, a known section; a place there is no section.
TEST(ReadLayout, PostedByOnADateInACategory) {
  const char* const kLines[] = {"Posted by Ann Lee on Mar 14, 2026 in Regional News",
                                "Posted by Ann Lee on Mar 14, 2026 in Stromness"};
  for (const char* line : kLines) {
    const std::string text =
        "Ferry fares rise for island residents\n\n" + std::string(line) + "\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    ExpectDate(layout, Date(2026, 3, 14), text);
    EXPECT_EQ(layout.authors, std::vector<std::string>{"Ann Lee"}) << line;
    EXPECT_EQ(First(text, layout).substr(0, 18), "The port authority") << line;
  }
  EXPECT_EQ(ReadLayout("Ferry fares rise for island residents\n\n" + std::string(kLines[0]) +
                       "\n\n" + kBody)
                .section,
            "Regional News");
}

// Over the byline a standfirst may run to a long sentence (here 215 bytes).
TEST(ReadLayout, LongStandfirstOverTheByline) {
  const std::string standfirst =
      "Islanders who cross to the mainland for work will pay twelve per cent more from "
      "April, while pensioners and students keep their discount, after the operator "
      "blamed fuel and crew costs for its third rise in two years";
  const std::string text = "Ferry fares rise for island residents\n\n" + standfirst +
                           "\n\nBy Ann Lee\n\n14 March 2026\n\n" + kBody;
  const Layout layout = ReadLayout(text);
  EXPECT_EQ(layout.subheadline, standfirst);
  ExpectDate(layout, Date(2026, 3, 14), text);
  EXPECT_EQ(First(text, layout).substr(0, 18), "The port authority");
}

// "Mining" alone between the headline (or standfirst) and the byline or date
// line is the section, and the credits under it are read.
TEST(ReadLayout, LabelAloneOverTheCredits) {
  const char* const kHeaders[] = {
      "Ferry fares rise for island residents\n\nShipping\n\nBy Ann Lee\n\n14 March 2026",
      "Ferry fares rise for island residents\n\nCommuters face a 12% increase\n\nShipping\n\n"
      "14 March 2026",
  };
  for (const char* header : kHeaders) {
    const std::string text = std::string(header) + "\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.section, "Shipping") << header;
    ExpectDate(layout, Date(2026, 3, 14), text);
    EXPECT_EQ(First(text, layout).substr(0, 18), "The port authority") << header;
  }
}

// A place alone (or joined under the standfirst) between the headline and the
// credits is where the story was filed from, no section: a town and its
// country, a plain town, a country; a label naming a topic stays the section.
TEST(ReadLayout, PlaceOverTheCreditsIsNoSection) {
  constexpr char kHeadline[] = "Ferry fares rise for island residents\n\n";
  const char* const kPlaces[] = {
      "Kitwe, Zambia\n\nBy Ann Lee\n\n14 March 2026",
      "Lusaka\n\nBy Ann Lee\n\n14 March 2026",
      "Stone Town\n\n14 March 2026",
      "Malawi\n\nBy Ann Lee\n\n14 March 2026",
      "Commuters face a 12% increase\nMombasa\nBy Ann Lee\n14 March 2026",
  };
  for (const char* header : kPlaces) {
    const std::string text = kHeadline + std::string(header) + "\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.section, "") << header;
    ExpectDate(layout, Date(2026, 3, 14), text);
    EXPECT_EQ(First(text, layout).substr(0, 18), "The port authority") << header;
  }
  for (const char* topic : {"Fisheries", "Tourism", "Forestry"}) {
    const std::string text =
        kHeadline + std::string(topic) + "\n\nBy Ann Lee\n\n14 March 2026\n\n" + kBody;
    EXPECT_EQ(ReadLayout(text).section, topic);
  }
}

// A town whose name ends like a common noun ("Beijing", "Reading",
// "Coventry", "Canterbury") alone between the headline and the credits is a
// place too, no section; a field's gerund or -ery/-stry noun stays a section.
TEST(ReadLayout, PlaceWithANounsEndingOverTheCreditsIsNoSection) {
  constexpr char kHeadline[] = "Ferry fares rise for island residents\n\n";
  for (const char* place : {"Beijing", "Reading", "Kuching", "Coventry", "Canterbury",
                            "Salisbury", "Derry"}) {
    for (const char* credits : {"\n\nBy Ann Lee\n\n14 March 2026", "\n\n14 March 2026"}) {
      const std::string text = kHeadline + std::string(place) + credits + "\n\n" + kBody;
      const Layout layout = ReadLayout(text);
      EXPECT_EQ(layout.section, "") << place << credits;
      ExpectDate(layout, Date(2026, 3, 14), text);
      EXPECT_EQ(First(text, layout).substr(0, 18), "The port authority") << place;
    }
  }
  for (const char* topic : {"Mining", "Banking", "Fishing", "Poultry", "Fisheries", "Industry",
                            "Brewery", "Dairy"}) {
    const std::string text =
        kHeadline + std::string(topic) + "\n\nBy Ann Lee\n\n14 March 2026\n\n" + kBody;
    EXPECT_EQ(ReadLayout(text).section, topic);
  }
}

// The place alone over the credits is where the story was filed from: the
// dateline, unless the lede opens with its own ("KITWE, Zambia —"); a topic
// there is the section and no dateline.
TEST(ReadLayout, PlaceOverTheCreditsIsTheDateline) {
  constexpr char kHeadline[] = "Ferry fares rise for island residents\n\n";
  for (const char* place : {"Lusaka", "Malawi", "Coventry", "Kasama"}) {
    const std::string text =
        kHeadline + std::string(place) + "\n\nBy Ann Lee\n\n14 March 2026\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.section, "") << place;
    EXPECT_EQ(layout.dateline, place);
  }
  const std::string joined = std::string(kHeadline) +
                             "Commuters face a 12% increase\nMombasa\nBy Ann Lee\n14 March 2026"
                             "\n\n" + kBody;
  EXPECT_EQ(ReadLayout(joined).dateline, "Mombasa");
  for (const char* filed : {"Kitwe, Zambia", "Filed from Kitwe, Zambia", "Reporting from Kitwe"}) {
    const std::string text =
        kHeadline + std::string(filed) + "\n\nBy Ann Lee\n\n14 March 2026\n\n" + kBody;
    const std::string want = absl::StrContains(filed, "Zambia") ? "Kitwe, Zambia" : "Kitwe";
    EXPECT_EQ(ReadLayout(text).dateline, want) << filed;
  }
  const std::string mining =
      std::string(kHeadline) + "Mining\n\nBy Ann Lee\n\n14 March 2026\n\n" + kBody;
  EXPECT_EQ(ReadLayout(mining).dateline, "");
  const std::string lede = std::string(kHeadline) +
                           "Lusaka\n\nBy Ann Lee\n\n14 March 2026\n\nKITWE, Zambia — " + kBody;
  EXPECT_EQ(ReadLayout(lede).dateline, "KITWE");
}

// Over the byline or date line a standfirst may quote someone or run to two
// sentences; alone over the body it may not.
TEST(ReadLayout, StandfirstThatQuotesOrHasTwoSentences) {
  const char* const kStandfirsts[] = {
      "Operator says the rise is \xE2\x80\x9Cunavoidable\xE2\x80\x9D as fuel costs climb",
      "Commuters face a 12% increase. Pensioners keep their discount.",
  };
  for (const char* standfirst : kStandfirsts) {
    for (const char* credits : {"By Ann Lee\n\n14 March 2026", "14 March 2026"}) {
      const std::string text = "Ferry fares rise for island residents\n\n" +
                               std::string(standfirst) + "\n\n" + credits + "\n\n" + kBody;
      const Layout layout = ReadLayout(text);
      EXPECT_EQ(layout.subheadline, standfirst) << text;
      ExpectDate(layout, Date(2026, 3, 14), text);
      EXPECT_EQ(First(text, layout).substr(0, 18), "The port authority") << text;
    }
  }
  const std::string text = "Ferry fares rise for island residents\n\n" +
                           std::string(kStandfirsts[1]) + "\n\n" + kBody;
  EXPECT_EQ(ReadLayout(text).subheadline, "");
}

// "Updated: 15 March 2026" over the headline keeps its label ("Updated" is
// also a kicker), so "Published: 14 March 2026" under the standfirst dates
// the story.
TEST(ReadLayout, UpdateLineOverTheHeadline) {
  const std::string text =
      "Updated: 15 March 2026\n\nFerry fares rise for island residents\n\nCommuters face a "
      "12% increase\n\nPublished: 14 March 2026\n\n" + std::string(kBody);
  const Layout layout = ReadLayout(text);
  EXPECT_EQ(layout.headline, "Ferry fares rise for island residents");
  EXPECT_EQ(layout.subheadline, "Commuters face a 12% increase");
  ExpectDate(layout, Date(2026, 3, 14), text);
  EXPECT_EQ(First(text, layout).substr(0, 18), "The port authority");
}

// "Story published: 14 March 2026", "Date of release: …", "For immediate
// release: …": a label of a few words before the colon, one of them a date
// label's, over a date; "Live updates: 14 March 2026" is none.
TEST(ReadLayout, DateAfterALabelledColon) {
  for (const char* line : {"Story published: 14 March 2026", "Date of release: 14 March 2026",
                           "For immediate release: 14 March 2026", "Dated: 14 March 2026"}) {
    const std::string text =
        "Ferry fares rise for island residents\n\n" + std::string(line) + "\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    ExpectDate(layout, Date(2026, 3, 14), text);
    EXPECT_EQ(First(text, layout).substr(0, 18), "The port authority") << line;
  }
}

// A line under the headline with no blank line between carries it on only
// when it opens with an ordinary lowercase word and is no byline, date or
// credit: "by Ann Lee", "updated 3 March 2026", "via Reuters" are header
// lines, and "iPhone ..." opens a name.
TEST(Layout, ALowercaseBylineDateOrCreditDoesNotCarryTheHeadlineOn) {
  constexpr char kTitle[] = "Dredgers return to the harbour channel";
  for (const char* line : {"by Ann Lee", "updated 3 March 2026", "via Reuters",
                           "iPhone makers ship parts through the port"}) {
    const std::string text = std::string(kTitle) + "\n" + line + "\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_FALSE(absl::StrContains(layout.headline, line)) << line;
  }
  const Layout byline = ReadLayout(std::string(kTitle) + "\nby Ann Lee\n\n" + kBody);
  ASSERT_EQ(byline.authors.size(), 1u);
  EXPECT_EQ(byline.authors[0], "Ann Lee");
  const Layout wrapped =
      ReadLayout(std::string(kTitle) + "\nas crews wait for the silt to clear\n\n" + kBody);
  EXPECT_EQ(wrapped.headline, std::string(kTitle) + " as crews wait for the silt to clear");
}

// A standfirst of two sentences alone over "Name in Place" alone, a byline
// without its "By" set over a picture's caption or the lede: the standfirst
// is read.
TEST(Layout, StandfirstOverNameFromPlace) {
  const std::string kStandfirst =
      "Counts rose for a third year. Biologists credit quieter waters and cleaner estuaries";
  const char* const kUnder[] = {"Pieter de Vries in Harlingen\n\nPhotograph: Seals on a sandbank",
                                "Ines Alvarez and Tom Berg in Cadiz",
                                "Marta Nowak at Gdansk"};
  for (const char* under : kUnder) {
    const std::string text = "Environment\n\nHarbour seals return to the Wadden Sea\n\n" +
                             kStandfirst + "\n\n" + under + "\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.headline, "Harbour seals return to the Wadden Sea") << under;
    EXPECT_EQ(layout.subheadline, kStandfirst) << under;
  }
}

// A live page's headline opens with "Live: " in title case, part of its
// name: the lead stays (a kicker in capitals, "LIVE: ", goes, as a date after
// "Live: " is no headline).
TEST(Layout, LivePageLeadStaysInTheHeadline) {
  const std::string kTitle = "Danube floods – river peaks at Bratislava as towns evacuate";
  const std::string credits = "\n\nBy Zuzana Horvathova in Bratislava\n\nSunday 2 November 2025\n\n";
  EXPECT_EQ(ReadLayout("Live: " + kTitle + credits + kBody).headline, "Live: " + kTitle);
  EXPECT_EQ(ReadLayout("LIVE: " + kTitle + credits + kBody).headline, kTitle);
}

}  // namespace
}  // namespace factwire
