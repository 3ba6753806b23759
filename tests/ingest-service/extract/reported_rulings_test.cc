// Findings and forecasts told by a participle after the main verb ("The
// tribunal fined the firm, finding that ...", "The regulator ordered a recall,
// saying ...", "..., forecasting gusts of 70 mph"): the claim is the main
// verb's subject's, named or a body named by a common noun.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;
using ::factwire::testing_extract::FindSource;
using ::factwire::testing_extract::SourceNameOf;

struct Case {
  const char* text;
  const char* claim;   // words of the claim
  const char* source;  // its source's name
};

// ", finding that ...", ", holding that ...": what a court,
// tribunal, regulator or judge found is a claim of the main clause's subject.
TEST(ReportedRulings, AFindingParticipleReportsForTheMainSubject) {
  const Case cases[] = {
      // Court report.
      {"The Competition Appeal Tribunal upheld the £3m penalty on Tuesday, finding that "
       "the cartel had raised prices for six years.",
       "the cartel had raised prices", "Competition Appeal Tribunal"},
      {"Judge Hannah Mistry dismissed the appeal, holding that the lease had been signed "
       "under duress.",
       "the lease had been signed under duress", "Hannah Mistry"},
      // Regulator, business page.
      {"Ofwat fined Severn Vale Water £4m in March, finding that the company had "
       "misreported leaks for three years.",
       "the company had misreported leaks", "Ofwat"},
      // Sport.
      {"The Scottish Football Association banned the winger for three matches, finding "
       "that the tackle had endangered an opponent.",
       "the tackle had endangered an opponent", "Scottish Football Association"},
  };
  for (const Case& k : cases) {
    SCOPED_TRACE(k.text);
    v1::Document doc = Extract(k.text);
    EXPECT_EQ(SourceNameOf(doc, k.claim), k.source);
  }
}

// "finding" and "holding" are nouns or other verbs elsewhere: no
// claim without a comma before them and a that-clause after them.
TEST(ReportedRulings, AFindingWordWithoutAThatClauseReportsNothing) {
  const char* const texts[] = {
      "The court issued a landmark ruling that could reshape the industry.",
      "The panel upheld the ban, ruling out an appeal before the final.",
      "Volunteers spent the weekend finding homes for the rescued dogs.",
      "The club is holding talks with two strikers, finding the market expensive.",
  };
  for (const char* text : texts) {
    SCOPED_TRACE(text);
    v1::Document doc = Extract(text);
    for (const v1::Claim& c : doc.claims()) {
      EXPECT_NE(c.cue(), "ruling");
      EXPECT_NE(c.cue(), "finding");
      EXPECT_NE(c.cue(), "holding");
    }
  }
}

// A body named by a common noun ("The regulator", "The ministry", "the weather
// service") is the subject a speech participle reports for.
TEST(ReportedRulings, ABodyNamedByACommonNounSpeaksThroughItsParticiple) {
  const Case cases[] = {
      {"The regulator ordered a recall of 40,000 kettles, saying the switches could "
       "overheat.",
       "the switches could overheat", "regulator"},
      {"The ministry accepted all nine recommendations, saying that a new project office "
       "would review every contract.",
       "a new project office would review", "ministry"},
      {"The national weather service kept its storm warning in place, forecasting gusts "
       "of up to 110 km/h on Sunday.",
       "gusts of up to 110 km/h", "national weather service"},
  };
  for (const Case& k : cases) {
    SCOPED_TRACE(k.text);
    v1::Document doc = Extract(k.text);
    EXPECT_EQ(SourceNameOf(doc, k.claim), k.source);
  }
}

