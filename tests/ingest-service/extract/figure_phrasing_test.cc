// Figure classes met in business, housing and weather copy: hyphenated
// subjects, verbs with a particle before "up to", qualifiers after the
// figure, statistics, adverbs and relative clauses between a figure and what
// it counts, and multipliers that cannot count occasions.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/extract/figures.h"
#include "tests/ingest-service/extract/figure_test_support.h"

namespace factwire {
namespace {

using figure_test::Find;
using v1::Figure;

TEST(FigurePhrasingTest, AHyphenatedWordStaysWholeInTheSubjectBeforeAVerb) {
  const std::vector<Figure> f =
      Find("Pre-tax profit fell 38 per cent to €347m.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].subject(), "Pre-tax profit");
  EXPECT_EQ(f[1].subject(), "Pre-tax profit");
  const std::vector<Figure> band = Find(
      "The band for first-time buyers dropped from £425,000 to £300,000.");
  ASSERT_EQ(band.size(), 2u);
  EXPECT_EQ(band[0].subject(), "first-time buyers");
  // A hyphen after a figure is no part of a compound subject.
  const std::vector<Figure> rate =
      Find("The two-year mortgage rate rose to 5 per cent.");
  ASSERT_EQ(rate.size(), 2u);
  EXPECT_EQ(rate[1].subject(), "mortgage rate");
}

}  // namespace
}  // namespace factwire
