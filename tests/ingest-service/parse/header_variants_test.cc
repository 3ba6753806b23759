// Page headers seen on sites and wires the other header tests do not cover: a
// genre step before a region, a sport's crumb over a competition's kicker, a
// company tag over the headline, and dates beside a place, a reading time or a
// printed page.
#include <string>

#include "absl/strings/match.h"
#include "gtest/gtest.h"
#include "ingest-service/parse/layout.h"
#include "tests/ingest-service/parse/layout_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_layout::ExpectDay;

constexpr char kHeadline[] = "Harbour board votes to close the old grain pier for repairs";
constexpr char kStandfirst[] =
    "Dockers say the closure will push ships to the rival port for most of the summer";
constexpr char kBody[] =
    "The harbour board voted on Tuesday to close the grain pier for five months.\n\n"
    "Repairs will cost about $4 million, the board said.\n\n"
    "Work starts in June.\n";

std::string Page(const std::string& header) { return header + "\n\n" + kBody; }

// "Interview | South Asia", "Sport / Rugby league": a crumb line over the
// headline, whatever its mark and case, is no headline.
TEST(HeaderVariants, CrumbLineOverTheHeadlineIsNoHeadline) {
  for (const char* crumb : {"Interview | South Asia", "Sport / Rugby league",
                            "Business / Shipping", "Analysis | West Africa"}) {
    const Layout layout = ReadLayout(Page(std::string(crumb) + "\n\n" + kHeadline + "\n\n" +
                                          kStandfirst + "\n\nBy Lena Okafor\n12 March 2026"));
    EXPECT_EQ(layout.headline, kHeadline) << crumb;
    EXPECT_EQ(layout.subheadline, kStandfirst) << crumb;
    EXPECT_FALSE(layout.section.empty()) << crumb;
    ExpectDay(layout, 2026, 3, 12, crumb);
  }
}

// A competition's or a company's name in a block of its own between the crumb
// and the headline ("PACIFIC NATIONS CUP", "Harbour Holdings") is a kicker.
TEST(HeaderVariants, KickerBlockBetweenCrumbAndHeadline) {
  for (const char* kicker : {"PACIFIC NATIONS CUP", "Harbour Holdings"}) {
    const Layout layout =
        ReadLayout(Page(std::string("Sport / Rugby league\n\n") + kicker + "\n\n" + kHeadline +
                        "\n\n" + kStandfirst + "\n\nLena Okafor in Suva\nSat 7 Mar 2026 18.45 GMT"));
    EXPECT_EQ(layout.headline, kHeadline) << kicker;
    EXPECT_EQ(layout.subheadline, kStandfirst) << kicker;
    ExpectDay(layout, 2026, 3, 7, kicker);
  }
  const Layout tagged = ReadLayout(
      Page(std::string("Companies \xE2\x80\xBA Shipping\n\nHarbour Holdings\n\n") + kHeadline +
           "\n\n" + kStandfirst +
           "\n\nLena Okafor in Suva and Tom Reid in Auckland\nPublished 12 MARCH 2026 \xC2\xB7 "
           "Updated 12 MARCH 2026, 14:07 BST"));
  EXPECT_EQ(tagged.headline, kHeadline);
  EXPECT_EQ(tagged.subheadline, kStandfirst);
  EXPECT_EQ(tagged.section, "Shipping");
  ExpectDay(tagged, 2026, 3, 12, "company tag");
}

// Dates on a line with a place, a reading time, an update stamp or a page
// number.
TEST(HeaderVariants, DatesBesidePlacesReadingTimesAndPages) {
  const struct {
    const char* line;
    int year, month, day;
  } kLines[] = {
      {"Suva \xC2\xB7 12.03.2026 \xC2\xB7 6 min read", 2026, 3, 12},
      {"Suva | 12 March 2026, 9.30am", 2026, 3, 12},
      {"Published 12 MARCH 2026 \xC2\xB7 Updated 12 MARCH 2026, 14:07 BST", 2026, 3, 12},
      {"Thu, Mar 12, 2026 page2", 2026, 3, 12},
      {"March 12, 2026, p. 4", 2026, 3, 12},
  };
  for (const auto& c : kLines) {
    const Layout layout = ReadLayout(
        Page(std::string(kHeadline) + "\n\n" + kStandfirst + "\n\nBy Lena Okafor\n" + c.line));
    EXPECT_EQ(layout.headline, kHeadline) << c.line;
    EXPECT_EQ(layout.subheadline, kStandfirst) << c.line;
    ExpectDay(layout, c.year, c.month, c.day, c.line);
  }
}

