// Source shapes seen on held-out news text: ids of non-ASCII names, titles after
// an organisation or place, aliases in brackets, organisations named in lowercase.
#include <string>

#include "gtest/gtest.h"
#include "ingest-service/extract/records.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;
using ::factwire::testing_extract::FindSource;

TEST(SourceSlug, LowercasesAccentedCapitals) {
  // "É" (C3 89) -> "é" (C3 A9), "Ł" (C5 81) -> "ł" (C5 82), "Ø" -> "ø".
  EXPECT_EQ(Slug("\xC3\x89lise Ferr\xC3\x89"), "\xC3\xA9lise-ferr\xC3\xA9");
  EXPECT_EQ(Slug("\xC5\x81ukasz"), "\xC5\x82ukasz");
  EXPECT_EQ(Slug("\xC3\x98rsted"), "\xC3\xB8rsted");
  // The multiplication sign is no letter: it stays as written.
  EXPECT_EQ(Slug("a\xC3\x97" "b"), "a\xC3\x97" "b");
}

TEST(SourceSlug, CurlyApostropheIsDroppedAsTheStraightOne) {
  EXPECT_EQ(Slug("the county\xE2\x80\x99s audit"), Slug("the county's audit"));
  EXPECT_EQ(Slug("\xE2\x80\x98Quoted\xE2\x80\x99"), "quoted");
}

TEST(SourceShapes, AccentedAcronymIsAnOrganisationNoPronounTakes) {
  v1::Document doc = Extract(
      "The 24-year-old winger told ZD\xC3\x89 he would sign a new deal. \"I am happy "
      "here,\" he said.");
  const v1::Source* s = FindSource(doc, "zd\xC3\xA9");
  if (s != nullptr) {
    EXPECT_NE(s->type(), v1::SOURCE_TYPE_PERSON);
  }
  const v1::Claim* c = FindClaim(doc, "I am happy here");
  ASSERT_NE(c, nullptr);
  EXPECT_NE(c->source_id(), "zd\xC3\xA9");
  EXPECT_NE(c->source_id(), "zd\xC3\x89");
}

TEST(SourceShapes, IdsHaveNoCurlyApostrophe) {
  v1::Document doc = Extract(
      "The borough\xE2\x80\x99s annual audit found that repairs ran late.");
  for (const v1::Source& s : doc.sources()) {
    EXPECT_EQ(s.source_id().find("\xE2\x80"), std::string::npos) << s.source_id();
  }
}

TEST(SourceShapes, PlaceBeforeTitleIsTheAffiliation) {
  v1::Document doc = Extract(
      "Marin County Supervisor Dana Whitlock said the levee plan was overdue.");
  const v1::Source* s = FindSource(doc, "dana-whitlock");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "Supervisor");
  EXPECT_EQ(s->affiliation(), "Marin County");
}

TEST(SourceShapes, OrganisationBeforeCapitalisedRankIsTheAffiliation) {
  v1::Document doc = Extract(
      "Tri-Valley Fire Battalion Chief Omar Lindqvist said crews had held the line.");
  const v1::Source* s = FindSource(doc, "omar-lindqvist");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "Battalion Chief");
  EXPECT_EQ(s->affiliation(), "Tri-Valley Fire");
}

TEST(SourceShapes, PartyBeforeMemberOfParliament) {
  v1::Document doc = Extract("Green MP Harriet Oyelaran said the budget ignored renters.");
  const v1::Source* s = FindSource(doc, "harriet-oyelaran");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "MP");
  EXPECT_EQ(s->affiliation(), "Green");
}

TEST(SourceShapes, ManagingDirectorAfterAShortName) {
  v1::Document doc = Extract(
      "The Karnataka Water Supply Corporation Ltd (Kar-Water) said tariffs would "
      "rise. Kar-Water managing director Devraj Iyengar said the pipeline would be "
      "ready in June. \"We have no shortfall,\" he told reporters.");
  const v1::Source* p = FindSource(doc, "devraj-iyengar");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->title(), "managing director");
  EXPECT_NE(p->affiliation(), "");
  EXPECT_EQ(FindSource(doc, "kar-water"), nullptr);  // no person "Kar-Water"
  const v1::Claim* c = FindClaim(doc, "We have no shortfall");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "devraj-iyengar");
}

TEST(SourceShapes, ShortNameInBracketsIsAnAlias) {
  v1::Document doc = Extract(
      "The Karnataka Water Supply Corporation Ltd (Kar-Water) said tariffs would rise.");
  const v1::Source* s = FindSource(doc, "karnataka-water-supply-corporation-ltd");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  ASSERT_EQ(s->aliases_size(), 1);
  EXPECT_EQ(s->aliases(0), "Kar-Water");
}

TEST(SourceShapes, PluralPossessiveInsideAnOrganisationName) {
  v1::Document doc = Extract(
      "The Leeds Cyclists' Forum said the new lanes would save lives. The city's "
      "LCC board met on Monday. Its chair, Imogen Raikes, said the route was safe.");
  const v1::Source* s = FindSource(doc, "leeds-cyclists-forum");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  const v1::Claim* c = FindClaim(doc, "the new lanes would save lives");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "leeds-cyclists-forum");
}

TEST(SourceShapes, ItsOwnerIsThePreviousSentencesOrganisation) {
  v1::Document doc = Extract(
      "The Harbour Tenants Association said rents rose faster than wages under the "
      "HRA scheme. Its secretary, Colm Duggan, said landlords had been warned.");
  const v1::Source* s = FindSource(doc, "colm-duggan");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "Harbour Tenants Association");
}

TEST(SourceShapes, LowercasePortfolioBodyIsAnOrganisation) {
  v1::Document doc = Extract("The transport ministry said it would publish the rules soon.");
  const v1::Claim* c = FindClaim(doc, "it would publish the rules soon");
  ASSERT_NE(c, nullptr);
  const v1::Source* s = FindSource(doc, c->source_id());
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  EXPECT_EQ(s->name(), "transport ministry");
}

TEST(SourceShapes, AffiliationAfterDescriptorsOfAKind) {
  v1::Document doc = Extract(
      "Marta Oliveira, policy director of the Portuguese solar industry association "
      "APESF, said the tender had failed.");
  const v1::Source* s = FindSource(doc, "marta-oliveira");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "policy director");
  EXPECT_EQ(s->affiliation(), "APESF");
}

TEST(SourceShapes, RoleNounOpeningACompoundIsNoSource) {
  v1::Document doc = Extract(
      "Inspector Ruth Amadi visited the site. Developer consent was withdrawn in May, "
      "she said.");
  EXPECT_EQ(FindSource(doc, "developer"), nullptr);
}

TEST(SourceShapes, ChamberPartyGroupIsAnOrganisation) {
  // DESIGN section 2: a party's members in a chamber speak as one body (as
  // "Republicans" alone does), not as unnamed individuals.
  v1::Document doc = Extract("House Democrats said the bill would stall.");
  const v1::Source* s = FindSource(doc, "house-democrats");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

}  // namespace
}  // namespace factwire
