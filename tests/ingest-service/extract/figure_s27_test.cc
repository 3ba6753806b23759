// Figure subjects and places in shapes met on unseen news (session 27): a
// price after "cost" is the price of the sentence's subject, a length before
// "deep"/"high" measures the noun before it, and a name after "near", before
// an -ly adverb or before "the ... area" is the figure's place. Sentences
// written for these tests.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/extract/figures.h"
#include "tests/ingest-service/extract/figure_test_support.h"

namespace factwire {
namespace {

using figure_test::Find;
using figure_test::FigureWithText;
using figure_test::OnlySubject;
using v1::Figure;

// The place of the only figure of `text` ("<none>" when there are others).
std::string OnlyPlace(const std::string& text) {
  const std::vector<Figure> f = Find(text);
  return f.size() == 1 ? f[0].place() : std::string("<none>");
}

// "X costs (the payer) $N": the price is X's, not the place or the purpose
// a prepositional phrase after X or after the price names.
TEST(FigureS27Test, APriceAfterCostIsThePriceOfTheSentenceSubject) {
  EXPECT_EQ(OnlySubject("A weekend pass at the spa near Ronda costs about "
                        "€240 a couple."),
            "weekend pass");
  EXPECT_EQ(OnlySubject("A crate of avocados costs growers €9 to pick."),
            "crate of avocados");
  EXPECT_EQ(OnlySubject("\"Every hour without signal costs us about "
                        "$40,000.\""),
            "hour without signal");
  // The clause after a verb of saying is the one priced.
  EXPECT_EQ(OnlySubject("The mayor said diesel had cost the depot $80,000 in "
                        "May."),
            "diesel");
  EXPECT_EQ(OnlySubject("Each closed day of the fair will cost traders "
                        "roughly 2 million rand."),
            "closed day of the fair");
  // A clause of its own before the verb keeps the old readings.
  EXPECT_NE(OnlySubject("Repairs delayed by the floods will cost $3 million."),
            "Repairs delayed");
  EXPECT_EQ(OnlySubject("It costs $5 to park."), "park");
}

// "N [figure] deep/high/long/wide": the length measures N.
TEST(FigureS27Test, ALengthBeforeAnExtentAdjectiveMeasuresTheNounBefore) {
  EXPECT_EQ(OnlySubject("Cars were trapped in snowbanks up to 3 metres deep."),
            "snowbanks");
  EXPECT_EQ(OnlySubject("The village sits beside cliffs nearly 90 metres "
                        "high."),
            "cliffs");
  EXPECT_EQ(OnlySubject("Police found a tunnel 40 metres long under the "
                        "wall."),
            "tunnel");
  // "up to" after a noun spelled like a verb of movement ("drifts") is a
  // limit, not the verb's particle.
  const std::vector<Figure> f = Find("Lorries stuck in drifts up to 4 metres "
                                     "deep.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].qualifier(), v1::QUALIFIER_AT_MOST);
  EXPECT_EQ(f[0].subject(), "drifts");
}

// An unlisted name after "near", before an -ly adverb of the clause, or
// between "the" and a locality noun is the figure's place.
TEST(FigureS27Test, NamesNearBeforeAnAdverbOrBeforeALocalityNounArePlaces) {
  EXPECT_EQ(OnlyPlace("He grazes 300 goats near Zafarraya."), "Zafarraya");
  EXPECT_EQ(OnlyPlace("Winter lows in Ouarzazate usually fall below -4C."),
            "Ouarzazate");
  EXPECT_EQ(OnlyPlace("Lodges in the Vumbura concession charge $1,800 a "
                      "night."),
            "Vumbura");
  EXPECT_EQ(OnlyPlace("Rents in the Kalamaria harbour area rose 12%."),
            "Kalamaria");
  // A name opened by a Latin capital outside ASCII is a name too.
  EXPECT_EQ(OnlyPlace("Summer highs in Évora passed 41C."), "Évora");
  EXPECT_EQ(OnlyPlace("Rents in Łódź rose 9% last year."), "Łódź");
  // "the <modifier> <place noun> of <Name>": the name is the place, the
  // noun before "in" the subject.
  const std::vector<Figure> f =
      Find("Rents in the coastal town of Piran rose 7%.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].place(), "Piran");
  EXPECT_EQ(f[0].subject(), "Rents");
  EXPECT_EQ(OnlyPlace("Rainfall in the central province of Jaén was 30% "
                      "below the average."),
            "Jaén");
  // A name modifying a noun that is no locality stays no place.
  EXPECT_EQ(OnlyPlace("Shares in the Zenit mining group rose 12%."), "");
}

}  // namespace
}  // namespace factwire