// ", ruling that ..." reports a court's or a board's decision like ", finding
// that ..." (the whole name of the body speaks, not a phrase cut short of it);
// "ruling out" and "the ruling party" report nothing.
TEST(ReportedRulings, ARulingParticipleReportsForTheMainSubject) {
  const Case cases[] = {
      {"The Manitoba Energy Appeals Board fined Westline Power C$1.1 million on Monday, "
       "ruling that the company had misread 9,000 meters.",
       "the company had misread 9,000 meters", "Manitoba Energy Appeals Board"},
      {"The Court of Session sided with the crofters, ruling that the grazing lease was "
       "still valid.",
       "the grazing lease was still valid", "Court of Session"},
  };
  for (const Case& k : cases) {
    SCOPED_TRACE(k.text);
    v1::Document doc = Extract(k.text);
    EXPECT_EQ(SourceNameOf(doc, k.claim), k.source);
  }
  for (const char* text : {"The league upheld the points deduction, ruling out an appeal.",
                           "The ruling party lost 12 seats in the regional vote."}) {
    SCOPED_TRACE(text);
    const v1::Document doc = Extract(text);
    for (const v1::Claim& c : doc.claims()) EXPECT_NE(c.cue(), "ruling");
  }
}

// What a named person, an official or a body "found" or "ruled" is a claim of
// theirs when a clause follows, with or without "that": a tribunal member, an
// inquiry, a coroner, a court.
TEST(ReportedRulings, AFindingOrRulingWithAClauseReportsForItsSubject) {
  const Case cases[] = {
      {"Tribunal member Ruth Abernethy found that the authority had not properly assessed "
       "the risks to wild salmon.",
       "the authority had not properly assessed", "Ruth Abernethy"},
      {"The tribunal ruled the company may operate no more than 18 pens at the site.",
       "the company may operate no more than 18 pens", "tribunal"},
      {"The inquiry found the council had ignored repeated warnings about the bridge.",
       "the council had ignored repeated warnings", "inquiry"},
      {"The coroner found the motorway crash was an accident.",
       "the motorway crash was an accident", "coroner"},
      {"The auditor found that the ministry had overspent by $4 million.",
       "the ministry had overspent", "auditor"},
      {"Judge Farah Qureshi ruled the eviction notice was invalid.",
       "the eviction notice was invalid", "Farah Qureshi"},
      {"The regulator ruled the merger would harm consumers.",
       "the merger would harm consumers", "regulator"},
      {"Prosecutors charged the brothers had hidden the payments.",
       "the brothers had hidden the payments", "Prosecutors"},
  };
  for (const Case& k : cases) {
    SCOPED_TRACE(k.text);
    v1::Document doc = Extract(k.text);
    EXPECT_EQ(SourceNameOf(doc, k.claim), k.source);
  }
}

// "found" and "ruled" with an object and no clause are no speech: a search,
// a verdict's object, a reign.
TEST(ReportedRulings, AFindingOrRulingWithoutAClauseReportsNothing) {
  const char* const texts[] = {
      "Police found drugs in the car.",
      "The jury found him guilty of fraud.",
      "Volunteers found the missing dog in a ditch.",
      "The king ruled the island for 30 years.",
      "The king ruled the country had no need of a parliament.",
      "The chairman charged the board had misled shareholders.",
      "She found that the house had been emptied.",
  };
  for (const char* text : texts) {
    SCOPED_TRACE(text);
    v1::Document doc = Extract(text);
    for (const v1::Claim& c : doc.claims()) {
      EXPECT_NE(c.cue(), "found");
      EXPECT_NE(c.cue(), "ruled");
    }
  }
}

