// Amount shapes the figure finder must read whole: hyphenated "and a half"
// compounds, hyphened square and cubic units, and numbers that are no amount
// at all.

#include <string>
#include <utility>
#include <vector>

#include "figure_test_support.h"
#include "gtest/gtest.h"

namespace factwire {
namespace {

using figure_test::FigureWithText;
using figure_test::Find;

// A square or cubic unit spelled out and hyphened into an adjective is the
// amount's unit ("a 600-square-metre plot"), in words or digits.
TEST(HyphenedPowerUnitTest, SquareAndCubicAdjectives) {
  struct Case {
    std::string sentence;
    std::string text;
    double value;
    std::string unit;
    v1::Dimension dimension;
  };
  const std::vector<Case> cases = {
      {"She bought a 600-square-metre plot in Mtwara.", "600-square-metre", 600,
       "square metre", v1::DIMENSION_AREA},
      {"The firm leased a 12,000-square-foot warehouse.", "12,000-square-foot", 12000,
       "square foot", v1::DIMENSION_AREA},
      {"Rangers patrol a two-square-mile reserve.", "two-square-mile", 2, "square mile",
       v1::DIMENSION_AREA},
      {"Each farm has a 10-cubic-metre tank.", "10-cubic-metre", 10, "cubic metre",
       v1::DIMENSION_VOLUME},
  };
  for (const Case& c : cases) {
    figure_test::ExpectFigure(c.sentence, c.text, c.value, c.unit, c.dimension);
  }
}

// "a few" is about three, so approximate ("a few weeks"); counted back from
// now it is a point in time, as "two weeks ago" is, not a figure.
TEST(AFewTest, AFewIsApproximateAndAFewWeeksAgoIsNoFigure) {
  const std::vector<v1::Figure> talks = Find("The talks lasted a few weeks.");
  const v1::Figure* f = FigureWithText(talks, "a few weeks");
  ASSERT_NE(f, nullptr);
  EXPECT_DOUBLE_EQ(f->value(), 3);
  EXPECT_EQ(f->qualifier(), v1::QUALIFIER_APPROXIMATE);
  EXPECT_EQ(f->unit(), "week");
  EXPECT_TRUE(Find("She left the firm a few weeks ago.").empty());
  EXPECT_TRUE(Find("She left the firm two weeks ago.").empty());
}

// An earthquake's magnitude in its other shapes: after "magnitude" and a
// hyphen, "at" or "of", and as a decimal before a quake's noun; a whole
// number of quakes stays a count.
TEST(MagnitudeTest, MagnitudeShapes) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"A magnitude-7.1 earthquake struck off the coast.", "magnitude-7.1"},
      {"Seismologists put the magnitude at 6.4 on Sunday.", "6.4"},
      {"The tremor had a magnitude of 5.9, the agency said.", "5.9"},
      {"A 7.0 quake struck the island in 2018.", "7.0"},
  };
  for (const auto& [sentence, text] : cases) {
    const std::vector<v1::Figure> figures = Find(sentence);
    const v1::Figure* f = FigureWithText(figures, text);
    ASSERT_NE(f, nullptr) << sentence;
    EXPECT_EQ(f->dimension(), v1::DIMENSION_OTHER) << sentence;
    EXPECT_EQ(f->unit(), "magnitude") << sentence;
  }
  const std::vector<v1::Figure> count = Find("There were 3 quakes overnight.");
  const v1::Figure* c = FigureWithText(count, "3");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->dimension(), v1::DIMENSION_COUNT);
}

// "double"/"twice" before "last" or "next" and an owner ("nearly double last
// season's audience") is a multiplier; before "last week" it says how often.
TEST(MultiplierTest, DoubleLastYearsIsAMultiplier) {
  const std::vector<v1::Figure> crowd =
      Find("The final drew 38 million viewers, nearly double last season's audience.");
  const v1::Figure* f = FigureWithText(crowd, "nearly double");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->dimension(), v1::DIMENSION_RATIO);
  EXPECT_DOUBLE_EQ(f->value(), 2);
  EXPECT_EQ(f->qualifier(), v1::QUALIFIER_APPROXIMATE);
  EXPECT_TRUE(Find("The inspectors visited twice last week.").empty());
}

