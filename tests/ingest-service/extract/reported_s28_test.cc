// Reported speech of session 28: a speaker whose phrase holds a plural
// owner's apostrophe ("..., the nurses' union said."); a name after its title
// following the cue ("..., said the company's chief executive, John Ferriola.");
// a place's body after "according to" ("according to Quebec's environment
// ministry"); a list's dash before a claim.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;

// "<claim>, the <owners>' <body> said.": the body after the comma speaks,
// the apostrophe closing its plural owner ("growers'", "nurses’") being part of
// its phrase, also after a subordinate clause and with the body's name after it.
TEST(ReportedS28, BodyWithAPluralOwnerAfterTheClaimSpeaks) {
  struct Case {
    const char* text;
    const char* words;
    const char* speaker;
  };
  const Case kCases[] = {
      {"Ward staff will strike for two days in March, the nurses' union said.",
       "Ward staff will strike for two days", "the nurses' union"},
      {"Ward staff will strike for two days in March, the nurses’ union said on Monday.",
       "Ward staff will strike for two days", "the nurses’ union"},
      {"Beekeepers expect to take about 900 tonnes of honey this year, after a wet spring "
       "kept the hives too cold to forage, the producers' association Apimiel said on Friday.",
       "Beekeepers expect to take about 900 tonnes", "the producers' association Apimiel"},
      {"Dock pay will rise by 4% from June, a dockers' union said.",
       "Dock pay will rise by 4% from June", "a dockers' union"},
  };
  for (const Case& c : kCases) {
    const v1::Document doc = Extract(c.text);
    const v1::Claim* claim = FindClaim(doc, c.words);
    ASSERT_NE(claim, nullptr) << c.text;
    EXPECT_EQ(claim->kind(), v1::CLAIM_KIND_INDIRECT_QUOTE) << c.text;
    EXPECT_EQ(claim->speaker(), c.speaker) << c.text;
    EXPECT_EQ(claim->cue(), "said") << c.text;
    EXPECT_EQ(claim->text().find(" union"), std::string::npos) << claim->text();
  }
}

// "<claim>, said the <owner>'s <title>, <Name>.": the name after its title
// speaks, also when a scene opens the sentence ("In Bergen, ...": no speaker
// "Bergen", and the claim is the words before the cue, not the title).
TEST(ReportedS28, NameAfterItsTitleFollowingTheCueSpeaks) {
  struct Case {
    const char* text;
    const char* words;
    const char* speaker;
  };
  const Case kCases[] = {
      {"In Bergen, the old ferry will be replaced next year, said the operator's chief "
       "engineer, Kari Nilsen.",
       "the old ferry will be replaced next year", "Kari Nilsen"},
      {"At the Tema terminal, exports have fallen by a third, said its spokeswoman, Abena "
       "Owusu, who joined the company in 2019.",
       "exports have fallen by a third", "Abena Owusu"},
      {"On the east coast, the catch was the worst in a decade, said the cooperative's "
       "president, Tomás Irarrázabal.",
       "the catch was the worst in a decade", "Tomás Irarrázabal"},
  };
  for (const Case& c : kCases) {
    const v1::Document doc = Extract(c.text);
    const v1::Claim* claim = FindClaim(doc, c.words);
    ASSERT_NE(claim, nullptr) << c.text;
    EXPECT_EQ(claim->speaker(), c.speaker) << c.text;
    EXPECT_EQ(claim->text().find(", said"), std::string::npos) << claim->text();
  }
}

// "according to <Place>'s <body kind>": the body speaks, not the place its
// owner's name gives, also with a cue word in the phrase ("state").
TEST(ReportedS28, PlacesBodyAfterAccordingToSpeaks) {
  struct Case {
    const char* text;
    const char* speaker;
  };
  const Case kCases[] = {
      {"The Vistula peaked at 7.2 metres overnight, according to Silesia's flood "
       "management authority.",
       "Silesia's flood management authority"},
      {"About 12,000 homes lost power, according to Tasmania's state emergency service.",
       "Tasmania's state emergency service"},
      {"Grain exports fell by a fifth, according to Manitoba's agriculture ministry.",
       "Manitoba's agriculture ministry"},
  };
  for (const Case& c : kCases) {
    const v1::Document doc = Extract(c.text);
    ASSERT_GT(doc.claims_size(), 0) << c.text;
    const v1::Claim* claim = nullptr;
    for (const v1::Claim& k : doc.claims()) {
      if (k.kind() == v1::CLAIM_KIND_ATTRIBUTED) claim = &k;
    }
    ASSERT_NE(claim, nullptr) << c.text;
    EXPECT_EQ(claim->speaker(), c.speaker) << c.text;
  }
}

// "- <claim>, according to X." in a live page's list: the dash opening the
// line is no part of the claim.
TEST(ReportedS28, ListDashOpensNoClaim) {
  const v1::Document doc = Extract(
      "Latest:\n\n- About 3,000 homes on Gozo are without water, according to the water "
      "services corporation.\n\n- Ferries to Mgarr will resume at noon, the operator said.");
  const v1::Claim* homes = FindClaim(doc, "About 3,000 homes on Gozo");
  ASSERT_NE(homes, nullptr);
  EXPECT_EQ(homes->text(), "About 3,000 homes on Gozo are without water");
  const v1::Claim* ferries = FindClaim(doc, "Ferries to Mgarr will resume at noon");
  ASSERT_NE(ferries, nullptr);
  EXPECT_EQ(ferries->text(), "Ferries to Mgarr will resume at noon");
}

}  // namespace
}  // namespace factwire
