// Page headers of more sites' layouts: a masthead with a tagline, two-step
// slashed breadcrumbs, a name over a relative time, a standfirst in one block
// with its byline, captions with a trailing credit, and wire datelines without a
// dash.
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/string_view.h"
#include "gtest/gtest.h"
#include "ingest-service/parse/dates.h"
#include "ingest-service/parse/layout.h"
#include "tests/ingest-service/parse/layout_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_layout::ExpectDay;
using ::factwire::testing_layout::FirstParagraph;

constexpr char kHeadline[] = "Quarry owner fined over dust from blasting near school";
constexpr char kStandfirst[] =
    "Parents complain of grit on the playground after two years of blasting";
// A lede that reports, and two more paragraphs.
constexpr char kBody[] =
    "A quarry company was fined \xC2\xA3" "45,000 on Tuesday after inspectors found dust "
    "from its blasting had settled on a primary school.\n\n"
    "The company has appealed.\n\n"
    "The quarry employs 60 people.\n";

std::string Page(absl::string_view header) {
  return std::string(header) + "\n\n" + kBody;
}


// A site name with a tagline after a dash or a bar is skipped, over a
// breadcrumb, a section, a date line or directly over the headline; it names no
// author, and the byline and date under the standfirst are read.
TEST(SiteHeaders, MastheadWithATagline) {
  const char* const kTops[] = {
      "The Moorland Gazette \xE2\x80\x94 Your valley, your news\n\nNews / Environment",
      "DALESWIRE \xE2\x80\x94 Independent reporting for the Dales since 2004\n\n"
      "Environment",
      "Upland Voice \xE2\x80\x93 Local news that matters\n\nHome > News > Environment",
      "The Fellside Record \xE2\x80\x94 Serving Kendal and the lakes",
      "QUARRY & AGGREGATES WEEKLY \xE2\x80\x94 The business of extraction\n\n"
      "Regulation / Environment",
  };
  for (const char* top : kTops) {
    const std::string text = Page(std::string(top) + "\n\n" + kHeadline + "\n\n" +
                                  kStandfirst + "\n\nBy Hamish Lowther  |  March 3, 2026");
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.headline, kHeadline) << top;
    EXPECT_EQ(layout.subheadline, kStandfirst) << top;
    EXPECT_EQ(layout.authors, std::vector<std::string>{"Hamish Lowther"}) << top;
    ExpectDay(layout, 2026, 3, 3, top);
    if (absl::StrContains(top, "Environment")) {
      EXPECT_EQ(layout.section, "Environment") << top;
    }
  }
  // A headline with a dash is still the headline.
  const char* const kHeadlines[] = {
      "Quarry Blasting \xE2\x80\x94 what the inspectors found near the school",
      "Dust on the playground \xE2\x80\x94 quarry owner fined",
  };
  for (const char* headline : kHeadlines) {
    const std::string text =
        Page(std::string(headline) + "\n\n" + kStandfirst + "\n\nBy Hamish Lowther");
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.headline, headline);
    EXPECT_EQ(layout.subheadline, kStandfirst) << headline;
  }
}

// A breadcrumb of two short steps joined by " / " gives its last step as the
// section ("News / Environment"); a headline with a slash is no breadcrumb.
TEST(SiteHeaders, TwoStepSlashedBreadcrumb) {
  for (const char* crumb : {"News / Environment", "Research / Residential",
                            "Sport / Rugby Union"}) {
    const std::string text =
        Page(std::string(crumb) + "\n\n" + kHeadline + "\n\n" + kStandfirst);
    const Layout layout = ReadLayout(text);
    const absl::string_view c(crumb);
    EXPECT_EQ(layout.section, c.substr(c.find(" / ") + 3)) << crumb;
    EXPECT_EQ(layout.headline, kHeadline) << crumb;
    EXPECT_EQ(layout.subheadline, kStandfirst) << crumb;
  }
  const std::string slashed = "Quarry fines / school dust: what changes now";
  const Layout layout = ReadLayout(Page(slashed + "\n\n" + kStandfirst));
  EXPECT_EQ(layout.headline, slashed);
}

