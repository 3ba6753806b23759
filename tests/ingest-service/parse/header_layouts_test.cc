// Page headers of other sites' layouts: bylines without "By", kickers on the
// headline line, dates with time zones and offsets, and furniture lines
// (reading times, credits, an author's bio) between the headline and the body.
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "gtest/gtest.h"
#include "ingest-service/parse/dates.h"
#include "ingest-service/parse/layout.h"
#include "tests/ingest-service/parse/layout_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_layout::ExpectDay;

constexpr char kHeadline[] = "Ferry Operator Cuts Winter Crossings";
constexpr char kStandfirst[] =
    "Island residents face longer waits as the company trims its timetable";
// A lede that reports, and two more paragraphs.
constexpr char kBody[] =
    "The ferry company said on Monday it would run four crossings a day from "
    "November instead of seven.\n\n"
    "Islanders have asked the county to step in.\n\n"
    "The new timetable starts on November 3.\n";

std::string Page(absl::string_view header) {
  return std::string(header) + "\n\n" + kBody;
}


// A byline without "By": names with an agency, a job or an outlet after a comma,
// a bar or on the next line. It is no standfirst, and the standfirst after it is
// still read.
TEST(HeaderLayouts, BylineWithoutByBeforeTheStandfirst) {
  const char* const kBylines[] = {
      "Priya Natarajan and Owen Hale\nReuters",
      "Priya Natarajan, Transport Correspondent",
      "PRIYA NATARAJAN | The Island Courier",
      "Priya Natarajan and Owen Hale, Associated Press",
      "Priya Natarajan\nSenior Reporter",
      "Priya Natarajan \xC2\xB7 The Island Courier",
  };
  for (const char* byline : kBylines) {
    const std::string text = Page(std::string(kHeadline) + "\n\n" + byline + "\n\n" +
                                  kStandfirst);
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.headline, kHeadline) << byline;
    EXPECT_EQ(layout.subheadline, kStandfirst) << byline;
    const std::string first = layout.authors.empty() ? "" : layout.authors.front();
    EXPECT_TRUE(first == "Priya Natarajan" || first == "PRIYA NATARAJAN")
        << byline;
  }
}

// After the standfirst, a byline without "By" and the author's bio line are
// header lines, not the first body paragraph.
TEST(HeaderLayouts, BylineAndBioAfterTheStandfirst) {
  const char* const kLines[] = {
      "Priya Natarajan, Transport Correspondent\nPriya Natarajan covers transport "
      "and the islands for the Courier.",
      "Owen Hale | The Island Courier\nOwen Hale is a reporter based in Kirkwall.",
      "By Owen Hale\nOwen Hale writes about shipping and ports.",
  };
  for (const char* lines : kLines) {
    const std::string text =
        Page(std::string(kHeadline) + "\n\n" + kStandfirst + "\n\n" + lines);
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.subheadline, kStandfirst) << lines;
    ASSERT_FALSE(layout.paragraphs.empty());
    const ByteRange& first = layout.paragraphs.front();
    EXPECT_EQ(text.substr(first.first, 16), "The ferry compan") << lines;
  }
}

// A person's name is no byline unless an agency, job or outlet credits it; a
// sentence naming people stays body.
TEST(HeaderLayouts, NamesInABodyLineAreNoByline) {
  const std::string text = Page(std::string(kHeadline) + "\n\n" +
                                "Priya Natarajan, a ferry user, said the cuts would "
                                "hurt pensioners.");
  const Layout layout = ReadLayout(text);
  EXPECT_TRUE(layout.authors.empty());
  ASSERT_FALSE(layout.paragraphs.empty());
  EXPECT_EQ(text.substr(layout.paragraphs.front().first, 15), "Priya Natarajan");
}

// "EXCLUSIVE: …", "ANALYSIS - …", "Watch: …": the kicker before the headline on
// its line is no part of the headline.
TEST(HeaderLayouts, KickerOnTheHeadlineLine) {
  const char* const kKickers[] = {"EXCLUSIVE: ", "ANALYSIS: ", "WATCH: ", "LIVE: ",
                                  "Exclusive: ", "Analysis | ", "EXPLAINER - ",
                                  "Breaking: "};
  for (const char* kicker : kKickers) {
    const std::string line = std::string(kicker) + kHeadline;
    const Layout layout = ReadLayout(Page(line + "\n\n" + kStandfirst));
    EXPECT_EQ(layout.headline, kHeadline) << line;
    EXPECT_EQ(layout.subheadline, kStandfirst) << line;
  }
}

// A headline with a colon that is no kicker keeps it ("Ferry cuts: islanders
// protest").
TEST(HeaderLayouts, ColonInAHeadlineIsKept) {
  const char* const kLines[] = {"Ferry cuts: islanders protest at county hall",
                                "Kirkwall: Ferry Operator Cuts Winter Crossings"};
  for (const char* line : kLines) {
    const Layout layout = ReadLayout(Page(std::string(line) + "\n\n" + kStandfirst));
    EXPECT_EQ(layout.headline, line);
  }
}