// "N-and-a-half" joined by hyphens, before a unit or a noun it modifies, is
// N + 0.5 in that unit: words or digits, "a" or "one".
TEST(AndAHalfCompoundTest, HyphenatedHalfJoinsTheNumber) {
  struct Case {
    std::string sentence;
    std::string text;
    double value;
    std::string unit;
  };
  const std::vector<Case> cases = {
      {"The striker agreed a three-and-a-half-year deal with the Dons.",
       "three-and-a-half-year", 3.5, "year"},
      {"Commuters faced a 2-and-a-half-hour wait at the border post.",
       "2-and-a-half-hour", 2.5, "hour"},
      {"She walked the six-and-one-half-mile loop before dawn.",
       "six-and-one-half-mile", 6.5, "mi"},
      {"Her brother served two-and-a-half years for the robbery.",
       "two-and-a-half years", 2.5, "year"},
      {"Rescuers dug for seven-and-a-half hours, the fire chief said.",
       "seven-and-a-half hours", 7.5, "hour"},
  };
  for (const Case& c : cases) {
    const std::vector<v1::Figure> figures = Find(c.sentence);
    const v1::Figure* f = FigureWithText(figures, c.text);
    ASSERT_NE(f, nullptr) << c.sentence;
    EXPECT_DOUBLE_EQ(f->value(), c.value) << c.sentence;
    EXPECT_EQ(f->unit(), c.unit) << c.sentence;
    EXPECT_EQ(figures.size(), 1u) << c.sentence;
  }
}

// A number word written with a capital inside a sentence, next to another
// capitalized word, is part of a name ("Net Zero Secretary", "the Formula One
// team", "Channel Four News"), not an amount. Lowercase number words and
// headlines set in title case keep their figures.
TEST(NameNumberWordTest, CapitalizedNumberWordInANameIsNoFigure) {
  const std::vector<std::string> names = {
      "Net Zero Secretary Ailsa Munro told the committee the target stood.",
      "The Formula One team confirmed the signing on Monday.",
      "The allegation was first aired by Channel Four News last spring.",
      "Funding for Zero Waste Alba was cut, the minister said.",
      "Listeners said Three Counties Radio went off air for an hour.",
      "She sat with the Gang of Eight in the Senate that year.",
      "Finance chiefs of the Group of Twenty, the club of big economies, "
      "gathered in Rio.",
  };
  for (const std::string& s : names) {
    for (const v1::Figure& f : Find(s)) {
      EXPECT_NE(f.dimension(), v1::DIMENSION_COUNT) << s << ": " << f.text();
    }
  }
  const std::vector<std::pair<std::string, std::string>> counts = {
      {"The report said two people were injured in the blast.", "two"},
      {"Only Two Of Five Patients Got Care, Audit Finds", "Two"},
      {"Zero Waste Alba said it had cut 40 jobs.", "40"},
      {"FERRY FIRE OFF ARRAN Three crew members were treated for smoke.",
       "Three"},
  };
  for (const auto& c : counts) {
    EXPECT_NE(FigureWithText(Find(c.first), c.second), nullptr) << c.first;
  }
}

// Water volumes in the metric multiples reservoirs and allocations are
// reported in: kilolitres, megalitres, gigalitres (written out, or "GL" glued
// to the digits).
TEST(WaterVolumeTest, LitreMultiplesAreVolumes) {
  struct Case {
    std::string sentence;
    std::string text;
    double litres;
  };
  const std::vector<Case> cases = {
      {"Irrigators along the river were allocated 240 megalitres this season.",
       "240 megalitres", 240e6},
      {"The reservoir now holds 3.2 gigalitres, the authority said.",
       "3.2 gigalitres", 3.2e9},
      {"Each household may draw 12 kilolitres a month under the new rules.",
       "12 kilolitres", 12e3},
      {"The buyback recovered 450GL from the basin's farms.", "450GL", 450e9},
      {"The town used 85 megalitres less water than the summer before.",
       "85 megalitres", 85e6},
      {"About 1.5 megaliters of treated water leaked each day.",
       "About 1.5 megaliters", 1.5e6},
  };
  for (const Case& c : cases) {
    const std::vector<v1::Figure> figures = Find(c.sentence);
    const v1::Figure* f = FigureWithText(figures, c.text);
    ASSERT_NE(f, nullptr) << c.sentence;
    EXPECT_EQ(f->dimension(), v1::DIMENSION_VOLUME) << c.sentence;
    EXPECT_NEAR(f->normalized_value(), c.litres, c.litres * 1e-9) << c.sentence;
  }
}

