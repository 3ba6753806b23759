// Figures in shapes met on unseen news (session 33): a bare level after a
// verb of passing is a lower bound also before a time or a preposition, not
// when it is handed on; the lowest of what is counted ("as little as") is a
// lower bound; "between" closes on an amount with an article; "a quarter
// less" is a share, not a coin; land measured in dunums and feddans.
// Sentences written for these tests.
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

TEST(FigureS33Test, PassingALevelBeforeATimeOrPreposition) {
  EXPECT_EQ(FigureIn("Registered scooters in Kandy passed 80,000 last year.", "80,000")
                .qualifier(),
            v1::QUALIFIER_MORE_THAN);
  EXPECT_EQ(FigureIn("The port hopes to pass 2.4 million by 2030.", "2.4 million").qualifier(),
            v1::QUALIFIER_MORE_THAN);
  // What is counted after the amount, or handed on to someone: exact.
  EXPECT_EQ(FigureIn("The council passed 14 new bylaws.", "14").qualifier(),
            v1::QUALIFIER_EXACT);
  EXPECT_EQ(FigureIn("Owners plan to pass $3 billion to their heirs.", "$3 billion").qualifier(),
            v1::QUALIFIER_EXACT);
}

TEST(FigureS33Test, TheLowestOfWhatIsCountedIsALowerBound) {
  EXPECT_EQ(FigureIn("Tickets sell for as little as 40 rupees.", "as little as 40 rupees")
                .qualifier(),
            v1::QUALIFIER_AT_LEAST);
  EXPECT_EQ(FigureIn("As few as nine boats went out.", "As few as nine").qualifier(),
            v1::QUALIFIER_AT_LEAST);
}

TEST(FigureS33Test, BetweenClosesOnAnAmountWithAnArticle) {
  const v1::Figure f =
      FigureIn("Rangers count between 600,000 and a million baobabs.",
               "between 600,000 and a million");
  EXPECT_EQ(f.qualifier(), v1::QUALIFIER_RANGE);
  EXPECT_DOUBLE_EQ(f.value(), 600000);
  EXPECT_DOUBLE_EQ(f.value_max(), 1e6);
  // An article's fraction after the first end is no upper end.
  for (const v1::Figure& g : Find("The walk takes between two and a half hours.")) {
    EXPECT_NE(g.qualifier(), v1::QUALIFIER_RANGE) << g.text();
  }
}

TEST(FigureS33Test, AQuarterLessIsAShareNotACoin) {
  const v1::Figure f = FigureIn(
      "Buyers pay $3 a crate, but growers picked nearly a quarter less fruit.",
      "nearly a quarter");
  EXPECT_EQ(f.dimension(), v1::DIMENSION_RATIO);
  EXPECT_EQ(f.unit(), "");
}

TEST(FigureS33Test, DunumsAndFeddansAreArea) {
  ExpectFigure("The cooperative farms 120 dunums near Jericho.", "120 dunums", 120, "dunum",
               v1::DIMENSION_AREA);
  ExpectFigure("Growers planted 3,000 feddans of cotton.", "3,000 feddans", 3000, "feddan",
               v1::DIMENSION_AREA);
}

}  // namespace
}  // namespace figure_test
}  // namespace factwire