// Date lines with a zone or an offset after the time: the date is the local date
// as written, also late in the evening, and the offset is no time of day.
TEST(HeaderLayouts, DateLinesWithZonesAndOffsets) {
  struct Case {
    const char* line;
    int hour;
    int minute;
  };
  const Case kCases[] = {
      {"Mon 3 Nov 2025 23.40 GMT", 23, 40},
      {"3 November 2025 23:40 GMT+1", 23, 40},
      {"3 November 2025, 23:40 UTC+05:30", 23, 40},
      {"Nov 3, 2025 11:40 PM UTC-5", 23, 40},
      {"Updated: Nov 03, 2025, 23:40 IST", 23, 40},
      {"3 November 2025 9.30pm AEDT", 21, 30},
      {"3 November 2025 23:40 CET/CEST", 23, 40},
      {"November 3, 2025, 11:40 p.m. ET", 23, 40},
      {"Updated 11:40 PM PST, November 3, 2025", 23, 40},
      {"Published On 3 Nov 2025 3 Nov 2025", 0, 0},
      {"Last Updated: Nov 03, 2025 23:40 IST", 23, 40},
      {"3.11.2025 23:40 MEZ", 23, 40},
  };
  for (const Case& c : kCases) {
    const std::optional<CivilDate> date = ParseDateLine(c.line);
    if (!date.has_value()) {
      ADD_FAILURE() << "no date: " << c.line;
      continue;
    }
    EXPECT_EQ(date->year, 2025) << c.line;
    EXPECT_EQ(date->month, 11) << c.line;
    EXPECT_EQ(date->day, 3) << c.line;
    EXPECT_EQ(date->hour, c.hour) << c.line;
    EXPECT_EQ(date->minute, c.minute) << c.line;
    const Layout layout = ReadLayout(Page(std::string(kHeadline) + "\n\n" + c.line +
                                          "\n\n" + kStandfirst));
    ExpectDay(layout, 2025, 11, 3, c.line);
    EXPECT_EQ(layout.subheadline, kStandfirst) << c.line;
  }
}

// An offset with no zone word before it, or digits that are no offset, make no
// date line.
TEST(HeaderLayouts, OffsetsNeedAZone) {
  EXPECT_FALSE(ParseDateLine("3 November 2025 +5 more").has_value());
  EXPECT_FALSE(ParseDateLine("3 November 2025 GMT+ ferry").has_value());
}

// Reading times, credits in brackets and a photo credit between the headline and
// the standfirst are skipped; a relative time sets no date.
TEST(HeaderLayouts, FurnitureBetweenHeadlineAndStandfirst) {
  const char* const kLines[] = {
      "Reading time: 4 min",
      "Reading time: 4 minutes",
      "Estimated reading time: 6 minutes",
      "(Getty Images)",
      "(Photo: Owen Hale/AFP)",
      "Photo: Owen Hale/AFP",
      "Owen Hale/AFP via Getty Images",
      "2 hours ago",
      "Updated 35 minutes ago",
  };
  for (const char* line : kLines) {
    const std::string text =
        Page(std::string(kHeadline) + "\n\n" + line + "\n\n" + kStandfirst);
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.headline, kHeadline) << line;
    EXPECT_EQ(layout.subheadline, kStandfirst) << line;
    EXPECT_FALSE(layout.publish_date.has_value()) << line;
  }
}

// Labelled bylines ("Written by: …", "Author: …" or "author: …", "Reporting by
// …; Editing by …"), contact lines (an @handle, an email), share buttons, a listen button with
// its duration and a date line of date, time and outlet parts set apart by
// slashes are header lines: none is the standfirst, and the standfirst after
// them is still read.
TEST(HeaderLayouts, LabelledBylinesContactsAndButtons) {
  const char* const kLines[] = {
      "Written by: Owen Hale",
      "Author: Owen Hale",
      "author: Owen Hale",
      "reporting by Owen Hale",
      "Reporting by Owen Hale; Editing by Priya Natarajan",
      "By Owen Hale @owenhale",
      "Owen Hale\nowen.hale@courier.example",
      "Owen Hale\nTransport Editor\n@owenhale",
      "Share on Facebook\nShare on X\nEmail",
      "Listen to article (4 min)",
      "Nov 3, 2025 / 11:40 PM / Island Courier",
  };
  for (const char* lines : kLines) {
    const std::string text =
        Page(std::string(kHeadline) + "\n\n" + lines + "\n\n" + kStandfirst);
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.headline, kHeadline) << lines;
    EXPECT_EQ(layout.subheadline, kStandfirst) << lines;
    const std::string first = layout.authors.empty() ? "" : layout.authors.front();
    if (absl::StrContains(lines, "Owen Hale")) {
      EXPECT_EQ(first, "Owen Hale") << lines;
    }
  }
  const Layout dated = ReadLayout(
      Page(std::string(kHeadline) + "\n\n" + kLines[10] + "\n\n" + kStandfirst));
  ExpectDay(dated, 2025, 11, 3, kLines[10]);
}

