// Speakers that stand for someone else: a relative pronoun for the phrase it
// follows ("developers who say", "Smith, the engineer who warned").
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;
using ::factwire::testing_extract::FindSource;

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

}  // namespace
}  // namespace factwire
