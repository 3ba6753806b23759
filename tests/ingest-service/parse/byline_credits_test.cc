// Bylines that join the name and a job or a place ("Amina Wanjiru/Nation
// Correspondent", "By RUTH KAMAU | Health Reporter", "Kevin Murphy in
// Limerick") give the name only as the author, and the standfirst and date
// around them are read; a wire story's closing credit line ("Reporting by …;
// Editing by …") is metadata, never a body paragraph.
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

constexpr char kHeadline[] = "Water board raises tariffs for the first time in six years";
constexpr char kStandfirst[] = "Households will pay about a fifth more from January";
constexpr char kLede[] =
    "The water board said on Monday that it would raise domestic tariffs by 21% "
    "from January 1, citing the cost of repairing old mains.";
constexpr char kRest[] =
    "About 40% of treated water is lost to leaks, the board said.\n\n"
    "Consumer groups said they would challenge the increase.\n";

std::string Page(absl::string_view byline) {
  return std::string(kHeadline) + "\n\n" + kStandfirst + "\n\n" + std::string(byline) +
         "\n\n30 November 2026\n\n" + kLede + "\n\n" + kRest;
}

struct Case {
  const char* byline;
  const char* author;
};

void ExpectByline(const Case& c) {
  const std::string text = Page(c.byline);
  const Layout layout = ReadLayout(text);
  EXPECT_EQ(layout.headline, kHeadline) << c.byline;
  EXPECT_EQ(layout.subheadline, kStandfirst) << c.byline;
  EXPECT_EQ(layout.authors, std::vector<std::string>{c.author}) << c.byline;
  ExpectDay(layout, 2026, 11, 30, c.byline);
  EXPECT_EQ(FirstParagraph(text, layout), kLede) << c.byline;
}

TEST(BylineCredits, NameSlashJobGivesTheName) {
  const Case kCases[] = {
      {"Amina Wanjiru/Nation Correspondent", "Amina Wanjiru"},
      {"PETER OTIENO/Business Writer", "PETER OTIENO"},
      {"By Grace Achieng/Staff Reporter", "Grace Achieng"},
      {"Jane Doe / Senior Reporter", "Jane Doe"},
  };
  for (const Case& c : kCases) ExpectByline(c);
}

TEST(BylineCredits, NameBarJobGivesTheName) {
  const Case kCases[] = {
      {"By RUTH KAMAU | Senior Correspondent", "RUTH KAMAU"},
      {"By Sean Nolan \xC2\xB7 Chief Reporter", "Sean Nolan"},
      {"Siobhan Daly | Courts Correspondent", "Siobhan Daly"},
  };
  for (const Case& c : kCases) ExpectByline(c);
}

// "By ANN LEE Associated Press": a wire byline sets the agency after the name
// with no comma; the agency is no part of the name.
TEST(BylineCredits, AgencyAfterTheNameWithoutAComma) {
  const Case kCases[] = {
      {"By MARTA OKELLO Associated Press", "MARTA OKELLO"},
      {"By Marta Okello Reuters", "Marta Okello"},
      {"By Marta Okello and Sean Nolan Associated Press", "Marta Okello"},
  };
  for (const Case& c : kCases) {
    const Layout layout = ReadLayout(Page(c.byline));
    ASSERT_FALSE(layout.authors.empty()) << c.byline;
    EXPECT_EQ(layout.authors.front(), c.author) << c.byline;
  }
  EXPECT_EQ(ReadLayout(Page("By Marta Okello and Sean Nolan Associated Press")).authors,
            (std::vector<std::string>{"Marta Okello", "Sean Nolan"}));
}

TEST(BylineCredits, NameInAPlaceGivesTheName) {
  const Case kCases[] = {
      {"Kevin Murphy in Limerick", "Kevin Murphy"},
      {"By Thandi Mokoena in Johannesburg", "Thandi Mokoena"},
      {"Lars Nygaard in Oslo", "Lars Nygaard"},
  };
  for (const Case& c : kCases) ExpectByline(c);
}