// A name over a date line in one block, a "Published" label over the date, and
// BBC-style "Image source, …" / "Image caption, …" lines: the name is the
// author, the date is read, and the standfirst after them is still read.
TEST(HeaderLayouts, NameOverDateLabelsAndCommaCaptions) {
  const char* const kLines[] = {
      "Owen Hale\nMon 3 Nov 2025 23.40 GMT",
      "Published\n3 November 2025",
      "Image source, Getty Images\nImage caption, Ferries moored at Kirkwall",
      "Comments (12)",
  };
  for (const char* lines : kLines) {
    const std::string text =
        Page(std::string(kHeadline) + "\n\n" + lines + "\n\n" + kStandfirst);
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.headline, kHeadline) << lines;
    EXPECT_EQ(layout.subheadline, kStandfirst) << lines;
    if (absl::StrContains(lines, "Nov")) ExpectDay(layout, 2025, 11, 3, lines);
    if (absl::StrContains(lines, "Owen Hale")) {
      EXPECT_EQ(layout.authors.empty() ? "" : layout.authors.front(), "Owen Hale") << lines;
    }
  }
}

// "Opinion by …", "Analysis by …" open a byline; "Follow @…" is furniture.
TEST(HeaderLayouts, GenreBylinesAndFollowLines) {
  const char* const kLines[] = {"Opinion by Owen Hale", "Analysis by Owen Hale",
                                "Owen Hale\nFollow @owenhale"};
  for (const char* lines : kLines) {
    const Layout layout = ReadLayout(
        Page(std::string(kHeadline) + "\n\n" + lines + "\n\n" + kStandfirst));
    EXPECT_EQ(layout.subheadline, kStandfirst) << lines;
    EXPECT_EQ(layout.authors.empty() ? "" : layout.authors.front(), "Owen Hale") << lines;
  }
}

// Wire style: "UPDATE 2-<headline>", "EXCLUSIVE-<headline>", "ANALYSIS-…": the
// kicker in capitals glued to the headline by a hyphen is cut; a hyphenated
// word opening a headline is kept.
TEST(HeaderLayouts, WireKickersGluedByAHyphen) {
  for (const char* kicker : {"UPDATE 2-", "UPDATE 11-", "EXCLUSIVE-", "ANALYSIS-"}) {
    const std::string line = std::string(kicker) + kHeadline;
    const Layout layout = ReadLayout(Page(line + "\n\n" + kStandfirst));
    EXPECT_EQ(layout.headline, kHeadline) << line;
  }
  const char* const kKept = "Live-in carers win pay rise after tribunal";
  EXPECT_EQ(ReadLayout(Page(std::string(kKept) + "\n\n" + kStandfirst)).headline, kKept);
}

// A site name over the page (a short Title-Case line, then a breadcrumb, a
// section or a date line, then a longer headline): the site name is no
// headline, and the headline is not taken as the standfirst.
TEST(HeaderLayouts, SiteNameAboveTheHeader) {
  const char* const kTops[] = {
      "The Harbour Ledger\n\nHome \xE2\x80\xBA News \xE2\x80\xBA Transport",
      "Coastal Shipping Review\n\nTransport",
      "The Harbour Ledger\n\n3 November 2025",
      "Island Post\nHome \xC2\xBB Transport",
  };
  for (const char* top : kTops) {
    const std::string text = Page(std::string(top) + "\n\n" + kHeadline + "\n\n" +
                                  kStandfirst);
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.headline, kHeadline) << top;
    EXPECT_EQ(layout.subheadline, kStandfirst) << top;
    const absl::string_view site = absl::string_view(top).substr(0, absl::string_view(top).find('\n'));
    EXPECT_NE(layout.section, site) << top;
  }
  // A short headline over a date line and a longer standfirst is no site name.
  const std::string short_headline = "Ferry Cuts Anger Islanders";
  const Layout kept = ReadLayout(
      Page(short_headline + "\n\n3 November 2025\n\n" + kStandfirst));
  EXPECT_EQ(kept.headline, short_headline);
  EXPECT_EQ(kept.subheadline, kStandfirst);
}

// A breadcrumb with "›", "»" or ">" between its steps gives the last step as
// the section.
TEST(HeaderLayouts, BreadcrumbSeparators) {
  const char* const kCrumbs[] = {"Home \xE2\x80\xBA News \xE2\x80\xBA Transport",
                                 "Home \xC2\xBB News \xC2\xBB Transport",
                                 "Home > News > Transport"};
  for (const char* crumb : kCrumbs) {
    const Layout layout = ReadLayout(
        Page(std::string(crumb) + "\n\n" + kHeadline + "\n\n" + kStandfirst));
    EXPECT_EQ(layout.section, "Transport") << crumb;
    EXPECT_EQ(layout.headline, kHeadline) << crumb;
    EXPECT_EQ(layout.subheadline, kStandfirst) << crumb;
  }
}

// A lone section word directly over the headline (no blank line between) is
// the section, not the headline.
TEST(HeaderLayouts, SectionWordDirectlyOverTheHeadline) {
  for (const char* word : {"Business", "Weather", "Transport"}) {
    const Layout layout = ReadLayout(
        Page(std::string(word) + "\n" + kHeadline + "\n\n" + kStandfirst));
    EXPECT_EQ(layout.headline, kHeadline) << word;
    EXPECT_EQ(layout.section, word) << word;
    EXPECT_EQ(layout.subheadline, kStandfirst) << word;
  }
}

