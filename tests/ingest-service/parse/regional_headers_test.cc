// Page headers of regional and trade sites: date lines with the time zones of
// more regions (Malaysia, Atlantic Canada, Indochina), issue numbers of a
// newsletter beside its date, and credit lines naming a reporter and an editor.
#include <string>
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

constexpr char kHeadline[] = "Night market traders fight plan to move stalls to car park";
constexpr char kStandfirst[] = "Hawkers say the new site is too far from the bus station";
constexpr char kBody[] =
    "The city council said on Tuesday that the 140 stalls of the night market would move "
    "to the multi-storey car park on Jalan Dato in March, after complaints about noise.\n\n"
    "The traders' association said its members would lose half their customers.\n\n"
    "A public hearing will be held next month.\n";

// A date or time line closed by a zone of Malaysia (MYT), Atlantic or
// Newfoundland Canada (AST, ADT, NST), Indochina (ICT) or Nepal (NPT) is a
// date line; a time alone with such a zone is no standfirst.
TEST(RegionalHeaders, DateLinesWithTheZonesOfMoreRegions) {
  const char* const kDateLines[] = {
      "Monday, 30 Nov 2026 6:20 AM MYT",
      "Posted: Nov 30, 2026 5:00 AM AST | Last Updated: 2 hours ago",
      "Nov 30, 2026 9:15 PM NST",
      "30 November 2026 14:05 ICT",
      "Updated: 30 Nov 2026, 07:45 NPT",
  };
  for (const char* line : kDateLines) {
    const std::string text = std::string(kHeadline) + "\n\n" + kStandfirst + "\n\n" + line +
                             "\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    ExpectDay(layout, 2026, 11, 30, line);
    EXPECT_EQ(layout.subheadline, kStandfirst) << line;
    EXPECT_TRUE(absl::StartsWith(FirstParagraph(text, layout), "The city council")) << line;
  }
  // "Monday, 30 Nov 2026\n6:20 AM MYT" under the byline: the time is no standfirst.
  const std::string text = std::string(kHeadline) +
                           "\n\nBy JANE TAN\n\nMonday, 30 Nov 2026\n6:20 AM MYT\n\n" + kBody;
  const Layout layout = ReadLayout(text);
  ExpectDay(layout, 2026, 11, 30, text);
  EXPECT_EQ(layout.subheadline, "");
  EXPECT_TRUE(absl::StartsWith(FirstParagraph(text, layout), "The city council"));
}

// "Issue 412 · November 30, 2026", "HAWKER TRADE BRIEFING | Issue 412 | 30
// November 2026", "Vol. 12, No. 34 — 30 November 2026": a newsletter's issue
// number beside its date is furniture; the date is read and the headline is
// the headline.
TEST(RegionalHeaders, IssueNumbersBesideTheDate) {
  const char* const kLines[] = {
      "Issue 412 \xC2\xB7 November 30, 2026",
      "HAWKER TRADE BRIEFING | Issue 412 | 30 November 2026",
      "Vol. 12, No. 34 \xE2\x80\x94 30 November 2026",
      "Edition #88 | Monday 30 November 2026",
  };
  for (const char* line : kLines) {
    const std::string text = std::string(line) + "\n\n" + kHeadline + "\n\n" + kStandfirst +
                             "\n\n" + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.headline, kHeadline) << line;
    EXPECT_EQ(layout.subheadline, kStandfirst) << line;
    ExpectDay(layout, 2026, 11, 30, line);
  }
  // A headline about an issue stays the headline.
  const std::string text = std::string("Issue 412 of the charter splits the council\n\n") +
                           kStandfirst + "\n\n" + kBody;
  EXPECT_EQ(ReadLayout(text).headline, "Issue 412 of the charter splits the council");
}

// "Reported by: Jane Doe | Edited by: Sam Roe": the reporter is the author, the
// editor no author; a lead with a colon ("Written by:", "REPORTED BY:") reads
// as without one; the date line and the dateline after it are read.
TEST(RegionalHeaders, ReporterAndEditorCredits) {
  const char* const kLines[] = {
      "Reported by: Aditi Rao | Edited by: Sam Roe",
      "Written by: Aditi Rao | Edited by Sam Roe",
      "REPORTED BY: Aditi Rao",
      "Reported By Aditi Rao",
  };
  for (const char* line : kLines) {
    const std::string text = std::string(kHeadline) + "\n\n" + kStandfirst + "\n\n" + line +
                             "\nUpdated: Nov 30, 2026 11:05 IST\n\nNew Delhi: " + kBody;
    const Layout layout = ReadLayout(text);
    EXPECT_EQ(layout.authors, std::vector<std::string>{"Aditi Rao"}) << line;
    ExpectDay(layout, 2026, 11, 30, line);
    EXPECT_EQ(layout.subheadline, kStandfirst) << line;
    EXPECT_EQ(layout.dateline, "New Delhi") << line;
    EXPECT_TRUE(absl::StartsWith(FirstParagraph(text, layout), "The city council")) << line;
  }
}

}  // namespace
}  // namespace factwire
