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

// Two numbers joined by "or", the second larger, are one estimate: a RANGE
// whose ends share the unit or counted noun written last.
// A multiplier verb before "to" is a ratio and then the new level, and money
// before "to" and a count of people is two figures: neither is a range.
TEST(FigureRangesTest, MultiplierToALevelAndMoneyToACountAreTwoFigures) {
  EXPECT_EQ(Texts("Bus fares doubled to $3.40."),
            (Strings{"doubled", "$3.40"}));
  EXPECT_EQ(Texts("Exports more than tripled to 5,000 tonnes."),
            (Strings{"more than tripled", "5,000 tonnes"}));
  const std::vector<Figure> pension =
      Find("The top-up pays at least Rs5,000 to some 300,000 retirees.");
  ASSERT_EQ(pension.size(), 2u);
  EXPECT_EQ(pension[0].text(), "at least Rs5,000");
  EXPECT_EQ(pension[0].qualifier(), v1::QUALIFIER_AT_LEAST);
  EXPECT_EQ(pension[1].text(), "some 300,000");
  EXPECT_EQ(pension[1].qualifier(), v1::QUALIFIER_APPROXIMATE);
  // Still ranges: a bare scaled end, both ends in one unit, two multipliers.
  EXPECT_EQ(Texts("Repairs will cost $5 to 10 million."),
            Strings{"$5 to 10 million"});
  EXPECT_EQ(Texts("Each sack weighs 20kg to 25 kg."),
            Strings{"20kg to 25 kg"});
  EXPECT_EQ(Texts("Demand grew twofold to threefold."),
            Strings{"twofold to threefold"});
}

TEST(FigureRangesTest, AOrBIsOneRange) {
  const std::vector<Figure> f =
      Find("The board expects to hold three or four more meetings.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].qualifier(), v1::QUALIFIER_RANGE);
  EXPECT_DOUBLE_EQ(f[0].value(), 3);
  EXPECT_DOUBLE_EQ(f[0].value_max(), 4);
  const std::vector<Figure> g =
      Find("Officers said the gang struck 20 or 30 times a night.");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].qualifier(), v1::QUALIFIER_RANGE);
  EXPECT_DOUBLE_EQ(g[0].value_max(), 30);
  const std::vector<Figure> h =
      Find("Analysts see the bank raising rates by 5 or 6 per cent.");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].unit(), "percent");
  EXPECT_EQ(h[0].qualifier(), v1::QUALIFIER_RANGE);
  const std::vector<Figure> k =
      Find("Medics warned the wait could be two or three hours.");
  ASSERT_EQ(k.size(), 1u);
  EXPECT_EQ(k[0].unit(), "hour");
  EXPECT_DOUBLE_EQ(k[0].value(), 2);
  // "one or two" is left as it was read; a falling pair, or a comma before
  // "or", is two figures.
  EXPECT_EQ(Texts("She needs one or two big ideas."),
            std::vector<std::string>{"two"});
  EXPECT_EQ(Find("She scored 12 or 9 depending on the judge.").size(), 2u);
  EXPECT_EQ(Find("Benchmark wheat fell 3.2 euros, or 1.5%, on Friday.").size(),
            2u);
}

