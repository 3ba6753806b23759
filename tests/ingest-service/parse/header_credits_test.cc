// Credit lines of more sites' headers: a staff or agency credit alone under a
// standfirst, a name and a date on one line, "by:" leads, a name at a place
// over a date, and author and save buttons.
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "gtest/gtest.h"
#include "ingest-service/parse/dates.h"
#include "ingest-service/parse/layout.h"
#include "tests/ingest-service/parse/layout_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_layout::ExpectDay;
using ::factwire::testing_layout::FirstParagraph;

constexpr char kHeadline[] = "Desalination plant to double output after second line opens";
constexpr char kStandfirst[] = "Residents in the north were promised fewer cuts this summer";
constexpr char kBody[] =
    "The water authority said on Sunday that the plant would produce 480,000 cubic metres a "
    "day from June, after a second line costing $310 million was finished ahead of time.\n\n"
    "The authority's director said the cuts would end.\n\n"
    "Farmers have asked for a share of the water.\n";

// "UAE\n\n<headline>\n\n<standfirst>\n\nStaff Reporter\n\n<date>": a credit
// alone (an agency or a job: "Staff Reporter", "Special Correspondent",
// "Reuters") is a byline line, so the label over the headline is the section
// and the credit no body paragraph.
TEST(HeaderCredits, CreditAloneUnderTheStandfirst) {
  for (const char* credit : {"Staff Reporter", "Special Correspondent", "Reuters"}) {
    for (const char* label : {"UAE", "Kerala", "Business"}) {
      const std::string text = std::string(label) + "\n\n" + kHeadline + "\n\n" + kStandfirst +
                               "\n\n" + credit + "\n\nPublished: Mon 30 Nov 2026, 11:05 AM\n\n" +
                               kBody;
      const Layout layout = ReadLayout(text);
      EXPECT_EQ(layout.section, label) << text;
      EXPECT_EQ(layout.headline, kHeadline) << text;
      EXPECT_EQ(layout.subheadline, kStandfirst) << text;
      ExpectDay(layout, 2026, 11, 30, text);
      EXPECT_TRUE(absl::StartsWith(FirstParagraph(text, layout), "The water authority")) << text;
    }
  }
  // A line that credits an outlet with a verb and a colon opens the body.
  const std::string reports = std::string("Harbour News reports:\n\n") + kBody;
  EXPECT_TRUE(absl::StartsWith(FirstParagraph(reports, ReadLayout(reports)), "Harbour News"));
  // A short headline over its standfirst, with no credit or date, stays the
  // headline.
  const std::string text = std::string("Water Wars\n\n") + kHeadline + "\n\n" + kBody;
  EXPECT_EQ(ReadLayout(text).headline, "Water Wars");
}

// "Jane Doe Published November 30, 2026": a name and a date line on one line
// give the author and the date.
TEST(HeaderCredits, NameAndDateOnOneLine) {
  const char* const kLines[] = {
      "Leila Haddad Published November 30, 2026",
      "Leila Haddad Updated 30 Nov 2026 06:00 GMT",
      "LEILA HADDAD Posted: Nov 30, 2026",
  };
  for (const char* line : kLines) {
    const std::string text = std::string(kHeadline) + "\n\n" + line + "\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    ASSERT_EQ(layout.authors.size(), 1u) << line;
    EXPECT_TRUE(absl::EqualsIgnoreCase(layout.authors[0], "Leila Haddad")) << line;
    ExpectDay(layout, 2026, 11, 30, line);
    EXPECT_EQ(layout.subheadline, "") << line;
  }
}

// "by: Leila Haddad", "BY: LEILA HADDAD": a byline with a colon after its lead.
TEST(HeaderCredits, ByLeadWithAColon) {
  EXPECT_EQ(Byline("by: Leila Haddad"), std::vector<std::string>{"Leila Haddad"});
  EXPECT_EQ(Byline("BY: LEILA HADDAD"), std::vector<std::string>{"LEILA HADDAD"});
  const std::string text = std::string(kHeadline) +
                           "\n\nby: Leila Haddad\n\nPosted: Nov 30, 2026 / 06:05 AM CST\n\n" +
                           kBody;
  const Layout layout = ReadLayout(text);
  EXPECT_EQ(layout.authors, std::vector<std::string>{"Leila Haddad"});
  EXPECT_EQ(layout.subheadline, "");
}