// "By Thandi Mokoena, Stone Town": a place's name (NamesAPlace) after the
// comma is where she filed from, not a second author, and the byline line is
// no dateline.
TEST(BylineCredits, NameAndAPlaceAfterACommaGivesTheName) {
  const Case kCases[] = {
      {"By Thandi Mokoena, Stone Town", "Thandi Mokoena"},
      {"By Lars Nygaard, Port Louis", "Lars Nygaard"},
      {"BY KEVIN MURPHY, NEW ROSS", "KEVIN MURPHY"},
  };
  for (const Case& c : kCases) {
    ExpectByline(c);
    EXPECT_EQ(ReadLayout(Page(c.byline)).dateline, "") << c.byline;
  }
}

// "Thandi Mokoena | Stone Town | 30 November 2026": a person's name, a
// place's name (NamesAPlace) and the date as parts of one line give the
// author, the place filed from and the date.
TEST(BylineCredits, NamePlaceAndDateAsPartsOfOneLine) {
  for (const char* line : {"Thandi Mokoena | Stone Town | 30 November 2026",
                           "Thandi Mokoena \xC2\xB7 Port Louis \xC2\xB7 30 November 2026"}) {
    const std::string text = std::string(kHeadline) + "\n\n" + kStandfirst + "\n\n" + line +
                             "\n\n" + kLede + "\n\n" + kRest;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.authors, std::vector<std::string>{"Thandi Mokoena"}) << line;
    EXPECT_NE(layout.dateline, "") << line;
    ExpectDay(layout, 2026, 11, 30, line);
    EXPECT_EQ(FirstParagraph(text, layout), kLede) << line;
  }
}

// "Suva | Thandi Mokoena | 30 November 2026": the place filed from before
// the person's name on the date's line gives the author and the dateline; a
// known section or a region there is no place, and a name under a date line
// in its block ("30 November 2026\nThandi Mokoena") is the author too, no
// body, unless it is a credit ("Staff Report").
TEST(BylineCredits, PlaceBeforeTheNameAndNameUnderTheDate) {
  for (const char* line : {"Suva | Thandi Mokoena | 30 November 2026",
                           "Port Louis \xC2\xB7 Thandi Mokoena \xC2\xB7 30 November 2026",
                           "30 November 2026\nThandi Mokoena",
                           "Published: 30 Nov 2026, 10:40 EAT\nThandi Mokoena"}) {
    const std::string text = std::string(kHeadline) + "\n\n" + kStandfirst + "\n\n" + line +
                             "\n\n" + kLede + "\n\n" + kRest;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.authors, std::vector<std::string>{"Thandi Mokoena"}) << line;
    ExpectDay(layout, 2026, 11, 30, line);
    EXPECT_EQ(FirstParagraph(text, layout), kLede) << line;
  }
  // A town and its region as the place's part: the town is the dateline.
  const std::string lagos = std::string(kHeadline) + "\n\nThandi Mokoena | Lagos, Nigeria | "
                            "30 November 2026\n\n" + kLede + "\n\n" + kRest;
  EXPECT_EQ(ReadLayout(lagos).authors, std::vector<std::string>{"Thandi Mokoena"});
  EXPECT_EQ(ReadLayout(lagos).dateline, "Lagos");
  const std::string suva = std::string(kHeadline) + "\n\nSuva | Thandi Mokoena | 30 November "
                           "2026\n\n" + kLede + "\n\n" + kRest;
  EXPECT_EQ(ReadLayout(suva).dateline, "Suva");
  for (const char* line : {"Business | Staff Report | 30 November 2026",
                           "30 November 2026\nStaff Report"}) {
    const std::string text = std::string(kHeadline) + "\n\n" + line + "\n\n" + kLede +
                             "\n\n" + kRest;
    EXPECT_TRUE(ReadLayout(text).authors.empty()) << line;
  }
}

