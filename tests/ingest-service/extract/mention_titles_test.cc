// Titles before and after names: office titles with their portfolios, posts
// at bodies.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindSource;

TEST(MentionTitles, PortfoliosJoinedByAndAfterOfStayInTheTitle) {
  v1::Document doc = Extract(
      "Deputy Minister of Fisheries and Forestry Somsak Inthavong told reporters the "
      "quota would hold.");
  const v1::Source* s = FindSource(doc, "somsak-inthavong");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->name(), "Somsak Inthavong");
  EXPECT_EQ(s->title(), "Deputy Minister of Fisheries and Forestry");
}

TEST(MentionTitles, NationalityOrPartyAfterTheArticleOfATitleBeforeAComma) {
  v1::Document doc = Extract(
      "A Chilean government spokeswoman, Ines Araya Soto, said the vessel was safe.");
  const v1::Source* s = FindSource(doc, "ines-araya-soto");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "government spokeswoman");
  v1::Document party = Extract(
      "The Labour shadow minister, Owen Pryce, said rural buses were being cut.");
  s = FindSource(party, "owen-pryce");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "shadow minister");
}

TEST(MentionTitles, TitleAfterAndBeforeANameIsAnotherPersonsNoPortfolio) {
  v1::Document doc = Extract(
      "The Minister of Lands and Transport Secretary Wanjiku Kamau visited the port. "
      "She said the berths would be widened.");
  const v1::Source* s = FindSource(doc, "wanjiku-kamau");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "Transport Secretary");
}

}  // namespace
}  // namespace factwire
