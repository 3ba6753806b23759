// Names read from runs of capitalised words: where a person's name ends and an
// organisation's begins, and what kind of source each is.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindSource;

TEST(MentionNames, OfBeforeABusinessNameEndsAPersonsName) {
  v1::Document doc = Extract(
      "Strategist Peeter Ilves of Baltic Securities said the bond sale was well "
      "timed.");
  const v1::Source* s = FindSource(doc, "peeter-ilves");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_PERSON);
  EXPECT_EQ(s->title(), "Strategist");
  EXPECT_EQ(s->affiliation(), "Baltic Securities");
  v1::Document plain = Extract("Maret Oja of Harju Capital said rates would hold.");
  s = FindSource(plain, "maret-oja");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "Harju Capital");
}

TEST(MentionNames, LegalFormBeforeANameMakesABusiness) {
  v1::Document doc = Extract("AS Parnu Sadam said cargo volumes fell by a tenth.");
  const v1::Source* s = FindSource(doc, "as-parnu-sadam");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  v1::Document other = Extract("PT Sumber Tani said palm oil output would recover.");
  s = FindSource(other, "pt-sumber-tani");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

TEST(MentionNames, VenuesAndDistrictsAreNoOnesName) {
  v1::Document doc = Extract(
      "Speaking at Old Market Hall in Ibadan, he said the levy would be scrapped.");
  EXPECT_EQ(FindSource(doc, "old-market-hall"), nullptr);
  v1::Document districts = Extract(
      "Taps ran dry in the Ngor and Ouakam districts. Later he said repairs would "
      "take a week.");
  EXPECT_EQ(FindSource(districts, "ouakam"), nullptr);
  EXPECT_EQ(FindSource(districts, "ngor"), nullptr);
  v1::Document person = Extract("Stuart Hall said the levy would be scrapped.");
  EXPECT_NE(FindSource(person, "stuart-hall"), nullptr);
}

TEST(MentionNames, NameEndingInANationIsAGovernmentBody) {
  v1::Document doc = Extract("Exports fell 4% in May, Statistics Namibia said.");
  const v1::Source* s = FindSource(doc, "statistics-namibia");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

TEST(MentionNames, PersonOfABodyNamedWithModifiersAndItsKind) {
  v1::Document doc = Extract(
      "\"The count was slow,\" said Aminata Sow of the opposition Jubbanti Askan "
      "coalition.");
  const v1::Source* s = FindSource(doc, "aminata-sow");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_PERSON);
  EXPECT_EQ(s->affiliation(), "Jubbanti Askan");
}

}  // namespace
}  // namespace factwire