// "Thandi Mokoena | Owerri, Imo State | <date>": a town before a region of a
// place's shape (a country, a world region, a country's division) is the
// dateline; two words joined by a comma that name no place ("Reporting,
// Editing", two surnames) are none.
TEST(BylineCredits, TownAndRegionPartNeedsAPlacesShape) {
  struct PartCase {
    const char* part;
    const char* dateline;
  };
  const PartCase kCases[] = {
      {"Owerri, Imo State", "Owerri"},
      {"Kitale, Western Kenya", "Kitale"},
      {"Kumasi, Ghana", "Kumasi"},
      {"Moab, Utah", "Moab"},
      {"Reporting, Editing", ""},
      {"Moyo, Banda", ""},
  };
  for (const PartCase& c : kCases) {
    const std::string text = std::string(kHeadline) + "\n\nThandi Mokoena | " + c.part +
                             " | 30 November 2026\n\n" + kLede + "\n\n" + kRest;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.dateline, c.dateline) << c.part;
    ExpectDay(layout, 2026, 11, 30, c.part);
  }
}

// "March 3, 2026\nGreenvale Rovers\n\nGreenvale Rovers beat …": a name under a
// bare date line that the headline or the lede repeats is the one the story is
// about (a club, a storm, a mayor), no author; the lede stays the body's.
TEST(BylineCredits, NameUnderTheDateThatTheStoryRepeatsIsNoAuthor) {
  struct StoryCase {
    const char* headline;
    const char* name;
    const char* lede;
  };
  const StoryCase kCases[] = {
      {"Late goal sends the home side through to the final", "Greenvale Rovers",
       "Greenvale Rovers beat their neighbours 2-1 on Saturday with a goal in the last minute."},
      {"Hurricane Odalys turns north towards the islands", "Hurricane Odalys",
       "The storm was moving at 15 km/h on Tuesday night, forecasters said."},
      {"Town council names an interim leader", "Marta Quispe",
       "The council said on Monday that Quispe would lead it until a vote in March."},
  };
  for (const StoryCase& c : kCases) {
    const std::string text = std::string(c.headline) + "\n\n30 November 2026\n" + c.name +
                             "\n\n" + c.lede + "\n\n" + kRest;
    const Layout layout = ReadLayout(text);
    EXPECT_TRUE(layout.authors.empty()) << c.name;
    ExpectDay(layout, 2026, 11, 30, c.name);
  }
}

// "East Africa | Port Louis | <date>", "Middle East · Abu Dhabi · <date>": a
// region or a known section before a place is the desk the story runs under,
// no person's name: the section, and the place is the dateline.
TEST(BylineCredits, RegionOrSectionBeforeAPlaceIsNoAuthor) {
  struct DeskCase {
    const char* line;
    const char* section;
    const char* dateline;
  };
  const DeskCase kCases[] = {
      {"East Africa | Port Louis | 30 November 2026", "East Africa", "Port Louis"},
      {"Southern Africa | Cape Town | 30 November 2026", "Southern Africa", "Cape Town"},
      {"Middle East \xC2\xB7 Abu Dhabi \xC2\xB7 30 November 2026", "Middle East",
       "Abu Dhabi"},
  };
  for (const DeskCase& c : kCases) {
    const std::string text = std::string(kHeadline) + "\n\n" + kStandfirst + "\n\n" + c.line +
                             "\n\n" + kLede + "\n\n" + kRest;
    const Layout layout = ReadLayout(text);
    EXPECT_TRUE(layout.authors.empty()) << c.line;
    EXPECT_EQ(layout.section, c.section) << c.line;
    EXPECT_EQ(layout.dateline, c.dateline) << c.line;
    ExpectDay(layout, 2026, 11, 30, c.line);
    EXPECT_EQ(FirstParagraph(text, layout), kLede) << c.line;
  }
}

