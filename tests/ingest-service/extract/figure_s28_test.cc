// Figure subjects in shapes met on unseen news (session 28): a measure tied
// to a progressive or perfect verb group, or to a verb of movement and its
// bearing, and a factor that is a clause's predicate are the clause
// subject's. Sentences written for these tests.
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

}  // namespace
}  // namespace figure_test
}  // namespace factwire
