#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;
using ::factwire::testing_extract::FindSource;

TEST(Reported, AccordingToAnonymous) {
  v1::Document doc = Extract("According to reports, the mill will close in spring.");
  const v1::Claim* c = FindClaim(doc, "the mill will close");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind(), v1::CLAIM_KIND_ATTRIBUTED);
  EXPECT_EQ(c->speaker(), "reports");
  EXPECT_EQ(c->cue(), "According to");
  EXPECT_EQ(c->source_id(), "anonymous-d1-reports");
  const v1::Source* s = FindSource(doc, "anonymous-d1-reports");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ANONYMOUS);
}

TEST(Reported, AccordingToAfterClause) {
  v1::Document doc = Extract("The mill will close in spring, according to Tim Ross.");
  const v1::Claim* c = FindClaim(doc, "The mill will close in spring");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "tim-ross");
}

TEST(Reported, CueVerbWithThat) {
  v1::Document doc = Extract(
      "Prime Minister Ada Holm visited the port. Later, Holm warned that prices would "
      "rise.");
  const v1::Claim* c = FindClaim(doc, "prices would rise");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind(), v1::CLAIM_KIND_INDIRECT_QUOTE);
  EXPECT_EQ(c->cue(), "warned");
  EXPECT_EQ(c->speaker(), "Holm");
  EXPECT_EQ(c->source_id(), "ada-holm");
  const v1::Source* s = FindSource(doc, "ada-holm");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "Prime Minister");
}

TEST(Reported, OrganizationWithAcronym) {
  v1::Document doc = Extract(
      "The Federal Aviation Administration (FAA) announced new rules for drones.");
  const v1::Claim* c = FindClaim(doc, "new rules for drones");
  ASSERT_NE(c, nullptr);
  const v1::Source* s = FindSource(doc, "federal-aviation-administration");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  ASSERT_EQ(s->aliases_size(), 1);
  EXPECT_EQ(s->aliases(0), "FAA");
}

TEST(Reported, CountryAsSource) {
  v1::Document doc = Extract("In March, Brazil reported a record harvest of soybeans.");
  const v1::Claim* c = FindClaim(doc, "record harvest");
  ASSERT_NE(c, nullptr);
  const v1::Source* s = FindSource(doc, "brazil");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

TEST(Reported, AffiliationFromPreposition) {
  v1::Document doc = Extract(
      "Analysts like Omar Said Faruk from the Brookings Institution noted a slowdown in "
      "hiring.");
  const v1::Claim* c = FindClaim(doc, "slowdown in hiring");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "omar-said-faruk");
  const v1::Source* s = FindSource(doc, "omar-said-faruk");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "Brookings Institution");
}

TEST(Reported, SentenceFinalAttribution) {
  v1::Document doc = Extract("Lena Park arrived late. The economy is slowing, she said.");
  const v1::Claim* c = FindClaim(doc, "The economy is slowing");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "she");
  EXPECT_EQ(c->source_id(), "lena-park");
}

TEST(Reported, PhraseBeforeFinalCue) {
  v1::Document doc =
      Extract("The debate will decide the race, people close to the campaign say.");
  const v1::Claim* c = FindClaim(doc, "The debate will decide the race");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "people close to the campaign");
}

// A passive phrase after the attribution qualifies the words before it, also
// when its participle is a cue word ("pushed") or takes a particle before "by".
TEST(Reported, PassiveCueWordAfterAttributionQualifiesTheClaim) {
  v1::Document doc = Extract(
      "Bus fares climbed 6% in March, the transport office said, pushed up by costlier diesel.");
  ASSERT_EQ(doc.claims_size(), 1);
  EXPECT_EQ(doc.claims(0).text(), "Bus fares climbed 6% in March");
  EXPECT_EQ(doc.claims(0).speaker(), "the transport office");
}

// A relative clause on an inverted speaker ends the attribution: the words
// before the cue are the claim, the speaker keeps the body it works at, and
// the aside is no claim.
TEST(Reported, RelativeAsideAfterInvertedSpeakerEndsTheAttribution) {
  const char* const texts[] = {
      "The ferry will stop in May, said a senior officer at the port, who asked not to be named.",
      "The ferry will stop in May, said a harbour pilot, who was not allowed to speak publicly.",
  };
  for (const char* text : texts) {
    v1::Document doc = Extract(text);
    ASSERT_EQ(doc.claims_size(), 1) << text;
    EXPECT_EQ(doc.claims(0).text(), "The ferry will stop in May") << text;
    EXPECT_FALSE(doc.claims(0).source_id().empty()) << text;
  }
  v1::Document doc = Extract(texts[0]);
  EXPECT_EQ(doc.claims(0).speaker(), "senior officer at the port");
}

