// Figure subjects of session 29: a duration after "for" in a person's clause
// measures what they did ("who has farmed here for 30 years"), not who did
// it; a noun phrase after "of" or "for" joined by "and" or a list's commas
// is counted whole ("3,000 hectares of wheat and sugar beet"). Sentences
// written for these tests.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/extract/figures.h"
#include "tests/ingest-service/extract/figure_test_support.h"

namespace factwire {
namespace figure_test {
namespace {

// "who has VERBed ... for N years", "she had VERBed ... for N years": the
// activity from the verb up to "for".
TEST(FigureContextS29Test, ADurationInAPersonsClauseMeasuresTheActivity) {
  EXPECT_EQ(OnlySubject("Tomasz Wrona, who has kept bees near Lublin for 30 "
                        "years, lost his hives in the frost."),
            "kept bees near Lublin");
  EXPECT_EQ(OnlySubject("Mbali Khumalo, who taught at the village school for "
                        "eleven years, now runs a clinic."),
            "taught at the village school");
  EXPECT_EQ(OnlySubject("She said she had driven a taxi in Valparaíso for 18 "
                        "years."),
            "driven a taxi in Valparaíso");
  EXPECT_EQ(OnlySubject("Ortiz, who has been repairing nets on the quay for "
                        "four decades, plans to retire."),
            "repairing nets on the quay");
}

// Not a person's activity: a trend, a passive sentence, an object gap, a
// duration the main clause's modal verb governs.
TEST(FigureContextS29Test, ADurationOfATrendOrAPassiveIsNoActivity) {
  EXPECT_NE(OnlySubject("Rents have risen for three years in a row."),
            "risen");
  EXPECT_NE(OnlySubject("The manager, who was jailed for six years, "
                        "appealed."),
            "jailed");
  EXPECT_NE(OnlySubject("It is the treaty she negotiated for nine years."),
            "negotiated");
  EXPECT_NE(OnlySubject("He said the strike would drag on for two weeks."),
            "said the strike would drag on");
}

// The duration's activity is its own: the next figure of the sentence does
// not take it as its subject.
TEST(FigureContextS29Test, ADurationsActivityIsNotInherited) {
  const std::vector<v1::Figure> f =
      Find("Kofi Mensah, who has fished off Elmina for 22 years, said he "
           "landed 300 kilograms on Monday.");
  const v1::Figure* years = FigureWithText(f, "22 years");
  const v1::Figure* catch_size = FigureWithText(f, "300 kilograms");
  ASSERT_NE(years, nullptr);
  ASSERT_NE(catch_size, nullptr);
  EXPECT_EQ(years->subject(), "fished off Elmina");
  EXPECT_NE(catch_size->subject(), "fished off Elmina");
}

// "N of X and Y", "N for X, Y and Z": the conjoined noun
// phrases are all counted when the last ends the clause or meets a
// preposition.
TEST(FigureContextS29Test, NounsJoinedByAndAreCountedTogether) {
  EXPECT_EQ(OnlySubject("Hail flattened 3,000 hectares of wheat and sugar "
                        "beet in Kansas."),
            "wheat and sugar beet");
  EXPECT_EQ(OnlySubject("Farmers shipped 52,000 tonnes of maize and sorghum "
                        "through Beira."),
            "maize and sorghum");
  EXPECT_EQ(OnlySubject("The province set aside R90 million for school "
                        "toilets, water tanks and solar panels."),
            "school toilets, water tanks and solar panels");
}

// A comma before names is an apposition, not a list; "and" before a verb
// or a gerund, or before a gapped clause with its own figure, opens a new
// clause.
TEST(FigureContextS29Test, AndBeforeAClauseOrAnAppositionJoinsNoNoun) {
  EXPECT_EQ(OnlySubject("The board dismissed two of its inspectors, Ana Lobo "
                        "and Rui Faria, in May."),
            "inspectors");
  EXPECT_EQ(OnlySubject("The plan would create thousands of jobs and raising "
                        "wages."),
            "jobs");
  EXPECT_EQ(Subjects("Gomes won 60% of the votes and Pereira about 30%.")[0],
            "votes");
}

}  // namespace
}  // namespace figure_test
}  // namespace factwire
