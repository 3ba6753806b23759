// Figure subjects of levels and changes met on unseen news text: a level
// after "will be" / "expected to be", a session's close ("closed down 3%"),
// and the periods a results story names ("the six months to 30 June",
// "first-half sales").
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/extract/figures.h"
#include "tests/ingest-service/extract/figure_test_support.h"

namespace factwire {
namespace {

using figure_test::Find;
using figure_test::OnlySubject;
using v1::Figure;

TEST(FigureLevelsTest, ALevelAfterAModalOrInfinitiveBeCountsTheSubject) {
  EXPECT_EQ(OnlySubject("The shortfall will be about $2.3 million."),
            "shortfall");
  EXPECT_EQ(OnlySubject("Average attendance is expected to be 14,000 a game."),
            "Average attendance");
  EXPECT_EQ(OnlySubject("Turnout could be as high as 71 per cent."), "Turnout");
  std::vector<Figure> f =
      Find("Annual losses would be between €12m and €15m, the insurer said.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subject(), "Annual losses");
  // A duration that says how long something will be stays without a noun
  // made of the verb.
  EXPECT_EQ(OnlySubject("It will be 10 years before the line opens."), "");
  // A pronoun's contraction or a participle is no subject of the level.
  EXPECT_EQ(OnlySubject("It's been five weeks since the vote."), "");
  EXPECT_EQ(OnlySubject("We'll be nine when the others arrive."), "");
  EXPECT_EQ(OnlySubject("It's going to be about $4,000 by then."), "");
}

TEST(FigureLevelsTest, ASessionVerbWithUpOrDownLeavesItsSubjectBefore) {
  std::vector<Figure> f = Find("Shares in the brewer closed down 3.7% at 412p.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "Shares");
  EXPECT_EQ(f[1].subject(), "Shares");
  EXPECT_EQ(OnlySubject("The benchmark index finished up 1.2% on the week."),
            "benchmark index");
  EXPECT_EQ(OnlySubject("Bond yields opened down 6 basis points."),
            "Bond yields");
}

TEST(FigureLevelsTest, APeriodToADayBeforeItsMonthIsTheTimeScope) {
  std::vector<Figure> f =
      Find("Group revenue rose 5% to $80m in the year to 31 March 2025.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].time_scope(), "in the year to 31 March 2025");
  EXPECT_EQ(f[1].time_scope(), "in the year to 31 March 2025");
  EXPECT_EQ(f[1].subject(), "Group revenue");
  f = Find("The chain sold 4,100 sofas in the six months ended 30 June.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "in the six months ended 30 June");
  // The month-first order keeps working.
  f = Find("Sales reached $12m in the quarter to June 30.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "in the quarter to June 30");
}

TEST(FigureLevelsTest, HoldsOrKeepsANounAtALevelSetsThatNoun) {
  EXPECT_EQ(figure_test::OnlySubject("Peru's central bank holds rate at 4.75%"),
            "rate");
  EXPECT_EQ(figure_test::OnlySubject("The regulator keeps the price cap at "
                                     "£1,690."),
            "price cap");
}

}  // namespace
}  // namespace factwire
