// Figure subjects in shapes met on unseen news (session 28): a measure tied
// to a progressive or perfect verb group, or to a verb of movement and its
// bearing, past a "one of" apposition, and a factor that is a clause's
// predicate are the clause subject's; a length before a bearing and a place
// is the distance to it; an object moved to a figure counts it past a year,
// a quote mark or a prepositional phrase. A clock-shaped number alone on its
// line is no figure; a level gone beyond in a threshold clause is exact.
// Sentences written for these tests.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/extract/figures.h"
#include "tests/ingest-service/extract/figure_test_support.h"

namespace factwire {
namespace figure_test {
namespace {

// "X is growing by N", "X has spread at N", "X amounts to N": the measure is
// the predicate of X's clause.
TEST(FigureS28Test, AMeasureAfterAProgressiveOrPerfectVerbIsTheSubjects) {
  EXPECT_EQ(OnlySubject("The sand dunes are advancing by 6 metres a year."),
            "sand dunes");
  EXPECT_EQ(OnlySubject("Mangrove cover is steadily shrinking by 2% each "
                        "decade."),
            "Mangrove cover");
  EXPECT_EQ(OnlySubject("The oil slick has drifted at about 3 km/h since "
                        "dawn."),
            "oil slick");
  EXPECT_EQ(OnlySubject("Ground subsidence amounts to roughly 9 centimetres "
                        "a year."),
            "Ground subsidence");
  // A bare number after a preposition is no predicate: "two" is no measure
  // of the candidate.
  EXPECT_NE(OnlySubject("Ortega is getting help from two business lobbies."),
            "Ortega");
}

// "X, one of the largest ..., retreated N": a partitive apposition between
// the subject and its verb is set aside.
TEST(FigureS28Test, APartitiveAppositionBeforeTheVerbIsSetAside) {
  EXPECT_EQ(OnlySubject("The Perito Moreno glacier, one of the few still "
                        "stable in the region, advanced 60 metres."),
            "Perito Moreno glacier");
  EXPECT_EQ(OnlySubject("The Ob river, one of the longest in Siberia, is "
                        "rising by 30 centimetres a day."),
            "Ob river");
}

// "X is moving west at N", "X crept north at N": the compass points between
// the verb and its preposition tell the bearing, not the subject.
TEST(FigureS28Test, ABearingBetweenAVerbAndItsMeasureIsSkipped) {
  EXPECT_EQ(OnlySubject("The cyclone is tracking south-west at 14 km/h."),
            "cyclone");
  EXPECT_EQ(OnlySubject("The lava flow has crept east at about 40 metres an "
                        "hour."),
            "lava flow");
}

// "X were N times the Y": the factor is X's; Y is what X is compared with.
TEST(FigureS28Test, AFactorThatIsAPredicateCountsTheClauseSubject) {
  EXPECT_EQ(OnlySubject("Nitrate readings in the lagoon were up to four "
                        "times the legal limit."),
            "Nitrate readings");
  EXPECT_EQ(OnlySubject("Ferry fares are now about 2.5 times their level "
                        "before the strike."),
            "Ferry fares");
  // In an aside the factor counts the noun after it.
  const std::vector<v1::Figure> debt =
      Find("The utility's debt stood at R8bn, or 4.2 times core earnings.");
  ASSERT_EQ(debt.size(), 2u);
  EXPECT_EQ(debt[1].subject(), "core earnings");
}

// "lives N metres from the shore", "N km south of X": the length is the
// distance to the place named after the bearing.
TEST(FigureS28Test, ALengthBeforeABearingAndAPlaceIsTheDistanceToIt) {
  EXPECT_EQ(OnlySubject("Her cottage lies 400 metres from the harbour wall."),
            "distance from the harbour wall");
  EXPECT_EQ(OnlySubject("Tartu sits about 185 km south-east of Tallinn."),
            "distance south-east of Tallinn");
  // No place named, or set off after the noun it places: not a distance.
  EXPECT_EQ(OnlySubject("The shots were heard 2 km away."), "");
  EXPECT_NE(OnlySubject("The depot, 9 km from the port, will close."),
            "distance from the port");
}

// "cut its 2026 harvest forecast to N", "put the damage at \"N\"": the
// object a verb moves or sets counts the figure; a year between the
// determiner and the noun is its time scope, a quote mark before the figure
// no break.
TEST(FigureS28Test, AnObjectMovedToAFigureCountsItPastAYearOrAQuoteMark) {
  const std::vector<v1::Figure> f =
      Find("The cooperative raised its 2027 olive oil target to 9,000 "
           "tonnes.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subject(), "olive oil target");
  EXPECT_EQ(f[0].time_scope(), "2027");
  EXPECT_EQ(OnlySubject("Insurers put the storm losses at \"well over "
                        "$2bn\"."),
            "storm losses");
  // A prepositional phrase with its determiner after the object.
  EXPECT_EQ(OnlySubject("The agency raised the death toll from the landslide "
                        "to 41."),
            "death toll");
  EXPECT_EQ(OnlySubject("Analysts put the bill for the city at about "
                        "$90m."),
            "bill for the city");
}

// "its forecast for 2026 to 66,000 tonnes": a year after "for", then "to" and
// a figure written as a figure, is the year the forecast is for and the new
// level, not a span of years (which dropped both).
TEST(FigureS28Test, AYearAfterForThenToAFigureIsNoSpanOfYears) {
  EXPECT_EQ(Texts("The mill cut its sugar forecast for 2027 to 410,000 tonnes."),
            (std::vector<std::string>{"410,000 tonnes"}));
  EXPECT_EQ(Texts("The board raised its budget for 2025 to €3.2m."),
            (std::vector<std::string>{"€3.2m"}));
  // Two years stay a span, no figure.
  EXPECT_TRUE(Find("The plan for 2025 to 2030 was approved.").empty());
}

// A live blog's entry heading "16.55" alone on its line is a time of day;
// a small number alone, or a clock-shaped number in a sentence, is kept.
TEST(FigureS28Test, AClockShapedNumberAloneOnItsLineIsATimeOfDay) {
  EXPECT_TRUE(Find("16.55").empty());
  EXPECT_TRUE(Find("21.40.").empty());
  EXPECT_EQ(Find("1.10").size(), 1u);
  EXPECT_EQ(Find("The index closed up 16.55 points.").size(), 1u);
}

// "when readings exceed N", "where rates top N": a level a verb of going
// beyond reaches in a threshold clause is the threshold, stated exactly;
// outside one it stays a lower bound.
TEST(FigureS28Test, ALevelGoneBeyondInAThresholdClauseIsExact) {
  const std::vector<v1::Figure> alert =
      Find("Beaches will shut when nitrate levels exceed 50 mg.");
  ASSERT_EQ(alert.size(), 1u);
  EXPECT_EQ(alert[0].qualifier(), v1::QUALIFIER_EXACT);
  const std::vector<v1::Figure> grant =
      Find("Towns where unemployment tops 12% will get extra funds.");
  ASSERT_EQ(grant.size(), 1u);
  EXPECT_EQ(grant[0].qualifier(), v1::QUALIFIER_EXACT);
  const std::vector<v1::Figure> sales = Find("Exports topped $4 billion.");
  ASSERT_EQ(sales.size(), 1u);
  EXPECT_EQ(sales[0].qualifier(), v1::QUALIFIER_MORE_THAN);
}

}  // namespace
}  // namespace figure_test
}  // namespace factwire
