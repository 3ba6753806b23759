// Ranges and changes: "from A to B" after a verb of change is two levels,
// after a verb of range one RANGE; "A or B" counted things are one RANGE.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/extract/figures.h"
#include "tests/ingest-service/extract/figure_test_support.h"

namespace factwire {
namespace {

using figure_test::Find;
using figure_test::Texts;
using v1::Figure;

using Strings = std::vector<std::string>;

// A change verb whose object holds a measure, or whose size of change comes
// before "from", still makes "from A to B" an old and a new level.
TEST(FigureRangesTest, FromAToBAfterAChangeAndItsObjectOrAmountIsTwoLevels) {
  EXPECT_EQ(Texts("Hawkers have raised the price of a 5-kilo sack of maize "
                  "from TSh900 to TSh1,400."),
            (Strings{"5-kilo", "TSh900", "TSh1,400"}));
  EXPECT_EQ(Texts("The index climbed 3.4 per cent from 1,210 to 1,251."),
            (Strings{"3.4 per cent", "1,210", "1,251"}));
  EXPECT_EQ(Texts("Shares jumped 11% from $8.10 to $9 after the bid."),
            (Strings{"11%", "$8.10", "$9"}));
  EXPECT_EQ(Texts("The club increased the cost of a 12-month season ticket "
                  "from €420 to €480."),
            (Strings{"12-month", "€420", "€480"}));
  EXPECT_EQ(Texts("The council has increased the charge for a two-hour "
                  "on-street parking bay from £2.40 to £3."),
            (Strings{"two-hour", "£2.40", "£3"}));
  const std::vector<Figure> f =
      Find("Ticket prices rose by a fifth, from $150 to $180, on Friday.");
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[1].qualifier(), v1::QUALIFIER_EXACT);
  EXPECT_EQ(f[2].qualifier(), v1::QUALIFIER_EXACT);
  EXPECT_DOUBLE_EQ(f[2].value(), 180);
}

// Without a change, or when a verb of range stands nearer, it stays a range.
TEST(FigureRangesTest, FromAToBAfterAVerbOfRangeStaysOneRange) {
  const std::vector<Figure> f =
      Find("Fares on the 40-minute route range from $3 to $7.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].qualifier(), v1::QUALIFIER_RANGE);
  EXPECT_DOUBLE_EQ(f[1].value_max(), 7);
  const std::vector<Figure> g = Find(
      "Rents, which rose 8% last year, now run from £900 to £1,300 a month.");
  ASSERT_EQ(g.size(), 2u);
  EXPECT_EQ(g[1].qualifier(), v1::QUALIFIER_RANGE);
  const std::vector<Figure> h =
      Find("Sentences for the 14 offences vary from two to six years.");
  ASSERT_EQ(h.size(), 2u);
  EXPECT_EQ(h[1].qualifier(), v1::QUALIFIER_RANGE);
}

}  // namespace
}  // namespace factwire
