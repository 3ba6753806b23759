// Source shapes from unseen news text (session 27): who a cited person is
// and where they work, what kind of source a cited body is.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindSource;

TEST(SourceS27, LongRelativeClauseAfterAnAppositiveKeepsTitleAndEmployer) {
  v1::Document doc = Extract(
      "\"The glacier is retreating faster than the models said,\" said Ingrid "
      "Halvorsen, a senior glaciologist at the Tromso Polar Institute who has "
      "spent more than twenty summers measuring the ice sheets of Svalbard and "
      "the islands around them.");
  const v1::Source* s = FindSource(doc, "ingrid-halvorsen");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "senior glaciologist");
  EXPECT_EQ(s->affiliation(), "Tromso Polar Institute");
  v1::Document other = Extract(
      "Rafael Quispe, an agronomist with the Andean Seed Cooperative who "
      "travels to every village in the valley twice a year to check the potato "
      "harvests and the stores, said the frost had killed half the crop.");
  const v1::Source* q = FindSource(other, "rafael-quispe");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->title(), "agronomist");
  EXPECT_EQ(q->affiliation(), "Andean Seed Cooperative");
}

TEST(SourceS27, BodyNamedWholeBeforeAParticipleCueIsThatOrganisation) {
  v1::Document doc = Extract(
      "The Gauhati High Court on Tuesday refused to quash the charges against "
      "the contractor, observing that the evidence was \"substantial\".");
  const v1::Source* s = FindSource(doc, "gauhati-high-court");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  EXPECT_EQ(doc.sources_size(), 1);
}

}  // namespace
}  // namespace factwire