// "Text: Leila Haddad, water correspondent" over "Photo: …" and the date: a
// credit label as magazines and European sites print it is a byline; the
// date under the photo credit is read, and neither line is body.
TEST(HeaderCredits, TextAndWordsLabelsAreBylines) {
  for (const char* label : {"Text: ", "Words: ", "TEXT: "}) {
    const std::string text = std::string(kHeadline) + "\n\n" + kStandfirst + "\n\n" + label +
                             "Leila Haddad, water correspondent\nPhoto: Omar Said\n\n"
                             "Updated: 30 November 2026 at 09:40\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.authors, std::vector<std::string>{"Leila Haddad"}) << text;
    EXPECT_EQ(layout.subheadline, kStandfirst) << text;
    ExpectDay(layout, 2026, 11, 30, text);
    EXPECT_TRUE(absl::StartsWith(FirstParagraph(text, layout), "The water authority")) << text;
  }
}

// "Text: Budget Speech Delivered in Parliament", "Words: Clause 9 of the
// Water Bill": a credit label over words that are no person's name (a title,
// a clause, a document) is no byline; it names no author.
TEST(HeaderCredits, CreditLabelOverNoNameIsNoByline) {
  for (const char* line : {"Text: Budget Speech Delivered in Parliament Today",
                           "Text: Clause 9 of the Water Bill", "Words: Notes on the Launch Event"}) {
    for (const char* gap : {"\n", "\n\n"}) {
      const std::string text = std::string(kHeadline) + gap + line + "\n\n" + kBody;
      const Layout layout = ReadLayout(text);
      EXPECT_TRUE(layout.authors.empty()) << text;
      EXPECT_EQ(layout.headline, kHeadline) << text;
    }
  }
  const std::string named = std::string(kHeadline) + "\n\nWords: Omar Said | Photo: Leila "
                            "Haddad\n\n" + kBody;
  EXPECT_EQ(ReadLayout(named).authors, std::vector<std::string>{"Omar Said"}) << named;
}

// A date line in another European language under the headline, alone or
// beside the byline after a bar or a dot ("Leila Haddad · 30 noiembrie
// 2026, 10:15", "Publicado: 30 de noviembre de 2026") gives the date.
TEST(HeaderCredits, DatesWithEuropeanMonthNames) {
  for (const char* line : {"By Leila Haddad | 30 de novembro de 2026",
                           "By Leila Haddad \xC2\xB7 30 noiembrie 2026, 10:15",
                           "Publicado: 30 de noviembre de 2026",
                           "Actualizado 30 noviembre 2026 10:15",
                           "Luned\xC3\xAC 30 novembre 2026"}) {
    const std::string text = std::string(kHeadline) + "\n\n" + kStandfirst + "\n\n" + line +
                             "\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    ExpectDay(layout, 2026, 11, 30, text);
    EXPECT_EQ(layout.subheadline, kStandfirst) << text;
    EXPECT_TRUE(absl::StartsWith(FirstParagraph(text, layout), "The water authority")) << text;
  }
}

// "Leila Haddad | 30 November 2026": a person's name alone before the date on
// a line of parts is the byline without its "By"; a field's name or a
// newsletter's name in capitals there is none.
TEST(HeaderCredits, NameBeforeTheDateOnALineOfParts) {
  const std::pair<const char*, std::vector<std::string>> kCases[] = {
      {"Leila Haddad | 30 November 2026", {"Leila Haddad"}},
      {"\xC3\x89mile Durand \xC2\xB7 30 novembre 2026 \xC2\xB7 10:15", {"\xC3\x89mile Durand"}},
      {"Water Sanitation | 30 November 2026", {}},
      {"WATER BRIEFING | Issue 12 | 30 November 2026", {}},
  };
  for (const auto& [line, authors] : kCases) {
    const std::string text = std::string(kHeadline) + "\n\n" + kStandfirst + "\n\n" + line +
                             "\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.authors, authors) << text;
    ExpectDay(layout, 2026, 11, 30, text);
  }
}

