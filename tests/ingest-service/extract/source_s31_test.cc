// Source shapes from unseen news text (session 31): a business named in two or
// more words that the next sentence's "the company said" describes, and who
// the people it employs work for.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindSource;
using ::factwire::testing_extract::SourceOfClaim;

// "Korvel Freight will close ... The company said": a lede's two-word subject
// that the next sentence describes as a business is one, and the chief
// executive named later works there.
TEST(SourceS31, LedeSubjectDescribedNextSentenceIsABusiness) {
  v1::Document doc = Extract(
      "TALLINN — Korvel Freight will close its depot in Paldiski next year. Volumes "
      "fell 14% in the first half, the company said on Monday. Chief executive Aino "
      "Saar said the depot had lost money since 2024.");
  const v1::Source* org = SourceOfClaim(doc, "Volumes fell 14%");
  ASSERT_NE(org, nullptr);
  EXPECT_EQ(org->name(), "Korvel Freight");
  EXPECT_EQ(org->type(), v1::SOURCE_TYPE_ORGANIZATION);
  const v1::Source* ceo = SourceOfClaim(doc, "the depot had lost money");
  ASSERT_NE(ceo, nullptr);
  EXPECT_EQ(ceo->name(), "Aino Saar");
  EXPECT_EQ(ceo->type(), v1::SOURCE_TYPE_PERSON);
  EXPECT_EQ(ceo->affiliation(), "Korvel Freight");
}

// "Pesquera Austral, one of the largest trawler owners in Aysén, reported ...":
// a subject set off by a description with no post in it is still the business
// the next sentence's "the firm said" describes.
TEST(SourceS31, SetOffSubjectDescribedNextSentenceIsABusiness) {
  v1::Document doc = Extract(
      "Pesquera Austral, one of the largest trawler owners in Aysén, reported a 30% "
      "drop in quarterly catches on Tuesday. In the quarter, fuel costs rose 11%, the "
      "firm said in a filing. Finance director Tomás Rivas said the fleet would be cut to six "
      "vessels.");
  const v1::Source* org = SourceOfClaim(doc, "fuel costs rose 11%");
  ASSERT_NE(org, nullptr);
  EXPECT_EQ(org->name(), "Pesquera Austral");
  EXPECT_EQ(org->type(), v1::SOURCE_TYPE_ORGANIZATION);
  const v1::Source* cfo = SourceOfClaim(doc, "the fleet would be cut");
  ASSERT_NE(cfo, nullptr);
  EXPECT_EQ(cfo->affiliation(), "Pesquera Austral");
}

// "Darius Amiri, the ship's engineer, had served ... the operator said": a
// person's post set off after the name keeps the name a person's.
TEST(SourceS31, SetOffPostKeepsAPerson) {
  v1::Document doc = Extract(
      "Darius Amiri, the ship's engineer, had served on the route for nine years. "
      "He had no disciplinary record, the company said.");
  const v1::Source* c = SourceOfClaim(doc, "He had no disciplinary record");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->name(), "company");
  EXPECT_EQ(FindSource(doc, "darius-amiri"), nullptr);
}

}  // namespace
}  // namespace factwire
