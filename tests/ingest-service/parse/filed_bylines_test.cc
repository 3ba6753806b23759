// A name and the place it was filed from over a date line in one block
// ("Jane Wambui, Nakuru\nTuesday November 17 2026") is the author, and the date
// is read; a label in capitals alone over a byline that opens with "By"
// ("NAIROBI WATER CRISIS\n\nBy Jane Wambui | …") names no author and is no
// body: the byline's name is the author.
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "gtest/gtest.h"
#include "ingest-service/parse/layout.h"
#include "tests/ingest-service/parse/layout_test_support.h"

namespace factwire {
namespace {

using testing_layout::ExpectDay;
using testing_layout::FirstParagraph;

constexpr char kTop[] =
    "Ferry operator cuts winter sailings as fuel bill climbs\n\n"
    "Islanders say the timetable leaves them stranded after dark\n\n";
constexpr char kBody[] =
    "The operator said on Monday it would cut four of its nine daily sailings from "
    "December, citing a 30% rise in its fuel bill.\n\n"
    "Islanders said the last boat would now leave at 4pm.\n\n"
    "The council will meet the operator on Friday.\n";
constexpr char kLede[] = "The operator said on Monday it would cut four";

std::string Page(absl::string_view credit) {
  return std::string(kTop) + std::string(credit) + "\n\n" + kBody;
}

struct Case {
  const char* credit;
  const char* author;
};

// The page with `c.credit` under its headline names `c.author` alone, is dated
// 17 November 2026, and its first paragraph is the body's lede (the credit
// lines are no body).
void ExpectAuthorDateAndLede(const Case& c) {
  const std::string text = Page(c.credit);
  const Layout layout = ReadLayout(text);
  EXPECT_EQ(layout.authors, std::vector<std::string>{c.author}) << c.credit;
  ExpectDay(layout, 2026, 11, 17, c.credit);
  EXPECT_EQ(FirstParagraph(text, layout).substr(0, sizeof(kLede) - 1), kLede) << c.credit;
}

TEST(FiledBylines, NameAndPlaceOverADateLine) {
  const Case kCases[] = {
      {"Jane Wambui, Nakuru, Kenya\n17 November 2026", "Jane Wambui"},
      {"Jane Wambui, Nakuru\nTuesday November 17 2026", "Jane Wambui"},
      {"PETER OTIENO, KISUMU\n17/11/2026", "PETER OTIENO"},
      {"Aroha Ngata, Rotorua\n5:12 pm on 17 November 2026", "Aroha Ngata"},
      {"Mwila Chanda, Kitwe\nPosted: 17 Nov 2026 | 07:15 CAT", "Mwila Chanda"},
  };
  for (const Case& c : kCases) ExpectAuthorDateAndLede(c);
  // Two names over a date stay two authors; an organisation is none.
  const Layout two = ReadLayout(Page("Jane Wambui, Peter Otieno\n17 Nov 2026"));
  EXPECT_EQ(two.authors.size(), 2u);
  const Layout body = ReadLayout(Page("Ministry of Health, Nairobi\n17 Nov 2026"));
  EXPECT_TRUE(body.authors.empty());
}

TEST(FiledBylines, LabelOverAByByline) {
  const Case kCases[] = {
      {"NAIROBI WATER CRISIS\n\nBy Jane Wambui | 17 Nov 2026", "Jane Wambui"},
      {"ELECTION WATCH\n\nBY PETER OTIENO\n\n17 November 2026", "PETER OTIENO"},
      {"Island Lifeline\n\nBy Aroha Ngata\n\nNovember 17, 2026", "Aroha Ngata"},
  };
  for (const Case& c : kCases) ExpectAuthorDateAndLede(c);
  // A name alone over a date block is still the author.
  const Layout alone = ReadLayout(Page("JANE WAMBUI\n\n17 November 2026"));
  ASSERT_EQ(alone.authors.size(), 1u);
  EXPECT_EQ(alone.authors[0], "JANE WAMBUI");
}

// "Filed from Suva, Fiji", "Reporting from Suva", "Dateline: Suva", "Suva,
// Fiji" over the date line, with or without a byline over them: the place a
// story was filed from is header furniture, and the date under it is read.
TEST(FiledBylines, PlaceFiledFromOverTheDate) {
  const char* const kPlaces[] = {"Filed from Suva, Fiji", "Reporting from Suva",
                                 "Dateline: Suva", "Suva, Fiji"};
  for (const char* place : kPlaces) {
    for (const char* byline : {"", "By Mere Tuilagi\n"}) {
      const std::string text =
          "Water board raises tariffs for the first time in six years\n\nHouseholds will pay "
          "about a fifth more from January\n\n" +
          std::string(byline) + place +
          "\n30 November 2026\n\nThe water board said on Monday that it would raise "
          "tariffs.\n\nLeaks cost it 40% of its water.\n\nConsumer groups object.\n";
      const Layout layout = ReadLayout(text);
      EXPECT_EQ(layout.subheadline, "Households will pay about a fifth more from January") << text;
      ASSERT_TRUE(layout.publish_date.has_value()) << text;
      EXPECT_EQ(layout.publish_date->day, 30) << text;
    }
  }
  EXPECT_EQ(ReadLayout("From Bloomberg:").paragraphs.size(), 1u);
}

// A credit that names no one ("From our correspondent in Suva") stands where a
// byline does: a standfirst joined over it in the headline's block is the
// standfirst, the date line under it is read, and neither is body.
TEST(FiledBylines, UnnamedCreditUnderAJoinedStandfirst) {
  for (const char* credit : {"From our correspondent in Suva", "By our own correspondent"}) {
    const std::string text =
        "Ferry operator cuts winter sailings as fuel bill climbs\n"
        "Islanders say the timetable leaves them stranded after dark\n" +
        std::string(credit) + "\nPublished: 17.11.2026 \xE2\x80\x93 07:15 FJT\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.headline, "Ferry operator cuts winter sailings as fuel bill climbs") << credit;
    EXPECT_EQ(layout.subheadline, "Islanders say the timetable leaves them stranded after dark")
        << credit;
    ExpectDay(layout, 2026, 11, 17, credit);
    EXPECT_EQ(FirstParagraph(text, layout).substr(0, sizeof(kLede) - 1), kLede) << credit;
  }
}

// Furniture between a standfirst joined under the headline and the credits
// ("Filed from Suva" over the date, a photo credit over the byline) keeps the
// standfirst a standfirst, and the credits under it are read.
TEST(FiledBylines, FurnitureUnderAJoinedStandfirst) {
  for (const char* lines : {"Filed from Suva\nUpdated 17.11.2026",
                            "Photo: Mere Tuilagi / AFP\nBy Mere Tuilagi\n17 November 2026"}) {
    const std::string text =
        "Ferry operator cuts winter sailings as fuel bill climbs\n"
        "Islanders say the timetable leaves them stranded after dark\n" +
        std::string(lines) + "\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.subheadline, "Islanders say the timetable leaves them stranded after dark")
        << lines;
    ExpectDay(layout, 2026, 11, 17, lines);
    EXPECT_EQ(FirstParagraph(text, layout).substr(0, sizeof(kLede) - 1), kLede) << lines;
  }
}

// "Filed from Suva" over the byline and the date, a block of its own under a
// standfirst that stands alone: the place opens the credits, so a label over
// the headline ("Ferries") is the section, the line alone under the headline
// its standfirst, and the byline and date under the place are read.
TEST(FiledBylines, PlaceFiledFromOpensTheCredits) {
  for (const char* credits :
       {"Filed from Suva\nBy Mere Tuilagi | Staff Reporter\nDated: Tuesday, 17 November 2026",
        "Reporting from Suva\nBy Mere Tuilagi\n17 November 2026",
        "Filed from Suva, Fiji\nMere Tuilagi, Staff Reporter\nPosted: 17 Nov 2026",
        // "From Suva" is the place, no person's name over a credit.
        "From Suva\nMere Tuilagi, Staff Reporter\n17 November 2026"}) {
    const std::string text = "FERRIES\n\n" + std::string(kTop) + credits + "\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.headline, "Ferry operator cuts winter sailings as fuel bill climbs") << credits;
    EXPECT_EQ(layout.subheadline, "Islanders say the timetable leaves them stranded after dark")
        << credits;
    EXPECT_EQ(layout.section, "Ferries") << credits;
    EXPECT_EQ(layout.authors, std::vector<std::string>{"Mere Tuilagi"}) << credits;
    ExpectDay(layout, 2026, 11, 17, credits);
    EXPECT_EQ(FirstParagraph(text, layout).substr(0, sizeof(kLede) - 1), kLede) << credits;
  }
}

// "Print edition: Tuesday 17 November 2026", "Edition: 17 November 2026": a
// paper's edition labels the day the story ran.
TEST(FiledBylines, EditionLabelsTheDate) {
  const Case kCases[] = {
      {"By Mere Tuilagi\nPrint edition: Tuesday 17 November 2026", "Mere Tuilagi"},
      {"By Mere Tuilagi | Staff Reporter\nEdition: 17 November 2026", "Mere Tuilagi"},
  };
  for (const Case& c : kCases) ExpectAuthorDateAndLede(c);
}

// "By 'Mathabo Sekese": a name whose first word opens with an apostrophe
// before its capital, as Sesotho names write a dropped syllable, is a name;
// the byline names her and the date line under it is read. A quotation in
// capitals ("'Keep Our Ferry'") is no name.
TEST(FiledBylines, NameOpenedByAnApostrophe) {
  const Case kCases[] = {
      {"By 'Mathabo Sekese\n\nTeyateyaneng | 11/17/2026 | 09:15 AM", "'Mathabo Sekese"},
      {"By \xE2\x80\x99Neheng Mokoena\n\n17 November 2026", "\xE2\x80\x99Neheng Mokoena"},
      {"'Mathabo Sekese\n\n17 November 2026", "'Mathabo Sekese"},
      {"By \xE2\x80\x98Neheng Mokoena\n\n17 November 2026", "\xE2\x80\x98Neheng Mokoena"},
      {"By \xCA\xBBIolani Kahale\n\n17 November 2026", "\xCA\xBBIolani Kahale"},
  };
  for (const Case& c : kCases) ExpectAuthorDateAndLede(c);
  EXPECT_TRUE(ReadLayout(Page("'Keep Our Ferry'\n\n17 November 2026")).authors.empty());
}

// "Teyateyaneng | 11/17/2026 | 09:15 AM", "November 17, 2026 (Tuesday) |
// 9:15 PM CAT": a time in its own part after the date's part on a line of
// parts is the date's time.
TEST(FiledBylines, TimePartAfterTheDatePart) {
  struct Timed {
    const char* line;
    int hour;
  };
  const Timed kCases[] = {
      {"Teyateyaneng | 11/17/2026 | 09:15 AM", 9},
      {"Berea | November 17, 2026 (Tuesday) | 9:15 PM", 21},
  };
  for (const Timed& c : kCases) {
    const Layout layout = ReadLayout(Page(std::string("By Aroha Ngata\n\n") + c.line));
    ExpectDay(layout, 2026, 11, 17, c.line);
    ASSERT_TRUE(layout.publish_date.has_value()) << c.line;
    EXPECT_EQ(layout.publish_date->hour, c.hour) << c.line;
    EXPECT_EQ(layout.publish_date->minute, 15) << c.line;
  }
}

// "Filed from Maun by Kelebogile Dube", "Filed by Tumelo Sebele from Kasane":
// the place a story was filed from and the people who filed it: they are the
// authors, the place after "from" first the dateline, and the date line
// under the line is read.
TEST(FiledBylines, PlaceFiledFromAndItsAuthors) {
  const Case kCases[] = {
      {"Filed from Maun by Kelebogile Dube\n\nTuesday 17 November 2026 \xE2\x80\x93 08:40 (CAT)",
       "Kelebogile Dube"},
      {"Reporting from Kasane by Tumelo Sebele\n\n17 November 2026", "Tumelo Sebele"},
      {"From Maun, Botswana, by Kelebogile Dube\n\n17 November 2026", "Kelebogile Dube"},
      {"Filed by Tumelo Sebele from Kasane\n\n17 November 2026", "Tumelo Sebele"},
      {"Filed by Tumelo Sebele in Kasane\n\n17 November 2026", "Tumelo Sebele"},
  };
  for (const Case& c : kCases) ExpectAuthorDateAndLede(c);
  EXPECT_EQ(ReadLayout(Page(kCases[0].credit)).dateline, "Maun");
}

// "By Aroha Ngata with AFP", "By Aroha Ngata with agencies": the agency
// that helped write the story is no part of the author's name.
TEST(FiledBylines, AgencyHelpAfterTheName) {
  for (const char* credit : {"By Aroha Ngata with AFP\n\n17 November 2026",
                             "By Aroha Ngata with agencies | 17 November 2026"}) {
    const Layout layout = ReadLayout(Page(credit));
    EXPECT_EQ(layout.authors, std::vector<std::string>{"Aroha Ngata"}) << credit;
    ExpectDay(layout, 2026, 11, 17, credit);
  }
}

// "Words: The Annual Review | 17 Nov 2026": a credit label over a title that
// opens with an article names no one; "Forestry\n\nAroha Ngata\n\n<date>"
// and "Water Sanitation\n\nAroha Ngata | <date>": a field's label over a
// line naming the author is the section, no author.
TEST(FiledBylines, TitlesAndLabelsOverTheCreditsAreNoAuthors) {
  for (const char* credit : {"Words: The Annual Review | 17 Nov 2026",
                             "Text: The Whole Story\n\n17 November 2026"}) {
    const Layout layout = ReadLayout(Page(credit));
    EXPECT_TRUE(layout.authors.empty()) << credit;
    ExpectDay(layout, 2026, 11, 17, credit);
  }
  struct Labelled {
    const char* credit;
    const char* section;
  };
  const Labelled kLabels[] = {
      {"Coastal Protection\n\nAroha Ngata\n\n17 November 2026", "Coastal Protection"},
      {"Water Sanitation\n\nAroha Ngata | 17 November 2026", "Water Sanitation"},
      {"Forestry\n\nAroha Ngata\n\n17 November 2026", "Forestry"},
  };
  for (const Labelled& c : kLabels) {
    const std::string text = Page(c.credit);
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.authors, std::vector<std::string>{"Aroha Ngata"}) << c.credit;
    EXPECT_EQ(layout.section, c.section) << c.credit;
    ExpectDay(layout, 2026, 11, 17, c.credit);
    EXPECT_EQ(FirstParagraph(text, layout).substr(0, sizeof(kLede) - 1), kLede) << c.credit;
  }
}

// "A Lakshmi", "A Murugan and R Devi": a capital letter alone before a
// capitalised name is an initial written without its point, as Indian, Sri
// Lankan and Malaysian bylines set it, and opens a name; "A" before a
// phrase's words ("A Lasting Frustration") or a common noun ("A Celebration")
// is the article of a title, no name.
TEST(FiledBylines, InitialWithoutAPointOpensAName) {
  struct Named {
    const char* credit;
    std::vector<std::string> authors;
  };
  const Named kCases[] = {
      {"A Lakshmi\n\n12 March 2026", {"A Lakshmi"}},
      {"A Murugan and R Devi\n\n12 March 2026", {"A Murugan", "R Devi"}},
      {"A R Venkatesan | 12 March 2026", {"A R Venkatesan"}},
      {"A Celebration\n\n12 March 2026", {}},
  };
  for (const Named& c : kCases) {
    // With and without the standfirst under the headline.
    const std::string headline = std::string(kTop).substr(0, std::string(kTop).find('\n'));
    for (const std::string& top : {std::string(kTop), headline + "\n\n"}) {
      const std::string text = top + c.credit + "\n\n" + kBody;
      const Layout layout = ReadLayout(text);
      EXPECT_EQ(layout.authors, c.authors) << text;
      ExpectDay(layout, 2026, 3, 12, text);
      EXPECT_EQ(FirstParagraph(text, layout).substr(0, sizeof(kLede) - 1), kLede) << text;
    }
  }
}

// "Ann Lee | Lerwick | <date>": a person's name, then one word naming the
// place filed from, beside the date: the author and the dateline's place; a
// section there ("Ann Lee | Business | <date>") is no place.
TEST(FiledBylines, NameAndOneWordPlaceBesideTheDate) {
  const std::string text = Page("Morag Tait | Lerwick | 3 November 2025");
  const Layout layout = ReadLayout(text);
  EXPECT_EQ(layout.authors, std::vector<std::string>{"Morag Tait"});
  EXPECT_EQ(layout.dateline, "Lerwick");
  EXPECT_EQ(layout.section, "");
  ExpectDay(layout, 2025, 11, 3, text);
  EXPECT_EQ(FirstParagraph(text, layout).substr(0, sizeof(kLede) - 1), kLede);
  const Layout desk = ReadLayout(Page("Morag Tait | Business | 3 November 2025"));
  EXPECT_EQ(desk.dateline, "");
}

}  // namespace
}  // namespace factwire