// A name over a relative time or a bare time in its block is the author; the
// time sets no date, and neither line is body.
TEST(SiteHeaders, NameOverARelativeTime) {
  const char* const kBylines[] = {
      "Hamish Lowther\n4 hours ago",
      "Hamish Lowther\nUpdated 12 minutes ago",
      "Hamish Lowther and Ailsa Grant\n2 hrs ago",
      "HAMISH LOWTHER\n11:20 AM",
  };
  for (const char* byline : kBylines) {
    const std::string text = Page(std::string(kHeadline) + "\n\n" + kStandfirst + "\n\n" +
                                  byline);
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.subheadline, kStandfirst) << byline;
    ASSERT_FALSE(layout.authors.empty()) << byline;
    EXPECT_TRUE(absl::EqualsIgnoreCase(layout.authors.front(), "Hamish Lowther")) << byline;
    EXPECT_FALSE(layout.publish_date.has_value()) << byline;
    EXPECT_TRUE(absl::StartsWith(FirstParagraph(text, layout), "A quarry company"))
        << byline;
  }
  // Without a standfirst, directly under the headline.
  const std::string text = Page(std::string(kHeadline) + "\n\nHamish Lowther\n4 hours ago");
  const Layout layout = ReadLayout(text);
  EXPECT_EQ(layout.authors, std::vector<std::string>{"Hamish Lowther"});
  EXPECT_TRUE(absl::StartsWith(FirstParagraph(text, layout), "A quarry company"));
}

// A header written as one block: headline, standfirst, byline and date on
// consecutive lines.
TEST(SiteHeaders, StandfirstInOneBlockWithTheByline) {
  const char* const kUnders[] = {
      "By Hamish Lowther\nMarch 3, 2026 \xE2\x80\x94 6.00am",
      "Hamish Lowther, Environment Correspondent\n3 March 2026",
      "3 March 2026 | By Hamish Lowther",
  };
  for (const char* under : kUnders) {
    const std::string text = Page(std::string(kHeadline) + "\n" + kStandfirst + "\n" + under);
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.headline, kHeadline) << under;
    EXPECT_EQ(layout.subheadline, kStandfirst) << under;
    EXPECT_EQ(layout.authors, std::vector<std::string>{"Hamish Lowther"}) << under;
    ExpectDay(layout, 2026, 3, 3, under);
    EXPECT_TRUE(absl::StartsWith(FirstParagraph(text, layout), "A quarry company")) << under;
  }
}

// A photo caption closed by its credit ("… Photo: Ailsa Grant/Daleswire")
// between the header lines is furniture, not the first body paragraph.
TEST(SiteHeaders, CaptionWithATrailingCredit) {
  const char* const kCaptions[] = {
      "Dust settles on the playground at Birkdale Primary. Photo: Ailsa Grant/Daleswire",
      "The quarry face at Hollin Gill in February. Photograph: Ailsa Grant",
      "Inspectors visited the site twice last year (Image: Getty Images)",
      "Birkdale Primary School, seen from the quarry road. Picture: Supplied",
  };
  for (const char* caption : kCaptions) {
    const std::string text = Page(std::string(kHeadline) + "\n\n" + kStandfirst + "\n\n" +
                                  caption + "\n\nBy Hamish Lowther\n3 March 2026");
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.subheadline, kStandfirst) << caption;
    EXPECT_EQ(layout.authors, std::vector<std::string>{"Hamish Lowther"}) << caption;
    ExpectDay(layout, 2026, 3, 3, caption);
    EXPECT_TRUE(absl::StartsWith(FirstParagraph(text, layout), "A quarry company"))
        << caption;
  }
  // A body sentence that names a photo is body.
  const std::string body_first =
      "The inspectors took a photo: grit covered the swings.\n\nThe company has appealed.\n";
  const std::string text = std::string(kHeadline) + "\n\n" + body_first;
  const Layout layout = ReadLayout(text);
  EXPECT_TRUE(absl::StartsWith(FirstParagraph(text, layout), "The inspectors took"));
}