// "from AMOUNT in YEAR to AMOUNT": the year closes the first amount's time and
// the second amount, with its currency or unit, is a figure of its own, never
// the end of a range that starts at the year.
TEST(YearThenAmountTest, AmountAfterYearPrepositionIsItsOwnFigure) {
  struct Case {
    std::string sentence;
    std::string first;
    std::string second;
    double value;
    std::string unit;
  };
  const std::vector<Case> cases = {
      {"Revenue climbed from \u00a34.2m in 2021 to \u00a36.8m in 2023, the "
       "accounts show.",
       "\u00a34.2m", "\u00a36.8m", 6.8e6, "GBP"},
      {"Its debt rose from $2.1bn in 2022 to $3.4bn this year.", "$2.1bn",
       "$3.4bn", 3.4e9, "USD"},
      {"The budget grew from \u20ac80m in 2020 to \u20ac95m, officials "
       "said.",
       "\u20ac80m", "\u20ac95m", 95e6, "EUR"},
      {"Yields dropped from 8.4 tonnes in 2015 to 7.9 tonnes in the "
       "drought year.",
       "8.4 tonnes", "7.9 tonnes", 7.9, "tonne"},
  };
  for (const Case& c : cases) {
    const std::vector<v1::Figure> figures = Find(c.sentence);
    EXPECT_NE(FigureWithText(figures, c.first), nullptr) << c.sentence;
    const v1::Figure* f = FigureWithText(figures, c.second);
    ASSERT_NE(f, nullptr) << c.sentence;
    EXPECT_DOUBLE_EQ(f->value(), c.value) << c.sentence;
    EXPECT_EQ(f->unit(), c.unit) << c.sentence;
  }
}

// A falling pair "A-to-B" whose second number carries a unit or currency is
// two figures in that unit ("a 73-to-25 percent win"), not a tally; a bare
// pair ("a 5-to-4 vote", "won 42-40") stays a tally and gives no figure.
TEST(FallingPairWithUnitTest, UnitOnTheSecondNumberMakesTwoFigures) {
  struct Case {
    std::string sentence;
    std::string first;
    double value;
    std::string second;
    std::string unit;
  };
  const std::vector<Case> cases = {
      {"Her 61-to-37 percent margin was the widest in the state's history.",
       "61", 61, "37 percent", "percent"},
      {"The measure passed by a 58-42 percent vote, county clerks said.", "58",
       58, "42 percent", "percent"},
      {"Voters backed the levy 64 to 36 per cent on Tuesday.", "64", 64,
       "36 per cent", "percent"},
  };
  for (const Case& c : cases) {
    const std::vector<v1::Figure> figures = Find(c.sentence);
    const v1::Figure* a = FigureWithText(figures, c.first);
    ASSERT_NE(a, nullptr) << c.sentence;
    EXPECT_DOUBLE_EQ(a->value(), c.value) << c.sentence;
    EXPECT_EQ(a->unit(), c.unit) << c.sentence;
    const v1::Figure* b = FigureWithText(figures, c.second);
    ASSERT_NE(b, nullptr) << c.sentence;
    EXPECT_EQ(b->unit(), c.unit) << c.sentence;
  }
  const std::vector<std::string> tallies = {
      "The justices ruled in a 5-to-4 vote that the law stood.",
      "The council rejected the plan 7-2 on Monday night.",
      "Leeds won 42-40 after extra time.",
  };
  for (const std::string& s : tallies) {
    EXPECT_TRUE(Find(s).empty()) << s << ": " << Find(s).size();
  }
}

// An adjective of a run between a number and a unit of time keeps the unit:
// "nine straight days" is a duration of nine days, not a count of days.
TEST(RunAdjectiveTest, AdjectiveBetweenNumberAndTimeUnitKeepsTheUnit) {
  struct Case {
    std::string sentence;
    std::string text;
    double value;
    std::string unit;
  };
  const std::vector<Case> cases = {
      {"Snow closed the pass for nine straight days.", "nine straight days",
       9, "day"},
      {"Prices have climbed for six consecutive months.",
       "six consecutive months", 6, "month"},
      {"The ferry stayed in dock for three full years.", "three full years", 3,
       "year"},
      {"The strike could run for two more weeks, the union said.",
       "two more weeks", 2, "week"},
  };
  for (const Case& c : cases) {
    const std::vector<v1::Figure> figures = Find(c.sentence);
    const v1::Figure* f = FigureWithText(figures, c.text);
    ASSERT_NE(f, nullptr) << c.sentence;
    EXPECT_DOUBLE_EQ(f->value(), c.value) << c.sentence;
    EXPECT_EQ(f->unit(), c.unit) << c.sentence;
  }
  // Not a unit of time, or a hyphenated compound: the noun is counted.
  EXPECT_EQ(FigureWithText(Find("He scored two more goals."), "two more goals"),
            nullptr);
}

}  // namespace
}  // namespace factwire
