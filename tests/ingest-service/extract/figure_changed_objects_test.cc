// Figure subjects read from the object of a verb of change: "raised the
// price of a day return from €38 to €45" counts the price, "cut asking rents
// by as much as 25%" the rents. Sentences written for these tests.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/extract/figures.h"
#include "tests/ingest-service/extract/figure_test_support.h"

namespace factwire {
namespace {

using figure_test::Find;
using figure_test::OnlySubject;
using figure_test::Subjects;

// True if `subject` contains `word`.
bool Has(const std::string& subject, const std::string& word) {
  return subject.find(word) != std::string::npos;
}

TEST(FigureChangedObjectsTest, AnObjectOpenedByAnyDeterminerIsWhatChanges) {
  // Business wire, council story, sport: a possessive pronoun, a noun's
  // possessive, four words with a hyphenated one, and "lift" with "from".
  for (const std::string& s : Subjects(
           "Ministers will lift their housing grant from £1.2bn a year to "
           "£1.5bn.")) {
    EXPECT_TRUE(Has(s, "housing grant")) << s;
  }
  for (const std::string& s : Subjects(
           "The bakery chain will reduce its best-selling seeded sourdough "
           "loaf from 800 grams to 700 grams in March.")) {
    EXPECT_TRUE(Has(s, "sourdough loaf")) << s;
  }
  EXPECT_TRUE(Has(OnlySubject("The board trimmed the club's annual playing "
                              "budget by 15% last summer."),
                  "playing budget"));
  EXPECT_TRUE(Has(OnlySubject("Wexford County Council will raise our "
                              "refuse charge by €20 next year."),
                  "refuse charge"));
}

TEST(FigureChangedObjectsTest, AnObjectWithAnOfPhraseKeepsItsNoun) {
  // Market report, transport story: "the price of a ..." with a figure
  // joined to its noun inside the phrase.
  for (const std::string& s : Subjects(
           "Traders pushed up the cost of a 50-kilo sack of maize from "
           "Rs 3,400 to Rs 4,100.")) {
    if (s.empty() || s == "sack") continue;  // the 50-kilo counts the sack
    EXPECT_TRUE(Has(s, "sack of maize")) << s;
  }
  EXPECT_TRUE(Has(Subjects("Operators raised the price of a 20-litre "
                           "jerrican from KSh30 to KSh50.")
                      .back(),
                  "jerrican"));
}

TEST(FigureChangedObjectsTest, AJudgedChangeAfterByCountsTheObject) {
  // Central bank, property, health: "by a further", "by a cumulative",
  // "by as much as" between the object and its figure.
  EXPECT_TRUE(Has(OnlySubject("The regulator has cut its benchmark rate by "
                              "a cumulative 1.5 percentage points since "
                              "March."),
                  "benchmark rate"));
  EXPECT_TRUE(Has(OnlySubject("Landlords in the city have slashed asking "
                              "rents by as much as 25%."),
                  "asking rents"));
  EXPECT_TRUE(Has(OnlySubject("The trust will trim the waiting list by a "
                              "further 2,000 patients."),
                  "patients"));
  EXPECT_TRUE(Has(OnlySubject("The airline lowered its fuel surcharge by a "
                              "further £12."),
                  "fuel surcharge"));
}

TEST(FigureChangedObjectsTest, NoObjectNoDeterminerOrAnotherVerbGivesNone) {
  // Not a verb of change, a count with its own noun, a person as object.
  EXPECT_EQ(OnlySubject("The storm cut power to 40,000 homes."), "homes");
  EXPECT_EQ(OnlySubject("The striker left the club from 2019 with 14 "
                        "goals."),
            "goals");
  EXPECT_EQ(OnlySubject("Police fined the driver's employer £4,000."), "");
  EXPECT_EQ(OnlySubject("The union cut its demand from 9% to 7%."),
            "<none>");
  for (const std::string& s :
       Subjects("The union cut its demand from 9% to 7%.")) {
    EXPECT_EQ(s, "demand");
  }
}

TEST(FigureChangedObjectsTest, AForecastForANounPhraseChangesThatPhrase) {
  EXPECT_EQ(OnlySubject("The ministry raised its forecast for the maize crop "
                        "to 2.1 million tonnes."),
            "maize crop");
  EXPECT_EQ(OnlySubject("The bank cut its estimate for the deficit to $5bn."),
            "deficit");
  // Not any noun before "for": the fee, not its payers, is what rose.
  EXPECT_NE(OnlySubject("The club raised the fee for the members to £40."),
            "members");
}

TEST(FigureChangedObjectsTest, ADurationAddedToANounPhraseCountsIt) {
  EXPECT_EQ(OnlySubject("The detour is adding three to five days to a "
                        "typical crossing."),
            "typical crossing");
  // Money paid to a noun phrase counts it, as money given or lent does.
  EXPECT_EQ(OnlySubject("The trust had paid £3m to the contractors."),
            "contractors");
}

TEST(FigureChangedObjectsTest, APeriodsPossessiveOpensTheObject) {
  EXPECT_EQ(OnlySubject("Drought cut last year's harvest to 9 million "
                        "tonnes."),
            "harvest");
  EXPECT_EQ(OnlySubject("The board raised this year's budget to £4m."),
            "budget");
}

TEST(FigureChangedObjectsTest, AForecastForAPeriodIsWhenNotWhat) {
  std::vector<v1::Figure> f = figure_test::Find(
      "The company lowered its forecast for the full year to $2.1bn.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].subject(), "full year");
  EXPECT_EQ(f[0].time_scope(), "full year");
  f = figure_test::Find(
      "The group raised its forecast for the fiscal year to $3bn.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].subject(), "fiscal year");
}

}  // namespace
}  // namespace factwire