// "Evening Briefing | 30 November 2026": a label before the date whose last
// word closes the name of a page's item, an office or the things it is about
// (a briefing, a board, a column, a minister, prices) is no byline; a name
// there still is ("Grace Waters | <date>").
TEST(HeaderCredits, LabelBeforeTheDateIsNoName) {
  const std::pair<const char*, std::vector<std::string>> kCases[] = {
      {"Evening Briefing | 30 November 2026", {}},
      {"Editorial Board | 30 November 2026", {}},
      {"Opinion Column \xC2\xB7 30 November 2026", {}},
      {"Finance Minister | 30 November 2026", {}},
      {"Fuel Prices | 30 November 2026", {}},
      {"Grace Waters | 30 November 2026", {"Grace Waters"}},
  };
  for (const auto& [line, authors] : kCases) {
    const std::string text = std::string(kHeadline) + "\n\n" + kStandfirst + "\n\n" + line +
                             "\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.authors, authors) << text;
    ExpectDay(layout, 2026, 11, 30, text);
  }
}

// "Leila Haddad at Anfield" over a date block: the reporter, without the place.
TEST(HeaderCredits, NameAtAPlaceOverADate) {
  for (const char* line : {"Leila Haddad at Anfield", "Leila Haddad in Muscat"}) {
    const std::string text = std::string(kHeadline) + "\n\n" + line +
                             "\n\nSun 30 Nov 2026 19.30 GMT\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.authors, std::vector<std::string>{"Leila Haddad"}) << line;
    EXPECT_EQ(layout.subheadline, "") << line;
    ExpectDay(layout, 2026, 11, 30, line);
  }
}

// "More by this Author", "Save", "Gift this article": buttons, no standfirst
// and no body.
TEST(HeaderCredits, AuthorAndSaveButtons) {
  for (const char* button : {"More by this Author", "Save", "Gift this article"}) {
    const std::string text = std::string(kHeadline) + "\n\nBy LEILA HADDAD\n" + button +
                             "\n\n30 November 2026\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.subheadline, "") << button;
    EXPECT_TRUE(absl::StartsWith(FirstParagraph(text, layout), "The water authority")) << button;
  }
}

// "Follow us on WhatsApp for the latest news", "ALSO READ: …": calls to act
// and links to other stories among the header lines are furniture, not the
// standfirst; the standfirst after them is read. "Join the queue: …" is none.
TEST(HeaderCredits, CallsToActAndLinksToOtherStories) {
  const char* const kPromos[] = {
      "Follow us on WhatsApp for the latest news",
      "Join our Telegram channel for breaking news",
      "ALSO READ: Water tanker drivers call off strike after talks",
      "Sign up for our morning newsletter",
      "Read more: How the plant was built in two years",
  };
  constexpr char kSummary[] = "Residents in the north expect fewer cuts this summer";
  for (const char* promo : kPromos) {
    const std::string text = std::string(kHeadline) + "\n\n" + promo + "\n\n" + kSummary +
                             "\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.subheadline, kSummary) << promo;
    EXPECT_TRUE(absl::StartsWith(FirstParagraph(text, layout), "The water authority")) << promo;
  }
  const std::string standfirst = "Join the queue: residents wait hours for a tanker";
  const std::string text = std::string(kHeadline) + "\n\n" + standfirst + "\n\n" + kBody;
  EXPECT_EQ(ReadLayout(text).subheadline, standfirst);
}

// "Port Louis\n\n<date>", "Cape Coast\n<date>": a place's name alone over the
// date (opened by a word such as "Port", "New", "San", or closed by one such
// as "Town", "City", "Springs") is where the story was filed from, no author;
// a name and such a place after a comma keep the name.
TEST(HeaderCredits, PlaceAloneOverADateIsNoAuthor) {
  for (const char* place : {"Port Louis", "Grand Rapids", "Stone Town", "Kansas City",
                            "Alice Springs", "PORT MORESBY", "Addis Ababa",
                            "Ho Chi Minh City"}) {
    for (const char* gap : {"\n\n", "\n"}) {
      const std::string text = std::string(kHeadline) + "\n\n" + place + gap +
                               "Sun 30 Nov 2026 19.30 GMT\n\n" + kBody;
      const Layout layout = ReadLayout(text);
      EXPECT_TRUE(layout.authors.empty()) << text;
      EXPECT_EQ(layout.dateline, place) << text;
      ExpectDay(layout, 2026, 11, 30, text);
    }
  }
  const std::string text = std::string(kHeadline) +
                           "\n\nLeila Haddad, Stone Town\n\nSun 30 Nov 2026 19.30 GMT\n\n" +
                           kBody;
  EXPECT_EQ(ReadLayout(text).authors, std::vector<std::string>{"Leila Haddad"});
}