TEST(Reported, ParentheticalAttribution) {
  v1::Document doc = Extract("Back then, Ms. Ripert said, she found the work hard.");
  ASSERT_EQ(doc.claims_size(), 2);
  EXPECT_EQ(doc.claims(0).text(), "Back then");
  EXPECT_EQ(doc.claims(1).text(), "she found the work hard");
  EXPECT_EQ(doc.claims(1).speaker(), "Ms. Ripert");
}

TEST(Reported, InvertedCueWithAppositiveAtEnd) {
  v1::Document doc = Extract(
      "Federal mandates are a burden on schools, said Ann Wilcox, an Orlando Republican "
      "who "
      "founded two companies.");
  const v1::Claim* c = FindClaim(doc, "Federal mandates");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "ann-wilcox");
}

TEST(Reported, AgentNounSpeaks) {
  v1::Document doc =
      Extract("Democratic strategists say the party should warn voters early.");
  const v1::Claim* c = FindClaim(doc, "the party should warn");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Democratic strategists");
}

TEST(Reported, AccordingToAnyNounPhrase) {
  v1::Document doc = Extract(
      "Casino revenue dipped last month, according to the state Division of Gaming "
      "Enforcement.");
  const v1::Claim* c = FindClaim(doc, "Casino revenue dipped");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "the state Division of Gaming Enforcement");
}

TEST(Reported, ParticipleTakesTheSubject) {
  v1::Document doc = Extract(
      "Mayor Ann Holt struck a measured tone, saying she understood the burden of the "
      "office.");
  const v1::Claim* c = FindClaim(doc, "she understood the burden");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "ann-holt");
}

TEST(Reported, PronounAfterCueIsTheContentSubject) {
  v1::Document doc = Extract("Most voters said they were less likely to vote.");
  for (const v1::Claim& c : doc.claims()) EXPECT_NE(c.speaker(), "they");
}

TEST(Reported, IssuerOfAStatementSpeaks) {
  v1::Document doc = Extract(
      "On Saturday, Dan Trent issued a statement saying that the judge was remarkable.");
  const v1::Claim* c = FindClaim(doc, "the judge was remarkable");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "dan-trent");
}

TEST(Reported, DocumentsFindButPeopleDoNot) {
  v1::Document doc = Extract(
      "A study published in The Lancet found that trust in vaccines fell in most "
      "countries. "
      "He found the keys under the mat.");
  ASSERT_EQ(doc.claims_size(), 1);
  EXPECT_EQ(doc.claims(0).speaker(), "A study");  // as written, article and all
  EXPECT_EQ(doc.claims(0).cue(), "found");
}

TEST(Reported, OnlyCitedSourcesAreListed) {
  v1::Document doc = Extract(
      "President Joe Biden met Ana Cruz in Paris. Cruz said the talks went well.");
  EXPECT_NE(FindSource(doc, "ana-cruz"), nullptr);
  EXPECT_EQ(FindSource(doc, "joe-biden"), nullptr);
  EXPECT_EQ(doc.sources_size(), 1);
}

TEST(Reported, NonHumanSubjectIsNotASpeaker) {
  v1::Document doc = Extract("This move also highlighted the roles of the nations.");
  EXPECT_EQ(doc.claims_size(), 0);
}

// A final cue followed by where the words were said reports the words before it,
// not the venue; an infinitive or "at least" after the preposition is no venue.
TEST(Reported, FinalCueWithVenue) {
  v1::Document doc = Extract(
      "Tax rises had hurt families across the region, Ruiz said in a video message to the "
      "party's convention.");
  const v1::Claim* c = FindClaim(doc, "hurt families");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text(), "Tax rises had hurt families across the region");
  EXPECT_EQ(FindClaim(doc, "video message"), nullptr);
  doc = Extract("The budget is dead, Ruiz said Friday on CNN's State of the Union program.");
  c = FindClaim(doc, "budget is dead");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text(), "The budget is dead");
  doc = Extract("On Sunday, the mayor called on the council to drop the plan.");
  c = FindClaim(doc, "drop the plan");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(FindClaim(doc, "On Sunday"), nullptr);
}

