// A definite description of a body or a document that speaks ("the unit said",
// "the co-operative said", "the audit found", "the report estimated") stands for
// the organisation the text has just credited with a claim: the claim's source is
// that organisation, the speaker stays as written (session 17).
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;
using ::factwire::testing_extract::SourceNameOf;
using ::factwire::testing_extract::SpeakerOf;

struct Case {
  const char* text;
  const char* words;  // words of the later claim
  const char* name;   // its source's name
};

TEST(ReportedBodies, ADefiniteBodyOrDocumentSpeaksForTheOrganisationBefore) {
  const Case cases[] = {
      // Court report: the unit named with its acronym, then "The unit said".
      {"According to the Fraud Investigating Unit (FIU), only 40 of the 300 claims were "
       "genuine. The unit said the rest of the money could not be traced.",
       "could not be traced", "Fraud Investigating Unit"},
      // Local paper: a co-operative's name, then the fronted claim's aside.
      {"Mill Lane Bakers Co-operative said it would close its Ashby shop in June. Fourteen "
       "staff would lose their jobs, the co-operative said.",
       "Fourteen staff would lose their jobs", "Mill Lane Bakers Co-operative"},
      // Public accounts: a report by an office, then "The audit found that".
      {"The ferry terminal cost 40 per cent more than planned, according to a report by "
       "the Office of the Marine Auditor released on Wednesday. The audit found that the "
       "ministry approved three design changes after work began.",
       "approved three design changes", "Office of the Marine Auditor"},
      // Watchdog: the office found, then another document noun estimates.
      {"The Government Audit Office found that the scheme had paid 2,000 claims twice. "
       "The report estimated that the overpayments came to £3 million.",
       "overpayments came to", "Government Audit Office"},
      // Business wire: a chain named as the subject, a person in between.
      {"Luckyday Bingo Group said on Monday it would shut 12 halls. Its chief "
       "executive, Dana Rourke, said trade had not recovered. Up to 300 jobs are at risk, "
       "the chain said.",
       "Up to 300 jobs are at risk", "Luckyday Bingo Group"},
  };
  for (const Case& c : cases) {
    const v1::Document doc = Extract(c.text);
    EXPECT_EQ(SourceNameOf(doc, c.words), c.name) << c.text;
  }
  // The speaker stays as written.
  const v1::Document doc = Extract(cases[0].text);
  const v1::Claim* claim = FindClaim(doc, "could not be traced");
  ASSERT_NE(claim, nullptr);
  EXPECT_EQ(claim->speaker().find("Fraud"), std::string::npos) << claim->speaker();
}

TEST(ReportedBodies, ABodyOfAnotherKindOrAPersonIsNotTheAntecedent) {
  // A public body after a company is a new actor; a club after a person is no one
  // named.
  const Case cases[] = {
      {"Acme Foods said it would cut 40 jobs at its Leeds plant. The regulator said it had "
       "opened an inquiry into the closure.",
       "opened an inquiry", "regulator"},
      {"Manager Jo Hartley said the squad was tired after the cup run. The club said the "
       "fee for the winger would not be disclosed.",
       "would not be disclosed", "club"},
      // A union named as one, then an airline: another business, not the union.
      {"Unite, the union, said its cabin crew would walk out on Friday. The airline said "
       "flights would run as normal.",
       "flights would run as normal", "airline"},
      // A carmaker named as one, then "the charity": a group, not the carmaker.
      {"Halvard Motors, the carmaker, said it would recall 9,000 vans. The charity said "
       "drivers had complained for a year.",
       "drivers had complained", "charity"},
  };
  for (const Case& c : cases) {
    const v1::Document doc = Extract(c.text);
    EXPECT_EQ(SourceNameOf(doc, c.words), c.name) << c.text;
  }
}

// "<Organisation> will ..., the carmaker said": the definite body after a
// fronted claim is the organisation the claim opens with, named or not before.
TEST(ReportedBodies, ADefiniteBodyAfterAFrontedClaimIsTheOrganisationItOpensWith) {
  const Case cases[] = {
      {"Halvard Motors will cut 600 jobs at its Derby plant, the carmaker said on Monday.",
       "will cut 600 jobs", "Halvard Motors"},
      {"Brightwell Insurance Group will close 12 branches by June, the insurer said.",
       "will close 12 branches", "Brightwell Insurance Group"},
      {"Osprey Logistics posted a record profit last year. Dunmore Freight Ltd will shed "
       "200 drivers, the company said.",
       "will shed 200 drivers", "Dunmore Freight Ltd"},
  };
  for (const Case& k : cases) {
    SCOPED_TRACE(k.text);
    v1::Document doc = Extract(k.text);
    EXPECT_EQ(SourceNameOf(doc, k.words), k.name);
  }
}

