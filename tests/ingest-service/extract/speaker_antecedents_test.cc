// Speakers that stand for someone else: a relative pronoun for the phrase it
// follows ("developers who say", "Smith, the engineer who warned"), an unnamed
// "a spokeswoman for X" for the name in apposition to it, and two people who
// speak together ("Holt and Ortiz said": the span covers both; the name next to
// the cue is the source, one per claim).
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;
using ::factwire::testing_extract::FindSource;
using ::factwire::testing_extract::SpanText;
using ::factwire::testing_extract::kClose;
using ::factwire::testing_extract::kOpen;

TEST(RelativeSpeakers, GroupBeforeWhoIsTheAnonymousSource) {
  v1::Document doc = Extract(
      "The zoning plan has drawn fire from small developers who say the new height "
      "limits will push them out of the market.");
  const v1::Claim* c = FindClaim(doc, "height limits will push");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "who");
  const v1::Source* s = FindSource(doc, c->source_id());
  ASSERT_NE(s, nullptr) << c->source_id();
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ANONYMOUS);
  EXPECT_NE(s->name().find("developers"), std::string::npos) << s->name();
}

TEST(RelativeSpeakers, GroupWithCommaBeforeWho) {
  v1::Document doc = Extract(
      "Orchard growers, who argue that the frost fund pays out too slowly, met the "
      "minister in Wenatchee on Tuesday.");
  const v1::Claim* c = FindClaim(doc, "frost fund pays out");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "who");
  const v1::Source* s = FindSource(doc, c->source_id());
  ASSERT_NE(s, nullptr) << c->source_id();
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ANONYMOUS);
  EXPECT_NE(s->name().find("growers"), std::string::npos) << s->name();
}

TEST(RelativeSpeakers, NamedPersonBeforeWho) {
  v1::Document doc = Extract(
      "The inquiry heard from Colette Ambrose, who said the ferry's crew had never "
      "practised an evacuation at night.");
  const v1::Claim* c = FindClaim(doc, "never practised an evacuation");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "who");
  EXPECT_EQ(c->source_id(), "colette-ambrose");
}

TEST(RelativeSpeakers, PersonBeforeAppositiveEndingInWho) {
  v1::Document doc = Extract(
      "The paper quoted Mara Quist, the county engineer who warned that the levee "
      "would not hold.");
  const v1::Claim* c = FindClaim(doc, "levee would not hold");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "who");
  EXPECT_EQ(c->source_id(), "mara-quist");
}

TEST(AgentAppositive, NameAfterSpokeswomanForAbbreviatedCompany) {
  v1::Document doc = Extract(
      "A spokeswoman for Halden Appliance Corp., Rina Osei, said the recall would "
      "cover every heater sold since March.");
  const v1::Claim* c = FindClaim(doc, "recall would cover");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "rina-osei");
  const v1::Source* s = FindSource(doc, "rina-osei");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "spokeswoman");
  EXPECT_EQ(s->affiliation(), "Halden Appliance Corp.");
}

TEST(AgentAppositive, NameAfterSpokesmanForCompanyAfterQuote) {
  v1::Document doc = Extract(kOpen + "We moved as fast as the tests allowed," + kClose +
                             " a spokesman for Brightwater Foods Inc., Owen Tully, said.");
  const v1::Claim* c = FindClaim(doc, "as fast as the tests");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "owen-tully");
}

TEST(CoordinatedSpeakers, PairBeforeCueCreditsTheNameNextToIt) {
  v1::Document doc = Extract(
      "Dana Holt, the mayor, and Ray Ortiz, the police chief, met residents on "
      "Tuesday. Holt and Ortiz said the curfew would end on Friday.");
  const v1::Claim* c = FindClaim(doc, "curfew would end");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Holt and Ortiz");
  EXPECT_EQ(SpanText(doc, c->speaker_span()), "Holt and Ortiz");
  EXPECT_EQ(c->source_id(), "ray-ortiz");
}

TEST(CoordinatedSpeakers, PersonAndRelative) {
  v1::Document doc = Extract(
      "Glen Hardy runs a trawler. Hardy and his brother Wayne said they had sold "
      "one of their boats.");
  const v1::Claim* c = FindClaim(doc, "sold one of their boats");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Hardy and his brother Wayne");
}

TEST(CoordinatedSpeakers, PairBeforeBoth) {
  v1::Document doc = Extract("Dana Holt and Ray Ortiz both said the bridge would reopen.");
  const v1::Claim* c = FindClaim(doc, "bridge would reopen");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Dana Holt and Ray Ortiz");
  EXPECT_EQ(c->source_id(), "ray-ortiz");
}

TEST(CoordinatedSpeakers, PairAfterQuoteCreditsTheNameNextToTheCue) {
  v1::Document doc = Extract(kOpen + "Nobody was hurt, and that is what matters," + kClose +
                             " said Lena Fisk and Omar Haddad.");
  const v1::Claim* c = FindClaim(doc, "Nobody was hurt");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Lena Fisk and Omar Haddad");
  EXPECT_EQ(c->source_id(), "lena-fisk");
}

TEST(CoordinatedSpeakers, PairBeforeALongAside) {
  v1::Document doc = Extract(
      "Premier Tom Walsh and Opposition Leader Carla Dunne, in a rare joint "
      "appearance on Monday, said the province would fight the decision.");
  const v1::Claim* c = FindClaim(doc, "province would fight");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Premier Tom Walsh and Opposition Leader Carla Dunne");
  EXPECT_EQ(c->source_id(), "carla-dunne");
}

// "The chamber said" after "the Coastal Aquaculture Chamber": a definite noun
// repeats the one organisation whose name ends in it, or that was given in
// apposition to it ("according to the operator, Samarkand Urban Transit");
// with two such names, neither.
TEST(DescribedBodies, DefiniteNounIsTheOneBodyNamedWithIt) {
  v1::Document levy = Extract(
      "Rodrigo Vela is president of the Coastal Aquaculture Chamber. The chamber said it "
      "would present its own proposal.");
  const v1::Claim* c = FindClaim(levy, "its own proposal");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "coastal-aquaculture-chamber");
  v1::Document fares = Extract(
      "Tram fares rose by 10% last year, according to the operator, Samarkand Urban "
      "Transit. Pensioners travel free, the operator said.");
  const v1::Claim* rise = FindClaim(fares, "rose by 10%");
  ASSERT_NE(rise, nullptr);
  EXPECT_EQ(rise->source_id(), "samarkand-urban-transit");
  const v1::Claim* free = FindClaim(fares, "Pensioners travel free");
  ASSERT_NE(free, nullptr);
  EXPECT_EQ(free->source_id(), "samarkand-urban-transit");
  v1::Document two = Extract(
      "The Coastal Aquaculture Chamber and the Inland Fisheries Chamber met on Monday. "
      "The chamber said it would present its own proposal.");
  const v1::Claim* both = FindClaim(two, "its own proposal");
  ASSERT_NE(both, nullptr);
  EXPECT_NE(both->source_id(), "coastal-aquaculture-chamber");
  EXPECT_NE(both->source_id(), "inland-fisheries-chamber");
}

}  // namespace
}  // namespace factwire