// "..., the agency said, with ...": the article goes with the speaker between the
// commas, so the words before are the claim; a phrase opening with "with", "as"
// after the attribution only qualifies them and is no claim of its own.
TEST(Reported, MedialCueBeforeAQualifyingPhrase) {
  v1::Document doc =
      Extract("Prices rose sharply in May, the agency said, with food leading the increase.");
  const v1::Claim* c = FindClaim(doc, "Prices rose sharply");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text(), "Prices rose sharply in May");
  EXPECT_EQ(FindClaim(doc, "food leading"), nullptr);
  doc = Extract(
      "Roughly 8% of the carbon was recovered in the cells, the study found, with most of "
      "the rest released as carbon dioxide.");
  c = FindClaim(doc, "Roughly 8%");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(FindClaim(doc, "most of the rest"), nullptr);
}

// "conceded shortly before midnight": a time adverb and a preposition after the
// cue say when, not what.
TEST(Reported, TimeAdverbAfterCueIsNoClaim) {
  v1::Document doc = Extract("Penn conceded shortly before midnight.");
  EXPECT_EQ(doc.claims_size(), 0);
}

// "..., the ministry said late on Tuesday.": a time adverb between the cue and
// the saying's time still ends the attribution; the words before it are the
// claim, also after an opening adverbial clause ("With ... counted, ...").
TEST(Reported, TimeAdverbAfterTrailingAttribution) {
  struct Case {
    const char* text;
    const char* claim;
    const char* speaker;
  };
  for (const Case& k : {
           Case{"The pier lost 40 metres of decking, the council said late on Tuesday.",
                "The pier lost 40 metres of decking", "council"},
           Case{"Turnout reached 61% in the city, the returning officer said shortly before midnight.",
                "Turnout reached 61%", "returning officer"},
           Case{"With 88 of 95 wards declared, Alvarez led with 47.3% of the vote, the "
                "electoral board said shortly after 2 a.m.",
                "Alvarez led with 47.3% of the vote", "electoral board"},
       }) {
    SCOPED_TRACE(k.text);
    const v1::Document doc = Extract(k.text);
    const v1::Claim* c = FindClaim(doc, k.claim);
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->kind(), v1::CLAIM_KIND_INDIRECT_QUOTE);
    EXPECT_NE(c->speaker().find(k.speaker), std::string::npos);
    EXPECT_EQ(FindClaim(doc, "late on Tuesday"), nullptr);
  }
}

// "<claim>, the central bank has said, which officials say <clause>": the
// perfect-tense attribution takes the words before it, without its "has", and
// the relative clause is the claim of its own cue's speaker, not the bank's.
TEST(Reported, PerfectAttributionBeforeARelativeWithItsOwnCue) {
  const v1::Document doc = Extract(
      "Fuel duty rose by 4.2% last spring, the treasury board has said, which hauliers "
      "say pushed up delivery costs.");
  const v1::Claim* duty = FindClaim(doc, "Fuel duty rose by 4.2% last spring");
  ASSERT_NE(duty, nullptr);
  EXPECT_NE(duty->speaker().find("treasury board"), std::string::npos) << duty->speaker();
  EXPECT_EQ(duty->speaker().find("has"), std::string::npos) << duty->speaker();
  const v1::Claim* costs = FindClaim(doc, "pushed up delivery costs");
  ASSERT_NE(costs, nullptr);
  EXPECT_EQ(costs->speaker(), "hauliers");
  for (const v1::Claim& c : doc.claims()) {
    if (c.speaker().find("treasury") != std::string::npos) {
      EXPECT_EQ(c.text().find("pushed up"), std::string::npos) << c.text();
    }
  }
}

// A headline "<Body> says <clause>" is that body's claim: the body of that kind
// the article names, else an unnamed source.
TEST(Reported, HeadlineBodySays) {
  v1::Document doc = Extract(
      "Union says night closures are turning patients away\n\nThe Harbour Porters' "
      "Union said on Monday that two wards had shut overnight.");
  const v1::Claim* c = FindClaim(doc, "night closures are turning patients away");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind(), v1::CLAIM_KIND_INDIRECT_QUOTE);
  const v1::Source* s = FindSource(doc, c->source_id());
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->name(), "Harbour Porters' Union");
  doc = Extract(
      "Council says bin collections will move to fortnightly\n\nBins in Ardmore will "
      "be emptied every two weeks from May.");
  c = FindClaim(doc, "bin collections will move to fortnightly");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Council");
}