// "Posted: <date> | Last Updated: <date>" and "By <name> | <date>": the first
// date is the publish date, the name the author.
TEST(HeaderLayouts, PostedAndBylineWithDateAfterABar) {
  const char* const kLines[] = {
      "Posted: Nov 03, 2025 7:10 AM EST | Last Updated: Nov 4, 2025",
      "By O. Hale | 3 November 2025",
      "By Owen Hale | 3 November 2025",
  };
  for (const char* line : kLines) {
    const Layout layout = ReadLayout(
        Page(std::string(kHeadline) + "\n\n" + line + "\n\n" + kStandfirst));
    EXPECT_EQ(layout.headline, kHeadline) << line;
    EXPECT_EQ(layout.subheadline, kStandfirst) << line;
    ExpectDay(layout, 2025, 11, 3, line);
    if (absl::StrContains(line, "Hale")) {
      EXPECT_FALSE(layout.authors.empty()) << line;
      if (!layout.authors.empty()) {
        EXPECT_TRUE(absl::EndsWith(layout.authors.front(), "Hale")) << line;
      }
    }
  }
}

// A standfirst that reads like a report (a perfect verb, "says", two commas)
// stands between the headline and a byline or date line that follows it: it is
// the standfirst, and the byline and date after it are read.
TEST(HeaderLayouts, StandfirstBeforeTheBylineOrDate) {
  const char* const kStandfirsts[] = {
      "Harbour master says bookings have fallen since the new timetable was announced",
      "Fares rise, crossings fall, and islanders say nobody asked them",
      "Operator has blamed fuel costs and a shortage of deckhands",
  };
  const char* const kLines[] = {
      "By Owen Hale | 3 November 2025",
      "By Owen Hale\n3 November 2025",
      "Owen Hale | Senior Reporter\n\n3 November 2025",
      "By OWEN HALE / Staff Writer | Published: 3 Nov 2025, 07:00",
      "3 November 2025",
  };
  for (const char* standfirst : kStandfirsts) {
    for (const char* line : kLines) {
      const std::string text =
          Page(std::string(kHeadline) + "\n\n" + standfirst + "\n\n" + line);
      const Layout layout = ReadLayout(text);
      EXPECT_EQ(layout.headline, kHeadline) << line;
      EXPECT_EQ(layout.subheadline, standfirst) << line;
      ExpectDay(layout, 2025, 11, 3, line);
      ASSERT_FALSE(layout.paragraphs.empty());
      const ByteRange& first = layout.paragraphs.front();
      EXPECT_EQ(text.substr(first.first, 16), "The ferry compan") << line;
    }
  }
  // A lede with no header line after it stays the first paragraph.
  const std::string lede =
      "Harbour master says bookings have fallen since the new timetable was announced";
  const Layout layout = ReadLayout(Page(std::string(kHeadline) + "\n\n" + lede));
  EXPECT_TRUE(layout.subheadline.empty());
}

// A short place or desk label over the headline ("Montreal", "Local News") and a
// site name directly over it ("The Lakeside Courier"): the headline is the
// longer line under it; the label is the section, the site name is skipped.
TEST(HeaderLayouts, PlaceLabelOrSiteNameOverTheHeadline) {
  const char* const kLabels[] = {"Montreal", "Kirkwall", "British Columbia",
                                 "Local News"};
  for (const char* label : kLabels) {
    const std::string text = Page(std::string(label) + "\n\n" + kHeadline + "\n\n" +
                                  kStandfirst + "\n\nOwen Hale \xC2\xB7 3 November 2025");
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.headline, kHeadline) << label;
    EXPECT_EQ(layout.subheadline, kStandfirst) << label;
    EXPECT_EQ(layout.section, label) << label;
    ExpectDay(layout, 2025, 11, 3, label);
  }
  for (const char* site : {"The Lakeside Courier", "Orkney Gazette"}) {
    const std::string text =
        Page(std::string(site) + "\n\n" + kHeadline + "\n\n" + kStandfirst);
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.headline, kHeadline) << site;
    EXPECT_EQ(layout.subheadline, kStandfirst) << site;
    EXPECT_TRUE(layout.section.empty()) << site;
  }
  // A two-word headline over a standfirst, with no byline or date: kept.
  const Layout kept = ReadLayout(Page(std::string("Ferry Chaos\n\n") + kStandfirst));
  EXPECT_EQ(kept.headline, "Ferry Chaos");
}

