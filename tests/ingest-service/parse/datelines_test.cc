// Datelines opening the body in their common forms: the place is the
// document's dateline and the first body paragraph starts at the lede, so no
// place, region or agency of the dateline is read as body text.
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "gtest/gtest.h"
#include "ingest-service/parse/layout.h"
#include "tests/ingest-service/parse/layout_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_layout::FirstParagraph;

constexpr char kHeadline[] = "Ferry operator cuts winter sailings to the outer islands";
// Two paragraphs after the lede.
constexpr char kRest[] =
    "\n\nThe operator's chief executive said the timetable was final.\n\n"
    "Islanders have called a public meeting for Friday.\n";
constexpr char kLede[] =
    "The ferry operator said on Monday it would run two sailings a day to the outer "
    "islands from January.";

struct Opening {
  const char* dateline;  // what opens the first paragraph, before kLede
  const char* place;     // the dateline expected
};

// Wire, local-paper, Asian, Indian, African and Caribbean forms, in capitals
// or title case, with and without a date, a region or an agency, closed by a
// dash, a colon or (after an agency in brackets) the lede itself.
constexpr Opening kOpenings[] = {
    {"KIRKWALL, March 3 (Wire) - ", "KIRKWALL"},
    {"Kirkwall, March 3 (Wire) - ", "Kirkwall"},
    {"Kirkwall, Orkney \xE2\x80\x94 ", "Kirkwall"},
    {"ST. MARGARET'S HOPE, Orkney, Nov. 30 (Isles News) \xE2\x80\x93 ", "ST. MARGARET'S HOPE"},
    {"KOTA BHARU: ", "KOTA BHARU"},
    {"PETALING JAYA (Bernama): ", "PETALING JAYA"},
    {"Stromness, Nov 30: ", "Stromness"},
    {"Port Harcourt, Nov. 30, 2026 (NAN) ", "Port Harcourt"},
    {"CASTRIES, St Lucia, Nov 30, CMC \xE2\x80\x93 ", "CASTRIES"},
    {"HALIFAX, N.S. \xE2\x80\x94 ", "HALIFAX"},
};

TEST(Datelines, ThePlaceIsMetadataAndTheBodyStartsAtTheLede) {
  for (const Opening& opening : kOpenings) {
    for (bool header : {true, false}) {
      const std::string text = (header ? std::string(kHeadline) + "\n\n" : std::string()) +
                               opening.dateline + kLede + kRest;
      const Layout layout = ReadLayout(text);
      EXPECT_EQ(layout.dateline, opening.place) << text;
      EXPECT_EQ(FirstParagraph(text, layout), kLede) << text;
    }
  }
}

// "Jaipur: The …": a place in title case before a colon is a dateline under
// a page header; without one, a capitalised word and a colon may be anything.
TEST(Datelines, TitleCasePlaceBeforeAColonUnderAHeader) {
  for (const char* place : {"Jaipur", "Navi Mumbai", "Port Blair"}) {
    const std::string body = std::string(place) + ": " + kLede + kRest;
    const std::string page = std::string(kHeadline) + "\n\n" + body;
    Layout layout = ReadLayout(page);
    EXPECT_EQ(layout.dateline, place) << page;
    EXPECT_EQ(FirstParagraph(page, layout), kLede) << page;
    layout = ReadLayout(body);
    EXPECT_EQ(layout.dateline, "") << body;
    EXPECT_EQ(FirstParagraph(body, layout), body.substr(0, body.find('\n'))) << body;
  }
  // A label over words that report nothing is no dateline ("Poll: Most …").
  const std::string page = std::string(kHeadline) +
                           "\n\nPoll: Most islanders back the winter timetable\n\n" +
                           kLede + kRest;
  EXPECT_EQ(ReadLayout(page).dateline, "");
}

// "BREAKING: The …", "EXCLUSIVE – The …": a kicker opening the lede is no
// place and no body text.
TEST(Datelines, KickerOpeningTheLedeIsCut) {
  for (const char* kicker : {"BREAKING: ", "UPDATE: ", "Exclusive: ", "EXCLUSIVE \xE2\x80\x93 "}) {
    const std::string text = std::string(kHeadline) + "\n\n" + kicker + kLede + kRest;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.dateline, "") << text;
    EXPECT_EQ(FirstParagraph(text, layout), kLede) << text;
  }
}