// A wire dateline without a dash: the place (any case) and a date or a region,
// then the agency in brackets, then the lede ("Kendal, Mar 3 (PA) The …",
// "Shimla, March 3 (IANS): The …"); a date without a year sets no date.
TEST(SiteHeaders, WireDatelineWithoutADash) {
  const char* const kLedes[] = {
      "Kendal, Mar 3 (PA) The quarry company was fined on Tuesday.",
      "Shimla, March 3 (IANS): The quarry company was fined on Tuesday.",
      "KENDAL, March 3 (PTI) The quarry company was fined on Tuesday.",
      "Navi Mumbai, Mar 3 (ANI) The quarry company was fined on Tuesday.",
  };
  for (const char* lede : kLedes) {
    const Layout layout =
        ReadLayout(std::string(kHeadline) + "\n\n" + lede + "\n\n" + kBody);
    const absl::string_view l(lede);
    EXPECT_EQ(layout.dateline, l.substr(0, l.find(','))) << lede;
    EXPECT_FALSE(layout.publish_date.has_value()) << lede;
  }
  // An ordinary lede with a bracketed acronym is no dateline.
  const Layout layout = ReadLayout(std::string(kHeadline) +
                                   "\n\nThe Health and Safety Executive (HSE) fined the "
                                   "company on Tuesday.\n\n" + kBody);
  EXPECT_EQ(layout.dateline, "");
}

// A standfirst that opens with a headline-style reported verb ("Workers told
// …", "Parents warned …") over a lede is the standfirst.
TEST(SiteHeaders, StandfirstWithAReportedVerb) {
  const char* const kStandfirsts[] = {
      "Parents told the quarry will cut blasting to two days a week",
      "Residents warned that dust could return when the dry weather comes",
      "Staff told to keep windows shut as inspectors step up checks",
  };
  for (const char* standfirst : kStandfirsts) {
    const std::string text = Page(std::string(kHeadline) + "\n\n" + standfirst);
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.subheadline, standfirst);
    EXPECT_TRUE(absl::StartsWith(FirstParagraph(text, layout), "A quarry company"))
        << standfirst;
  }
  // A lede that reports with "told" and ends its sentence stays body.
  const std::string lede =
      "The quarry manager told the hearing that blasting had been cut back.";
  const std::string text = Page(std::string(kHeadline) + "\n\n" + lede);
  const Layout layout = ReadLayout(text);
  EXPECT_TRUE(layout.subheadline.empty());
  EXPECT_EQ(FirstParagraph(text, layout), lede);
}

// Bylines of more layouts: a lowercase "by", a name over an outlet and place
// ("BBC News, Kendal"), a job line under the byline, a name over its bio, and
// "Name, Job | date": the name is the author, and no credit, job or bio line
// becomes the standfirst or the first body paragraph.
TEST(SiteHeaders, BylineVariantsWithJobsOutletsAndBios) {
  const char* const kBylines[] = {
      "by Hamish Lowther\n3 Mar 2026",
      "Hamish Lowther\nBBC News, Kendal\n\nPublished\n3 March 2026",
      "By Hamish Lowther\nEnvironment reporter\n\n3 March 2026",
      "Hamish Lowther\nHamish Lowther writes about farming and the fells.\n\n3 March 2026",
      "Hamish Lowther, Environment Correspondent | March 3, 2026, 6:00 a.m.",
  };
  for (const char* byline : kBylines) {
    const std::string text =
        Page(std::string(kHeadline) + "\n\n" + kStandfirst + "\n\n" + byline);
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.subheadline, kStandfirst) << byline;
    EXPECT_EQ(layout.authors, std::vector<std::string>{"Hamish Lowther"}) << byline;
    ExpectDay(layout, 2026, 3, 3, byline);
    EXPECT_TRUE(absl::StartsWith(FirstParagraph(text, layout), "A quarry company")) << byline;
  }
  // A job line directly under the headline's byline is no standfirst.
  const std::string text =
      Page(std::string(kHeadline) + "\n\nBy Hamish Lowther\nEnvironment reporter");
  const Layout layout = ReadLayout(text);
  EXPECT_EQ(layout.subheadline, "");
  EXPECT_TRUE(absl::StartsWith(FirstParagraph(text, layout), "A quarry company"));
}

