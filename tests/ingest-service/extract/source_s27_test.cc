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

TEST(SourceS27, BodyRankedBySizeAfterACapitalisedOwnerIsAnOrganisation) {
  v1::Document doc = Extract(
      "Tarnwood Mountain Tours, Norway's largest independent hiking operator, "
      "said bookings rose 12% this summer.");
  const v1::Source* s = FindSource(doc, "tarnwood-mountain-tours");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  v1::Document other = Extract(
      "Halvard Brokke, Bergen's biggest private bank, said lending had slowed.");
  const v1::Source* b = FindSource(other, "halvard-brokke");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->type(), v1::SOURCE_TYPE_ORGANIZATION);
  // A person's post after an owner says nothing of the kind.
  v1::Document person = Extract(
      "Ingrid Solberg, Bergen's longest-serving harbour pilot, said the fog had "
      "closed the port twice this week.");
  const v1::Source* p = FindSource(person, "ingrid-solberg");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->type(), v1::SOURCE_TYPE_PERSON);
}

TEST(SourceS27, PostHoldersWorkForTheBodyRankedBySize) {
  v1::Document doc = Extract(
      "Tarnwood Mountain Tours, Norway's largest independent hiking operator, "
      "reported a 30% rise in profit on Monday.\n\n"
      "Occupancy across its 14 lodges averaged 71%, the highest since the group "
      "was founded.\n\n"
      "\"Walkers want silence,\" chief executive Sigrid Aasen told analysts.");
  const v1::Source* s = FindSource(doc, "sigrid-aasen");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "Tarnwood Mountain Tours");
  EXPECT_EQ(FindSource(doc, "occupancy"), nullptr);
}

TEST(SourceS27, PluralAbstractNounOpeningASentenceIsNoOne) {
  v1::Document doc = Extract(
      "Olive oil exports from Puglia rose last year, the growers' union said.\n\n"
      "Shipments to Japan fell 4% in the last quarter, he said.");
  EXPECT_EQ(FindSource(doc, "shipments"), nullptr);
  v1::Document other = Extract(
      "Assessments of the damage were still under way on Friday, he said.");
  EXPECT_EQ(FindSource(other, "assessments"), nullptr);
}

TEST(SourceS27, PluralOwnerBeforeTheKindOfABodyKeepsItsNameAsEmployer) {
  v1::Document doc = Extract(
      "\"The price is still too low,\" said Aurelio Sanna, secretary of the "
      "fishermen's cooperative Pescatori Riuniti Oristano.");
  const v1::Source* s = FindSource(doc, "aurelio-sanna");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "Pescatori Riuniti Oristano");
  v1::Document other = Extract(
      "\"We will strike,\" said Mele Tupou, chair of the growers' union Vava'u "
      "Vanilla Growers.");
  const v1::Source* t = FindSource(other, "mele-tupou");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->title(), "chair");
  EXPECT_EQ(t->affiliation(), "Vava'u Vanilla Growers");
}

}  // namespace
}  // namespace factwire