// A document named after "according to" speaks as an unnamed source: past an
// owner's "'s" to the document's capitalised name, a name no person holds, and
// the results an office keeps.
TEST(Reported, AccordingToANamedDocument) {
  struct Case {
    const char* text;
    const char* speaker;
  };
  for (const Case& k : {
           Case{"Literacy in the district stood at 91 per cent, according to the State's "
                "Annual Survey.",
                "State's Annual Survey"},
           Case{"Wage growth will slow next year, according to the bank's Financial "
                "Stability Report.",
                "Financial Stability Report"},
           Case{"The measure passed with 54.2% of the vote, according to official results.",
                "official results"},
       }) {
    SCOPED_TRACE(k.text);
    const v1::Document doc = Extract(k.text);
    ASSERT_EQ(doc.claims_size(), 1);
    const v1::Claim& c = doc.claims(0);
    EXPECT_EQ(c.kind(), v1::CLAIM_KIND_ATTRIBUTED);
    EXPECT_NE(c.speaker().find(k.speaker), std::string::npos) << c.speaker();
    const v1::Source* s = FindSource(doc, c.source_id());
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ANONYMOUS);
  }
}

// A named document whose owner before "'s" is an organisation is that
// organisation's claim, as "the ministry's figures" are the ministry's; only an
// owner that is no organisation ("the State's") leaves the document speaking.
TEST(Reported, AnOrganisationsNamedDocumentIsItsClaim) {
  struct Case {
    const char* text;
    const char* source;
  };
  for (const Case& k : {
           Case{"Food prices will keep rising, according to the IMF's World Economic "
                "Outlook.",
                "IMF"},
           Case{"Rents rose 4% last year, according to Statistics Norway's Housing Survey.",
                "Statistics Norway"},
       }) {
    SCOPED_TRACE(k.text);
    const v1::Document doc = Extract(k.text);
    ASSERT_EQ(doc.claims_size(), 1);
    const v1::Source* s = FindSource(doc, doc.claims(0).source_id());
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->name(), k.source);
    EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  }
}

// "its results" are its owner's, as "its annual budget" is: the company named
// before speaks. Results are records an office keeps only as a tally ("official
// results", "the results"), not as a test's ("blood test results"): no source.
TEST(Reported, ResultsWithAnOwnerOrOfATestAreNoOfficesRecords) {
  {
    const v1::Document doc = Extract(
        "Norvik Foods said sales were strong. Its margin widened to 9%, according to "
        "its results.");
    const v1::Claim* c = FindClaim(doc, "margin widened");
    ASSERT_NE(c, nullptr);
    const v1::Source* s = FindSource(doc, c->source_id());
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->name(), "Norvik Foods");
    EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  }
  {
    const v1::Document doc =
        Extract("The rider had taken a banned drug, according to urine test results.");
    const v1::Claim* c = FindClaim(doc, "banned drug");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(FindSource(doc, c->source_id()), nullptr) << c->source_id();
  }
}

// "declined to comment" reports a refusal to speak, up to the end of its clause;
// "declined" before a number or another verb is no speech.
TEST(Reported, RefusalToSpeak) {
  v1::Document doc = Extract("Mr. Hoff, who declined to comment, proposed similar language.");
  const v1::Claim* c = FindClaim(doc, "to comment");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text(), "to comment");
  EXPECT_EQ(c->cue(), "declined");
  for (const char* text : {"Fees from advising clients declined to $281 million in 2014.",
                           "The senator declined to run for reelection in 2010."}) {
    const v1::Document other = Extract(text);
    for (const v1::Claim& claim : other.claims()) {
      EXPECT_NE(claim.cue(), "declined") << text;
    }
  }
}

TEST(Reported, RecordsKeptByAnOfficeAreItsDocument) {
  // "according to court records": the records speak, not the "court" that keeps
  // them (was speaker "court", claim "records, the collapse ...").
  v1::Document doc = Extract(
      "According to court records, the collapse happened shortly after 10 a.m. The "
      "driver had two earlier convictions, according to police documents.");
  const v1::Claim* c = FindClaim(doc, "the collapse happened");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "court records");
  EXPECT_EQ(c->text().rfind("the collapse happened", 0), 0u);
  const v1::Claim* d = FindClaim(doc, "two earlier convictions");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker(), "police documents");
}

TEST(Reported, RequestForAnonymityIsNoClaim) {
  // "A senior diplomat, who asked not to be named, said ...": the request made a
  // claim "to be named, said Lima had ..." of its own.
  v1::Document doc = Extract(
      "A senior diplomat, who asked not to be named, said Lima had no interest in "
      "escalating. The official, who requested not to be identified, said the talks "
      "had stalled.");
  EXPECT_EQ(FindClaim(doc, "to be named"), nullptr);
  EXPECT_EQ(FindClaim(doc, "to be identified"), nullptr);
  const v1::Claim* c = FindClaim(doc, "Lima had no interest");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "A senior diplomat");
  ASSERT_NE(FindClaim(doc, "the talks had stalled"), nullptr);
}

