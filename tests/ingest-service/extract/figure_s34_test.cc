// Figures in shapes met on unseen news (session 34): a multiplier after a
// degree word is a size of change ("more than double a year earlier",
// "roughly triple within", "output roughly doubles"), not an adjective
// ("nearly double digits", "the doubles final"); "twice" before a rate counts
// occasions ("twice a day"), not "met twice". Sentences written for these
// tests.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/extract/figures.h"
#include "tests/ingest-service/extract/figure_test_support.h"

namespace factwire {
namespace figure_test {
namespace {

// The figure `text` of `sentence`, which must be found.
v1::Figure FigureIn(const std::string& sentence, const std::string& text) {
  const std::vector<v1::Figure> figures = Find(sentence);
  const v1::Figure* f = FigureWithText(figures, text);
  EXPECT_NE(f, nullptr) << sentence;
  return f == nullptr ? v1::Figure() : *f;
}

TEST(FigureS34Test, AMultiplierAfterADegreeWordIsAChange) {
  struct Case {
    const char* sentence;
    const char* text;
    double value;
    v1::Qualifier qualifier;
  };
  const Case kCases[] = {
      {"The deficit was more than double a year earlier.", "more than double", 2,
       v1::QUALIFIER_MORE_THAN},
      {"Freight volumes could roughly triple within a decade.", "roughly triple", 3,
       v1::QUALIFIER_APPROXIMATE},
      {"By 2030 the harbour's capacity roughly doubles.", "roughly doubles", 2,
       v1::QUALIFIER_APPROXIMATE},
      {"Rents in Accra almost triple in a good year.", "almost triple", 3,
       v1::QUALIFIER_APPROXIMATE},
      {"Bread now costs less than double, traders said.", "less than double", 2,
       v1::QUALIFIER_LESS_THAN},
      // a verb after "to" or a modal, whatever its object
      {"The start-up plans to almost triple headcount.", "almost triple", 3,
       v1::QUALIFIER_APPROXIMATE},
      {"The new kilns could roughly double output.", "roughly double", 2,
       v1::QUALIFIER_APPROXIMATE},
  };
  for (const Case& c : kCases) {
    const v1::Figure f = FigureIn(c.sentence, c.text);
    EXPECT_EQ(f.dimension(), v1::DIMENSION_RATIO) << c.sentence;
    EXPECT_DOUBLE_EQ(f.value(), c.value) << c.sentence;
    EXPECT_EQ(f.qualifier(), c.qualifier) << c.sentence;
  }
}

// "three times" before a possessive compares ("nearly three times Peralta's
// budget"); before an occasion's words it counts them.
TEST(FigureS34Test, TimesBeforeAPossessiveCompare) {
  const v1::Figure f = FigureIn("The campaign spent nearly three times Lopez's declared budget.",
                                "nearly three times");
  EXPECT_EQ(f.dimension(), v1::DIMENSION_RATIO);
  EXPECT_EQ(f.qualifier(), v1::QUALIFIER_APPROXIMATE);
  EXPECT_EQ(FigureIn("Police visited the house three times last month.", "three times")
                .dimension(),
            v1::DIMENSION_COUNT);
}

TEST(FigureS34Test, AMultiplierBeforeANounOrAloneIsNoFigure) {
  for (const char* sentence :
       {"Inflation in Ghana is nearly double digits.", "She won the doubles final in Rome.",
        "Output doubles every winter.", "The club's striker scored twice."}) {
    EXPECT_TRUE(Find(sentence).empty()) << sentence;
  }
}

TEST(FigureS34Test, TwiceBeforeARateCountsOccasions) {
  for (const char* sentence : {"Tankers will visit each ward twice a day.",
                               "The ferry sails twice weekly from Kalk Bay.",
                               "Inspectors call twice per month."}) {
    const v1::Figure f = FigureIn(sentence, "twice");
    EXPECT_EQ(f.dimension(), v1::DIMENSION_COUNT) << sentence;
    EXPECT_DOUBLE_EQ(f.value(), 2) << sentence;
  }
  // How often something happened, with no rate: no figure.
  EXPECT_TRUE(Find("The ministers met twice last year.").empty());
}

}  // namespace
}  // namespace figure_test
}  // namespace factwire
