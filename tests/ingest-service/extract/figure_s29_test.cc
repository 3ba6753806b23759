// Figures in shapes met on unseen news (session 29): a "m" suffix before a
// unit written out counts millions of the unit; a place that produces or
// receives an amount is where it holds, and so is a place before an irregular
// past verb; a month after "for" is a figure's period; a plural unit opening
// a hyphenated adjective leaves the number a count; a depth of water or snow
// after "under" is exact. Sentences written for these tests.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/extract/figures.h"
#include "tests/ingest-service/extract/figure_test_support.h"

namespace factwire {
namespace figure_test {
namespace {

// "2.5m tonnes", "40m cubic metres": the "m" is a million of the unit after
// it, never metres; a "m" before anything else keeps its metres.
TEST(FigureS29Test, MillionSuffixBeforeAUnitWordCountsTheUnit) {
  struct Case {
    std::string sentence;
    std::string text;
    double value;
    std::string unit;
  };
  const std::vector<Case> cases = {
      {"Grain exports from Odesa reached 4.2m tonnes in the quarter.",
       "4.2m tonnes", 4.2e6, "tonne"},
      {"The Lough Neagh scheme will draw up to 1.6m litres a day.",
       "up to 1.6m litres", 1.6e6, "l"},
      {"The new dam at Kariba holds 40m cubic metres.", "40m cubic metres",
       40e6, "cubic metre"},
      {"Loggers cleared 1.1m hectares of the Chaco last year.",
       "1.1m hectares", 1.1e6, "hectare"},
  };
  for (const Case& c : cases) {
    const std::vector<v1::Figure> figures = Find(c.sentence);
    const v1::Figure* f = FigureWithText(figures, c.text);
    ASSERT_NE(f, nullptr) << c.sentence;
    EXPECT_DOUBLE_EQ(f->value(), c.value) << c.sentence;
    EXPECT_EQ(f->unit(), c.unit) << c.sentence;
  }
  // Metres: before a word that is no unit, or a unit letter that is a word.
  const std::vector<v1::Figure> wall = Find("The sea wall in Galle is 3m high.");
  ASSERT_EQ(wall.size(), 1u);
  EXPECT_EQ(wall[0].unit(), "m");
  EXPECT_DOUBLE_EQ(wall[0].value(), 3);
  const std::vector<v1::Figure> rise =
      Find("The lagoon rose 1.5m in a decade.");
  ASSERT_FALSE(rise.empty());
  EXPECT_EQ(rise[0].unit(), "m");
  EXPECT_DOUBLE_EQ(rise[0].value(), 1.5);
}

// "Sardinia produces 300 million litres": a place opening the sentence as
// the subject of a present-tense verb of yielding or taking in is where its
// object's figure holds, as with a past form ("Kazakhstan harvested").
TEST(FigureS29Test, APlaceThatProducesOrReceivesIsTheFiguresPlace) {
  std::vector<v1::Figure> f =
      Find("Kenya produces about 570,000 tonnes of tea a year.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Kenya");
  f = Find("Portugal receives about 30 million visitors each year.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Portugal");
  f = Find("Norway exports 1.2 million tonnes of salmon.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Norway");
  // A company as subject, or a place after the verb, is no such place.
  f = Find("Nutreco produces 40,000 tonnes of feed.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
}

// "for March", "for October to December": a month or a span of months after
// "for" is the figure's period; not a person named May, nor a month that
// modifies a noun.
TEST(FigureS29Test, AMonthOrSpanOfMonthsAfterForIsThePeriod) {
  std::vector<v1::Figure> f =
      Find("The Tromso hotel lost 35% of its bookings for February.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "for February");
  f = Find("Operating profit for July to September fell to $42 million.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "for July to September");
  f = Find("Spending planned for November and December reached $9 million.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "for November and December");
  f = Find("Delegates pressed for May to quit as 61% voted no.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "");
  f = Find("Fans paid $45 for April tickets.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].time_scope(), "");
}

// "A plantation in Kenya lost 85 hectares": an irregular past verb after a
// place's name is the clause's verb, not a noun the name modifies, so the
// place holds for the clause's figure ("in Ontario schools" stays a
// modifier).
TEST(FigureS29Test, AnIrregularPastAfterAPlaceEndsThePlace) {
  std::vector<v1::Figure> f =
      Find("A cooperative in Ghana sold 400 tonnes of cocoa.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Ghana");
  f = Find("Growers in Ecuador lost 1,200 hectares to the blight.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Ecuador");
  f = Find("Teachers at Peru schools earn 900 soles a month.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "");
}

// "600 centuries-old trees": a plural unit apart from the number, opening a
// hyphenated adjective of a plural noun, is the adjective's; the number
// counts the noun. An age written with the number stays an age.
TEST(FigureS29Test, APluralUnitOpeningAnAdjectiveLeavesTheNumberACount) {
  std::vector<v1::Figure> f =
      Find("The Lebanon reserve protects 400 centuries-old cedars.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text(), "400");
  EXPECT_DOUBLE_EQ(f[0].value(), 400);
  EXPECT_EQ(f[0].dimension(), v1::DIMENSION_COUNT);
  f = Find("Mediators settled three decades-long feuds.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_DOUBLE_EQ(f[0].value(), 3);
  EXPECT_EQ(f[0].dimension(), v1::DIMENSION_COUNT);
  f = Find("A 700-year-old cedar fell in the storm.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].dimension(), v1::DIMENSION_AGE);
  f = Find("It ended a two decades-long war.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].dimension(), v1::DIMENSION_DURATION);
}

// "under half a metre of water": a depth "of" a covering layer after "under"
// says what lies below the layer; it stands as said, with "under" left out.
// A depth with no layer after it keeps its bound.
TEST(FigureS29Test, ADepthOfACoveringLayerAfterUnderIsExact) {
  std::vector<v1::Figure> f =
      Find("The Ribeira market lay under 40 centimetres of floodwater.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text(), "40 centimetres");
  EXPECT_EQ(f[0].qualifier(), v1::QUALIFIER_EXACT);
  f = Find("Roads near Bansko were under a metre of snow on Sunday.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].qualifier(), v1::QUALIFIER_EXACT);
  f = Find("Swells off Nazare stayed under 3 metres all week.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].qualifier(), v1::QUALIFIER_LESS_THAN);
}

}  // namespace
}  // namespace figure_test
}  // namespace factwire