// What is not a dateline stays body: speaker labels of a transcript (they
// open more than one paragraph, or speech follows them: "I", "you"), a label
// alone in a one-paragraph text, an
// editor's note, a sentence with a dash, a lede in lowercase after a comma.
TEST(Datelines, SpeakerLabelsNotesAndSentencesStayBody) {
  const char* const kTexts[] = {
      "HOST: Welcome back. Tonight, the ferries.\n\nMARY SINCLAIR: Thanks for having "
      "me.\n\nHOST: What did the board decide?\n",
      "SINCLAIR: We cannot run ferries with no crews to sail them.\n",
      "PRESENTER: And you were on the last sailing, I think, before the cuts?\n\n"
      "Specifically, the crews say they were never consulted.\n",
      "Note: This story was corrected on Monday.\n\nThe ferry operator met on "
      "Friday.\n\nIslanders were not told.\n",
      "The ferry \xE2\x80\x94 the islands' only link \xE2\x80\x94 sails twice a day.\n\n"
      "Islanders were not told.\n",
      "In Kirkwall, Orkney \xE2\x80\x94 the islands' capital \xE2\x80\x94 crews "
      "walked out.\n\nIslanders were not told.\n",
      "WHY THE FERRY MATTERS! \xE2\x80\x94 Islanders speak out.\n\nIslanders were not told.\n",
  };
  for (const char* text : kTexts) {
    const Layout layout = ReadLayout(text);
    const absl::string_view t(text);
    EXPECT_EQ(layout.dateline, "") << text;
    EXPECT_EQ(FirstParagraph(text, layout), t.substr(0, t.find('\n'))) << text;
  }
}

// "KIRKWALL —", "Kirkwall, Orkney –", "STROMNESS, Nov 30" on a line of their
// own over the lede: the dateline, not the headline (also under a headline); a
// time line
// ("Updated at 10:15") over the lede is no headline either. A place label over
// a headline is no dateline.
TEST(Datelines, DatelineOnItsOwnLine) {
  struct Case {
    const char* line;
    const char* place;
  };
  const Case kCases[] = {
      {"KIRKWALL \xE2\x80\x94", "KIRKWALL"},
      {"Kirkwall, Orkney \xE2\x80\x93", "Kirkwall"},
      {"STROMNESS, Nov 30 -", "STROMNESS"},
      {"STROMNESS, Nov 30", "STROMNESS"},
  };
  for (const Case& c : kCases) {
    for (bool header : {false, true}) {
      const std::string text = (header ? std::string(kHeadline) + "\n\n" : std::string()) +
                               c.line + "\n\n" + kLede + kRest;
      const Layout layout = ReadLayout(text);
      EXPECT_EQ(layout.dateline, c.place) << text;
      EXPECT_EQ(layout.headline, header ? kHeadline : "") << text;
      EXPECT_EQ(FirstParagraph(text, layout), kLede) << text;
    }
  }
  const std::string timed = std::string("Updated at 10:15\n\n") + kLede + kRest;
  EXPECT_EQ(ReadLayout(timed).headline, "");
  // Without a dash or a date, a line alone may be anything: a place, a label
  // ("HARBOUR WATCH"), a name and an age.
  for (const char* label : {"ORKNEY", "Kirkwall, Orkney", "HARBOUR WATCH", "Mary Sinclair, 52"}) {
    const std::string alone = std::string(label) + "\n\n" + kLede + kRest;
    EXPECT_EQ(ReadLayout(alone).dateline, "") << alone;
    const std::string text = std::string(label) + "\n\n" + kHeadline + "\n\n" + kLede + kRest;
    EXPECT_EQ(ReadLayout(text).dateline, "") << text;
  }
}

// "BISHKEK, Nov 30 (Reuters) · 9:15 AM GMT+6 · Updated 2 hours ago": a wire
// dateline's head among the parts of a header line gives the place; a date
// without its year gives no publish date (another date line in the header
// does), and the line is no standfirst.
TEST(Datelines, WireDatelineAmongTheHeaderParts) {
  const char kLine[] =
      "BISHKEK, Nov 30 (Reuters) \xC2\xB7 9:15 AM GMT+6 \xC2\xB7 Updated 2 hours ago";
  for (const char* dated : {"", "30 November 2026\n\n"}) {
    const std::string text =
        std::string(kHeadline) + "\n\n" + dated + kLine + "\n\n" + kLede + kRest;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.dateline, "BISHKEK") << text;
    EXPECT_EQ(layout.subheadline, "") << text;
    EXPECT_EQ(layout.publish_date.has_value(), *dated != '\0') << text;
    EXPECT_EQ(FirstParagraph(text, layout), kLede) << text;
  }
  // With its year, the wire dateline's date is the publish date.
  const std::string dated = std::string(kHeadline) +
                            "\n\nNAIROBI, Nov 30, 2026 (Xinhua) \xC2\xB7 9:15 AM EAT\n\n" +
                            kLede + kRest;
  const Layout layout = ReadLayout(dated);
  EXPECT_EQ(layout.dateline, "NAIROBI");
  ASSERT_TRUE(layout.publish_date.has_value());
  EXPECT_EQ(layout.publish_date->year, 2026);
  EXPECT_EQ(layout.publish_date->day, 30);
  // Without a known agency in brackets, or without a date, no dateline.
  for (const char* line : {"BISHKEK, Nov 30 (Photos) \xC2\xB7 9:15 AM GMT+6",
                           "BISHKEK (Reuters) \xC2\xB7 9:15 AM GMT+6"}) {
    const std::string text = std::string(kHeadline) + "\n\n" + line + "\n\n" + kLede + kRest;
    EXPECT_EQ(ReadLayout(text).dateline, "") << text;
  }
}

