// MentionFinder's resolving of descriptions ("the company") to the entity named
// before them.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::SourceNameOf;

// "The company said" means a name of two words, the first in capitals, only
// when its sentence goes on about it as a thing ("said it would"): a person
// written with initials ("RK Menon visited the mill") is no company.
TEST(MentionDescriptions, AcronymLedNameIsTheCompanyOnlyWhenCalledIt) {
  v1::Document person = Extract(
      "RK Menon toured the new mill on Thursday.\n\n"
      "The company said it would take on 300 workers by June.");
  EXPECT_NE(SourceNameOf(person, "would take on 300 workers"), "RK Menon");
  v1::Document business = Extract(
      "VK Saeveri said on Monday it would shut one of its two sawmills.\n\n"
      "The company said timber prices had fallen since spring.");
  EXPECT_EQ(SourceNameOf(business, "timber prices had fallen"), "VK Saeveri");
}

// A he/she opening a sentence stands for whom the text before it names: what a
// later sentence teaches about that person (here a woman's honorific for the
// same surname) does not move it to someone else.
TEST(MentionPronouns, OpeningPronounKeepsItsAnswerFromTheTextBefore) {
  v1::Document doc = Extract(
      "Lee Okafor opened the new clinic in Kano on Monday.\n\n"
      "He said the ward would take 40 patients a night.\n\n"
      "Ms. Okafor, a nurse, has run the old clinic since 2019.");
  EXPECT_EQ(SourceNameOf(doc, "ward would take 40 patients"), "Lee Okafor");
}

}  // namespace
}  // namespace factwire