// A person's "found" with a bare clause is a discovery, not a finding: only
// "found that" reports for a person; a judge, a court or an inquiry
// reports a bare clause too.
TEST(ReportedRulings, APersonFindingABareClauseReportsNothing) {
  for (const char* text : {"Maria Lopez found her car had been towed when she returned.",
                           "Manager Pep Guardiola found his side were outplayed.",
                           "When she got home, Nadia Petrov found the door had been forced."}) {
    SCOPED_TRACE(text);
    const v1::Document doc = Extract(text);
    for (const v1::Claim& c : doc.claims()) EXPECT_NE(c.cue(), "found");
  }
  const Case cases[] = {
      {"Nadia Petrov found that the council had ignored the complaints.",
       "the council had ignored the complaints", "Nadia Petrov"},
      {"Judge Ann Briggs found the landlord had broken the lease.",
       "the landlord had broken the lease", "Ann Briggs"},
  };
  for (const Case& k : cases) {
    SCOPED_TRACE(k.text);
    const v1::Document doc = Extract(k.text);
    EXPECT_EQ(SourceNameOf(doc, k.claim), k.source);
  }
}

// "The inquest found he had drowned": a subject pronoun and its verb open
// the clause a finding reports, as a noun does.
TEST(ReportedRulings, APronounSubjectOpensAFindingsClause) {
  const Case cases[] = {
      {"The inquest found he had drowned after falling from the pier.", "he had drowned",
       "inquest"},
      {"The tribunal ruled she was entitled to back pay.", "she was entitled to back pay",
       "tribunal"},
  };
  for (const Case& k : cases) {
    SCOPED_TRACE(k.text);
    const v1::Document doc = Extract(k.text);
    EXPECT_EQ(SourceNameOf(doc, k.claim), k.source);
  }
}

// "The judge ordered that ...": an order with a that-clause is a claim of the
// one who ordered it; "ordered a recall", "ordered the bank to pay" report
// nothing by themselves.
TEST(ReportedRulings, AnOrderWithAThatClauseReportsIt) {
  v1::Document doc = Extract(
      "Judge Amara Osei ordered that the council repay the fees within 60 days.");
  EXPECT_EQ(SourceNameOf(doc, "the council repay the fees"), "Amara Osei");
  const char* const texts[] = {
      "The tribunal ordered the bank to pay the fees within 60 days.",
      "The safety board ordered a review of every lift in the building.",
  };
  for (const char* text : texts) {
    SCOPED_TRACE(text);
    const v1::Document doc = Extract(text);
    for (const v1::Claim& c : doc.claims()) EXPECT_NE(c.cue(), "ordered");
  }
}

// "Officials blamed the delays on ...", "The union blames the cuts for ...": who
// blames something for an outcome states a cause, a claim of theirs.
TEST(ReportedRulings, BlamingACauseIsAClaim) {
  const Case cases[] = {
      {"Port officials blamed the delays on a shortage of crane drivers.",
       "the delays on a shortage of crane drivers", "Port officials"},
      {"In a statement, Harwick Dairies blamed lower cheese prices for the loss.",
       "lower cheese prices for the loss", "Harwick Dairies"},
  };
  for (const Case& k : cases) {
    SCOPED_TRACE(k.text);
    EXPECT_EQ(SourceNameOf(Extract(k.text), k.claim), k.source);
  }
}

// "The pilot blamed herself": a person blamed with no "on" or "for" after
// (an "on" that opens a day is none) names no cause and reports nothing; a
// cause blamed is a claim, with or without its outcome.
TEST(ReportedRulings, BlamingAPersonWithoutACauseIsNoClaim) {
  const char* const texts[] = {
      "The coach blamed the minister.",
      "The pilot blamed herself after the hard landing.",
      "Residents blamed them on Tuesday.",
  };
  for (const char* text : texts) {
    SCOPED_TRACE(text);
    const v1::Document doc = Extract(text);
    for (const v1::Claim& c : doc.claims()) EXPECT_NE(c.cue(), "blamed");
  }
  const Case cases[] = {
      {"The coach blamed the defeat on a cold pitch.", "the defeat on a cold pitch",
       "coach"},
      {"The orchard blamed a late frost.", "a late frost", "orchard"},
      {"Okafor blamed the board's three directors who voted for the sale.",
       "the board's three directors who voted for the sale", "Okafor"},
  };
  for (const Case& k : cases) {
    SCOPED_TRACE(k.text);
    EXPECT_EQ(SourceNameOf(Extract(k.text), k.claim), k.source);
  }
}

