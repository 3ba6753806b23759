// Figure context of session 34: a share of a whole owned by a common noun
// keeps the owner ("40% of the region's maize" -> "region's maize"; a
// name's possessive stays a place); periods of a kind ("in a dry year"), a
// decade right after the figure ("in the 1970s"), "overnight" and a year
// modifying a verb's object ("forecasts 2027 sales of") are time scopes; a
// duration after "for", "within" or "every" with no subject counts the act
// of its clause ("repair the pier within four months" -> "repair the
// pier"), the subject of a verb with no object ("Ferries sail every 40
// minutes" -> "Ferries"); a duration set off from a named event counts the
// time from or to it ("11 minutes after the interval" -> "time after the
// interval"). Sentences written for these tests.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/extract/figures.h"
#include "tests/ingest-service/extract/figure_test_support.h"

namespace factwire {
namespace figure_test {
namespace {

// "<share> of the <noun>'s <whole>": the owner says whose whole it is.
TEST(FigureContextS34Test, AShareOfACommonNounsWholeKeepsTheOwner) {
  const std::vector<v1::Figure> f =
      Find("Smallholders grow about 70% of the region's maize.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subject(), "region's maize");
  const std::vector<v1::Figure> g =
      Find("Hydropower supplied nearly half of the province’s electricity "
           "in 2024.");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].subject(), "province’s electricity");
}

// A name's possessive is no owner in the subject, a figure or a quantifier
// after the possessive is no whole's noun: those read as before.
TEST(FigureContextS34Test, ANamesOrAFiguresPossessiveIsLeftOut) {
  const std::vector<v1::Figure> f =
      Find("The fund holds 12% of Kenya's tea exports.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subject(), "tea exports");
  const std::vector<v1::Figure> g =
      Find("Only nine of the club's 30 players are local.");
  ASSERT_EQ(g.size(), 2u);
  EXPECT_EQ(g[0].subject(), "players");
  const std::vector<v1::Figure> h =
      Find("Four of the union's first nine strikes were called off.");
  ASSERT_EQ(h.size(), 2u);
  EXPECT_EQ(h[0].subject(), "strikes");
}

// "in/during a <kind> <period>": the kind of period the figure holds in.
TEST(FigureContextS34Test, APeriodOfAKindIsTheTimeScope) {
  const std::vector<v1::Figure> f =
      Find("The lake loses about 40 centimetres in a dry summer.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "in a dry summer");
  const std::vector<v1::Figure> g =
      Find("During an average week the clinic treats some 300 patients.");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].time_scope(), "During an average week");
  // a number word or a plural is no kind of one period
  const std::vector<v1::Figure> h =
      Find("Output fell 8% in a decade of drought.");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_NE(h[0].time_scope(), "in a decade of");
}

// A decade right after a figure (or one word after it) is its period; far
// from any figure it is the story's background.
TEST(FigureContextS34Test, ADecadeRightAfterAFigureIsItsPeriod) {
  const std::vector<v1::Figure> f =
      Find("The glacier was 3 kilometres long in the 1970s.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "in the 1970s");
  const std::vector<v1::Figure> g =
      Find("In the 1970s the port was busy, and it now handles 12 ships.");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].time_scope(), "");
}

// "overnight" is a period as "yesterday" is; before a noun it modifies it.
TEST(FigureContextS34Test, OvernightIsAPeriod) {
  const std::vector<v1::Figure> f =
      Find("Some 2,500 residents were evacuated from the valley overnight.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "overnight");
  const std::vector<v1::Figure> g =
      Find("Overnight stays rose 6% to 41,000.");
  ASSERT_EQ(g.size(), 2u);
  EXPECT_EQ(g[0].time_scope(), "");
}

// A year between a verb and its object noun is the period of the figure
// after "of".
TEST(FigureContextS34Test, AYearModifyingAVerbsObjectIsThePeriod) {
  const std::vector<v1::Figure> f =
      Find("The brewer now forecasts 2027 sales of about 14 million "
           "hectolitres.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "2027");
  EXPECT_EQ(f[0].subject(), "sales");
}

// A duration timing a verb with its object counts the act: the verb and
// the object up to a preposition other than "of".
TEST(FigureContextS34Test, ADurationTimesTheActOfItsClause) {
  const std::vector<v1::Figure> f =
      Find("The port authority has promised to repair the pier within four "
           "months.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subject(), "repair the pier");
  const std::vector<v1::Figure> g =
      Find("The regulator told the mill to stop discharges of effluent into "
           "the river for 90 days.");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].subject(), "stop discharges of effluent");
  const std::vector<v1::Figure> h =
      Find("Closing the ring road for nine days will cost traders dearly.");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].subject(), "Closing the ring road");
}