// A topic label in sentence case over the headline ("Rail fares", as some
// papers print their series tag) is the section when a standfirst and then a
// byline or date follow the headline; a short headline over its standfirst and
// byline stays the headline.
TEST(HeaderLayouts, SentenceCaseTopicOverAHeadlineAndStandfirst) {
  const std::string headline = "Commuters face biggest fare rise in a decade";
  for (const char* label : {"Rail fares", "Cost of living"}) {
    for (const char* gap : {"\n\n", "\n"}) {
      const std::string text =
          Page(std::string(label) + gap + headline + gap + kStandfirst + gap +
               "Owen Hale Transport correspondent" + gap + "Mon 3 Nov 2025 06.00 GMT");
      const Layout layout = ReadLayout(text);
      EXPECT_EQ(layout.section, label) << text;
      EXPECT_EQ(layout.headline, headline) << text;
      EXPECT_EQ(layout.subheadline, kStandfirst) << text;
      ExpectDay(layout, 2025, 11, 3, text);
    }
  }
  const Layout kept = ReadLayout(
      Page(std::string("Fares to rise\n\n") + kStandfirst + "\n\nBy Owen Hale"));
  EXPECT_EQ(kept.headline, "Fares to rise");
  EXPECT_EQ(kept.subheadline, kStandfirst);
}

// An agency's or newsroom's initials beside a date ("TNN / Updated: …", as
// Indian papers credit their news service) are no section.
TEST(HeaderLayouts, AgencyInitialsBesideADateAreNoSection) {
  for (const char* line : {"TNN / Updated: Nov 3, 2025, 10:42 IST", "KNA | 3 November 2025",
                           "Antara | 3 November 2025"}) {
    const Layout layout = ReadLayout(Page(std::string(kHeadline) + "\n\n" + line));
    EXPECT_EQ(layout.headline, kHeadline) << line;
    EXPECT_TRUE(layout.section.empty()) << line;
    ExpectDay(layout, 2025, 11, 3, line);
  }
}

// A line of name, outlet and dates whose updated part has no year: the first
// date is read ("Owen Hale · Island News · Posted: … | Last Updated: November 4").
TEST(HeaderLayouts, NameOutletAndDatesWithAnUpdateWithoutYear) {
  const char* const kLines[] = {
      "Owen Hale \xC2\xB7 Island News \xC2\xB7 Posted: Nov 03, 2025 6:14 PM EST | "
      "Last Updated: November 4",
      "Posted: Nov 03, 2025 6:14 PM EST | Updated: Nov 4",
      "Published: 3 Nov 2025, 07:00 | Updated: 4 Nov 2025, 09:12",
  };
  for (const char* line : kLines) {
    const Layout layout = ReadLayout(
        Page(std::string(kHeadline) + "\n\n" + kStandfirst + "\n\n" + line));
    EXPECT_EQ(layout.subheadline, kStandfirst) << line;
    ExpectDay(layout, 2025, 11, 3, line);
  }
}

// German date lines: "03.11.2025, 23:40 Uhr", "3. November 2025", "Montag, 3.
// Nov. 2025"; the local date and time as written.
TEST(HeaderLayouts, GermanDateLines) {
  struct Case {
    const char* line;
    int month;
    int hour;
  };
  const Case kCases[] = {
      {"03.11.2025, 23:40 Uhr", 11, 23},
      {"3. November 2025", 11, 0},
      {"Montag, 3. Nov. 2025, 23:40 Uhr", 11, 23},
      {"Stand: 3. M\xC3\xA4rz 2025, 23:40 Uhr", 3, 23},
      {"Aktualisiert am 3. Juni 2025", 6, 0},
      {"Mittwoch, 3. Dezember 2025", 12, 0},
  };
  for (const Case& c : kCases) {
    const std::optional<CivilDate> date = ParseDateLine(c.line);
    if (!date.has_value()) {
      ADD_FAILURE() << "no date: " << c.line;
      continue;
    }
    EXPECT_EQ(date->year, 2025) << c.line;
    EXPECT_EQ(date->month, c.month) << c.line;
    EXPECT_EQ(date->day, 3) << c.line;
    EXPECT_EQ(date->hour, c.hour) << c.line;
  }
  EXPECT_FALSE(ParseDateLine("Mai Lee und Jan Roe").has_value());
}

// An ISO timestamp on a plain-text date line keeps its local time as written
// ("2025-11-03T23:40:00+01:00" is 23:40 on 3 November, not 01:00).
TEST(HeaderLayouts, IsoDateLineKeepsItsLocalTime) {
  for (const char* line : {"2025-11-03T23:40:00+01:00", "2025-11-03T23:40:00-05:00",
                           "Published 2025-11-03T23:40:00Z"}) {
    const std::optional<CivilDate> date = ParseDateLine(line);
    if (!date.has_value()) {
      ADD_FAILURE() << "no date: " << line;
      continue;
    }
    EXPECT_EQ(date->day, 3) << line;
    EXPECT_EQ(date->hour, 23) << line;
    EXPECT_EQ(date->minute, 40) << line;
  }
}