// "Economists linked the slump to ...": who ties an outcome to a cause states
// a claim; "links" with no "to" after its object ("the ferry links the
// islands") or right after it ("was linked to the gang") reports nothing.
TEST(ReportedRulings, LinkingAnOutcomeToACauseIsAClaim) {
  const Case cases[] = {
      {"Economists linked the slump in car sales to higher borrowing costs.",
       "the slump in car sales to higher borrowing costs", "Economists"},
  };
  for (const Case& k : cases) {
    SCOPED_TRACE(k.text);
    EXPECT_EQ(SourceNameOf(Extract(k.text), k.claim), k.source);
  }
  const char* const texts[] = {
      "A new ferry links the three islands twice a day.",
      "The driver was linked to the gang by phone records.",
  };
  for (const char* text : texts) {
    SCOPED_TRACE(text);
    const v1::Document doc = Extract(text);
    for (const v1::Claim& c : doc.claims()) EXPECT_NE(c.cue(), "links");
    for (const v1::Claim& c : doc.claims()) EXPECT_NE(c.cue(), "linked");
  }
}

// "Detectives linked the fire to ...": only who can speak ties a cause as a
// claim; a thing that joins places or a practice that ties pay ties nothing,
// and the present "links" is a claim only of a study or a document.
TEST(ReportedRulings, OnlyASpeakerLinksACause) {
  const Case cases[] = {
      {"Detectives linked the warehouse fire to a dispute over unpaid rent.",
       "the warehouse fire to a dispute over unpaid rent", "Detectives"},
      {"Police linked the burglaries to a group of teenagers from the estate.",
       "the burglaries to a group of teenagers from the estate", "Police"},
      {"A new study links poor sleep to weaker memory in older adults.",
       "poor sleep to weaker memory in older adults", "new study"},
  };
  for (const Case& k : cases) {
    SCOPED_TRACE(k.text);
    EXPECT_EQ(SourceNameOf(Extract(k.text), k.claim), k.source);
  }
  const char* const texts[] = {
      "The new tunnel links the harbour to the ring road.",
      "The firm links bonuses to sales targets.",
      "The old canal linked the mill to the river.",
      "A cable car links Ravenna Point to the summit in ten minutes.",
  };
  for (const char* text : texts) {
    SCOPED_TRACE(text);
    const v1::Document doc = Extract(text);
    for (const v1::Claim& c : doc.claims()) EXPECT_NE(c.cue(), "links");
    for (const v1::Claim& c : doc.claims()) EXPECT_NE(c.cue(), "linked");
  }
}

// "..., estimated by the union at about 40,000 pounds.": a closing phrase that
// puts a value on something names who did with "by"; the sentence is its
// claim. Not when the phrase is an aside the sentence goes on after, nor a
// participle of doing ("approved by the council").
TEST(ReportedRulings, AValueSetByAnAgentIsItsClaim) {
  const Case cases[] = {
      {"Harwick Dairies agreed to cover the cleanup, estimated by the Kelder Water "
       "Trust at about 90,000 pounds.",
       "estimated by the Kelder Water Trust at about 90,000 pounds", "Kelder Water Trust"},
  };
  for (const Case& k : cases) {
    SCOPED_TRACE(k.text);
    EXPECT_EQ(SourceNameOf(Extract(k.text), k.claim), k.source);
  }
  const char* const texts[] = {
      "The repair bill, estimated by the union at 40,000 pounds, will fall on tenants.",
      "The new timetable, approved by the council on Monday, starts in May.",
  };
  for (const char* text : texts) {
    SCOPED_TRACE(text);
    const v1::Document doc = Extract(text);
    for (const v1::Claim& c : doc.claims()) EXPECT_EQ(c.source_id(), "") << c.text();
  }
}

}  // namespace
}  // namespace factwire
