// Source shapes from unseen news text (session 28): unnamed speakers who hold
// a post at a body, bodies typed by what the text says of them, and who a
// named person works for.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindSource;
using ::factwire::testing_extract::SourceOfClaim;

TEST(SourceS28, UnnamedPostHolderHasThePostAsTitle) {
  v1::Document doc = Extract(
      "A spokeswoman for Brennhaug Energy said the turbines would restart in April.\n\n"
      "An official at the Estonian environment ministry said no permit had been issued.\n\n"
      "A Highland Council spokesperson said the road would stay shut.");
  const v1::Source* a = SourceOfClaim(doc, "the turbines would restart");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->type(), v1::SOURCE_TYPE_ANONYMOUS);
  EXPECT_EQ(a->title(), "spokeswoman");
  EXPECT_EQ(a->affiliation(), "Brennhaug Energy");
  const v1::Source* b = SourceOfClaim(doc, "no permit had been issued");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->type(), v1::SOURCE_TYPE_ANONYMOUS);
  EXPECT_EQ(b->title(), "official");
  EXPECT_EQ(b->affiliation(), "Estonian environment ministry");
  const v1::Source* c = SourceOfClaim(doc, "the road would stay shut");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->title(), "spokesperson");
  EXPECT_EQ(c->affiliation(), "Highland Council");
}

TEST(SourceS28, UnnamedOfficialKeepsTheWholePhraseAsAnAlias) {
  v1::Document doc = Extract(
      "A senior official at the Lisbon port authority said the berths were full. "
      "The official said ships would wait offshore.");
  const v1::Source* a = SourceOfClaim(doc, "the berths were full");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->name(), "senior official");
  EXPECT_EQ(a->title(), "senior official");
  ASSERT_EQ(a->aliases_size(), 3);
  EXPECT_EQ(a->aliases(0), "senior official at the Lisbon port authority");
  EXPECT_EQ(a->aliases(1), "A senior official");
  EXPECT_EQ(a->aliases(2), "A senior official at the Lisbon port authority");
}

TEST(SourceS28, GroupsAndPeopleWithoutAPostHaveNoTitle) {
  v1::Document doc = Extract(
      "Officials at the Lisbon port authority said the berths were full.\n\n"
      "A witness said the ship had drifted for an hour.");
  const v1::Source* a = SourceOfClaim(doc, "the berths were full");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->title(), "");
  const v1::Source* b = SourceOfClaim(doc, "the ship had drifted");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->title(), "");
}

TEST(SourceS28, CrewPostBeforeTheNameOutlastsALaterDescription) {
  v1::Document doc = Extract(
      "\"The swell was the worst I have seen,\" said coxswain Padraig Mulcahy, 61, "
      "a retired trawlerman who has crewed the Ballycotton boat since 1990.");
  const v1::Source* s = FindSource(doc, "padraig-mulcahy");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "coxswain");
  v1::Document other = Extract(
      "Lifeguard Maren Solheim said the beach would stay closed until the jellyfish had gone.");
  const v1::Source* l = FindSource(other, "maren-solheim");
  ASSERT_NE(l, nullptr);
  EXPECT_EQ(l->title(), "Lifeguard");
}

TEST(SourceS28, KindOfBodySetOffBeforeANameMakesItAnOrganisation) {
  v1::Document doc = Extract(
      "Footfall on the high street fell again in March, and the traders' "
      "association, RDV Saint-Roch, said 14 units now stood empty.");
  const v1::Source* s = SourceOfClaim(doc, "14 units now stood empty");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->name(), "RDV Saint-Roch");
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  EXPECT_EQ(s->title(), "");
  v1::Document other = Extract(
      "Crossings fell by 6% in October, according to the operator, Kattegat Link.");
  const v1::Source* o = FindSource(other, "kattegat-link");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

TEST(SourceS28, PersonSetOffAfterAJobOrAfterAPostStaysAPerson) {
  // A job that a business may also be ("crane operator"), and a post held
  // for a body ("for the group"), describe the person named after them.
  v1::Document doc = Extract(
      "The crane operator, Tiago Mendes, said the night shift had been cut.\n\n"
      "A spokesman for the group, Henri Lacaze, declined to comment.");
  const v1::Source* s = FindSource(doc, "tiago-mendes");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_PERSON);
  const v1::Source* h = FindSource(doc, "henri-lacaze");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->type(), v1::SOURCE_TYPE_PERSON);
}

TEST(SourceS28, BackOpeningAReturnToASceneIsNoName) {
  v1::Document doc = Extract(
      "Back in Rethymno, Stavros Kelaidis has sold half his goats. He said the "
      "wells were dry.");
  for (const v1::Source& s : doc.sources()) EXPECT_NE(s.name(), "Back");
  const v1::Source* k = SourceOfClaim(doc, "the wells were dry");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->name(), "Stavros Kelaidis");
}

TEST(SourceS28, LoneKindOfInstitutionIsTheBodyOfThatKindNamedBefore) {
  v1::Document doc = Extract(
      "Huon Valley Council mayor Rhys Cotter said the bypass was overdue.\n\n"
      "The valley would need 300 new homes by 2030, according to council estimates.");
  const v1::Source* s = SourceOfClaim(doc, "300 new homes");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->name(), "Huon Valley Council");
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  v1::Document other = Extract(
      "The Ministry of Fisheries opened the bidding in May.\n\n"
      "The ministry said twelve firms had applied.");
  const v1::Source* m = SourceOfClaim(other, "twelve firms had applied");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->name(), "Ministry of Fisheries");
}

TEST(SourceS28, PostOfABodyNamedWithAnOwnersPluralIsTitleAndAffiliation) {
  v1::Document doc = Extract(
      "Nils Berg, president of the Tromso dockers' union, said the strike would go on.");
  const v1::Source* b = FindSource(doc, "nils-berg");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->title(), "president");
  EXPECT_EQ(b->affiliation(), "Tromso dockers' union");
}

}  // namespace
}  // namespace factwire