TEST(Reported, AccordingToStopsBeforeAClauseWithItsOwnSpeaker) {
  // "..., according to X, and officials said ...": the words after the phrase
  // are the officials', not X's (the according-to claim ran to the sentence end).
  v1::Document doc = Extract(
      "About 4,000 homes lost water on Tuesday, according to the city's water "
      "department, and officials said repairs would take two days. Fundraising, "
      "according to the campaign, has surged this year.");
  const v1::Claim* c = FindClaim(doc, "About 4,000 homes lost water");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text(), "About 4,000 homes lost water on Tuesday");
  const v1::Claim* d = FindClaim(doc, "repairs would take two days");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker(), "officials");
  const v1::Claim* e = FindClaim(doc, "Fundraising");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->text().find("has surged this year"), std::string::npos) << e->text();
}

TEST(Reported, RecallThatWithdrawsIsNoSpeech) {
  // "Chile recalled its ambassador", "Ford recalled 1.2 million pickups": the
  // verb withdraws; remembering stays speech.
  v1::Document doc = Extract(
      "Chile recalled its ambassador to Peru for consultations on Wednesday. Ford "
      "recalled 1.2 million pickups over faulty brakes. Residents recalled that the "
      "river rose within an hour.");
  for (const std::string words : {"ambassador to Peru", "million pickups"}) {
    const v1::Claim* no = FindClaim(doc, words);
    EXPECT_TRUE(no == nullptr || no->kind() == v1::CLAIM_KIND_STATEMENT) << words;
  }
  const v1::Claim* c = FindClaim(doc, "the river rose");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Residents");
}

TEST(Reported, ParticipleAfterASubordinatorIsTheSubjects) {
  // "... while insisting that ...": the clause subject speaks (made no claim);
  // "while saying goodbye" reports nothing.
  v1::Document doc = Extract(
      "The mayor resigned in March while insisting that he had done nothing wrong. "
      "The senator left the hall while saying goodbye to the guests.");
  const v1::Claim* c = FindClaim(doc, "he had done nothing wrong");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind(), v1::CLAIM_KIND_INDIRECT_QUOTE);
  EXPECT_EQ(c->cue(), "insisting");
  EXPECT_NE(c->speaker().find("mayor"), std::string::npos) << c->speaker();
  const v1::Claim* d = FindClaim(doc, "goodbye to the guests");
  EXPECT_TRUE(d == nullptr || d->kind() == v1::CLAIM_KIND_STATEMENT);
}

// A relative pronoun whose clause has only a bare phrase as its object reports
// nothing; the main clause's speaker still does.
TEST(Reported, RelativeClauseWithBarePhraseIsNoClaim) {
  v1::Document doc = Extract(
      "Brantley, which reported $3.4 billion in quarterly sales last spring, said it "
      "would fight the fine. Mira Osei, an economist at Lund University who has "
      "written about rail pricing, said the fares were too high.");
  for (const v1::Claim& c : doc.claims()) {
    EXPECT_NE(c.speaker(), "which") << c.text();
    EXPECT_NE(c.speaker(), "who") << c.text();
  }
  const v1::Claim* c = FindClaim(doc, "it would fight the fine");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Brantley");
}

// "would be asked to cover": a request the subject hears, not speech; the
// speaker who said so keeps the only claim.
TEST(Reported, PassiveAskedToIsARequestHeard) {
  v1::Document doc = Extract(
      "Its head of nursing, Dr Ewan Pryce, said nurses there would be asked to work "
      "extra shifts \"only when wards are full\".");
  for (const v1::Claim& c : doc.claims()) {
    EXPECT_NE(c.cue(), "asked") << c.text();
    EXPECT_EQ(c.speaker(), "Dr Ewan Pryce") << c.text();
  }
  EXPECT_NE(FindClaim(doc, "nurses there would be asked"), nullptr);
}

// "announced X and said <bare noun> who ...": the coordinated speech verb is
// the subject's, not the noun's after it.
TEST(Reported, CoordinatedSaidBeforeABareNounClause) {
  v1::Document doc = Extract(
      "Governor Lena Ford announced a grant of $5 million and said farmers who lost "
      "their crops would receive payments within a month.");
  const v1::Claim* c = FindClaim(doc, "farmers who lost their crops would receive");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Governor Lena Ford");
  for (const v1::Claim& d : doc.claims()) EXPECT_NE(d.speaker(), "farmers") << d.text();
}