// Dates a reader cannot date the story by set no date: a relative time, a
// month and day without a year (the year only in a copyright line).
TEST(HeaderLayouts, DatesWithoutAYearSetNoDate) {
  for (const char* line : {"4 hours ago", "Sept 3", "Sept. 3, 11:40 a.m."}) {
    const Layout layout = ReadLayout(Page(std::string(kHeadline) + "\n\n" + line +
                                          "\n\n" + kStandfirst) +
                                     "\n\n\xC2\xA9 2025 The Island Courier\n");
    EXPECT_EQ(layout.headline, kHeadline) << line;
    EXPECT_FALSE(layout.publish_date.has_value()) << line;
  }
  ExpectDay(ReadLayout(Page(std::string(kHeadline) + "\n\nSept. 3, 2025\n\n" +
                            kStandfirst)),
            2025, 9, 3, "Sept. 3, 2025");
}

// Bylines of other layouts give the people only: an outlet in one word after a
// comma ("By Owen Hale, CNN"), "BY" in capitals over a date line, a name before
// an outlet and a date set apart by dots.
TEST(HeaderLayouts, BylinesWithOutletsAndCapitalLeads) {
  const char* const kLines[] = {
      "By Owen Hale, CNN",
      "By Owen Hale and Ruth Amsel, Bloomberg",
      "BY OWEN HALE\nUPDATED NOV 3, 2025 10:48 PM",
      "Owen Hale \xC2\xB7 Island News \xC2\xB7 Posted: Nov 03, 2025 6:14 PM EST",
      "By OWEN HALE / Staff Writer",
  };
  for (const char* line : kLines) {
    const Layout layout = ReadLayout(
        Page(std::string(kHeadline) + "\n\n" + kStandfirst + "\n\n" + line));
    EXPECT_EQ(layout.subheadline, kStandfirst) << line;
    ASSERT_FALSE(layout.authors.empty()) << line;
    EXPECT_TRUE(absl::EqualsIgnoreCase(layout.authors.front(), "Owen Hale"))
        << line << ": " << layout.authors.front();
    for (const std::string& author : layout.authors) {
      EXPECT_EQ(WordCount(author), 2) << line << ": " << author;
    }
  }
}

// A wire story's closing credit line ("(Reporting by …; Editing by …)") is no
// body paragraph; its reporters are the authors when no byline named any.
TEST(HeaderLayouts, ClosingWireCreditIsNoBody) {
  for (const char* credit :
       {"(Reporting by Owen Hale in Kirkwall; Editing by Ruth Amsel)",
        "Reporting by Owen Hale; Additional reporting by Tom Reed; Editing by Ruth Amsel",
        "(Writing by Owen Hale; Editing by Ruth Amsel)"}) {
    const std::string text =
        Page(std::string(kHeadline) + "\n\n" + kStandfirst) + "\n" + credit + "\n";
    const Layout layout = ReadLayout(text);
    ASSERT_FALSE(layout.paragraphs.empty());
    const ByteRange& last = layout.paragraphs.back();
    EXPECT_EQ(text.substr(last.first, 16), "The new timetabl") << credit;
    ASSERT_FALSE(layout.authors.empty()) << credit;
    EXPECT_EQ(layout.authors.front(), "Owen Hale") << credit;
  }
  // A closing line that reports is body.
  const std::string body_line = "Reporting by the council found the ferry late 40 times.";
  const std::string text =
      Page(std::string(kHeadline) + "\n\n" + kStandfirst) + "\n" + body_line + "\n";
  const Layout layout = ReadLayout(text);
  const ByteRange& last = layout.paragraphs.back();
  EXPECT_EQ(text.substr(last.first, last.second - last.first), body_line);
}

// Credit lines of a feature ("Photography by …", "Illustration by …") and a
// byline whose outlet is an acronym ("Owen Hale, BBC") are header lines: the date
// line after them is read and the body starts after it. A byline names no place
// filed from ("Owen Hale, BBC" is no town and region).
TEST(HeaderLayouts, PictureCreditsAndAcronymOutletsBeforeTheDate) {
  const char* const kLines[] = {
      "Words by Owen Hale\nPhotography by Ruth Amsel",
      "By Owen Hale\n\nIllustration by Ruth Amsel",
      "Owen Hale, BBC",
      "Owen Hale and Ruth Amsel, NPR",
  };
  for (const char* line : kLines) {
    const std::string text = Page(std::string(kHeadline) + "\n\n" + kStandfirst + "\n\n" +
                                  line + "\n\nUpdated 7:02 AM EDT, Mon November 3, 2025");
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.subheadline, kStandfirst) << line;
    ExpectDay(layout, 2025, 11, 3, line);
    ASSERT_FALSE(layout.authors.empty()) << line;
    EXPECT_EQ(layout.authors.front(), "Owen Hale") << line;
    EXPECT_EQ(layout.dateline, "") << line;
    ASSERT_FALSE(layout.paragraphs.empty());
    EXPECT_EQ(text.substr(layout.paragraphs.front().first, 16), "The ferry compan") << line;
  }
}

// A known section name alone under the headline is the section, and the
// standfirst after it is read.
TEST(HeaderLayouts, SectionNameUnderTheHeadline) {
  for (const char* section : {"Politics", "Business", "World News"}) {
    const Layout layout = ReadLayout(
        Page(std::string(kHeadline) + "\n\n" + section + "\n\n" + kStandfirst));
    EXPECT_EQ(layout.headline, kHeadline) << section;
    EXPECT_EQ(layout.section, section) << section;
    EXPECT_EQ(layout.subheadline, kStandfirst) << section;
  }
}