// "<headline>\n\n<standfirst>\n\nAmina Juma\n\n<date>": a standfirst that
// reads like a report ("were promised") over a name or a place alone, and a
// date under that, is the standfirst; the name, the place and the date are
// the header's credits, and the lede opens the body.
TEST(HeaderCredits, StandfirstOverANameOrPlaceAlone) {
  struct Case {
    const char* credits;
    const char* author;
    const char* dateline;
  };
  const Case kCases[] = {
      {"Leila Haddad\n\nSun 30 Nov 2026 19.30 GMT", "Leila Haddad", ""},
      {"LEILA HADDAD\n\n30 November 2026", "LEILA HADDAD", ""},
      {"Leila Haddad\n\nMuscat\n\n30 November 2026", "Leila Haddad", ""},
      {"Port Louis\n\n30 November 2026", "", "Port Louis"},
  };
  for (const Case& c : kCases) {
    const std::string text = std::string(kHeadline) + "\n\n" + kStandfirst + "\n\n" +
                             c.credits + "\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.subheadline, kStandfirst) << text;
    EXPECT_EQ(layout.authors.empty() ? "" : layout.authors.front(), c.author) << text;
    EXPECT_EQ(layout.dateline, c.dateline) << text;
    ExpectDay(layout, 2026, 11, 30, text);
    EXPECT_TRUE(absl::StartsWith(FirstParagraph(text, layout), "The water authority")) << text;
  }
}

// "Business | Water\n\n<headline>\n\nMuscat\n\n<date>": a place alone over the
// date is where the story was filed from when a breadcrumb gave the section
// too; the date under it is read and the lede opens the body.
TEST(HeaderCredits, PlaceOverADateUnderABreadcrumbSection) {
  for (const char* place : {"Muscat", "Stone Town", "Sohar, Oman"}) {
    for (const char* gap : {"\n\n", "\n"}) {
      const std::string text = std::string("Business | Water\n\n") + kHeadline + "\n\n" +
                               place + gap + "30 November 2026\n\n" + kBody;
      const Layout layout = ReadLayout(text);
      EXPECT_EQ(layout.section, "Water") << text;
      EXPECT_EQ(layout.dateline, place) << text;
      EXPECT_TRUE(layout.authors.empty()) << text;
      ExpectDay(layout, 2026, 11, 30, text);
      EXPECT_TRUE(absl::StartsWith(FirstParagraph(text, layout), "The water authority")) << text;
    }
  }
}

// "Dar es Salaam\n\n<date>": a place whose name keeps lowercase particles
// between its capitalised words is the place filed from, as "Muscat" is, not
// the standfirst; with a standfirst over it, the date under it is still read.
TEST(HeaderCredits, PlaceWithParticlesOverADate) {
  for (const char* place : {"Dar es Salaam", "Rio de Janeiro", "Newcastle upon Tyne"}) {
    for (const std::string& over : {std::string(), std::string(kStandfirst) + "\n\n"}) {
      const std::string text = std::string(kHeadline) + "\n\n" + over + place +
                               "\n\n30 November 2026\n\n" + kBody;
      const Layout layout = ReadLayout(text);
      EXPECT_EQ(layout.dateline, place) << text;
      EXPECT_NE(layout.subheadline, place) << text;
      ExpectDay(layout, 2026, 11, 30, text);
    }
  }
  // "Head of the Council": "of the" are no particles of a place.
  const std::string text =
      std::string(kHeadline) + "\n\nHead of the Council\n\n30 November 2026\n\n" + kBody;
  EXPECT_EQ(ReadLayout(text).dateline, "");
}

