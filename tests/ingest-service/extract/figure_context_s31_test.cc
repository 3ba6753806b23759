// Figure subjects of session 31: the clause subject of a predicate figure
// read across a long participle aside or a relative clause holding figures;
// a participle after a place's possessive in an "of" phrase; the penalty a
// "for" duration after a penalty verb measures; "start at" / "begin at" as
// the floor of a price; the crop or stock an area "on" is land for; the
// ends of a change parted by the first end's year.
// Sentences written for these tests.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/extract/figures.h"
#include "tests/ingest-service/extract/figure_test_support.h"

namespace factwire {
namespace figure_test {
namespace {

// "The N, <participle> ..., <verb> <figure>": the noun before the aside.
TEST(FigureContextS31Test, APredicateFigureReadsAcrossAParticipleAside) {
  EXPECT_EQ(OnlySubject("The footbridge, washed away by the floods last "
                        "spring, will cost about 9 million lari."),
            "footbridge");
  EXPECT_EQ(OnlySubject("The ferry terminal, damaged by a storm surge in "
                        "2019, is expected to cost 12 million euros."),
            "ferry terminal");
}

// A relative clause between subject and verb may hold figures of its own.
TEST(FigureContextS31Test, ARelativeClauseWithFiguresIsSkipped) {
  const std::vector<v1::Figure> f =
      Find("The sawmill, which employed 140 people until the fire, reported "
           "losses of 3 million kroner.");
  const v1::Figure* people = FigureWithText(f, "140");
  ASSERT_NE(people, nullptr);
  EXPECT_EQ(people->subject(), "people employed");
  const std::vector<v1::Figure> g =
      Find("Rail freight, which can take up to five days to clear customs, "
           "rose to 38%.");
  const v1::Figure* share = FigureWithText(g, "38%");
  ASSERT_NE(share, nullptr);
  EXPECT_EQ(share->subject(), "Rail freight");
}

// "N% of <Place>'s <participle> <noun>": the participle modifies the noun.
TEST(FigureContextS31Test, AParticipleAfterAPlacesPossessiveIsAModifier) {
  const std::vector<v1::Figure> f =
      Find("The port handles about 60% of Uruguay's frozen beef.");
  const v1::Figure* share = FigureWithText(f, "about 60%");
  ASSERT_NE(share, nullptr);
  EXPECT_EQ(share->subject(), "frozen beef");
  EXPECT_EQ(share->place(), "Uruguay");
  const std::vector<v1::Figure> g =
      Find("Exporters shipped roughly 15% of Ghana's harvested cocoa by sea.");
  const v1::Figure* cocoa = FigureWithText(g, "roughly 15%");
  ASSERT_NE(cocoa, nullptr);
  EXPECT_EQ(cocoa->subject(), "harvested cocoa");
}

// A "for" duration after a penalty verb counts the penalty; what was barred
// joins it when a gerund follows "from".
TEST(FigureContextS31Test, APenaltysDurationCountsThePenalty) {
  EXPECT_EQ(OnlySubject("The magistrate banned her from keeping animals for "
                        "ten years."),
            "ban on keeping animals");
  EXPECT_EQ(OnlySubject("The former mayor was jailed for seven years."),
            "jail term");
  EXPECT_EQ(OnlySubject("The striker was suspended for three months."),
            "suspension");
  EXPECT_EQ(OnlySubject("A tribunal in Kisumu jailed a bus owner for four "
                        "years."),
            "jail term");
  EXPECT_EQ(OnlySubject("Police detained them for 48 hours."),
            "detention");
  EXPECT_EQ(OnlySubject("The director was barred from sitting on company "
                        "boards for six years."),
            "ban on sitting on company boards");
}

// Not a penalty: a duration after "for" with no penalty verb before it, or
// the state a penalty verb's object is put in.
TEST(FigureContextS31Test, ADurationWithoutAPenaltyVerbIsNoPenalty) {
  EXPECT_NE(OnlySubject("The council suspended all bus services for ten "
                        "days."),
            "suspension");
  EXPECT_NE(OnlySubject("The strike lasted for three weeks."), "ban");
  EXPECT_NE(OnlySubject("Ana Lima, who has sold fish in Recife for 20 years, "
                        "welcomed the plan."),
            "suspension");
}

// "start at", "begin at": the floor of a price; "fetch": the price a sale
// brings; the clause's subject.
TEST(FigureContextS31Test, StartAtGivesTheClauseSubject) {
  EXPECT_EQ(OnlySubject("Season passes start at 4,500 rupees."),
            "Season passes");
  EXPECT_EQ(OnlySubject("Boat tours to the reef begin at $25."), "Boat tours");
  EXPECT_EQ(OnlySubject("The farmhouse is expected to fetch about 300,000 "
                        "euros."),
            "farmhouse");
}

// An area "on" after a cultivation verb is the land of its object.
TEST(FigureContextS31Test, AnAreaAfterACultivationVerbIsItsCropsLand) {
  EXPECT_EQ(OnlySubject("Tran Van Minh grows dragon fruit on 3 hectares."),
            "dragon fruit");
  EXPECT_EQ(OnlySubject("The cooperative planted tea on about 40 acres."),
            "tea");
  EXPECT_EQ(OnlySubject("His family raised goats on 12 hectares."),
            "goats");
}

// No cultivation verb: the rule does not fire.
TEST(FigureContextS31Test, AnAreaAfterAnotherVerbIsNoCrop) {
  EXPECT_NE(OnlySubject("Soldiers set up tents on 300 hectares."), "tents");
}

// "from A in YEAR to B": the year of the first end does not part the two
// ends of one change; the second end counts what the first counts.
TEST(FigureContextS31Test, AYearAfterTheFirstEndKeepsTheChangeWhole) {
  const std::vector<v1::Figure> f =
      Find("Enrolment at the Tinogasta school fell from 312 in 2015 to 240.");
  const v1::Figure* then = FigureWithText(f, "312");
  const v1::Figure* now = FigureWithText(f, "240");
  ASSERT_NE(then, nullptr);
  ASSERT_NE(now, nullptr);
  EXPECT_EQ(now->subject(), "Enrolment");
  EXPECT_EQ(now->subject(), then->subject());
}

// An irregular past ends the noun phrase an age modifies: "drove" is no noun.
TEST(FigureContextS31Test, AnIrregularPastEndsAnAgedNounPhrase) {
  const std::vector<v1::Figure> f =
      Find("The 52-year-old Salta farmer drove through the night.");
  const v1::Figure* age = FigureWithText(f, "52-year-old");
  ASSERT_NE(age, nullptr);
  EXPECT_EQ(age->subject(), "Salta farmer");
}

}  // namespace
}  // namespace figure_test
}  // namespace factwire