// "Colombo, Nov 27 (Island News Wire) –" on a line of its own over the date
// line ("Thursday, 27.11.2026 | 14:05 SLST") or a byline, under the headline
// and a standfirst (in its own block or joined over it): the place is the
// dateline, the date line's date the publish date; neither line is the
// standfirst or body, closed by a dash, a colon or nothing. Over the lede itself
// the head gives the dateline too.
// A bracket that credits no one ("(Photos)") makes no wire dateline.
TEST(Datelines, WireDatelineLineOverTheDateLine) {
  const char kStandfirst[] = "Islanders say the new timetable leaves them stranded after dark";
  const char kWire[] = "Kirkwall, Nov 27 (Orkney News Wire) \xE2\x80\x93";
  for (const char* date : {"Thursday, 27.11.2026 | 14:05 GMT", "27 November 2026",
                           "Thursday, 27.11.26 | 14:05 GMT"}) {
    for (const char* gap : {"\n\n", "\n"}) {
      const std::string text = std::string(kHeadline) + "\n\n" + kStandfirst + gap + kWire +
                               "\n" + date + "\n\n" + kLede + kRest;
      const Layout layout = ReadLayout(text);
      EXPECT_EQ(layout.dateline, "Kirkwall") << text;
      EXPECT_EQ(layout.subheadline, kStandfirst) << text;
      ASSERT_TRUE(layout.publish_date.has_value()) << text;
      EXPECT_EQ(layout.publish_date->month, 11) << text;
      EXPECT_EQ(layout.publish_date->day, 27) << text;
      EXPECT_EQ(FirstParagraph(text, layout), kLede) << text;
    }
  }
  // Without its closing dash, or closed by a colon, the head is the same dateline.
  for (const char* head : {"Kirkwall, Nov 27 (Orkney News Wire)",
                           "Kirkwall, Nov 27 (Orkney News Wire):"}) {
    const std::string undashed = std::string(kHeadline) + "\n\n" + kStandfirst + "\n\n" +
                                 head + "\n27 November 2026\n\n" + kLede + kRest;
    EXPECT_EQ(ReadLayout(undashed).dateline, "Kirkwall") << undashed;
    EXPECT_EQ(ReadLayout(undashed).subheadline, kStandfirst) << undashed;
    EXPECT_EQ(FirstParagraph(undashed, ReadLayout(undashed)), kLede) << undashed;
  }
  const std::string bylined = std::string(kHeadline) + "\n\n" + kWire +
                              "\nBy Ann Flett\n\n" + kLede + kRest;
  const Layout by = ReadLayout(bylined);
  EXPECT_EQ(by.dateline, "Kirkwall");
  EXPECT_EQ(by.authors.size(), 1u);
  EXPECT_EQ(FirstParagraph(bylined, by), kLede);
  const std::string over_lede = std::string(kHeadline) + "\n\n" + kWire + "\n\n" + kLede + kRest;
  EXPECT_EQ(ReadLayout(over_lede).dateline, "Kirkwall");
  EXPECT_EQ(FirstParagraph(over_lede, ReadLayout(over_lede)), kLede);
  const std::string photos = std::string(kHeadline) +
                             "\n\nKirkwall, Nov 27 (Photos) \xE2\x80\x93\n27 November 2026\n\n" +
                             kLede + kRest;
  EXPECT_EQ(ReadLayout(photos).dateline, "");
}