// "said in a note to clients" at the end: where it was said (a cue word after
// an article is a noun, a plural after "to" no infinitive).
TEST(Reported, FinalCueInANoteToClients) {
  v1::Document doc = Extract(
      "Ferry bookings will fall this winter, analysts at Halden Bank said in a "
      "note to investors.");
  const v1::Claim* c = FindClaim(doc, "Ferry bookings will fall this winter");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "analysts at Halden Bank");
}

// "urged both sides to compromise", "told members to reject ...", "called on
// the minister to resign": the listener is the subject of the infinitive the
// cue reports, so the claim keeps it (the content is what the speaker wants
// the listener to do); "told reporters the plan ..." still leaves the listener
// out.
TEST(Reported, ObjectControlCueKeepsTheInfinitiveSubject) {
  v1::Document doc = Extract(
      "Patient groups urged both sides to compromise. Union leaders told "
      "members to reject the pay offer. The parish council called on the minister "
      "to resign. Tenants asked the landlord in March to delay the rent rise. "
      "The harbourmaster told reporters the pier would reopen.");
  const v1::Claim* a = FindClaim(doc, "to compromise");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->text(), "both sides to compromise");
  EXPECT_EQ(a->speaker(), "Patient groups");
  const v1::Claim* b = FindClaim(doc, "to reject the pay offer");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->text(), "members to reject the pay offer");
  EXPECT_EQ(b->speaker(), "Union leaders");
  const v1::Claim* c = FindClaim(doc, "to resign");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text(), "the minister to resign");
  EXPECT_EQ(c->speaker(), "parish council");
  const v1::Claim* d = FindClaim(doc, "to delay the rent rise");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->text(), "the landlord in March to delay the rent rise");
  const v1::Claim* e = FindClaim(doc, "the pier would reopen");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->text(), "the pier would reopen");
}

// "it would ask the trial court to lift ...": after a listener cue the name is
// the listener, never a speaker standing after the cue.
TEST(Reported, ListenerAfterAnObjectCueIsNoSpeaker) {
  v1::Document doc = Extract(
      "The agency said it would ask the appeals court to pause the order within "
      "days.");
  const v1::Claim* c = FindClaim(doc, "it would ask the appeals court");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "The agency");
  for (const v1::Claim& d : doc.claims()) {
    EXPECT_EQ(d.speaker().find("appeals court"), std::string::npos) << d.text();
  }
}

// "..., the people said, speaking on condition of anonymity because ...": how
// the source spoke, not a second thing it said.
TEST(Reported, SpeakingAnonymouslyAfterTheAttributionIsNoClaim) {
  v1::Document doc = Extract(
      "The ferry operator is close to a deal, two people familiar with the talks "
      "said, speaking on condition of anonymity because the talks are private.");
  const v1::Claim* c = FindClaim(doc, "The ferry operator is close to a deal");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "two people familiar with the talks");
  EXPECT_EQ(FindClaim(doc, "speaking on condition"), nullptr);
}

// "..., one of the people said.", "..., two of the officials said.": a count
// of an unnamed group after the comma speaks.
TEST(Reported, CountOfAGroupAfterTheCommaSpeaks) {
  v1::Document doc = Extract(
      "A deal could value the terminal at about $900 million, one of the people said. "
      "The talks could collapse, two of the bankers involved said.");
  const v1::Claim* c = FindClaim(doc, "A deal could value the terminal");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "one of the people");
  const v1::Claim* d = FindClaim(doc, "The talks could collapse");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker(), "two of the bankers involved");
}

// "... rose 4.2% in Toronto on Wednesday after the report.": a place and a time
// stand between "in" and the document noun, so no document speaks.
TEST(Reported, InPlaceAfterTheReportNamesNoDocument) {
  v1::Document doc = Extract(
      "Shares of Tamarind Gold rose 4.2% in Toronto on Wednesday after the report. "
      "In the latest Harbour Times poll, the mayor leads her rival by nine points.");
  const v1::Claim* c = FindClaim(doc, "Shares of Tamarind Gold rose");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "");
  const v1::Claim* d = FindClaim(doc, "the mayor leads her rival");
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->speaker(), "");
}

// "X, whom some analysts call Y, has sold ...": what a cue inside a "whom"
// clause reports ends with the clause, like "which" and "who".
TEST(Reported, CueInsideAWhomClauseReportsUpToItsComma) {
  v1::Document doc = Extract(
      "Adaeze Okafor, whom some analysts call the sharpest negotiator in the region, "
      "has sold two mines since 2021.");
  for (const v1::Claim& c : doc.claims()) {
    if (c.speaker().empty()) continue;
    EXPECT_EQ(c.text().find("has sold two mines"), std::string::npos) << c.speaker();
  }
}