// A verb without an object: its clause's subject; a pronoun subject leaves
// the verb and its place phrase.
TEST(FigureContextS34Test, ADurationOfAVerbWithoutObjectCountsItsSubject) {
  const std::vector<v1::Figure> f =
      Find("Ferries to the outer islands will sail every 40 minutes in "
           "summer.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subject(), "Ferries");
  const std::vector<v1::Figure> g =
      Find("Dense fog has lingered across the highlands for more than "
           "two days.");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].subject(), "Dense fog");
  const std::vector<v1::Figure> h =
      Find("Many of them have camped at the border post for five nights.");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].subject(), "camped at the border post");
}

// No act: a verb of talking, a name's state, a pronoun object, a verb a dash
// joins to a name.
TEST(FigureContextS34Test, ADurationWithoutAnActKeepsNoSubject) {
  EXPECT_EQ(Find("Ms. Ortega spoke for about 40 minutes.")[0].subject(), "");
  EXPECT_EQ(Find("They will call us back within 24 hours.")[0].subject(),
            "");
  EXPECT_EQ(Find("He has been friends with the mayor for 30 years.")[0]
                .subject(),
            "");
  EXPECT_EQ(Find("Villages lived under a NATO-led mission for two years.")[0]
                .subject(),
            "");
}

// "<duration> after/before <noun phrase>": the time from or to the event.
TEST(FigureContextS34Test, ADurationSetOffFromAnEventCountsTheTime) {
  const std::vector<v1::Figure> f =
      Find("Rovers levelled 11 minutes after the interval through a penalty.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subject(), "time after the interval");
  const std::vector<v1::Figure> g =
      Find("It happened three weeks before the new safety rules took "
           "effect.");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].subject(), "");  // a clause, not an event's noun phrase
  const std::vector<v1::Figure> h =
      Find("She resigned two days after winning the seat.");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].subject(), "");  // an act, not an event
  const std::vector<v1::Figure> k =
      Find("The levee gave way four hours before the storm's peak.");
  ASSERT_EQ(k.size(), 1u);
  EXPECT_EQ(k[0].subject(), "time before the storm's peak");
  // a figure compared with another is no time from an event
  const std::vector<v1::Figure> m =
      Find("Buses now come every 15 minutes, compared with 10 minutes "
           "before the strike.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_NE(m[1].subject(), "time before the strike");
}

// A place opening the sentence counts what it records or reports there.
TEST(FigureContextS34Test, APlaceThatRecordsAFigureIsItsPlace) {
  const std::vector<v1::Figure> f =
      Find("Kenya records about 3,000 snakebite deaths a year.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Kenya");
}

// "sentenced to <duration>" names the penalty as "jailed for" does.
TEST(FigureContextS34Test, ASentenceToADurationIsTheSentence) {
  const std::vector<v1::Figure> f =
      Find("Both smugglers were sentenced to seven years on Friday.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subject(), "sentence");
  const std::vector<v1::Figure> g =
      Find("The appeal was adjourned to 14 days later.");
  ASSERT_FALSE(g.empty());
  EXPECT_NE(g[0].subject(), "sentence");
}

}  // namespace
}  // namespace figure_test
}  // namespace factwire