// A time written as an hour and "a.m." or "pm" without minutes ("6 a.m. ET",
// "11pm") is read on a date line: AP and US page style.
TEST(SiteHeaders, HourWithoutMinutesOnADateLine) {
  struct Case {
    const char* line;
    int hour;
  };
  const Case kCases[] = {
      {"Published Mar. 3, 2026, 6 a.m. ET", 6},
      {"Mar. 3, 2026 11 p.m.", 23},
      {"Published 9am GMT, 3 March 2026", 9},
      {"Published Mar. 3, 2026, 6 a.m. ET | Updated Mar. 3, 2026, 9:14 a.m. ET", 6},
      {"March 3, 2026 at 12 pm", 12},
  };
  for (const Case& c : kCases) {
    const std::optional<CivilDate> date = ParseDateLine(c.line);
    ASSERT_TRUE(date.has_value()) << c.line;
    EXPECT_EQ(date->day, 3) << c.line;
    EXPECT_EQ(date->hour, c.hour) << c.line;
    EXPECT_EQ(date->minute, 0) << c.line;
    const std::string text =
        Page(std::string(kHeadline) + "\n\n" + kStandfirst + "\n\nBy Hamish Lowther\n" + c.line);
    const Layout layout = ReadLayout(text);
    ExpectDay(layout, 2026, 3, 3, c.line);
    EXPECT_TRUE(absl::StartsWith(FirstParagraph(text, layout), "A quarry company")) << c.line;
  }
  // A count is no time.
  EXPECT_FALSE(ParseDateLine("Mar. 3, 2026, 6 sites").has_value());
}

// "Posted on March 3, 2026 by Hamish Lowther", "Hamish Lowther @hlowther" over
// a date: the date and the author; neither line is the standfirst or body.
TEST(SiteHeaders, DateThenByAndNameWithHandle) {
  const char* const kLines[] = {
      "Posted on March 3, 2026 by Hamish Lowther",
      "March 3, 2026 by Hamish Lowther",
      "Hamish Lowther @hlowther\nMarch 3, 2026",
  };
  for (const char* line : kLines) {
    const std::string text =
        Page(std::string(kHeadline) + "\n\n" + kStandfirst + "\n\n" + line);
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.subheadline, kStandfirst) << line;
    EXPECT_EQ(layout.authors, std::vector<std::string>{"Hamish Lowther"}) << line;
    ExpectDay(layout, 2026, 3, 3, line);
    EXPECT_TRUE(absl::StartsWith(FirstParagraph(text, layout), "A quarry company")) << line;
  }
}

// A date line closed by the place it was filed from after a comma ("…06:00,
// UK", "Published 3 March 2026, Kendal") is a date line, not the standfirst.
TEST(SiteHeaders, DateLineWithAPlaceAfterAComma) {
  const char* const kLines[] = {
      "Tuesday 3 March 2026 06:00, UK",
      "Published 3 March 2026, Kendal",
      "March 3, 2026, 6:00 AM, Lake District",
  };
  for (const char* line : kLines) {
    const std::string text = Page(std::string(kHeadline) + "\n\n" + line);
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.subheadline, "") << line;
    ExpectDay(layout, 2026, 3, 3, line);
    EXPECT_TRUE(absl::StartsWith(FirstParagraph(text, layout), "A quarry company")) << line;
  }
  // A standfirst that names a date and a place is still the standfirst.
  const std::string standfirst = "Inspectors return on 3 March 2026, Kendal court hears";
  const Layout layout = ReadLayout(Page(std::string(kHeadline) + "\n\n" + standfirst));
  EXPECT_FALSE(layout.publish_date.has_value());
}

