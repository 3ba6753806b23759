// Breadcrumbs whose steps are joined by a mark of the site's own choosing
// (layout_sections.cc RepeatedMarkSteps): any mark of symbols or punctuation
// standing between spaces, the same between three or four short capitalised
// steps, is a breadcrumb's; its headline, standfirst, byline and date are read
// under it. A headline with one such mark, or steps that are not labels, is no
// breadcrumb.
#include <string>

#include "absl/strings/string_view.h"
#include "gtest/gtest.h"
#include "ingest-service/parse/layout.h"

namespace factwire {
namespace {

constexpr char kHeadline[] = "Dairy co-operative to shut two creameries as milk supply falls";
constexpr char kHeader[] =
    "Dairy co-operative to shut two creameries as milk supply falls\n\n"
    "Farmers say the closures will add hours to collection runs\n\n"
    "By Aine Keogh | 12 February 2026\n\n";
constexpr char kBody[] =
    "The co-operative said on Thursday it would close two of its five creameries "
    "by the summer, with the loss of 85 jobs.\n\n"
    "Milk intake fell by 9% last year, the board said.\n";

std::string Page(absl::string_view crumb) { return std::string(crumb) + "\n\n" + kHeader + kBody; }

TEST(BreadcrumbMarks, AnyRepeatedSpacedMarkJoinsSteps) {
  struct Case {
    const char* crumb;
    const char* section;
  };
  const Case kCases[] = {
      {"Central Asia \xC2\xA6 Ireland \xC2\xA6 Farming", "Farming"},          // ¦
      {"Home \xE2\x80\xBA\xE2\x80\xBA Regions \xE2\x80\xBA\xE2\x80\xBA Courts", "Courts"},  // ››
      {"Home // Atlantic // N.L. // Fisheries", "Fisheries"},
      {"Environment \xE2\x97\x86 Climate \xE2\x97\x86 Wetlands", "Wetlands"},  // ◆
      {"BUSINESS :: ENERGY :: DAIRY", "Dairy"},
      {"Agro ~ Exports ~ Livestock", "Livestock"},
      {"SPORT \xE2\x9F\xAB RUGBY UNION \xE2\x9F\xAB CLUBS", "Clubs"},          // ⟫
      {"Business \xE2\x86\x92 Dairy \xE2\x86\x92 Co-operatives", "Co-operatives"},  // →
  };
  for (const Case& c : kCases) {
    const Layout layout = ReadLayout(Page(c.crumb));
    EXPECT_EQ(layout.section, c.section) << c.crumb;
    EXPECT_EQ(layout.headline, kHeadline) << c.crumb;
    ASSERT_TRUE(layout.publish_date.has_value()) << c.crumb;
    EXPECT_EQ(layout.publish_date->day, 12) << c.crumb;
  }
}

TEST(BreadcrumbMarks, OneMarkOrStepsThatAreNoLabelsAreNoBreadcrumb) {
  for (const char* headline :
       {"Farmers \xE2\x97\x86 the quiet crisis", "Milk ~ a price too low ~ for farmers",
        "Prices :: why farmers are leaving",
        // Dashes, '&' and '+' join a headline's words; arrows a story's steps.
        "Kenya - Uganda - Tanzania", "Ruto \xE2\x80\x93 Raila \xE2\x80\x93 Kalonzo",
        "Tom & Jerry & Friends", "Trade Deal Signed + Tariffs Cut + Markets Rally",
        "Drought \xE2\x86\x92 Hunger \xE2\x86\x92 Migration"}) {
    const Layout layout =
        ReadLayout(std::string(headline) + "\n\nBy Aine Keogh | 12 February 2026\n\n" + kBody);
    EXPECT_EQ(layout.headline, headline);
    EXPECT_TRUE(layout.section.empty()) << headline;
  }
}

}  // namespace
}  // namespace factwire
