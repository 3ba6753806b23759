// Reported speech of documents, bodies and described people: who a finding,
// an estimate or a described source's words belong to.
#include <cstddef>
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;
using ::factwire::testing_extract::FindSource;
using ::factwire::testing_extract::SpeakerOf;

// The name of the source `claim` is credited to, or "" when it has none.
std::string SourceName(const v1::Document& doc, const v1::Claim* claim) {
  if (claim == nullptr || claim->source_id().empty()) return "";
  const v1::Source* s = FindSource(doc, claim->source_id());
  return s == nullptr ? "" : s->name();
}

struct MakerCase {
  const char* text;
  const char* claim;
  const char* maker;
};

// For each case: a claim containing `claim` in `text`, credited to `maker`.
template <size_t N>
void ExpectMakers(const MakerCase (&cases)[N]) {
  for (const MakerCase& k : cases) {
    SCOPED_TRACE(k.text);
    v1::Document doc = Extract(k.text);
    const v1::Claim* c = FindClaim(doc, k.claim);
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(SourceName(doc, c), k.maker);
  }
}

// "Figures from the Transport Ministry show ...": a document opening the
// sentence with its maker after "from" / "by" (maybe after a participle and a
// time) speaks for the maker, whatever the cue.
TEST(ReportedFindings, ADocumentOpeningTheSentenceSpeaksForItsMaker) {
  const MakerCase cases[] = {
      {"Figures from the Transport Ministry show traffic on the ring road fell 3 per cent "
       "in March.",
       "traffic on the ring road fell", "Transport Ministry"},
      {"Statistics published by the Irish Tourism Council show visitor numbers fell last "
       "year.",
       "visitor numbers fell", "Irish Tourism Council"},
      {"Figures released by Statistics Norway on Monday showed that salmon exports had "
       "slowed.",
       "salmon exports had slowed", "Statistics Norway"},
      {"Data compiled by the Northern Ports Authority suggest cargo volumes are recovering.",
       "cargo volumes are recovering", "Northern Ports Authority"},
      {"Provisional figures from the Central Statistics Office indicate that farm incomes "
       "dropped by a fifth.",
       "farm incomes dropped by a fifth", "Central Statistics Office"},
      {"New figures from the Kestrel Valley Water Board (KVWB) show that reservoir levels "
       "are at a record low.",
       "reservoir levels are at a record low", "Kestrel Valley Water Board"},
  };
  ExpectMakers(cases);
}

// "Figures from the hospital show ...": a document whose "from" phrase names
// no one is not credited to a name elsewhere in the sentence.
TEST(ReportedFindings, ADocumentFromAnUnnamedBodyNamesNoOneElse) {
  v1::Document doc = Extract(
      "Figures from the hospital show waiting times in Leeds rose by a month.");
  const v1::Claim* c = FindClaim(doc, "waiting times");
  if (c != nullptr) {
    EXPECT_NE(SourceName(doc, c), "Leeds");
  }
}

// "..., the Evening Herald understands.", "The Courier understands that ...": a
// newspaper or broadcaster reporting what it has learned speaks; a person who
// "understands" something reports nothing.
TEST(ReportedFindings, AnOutletThatUnderstandsReportsWhatItLearned) {
  const MakerCase cases[] = {
      {"The striker will earn about 40,000 euros a week at his new club, the Evening "
       "Herald understands.",
       "will earn about 40,000 euros a week", "Evening Herald"},
      {"The Courier understands that the mayor will step down before the summer.",
       "the mayor will step down", "Courier"},
      {"Harbour Radio understands the ferry operator has lined up a buyer for two "
       "vessels.",
       "the ferry operator has lined up a buyer", "Harbour Radio"},
      {"The Northern Echo has learned that the council will approve the plan on Monday. "
       "The Northern Echo understands the vote will be close.",
       "the vote will be close", "Northern Echo"},
  };
  for (const MakerCase& k : cases) {
    SCOPED_TRACE(k.text);
    v1::Document doc = Extract(k.text);
    const v1::Claim* c = FindClaim(doc, k.claim);
    ASSERT_NE(c, nullptr);
    EXPECT_NE(c->kind(), v1::CLAIM_KIND_STATEMENT);
    EXPECT_EQ(SourceName(doc, c), k.maker);
  }
}