// "Central Asia | Almaty | <date>": after a region (a compass word before a
// continent, a sea or a country) one capitalised word is the town filed from;
// a credit or a kicker there is none.
TEST(BylineCredits, OneWordTownAfterARegionIsTheDateline) {
  struct DeskCase {
    const char* line;
    const char* section;
    const char* dateline;
  };
  const DeskCase kCases[] = {
      {"Central Asia | Almaty | 28 November 2026", "Central Asia", "Almaty"},
      {"Northern Europe | Harwick | 29 November 2026", "Northern Europe", "Harwick"},
      {"North America | Winnipeg | 29 November 2026", "North America", "Winnipeg"},
      {"South East Asia \xC2\xB7 Hanoi \xC2\xB7 29 November 2026", "South East Asia",
       "Hanoi"},
      {"Eastern Mediterranean | Limassol | 29 November 2026", "Eastern Mediterranean",
       "Limassol"},
      {"Sub-Saharan Africa | Lusaka | 29 November 2026", "Sub-Saharan Africa", "Lusaka"},
      {"East Africa | Reuters | 29 November 2026", "", ""},
      {"Northern Europe | Analysis | 29 November 2026", "", ""},
  };
  for (const DeskCase& c : kCases) {
    const std::string text = std::string(kHeadline) + "\n\n" + kStandfirst + "\n\n" + c.line +
                             "\n\n" + kLede + "\n\n" + kRest;
    const Layout layout = ReadLayout(text);
    EXPECT_TRUE(layout.authors.empty()) << c.line;
    EXPECT_EQ(layout.section, c.section) << c.line;
    EXPECT_EQ(layout.dateline, c.dateline) << c.line;
    EXPECT_EQ(FirstParagraph(text, layout), kLede) << c.line;
  }
}

TEST(BylineCredits, JobLabelBeforeAColonGivesTheName) {
  const Case kCases[] = {
      {"Columnist: Andile Nkosi", "Andile Nkosi"},
      {"Reporter: Kevin Murphy", "Kevin Murphy"},
      {"Staff Writer: Ruth Kamau", "Ruth Kamau"},
      {"CORRESPONDENT: PETER OTIENO", "PETER OTIENO"},
  };
  for (const Case& c : kCases) ExpectByline(c);
  // A label that is no job before a colon names no author.
  const std::string text = Page("Minister: We will not back down");
  EXPECT_TRUE(ReadLayout(text).authors.empty());
}

TEST(BylineCredits, ClosingWireCreditIsNoBody) {
  const char* const kTrailers[] = {
      "Reporting by Amina Yusuf; Editing by Tom Reid",
      "(Reporting by Amina Yusuf in Abuja; Writing by Tom Reid; Editing by Sam Lee)",
      "Reporting by Kim Soo-yeon and Park Ji-min; Editing by Ed Davies",
      "Additional reporting by Amina Yusuf in Abuja; Editing by Tom Reid",
  };
  for (const char* trailer : kTrailers) {
    const std::string text = std::string(kHeadline) + "\n\n" + kLede + "\n\n" + kRest +
                             "\n" + trailer + "\n";
    const Layout layout = ReadLayout(text);
    ASSERT_FALSE(layout.paragraphs.empty()) << trailer;
    const ByteRange& last = layout.paragraphs.back();
    EXPECT_EQ(text.substr(last.first, last.second - last.first),
              "Consumer groups said they would challenge the increase.")
        << trailer;
  }
}

// A name and a job in sentence case with no comma between them ("Owen Hale
// Transport correspondent", as some papers print a byline) give the name; a
// title-case line that ends in a job word is no such byline.
TEST(BylineCredits, NameBeforeASentenceCaseJobGivesTheName) {
  const Case kCases[] = {
      {"Owen Hale Transport correspondent", "Owen Hale"},
      {"Ruth Amsel Senior economics reporter", "Ruth Amsel"},
      {"Mary-Jane O'Neil Political editor", "Mary-Jane O'Neil"},
  };
  for (const Case& c : kCases) ExpectByline(c);
  EXPECT_TRUE(CreditedNames("Ann Lee Named New Editor", false).empty());
  EXPECT_TRUE(CreditedNames("Council names new editor", false).empty());
}