// "<claim>, <speaker> said[ time], <subordinator> ...": the clause after the
// attribution is the circumstance of the saying, not what was said.
TEST(Reported, SubordinateClauseAfterInvertedCueIsCircumstance) {
  v1::Document doc = Extract(
      "The ferry service will stay suspended until June, its operator said on Monday, "
      "after a crack was found in the hull.");
  const v1::Claim* c = FindClaim(doc, "The ferry service will stay suspended until June");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "its operator");
  EXPECT_EQ(FindClaim(doc, "a crack was found"), nullptr);
}

TEST(Reported, SubordinateClauseAfterCommaCueIsNoSecondClaim) {
  v1::Document doc = Extract(
      "Water rates will rise by a fifth next year, the utility said, while repairs to "
      "the reservoir cost more than planned.");
  const v1::Claim* c = FindClaim(doc, "Water rates will rise by a fifth next year");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(FindClaim(doc, "repairs to the reservoir"), nullptr);
  EXPECT_EQ(doc.claims_size(), 1);
}

TEST(Reported, AdverbialBeforeAttributionKeepsClauseAfterSubordinator) {
  v1::Document doc = Extract(
      "In the years before the dam, the farmer said, when the river flooded, the whole "
      "valley moved uphill.");
  const v1::Claim* c = FindClaim(doc, "the whole valley moved uphill");
  ASSERT_NE(c, nullptr);
  EXPECT_NE(c->speaker().find("farmer"), std::string::npos);
}

// "charged" reports speech only with a that-clause: "charged with fraud" and
// "had charged 40 people" are prosecutions.
TEST(Reported, ChargedWithoutThatReportsNothing) {
  v1::Document doc = Extract("Harbour Pilot Charged With Falsifying Safety Logs");
  EXPECT_EQ(doc.claims_size(), 0);
  doc = Extract("The county attorney has charged more than 40 people in the scheme.");
  const v1::Claim* c = FindClaim(doc, "more than 40 people");
  ASSERT_NE(c, nullptr);
  EXPECT_NE(c->kind(), v1::CLAIM_KIND_INDIRECT_QUOTE);
  EXPECT_EQ(c->cue(), "");
}

TEST(Reported, ChargedWithThatReports) {
  v1::Document doc = Extract("Opposition lawmakers charged that the tender rewarded allies.");
  const v1::Claim* c = FindClaim(doc, "the tender rewarded allies");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->cue(), "charged");
  EXPECT_EQ(c->speaker(), "Opposition lawmakers");
}

TEST(Reported, AFillerAdverbBetweenTheCueAndThatIsNoPartOfTheClaim) {
  // "has said repeatedly that ...": the claim opens after "that".
  v1::Document doc = Extract(
      "The mayor has said repeatedly that the depot will stay open. Union leaders "
      "warned previously that the line would lose staff.");
  const v1::Claim* a = FindClaim(doc, "the depot will stay open");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->text(), "the depot will stay open");
  const v1::Claim* b = FindClaim(doc, "the line would lose staff");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->text(), "the line would lose staff");
}

TEST(Reported, AnIndefiniteNounPhraseAfterTheSayingCommentsOnTheClaim) {
  // "<claim>, X said on Thursday, a setback for ...": the fronted clause is
  // the claim, not the comment after the attribution.
  v1::Document doc = Extract(
      "The tender drew no offers for the two ferry routes, the port authority said on "
      "Thursday, a setback for the island's transport plan. The bakery will close in "
      "June, its owners said, a blow to the village.");
  const v1::Claim* a = FindClaim(doc, "drew no offers");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->text().find("setback"), std::string::npos) << a->text();
  EXPECT_EQ(FindClaim(doc, "a setback for the island"), nullptr);
  ASSERT_NE(FindClaim(doc, "The bakery will close in June"), nullptr);
  EXPECT_EQ(FindClaim(doc, "a blow to the village"), nullptr);
}

TEST(Reported, AccordingToADocumentByItsMakerOpensTheClaimAfterTheComma) {
  v1::Document doc = Extract(
      "The Tenants Union of Ostend said rents had doubled. According to a survey by the "
      "Tenants Union of Ostend, 38 per cent of renters skip meals. According to data from "
      "the housing office, 9% of flats stand empty.");
  const v1::Claim* a = FindClaim(doc, "38 per cent of renters skip meals");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->text(), "38 per cent of renters skip meals");
  EXPECT_EQ(a->source_id(), "tenants-union-of-ostend");
  const v1::Claim* b = FindClaim(doc, "9% of flats stand empty");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->text(), "9% of flats stand empty");
}