// Header lines of more sites, each single-spaced as copied: a section label
// glued to its colon ("Topic:Bushfires"), a separator alone on its line ("/"),
// a black circle between place and date, a credit in brackets after the name,
// credits glued by middle dots under the byline, a liveblog's "Key events", an
// update label beside a date and "Press release" over a statement's title.
TEST(SiteHeaders, GluedLabelsMarksAndBracketedCredits) {
  struct Case {
    const char* lines;
    const char* section;
  };
  const Case kCases[] = {
      {"By Ann Lee\nABC News\nTopic:Bushfires\nMon 3 Nov 2025 at 5:41am", "Bushfires"},
      {"/\nBy Ann Lee\nPosted Mon 3 Nov 2025 at 5:41am, updated 2h ago", ""},
      {"Ann Lee (The Jakarta Post)\nKirkwall \xE2\x97\x8F Mon, November 3, 2025", "Kirkwall"},
      {"By Owen Hale\nLocal Democracy Reporter\xC2\xB7" "Orkney Herald\xC2\xB7\n"
       "3 Nov, 2025 05:00 AM\n3 mins to read",
       ""},
      {"Ann Lee and Owen Hale\nLast updated 3 November 2025, 23:40 GMT\nKey events", ""},
      {"Updated / Monday, 3 Nov 2025 10:45\nBy Ann Lee", ""},
  };
  for (const Case& c : kCases) {
    const std::string text =
        absl::StrReplaceAll(Page(std::string(kHeadline) + "\n" + c.lines), {{"\n\n", "\n"}});
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.headline, kHeadline) << text;
    EXPECT_EQ(layout.section, c.section) << text;
    EXPECT_TRUE(layout.subheadline.empty()) << text;
    ExpectDay(layout, 2025, 11, 3, text);
    EXPECT_TRUE(absl::StartsWith(FirstParagraph(text, layout), "A quarry company")) << text;
  }
  const std::string release = absl::StrReplaceAll(
      Page(std::string("Press release\nPublished: 3 November 2025\n") + kHeadline),
      {{"\n\n", "\n"}});
  const Layout layout = ReadLayout(release);
  EXPECT_EQ(layout.headline, kHeadline);
  ExpectDay(layout, 2025, 11, 3, release);
}

// Single-spaced copy: a second section name under the section line is its
// step ("World\nAfrica" -> "Africa", "Business\nKenya" keeps the topic), and
// a name over its credit line or the place it files from, then a date line,
// is the byline (the credit or place is no standfirst and the date is read).
TEST(SiteHeaders, StackedSectionsAndANameOverItsCreditOrPlace) {
  struct Case {
    const char* above;
    const char* below;
    const char* section;
  };
  const Case kCases[] = {
      {"World\nAfrica\n", "Ann Lee\nNairobi\n03 Nov 2025, 14:32 EAT", "Africa"},
      {"Business\nKenya\n", "Owen Hale\nLocal Democracy Reporting Service\n18:00, 3 NOV 2025",
       "Business"},
  };
  for (const Case& c : kCases) {
    const std::string text = absl::StrReplaceAll(
        Page(std::string(c.above) + kHeadline + "\n" + kStandfirst + "\n" + c.below),
        {{"\n\n", "\n"}});
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.headline, kHeadline) << text;
    EXPECT_EQ(layout.section, c.section) << text;
    EXPECT_EQ(layout.subheadline, kStandfirst) << text;
    EXPECT_EQ(layout.authors.size(), 1u) << text;
    ExpectDay(layout, 2025, 11, 3, text);
    EXPECT_TRUE(absl::StartsWith(FirstParagraph(text, layout), "A quarry company")) << text;
  }
}

// A date posted by a site's account ("Posted on November 3, 2025 by Admin")
// is a date line with no author, and a caption label before a slash ("Photo /
// Owen Hale") is a credit, no standfirst.
TEST(SiteHeaders, DatePostedByAnAccountAndASlashedPhotoCredit) {
  const std::string posted = Page("Posted on November 3, 2025 by Admin\n\n" +
                                  std::string(kHeadline) + "\n\n" + kStandfirst);
  const Layout by_account = ReadLayout(posted);
  EXPECT_EQ(by_account.headline, kHeadline);
  EXPECT_EQ(by_account.subheadline, kStandfirst);
  EXPECT_TRUE(by_account.authors.empty());
  ExpectDay(by_account, 2025, 11, 3, posted);
  const std::string credited =
      Page(std::string(kHeadline) + "\n\nBy Ann Lee\n\nUpdated November 03, 2025 10:45 AM "
                                    "NZDT\n\nPhoto / Owen Hale");
  const Layout layout = ReadLayout(credited);
  EXPECT_EQ(layout.headline, kHeadline);
  EXPECT_TRUE(layout.subheadline.empty());
  ExpectDay(layout, 2025, 11, 3, credited);
  EXPECT_TRUE(absl::StartsWith(FirstParagraph(credited, layout), "A quarry company"));
}

}  // namespace
}  // namespace factwire