// A name with the place it files from and a date after commas ("Ann Lee,
// Mumbai, Nov 3, 2025 10:42 IST") dates the story; a name with the author's
// handle ("Ann Lee @annlee") is a byline, no standfirst.
TEST(BylineCredits, NamePlaceAndDateOrAHandleOnOneLine) {
  const std::string dated = std::string(kHeadline) + "\n\n" + kStandfirst +
                            "\n\nAnn Lee, Mumbai, Nov 30, 2026 10:42 IST\n\n" + kLede +
                            "\n\n" + kRest;
  const Layout layout = ReadLayout(dated);
  EXPECT_EQ(layout.subheadline, kStandfirst);
  EXPECT_EQ(layout.authors, std::vector<std::string>{"Ann Lee"});
  ExpectDay(layout, 2026, 11, 30, dated);
  EXPECT_EQ(FirstParagraph(dated, layout), kLede);
  const std::string handled = std::string(kHeadline) + "\n\nAnn Lee @annlee\n\n" +
                              kStandfirst + "\n\n" + kLede + "\n\n" + kRest;
  const Layout with_handle = ReadLayout(handled);
  EXPECT_EQ(with_handle.subheadline, kStandfirst);
  EXPECT_EQ(with_handle.authors, std::vector<std::string>{"Ann Lee"});
}

// Under the headline, a name and a job in title case with no comma ("Owen
// Hale Economics Reporter") over the date line is the byline, no standfirst.
TEST(BylineCredits, NameBeforeATitleCaseJobOverTheDate) {
  for (const char* byline : {"Owen Hale Economics Reporter", "Ann Lee Senior Writer"}) {
    const std::string text = std::string(kHeadline) + "\n\n" + byline +
                             "\n\nPublished November 30, 2026\n\n" + kLede + "\n\n" + kRest;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.headline, kHeadline) << byline;
    EXPECT_TRUE(layout.subheadline.empty()) << byline;
    EXPECT_EQ(layout.authors.size(), 1u) << byline;
    ExpectDay(layout, 2026, 11, 30, byline);
    EXPECT_EQ(FirstParagraph(text, layout), kLede) << byline;
  }
}

// "By our correspondent in Lusaka", "From our own correspondent", "By Lusaka
// Times Reporter", "Our Correspondent" over the place it files from: a credit
// that names no person is header furniture, so the date line under it is read
// and the lede stays the first paragraph; it gives no author.
TEST(BylineCredits, CreditsThatNameNoOne) {
  const char* const kCredits[] = {
      "By our correspondent in Lusaka",
      "From our own correspondent",
      "By Lusaka Times Reporter",
      "Our Correspondent\nLusaka",
      "BY OUR REPORTER",
  };
  for (const char* credit : kCredits) {
    const std::string text = Page(credit);
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.headline, kHeadline) << credit;
    EXPECT_EQ(layout.subheadline, kStandfirst) << credit;
    ExpectDay(layout, 2026, 11, 30, text);
    EXPECT_TRUE(layout.authors.empty()) << credit;
    EXPECT_EQ(FirstParagraph(text, layout), kLede) << credit;
  }
}

// "Jo Moyo for The Namibian" over the date, "Jo Moyo, Special to the Times":
// the name and the outlet the story was written for; the date under them is
// read.
TEST(BylineCredits, NamesAndTheOutletWrittenFor) {
  const Case kCases[] = {
      {"Jo Moyo for The Namibian", "Jo Moyo"},
      {"Jo Moyo, Special to the Times", "Jo Moyo"},
  };
  for (const Case& c : kCases) {
    const std::string text = std::string(kHeadline) + "\n\n" + kStandfirst + "\n\n" +
                             c.byline + "\n30 November 2026\n\n" + kLede + "\n\n" + kRest;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.subheadline, kStandfirst) << c.byline;
    ExpectDay(layout, 2026, 11, 30, text);
    EXPECT_EQ(layout.authors, std::vector<std::string>{c.author}) << c.byline;
    EXPECT_EQ(FirstParagraph(text, layout), kLede) << c.byline;
  }
}

