// A masthead or breadcrumb line opened by the site's name, "Home" or a known
// section gives its last step as the section, whatever joins the steps (bars,
// middle dots, bullets, with one space or two): "DAILY LEDGER | Regions |
// Busoga" -> Busoga, "Dairy Trade Weekly · Milk Prices" -> Milk Prices, and
// beside a date "BAKERY TRADE WEEKLY · Flour & Grains · <date>" -> Flour &
// Grains. A menu (a root and three or more known sections), a person's name
// before a credit, or an outlet after the bar gives no section.
#include <string>

#include "absl/strings/string_view.h"
#include "gtest/gtest.h"
#include "ingest-service/parse/layout.h"
#include "tests/ingest-service/parse/layout_test_support.h"

namespace factwire {
namespace {

using testing_layout::ExpectDay;

constexpr char kHeadline[] = "Creamery to shed 60 jobs as milk intake falls for third year";
constexpr char kHeader[] =
    "Creamery to shed 60 jobs as milk intake falls for third year\n\n"
    "Suppliers say the cuts will lengthen collection runs across the district\n\n"
    "By Grainne Daly\n\n";
constexpr char kBody[] =
    "The co-operative said on Thursday it would close its packing hall by the summer, "
    "with the loss of 60 jobs.\n\n"
    "Milk intake fell by 7% last year, the board said.\n\n"
    "The union has asked for a meeting.\n";

std::string Page(absl::string_view first_line) {
  return std::string(first_line) + "\n\n" + kHeader + kBody;
}

struct Case {
  const char* line;
  const char* section;
};

TEST(MastheadSections, StepsAfterTheSiteOrHomeGiveTheLastStep) {
  const Case kCases[] = {
      // Wire-style portals: the outlet, a region, the county.
      {"DAILY LEDGER | Regions | Busoga", "Busoga"},
      {"News | Counties | Kisumu", "Kisumu"},
      {"Home | Sport | Netball", "Netball"},
      // Two spaces around the bars, bullets.
      {"Gulf Today  |  Business  |  Aviation", "Aviation"},
      {"Home \xE2\x80\xA2 Business \xE2\x80\xA2 Shipping", "Shipping"},
      // A trade masthead and its section joined by a middle dot.
      {"Dairy Trade Weekly \xC2\xB7 Milk Prices", "Milk Prices"},
      {"THE HIGHLAND COURIER  \xC2\xB7  Courts", "Courts"},
      {"Farmers Journal \xE2\x80\xA2 Livestock & Marts", "Livestock & Marts"},
      // A country under a topic is the topic, as in other breadcrumbs.
      {"Harbour Times | Business | Ghana", "Business"},
  };
  for (const Case& c : kCases) {
    const Layout layout = ReadLayout(Page(c.line));
    EXPECT_EQ(layout.section, c.section) << c.line;
    EXPECT_EQ(layout.headline, kHeadline) << c.line;
  }
}

TEST(MastheadSections, SectionBetweenTheSiteAndTheDate) {
  const Case kCases[] = {
      {"BAKERY TRADE WEEKLY \xC2\xB7 Flour & Grains \xC2\xB7 Monday, February 9, 2026",
       "Flour & Grains"},
      {"The Fenland Times | Farming | 9 Feb 2026", "Farming"},
      {"PORT NEWS  \xC2\xB7  Harbours & Terminals  \xC2\xB7  09.02.2026", "Harbours & Terminals"},
      // A section joined by '&' beside a date names no person.
      {"Packaging & Logistics | 9 February 2026", "Packaging & Logistics"},
  };
  for (const Case& c : kCases) {
    const Layout layout = ReadLayout(Page(c.line));
    EXPECT_EQ(layout.section, c.section) << c.line;
    EXPECT_EQ(layout.headline, kHeadline) << c.line;
    ExpectDay(layout, 2026, 2, 9, c.line);
  }
}

TEST(MastheadSections, MenusNamesAndOutletsGiveNoSection) {
  for (const char* line : {"Home | News | Sport | Business", "News | Sport | Weather | Travel",
                           "Politics \xC2\xB7 The Harbour Gazette", "Opinion \xE2\x80\xA2 Reuters",
                           "Ann Lee | Senior Reporter"}) {
    const Layout layout = ReadLayout(Page(line));
    const absl::string_view s(line);
    EXPECT_NE(layout.section, s.substr(s.rfind(' ') + 1)) << line;
    EXPECT_NE(layout.section, "The Harbour Gazette") << line;
    EXPECT_NE(layout.section, "Senior Reporter") << line;
  }
  // A person's name before the outlet and the date is the author.
  const Layout credited =
      ReadLayout(Page("Ann Lee \xC2\xB7 Island News \xC2\xB7 Posted: Feb 9, 2026"));
  EXPECT_EQ(credited.section, "");
  ExpectDay(credited, 2026, 2, 9, "Ann Lee · Island News · Posted");
}

// A country opens a breadcrumb as a site or a section does ("SINGAPORE |
// Transport"), and a site's masthead line whose last parts are no labels (an
// edition, a span of days) is no headline: the label after the site's name is
// the section.
TEST(MastheadSections, CountryRootsAndMastheadLinesWithAnEdition) {
  const Case kCases[] = {
      {"SINGAPORE | Transport", "Transport"},
      {"Kenya \xE2\x80\xA2 Agriculture", "Agriculture"},
      {"THE ISLAND WEEKLY \xC2\xB7 Regional \xC2\xB7 Week of November 16-22, 2026", "Regional"},
      {"Harbour Herald | Business | Print edition, page 14", "Business"},
      {"THE VALLEY ECHO \xE2\x80\xA2 Sport \xE2\x80\xA2 Vol. 12, No. 3", "Sport"},
  };
  for (const Case& c : kCases) {
    const Layout layout = ReadLayout(Page(c.line));
    EXPECT_EQ(layout.section, c.section) << c.line;
    EXPECT_EQ(layout.headline, kHeadline) << c.line;
  }
  // A headline of parts joined by bullets stays the headline.
  const std::string bulleted = "Storm hits coast \xE2\x80\xA2 2 dead \xE2\x80\xA2 ferries cancelled";
  const Layout layout = ReadLayout(bulleted + "\n\n" + kBody);
  EXPECT_EQ(layout.headline, bulleted);
  // So does one opened by "The" and a noun that names no site.
  for (const std::string dotted :
       {"The Budget \xC2\xB7 2p off income tax \xC2\xB7 What it means for you",
        "The Verdict \xC2\xB7 Jury out \xC2\xB7 Why the trial took 9 weeks"}) {
    const Layout read = ReadLayout(dotted + "\n\n" + kBody);
    EXPECT_EQ(read.headline, dotted);
  }
}

// A site's address alone on a line over the page or under the byline is page
// furniture, as a site's name is: the headline, standfirst, section and date
// are read around it.
TEST(MastheadSections, SiteAddressIsFurniture) {
  for (const char* address : {"NATION.CO.KE", "stuff.co.nz", "www.islandpost.com",
                              "TheHarbourGazette.com", "news-day.co.tt"}) {
    const std::string over = std::string(address) + "\n\nNews > Farming\n\n" + kHeader +
                             "9 February 2026\n\n" + kBody;
    const Layout layout = ReadLayout(over);
    EXPECT_EQ(layout.headline, kHeadline) << address;
    EXPECT_EQ(layout.section, "Farming") << address;
    testing_layout::ExpectDay(layout, 2026, 2, 9, address);
    const std::string under = std::string(kHeader) + address + "\n9 February 2026\n\n" + kBody;
    const Layout below = ReadLayout(under);
    EXPECT_EQ(below.headline, kHeadline) << address;
    testing_layout::ExpectDay(below, 2026, 2, 9, address);
    EXPECT_EQ(testing_layout::FirstParagraph(under, below).substr(0, 16), "The co-operative")
        << address;
  }
  // A headline naming a site stays the headline.
  const std::string named = "Amazon.com to cut 10,000 jobs in its warehouses";
  EXPECT_EQ(ReadLayout(named + "\n\n" + kBody).headline, named);
}

// "Pacific News", "Caribbean", "Community News" over the headline, or beside
// the date under the standfirst: a region's or a reach's news is a section,
// not the site's name.
TEST(MastheadSections, RegionsAndReachesAreSections) {
  const char* const kLabels[] = {"Pacific News", "Caribbean News", "Community News",
                                 "Provincial News"};
  for (const char* label : kLabels) {
    const Layout over = ReadLayout(Page(label));
    EXPECT_EQ(over.section, label);
    EXPECT_EQ(over.headline, kHeadline) << label;
    const std::string beside = std::string(kHeader) + label + " | 30 November 2026\n\n" + kBody;
    const Layout layout = ReadLayout(beside);
    EXPECT_EQ(layout.section, label);
    ExpectDay(layout, 2026, 11, 30, beside);
  }
}

// A page title copied as the first line: the headline, then after a bar or a
// dash the site's name or section steps, or one known section before it. A
// headline whose dash opens no site or section keeps its whole line.
TEST(MastheadSections, PageTitlesGiveTheHeadline) {
  struct Title {
    const char* line;
    const char* headline;
    const char* section;
  };
  const Title kTitles[] = {
      {"Creamery to shed 60 jobs as milk intake falls | The Namibian",
       "Creamery to shed 60 jobs as milk intake falls", ""},
      {"Creamery to shed 60 jobs as milk intake falls - BBC News",
       "Creamery to shed 60 jobs as milk intake falls", ""},
      {"Creamery to shed 60 jobs as milk intake falls | Business | Dairy",
       "Creamery to shed 60 jobs as milk intake falls", "Dairy"},
      {"Regional | Creamery to shed 60 jobs as milk intake falls",
       "Creamery to shed 60 jobs as milk intake falls", "Regional"},
      {"Creamery to shed 60 jobs - union says talks failed",
       "Creamery to shed 60 jobs - union says talks failed", ""},
  };
  for (const Title& t : kTitles) {
    const std::string text = std::string(t.line) +
                             "\n\nSuppliers say the cuts will lengthen collection runs\n\n"
                             "30 November 2026\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.headline, t.headline) << t.line;
    EXPECT_EQ(layout.section, t.section) << t.line;
    EXPECT_EQ(layout.subheadline, "Suppliers say the cuts will lengthen collection runs") << t.line;
    ExpectDay(layout, 2026, 11, 30, text);
  }
}

// "Business\nMining" over the headline: a label of one or two capitalised
// words under a section line is its step, when a headline of five words or
// more follows; a kicker there is none.
TEST(MastheadSections, ShortStepUnderTheSectionLine) {
  for (const char* steps : {"Business\nDairy", "Business\n\nDairy", "Farming\nCo-operatives"}) {
    const std::string text = Page(steps);
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.headline, kHeadline) << steps;
    EXPECT_EQ(layout.section, std::string(steps).substr(std::string(steps).rfind('\n') + 1))
        << steps;
  }
}

// Under an opinion or column section line a columnist's name over the
// headline is the author, no step of the section ("Opinion\nJo Moyo\n
// <headline>"); a two-word label with a section word stays a step
// ("Business\nLocal Government").
TEST(MastheadSections, AColumnistsNameUnderTheSectionLineIsNoStep) {
  constexpr char kColumn[] = "Why the copper boom will not last this time";
  const Case kCases[] = {
      {"Opinion\nJo Moyo", "Opinion"},
      {"Opinion\nRuth Okafor-Banda", "Opinion"},
      {"Columnists\nTendai Mhlanga", "Columnists"},
  };
  for (const Case& c : kCases) {
    const std::string text =
        std::string(c.line) + "\n" + kColumn + "\n14 March 2026\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    const std::string top(c.line);
    EXPECT_EQ(layout.headline, kColumn) << c.line;
    EXPECT_EQ(layout.section, c.section) << c.line;
    ASSERT_EQ(layout.authors.size(), 1u) << c.line;
    EXPECT_EQ(layout.authors[0], top.substr(top.find('\n') + 1)) << c.line;
    ExpectDay(layout, 2026, 3, 14, text);
  }
  const std::string text =
      std::string("Business\nLocal Government\n") + kColumn + "\n14 March 2026\n\n" + kBody;
  const Layout layout = ReadLayout(text);
  EXPECT_EQ(layout.headline, kColumn);
  EXPECT_EQ(layout.section, "Local Government");
  EXPECT_TRUE(layout.authors.empty());
}

// A name under a news section line is a topic tag (a club, a person in the
// news), and a name the headline repeats is what the column is about: no
// author, no step, and the section line and headline stand.
TEST(MastheadSections, ANameTagUnderTheSectionLineIsNoAuthor) {
  struct Tag {
    const char* lines;
    const char* section;
    const char* headline;
  };
  const Tag kTags[] = {
      {"Sport\nKaizer Chiefs", "Sport", "Chiefs part ways with their coach after five defeats"},
      {"Politics\nHakainde Hichilema", "Politics",
       "Hichilema says the mines will be running by winter"},
      {"Business\nRuth Okafor-Banda", "Business", "Why the copper boom will not last this time"},
      {"Sport\nTendai Mhlanga", "Sport", "Why the copper boom will not last this time"},
      {"Opinion\nNeo Kgosi", "Opinion", "What Neo Kgosi got wrong about the diamond deal"},
  };
  for (const Tag& t : kTags) {
    const std::string text =
        std::string(t.lines) + "\n" + t.headline + "\n14 March 2026\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.headline, t.headline) << t.lines;
    EXPECT_EQ(layout.section, t.section) << t.lines;
    EXPECT_TRUE(layout.authors.empty()) << t.lines;
    ExpectDay(layout, 2026, 3, 14, text);
  }
}

}  // namespace
}  // namespace factwire