// "or more" / "or fewer" after the counted noun bounds the count.
TEST(FigureRangesTest, OrMoreAfterTheCountedNounIsABound) {
  const std::vector<Figure> f =
      Find("Hibs must win by four goals or more to go through.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].qualifier(), v1::QUALIFIER_AT_LEAST);
  EXPECT_DOUBLE_EQ(f[0].value(), 4);
  EXPECT_EQ(f[0].subject(), "goals");  // the counted noun inside the figure
  EXPECT_EQ(Find("Schools with 50 pupils or fewer will close.")[0].subject(), "pupils");
  EXPECT_EQ(Find("Firms with 250 full-time staff or less are exempt.")[0].subject(),
            "full-time staff");
  EXPECT_EQ(Find("Parties winning 20 seats or more get a committee chair.")[0]
                .qualifier(),
            v1::QUALIFIER_AT_LEAST);
  EXPECT_EQ(Find("Schools with 50 pupils or fewer will close.")[0].qualifier(),
            v1::QUALIFIER_AT_MOST);
  EXPECT_EQ(Find("Firms with 250 staff or less are exempt.")[0].qualifier(),
            v1::QUALIFIER_AT_MOST);
  // "or" before a comparative that describes a noun is no bound.
  EXPECT_EQ(Find("She has three children or older relatives at home.")[0]
                .qualifier(),
            v1::QUALIFIER_EXACT);
}

TEST(FigureRangesTest, MoneyToANumberBeforeAVerbIsOneRange) {
  const std::vector<Figure> f =
      Find("Fines range from $100 to 500 depending on the offence.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text(), "from $100 to 500");
  EXPECT_EQ(f[0].qualifier(), v1::QUALIFIER_RANGE);
  EXPECT_EQ(f[0].value_max(), 500);
  EXPECT_EQ(Texts("Seats cost $20 to 45 based on the view."),
            Strings{"$20 to 45"});
  EXPECT_EQ(Texts("Grants of $2,000 to 40 farmers were paid."),
            (Strings{"$2,000", "40"}));
}

// "one to two" before a unit or noun is a range, not the pronoun "one";
// "one to one" and "one to watch" stay no figure.
TEST(FigureRangesTest, OneToANumberIsARange) {
  const std::vector<Figure> f =
      Find("Nights will be one to two degrees warmer than usual.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text(), "one to two degrees");
  EXPECT_EQ(f[0].qualifier(), v1::QUALIFIER_RANGE);
  EXPECT_EQ(f[0].value_max(), 2);
  EXPECT_TRUE(Find("She is one to watch.").empty());
  EXPECT_TRUE(Find("They met one to one.").empty());
}

// A range's second end is no ratio when its first is none: "in" after it
// opens a place ("aged between 2 and 17 in 41 villages": the ages, then 41
// villages); a ratio range ("between 1 in 5 and 1 in 4") stays one.
TEST(FigureRangesTest, InAfterARangesSecondEndIsNoRatio) {
  const std::vector<Figure> f =
      Find("The fever struck 60 pupils aged between 2 and 17 in 41 villages.");
  EXPECT_EQ(Texts("The fever struck 60 pupils aged between 2 and 17 in 41 "
                  "villages."),
            (Strings{"60", "between 2 and 17", "41"}));
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[1].qualifier(), v1::QUALIFIER_RANGE);
  EXPECT_EQ(f[1].dimension(), v1::DIMENSION_AGE);
  EXPECT_EQ(f[1].value_max(), 17);
  EXPECT_EQ(f[2].subject(), "villages");
  EXPECT_EQ(Texts("One in 20 adults smoke."), (Strings{"One in 20"}));
}

// Two ends over one denominator of ten or a hundred are a range of shares
// ("between 2 and 4 in 10 voters"), no count of the denominator's noun.
TEST(FigureRangesTest, ARangeOverOneShareOfTenIsARatioRange) {
  const std::vector<Figure> f = Find("Between 2 and 4 in 10 voters agree.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text(), "Between 2 and 4 in 10");
  EXPECT_EQ(f[0].qualifier(), v1::QUALIFIER_RANGE);
  EXPECT_DOUBLE_EQ(f[0].value(), 0.2);
  EXPECT_DOUBLE_EQ(f[0].value_max(), 0.4);
}

// Base forms and nouns of change ("expand", "an expansion", "extend") make
// "from A to B" an old and a new level too; "extends", which also tells how
// far a thing reaches, leaves one range.
TEST(FigureRangesTest, FromAToBAfterABaseFormOrNounOfChangeIsTwoLevels) {
  EXPECT_EQ(Texts("The miner wants to expand its concession from 480 "
                  "hectares to 730 hectares."),
            (Strings{"480 hectares", "730 hectares"}));
  EXPECT_EQ(Texts("The board approved an expansion from 40 beds to 64 beds."),
            (Strings{"40", "64"}));
  EXPECT_EQ(Texts("The council will extend the zone from 2 miles to 5 miles."),
            (Strings{"2 miles", "5 miles"}));
  EXPECT_EQ(Texts("The reef extends from 5 km to 12 km offshore."),
            (Strings{"from 5 km to 12 km"}));
}

// "between one and three": a lone "one" after "between" with a higher end
// after "and" opens the range, with or without a noun after it; "between one
// and the other" is no figure.
TEST(FigureRangesTest, BetweenOneAndANumberIsARange) {
  const std::vector<Figure> f = Find("Most patients needed between one and three vials.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text(), "between one and three");
  EXPECT_EQ(f[0].qualifier(), v1::QUALIFIER_RANGE);
  EXPECT_DOUBLE_EQ(f[0].value(), 1);
  EXPECT_DOUBLE_EQ(f[0].value_max(), 3);
  EXPECT_EQ(Texts("Each crew carried between one and four."),
            (Strings{"between one and four"}));
  EXPECT_TRUE(Find("She could not choose between one and the other.").empty());
}

// "or larger", "or bigger" and "or smaller" after an amount bound it, as
// "or more" and "or less" do.
TEST(FigureRangesTest, OrLargerAndOrSmallerBoundTheAmount) {
  const std::vector<Figure> quake = Find("Aftershocks of magnitude 6 or larger may follow.");
  ASSERT_EQ(quake.size(), 1u);
  EXPECT_EQ(quake[0].text(), "magnitude 6 or larger");
  EXPECT_EQ(quake[0].qualifier(), v1::QUALIFIER_AT_LEAST);
  const std::vector<Figure> farms = Find("Plots of 2 hectares or smaller are exempt.");
  ASSERT_EQ(farms.size(), 1u);
  EXPECT_EQ(farms[0].text(), "2 hectares or smaller");
  EXPECT_EQ(farms[0].qualifier(), v1::QUALIFIER_AT_MOST);
}

}  // namespace
}  // namespace factwire
