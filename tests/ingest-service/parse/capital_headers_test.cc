// Header lines written in capitals or joined by bars read as their title-case
// and arrow-joined forms do: a breadcrumb of two steps joined by a bar ("LOCAL
// NEWS | CITY HALL"), a section in capitals (title-cased: "City Hall"), a
// byline in capitals joining names with "AND".
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "gtest/gtest.h"
#include "ingest-service/parse/layout.h"

namespace factwire {
namespace {

constexpr char kHeader[] =
    "Tenants win rent freeze after council vote at packed meeting\n\n"
    "Landlords say the freeze will push small owners out of the market\n\n"
    "By Tomas Kerr\n\n"
    "March 3, 2026\n\n";
constexpr char kBody[] =
    "The council voted 7-4 on Tuesday night to freeze rents on 3,100 flats it owns "
    "for two years, after a four-hour meeting.\n\n"
    "The council's housing chief said the freeze would cost about $2 million a year.\n\n"
    "Tenants' groups welcomed the vote.\n";

std::string Page(absl::string_view first_line) {
  return std::string(first_line) + "\n\n" + kHeader + kBody;
}

// "LOCAL NEWS | CITY HALL", "Sport | Rugby League": a known section and a label
// joined by a bar are a breadcrumb; the label is the section, title-cased when
// written in capitals.
TEST(CapitalHeaders, BarJoinedBreadcrumbGivesTheSection) {
  struct Case {
    const char* line;
    const char* section;
  };
  const Case kCases[] = {
      {"LOCAL NEWS | CITY HALL", "City Hall"},
      {"Sport | Rugby League", "Rugby League"},
      {"NEWS | SCOTLAND", "Scotland"},
      {"Business | Retail", "Retail"},
  };
  for (const Case& c : kCases) {
    const Layout layout = ReadLayout(Page(c.line));
    EXPECT_EQ(layout.section, c.section) << c.line;
    EXPECT_EQ(layout.headline, "Tenants win rent freeze after council vote at packed meeting")
        << c.line;
  }
  // A site's name after a bar, and a menu of several sections, give no
  // section of their own.
  for (const char* line : {"Politics | The Harbour Gazette", "News | Sport | Weather | Travel",
                           "Opinion | Reuters"}) {
    const Layout layout = ReadLayout(Page(line));
    EXPECT_NE(layout.section, absl::string_view(line).substr(absl::string_view(line).rfind(' ') + 1))
        << line;
    EXPECT_NE(layout.section, "The Harbour Gazette") << line;
  }
}

// A section written in capitals is title-cased, its short words ("and", "of")
// in lowercase and initials ("U.S.", "UK", a lone "UAE") kept; one in title case or mixed
// case stays as written.
TEST(CapitalHeaders, SectionInCapitalsIsTitleCased) {
  struct Case {
    const char* line;
    const char* section;
  };
  const Case kCases[] = {
      {"EDUCATION", "Education"},
      {"HOME > NEWS > CITY AND COUNTY", "City and County"},
      {"U.S. NEWS", "U.S. News"},
      {"SCIENCE & ENVIRONMENT", "Science & Environment"},
      {"UK POLITICS", "UK Politics"},
      {"UAE", "UAE"},
      {"Home > News > Local Government", "Local Government"},
      {"Business", "Business"},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(ReadLayout(Page(c.line)).section, c.section) << c.line;
  }
}

// "BY JANE DOE AND SAM ROE": names in capitals joined by "AND" are two names.
TEST(CapitalHeaders, BylineInCapitalsJoinsNamesWithAnd) {
  EXPECT_EQ(Byline("BY RUTH AMSEL AND TOMAS KERR"),
            (std::vector<std::string>{"RUTH AMSEL", "TOMAS KERR"}));
  EXPECT_EQ(Byline("By Ruth Amsel and Tomas Kerr"),
            (std::vector<std::string>{"Ruth Amsel", "Tomas Kerr"}));
  const std::string text =
      "Tenants win rent freeze after council vote at packed meeting\n\n"
      "BY RUTH AMSEL AND TOMAS KERR | STAFF REPORTERS\n\n"
      "MARCH 3, 2026\n\n" + std::string(kBody);
  const Layout layout = ReadLayout(text);
  EXPECT_EQ(layout.authors, (std::vector<std::string>{"RUTH AMSEL", "TOMAS KERR"}));
  EXPECT_TRUE(layout.publish_date.has_value());
}

// "MIDTOWN | Tenants win rent freeze after council vote at packed meeting": a
// label in capitals and a bar opening the headline's line is a kicker, no
// part of the headline; the standfirst and credits under it keep their
// places. A known section there stays a page title's section ("POLITICS |
// <headline>").
TEST(CapitalHeaders, CapitalLabelAndBarOpeningTheHeadline) {
  constexpr char kHeadline[] = "Tenants win rent freeze after council vote at packed meeting";
  for (const char* label : {"MIDTOWN | ", "EAST RIVERSIDE | ", "FULL STOP | "}) {
    const std::string text = std::string(label) + std::string(kHeader) + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.headline, kHeadline) << label;
    EXPECT_EQ(layout.subheadline,
              "Landlords say the freeze will push small owners out of the market")
        << label;
    EXPECT_EQ(layout.authors, std::vector<std::string>{"Tomas Kerr"}) << label;
    ASSERT_TRUE(layout.publish_date.has_value()) << label;
    EXPECT_EQ(layout.publish_date->day, 3) << label;
  }
  const Layout titled = ReadLayout(std::string("POLITICS | ") + kHeader + kBody);
  EXPECT_EQ(titled.headline, kHeadline);
  EXPECT_EQ(titled.section, "Politics");
}

// "NORTH SHORE | FLOODING | <headline>": two or three labels in capitals, each
// with its bar, opening the headline's line are a kicker as one is; after a
// known section ("WORLD | AFRICA | ...") they are a crumb and give its step.
TEST(CapitalHeaders, TwoCapitalLabelsAndBarsOpeningTheHeadline) {
  constexpr char kHeadline[] = "Tenants win rent freeze after council vote at packed meeting";
  for (const char* labels : {"MIDTOWN | RENTS | ", "EAST RIVERSIDE | HOUSING CRISIS | ",
                             "NORTH | RENTS | HOUSING | ", "GALWAY | RENTS | "}) {
    const Layout layout = ReadLayout(std::string(labels) + kHeader + kBody);
    EXPECT_EQ(layout.headline, kHeadline) << labels;
    EXPECT_EQ(layout.section, "") << labels;
    EXPECT_EQ(layout.authors, std::vector<std::string>{"Tomas Kerr"}) << labels;
    ASSERT_TRUE(layout.publish_date.has_value()) << labels;
  }
  const Layout crumb = ReadLayout(std::string("NEWS | HOUSING | ") + kHeader + kBody);
  EXPECT_EQ(crumb.headline, kHeadline);
  EXPECT_EQ(crumb.section, "Housing");
}

// "HARBOUR ROVERS 2 - 1 MILL TOWN" lines under a headline: results set in
// capitals are the story's body, not furniture, though they are capitals
// joined by a mark as a page's labels are.
TEST(CapitalHeaders, ResultsInCapitalsUnderTheHeadlineStayBody) {
  const std::string text =
      "Weekend results as the league title race goes to the last day\n\n"
      "HARBOUR ROVERS 2 - 1 MILL TOWN\n\n"
      "QUAYSIDE 0 - 0 ST BRENDAN'S\n\n"
      "Rovers lead by a point with one game left.\n";
  const Layout layout = ReadLayout(text);
  EXPECT_EQ(layout.headline, "Weekend results as the league title race goes to the last day");
  // (The first result under the headline is read as its standfirst, as
  // before; the others stay paragraphs.)
  ASSERT_GE(layout.paragraphs.size(), 2u);
  const ByteRange& first = layout.paragraphs[layout.paragraphs.size() - 2];
  EXPECT_EQ(text.substr(first.first, first.second - first.first),
            "QUAYSIDE 0 - 0 ST BRENDAN'S");
}

}  // namespace
}  // namespace factwire
