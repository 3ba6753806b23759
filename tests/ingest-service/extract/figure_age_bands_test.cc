// Age bands: a span of years named as an age group ("the 18-34 age group",
// "the age bracket was 31 to 40 years", "aged 5 years and under") is an age,
// not a length of time; so is a number after "the age(s) of".

#include <string>
#include <vector>

#include "figure_test_support.h"
#include "gtest/gtest.h"

namespace factwire {
namespace {

using figure_test::FigureWithText;
using figure_test::Find;

TEST(AgeBandTest, YearsNamedAsAnAgeGroupAreAnAge) {
  struct Case {
    std::string sentence;
    std::string text;
  };
  const std::vector<Case> cases = {
      {"The largest age group among applicants was 31 to 40 years.",
       "31 to 40 years"},
      {"Turnout was lowest in the 18-34 age group, the survey found.",
       "18-34"},
      {"Claims from the 65-plus age bracket rose sharply.", "65-plus"},
      {"Children aged 5 years and under ride the buses free.",
       "5 years and under"},
      {"The most affected age range is 41 to 55 years, officials said.",
       "41 to 55 years"},
  };
  for (const Case& c : cases) {
    const std::vector<v1::Figure> figures = Find(c.sentence);
    const v1::Figure* f = FigureWithText(figures, c.text);
    ASSERT_NE(f, nullptr) << c.sentence;
    EXPECT_EQ(f->dimension(), v1::DIMENSION_AGE) << c.sentence;
    EXPECT_EQ(f->unit(), "year") << c.sentence;
  }
}

TEST(AgeBandTest, SpansOfYearsWithoutAnAgeWordStayDurations) {
  struct Case {
    std::string sentence;
    std::string text;
  };
  const std::vector<Case> cases = {
      {"The smuggler could serve 21 to 30 years in prison.", "21 to 30 years"},
      {"The group was 12 years in the making.", "12 years"},
      {"The age of the bridge is not known; repairs take 5 years.", "5 years"},
  };
  for (const Case& c : cases) {
    const std::vector<v1::Figure> figures = Find(c.sentence);
    const v1::Figure* f = FigureWithText(figures, c.text);
    ASSERT_NE(f, nullptr) << c.sentence;
    EXPECT_EQ(f->dimension(), v1::DIMENSION_DURATION) << c.sentence;
  }
}

// "under"/"over" and a bare number after a noun for a group of people of an
// age ("a generation under 30") give the group's ages.
TEST(AgeBandTest, UnderANumberAfterAnAgeCohortIsAnAge) {
  const std::vector<std::string> sentences = {
      "The party draws its support from a generation under 30.",
      "Youths under 16 will need a guardian's consent.",
      "The cohort over 70 was offered a booster first."};
  for (const std::string& s : sentences) {
    const std::vector<v1::Figure> figures = Find(s);
    ASSERT_EQ(figures.size(), 1u) << s;
    EXPECT_EQ(figures[0].dimension(), v1::DIMENSION_AGE) << s;
    EXPECT_EQ(figures[0].unit(), "year") << s;
  }
  const v1::Figure* less =
      FigureWithText(Find(sentences[0]), "under 30");
  ASSERT_NE(less, nullptr);
  EXPECT_EQ(less->qualifier(), v1::QUALIFIER_LESS_THAN);
}

// A bare number set off by commas after a name is the person's age also when
// the name opens with a capital outside ASCII.
TEST(AgeBandTest, AnAgeAfterANameWithDiacriticsIsAnAge) {
  const std::vector<std::string> sentences = {
      "The winning skipper, engineer Mira \xC5\xA0imi\xC4\x87, 38, "
      "thanked the crew.",
      "Tomasz \xC5\x81ukasik, 52, has run the bakery since the flood.",
      "Marie \xC3\x89mond, 27, said the queue was long.",
      "Walter Dunn Jr., 63, has kept bees since 1990."};
  for (const std::string& s : sentences) {
    const std::vector<v1::Figure> figures = Find(s);
    ASSERT_EQ(figures.size(), 1u) << s;
    EXPECT_EQ(figures[0].dimension(), v1::DIMENSION_AGE) << s;
    EXPECT_EQ(figures[0].unit(), "year") << s;
  }
}

// "the average age of X was 56", "the pension age is 67": the number an age
// noun is said to be is an age.
TEST(AgeBandTest, TheNumberAnAgeNounIsIsAnAge) {
  const std::vector<std::string> sentences = {
      "The union said the average age of its drivers was now 58.",
      "The pension age is 67 for those born after 1970.",
      "The median age in the valley was 47, the census showed."};
  for (const std::string& s : sentences) {
    const std::vector<v1::Figure> figures = Find(s);
    ASSERT_FALSE(figures.empty()) << s;
    EXPECT_EQ(figures[0].dimension(), v1::DIMENSION_AGE) << s;
    EXPECT_EQ(figures[0].unit(), "year") << s;
  }
  const std::vector<v1::Figure> count =
      Find("The average number of buses in the depot was 58.");
  ASSERT_EQ(count.size(), 1u);
  EXPECT_EQ(count[0].dimension(), v1::DIMENSION_COUNT);
}

// "under"/"over" and a bare number after people and a modal with "be"
// ("candidates must be under 40"), or after "them", give their ages.
TEST(AgeBandTest, UnderANumberAfterAModalBeOrThemIsAnAge) {
  const std::vector<std::string> sentences = {
      "Drivers must be under 40 to join the scheme.",
      "Three walkers were rescued, all of them over 70."};
  for (const std::string& s : sentences) {
    const v1::Figure* f = nullptr;
    const std::vector<v1::Figure> figures = Find(s);
    for (const v1::Figure& g : figures) {
      if (g.value() == 40 || g.value() == 70) f = &g;
    }
    ASSERT_NE(f, nullptr) << s;
    EXPECT_EQ(f->dimension(), v1::DIMENSION_AGE) << s;
    EXPECT_EQ(f->unit(), "year") << s;
  }
  const std::vector<v1::Figure> place = Find("Prices in the U.S., 44, rose.");
  ASSERT_EQ(place.size(), 1u);
  EXPECT_EQ(place[0].dimension(), v1::DIMENSION_COUNT);
  const v1::Figure* books =
      FigureWithText(Find("She gave them over 20 books."), "over 20");
  ASSERT_NE(books, nullptr);
  EXPECT_EQ(books->dimension(), v1::DIMENSION_COUNT);
}

// An age noun that only modifies another noun ("pupils of school age") or a
// noun counted after the number ("was 9 points") makes no age.
TEST(AgeBandTest, AnAgeNounMustHeadTheSubjectOfTheNumber) {
  const std::vector<std::string> sentences = {
      "The number of pupils of school age in the town was 92.",
      "The share of men of working age in the county was 58.",
      "The average age of the drivers was 9 points lower."};
  for (const std::string& s : sentences) {
    const std::vector<v1::Figure> figures = Find(s);
    ASSERT_FALSE(figures.empty()) << s;
    EXPECT_NE(figures[0].dimension(), v1::DIMENSION_AGE) << s;
  }
}

// "them" as a verb's object ("gave them over 30") and a group that "will be
// over N" say how many, not how old.
TEST(AgeBandTest, AnObjectPronounOrAPredictionOverANumberIsNoAge) {
  const std::vector<std::string> sentences = {
      "The charity gave them over 30 last winter.",
      "The repairs cost us over 60 each.",
      "By June the members will be over 90, the club said."};
  for (const std::string& s : sentences) {
    const std::vector<v1::Figure> figures = Find(s);
    ASSERT_FALSE(figures.empty()) << s;
    EXPECT_NE(figures[0].dimension(), v1::DIMENSION_AGE) << s;
  }
}

// A number after "the age of" is an age ("died at the age of 92"), and
// "between the ages of 18 and 29" one range of ages; "the age of 50 trees"
// counts trees.
TEST(AgeBandTest, TheAgeOfANumberIsAnAge) {
  const std::vector<v1::Figure> died = Find("The poet died in Lisbon at the age of 92.");
  const v1::Figure* f = FigureWithText(died, "92");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->dimension(), v1::DIMENSION_AGE);
  EXPECT_EQ(f->unit(), "year");

  const std::vector<v1::Figure> band =
      Find("The survey reached 1,500 people between the ages of 18 and 29 last month.");
  const v1::Figure* r = FigureWithText(band, "between the ages of 18 and 29");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->dimension(), v1::DIMENSION_AGE);
  EXPECT_EQ(r->qualifier(), v1::QUALIFIER_RANGE);
  EXPECT_DOUBLE_EQ(r->value(), 18);
  EXPECT_DOUBLE_EQ(r->value_max(), 29);

  const std::vector<v1::Figure> trees = Find("Rangers estimated the age of 50 trees.");
  const v1::Figure* t = FigureWithText(trees, "50");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->dimension(), v1::DIMENSION_COUNT);
}

}  // namespace
}  // namespace factwire