// "Lake Bell", "Carlos da Silva" alone over the date: "Lake", "Santa",
// "Grand" and "Mount" open personal names as well as places, and "da", "de"
// and "al" stand between a person's names as between a place's, so these are
// the author; a paper named for its place ("San Jose Mercury News") is an
// outlet's credit, no place and no body paragraph.
TEST(HeaderCredits, PersonalNamesThatLookLikePlacesOverADate) {
  for (const char* name : {"Lake Bell", "Santa Moreno", "Carlos da Silva", "Ahmed al Mansouri",
                           "Maria de Souza"}) {
    const std::string text =
        std::string(kHeadline) + "\n\n" + name + "\n\n30 November 2026\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.authors, std::vector<std::string>{name}) << text;
    EXPECT_EQ(layout.dateline, "") << text;
    ExpectDay(layout, 2026, 11, 30, text);
  }
  const std::string text = std::string(kHeadline) +
                           "\n\nSan Jose Mercury News\n\n30 November 2026\n\n" + kBody;
  const Layout layout = ReadLayout(text);
  EXPECT_TRUE(layout.authors.empty()) << text;
  EXPECT_EQ(layout.dateline, "") << text;
  ExpectDay(layout, 2026, 11, 30, text);
  EXPECT_TRUE(absl::StartsWith(FirstParagraph(text, layout), "The water authority")) << text;
}

// "MOUNT GAMBIER", "SANTA CLARA" alone over the date: a name opened by a word
// that opens places' names and persons' ("Mount", "Santa", "Lake", "Grand") set
// all in capitals is the place filed from; in title case it is the place when
// the lede's dateline writes it again ("Santa Clara" over "SANTA CLARA, Calif.
// — ..."), and stays the author when it does not ("Lake Bell").
TEST(HeaderCredits, PlaceOpenedLikeANameOverADate) {
  for (const char* place : {"MOUNT GAMBIER", "SANTA CLARA", "LAKE TEKAPO"}) {
    for (const char* gap : {"\n\n", "\n"}) {
      const std::string text = std::string(kHeadline) + "\n\n" + place + gap +
                               "30 November 2026\n\n" + kBody;
      const Layout layout = ReadLayout(text);
      EXPECT_TRUE(layout.authors.empty()) << text;
      EXPECT_EQ(layout.dateline, place) << text;
      ExpectDay(layout, 2026, 11, 30, text);
    }
  }
  const std::string lede = "SANTA CLARA, Calif. \xE2\x80\x94 " + std::string(kBody);
  std::string text = std::string(kHeadline) + "\n\nSanta Clara\n\n30 November 2026\n\n" + lede;
  Layout layout = ReadLayout(text);
  EXPECT_TRUE(layout.authors.empty()) << text;
  EXPECT_EQ(layout.dateline, "SANTA CLARA") << text;
  EXPECT_TRUE(absl::StartsWith(FirstParagraph(text, layout), "The water authority")) << text;
  text = std::string(kHeadline) + "\n\nLake Bell\n\n30 November 2026\n\n" + lede;
  layout = ReadLayout(text);
  EXPECT_EQ(layout.authors, std::vector<std::string>{"Lake Bell"}) << text;
  EXPECT_EQ(layout.dateline, "SANTA CLARA") << text;
}

// Beside a date and a known section, a tag of a topic, a contest or a place
// ("Premier League", "World Cup", "Lagos State", "Climate Change") is no
// author; a person's name there still is.
TEST(HeaderCredits, ATagBesideTheDateAndSectionIsNoAuthor) {
  for (const char* line : {"22 February 2026 | Premier League | Sport",
                           "22 February 2026 | Climate Change | Africa",
                           "22 February 2026 | Lagos State | Africa",
                           "World Cup \xC2\xB7 Sport \xC2\xB7 22 Feb 2026"}) {
    const Layout layout =
        ReadLayout(std::string(kHeadline) + "\n\n" + line + "\n\n" + kBody);
    EXPECT_TRUE(layout.authors.empty()) << line << " -> " << layout.authors[0];
  }
  const Layout named = ReadLayout(std::string(kHeadline) +
                                  "\n\n22 February 2026 | Ann Lee | Sport\n\n" + kBody);
  ASSERT_EQ(named.authors.size(), 1u);
  EXPECT_EQ(named.authors[0], "Ann Lee");
}

}  // namespace
}  // namespace factwire
