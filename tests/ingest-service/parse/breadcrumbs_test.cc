// A breadcrumb's section is its last step, except when that step only names
// the country or region a topic covers ("Business | Czech Republic", "Home >
// Sport > Kenya", "Mining | Zambia"): the section is then the topic before
// it. A country under a topic under a topic ("Business > Dairy > Ireland") or
// under a geographic step ("News > UK > Wales", "World > Europe > Ukraine") is
// the section, as is a topic after a topic ("BUSINESS | COLD STORAGE").
#include <cstddef>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "gtest/gtest.h"
#include "ingest-service/parse/layout.h"

namespace factwire {
namespace {

constexpr char kHeader[] =
    "Dairy co-operative to shut two creameries as milk supply falls\n\n"
    "Farmers say the closures will add hours to collection runs\n\n"
    "By Aine Keogh | 12 February 2026\n\n";
constexpr char kBody[] =
    "The co-operative said on Thursday it would close two of its five creameries "
    "by the summer, with the loss of 85 jobs.\n\n"
    "Milk intake fell by 9% last year, the board said.\n\n"
    "The union has asked for a meeting.\n";

std::string Page(absl::string_view crumb) {
  return std::string(crumb) + "\n\n" + kHeader + kBody;
}

struct Case {
  const char* crumb;
  const char* section;
};

// Expects each case's crumb over the page to give its section, with the
// headline under it read as the headline.
template <size_t N>
void ExpectSectionsOverTheHeadline(const Case (&cases)[N]) {
  for (const Case& c : cases) {
    const Layout layout = ReadLayout(Page(c.crumb));
    EXPECT_EQ(layout.section, c.section) << c.crumb;
    EXPECT_EQ(layout.headline, "Dairy co-operative to shut two creameries as milk supply falls")
        << c.crumb;
  }
}

TEST(Breadcrumbs, CountryAfterADeskGivesTheDesk) {
  const Case kCases[] = {
      {"Business | Czech Republic", "Business"},
      {"Home > Sport > Kenya", "Sport"},
      {"News / Politics / Malaysia", "Politics"},
      {"Politics \xE2\x80\xBA New Zealand", "Politics"},
      {"HEALTH | SOUTH AFRICA", "Health"},
      {"Science & Technology | Japan", "Science & Technology"},
  };
  ExpectSectionsOverTheHeadline(kCases);
}

TEST(Breadcrumbs, LastStepStaysTheSectionOtherwise) {
  const Case kCases[] = {
      // A country under a geographic step.
      {"News \xE2\x80\xBA UK \xE2\x80\xBA Wales", "Wales"},
      {"World > Europe > Ukraine", "Ukraine"},
      {"Home > News > Ireland", "Ireland"},
      // A topic or a place that is no country after a topic.
      {"BUSINESS | COLD STORAGE", "Cold Storage"},
      {"Sport | Rugby League", "Rugby League"},
      {"Business / Kerala / Kochi", "Kochi"},
  };
  for (const Case& c : kCases) {
    const Layout layout = ReadLayout(Page(c.crumb));
    EXPECT_EQ(layout.section, c.section) << c.crumb;
  }
}

// A country under a topic that is itself under a topic ("Markets / Companies
// / Malaysia") is the deepest step of a branch of the site's tree: the
// section, where a country under the crumb's first topic names the topic's
// edition ("Business | Czech Republic" keeps "Business").
TEST(Breadcrumbs, CountryUnderATopicUnderATopicIsTheSection) {
  const Case kCases[] = {
      {"Markets / Companies / Malaysia", "Malaysia"},
      {"Politics \xE2\x80\xBA Elections \xE2\x80\xBA Ireland", "Ireland"},
      {"BUSINESS > ENERGY > KENYA", "Kenya"},
      {"Home > Business > Farming > Ireland", "Ireland"},
  };
  ExpectSectionsOverTheHeadline(kCases);
}

// A country or region right under a beat ("Mining", "Agriculture",
// "Energy") says where the story happens; the beat says what it is about,
// and is the section, as a desk is over its edition ("Business | Ghana").
TEST(Breadcrumbs, CountryUnderABeatKeepsTheBeat) {
  const Case kCases[] = {
      {"Mining | Zambia", "Mining"},
      {"Agriculture \xE2\x80\xBA New Zealand", "Agriculture"},
      {"FISHERIES | NAMIBIA", "Fisheries"},
      {"Home > Energy > Ghana", "Energy"},
      {"Environment | East Africa", "Environment"},
      {"Politics | Maine", "Politics"},
      {"Health \xE2\x80\xBA Queensland", "Health"},
      {"Business | Ghana", "Business"},
  };
  ExpectSectionsOverTheHeadline(kCases);
}

// A country under a sport ("Cricket | India", "Rugby > Wales") names a team
// or a national side, no edition of the page: the sport is the section, as
// the desk is over a country ("Sport | Kenya"); under a sport under the sport
// desk the branch's deepest step stays the section.
TEST(Breadcrumbs, CountryUnderASportKeepsTheSport) {
  const Case kCases[] = {
      {"Cricket | Sri Lanka", "Cricket"},
      {"Football | Scotland", "Football"},
      {"Home \xE2\x80\xBA Rugby \xE2\x80\xBA Wales", "Rugby"},
      {"NETBALL | NEW ZEALAND", "Netball"},
      {"Sport > Athletics > Kenya", "Kenya"},
  };
  ExpectSectionsOverTheHeadline(kCases);
}

// One convention for a country closing a crumb, whatever its length: root
// steps ("Home", a site's name, "News") are set aside; a country right under
// the first topic names its edition (the topic is the section), a country
// under a topic under a topic is the branch's deepest step (the country is). A crumb with and without its root
// gives the same section.
TEST(Breadcrumbs, RootStepsDoNotChangeTheCountryConvention) {
  const Case kCases[] = {
      {"Home \xE2\x80\xBA Business \xE2\x80\xBA Ireland", "Business"},
      {"Business | Ireland", "Business"},
      {"Valley Post | Business | Ireland", "Business"},
      {"Home / News / Business / Ireland", "Business"},
      {"Home \xE2\x80\xBA Farming \xE2\x80\xBA Ireland", "Farming"},
      {"Farming | Ireland", "Farming"},
      {"Valley Post | Farming | Ireland", "Farming"},
      {"Home / News / Farming / Ireland", "Farming"},
      {"Home \xE2\x80\xBA Business \xE2\x80\xBA Dairy \xE2\x80\xBA Ireland", "Ireland"},
      {"Business \xE2\x80\xBA Dairy \xE2\x80\xBA Ireland", "Ireland"},
      {"Valley Post | Business | Dairy | Ireland", "Ireland"},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(ReadLayout(Page(c.crumb)).section, c.section) << c.crumb;
  }
}

// "VALLEY POST — Farming / Dairy", "Harbour Courier — Business › Energy ›
// Cork": a site's name and a dash opening a breadcrumb are no step of it; the
// crumb's last step is the section, and the line is no headline.
TEST(Breadcrumbs, SiteNameAndDashBeforeTheCrumb) {
  const Case kCases[] = {
      {"VALLEY POST \xE2\x80\x94 Farming / Dairy", "Dairy"},
      {"Harbour Courier \xE2\x80\x93 Business / Dairy", "Dairy"},
      {"Valley Wire \xE2\x80\x94 Business \xE2\x80\xBA Energy \xE2\x80\xBA Cork", "Cork"},
      {"Munster Voice \xE2\x80\x94 Politics \xE2\x80\xBA Elections \xE2\x80\xBA Ireland",
       "Ireland"},
  };
  ExpectSectionsOverTheHeadline(kCases);
  // Two clauses of a short headline joined by a slash after a dash are no
  // crumb.
  constexpr char kClauses[] = "Creamery Row \xE2\x80\x94 Jobs / Milk Price Talks Stall";
  EXPECT_EQ(ReadLayout(std::string(kClauses) + "\n\nBy Aine Keogh | 12 February 2026\n\n" +
                       kBody).headline,
            kClauses);
}

// "KERRY | LOCAL GOVERNANCE": a line of labels set in capitals over the
// headline, as a page sets its furniture, whose last label names a field
// (a common noun's ending: "Governance", "Fisheries") is a section line
// under any first label, a county or a state a site files under; a headline
// in capitals over its standfirst is none.
TEST(Breadcrumbs, CapitalLabelsNamingAFieldOverTheHeadline) {
  const Case kCases[] = {
      {"KERRY | LOCAL GOVERNANCE", "Local Governance"},
      {"KERRY \xC2\xB7 FISHERIES", "Fisheries"},
      {"DONEGAL | WATER SANITATION", "Water Sanitation"},
  };
  for (const Case& c : kCases) {
    const Layout layout = ReadLayout(Page(c.crumb));
    EXPECT_EQ(layout.section, c.section) << c.crumb;
    EXPECT_EQ(layout.headline, "Dairy co-operative to shut two creameries as milk supply falls")
        << c.crumb;
    EXPECT_EQ(layout.subheadline, "Farmers say the closures will add hours to collection runs")
        << c.crumb;
  }
  for (const char* line : {"Kerry | Local Governance", "KERRY | CREAMERY TALKS RESUME"}) {
    EXPECT_EQ(ReadLayout(Page(line)).section, "") << line;
  }
}

// "SLIGO | LIVING WITHOUT ELECTRICITY": a kicker in capitals whose last word
// merely ends like a field's noun, three words or with a preposition, is no
// section; a brief field label is ("SLIGO | RURAL TRANSPORT").
TEST(Breadcrumbs, CapitalKickerEndingLikeAFieldIsNoSection) {
  for (const char* line : {"SLIGO | LIVING WITHOUT ELECTRICITY", "CLARE | HOMES WITHOUT INSULATION"}) {
    const Layout layout = ReadLayout(Page(line));
    EXPECT_EQ(layout.section, "") << line;
    EXPECT_EQ(layout.headline, "Dairy co-operative to shut two creameries as milk supply falls")
        << line;
  }
  EXPECT_EQ(ReadLayout(Page("SLIGO | RURAL TRANSPORTATION")).section, "Rural Transportation");
}

// "WEXFORD | COASTAL FLOOD PREVENTION": a field's label in capitals of three
// words, none a title's short word, is a section line as one of one or two
// words is; a kicker in capitals of one or two words under a place
// ("ROSCOMMON | DEVASTATION", "ROSCOMMON | UTTER DEVASTATION") reads alike.
TEST(Breadcrumbs, CapitalFieldLabelsOfUpToThreeWords) {
  const Case kCases[] = {
      {"WEXFORD | COASTAL FLOOD PREVENTION", "Coastal Flood Prevention"},
      {"MAYO | RURAL WATER CONSERVATION", "Rural Water Conservation"},
      {"ROSCOMMON | DEVASTATION", "Devastation"},
      {"ROSCOMMON | UTTER DEVASTATION", "Utter Devastation"},
  };
  for (const Case& c : kCases) {
    const Layout layout = ReadLayout(Page(c.crumb));
    EXPECT_EQ(layout.section, c.section) << c.crumb;
    EXPECT_EQ(layout.headline, "Dairy co-operative to shut two creameries as milk supply falls")
        << c.crumb;
  }
}

// A section line under the headline, alone over the standfirst or between the
// standfirst and the byline ("WEXFORD | FLOOD PREVENTION", "Weather & Climate —
// Africa"), gives the section as it does over the headline; a kicker's line
// in capitals there ("CLARE | HOMES WITHOUT INSULATION") gives none and is no
// standfirst; the byline and date under either are read.
TEST(Breadcrumbs, SectionOrKickerLineUnderTheHeadline) {
  constexpr char kHeadline[] = "Dairy co-operative to shut two creameries as milk supply falls";
  constexpr char kStandfirst[] = "Farmers say the closures will add hours to collection runs";
  const Case kCases[] = {
      {"WEXFORD | FLOOD PREVENTION", "Flood Prevention"},
      {"WEXFORD | FLOOD DEFENCES", ""},
      {"Weather & Climate \xE2\x80\x94 Africa", "Africa"},
      {"CLARE | HOMES WITHOUT INSULATION", ""},
  };
  for (const Case& c : kCases) {
    for (bool under_standfirst : {false, true}) {
      const std::string top = under_standfirst
                                  ? std::string(kStandfirst) + "\n\n" + c.crumb
                                  : std::string(c.crumb) + "\n\n" + kStandfirst;
      const std::string text = std::string(kHeadline) + "\n\n" + top +
                               "\n\nBy Aine Lawrence | 12 February 2026\n\n" + kBody;
      const Layout layout = ReadLayout(text);
      EXPECT_EQ(layout.section, c.section) << text;
      EXPECT_EQ(layout.subheadline, kStandfirst) << text;
      EXPECT_EQ(layout.authors, std::vector<std::string>{"Aine Lawrence"}) << text;
      ASSERT_TRUE(layout.publish_date.has_value()) << text;
      EXPECT_EQ(layout.publish_date->day, 12) << text;
    }
  }
}

// A headline's clause in capitals beside a place under the headline or over
// it ("GALWAY | MINISTER DEFENDS ASSESSMENT", "SLIGO | BOARD REJECTED
// SETTLEMENT"): a subject and a finite verb make a kicker, no field's label,
// so it gives no section, as "CLARE | HOMES WITHOUT INSULATION" gives none; a
// field's label of three words whose middle word ends in "s" as a plural
// noun's does ("PUBLIC WORKS DEPARTMENT") still does.
TEST(Breadcrumbs, CapitalClauseWithAFiniteVerbIsNoSection) {
  constexpr char kHeadline[] = "Dairy co-operative to shut two creameries as milk supply falls";
  constexpr char kStandfirst[] = "Farmers say the closures will add hours to collection runs";
  const Case kCases[] = {
      {"GALWAY | MINISTER DEFENDS ASSESSMENT", ""},
      {"SLIGO | BOARD REJECTED SETTLEMENT", ""},
      {"LAOIS | UNION CONDEMNS REDEPLOYMENT", ""},
      {"MAYO | PUBLIC WORKS DEPARTMENT", "Public Works Department"},
  };
  for (const Case& c : kCases) {
    const std::string under = std::string(kHeadline) + "\n\n" + c.crumb + "\n\n" +
                              kStandfirst + "\n\nBy Aine Lawrence\n\n12 February 2026\n\n" +
                              kBody;
    const Layout layout = ReadLayout(under);
    EXPECT_EQ(layout.section, c.section) << under;
    EXPECT_EQ(layout.authors, std::vector<std::string>{"Aine Lawrence"}) << under;
    EXPECT_EQ(ReadLayout(Page(c.crumb)).section, c.section) << c.crumb;
  }
}

// The standfirst joined over a section or kicker line in capitals in one
// block ("<standfirst>\nWEXFORD | FLOOD PREVENTION", with or without the
// headline in the block too) is the standfirst; the line under it gives its
// section (none for a kicker), and the credits are read.
TEST(Breadcrumbs, SectionOrKickerLineJoinedUnderTheStandfirst) {
  constexpr char kHeadline[] = "Dairy co-operative to shut two creameries as milk supply falls";
  constexpr char kStandfirst[] = "Farmers say the closures will add hours to collection runs";
  const Case kCases[] = {
      {"WEXFORD | FLOOD PREVENTION", "Flood Prevention"},
      {"Weather & Climate \xE2\x80\x94 Africa", "Africa"},
      {"CLARE | HOMES WITHOUT INSULATION", ""},
  };
  for (const Case& c : kCases) {
    for (const char* gap : {"\n\n", "\n"}) {
      const std::string text = std::string(kHeadline) + gap + kStandfirst + "\n" + c.crumb +
                               "\n\nBy Aine Lawrence | 12 February 2026\n\n" + kBody;
      const Layout layout = ReadLayout(text);
      EXPECT_EQ(layout.headline, kHeadline) << text;
      EXPECT_EQ(layout.section, c.section) << text;
      EXPECT_EQ(layout.subheadline, kStandfirst) << text;
      EXPECT_EQ(layout.authors, std::vector<std::string>{"Aine Lawrence"}) << text;
    }
  }
}

// "LOCAL GOVERNANCE", "Water Sanitation" alone under the standfirst over a
// byline led by "By": a label of two words naming a field (a common noun's
// ending) is the section, no author's name; a label the byline repeats is
// none.
TEST(Breadcrumbs, FieldLabelOverAByline) {
  constexpr char kHeadline[] = "Dairy co-operative to shut two creameries as milk supply falls";
  constexpr char kStandfirst[] = "Farmers say the closures will add hours to collection runs";
  const Case kCases[] = {{"LOCAL GOVERNANCE", "Local Governance"},
                         {"Water Sanitation", "Water Sanitation"},
                         {"Aine Lawrence", ""}};
  for (const Case& c : kCases) {
    const std::string text = std::string(kHeadline) + "\n\n" + kStandfirst + "\n\n" + c.crumb +
                             "\n\nBy Aine Lawrence | 12 February 2026\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.section, c.section) << text;
    EXPECT_EQ(layout.subheadline, kStandfirst) << text;
    EXPECT_EQ(layout.authors, std::vector<std::string>{"Aine Lawrence"}) << text;
  }
}

// "Mining\n\nAine Lawrence\n\n12 February 2026" under the standfirst: a
// field's label alone over a name alone over the date is the section, the
// name the author, the date read; the body opens after them.
TEST(Breadcrumbs, LabelOverANameAloneOverTheDate) {
  constexpr char kHeadline[] = "Dairy co-operative to shut two creameries as milk supply falls";
  constexpr char kStandfirst[] = "Farmers say the closures will add hours to collection runs";
  for (const char* label : {"Mining", "Forestry", "Fisheries"}) {
    const std::string text = std::string(kHeadline) + "\n\n" + kStandfirst + "\n\n" + label +
                             "\n\nAine Lawrence\n\n12 February 2026\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.section, label) << text;
    EXPECT_EQ(layout.subheadline, kStandfirst) << text;
    EXPECT_EQ(layout.authors, std::vector<std::string>{"Aine Lawrence"}) << text;
    ASSERT_TRUE(layout.publish_date.has_value()) << text;
    EXPECT_EQ(layout.publish_date->day, 12) << text;
  }
}

// "Paid Promotion", "Photo Illustration", "A Lasting Frustration" alone under
// the standfirst over a "By" byline: a label naming the item's kind, medium or
// sponsor, or a kicker's phrase opening with an article, is no section; a
// topic's label there still is ("Food Security").
TEST(Breadcrumbs, ItemKindLabelOverABylineIsNoSection) {
  constexpr char kHeadline[] = "Dairy co-operative to shut two creameries as milk supply falls";
  constexpr char kStandfirst[] = "Farmers say the closures will add hours to collection runs";
  const Case kCases[] = {{"Paid Promotion", ""},
                         {"Photo Illustration", ""},
                         {"Reader Submission", ""},
                         {"A Lasting Frustration", ""},
                         {"Food Security", "Food Security"}};
  for (const Case& c : kCases) {
    const std::string text = std::string(kHeadline) + "\n\n" + kStandfirst + "\n\n" + c.crumb +
                             "\n\nBy Aine Lawrence | 12 February 2026\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.section, c.section) << text;
    EXPECT_EQ(layout.authors, std::vector<std::string>{"Aine Lawrence"}) << text;
  }
}

// Steps joined by bars with no space around them, as some sites' breadcrumbs
// copy as plain text, are read as spaced bars; so are slashes ("Hong
// Kong/Politics").
TEST(Breadcrumbs, BarsWithoutSpacesJoinStepsToo) {
  const Case kCases[] = {
      {"News|Climate Crisis", "Climate Crisis"},
      {"Home|Business|Markets", "Markets"},
      {"Opinion|Letters", "Letters"},
      {"Hong Kong/Politics", "Politics"},
      {"News/World/Asia", "Asia"},
  };
  ExpectSectionsOverTheHeadline(kCases);
  // A short headline with a slash is no breadcrumb.
  constexpr char kShort[] = "Labour/Tory Split Widens";
  EXPECT_EQ(ReadLayout(std::string(kShort) + "\n\nBy Aine Keogh | 12 February 2026\n\n" + kBody)
                .headline,
            kShort);
}

// Steps whose words open with, or hold, letters past ASCII (Romanian,
// Portuguese, French, Turkish, Vietnamese) are capitalised labels as ASCII
// ones are: the line is a breadcrumb, not the headline, and a section set in
// capitals is title-cased letter by letter.
TEST(Breadcrumbs, StepsWithLettersPastAscii) {
  const Case kCases[] = {
      {"\xC8\x98tiri \xC2\xBB Economie \xC2\xBB Oltenia", "Oltenia"},
      {"Not\xC3\xAD" "cias \xE2\x80\xBA Regi\xC3\xA3o \xE2\x80\xBA \xC3\x89vora", "\xC3\x89vora"},
      {"\xC3\x89" "conomie / \xC3\x89" "nergie / Lorraine", "Lorraine"},
      {"Haberler > Ekonomi > \xC4\xB0zmir", "\xC4\xB0zmir"},
      {"Th\xE1\xBB\x9Di s\xE1\xBB\xB1 \xE2\x80\xBA \xC4\x90\xC3\xA0 N\xE1\xBA\xB5ng",
       "\xC4\x90\xC3\xA0 N\xE1\xBA\xB5ng"},
      {"NEWS | S\xC4\x82N\xC4\x82TATE PUBLIC\xC4\x82", "S\xC4\x83n\xC4\x83tate Public\xC4\x83"},
  };
  for (const Case& c : kCases) {
    const Layout layout = ReadLayout(Page(c.crumb));
    EXPECT_EQ(layout.headline, "Dairy co-operative to shut two creameries as milk supply falls")
        << c.crumb;
    EXPECT_EQ(layout.subheadline, "Farmers say the closures will add hours to collection runs")
        << c.crumb;
    EXPECT_EQ(layout.section, c.section) << c.crumb;
  }
}

// A breadcrumb or a section label under the headline, between the headline
// and the standfirst, over the byline, or at the foot of the credits gives the
// section, and the credits around it are read; a place under a byline is no
// section.
TEST(Breadcrumbs, CrumbsAndLabelsUnderTheHeadline) {
  constexpr char kHeadline[] = "Dairy co-operative to shut two creameries as milk supply falls";
  constexpr char kStandfirst[] = "Farmers say the closures will add hours to collection runs";
  const Case kCases[] = {{"Business | Dairy", "Dairy"},
                         {"NEWS / LOCAL", "Local"},
                         {"Home > Region > North", "North"},
                         {"Dairy", "Dairy"}};
  for (const Case& c : kCases) {
    const std::string crumb = c.crumb;
    const std::string kHeads[] = {
        std::string(kHeadline) + "\n\n" + kStandfirst + "\n\n" + crumb +
            "\n\nBy Aine Keogh\n\n12 February 2026\n\n",
        std::string(kHeadline) + "\n\n" + crumb + "\n\n" + kStandfirst +
            "\n\nBy Aine Keogh\n\n12 February 2026\n\n",
        std::string(kHeadline) + "\n" + kStandfirst + "\n" + crumb +
            "\nBy Aine Keogh\n12 February 2026\n\n",
    };
    for (const std::string& head : kHeads) {
      const std::string text = head + kBody;
      const Layout layout = ReadLayout(text);
      EXPECT_EQ(layout.headline, kHeadline) << text;
      EXPECT_EQ(layout.subheadline, kStandfirst) << text;
      EXPECT_EQ(layout.section, c.section) << text;
      ASSERT_TRUE(layout.publish_date.has_value()) << text;
      EXPECT_EQ(layout.publish_date->day, 12) << text;
    }
  }
  const std::string text = std::string(kHeadline) + "\n\nBy Aine Keogh\nCork\n12 February 2026\n\n" + kBody;
  EXPECT_EQ(ReadLayout(text).section, "");
}

// Breadcrumbs are written with many marks between their steps: angle
// quotes, triangles, bars, dots, bullets, and hyphens between short
// capitalised steps. Each is read as a breadcrumb, not as the headline, and
// the standfirst, byline and date under the headline are still read.
TEST(Breadcrumbs, TrianglesAndHyphensJoinStepsToo) {
  const Case kCases[] = {
      {"KRT NEWS \xE2\x96\xB8 Latvia \xE2\x96\xB8 Farming", "Farming"},
      {"Home \xE2\x96\xB6 Regions \xE2\x96\xB6 Farming", "Farming"},
      {"News \xE2\x96\xBA Farming", "Farming"},
      {"Latvia \xE2\x96\xB8 Farming", "Farming"},
      {"News \xC2\xBB Europe \xC2\xBB Farming", "Farming"},
      {"News - Latvia - Farming", "Farming"},
      {"KRT News - Farming", "Farming"},
  };
  constexpr char kHead[] =
      "\n\nDairy co-operative to shut two creameries as milk supply falls\n\n"
      "Farmers say the closures will add hours to collection runs.\n\n"
      "Aine Keogh\n\n12 February 2026\n\n";
  for (const Case& c : kCases) {
    const std::string text = c.crumb + std::string(kHead) + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.headline, "Dairy co-operative to shut two creameries as milk supply falls")
        << c.crumb;
    EXPECT_EQ(layout.section, c.section) << c.crumb;
    ASSERT_TRUE(layout.publish_date.has_value()) << c.crumb;
    EXPECT_EQ(layout.publish_date->day, 12) << c.crumb;
  }
  // A headline with a hyphen between longer clauses is no breadcrumb.
  constexpr char kDashed[] = "Latvia - Farm Talks With Estonia Resume";
  EXPECT_EQ(ReadLayout(std::string(kDashed) + "\n\nBy Aine Keogh | 12 February 2026\n\n" + kBody)
                .headline,
            kDashed);
}

// A short line of capitalised labels joined by a dash, a dot, a bar, a slash
// or an angle mark over a longer headline is the page's section line: its
// last part is the section (a country under a desk gives the desk, as a
// breadcrumb's), and the headline under it stays the headline. A short
// headline of two clauses over its byline keeps its place.
TEST(Breadcrumbs, DashedSectionLineOverTheHeadline) {
  const Case kCases[] = {
      {"Business \xE2\x80\x94 Ireland", "Business"},
      {"Food & Farming \xE2\x80\x94 Ireland", "Food & Farming"},
      {"Food & Farming \xE2\x80\x94 Munster", "Munster"},
      {"Agriculture \xE2\x80\x93 West Cork", "West Cork"},
      {"Business \xE2\x80\x94 Rural Affairs", "Rural Affairs"},
      {"Europe \xC2\xB7 Farming", "Farming"},
      {"FARMING | NORTH MUNSTER", "North Munster"},
      {"Climate & Environment \xE2\x80\x94 Indian Ocean Islands", "Indian Ocean Islands"},
      {"Opinion \xE2\x80\x94 Liam Daly", "Opinion"},
  };
  for (const Case& c : kCases) {
    const Layout layout = ReadLayout(Page(c.crumb));
    EXPECT_EQ(layout.section, c.section) << c.crumb;
    EXPECT_EQ(layout.headline, "Dairy co-operative to shut two creameries as milk supply falls")
        << c.crumb;
    EXPECT_EQ(layout.subheadline, "Farmers say the closures will add hours to collection runs")
        << c.crumb;
  }
  // Parts that name no section, region or country, or a clause of three
  // words after a country, are a headline's.
  for (const char* clauses : {"Milk Price Row \xE2\x80\x94 Creamery Jobs",
                              "Ireland \xE2\x80\x94 Creamery Jobs Go",
                              "Business \xE2\x80\x94 Creamery Row Deepens"}) {
    const Layout layout = ReadLayout(
        std::string(clauses) +
        "\n\nFarmers say the closures will add hours to collection runs and cost jobs\n\n"
        "By Aine Keogh | 12 February 2026\n\n" + kBody);
    EXPECT_EQ(layout.section, "") << clauses;
  }
  // Joined over the date line, the section line is read too.
  const Layout dated = ReadLayout(
      "Food & Farming \xE2\x80\x94 Munster\n12 February 2026\n\n"
      "Dairy co-operative to shut two creameries as milk supply falls\n\nBy Aine Keogh\n\n" +
      std::string(kBody));
  EXPECT_EQ(dated.section, "Munster");
  EXPECT_EQ(dated.headline, "Dairy co-operative to shut two creameries as milk supply falls");
  ASSERT_TRUE(dated.publish_date.has_value());
  EXPECT_EQ(dated.publish_date->day, 12);
  constexpr char kCountryClause[] = "Ireland \xE2\x80\x94 Creamery Jobs Go";
  EXPECT_EQ(ReadLayout(std::string(kCountryClause) +
                       "\n\nFarmers say the closures will add hours to collection runs\n\n"
                       "By Aine Keogh | 12 February 2026\n\n" + kBody)
                .headline,
            kCountryClause);
}

// A dashed headline of a section and a two-word clause ("Sport — Rovers
// Draw") over a standfirst keeps its headline: a step of two words under a
// section is a step only when it names a section, a region, a place or a
// field itself ("West Cork", "Rural Affairs"), and a clause with a verb does
// none of these. A one-word tag under a section stays a step.
TEST(Breadcrumbs, ATwoWordClauseAfterASectionIsAHeadline) {
  constexpr char kStandfirst[] =
      "The visitors came from two goals down to take a point at the harbour ground";
  for (const char* dashed : {"Sport \xE2\x80\x94 Rovers Draw",
                             "Health \xE2\x80\x94 Measles Spreads",
                             "Business \xE2\x80\x94 Creamery Closes"}) {
    const Layout layout = ReadLayout(std::string(dashed) + "\n\n" + kStandfirst +
                                     "\n\nBy Aine Keogh\n\n12 March 2026\n\n" + kBody);
    EXPECT_EQ(layout.headline, dashed) << dashed;
    EXPECT_EQ(layout.section, "") << dashed;
    EXPECT_EQ(layout.subheadline, kStandfirst) << dashed;
  }
  const Case kSteps[] = {
      {"Health \xC2\xB7 Manitoba", "Health"},
      {"Business \xE2\x80\x94 North Kerry", "North Kerry"},
      {"Business \xE2\x80\x94 Consumer Affairs", "Consumer Affairs"},
  };
  for (const Case& c : kSteps) {
    const Layout layout = ReadLayout(Page(c.crumb));
    EXPECT_EQ(layout.section, c.section) << c.crumb;
    EXPECT_EQ(layout.headline, "Dairy co-operative to shut two creameries as milk supply falls")
        << c.crumb;
  }
}

// A caption's credit written with a slash ("Photo: Ann Lee / AFP", "Ann Lee /
// Reuters") under or over the headline is furniture, no breadcrumb: its
// agency is no section. So is a wire story's slug of keywords in capitals
// ("IRELAND-DAIRY/CREAMERIES") over the headline.
TEST(Breadcrumbs, PictureCreditsAndWireSlugsAreNoSection) {
  constexpr char kHeadline[] = "Dairy co-operative to shut two creameries as milk supply falls";
  for (const char* credit : {"Photo: Aine Keogh / AFP", "Aine Keogh / Reuters",
                             "Picture: Liam Daly / Getty"}) {
    const std::string under = std::string(kHeadline) + "\n\nBy Aine Keogh | 12 February 2026\n\n" +
                              credit + "\n\n" + kBody;
    const Layout layout = ReadLayout(under);
    EXPECT_EQ(layout.section, "") << credit;
    EXPECT_EQ(layout.headline, kHeadline) << credit;
  }
  const Layout slugged = ReadLayout(Page("IRELAND-DAIRY/CREAMERIES"));
  EXPECT_EQ(slugged.section, "");
  EXPECT_EQ(slugged.headline, kHeadline);
  // A desk's tag in brackets after the slug ("(UPDATE 2)") keeps it a slug.
  for (const char* slug : {"IRELAND-DAIRY/CREAMERIES (UPDATE 2)", "IRELAND-DAIRY/ (REFILE)"}) {
    const Layout tagged = ReadLayout(Page(slug));
    EXPECT_EQ(tagged.section, "") << slug;
    EXPECT_EQ(tagged.headline, kHeadline) << slug;
  }
  // A section in capitals joined by one hyphen stays a section.
  EXPECT_EQ(ReadLayout(Page("ASIA-PACIFIC")).section, "Asia-Pacific");
}

// "Opinion — Jo Moyo" under the headline over the date: the column section
// and its writer, who is the author (a section and a place are no writer).
TEST(Breadcrumbs, ColumnSectionAndItsWriterUnderTheHeadline) {
  const std::string text =
      "Why the creamery closures are a mistake for the county\n\n"
      "Opinion \xE2\x80\x94 Liam Daly\n\n12 February 2026\n\n" + std::string(kBody);
  const Layout layout = ReadLayout(text);
  EXPECT_EQ(layout.section, "Opinion");
  EXPECT_EQ(layout.authors, std::vector<std::string>{"Liam Daly"});
  ASSERT_TRUE(layout.publish_date.has_value());
  EXPECT_EQ(layout.publish_date->day, 12);
  const Layout placed = ReadLayout(
      "Why the creamery closures are a mistake for the county\n\n"
      "Opinion \xE2\x80\x94 Ireland\n\n12 February 2026\n\n" + std::string(kBody));
  EXPECT_TRUE(placed.authors.empty());
  const Layout labelled = ReadLayout(
      "Why the creamery closures are a mistake for the county\n\n"
      "Opinion: Liam Daly\n\n12 February 2026\n\n" + std::string(kBody));
  EXPECT_EQ(labelled.section, "Opinion");
  EXPECT_EQ(labelled.authors, std::vector<std::string>{"Liam Daly"});
  EXPECT_EQ(labelled.dateline, "");
}

}  // namespace
}  // namespace factwire