// "By AFP", "By The Associated Press", "By admin" (a site's account): a byline
// naming no person is furniture and the date under it is read; "From
// Bloomberg:" opening a paragraph is no credit.
TEST(BylineCredits, AgenciesAndAccountsAfterBy) {
  for (const char* credit : {"By AFP", "By The Associated Press", "By admin"}) {
    const std::string text = Page(credit);
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.subheadline, kStandfirst) << credit;
    ExpectDay(layout, 2026, 11, 30, text);
    EXPECT_EQ(FirstParagraph(text, layout), kLede) << credit;
  }
  const Layout quoted = ReadLayout("From Bloomberg:");
  EXPECT_EQ(quoted.paragraphs.size(), 1u);
}

// "Jo Moyo and Tom Bell\nLusaka\n<date>": names without "By" over the place
// they filed from, in one block with the date.
TEST(BylineCredits, NamesOverTheirPlaceInOneBlock) {
  const std::string text = std::string(kHeadline) + "\n\n" + kStandfirst +
                           "\n\nJo Moyo and Tom Bell\nLusaka\n30 November 2026\n\n" + kLede +
                           "\n\n" + kRest;
  const Layout layout = ReadLayout(text);
  ExpectDay(layout, 2026, 11, 30, text);
  EXPECT_EQ(layout.authors, (std::vector<std::string>{"Jo Moyo", "Tom Bell"}));
  EXPECT_EQ(FirstParagraph(text, layout), kLede);
}

// "Jo Moyo in Lusaka" over the date line in one block: the name without the
// place it was filed from; the date is read.
TEST(BylineCredits, NameInAPlaceOverTheDate) {
  const std::string text = std::string(kHeadline) + "\n\n" + kStandfirst +
                           "\n\nJo Moyo in Lusaka\nMon 30 Nov 2026 09.40 GMT\n\n" + kLede +
                           "\n\n" + kRest;
  const Layout layout = ReadLayout(text);
  ExpectDay(layout, 2026, 11, 30, text);
  EXPECT_EQ(layout.authors, std::vector<std::string>{"Jo Moyo"});
  EXPECT_EQ(FirstParagraph(text, layout), kLede);
}

// An organisation's page: "Published by Lusaka City Council on 30 November
// 2026" is a byline with its date; "From: Lusaka City Council" over the date
// line is a credit; "In: Regional News" names the section.
TEST(BylineCredits, StatementsPublishedOrIssuedBy) {
  const char* const kLines[] = {
      "Published by Lusaka City Council on 30 November 2026",
      "Issued by Lusaka City Council on 30 November 2026",
      "From: Lusaka City Council\n30 November 2026",
      "In: Regional News\n30 November 2026",
  };
  for (const char* line : kLines) {
    const std::string text = std::string(kHeadline) + "\n\n" + kStandfirst + "\n\n" + line +
                             "\n\n" + kLede + "\n\n" + kRest;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.subheadline, kStandfirst) << line;
    ExpectDay(layout, 2026, 11, 30, text);
    EXPECT_EQ(FirstParagraph(text, layout), kLede) << line;
  }
}

// "Reuters staff", "Guardian staff and agencies", "Jo Moyo with agencies": a
// credit with a word in lowercase is furniture, and the date under it is
// read; "Regional News" in capitals is no credit but a section.
TEST(BylineCredits, StaffAndAgenciesCredits) {
  for (const char* credit :
       {"Reuters staff", "Guardian staff and agencies", "Jo Moyo with agencies"}) {
    const std::string text = Page(credit);
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.subheadline, kStandfirst) << credit;
    ExpectDay(layout, 2026, 11, 30, text);
    EXPECT_EQ(FirstParagraph(text, layout), kLede) << credit;
  }
  EXPECT_EQ(ReadLayout(Page("Regional News")).section, "Regional News");
}

