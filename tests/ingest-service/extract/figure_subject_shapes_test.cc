// Figure subjects in grammatical shapes met on news text we had not tuned on:
// a share of a demonstrative noun phrase, phrasal verbs of change, durations
// in relative clauses, prison terms and others.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/extract/figures.h"
#include "tests/ingest-service/extract/figure_test_support.h"

namespace factwire {
namespace {

using figure_test::Find;
using v1::Figure;

// The subject of the only figure of `text` ("<none>" when there are others).
std::string OnlySubject(const std::string& text) {
  const std::vector<Figure> f = Find(text);
  return f.size() == 1 ? f[0].subject() : std::string("<none>");
}

TEST(FigureSubjectShapesTest, AShareOfADemonstrativeNounPhraseCountsTheNoun) {
  EXPECT_EQ(OnlySubject("Auditors found that nearly 14% of that grant was "
                        "never spent."),
            "grant");
  EXPECT_EQ(OnlySubject("Only a fraction, about 30 per cent of this "
                        "harvest, reached the mills."),
            "harvest");
  // The relative pronoun is no determiner: nothing is counted after it.
  EXPECT_EQ(OnlySubject("It was 40% of that which the board wanted."), "");
  // Nor before a verb: "$2bn of that came from ..." counts no "came".
  EXPECT_NE(OnlySubject("Sales were $9bn, and $2bn of that came from Asia."),
            "came");
}

}  // namespace
}  // namespace factwire