// A genre label in capitals over the headline, and the standfirst under it
// before a crumb and the credits.
TEST(HeaderVariants, GenreLabelOverHeadlineAndStandfirst) {
  const Layout layout = ReadLayout(Page(std::string("INTERVIEW\n\n") + kHeadline + "\n\n" +
                                        kStandfirst + "\n\nQ&A | Environment\nBy Lena Okafor\n"
                                        "Suva | 12 March 2026, 9.30am"));
  EXPECT_EQ(layout.headline, kHeadline);
  EXPECT_EQ(layout.subheadline, kStandfirst);
  ExpectDay(layout, 2026, 3, 12, "Q&A crumb");
  // A standfirst of two sentences over the crumb and credits too.
  const std::string two = std::string(kStandfirst) + ". We asked the harbour master why.";
  const Layout longer = ReadLayout(Page(std::string("INTERVIEW\n\n") + kHeadline + "\n\n" + two +
                                        "\n\nQ&A | Environment\nBy Lena Okafor\n"
                                        "Suva | 12 March 2026, 9.30am"));
  EXPECT_EQ(longer.headline, kHeadline);
  EXPECT_EQ(longer.subheadline, two);
  EXPECT_EQ(longer.section, "Environment");
  ExpectDay(longer, 2026, 3, 12, "two-sentence standfirst");
}

// A picture's caption between the standfirst and the byline keeps the
// standfirst one.
TEST(HeaderVariants, CaptionBetweenStandfirstAndByline) {
  const Layout layout = ReadLayout(
      Page(std::string(kHeadline) + "\n\n" + kStandfirst +
           "\n\nPhotograph: Dockers unload grain at the old pier\n\nLena Okafor in Suva"));
  EXPECT_EQ(layout.headline, kHeadline);
  EXPECT_EQ(layout.subheadline, kStandfirst);
}

// "By Pacific affairs reporter Lena Okafor": a job in sentence case before
// the names is no part of them, and the line is the byline, no standfirst.
TEST(HeaderVariants, JobBeforeTheNamesInAByline) {
  for (const char* byline : {"By Pacific affairs reporter Lena Okafor",
                             "By political editor Lena Okafor and Tom Reid"}) {
    const Layout layout = ReadLayout(Page(std::string(kHeadline) + "\n\n" + byline +
                                          "\n\nPosted Thu 12 Mar 2026 at 5:02am"));
    EXPECT_EQ(layout.headline, kHeadline) << byline;
    EXPECT_EQ(layout.subheadline, "") << byline;
    ASSERT_FALSE(layout.authors.empty()) << byline;
    EXPECT_EQ(layout.authors.front(), "Lena Okafor") << byline;
    ExpectDay(layout, 2026, 3, 12, byline);
  }
}

// "SUVA, Tuesday — <lede>" right under the headline, then the byline and the
// date as paragraphs of their own: the credits are read, and are no body.
TEST(HeaderVariants, CreditsUnderTheLede) {
  const std::string lede =
      "SUVA, Tuesday \xE2\x80\x94 The harbour board voted to close the grain pier for five "
      "months after divers found rust in its piles.";
  const std::string text = std::string("Court\n\n") + kHeadline + "\n\n" + lede +
                           "\n\nBy Lena Okafor, Court Reporter\n\nPublished 12 March 2026\n\n"
                           "The board said repairs would cost about $4 million.\n";
  const Layout layout = ReadLayout(text);
  EXPECT_EQ(layout.headline, kHeadline);
  ExpectDay(layout, 2026, 3, 12, "credits under the lede");
  ASSERT_EQ(layout.paragraphs.size(), 2u);
  EXPECT_EQ(layout.dateline, "SUVA");
  EXPECT_TRUE(absl::StartsWith(testing_layout::FirstParagraph(text, layout),
                               "The harbour board voted to close"));
}

}  // namespace
}  // namespace factwire