// A paper's name ("Cape Times", "New York Times", "Kansas City Star" named
// for its place, "Manila Bulletin" closed by a word no person's name closes:
// NamesAPaper) is an outlet: after a name it is no second
// author and no place filed from, and alone over the date it is neither an
// author nor the dateline.
TEST(BylineCredits, PapersNamedForTheirPlace) {
  for (const char* byline : {"By Ann Lee, Cape Times", "By Ann Lee, New York Times",
                             "Ann Lee, Kansas City Star", "Ann Lee | Cape Times",
                             "By Ann Lee, Manila Bulletin", "Ann Lee, Lagos Tribune"}) {
    ExpectByline({byline, "Ann Lee"});
    EXPECT_EQ(ReadLayout(Page(byline)).dateline, "") << byline;
  }
  for (const char* paper :
       {"Cape Times", "New York Times", "Kansas City Star", "Manila Bulletin"}) {
    const std::string text = std::string(kHeadline) + "\n\n" + paper +
                             "\n\n30 November 2026\n\n" + kLede + "\n\n" + kRest;
    const Layout layout = ReadLayout(text);
    EXPECT_TRUE(layout.authors.empty()) << paper;
    EXPECT_EQ(layout.dateline, "") << paper;
    ExpectDay(layout, 2026, 11, 30, paper);
    EXPECT_EQ(FirstParagraph(text, layout), kLede) << paper;
  }
}

// "Posted on 30 November 2026 by Ann Lee, Kitwe Bureau": a date line, then
// "by" and the name with the place filed from or a credit after it, gives the
// date and the name only; the standfirst over it stays the standfirst, in its
// own block or joined over the line, and the body starts at the lede.
TEST(BylineCredits, DateThenNameWithAPlaceOrACredit) {
  for (const char* line : {"Posted on November 30, 2026 by Ann Lee, Kitwe Bureau",
                           "Published 30 November 2026 by Ann Lee, Kitwe",
                           "Posted Nov 30, 2026 at 9:10 by Ann Lee in Kitwe",
                           "Posted on 30 Nov 2026 by Ann Lee, Senior Reporter, Copperbelt Times",
                           "Published 30 November 2026 by Ann Lee | Kitwe Bureau"}) {
    for (const char* gap : {"\n\n", "\n"}) {
      const std::string text = std::string(kHeadline) + "\n\n" + kStandfirst + gap + line +
                               "\n\n" + kLede + "\n\n" + kRest;
      const Layout layout = ReadLayout(text);
      EXPECT_EQ(layout.subheadline, kStandfirst) << text;
      EXPECT_EQ(layout.authors, std::vector<std::string>{"Ann Lee"}) << text;
      ExpectDay(layout, 2026, 11, 30, text);
      EXPECT_EQ(FirstParagraph(text, layout), kLede) << text;
    }
  }
  const std::string two = std::string(kHeadline) + "\n\n" + kStandfirst +
                          "\n\nPosted on November 30, 2026 by Ann Lee and Jo Moyo, Business Desk"
                          "\n\n" + kLede + "\n\n" + kRest;
  EXPECT_EQ(ReadLayout(two).authors, (std::vector<std::string>{"Ann Lee", "Jo Moyo"}));
}

// "Posted 4 hours ago by Ann Lee, Kitwe Bureau": a time without a date, then
// "by" and a name, gives the name and no date; the standfirst over it stays.
TEST(BylineCredits, TimeThenNameGivesTheNameOnly) {
  for (const char* line : {"Posted 4 hours ago by Ann Lee, Kitwe Bureau",
                           "Updated 10:15 am by Ann Lee"}) {
    const std::string text = std::string(kHeadline) + "\n\n" + kStandfirst + "\n" + line +
                             "\n\n" + kLede + "\n\n" + kRest;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.subheadline, kStandfirst) << text;
    EXPECT_EQ(layout.authors, std::vector<std::string>{"Ann Lee"}) << text;
    EXPECT_FALSE(layout.publish_date.has_value()) << text;
    EXPECT_EQ(FirstParagraph(text, layout), kLede) << text;
  }
}

}  // namespace
}  // namespace factwire