TEST(ReportedFindings, APersonWhoUnderstandsSomethingReportsNothing) {
  const char* texts[] = {
      "Even the senator understands the importance of winning the state.",
      "Omar Haddad understands the risks of the merger better than anyone.",
      "Asked about the delay, she said she understands people are angry.",
      "Mayor Lena Fisk understands how hard the winter has been for tenants.",
  };
  for (const char* text : texts) {
    SCOPED_TRACE(text);
    v1::Document doc = Extract(text);
    for (const v1::Claim& c : doc.claims()) EXPECT_NE(c.cue(), "understands");
  }
}

// "..., according to a report by the Office of the Provincial Auditor released
// on Wednesday.": the organisation named after "by"/"from" made the document.
TEST(ReportedFindings, AccordingToADocumentByANamedBodyGivesTheBody) {
  const MakerCase cases[] = {
      {"The terminal rebuild cost 40 per cent more than planned, according to a report by "
       "the Office of the Marine Auditor released on Wednesday.",
       "The terminal rebuild cost", "Office of the Marine Auditor"},
      {"Average rents for studio flats in Leeds fell 6 per cent in the third quarter, "
       "according to a survey by Halden Property Research (HPR) published on Tuesday.",
       "Average rents for studio flats", "Halden Property Research"},
      {"Farm incomes dropped by a fifth last year, according to figures from the Central "
       "Statistics Office.",
       "Farm incomes dropped by a fifth", "Central Statistics Office"},
      {"More than 9,000 patients are waiting for surgery, according to an audit by the "
       "Northern Health Trust tabled in parliament.",
       "More than 9,000 patients are waiting", "Northern Health Trust"},
  };
  ExpectMakers(cases);
}

// "according to a 2024 audit by X": a year dating the document is read past,
// and the maker speaks; "the state ..." after "from" is a body even though
// "state" can be a speech verb.
TEST(ReportedFindings, AccordingToADatedDocumentOrAStateBodyGivesTheMaker) {
  const MakerCase cases[] = {
      {"The harbour board owes about $31 million, according to a 2024 audit by the "
       "Regional Accounts Office.",
       "The harbour board owes", "Regional Accounts Office"},
      {"According to a 2023 survey by the Lakeland Growers Union, two in five orchards "
       "made a loss.",
       "two in five orchards", "Lakeland Growers Union"},
      {"Ferry crossings fell 9% last winter, according to data from the state transport "
       "department.",
       "Ferry crossings fell 9%", "state transport department"},
      {"According to figures from the state forestry agency, 1,200 hectares burned in "
       "August.",
       "1,200 hectares burned", "state forestry agency"},
  };
  ExpectMakers(cases);
}

// A year dating a document from a body named in lowercase leaves the body the
// maker, as the same phrase without the year does; a named maker stays.
TEST(ReportedFindings, ADatedDocumentOfAnUnnamedBodyGivesTheBody) {
  const MakerCase cases[] = {
      {"Bus journeys rose 6%, according to a 2024 report by the regional transport board.",
       "Bus journeys rose 6%", "regional transport board"},
      {"Bus journeys rose 6%, according to a report by the regional transport board.",
       "Bus journeys rose 6%", "regional transport board"},
      {"According to a 2023 census from the county statistics office, the valley has "
       "4,100 homes.",
       "the valley has 4,100 homes", "county statistics office"},
      {"Rents climbed 11%, according to a 2025 audit by the Harbour Lettings Board.",
       "Rents climbed 11%", "Harbour Lettings Board"},
      {"Rents climbed 11%, according to a 2022 study by economists Ann Roe and Raj Das.",
       "Rents climbed 11%", "Raj Das"},
  };
  ExpectMakers(cases);
}

// "according to central bank data", "According to grid operator figures, ...":
// the numbers a body or a name compiles are its word, as "data from the
// election commission" and "the ministry's figures" are; the claim starts after
// the data noun. Data of no body ("ship-tracking data") and records kept of
// others ("court records") stay the source.
TEST(ReportedFindings, AccordingToABodysDataGivesTheBody) {
  const MakerCase cases[] = {
      {"Exports of frozen fish fell 4% in March, according to central bank data.",
       "Exports of frozen fish fell 4%", "central bank"},
      {"According to grid operator figures, the island generated 31% of its power from "
       "wind last year.",
       "the island generated 31%", "grid operator"},
      {"Turnout in the northern wards reached 61%, according to data from the election "
       "commission.",
       "Turnout in the northern wards", "election commission"},
      {"Turnout in the northern wards reached 61%, according to election commission "
       "figures.",
       "Turnout in the northern wards", "election commission"},
      {"According to the ministry's estimates, 2,400 teachers will retire this year.",
       "2,400 teachers will retire", "ministry"},
      {"According to Meridian Rail's figures, punctuality slipped to 84% in May.",
       "punctuality slipped to 84%", "Meridian Rail"},
      {"Tanker traffic through the strait fell by a third, according to ship-tracking data.",
       "Tanker traffic through the strait", "ship-tracking data"},
      {"According to court records, the firm owed its landlord £80,000.",
       "the firm owed its landlord", "court records"},
      {"According to police data, 17 cyclists were hurt on the ring road.",
       "17 cyclists were hurt", "police"},
  };
  ExpectMakers(cases);
  // The claim opens after the data noun, not with it.
  for (const char* text :
       {"According to grid operator figures, the island generated 31% of its power from "
        "wind last year.",
        "According to Meridian Rail's figures, punctuality slipped to 84% in May."}) {
    SCOPED_TRACE(text);
    const v1::Document doc = Extract(text);
    ASSERT_EQ(doc.claims_size(), 1);
    EXPECT_EQ(doc.claims(0).text().find("figures"), std::string::npos);
  }
}