// A name alone in its block over a date line in the next block is the author
// and the date is read ("OWEN HALE\n\nNovember 3, 2025").
TEST(HeaderLayouts, NameBlockOverADateBlock) {
  for (const char* name : {"OWEN HALE", "Owen Hale", "Owen Hale and Ruth Amsel"}) {
    const std::string text = Page(std::string(kHeadline) + "\n\n" + kStandfirst + "\n\n" +
                                  name + "\n\nNovember 3, 2025");
    const Layout layout = ReadLayout(text);
    ExpectDay(layout, 2025, 11, 3, name);
    ASSERT_FALSE(layout.authors.empty()) << name;
    EXPECT_TRUE(absl::EqualsIgnoreCase(layout.authors.front(), "Owen Hale")) << name;
    EXPECT_EQ(text.substr(layout.paragraphs.front().first, 16), "The ferry compan") << name;
  }
  // A name with nothing dated after it stays body.
  const std::string text = Page(std::string(kHeadline) + "\n\n" + kStandfirst) +
                           "\nOwen Hale\n";
  EXPECT_TRUE(ReadLayout(text).authors.empty());
}

// "Published 07:00 BST, 3 Nov 2025 | Updated 09:12 BST, 3 Nov 2025": the time
// before the first date is the publish time, not the updated one; "By Owen
// Hale, The Island Courier" names one author.
TEST(HeaderLayouts, PublishedTimeBeforeItsDateAndAnOutletAfterTheName) {
  const std::optional<CivilDate> date = ParseDateLine(
      "Published 07:00 BST, 3 Nov 2025 | Updated 09:12 BST, 3 Nov 2025");
  ASSERT_TRUE(date.has_value());
  EXPECT_EQ(date->hour, 7);
  EXPECT_EQ(date->minute, 0);
  const Layout layout = ReadLayout(Page(std::string(kHeadline) + "\n\n" + kStandfirst +
                                        "\n\nBy Owen Hale, The Island Courier"));
  EXPECT_EQ(layout.authors, std::vector<std::string>{"Owen Hale"});
}

// A site name closed by "Today" or "Online" over the headline is skipped.
TEST(HeaderLayouts, SiteNamesClosedByTodayOrOnline) {
  for (const char* site : {"Island News Today", "Orkney Online"}) {
    const Layout layout = ReadLayout(
        Page(std::string(site) + "\n\n" + kHeadline + "\n\n" + kStandfirst));
    EXPECT_EQ(layout.headline, kHeadline) << site;
    EXPECT_EQ(layout.subheadline, kStandfirst) << site;
  }
}

// A wire dateline with a full date dates a story that has no date line
// ("KIRKWALL, Nov. 3, 2025 (AFP) - …"); without a year it sets none, and a date
// line in the header comes first.
TEST(HeaderLayouts, WireDatelineWithAFullDate) {
  const char* const kLedes[] = {
      "KIRKWALL, Nov. 3, 2025 (AFP) - The ferry company cut its winter timetable.",
      "KIRKWALL, 3 November 2025 (Reuters) \xE2\x80\x94 The ferry company cut its "
      "winter timetable.",
  };
  for (const char* lede : kLedes) {
    const Layout layout = ReadLayout(std::string(kHeadline) + "\n\n" + lede + "\n\n" +
                                     kBody);
    EXPECT_EQ(layout.dateline, "KIRKWALL") << lede;
    ExpectDay(layout, 2025, 11, 3, lede);
  }
  const Layout no_year = ReadLayout(std::string(kHeadline) +
                                    "\n\nKIRKWALL, Nov. 3 (AFP) - The ferry company cut "
                                    "its winter timetable.\n\n" +
                                    kBody);
  EXPECT_FALSE(no_year.publish_date.has_value());
  const Layout dated = ReadLayout(std::string(kHeadline) + "\n\n4 November 2025\n\n" +
                                  kLedes[0] + "\n\n" + kBody);
  ExpectDay(dated, 2025, 11, 4, "date line first");
}

// "Social Sharing" and "Share this" buttons under the byline are furniture,
// not the first body paragraph.
TEST(HeaderLayouts, SocialSharingButtonsAreFurniture) {
  for (const char* button : {"Social Sharing", "Share this", "Share article"}) {
    const std::string text = Page(std::string(kHeadline) + "\n\n" + kStandfirst +
                                  "\n\nOwen Hale \xC2\xB7 Island News\n\n" + button);
    const Layout layout = ReadLayout(text);
    ASSERT_FALSE(layout.paragraphs.empty());
    EXPECT_EQ(text.substr(layout.paragraphs.front().first, 16), "The ferry compan") << button;
  }
}

