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

// "one to N" is a range only with a unit, a scale or the nouns it counts
// after the high end; a bare high end is odds, a ratio or a score, and
// after "was" a count of nouns is a ratio.
TEST(FigureReviewMendsTest, OneToABareNumberIsNoRange) {
  EXPECT_TRUE(Find("The odds were one to six against.").empty());
  EXPECT_TRUE(Find("Bookies gave odds of one to four on the mare.").empty());
  EXPECT_TRUE(Find("She was one to 3,000 entrants.").empty());
  for (const char* text :
       {"The final score was one to nil.",
        "The ratio of pupils to teachers went from one to nine to one to "
        "fourteen."}) {
    for (const Figure& f : Find(text)) {
      EXPECT_NE(f.qualifier(), v1::QUALIFIER_RANGE) << f.text();
      EXPECT_NE(f.text(), "one") << f.text();
    }
  }
}

// A range opened by "one" keeps its unit, scale or counted noun.
TEST(FigureReviewMendsTest, OneToANumberBeforeAUnitOrANounIsARange) {
  const std::vector<Figure> wait = Find("The wait is one to three weeks.");
  ASSERT_EQ(wait.size(), 1u);
  EXPECT_EQ(wait[0].text(), "one to three weeks");
  EXPECT_EQ(wait[0].qualifier(), v1::QUALIFIER_RANGE);
  const std::vector<Figure> hires = Find("Small firms hire one to 15 workers.");
  ASSERT_EQ(hires.size(), 1u);
  EXPECT_EQ(hires[0].qualifier(), v1::QUALIFIER_RANGE);
  EXPECT_DOUBLE_EQ(hires[0].value_max(), 15);
}

// A word between a count and its noun ("more", "other", "additional") does
// not make "one to N" a bare ratio: the counted noun follows it.
TEST(FigureReviewMendsTest, OneToNMoreNounsIsARange) {
  for (const char* text :
       {"Forecasters expect one to two more storms.",
        "The ward admits one to three more patients each night.",
        "Officials expect one to five other bidders.",
        "The airline adds one to two additional flights a week.",
        "The firm will open one to four new shops."}) {
    const std::vector<Figure> found = Find(text);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_EQ(found[0].qualifier(), v1::QUALIFIER_RANGE) << text;
    EXPECT_EQ(found[0].value(), 1) << text;
  }
}

// After a form of "be", a bare high end is a ratio or odds whatever phrase
// follows it ("in the final", "in 2020"); a unit still makes a range.
TEST(FigureReviewMendsTest, OneToABareNumberBeforeAPhraseIsNoRange) {
  for (const char* text : {"Odds were one to five in the final.",
                           "The ratio is one to eight in most wards.",
                           "The ratio was one to eight in 2020.",
                           "The odds are one to three at the track."}) {
    for (const Figure& f : Find(text)) {
      EXPECT_NE(f.qualifier(), v1::QUALIFIER_RANGE) << text << ": " << f.text();
    }
  }
  const std::vector<Figure> wait = Find("The wait is one to three weeks in "
                                        "winter.");
  ASSERT_EQ(wait.size(), 1u);
  EXPECT_EQ(wait[0].qualifier(), v1::QUALIFIER_RANGE);
  const std::vector<Figure> snow = Find("Rain may total one to two in. of "
                                        "snow.");
  ASSERT_EQ(snow.size(), 1u);
  EXPECT_EQ(snow[0].qualifier(), v1::QUALIFIER_RANGE);
}

// A scope adverb between a noun and the clause's verb is a place whatever
// follows the verb ("increased almost 7%", "climbed above $4", "rose
// again"); only inside a noun phrase ("The nationally televised") does it
// qualify a participle.
TEST(FigureReviewMendsTest, AScopeAdverbAfterANounBeforeItsVerbIsAPlace) {
  for (const char* text :
       {"Home prices nationally increased almost 7% last year.",
        "Petrol prices nationally climbed above $4 a gallon.",
        "Prices nationally rose again, by 5%.",
        "Rents nationally jumped about 4% in May.",
        "Sales globally fell close to 3%."}) {
    const std::vector<Figure> found = Find(text);
    ASSERT_FALSE(found.empty()) << text;
    EXPECT_NE(found[0].place(), "") << text;
  }
  EXPECT_EQ(Find("The nationally televised debate drew 9 million viewers.")[0]
                .place(),
            "");
  EXPECT_EQ(Find("Exports of globally traded metals rose 7%.")[0].place(), "");
}

}  // namespace
}  // namespace factwire