// "according to a report by the county roads office published on Monday": an
// unnamed body after "by" made the document (a participle dating it ends the
// phrase) and speaks; "The report found that" later speaks for that body, as
// "the review said" does; a company that only talks about the report ("It said
// the review ignored ...") is not its maker.
TEST(ReportedBodies, AnUnnamedMakerOfADocumentSpeaksForItLater) {
  const v1::Document doc = Extract(
      "The new bypass carried 9,000 vehicles a day in its first year, according to a "
      "review by the county roads office published on Monday.\n\n"
      "Tarrow Paving Ltd, which built the road, rejected the findings. It said the "
      "review ignored the fall in accidents on the old road.\n\n"
      "The review found that the bypass cost 12% more than planned. Lorries still use "
      "the town centre at night, the review said.");
  EXPECT_EQ(SpeakerOf(doc, "carried 9,000 vehicles"), "the county roads office");
  EXPECT_EQ(SourceNameOf(doc, "carried 9,000 vehicles"), "county roads office");
  EXPECT_EQ(SourceNameOf(doc, "cost 12% more than planned"), "county roads office");
  EXPECT_EQ(SourceNameOf(doc, "Lorries still use the town centre"), "county roads office");
}

// "figures compiled by the regional chamber of fisheries": a body's name runs on
// over "of" and its field to the phrase's end.
TEST(ReportedBodies, AMakersNameRunsOnOverOfAndItsField) {
  const v1::Document doc = Extract(
      "Cod was selling at 6 euros a kilogram at the harbour this week, according to "
      "figures compiled by the regional chamber of fisheries.");
  EXPECT_EQ(SpeakerOf(doc, "Cod was selling"), "the regional chamber of fisheries");
}

// "according to an estimate in the planning file": a reckoning with no maker
// inside a document that holds it: the document speaks.
TEST(ReportedBodies, AReckoningInsideAFileIsTheFilesClaim) {
  const v1::Document doc = Extract(
      "The new quay would add about 300 jobs, according to an estimate in the planning "
      "file.");
  EXPECT_EQ(SpeakerOf(doc, "would add about 300 jobs"), "the planning file");
  EXPECT_EQ(SourceNameOf(doc, "would add about 300 jobs"), "planning file");
}

// "The annual bird survey, compiled by the county wildlife office, found that":
// the body that made the document speaks; a body that only saw it does not.
TEST(ReportedBodies, TheMakerInADocumentsAsideSpeaksForIt) {
  const v1::Document doc = Extract(
      "Swallows were scarce again this summer.\n\n"
      "The annual bird survey, compiled by the county wildlife office, found that "
      "swallow numbers had fallen by a third since 2019.");
  EXPECT_EQ(SourceNameOf(doc, "swallow numbers had fallen"), "county wildlife office");
  const v1::Document seen = Extract(
      "Swallows were scarce again this summer.\n\n"
      "The annual bird survey, seen by the county wildlife office, found that swallow "
      "numbers had fallen by a third since 2019.");
  EXPECT_EQ(SpeakerOf(seen, "swallow numbers had fallen"), "The annual bird survey");
}

// "The figures, released by police in <Place>, showed ...": a named maker opens
// the phrase after "by"; the place ending it made nothing.
TEST(ReportedBodies, APlaceEndingTheMakersPhraseIsNoMaker) {
  const v1::Document doc = Extract(
      "Burglaries fell in the spring.\n\n"
      "The monthly figures, released by detectives in Ohio, showed that 52 homes were "
      "broken into in May.");
  EXPECT_EQ(SpeakerOf(doc, "52 homes were broken into"), "The monthly figures");
  const v1::Document named = Extract(
      "Burglaries fell in the spring.\n\n"
      "The monthly figures, released by the Ohio Crime Statistics Office, showed that "
      "52 homes were broken into in May.");
  EXPECT_EQ(SourceNameOf(named, "52 homes were broken into"), "Ohio Crime Statistics Office");
}

// "The report, carried by <a news agency>, said ...": the agency relayed the
// report, it did not make it.
TEST(ReportedBodies, AnAgencyCarryingAReportIsNoMaker) {
  const v1::Document doc = Extract(
      "Floods cut the coastal road on Sunday.\n\n"
      "The report, carried by the Eastern Wire Service, said that 14 villages were cut "
      "off.");
  EXPECT_NE(SourceNameOf(doc, "14 villages were cut off"), "Eastern Wire Service");
}

// "..., little more than half the 400 its owners had forecast, according to a
// review by the port office.": the forecast's object is the number before it; the
// words after its comma are only an attribution, no claim of the forecasters.
TEST(ReportedBodies, ACueFollowedOnlyByAnAccordingPhraseClaimsNothing) {
  const v1::Document doc = Extract(
      "The new ferry made 210 crossings in its first year, little more than half the "
      "400 its owners had forecast, according to a review by the port office.");
  for (const v1::Claim& c : doc.claims()) {
    EXPECT_NE(c.text().rfind("according to", 0), 0u) << c.text();
  }
  EXPECT_EQ(SourceNameOf(doc, "made 210 crossings"), "port office");
}

}  // namespace
}  // namespace factwire