// "Lerwick | 14/03/2026" under a headline with no breadcrumb: a lone place
// beside the date, which the story names as its place (the dateline, or "in
// Lerwick"), is the dateline and no section; a section word there
// ("Politics | 14/03/2026") and a label the story does not name as a place
// stay the section.
TEST(Datelines, LonePlaceBesideTheDateIsTheDateline) {
  const std::string named = std::string(kHeadline) + "\n\nLerwick | 14/03/2026\n\n" +
                            "LERWICK \xE2\x80\x94 " + kLede + kRest;
  const Layout by_dateline = ReadLayout(named);
  EXPECT_EQ(by_dateline.section, "");
  EXPECT_EQ(by_dateline.dateline, "LERWICK");
  ASSERT_TRUE(by_dateline.publish_date.has_value());
  EXPECT_EQ(by_dateline.publish_date->day, 14);
  const std::string in_text = std::string(kHeadline) + "\n\nLerwick | 14/03/2026\n\n" +
                              kLede + " Crews in Lerwick were told on Friday." + kRest;
  const Layout by_text = ReadLayout(in_text);
  EXPECT_EQ(by_text.section, "");
  EXPECT_EQ(by_text.dateline, "Lerwick");
  const Layout capitals = ReadLayout(std::string(kHeadline) + "\n\nLERWICK | 14/03/2026\n\n" +
                                     kLede + " Crews in Lerwick were told on Friday." + kRest);
  EXPECT_EQ(capitals.section, "");
  EXPECT_EQ(capitals.dateline, "LERWICK");
  const Layout section =
      ReadLayout(std::string(kHeadline) + "\n\nPolitics | 14/03/2026\n\n" + kLede + kRest);
  EXPECT_EQ(section.section, "Politics");
  const Layout unnamed =
      ReadLayout(std::string(kHeadline) + "\n\nIslands | 14/03/2026\n\n" + kLede + kRest);
  EXPECT_EQ(unnamed.section, "Islands");
}

// "Published 3h ago" in the header and "First published on 14 March 2026"
// closing the page: the closing line dates the story and is no paragraph; a
// last paragraph that reports is kept.
TEST(Datelines, ClosingPublishedLineDatesTheStory) {
  const std::string text = std::string(kHeadline) + "\n\nPublished 3h ago\n\n" + kLede +
                           kRest + "\nFirst published on 14 March 2026\n";
  const Layout layout = ReadLayout(text);
  ASSERT_TRUE(layout.publish_date.has_value());
  EXPECT_EQ(layout.publish_date->month, 3);
  EXPECT_EQ(layout.publish_date->day, 14);
  ASSERT_FALSE(layout.paragraphs.empty());
  const ByteRange& last = layout.paragraphs.back();
  EXPECT_EQ(text.substr(last.first, last.second - last.first),
            "Islanders have called a public meeting for Friday.");
  const std::string ran = std::string(kHeadline) + "\n\n" + kLede + kRest +
                          "\nThis story was first published on 12 March 2026.\n";
  const Layout republished = ReadLayout(ran);
  ASSERT_TRUE(republished.publish_date.has_value());
  EXPECT_EQ(republished.publish_date->day, 12);
  EXPECT_EQ(republished.paragraphs.size(), 3u);
  const std::string kept = std::string(kHeadline) + "\n\n" + kLede + kRest +
                           "\nThe vote is set for 14 March 2026.\n";
  EXPECT_EQ(ReadLayout(kept).paragraphs.size(), 4u);
}

// A press release's wire between slashes ("STROMNESS, Scotland, March 3, 2026
// /PRNewswire/ -- ") and a Spanish-language agency's point and dash ("Lima,
// Mar 3 (EFE).- ") close a dateline as a bracketed agency and a dash do; a
// full date after the region's comma dates the story.
TEST(Datelines, ReleaseWireAndAgencyPointDash) {
  const std::string release =
      std::string(kHeadline) + "\n\nSTROMNESS, Scotland, March 3, 2026 /PRNewswire/ -- " +
      kLede + kRest;
  const Layout wire = ReadLayout(release);
  EXPECT_EQ(wire.dateline, "STROMNESS");
  EXPECT_EQ(FirstParagraph(release, wire), kLede);
  ASSERT_TRUE(wire.publish_date.has_value());
  EXPECT_EQ(wire.publish_date->day, 3);
  const std::string agency =
      std::string(kHeadline) + "\n\nStromness, Mar 3 (EFE).- " + kLede + kRest;
  const Layout efe = ReadLayout(agency);
  EXPECT_EQ(efe.dateline, "Stromness");
  EXPECT_EQ(FirstParagraph(agency, efe), kLede);
}

}  // namespace
}  // namespace factwire