// A headline and a standfirst hard-wrapped over two lines of their blocks (the
// second opening in lowercase), as plain-text exports wrap long lines, are
// read whole, with one space where the line broke; a paragraph of the body
// wrapped the same way stays one paragraph.
TEST(HeaderLayouts, HardWrappedHeadlineAndStandfirst) {
  const std::string text =
      "Ferry operator cuts winter crossings to four a day as fuel bill\n"
      "climbs again\n\n"
      "Island residents face longer waits as the company trims its\n"
      "timetable for the second year running\n\n"
      "By Mairi Campbell\n\n3 November 2025\n\n" + std::string(kBody);
  const Layout layout = ReadLayout(text);
  EXPECT_EQ(layout.headline,
            "Ferry operator cuts winter crossings to four a day as fuel bill climbs again");
  EXPECT_EQ(layout.subheadline,
            "Island residents face longer waits as the company trims its timetable for the "
            "second year running");
  ExpectDay(layout, 2025, 11, 3, text);
  ASSERT_EQ(layout.authors.size(), 1u);
  EXPECT_EQ(layout.authors[0], "Mairi Campbell");
  EXPECT_EQ(layout.paragraphs.size(), 3u);
}

// A picture's caption under the headline, its sentence closed by the credit
// in brackets, is furniture: the standfirst under it is the standfirst, and the
// credits under that are read. A standfirst that names an agency in brackets
// mid-line stays the standfirst.
TEST(HeaderLayouts, CaptionWithBracketedCreditUnderTheHeadline) {
  for (const char* caption : {"The ferry leaves Kirkwall at dawn. (Owen Hale/AFP)",
                              "Passengers queue at the pier on Monday. (Getty Images)"}) {
    const std::string text = Page(std::string(kHeadline) + "\n\n" + caption + "\n\n" +
                                  kStandfirst + "\n\nBy Mairi Campbell\n\n3 November 2025");
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.subheadline, kStandfirst) << caption;
    ExpectDay(layout, 2025, 11, 3, text);
  }
  constexpr char kNamed[] = "The operator (Orkney Ferries) says fuel costs leave it no choice";
  const Layout named = ReadLayout(
      Page(std::string(kHeadline) + "\n\n" + kNamed + "\n\nBy Mairi Campbell\n\n3 November 2025"));
  EXPECT_EQ(named.subheadline, kNamed);
}

// A wire story's lede or standfirst that closes with the agency alone in
// brackets is text, no caption: only a photographer with an agency, a picture
// agency or a caption label in brackets makes a caption.
TEST(HeaderLayouts, AWireAgencyInBracketsClosesTheLedeNoCaption) {
  constexpr char kLede[] =
      "The ferry will sail four times a day, the company said on Monday. (Reuters)";
  for (const char* header : {"\n\nBy Mairi Campbell, 3 November 2025\n\n", "\n\n"}) {
    const std::string text = std::string(kHeadline) + header + kLede + "\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    bool kept = false;
    for (const ByteRange& p : layout.paragraphs) {
      kept = kept || absl::StartsWith(text.substr(p.first, p.second - p.first), "The ferry will");
    }
    EXPECT_TRUE(kept) << header;
  }
  constexpr char kWireStandfirst[] =
      "Islanders will wait longer as the company trims its timetable. (AP)";
  const Layout standfirst = ReadLayout(Page(std::string(kHeadline) + "\n\n" + kWireStandfirst +
                                            "\n\nBy Mairi Campbell\n\n3 November 2025"));
  EXPECT_EQ(standfirst.subheadline, kWireStandfirst);
  const Layout labelled = ReadLayout(Page(std::string(kHeadline) +
                                          "\n\nThe ferry leaves at dawn. (Photo: Owen Hale)\n\n" +
                                          kStandfirst + "\n\nBy Mairi Campbell"));
  EXPECT_EQ(labelled.subheadline, kStandfirst);
}

// A date line of parts that holds a person's name and a known section, in
// either order around the date, gives the author and the section; a place's
// name there is no author.
TEST(HeaderLayouts, NameAndSectionBesideTheDate) {
  for (const char* line : {"3 November 2025 | Mairi Campbell | Business",
                           "Mairi Campbell \xC2\xB7 Business \xC2\xB7 3 Nov 2025"}) {
    const Layout layout = ReadLayout(Page(std::string(kHeadline) + "\n\n" + line));
    EXPECT_EQ(layout.section, "Business") << line;
    ASSERT_EQ(layout.authors.size(), 1u) << line;
    EXPECT_EQ(layout.authors[0], "Mairi Campbell") << line;
    ExpectDay(layout, 2025, 11, 3, line);
  }
  const Layout place =
      ReadLayout(Page(std::string(kHeadline) + "\n\nNakuru County | 3 Nov 2025 | Business"));
  EXPECT_TRUE(place.authors.empty());
}

// A list's label alone under the headline ("Key points:") is no standfirst:
// the line under it is, and the credits under that are read.
TEST(HeaderLayouts, ListLabelUnderTheHeadline) {
  const std::string text = Page(std::string(kHeadline) + "\n\nKey points:\n\n" + kStandfirst +
                                "\n\nBy Mairi Campbell\n\n3 November 2025");
  const Layout layout = ReadLayout(text);
  EXPECT_EQ(layout.subheadline, kStandfirst);
  ExpectDay(layout, 2025, 11, 3, text);
}

}  // namespace
}  // namespace factwire