// A fronted "When X was asked about Y," sets the scene: the question is no claim,
// and the answer after it is the subject's.
TEST(Reported, FrontedWhenAskedClauseMakesNoClaim) {
  v1::Document doc = Extract(
      "When Omar Vance, the union treasurer, was asked about the strike fund, he said "
      "that the money would last until spring.");
  for (const v1::Claim& c : doc.claims()) EXPECT_NE(c.cue(), "asked");
  const v1::Claim* c = FindClaim(doc, "the money would last");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "omar-vance");
}

// "despite warnings from residents of the isles that ...", "amid claims from
// the union that ...": a noun for something said, "from" its speakers and a
// that-clause report the clause as theirs.
TEST(Reported, ASaidThingFromSomeoneReportsItsThatClause) {
  v1::Document doc = Extract(
      "The board closed the pool in June, despite warnings from swimmers on the island "
      "that the nearest one is an hour away.");
  const v1::Claim* c = FindClaim(doc, "the nearest one is an hour away");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind(), v1::CLAIM_KIND_INDIRECT_QUOTE);
  EXPECT_EQ(c->text(), "the nearest one is an hour away");
  EXPECT_EQ(c->speaker().rfind("swimmers", 0), 0u) << c->speaker();
  EXPECT_EQ(c->cue(), "warnings");
}

// "has long warned", "have long argued": "long" between the auxiliary and the
// cue is an adverb of time like "also" or "repeatedly": the speaker is the
// subject before it, and the clause is reported.
TEST(Reported, LongBetweenAuxiliaryAndCueKeepsTheSubject) {
  struct Case {
    const char* text;
    const char* claim;
    const char* speaker;
  };
  const Case cases[] = {
      {"Hydrologists have long warned that the estuary will silt up.",
       "the estuary will silt up", "Hydrologists"},
      {"The harbour board has long argued that the quay is too short.",
       "the quay is too short", "The harbour board"},
  };
  for (const Case& k : cases) {
    SCOPED_TRACE(k.text);
    v1::Document doc = Extract(k.text);
    const v1::Claim* c = FindClaim(doc, k.claim);
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->kind(), v1::CLAIM_KIND_INDIRECT_QUOTE);
    EXPECT_EQ(c->speaker(), k.speaker);
  }
}

// "The port's harbour master, Lena Voss, did not reply.": the words before the
// name are its appositive title, not words she said; a clause before the name
// still is ("The quay is unsafe, Lena Voss, the harbour master, said.", "...,
// her deputy, Lena Voss, told The Courier.").
TEST(Reported, TitleBeforeANameSetOffByCommasIsNoClaim) {
  v1::Document doc = Extract("The port's Harbour Master, Lena Voss, did not reply.");
  for (const v1::Claim& c : doc.claims()) {
    EXPECT_NE(c.kind(), v1::CLAIM_KIND_INDIRECT_QUOTE) << c.text();
  }
  doc = Extract("The harbour master, Lena Voss, replied.");
  for (const v1::Claim& c : doc.claims()) {
    EXPECT_NE(c.kind(), v1::CLAIM_KIND_INDIRECT_QUOTE) << c.text();
  }
  for (const char* text : {"The quay is unsafe, Lena Voss, the harbour master, said.",
                           "The quay is unsafe, her deputy, Lena Voss, told The Courier."}) {
    SCOPED_TRACE(text);
    doc = Extract(text);
    const v1::Claim* c = FindClaim(doc, "The quay is unsafe");
    ASSERT_NE(c, nullptr);
    EXPECT_NE(c->speaker().find("Lena Voss"), std::string::npos);
  }
}

// Every one-word qualifier of a figure opens the claim after "said" ("nearly",
// "roughly", "some"), not a credit line; a qualifier of several words ("more
// than") is never one token.
TEST(Reported, AOneWordQualifierBeforeANumberOpensTheClaim) {
  for (const std::string qualifier : {"nearly", "roughly", "some", "almost"}) {
    SCOPED_TRACE(qualifier);
    const v1::Document doc =
        Extract("The warden said " + qualifier + " 30 pitches were flooded.");
    const v1::Claim* claim = FindClaim(doc, qualifier + " 30 pitches were flooded");
    ASSERT_NE(claim, nullptr);
    EXPECT_EQ(claim->kind(), v1::CLAIM_KIND_INDIRECT_QUOTE);
  }
}

}  // namespace
}  // namespace factwire
