// Review mends of this session's figure rules: shapes a new rule reached
// too far into, kept as they were before it.
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

// "is worth" after a comma closing an aside or a relative clause: the
// subject is the noun before the aside, not a noun inside it.
TEST(FigureReviewMendsTest, WorthAfterAVerbClosingAnAsideKeepsTheNoun) {
  EXPECT_EQ(OnlySubject("The pact, which the state signs each year, is worth "
                        "$40m."),
            "pact");
  EXPECT_EQ(OnlySubject("The pact, which Kenya signs each year, is worth "
                        "$40m."),
            "pact");
  EXPECT_EQ(OnlySubject("The lease, which the club signed in spring, is worth "
                        "$3m."),
            "lease");
  EXPECT_EQ(OnlySubject("Her farm, in the south of the county, is worth $2m."),
            "farm");
  EXPECT_EQ(OnlySubject("The villa, now worth $9m, was sold."), "villa");
}

}  // namespace
}  // namespace factwire
