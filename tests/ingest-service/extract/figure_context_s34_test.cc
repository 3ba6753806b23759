// Figure subjects of session 34: a share of a whole owned by a common noun
// keeps the owner ("40% of the region's maize" -> "region's maize"; a
// name's possessive stays a place). Sentences written for these tests.
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

}  // namespace
}  // namespace figure_test
}  // namespace factwire