// "Researchers found that ...", and "They found that ..." right after a
// sentence that opens with people who study something ("Inspectors visited
// ...", "The marine biologists dived ..."): those people found it; a "they"
// after a sentence opening with a person's name finds nothing.
TEST(ReportedFindings, TheyAfterResearchersReportTheirFinding) {
  const MakerCase cases[] = {
      {"Inspectors visited the depot in May. They found that two brake valves had failed.",
       "two brake valves had failed", "Inspectors"},
      {"The marine biologists dived at 30 sites off Oban. They also found that kelp cover had "
       "halved.",
       "kelp cover had halved", "marine biologists"},
      {"The coastal path was closed in March. Geologists found that the cliff edge had "
       "moved a metre.",
       "the cliff edge had moved", "Geologists"},
  };
  ExpectMakers(cases);
  v1::Document doc = Extract(
      "Maria Sanders visited Oban on Monday. Sanders toured the pier. They found that the "
      "slipway was unsafe.");
  const v1::Claim* c = FindClaim(doc, "the slipway was unsafe");
  if (c != nullptr) {
    EXPECT_EQ(c->kind(), v1::CLAIM_KIND_STATEMENT);
  }
}

// "according to the paper", "..., the survey found,": an unnamed document
// keeps its article as written; its source is named without the article, without a recency
// adjective ("a new survey" -> "survey") and, for a body, without a
// participle's agent ("the advisory service run by growers").
TEST(ReportedFindings, UnnamedSourcesKeepTheirArticleAsWritten) {
  struct Case {
    const char* text;
    const char* claim;
    const char* speaker;
    const char* source;
  } const cases[] = {
      {"According to the paper, the moss survives two winters under snow.",
       "the moss survives two winters", "the paper", "paper"},
      {"Nearly 9% of the seed germinated, the survey found, with most of the rest lost to "
       "frost.",
       "Nearly 9% of the seed germinated", "the survey", "survey"},
      {"The harbour wall could fail within five years unless it is rebuilt, according to a "
       "new survey.",
       "The harbour wall could fail", "a new survey", "survey"},
      {"Barley sells for 310 euros a tonne, according to the advisory service run by "
       "growers.",
       "Barley sells for 310 euros", "advisory service run by growers",
       "advisory service"},
      {"Ferries carried 12,000 cars in July, according to the port's harbour office.",
       "Ferries carried 12,000 cars", "port's harbour office", "harbour office"},
  };
  for (const Case& k : cases) {
    SCOPED_TRACE(k.text);
    v1::Document doc = Extract(k.text);
    const v1::Claim* c = FindClaim(doc, k.claim);
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->speaker(), k.speaker);
    EXPECT_EQ(SourceName(doc, c), k.source);
  }
}

// "They found that ..." is the researchers' only when the sentence before opens
// with them: an article, modifiers and their noun. A verb before the noun
// ("Floods kept inspectors away", "The council hired surveyors") makes them its
// object, and the finding is no one's; modifiers, a capitalised first one too,
// still lead to them ("Marine biologists", "The food safety inspectors").
TEST(ReportedFindings, TheyFindsOnlyForResearchersOpeningTheSentenceBefore) {
  const MakerCase objects[] = {
      {"Floods kept inspectors away for a month. They found that 30 homes were unsafe.",
       "30 homes were unsafe", ""},
      {"The council hired surveyors in May. They found that the wall had 15 cracks.",
       "the wall had 15 cracks", ""},
  };
  for (const MakerCase& k : objects) {
    SCOPED_TRACE(k.text);
    v1::Document doc = Extract(k.text);
    const v1::Claim* c = FindClaim(doc, k.claim);
    if (c != nullptr) {
      EXPECT_NE(c->kind(), v1::CLAIM_KIND_INDIRECT_QUOTE) << c->text();
      EXPECT_EQ(SourceName(doc, c), "");
    }
  }
  const MakerCase cases[] = {
      {"Marine biologists dived at 30 sites in May. They found that the reef had bleached.",
       "the reef had bleached", "Marine biologists"},
      {"The food safety inspectors visited 12 kitchens. They found that four had no hot water.",
       "four had no hot water", "food safety inspectors"},
  };
  ExpectMakers(cases);
}

