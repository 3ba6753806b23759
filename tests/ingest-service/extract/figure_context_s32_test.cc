// Figure subjects of session 32: the clause subject of a price or duration
// read past a raising participle ("is estimated to cost", "is scheduled to
// take"); adverbs of place and repetition ("elsewhere", "again") are never
// a figure's subject.
// Sentences written for these tests.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/extract/figures.h"
#include "tests/ingest-service/extract/figure_test_support.h"

namespace factwire {
namespace figure_test {
namespace {

// "<subject> is estimated / thought / scheduled to <verb> <figure>": the
// raising participle stands in the verb group like "is expected to".
TEST(FigureContextS32Test, ARaisingParticipleKeepsTheClauseSubject) {
  EXPECT_EQ(OnlySubject("The new ring road is estimated to cost 210 million "
                        "zlotys."),
            "new ring road");
  EXPECT_EQ(OnlySubject("The refit of the ferry is scheduled to take nine "
                        "months."),
            "refit of the ferry");
  EXPECT_EQ(OnlySubject("The wreck is thought to hold about 40 tonnes of "
                        "fuel oil."),
            "fuel oil");
}

// "elsewhere" and "again" after a figure name no noun it counts.
TEST(FigureContextS32Test, AnAdverbAfterAFigureIsNoSubject) {
  const std::vector<v1::Figure> f =
      Find("Rents rose 6% in Tallinn, compared with 2% elsewhere.");
  const v1::Figure* other = FigureWithText(f, "2%");
  ASSERT_NE(other, nullptr);
  EXPECT_EQ(other->subject(), "Rents");
  EXPECT_EQ(OnlySubject("After the storm the river rose 3 metres again."),
            "river");
}

}  // namespace
}  // namespace figure_test
}  // namespace factwire
