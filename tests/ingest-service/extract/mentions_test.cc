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

// A description whose modifier is a word of one of the bodies of its kind
// named before ("the guide association") means that one, not a nearer body of
// the same kind; "the government" means only a body named as a government,
// never a ministry or a survey named before.
TEST(MentionDescriptions, ModifierAndWholeGovernmentPickTheBody) {
  v1::Document guides = Extract(
      "The Kessel Mountain Guides Association said two huts would close in July.\n\n"
      "The Kessel Hotel Association said bookings had fallen. The guide association said "
      "the huts were no longer safe.");
  EXPECT_EQ(SourceNameOf(guides, "huts were no longer safe"),
            "Kessel Mountain Guides Association");
  v1::Document ministry = Extract(
      "The Ministry of Fisheries said the quota would be cut by a tenth. Skippers said "
      "they had not been asked. The government said it would compensate the fleet.");
  EXPECT_NE(SourceNameOf(ministry, "compensate the fleet"), "Ministry of Fisheries");
  v1::Document named = Extract(
      "The Welsh Government said it would fund two new wards. The Ministry of Health "
      "said it had not been told. The government said the money was already set aside.");
  EXPECT_EQ(SourceNameOf(named, "already set aside"), "Welsh Government");
}

// An adjective of age, order or status before the kind ("the new company",
// "the first company") is no word of a name: the description means the
// nearest body of its kind, not an earlier one whose name holds "New".
TEST(MentionDescriptions, AgeAdjectiveIsNoModifierOfAName) {
  v1::Document doc = Extract(
      "The New Coast Bakery Company sold its shops to Pellow Foods Company for $12 million. "
      "The new company said all 60 staff would stay.");
  EXPECT_EQ(SourceNameOf(doc, "60 staff would stay"), "Pellow Foods Company");
}

// A body named in lowercase before its full name ("the electoral commission",
// then the "Federal Commission for Regional Elections"; "the fisheries
// ministry", then the "Ministry of Fisheries") is that body: one source, named
// in full, whose head may come before "for" or "of".
TEST(MentionDescriptions, LowercaseBodyBeforeItsFullNameIsThatBody) {
  v1::Document doc = Extract(
      "Turnout fell to 41% in the run-off, the electoral commission said on Monday.\n\n"
      "Figures from the Federal Commission for Regional Elections showed 300,000 "
      "ballots were cast.\n\n"
      "Separately, the fisheries ministry said the quota would be cut. The Ministry of "
      "Fisheries has six offices on the coast.");
  EXPECT_EQ(SourceNameOf(doc, "Turnout fell to 41%"), "Federal Commission for Regional Elections");
  EXPECT_EQ(SourceNameOf(doc, "quota would be cut"), "Ministry of Fisheries");
}

// A lowercase body tied to a place ("the agriculture ministry in Accra") is
// not the body of another country named in full after it.
TEST(MentionDescriptions, LowercaseBodyTiedToAPlaceIsNotAnotherCountrysBody) {
  v1::Document doc = Extract(
      "The agriculture ministry in Accra said 300 farms had lost their crops.\n\n"
      "In neighbouring Togo, the Ministry of Agriculture said 90 farms were hit.");
  EXPECT_NE(SourceNameOf(doc, "300 farms had lost"), "Ministry of Agriculture");
  EXPECT_EQ(SourceNameOf(doc, "90 farms were hit"), "Ministry of Agriculture");
}

// A body named in lowercase and then in full keeps its full name as the
// affiliation of a speaker who later names it in lowercase again.
TEST(MentionDescriptions, SpeakerForTheLowercaseBodyGetsItsFullName) {
  v1::Document doc = Extract(
      "The transport ministry said 14 bridges needed repairs.\n\n"
      "The Ministry of Transport has 30 engineers.\n\n"
      "A spokesman for the transport ministry said two bridges were closed.");
  std::string affiliation = "(no spokesman)";
  for (const v1::Source& s : doc.sources()) {
    if (s.name() == "spokesman") affiliation = s.affiliation();
  }
  EXPECT_EQ(affiliation, "Ministry of Transport");
}

}  // namespace
}  // namespace factwire