// The people a "They found that ..." goes back to are ones who study, inspect
// or investigate (researchers, auditors, "-ologists"), not any plural in -er,
// -or or -ist ("Protesters", "Voters") nor a surname never given in full.
TEST(ReportedFindings, TheyFindsOnlyForPeopleWhoStudy) {
  const MakerCase others[] = {
      {"Picketers gathered at the depot on Friday. They found that the gates were chained.",
       "the gates were chained", ""},
      {"Shoppers crowded the new market. They found that prices were higher than promised.",
       "prices were higher than promised", ""},
      {"Peters toured the quarry on Monday. They found that 8 pumps were broken.",
       "8 pumps were broken", ""},
  };
  for (const MakerCase& k : others) {
    SCOPED_TRACE(k.text);
    v1::Document doc = Extract(k.text);
    const v1::Claim* c = FindClaim(doc, k.claim);
    if (c != nullptr) {
      EXPECT_EQ(SourceName(doc, c), "") << c->text();
    }
  }
  const MakerCase cases[] = {
      {"Auditors went through the port's accounts. They found that 2 million euros was "
       "missing.",
       "2 million euros was missing", "Auditors"},
      {"Hydrologists sampled the river twice. They found that nitrate levels had doubled.",
       "nitrate levels had doubled", "Hydrologists"},
  };
  ExpectMakers(cases);
}

// "Regulatory filings show ...", "..., the filing showed.", "The minutes of the
// June meeting showed that ...": filings and minutes speak as documents do;
// records filed with a court speak for themselves, not for the court.
TEST(ReportedFindings, FilingsAndMinutesSpeakAsDocuments) {
  const struct {
    const char* text;
    const char* claim;
    const char* speaker;
  } cases[] = {
      {"Annual filings show the brewer cut its borrowing by half over three years.",
       "the brewer cut its borrowing", "Annual filings"},
      {"Freight revenue slipped to $210 million in the quarter, the filing showed.",
       "Freight revenue slipped", "the filing"},
      {"The minutes of the June meeting, released on Friday, showed that three members "
       "had wanted a larger rise.",
       "three members had wanted a larger rise", "The minutes"},
  };
  for (const auto& k : cases) {
    SCOPED_TRACE(k.text);
    v1::Document doc = Extract(k.text);
    EXPECT_EQ(SpeakerOf(doc, k.claim), k.speaker);
  }
  v1::Document doc = Extract(
      "Court filings show the landlord had raised the rent four times since 2020.");
  const v1::Claim* c = FindClaim(doc, "the landlord had raised the rent");
  ASSERT_NE(c, nullptr);
  EXPECT_NE(SourceName(doc, c), "court");
}

// "According to figures published in March, ...": a participle phrase after a
// document opening the sentence dates it; the claim starts after its comma and
// the document (a body's books too: "club accounts") is the speaker.
TEST(ReportedFindings, AParticiplePhraseAfterAnOpeningDocumentIsNotTheClaim) {
  const struct {
    const char* text;
    const char* claim_start;
    const char* speaker;
  } cases[] = {
      {"According to figures published in March, the city's trams carried 41 million "
       "riders last year.",
       "the city's trams carried", "figures"},
      {"According to club accounts filed in April, the side spent 6 million euros on "
       "wages.",
       "the side spent 6 million euros", "club accounts"},
      {"According to annual accounts released last week, the dairy lost 2 million pounds.",
       "the dairy lost 2 million pounds", "annual accounts"},
  };
  for (const auto& k : cases) {
    SCOPED_TRACE(k.text);
    v1::Document doc = Extract(k.text);
    const v1::Claim* c = FindClaim(doc, k.claim_start);
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->text().rfind(k.claim_start, 0), 0u) << c->text();
    EXPECT_EQ(SpeakerOf(doc, k.claim_start), k.speaker);
  }
}

}  // namespace
}  // namespace factwire
