// Page headers of six layouts: an East African daily (a desk label, a byline
// over a job line and a bureau), an Irish regional (labelled "Reporter:" and
// "Email:" lines), a Malaysian portal ("Published on 30 Nov 2026 11:05 AM
// MYT"), an Australian broadcaster ("Topic:" label, "Posted Mon 30 Nov 2026 at
// 6:20am, updated …") and a trade newsletter (an issue line and an "In this
// issue" line); and headers these rules must leave alone.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/parse/layout.h"
#include "tests/ingest-service/parse/layout_test_support.h"

namespace factwire {
namespace {

using testing_layout::ExpectDay;
using testing_layout::FirstParagraph;

struct Want {
  const char* headline;
  const char* subheadline;
  const char* section;
  std::vector<std::string> authors;
  const char* lede_start;  // how the first body paragraph starts
};

void ExpectHeader(const std::string& text, const Want& want) {
  const Layout layout = ReadLayout(text);
  EXPECT_EQ(layout.headline, want.headline) << text;
  EXPECT_EQ(layout.subheadline, want.subheadline) << text;
  EXPECT_EQ(layout.section, want.section) << text;
  EXPECT_EQ(layout.authors, want.authors) << text;
  ExpectDay(layout, 2026, 11, 30, text);
  const std::string first = FirstParagraph(text, layout);
  EXPECT_EQ(first.rfind(want.lede_start, 0), 0u) << first;
}

constexpr char kBody[] =
    "\n\nThe committee is expected to publish its report in March.\n\n"
    "Officials declined to comment further.\n";

TEST(HeaderStyles, EastAfricanDaily) {
  ExpectHeader(
      "Counties\n\n"
      "Kisumu assembly passes Sh2.4bn health budget after opposition walkout\n\n"
      "Members who left the chamber accuse the executive of hiding pending bills\n\n"
      "By Amina Wanjiru\nNation Correspondent\nKisumu\n\n"
      "Monday, November 30, 2026\n\n"
      "The Kisumu county assembly on Monday approved a Sh2.4 billion health budget "
      "after 14 opposition members walked out of the chamber." +
          std::string(kBody),
      {"Kisumu assembly passes Sh2.4bn health budget after opposition walkout",
       "Members who left the chamber accuse the executive of hiding pending bills",
       "Counties",
       {"Amina Wanjiru"},
       "The Kisumu county assembly"});
}

TEST(HeaderStyles, IrishRegional) {
  ExpectHeader(
      "Local News\n\n"
      "Councillors back park-and-stride scheme for city schools\n\n"
      "Reporter:\nKevin Murphy\n\n"
      "Email:\nkevin.murphy@leader.example\n\n"
      "30 Nov 2026 11:40 AM\n\n"
      "Councillors have backed a plan to set up park-and-stride zones near 12 "
      "primary schools, the council said on Monday." +
          std::string(kBody),
      {"Councillors back park-and-stride scheme for city schools", "", "Local News",
       {"Kevin Murphy"}, "Councillors have backed"});
}

TEST(HeaderStyles, MalaysianPortal) {
  ExpectHeader(
      "Nation\n\n"
      "Penang to trial free ferry rides for students from January\n\n"
      "By Tan Mei Ling\n\n"
      "Published on 30 Nov 2026 11:05 AM MYT\n\n"
      "GEORGE TOWN: The state government will let secondary school students ride "
      "the ferry for free from January, the chief minister said on Monday." +
          std::string(kBody),
      {"Penang to trial free ferry rides for students from January", "", "Nation",
       {"Tan Mei Ling"}, "The state government"});
}

TEST(HeaderStyles, AustralianBroadcaster) {
  ExpectHeader(
      "Topic: Floods\n\n"
      "Farmers count losses as floodwaters recede in northern NSW\n\n"
      "By Lachlan Pierce\n\n"
      "Posted Mon 30 Nov 2026 at 6:20am, updated Mon 30 Nov 2026 at 9:05am\n\n"
      "Farmers in the Northern Rivers say they have lost thousands of head of "
      "cattle as floodwaters recede across the region." +
          std::string(kBody),
      {"Farmers count losses as floodwaters recede in northern NSW", "", "Floods",
       {"Lachlan Pierce"}, "Farmers in the Northern Rivers"});
}

TEST(HeaderStyles, TradeNewsletter) {
  ExpectHeader(
      "FREIGHT BRIEFING | Issue 52 | 30 November 2026\n\n"
      "In this issue: Durban backlog; rail tariffs; cold chain\n\n"
      "Durban clears container backlog as weather improves\n\n"
      "By Pieter Botha, Ports Editor\n\n"
      "The port of Durban has cleared a backlog of more than 40 vessels that built "
      "up during a week of high winds, the port operator said." +
          std::string(kBody),
      {"Durban clears container backlog as weather improves", "", "",
       {"Pieter Botha"}, "The port of Durban"});
}

TEST(HeaderStyles, SocialButtonLinesAreFurniture) {
  const char* const kButtons[] = {
      "Share\nTweet\nWhatsApp",
      "Facebook\nTwitter\nLinkedIn\nEmail",
      "Telegram",
      "Share on Telegram",
  };
  for (const char* buttons : kButtons) {
    const std::string text =
        "Ferry fares frozen for island residents\n\nBy Tan Mei Ling\n\n30 Nov 2026\n\n" +
        std::string(buttons) +
        "\n\nIsland residents will pay the same fares for two more years, the operator "
        "said on Monday." + std::string(kBody);
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(FirstParagraph(text, layout).rfind("Island residents will pay", 0), 0u)
        << buttons;
  }
}

TEST(HeaderStyles, CommentCountsAndOutletsUnderTheByline) {
  const char* const kLines[] = {
      "By Tan Mei Ling\n30 Nov 2026\n0 comments",
      "By Tan Mei Ling\n30 Nov 2026\n12 Comments",
      "By Tan Mei Ling\nBay of Plenty Times\n30 Nov 2026",
      "By Tan Mei Ling\nIsland Gazette\n30 Nov 2026 07:15 AM",
  };
  for (const char* lines : kLines) {
    const std::string text =
        "Ferry fares frozen for island residents\n\n" + std::string(lines) +
        "\n\nIsland residents will pay the same fares for two more years, the operator "
        "said on Monday." + std::string(kBody);
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.subheadline, "") << lines;
    EXPECT_EQ(layout.authors, std::vector<std::string>{"Tan Mei Ling"}) << lines;
    ExpectDay(layout, 2026, 11, 30, lines);
    EXPECT_EQ(FirstParagraph(text, layout).rfind("Island residents will pay", 0), 0u) << lines;
  }
}

TEST(HeaderStyles, LinesLikeTheseStayAsTheyWere) {
  // A headline opening with a label and a colon that is no section lead.
  {
    const std::string text =
        "Section 8: Tenants win the right to stay in converted offices\n\n"
        "By Kevin Murphy\n\n30 Nov 2026\n\n"
        "Tenants in converted office blocks cannot be evicted without notice, a court "
        "ruled on Monday." + std::string(kBody);
    EXPECT_EQ(ReadLayout(text).headline,
              "Section 8: Tenants win the right to stay in converted offices");
  }
  // A standfirst under the headline, over the byline and date, stays the
  // standfirst; a standfirst block after a blank line under a byline is no
  // bureau line.
  {
    const std::string text =
        "Ferry fares frozen for island residents\n\n"
        "Operator says the freeze will last until 2028\n\n"
        "By Tan Mei Ling\n\n30 Nov 2026\n\n"
        "Island residents will pay the same fares for two more years, the operator "
        "said on Monday." + std::string(kBody);
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.subheadline, "Operator says the freeze will last until 2028");
    EXPECT_EQ(layout.authors, std::vector<std::string>{"Tan Mei Ling"});
  }
  // A label over a line that is no name nor contact is left to the other rules.
  {
    const std::string text =
        "Harbour works delayed again\n\n"
        "Update:\nThe harbour board has since confirmed the delay.\n\n"
        "The harbour works will finish in 2027, a year late, the board said on "
        "Monday." + std::string(kBody);
    const Layout layout = ReadLayout(text);
    EXPECT_TRUE(layout.authors.empty());
  }
}

// Page tools under the byline are furniture: a player line with its running
// time ("Listen to this article 00:03:12", "Watch 2:30", "Listen (4:05)"),
// print and email buttons, a font-size control; the date line after them is
// read and the lede is the first body paragraph. "Watch: 3 dead in crash"
// is no player line.
TEST(HeaderStyles, PageToolsUnderTheBylineAreFurniture) {
  const Want want = {"Port to close two berths for dredging", "Shipping lines warned of delays",
                     "", {"Ann Kiptoo"}, "The committee"};
  for (const char* tools : {"Listen to this article 00:03:12", "Watch 2:30", "Listen (4:05)",
                            "Print this article", "Email this story", "Font size: A A A",
                            "Print this article\nText size: A+ A-"}) {
    const std::string text = std::string("Port to close two berths for dredging\n\n"
                                         "Shipping lines warned of delays\n\n"
                                         "By Ann Kiptoo\n") +
                             tools + "\n30 November 2026" + kBody;
    ExpectHeader(text, want);
  }
}

}  // namespace
}  // namespace factwire
