// Groups and bodies that report, and attributions that interrupt or follow the
// claim (session 19): "The council's finance department estimates that ...",
// "..., which it said was ...", "A fresh lockdown, she warned, would ...".
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
  const char* words;    // words of the claim
  const char* speaker;  // its speaker as written (or its source's name)
};

TEST(ReportedGroups, AnOwnedBodyReportsWithAnyReportVerb) {
  const Case cases[] = {
      // Local paper: a council's department and a report verb other than "say".
      {"The borough's housing department estimates that 1,200 families are waiting "
       "for a home.",
       "1,200 families are waiting", "The borough's housing department"},
      // An -ing modifier names the department, it opens no clause.
      {"The county's planning department said the bypass would open in 2028.",
       "the bypass would open in 2028", "The county's planning department"},
      {"The city's licensing office warned that late bars would lose their permits.",
       "late bars would lose their permits", "The city's licensing office"},
      // The noun before the cue speaks, not a phrase after it.
      {"The planning department reported a surge in applications.",
       "a surge in applications", "The planning department"},
  };
  for (const Case& c : cases) {
    const v1::Document doc = Extract(c.text);
    EXPECT_EQ(SpeakerOf(doc, c.words), c.speaker) << c.text;
  }
  // A thing is no speaker ("The town's new budget estimates that ...").
  const v1::Document doc = Extract("The town's new budget estimates that rates will rise.");
  const v1::Claim* claim = FindClaim(doc, "rates will rise");
  if (claim != nullptr) {
    EXPECT_EQ(claim->speaker(), "");
  }
}

TEST(ReportedGroups, ASubjectBeforeAnInterruptingAttributionOpensTheClaim) {
  // Health desk: the pronoun's antecedent in the sentence before speaks.
  v1::Document doc = Extract(
      "Health Minister Ana Ruiz spoke to reporters on Monday. A fresh lockdown, she "
      "warned, would ruin small businesses.");
  const v1::Claim* claim = FindClaim(doc, "A fresh lockdown would ruin small businesses");
  ASSERT_NE(claim, nullptr);
  EXPECT_EQ(claim->speaker(), "she");
  EXPECT_EQ(SourceNameOf(doc, "would ruin small businesses"), "Ana Ruiz");
  // The words before the attribution make no claim of their own.
  int claims = 0;
  for (const v1::Claim& c : doc.claims()) claims += c.text().find("lockdown") != std::string::npos;
  EXPECT_EQ(claims, 1);
  // A body as the speaker, a noun phrase with a modifier as the subject.
  doc = Extract("Higher fares, the operator said, had cut passenger numbers by a tenth.");
  EXPECT_NE(FindClaim(doc, "Higher fares had cut passenger numbers by a tenth"), nullptr);
  // So does an inverted attribution with a listener cue.
  doc = Extract("A fresh lockdown, warned the health minister, would ruin small firms.");
  EXPECT_NE(FindClaim(doc, "A fresh lockdown would ruin small firms"), nullptr);
  // When and to whom it was said close the attribution too.
  doc = Extract("The depot, the company said on Monday, will close in June.");
  EXPECT_NE(FindClaim(doc, "The depot will close in June"), nullptr);
  doc = Extract("Such a move, he told reporters, would break the treaty.");
  EXPECT_NE(FindClaim(doc, "Such a move would break the treaty"), nullptr);
  // An adverbial before the attribution stays apart from a clause with its own
  // subject ("Back then, she said, she found ...").
  doc = Extract("Back then, Ms. Ripert said, she found the work hard.");
  EXPECT_NE(FindClaim(doc, "she found the work hard"), nullptr);
  EXPECT_EQ(FindClaim(doc, "Back then she found"), nullptr);
}

TEST(ReportedGroups, ItInARelativeClauseIsTheBodyNamedBeforeIt) {
  const Case cases[] = {
      // Utility story: the company opening the sentence.
      {"Tolland Water raised its charges by 9%, which it said was needed to fund new "
       "pipes.",
       "was needed to fund new pipes", "Tolland Water"},
      // The nearest body, not an organisation named in the sentence before.
      {"The survey was designed at Harwick University. A spokeswoman for the board said "
       "that the agency stood by its methods, which it said had been checked twice.",
       "had been checked twice", "agency"},
      // A definite body with no name.
      {"The airline cut 40 routes, which it said had been losing money for years.",
       "had been losing money for years", "airline"},
      // The subject of the clause before "which", not its object.
      {"Tolland Water bought Acme Pumps Ltd last year, which it said would cut costs.",
       "would cut costs", "Tolland Water"},
      {"Harbour Foods Ltd fined Sunfield Dairies Inc twice, which it said was fair.",
       "was fair", "Harbour Foods Ltd"},
      {"The regulator also fined Acme Pumps Ltd, which it said was a first.", "was a first",
       "regulator"},
      {"Tolland Water, the regional utility, bought Acme Pumps Ltd last year, which it said "
       "would cut costs.",
       "would cut costs", "Tolland Water"},
  };
  for (const Case& c : cases) {
    const v1::Document doc = Extract(c.text);
    const v1::Claim* said = nullptr;  // the claim "it" is the speaker of
    for (const v1::Claim& claim : doc.claims()) {
      if (claim.speaker() == "it") said = &claim;
    }
    ASSERT_NE(said, nullptr) << c.text;
    EXPECT_EQ(said->text(), c.words) << c.text;
    std::string source;
    for (const v1::Source& s : doc.sources()) {
      if (s.source_id() == said->source_id()) source = s.name();
    }
    EXPECT_EQ(source, c.speaker) << c.text;
  }
  // No organisation or body named: the sentence stays a statement, not a
  // fragment with no source.
  const v1::Document doc = Extract("Complaints rose 40% last year, which it said was a record.");
  for (const v1::Claim& claim : doc.claims()) EXPECT_NE(claim.text(), "was a record");
}

TEST(ReportedGroups, APluralOwnerBelongsToTheGroupThatSpeaks) {
  const Case cases[] = {
      // Sports business: supporters' groups as the subject.
      {"Supporters' groups said season tickets were rising faster than wages.",
       "season tickets were rising faster than wages", "Supporters' groups"},
      // Farming: an article, a plural owner and a body.
      {"The growers' union said the frost had cut yields by a third.",
       "the frost had cut yields by a third", "growers' union"},
      // After a fronted claim.
      {"Fares will rise again in May, passengers' groups said on Monday.",
       "Fares will rise again in May", "passengers' groups"},
  };
  for (const Case& c : cases) {
    const v1::Document doc = Extract(c.text);
    EXPECT_EQ(SpeakerOf(doc, c.words), c.speaker) << c.text;
  }
}

TEST(ReportedGroups, AComplaintReportsTheClauseItOpens) {
  const Case cases[] = {
      {"Buyers complained that prices had doubled since March.",
       "prices had doubled since March", "Buyers"},
      {"Parents complained the school had cut its bus service.",
       "the school had cut its bus service", "Parents"},
      {"Stallholders complained to the council that the new fees were too high.",
       "the new fees were too high", "Stallholders"},
  };
  for (const Case& c : cases) {
    const v1::Document doc = Extract(c.text);
    EXPECT_EQ(SpeakerOf(doc, c.words), c.speaker) << c.text;
  }
  // What was complained of is no claim.
  for (const char* text : {"She complained of chest pains after the match.",
                           "Residents complained bitterly about the noise, and left."}) {
    const v1::Document doc = Extract(text);
    for (const v1::Claim& claim : doc.claims()) EXPECT_EQ(claim.speaker(), "") << text;
  }
}

TEST(ReportedGroups, ADefiniteBodyThatExpectsReportsItsView) {
  const Case cases[] = {
      {"The forecaster expects more rain to fall over the weekend.",
       "more rain to fall over the weekend", "The forecaster"},
      {"The regulator expects household bills to rise by 8% in April.",
       "household bills to rise by 8% in April", "The regulator"},
      // Things named like doers, whose change is forecast.
      {"The company expects orders to rise in the spring.", "orders to rise in the spring",
       "The company"},
      // A noun for people that only modifies the forecast thing.
      {"The company expects staff costs to rise next year.", "staff costs to rise next year",
       "The company"},
  };
  for (const Case& c : cases) {
    const v1::Document doc = Extract(c.text);
    EXPECT_EQ(SpeakerOf(doc, c.words), c.speaker) << c.text;
  }
  // People who expect something make no report of it; a plan is no view; nor
  // is what a body requires of people or what anyone asks of the reader.
  for (const char* text : {"Many commuters expect the trains to run late this winter.",
                           "The regulator expects to publish its review in May.",
                           "The airline expects passengers to arrive three hours early.",
                           "The school expects its pupils to wear a blazer.",
                           "The council expects you to sort your rubbish.",
                           "The company expects customers to report leaks online.",
                           "Tolland Water expects customers to report leaks online.",
                           "Tolland Water raised its charges. The company expects "
                           "customers to report leaks online.",
                           "Experts expect you to wash your hands.",
                           // Quantified people, and the people a body serves.
                           "The ministry expects all travellers to carry a mask.",
                           "The agency expects every driver to carry a licence.",
                           "The club expects fans to behave at away games.",
                           "The firm expects staff to return to the office on Monday.",
                           "The council expects all its tenants to pay on time."}) {
    const v1::Document doc = Extract(text);
    for (const v1::Claim& claim : doc.claims()) EXPECT_EQ(claim.speaker(), "") << text;
  }
}

// What a body expects people to do is its forecast unless the act is a duty a
// rule would ask of them ("to carry", "to report"): the requirement sense is the
// verb's, not the people's.
TEST(ReportedGroups, ABodyExpectingPeopleToActOtherThanByADutyForecasts) {
  const Case cases[] = {
      {"The IMF expects borrowers to struggle with repayments next year.",
       "borrowers to struggle with repayments next year", "IMF"},
      {"The World Bank expects exporters to gain from the deal.",
       "exporters to gain from the deal", "World Bank"},
      {"The IMF expects lenders to tighten credit.", "lenders to tighten credit", "IMF"},
      {"The OECD expects employers to hire fewer workers.", "employers to hire fewer workers",
       "OECD"},
      {"The company expects customers to spend less this year.",
       "customers to spend less this year", "The company"},
      {"The ministry expects farmers to plant more maize after the rains.",
       "farmers to plant more maize after the rains", "The ministry"},
      {"The ministry expects farmers to produce a record crop.",
       "farmers to produce a record crop", "The ministry"},
  };
  for (const Case& c : cases) {
    const v1::Document doc = Extract(c.text);
    EXPECT_EQ(SpeakerOf(doc, c.words), c.speaker) << c.text;
  }
  // A duty asked of them stays no view, named body or not.
  for (const char* text : {"The IMF expects its staff to declare their gifts.",
                           "Harbour Air expects passengers to arrive two hours early.",
                           "The league expects all players to comply with the rules."}) {
    const v1::Document doc = Extract(text);
    for (const v1::Claim& claim : doc.claims()) EXPECT_EQ(claim.speaker(), "") << text;
  }
}

TEST(ReportedGroups, ForecastersThatExpectReportTheirView) {
  const Case cases[] = {
      {"Economists expect the central bank to hold rates in June.",
       "the central bank to hold rates in June", "Economists"},
      {"Most analysts now expect copper prices to fall.", "copper prices to fall",
       "Most analysts"},
      {"The bank's economists expect inflation to peak in the spring.",
       "inflation to peak in the spring", "The bank's economists"},
      // Forecasters' view of what people will do is still a forecast.
      {"Economists expect shoppers to cut back after Christmas.",
       "shoppers to cut back after Christmas", "Economists"},
  };
  for (const Case& c : cases) {
    const v1::Document doc = Extract(c.text);
    EXPECT_EQ(SpeakerOf(doc, c.words), c.speaker) << c.text;
  }
}

TEST(ReportedGroups, ItOpeningASentenceIsTheOrganisationOpeningTheOneBefore) {
  const Case cases[] = {
      // Mining: another company named later in the sentence before.
      {"Kestrel Mining expects a loss after the utility Zesco Ltd cut its power. It said "
       "demand for copper was weak.",
       "demand for copper was weak", "Kestrel Mining"},
      {"Harbour Foods Ltd blamed Sunfield Dairies Inc for the delay. It added that the "
       "supplier had missed three deliveries.",
       "the supplier had missed three deliveries", "Harbour Foods Ltd"},
      // An owner's name opens no subject: the organisation after it is.
      {"Harbour Foods Ltd's supplier, Sunfield Dairies Inc, missed a delivery. It said the "
       "roads were closed.",
       "the roads were closed", "Sunfield Dairies Inc"},
      // An appositive or a time between the subject and its verb.
      {"Kestrel Mining, the copper producer, expects a loss after Zesco Ltd cut its power. "
       "It said demand was weak.",
       "demand was weak", "Kestrel Mining"},
      {"Harbour Foods Ltd on Monday blamed Sunfield Dairies Inc for the delay. It said the "
       "roads were closed.",
       "the roads were closed", "Harbour Foods Ltd"},
      // A name that only modifies the subject is not the subject.
      {"Glencore Plc shares fell after Kestrel Mining cut output. It said demand was weak.",
       "demand was weak", "Kestrel Mining"},
      // ... nor with a time between that subject and its verb.
      {"Glencore Plc shares yesterday fell 3% after Kestrel Mining cut output. It said "
       "demand was weak.",
       "demand was weak", "Kestrel Mining"},
      {"Glencore Plc profits last year fell after Kestrel Mining cut supply. It said demand "
       "was weak.",
       "demand was weak", "Kestrel Mining"},
      {"Harbour Foods Ltd sales on Friday slumped after Sunfield Dairies Inc closed a plant. "
       "It said the roads were closed.",
       "the roads were closed", "Sunfield Dairies Inc"},
      // A preposition opening the time still leaves the name the subject.
      {"Harbour Foods Ltd last week blamed Sunfield Dairies Inc for the delay. It said the "
       "roads were closed.",
       "the roads were closed", "Harbour Foods Ltd"},
  };
  for (const Case& c : cases) {
    const v1::Document doc = Extract(c.text);
    EXPECT_EQ(SourceNameOf(doc, c.words), c.speaker) << c.text;
  }
}

TEST(ReportedGroups, AGroupOpeningTheSentenceAndPlacedByAPrepositionSpeaks) {
  const Case cases[] = {
      // Three words: the group, its preposition and one place word.
      {"Herders in Laikipia say the short rains came three weeks late.",
       "the short rains came three weeks late", "Herders in Laikipia"},
      // An agent noun capitalised only because it opens the sentence.
      {"Buyers at the Rumuruti market complained that the animals were thin.",
       "the animals were thin", "Buyers at the Rumuruti market"},
      {"Growers on the hillside complained that the road was shut.", "the road was shut",
       "Growers on the hillside"},
  };
  for (const Case& c : cases) {
    const v1::Document doc = Extract(c.text);
    EXPECT_EQ(SpeakerOf(doc, c.words), c.speaker) << c.text;
  }
  // Things a body issued, not a group of people: the body speaks for them.
  // Nor are things named with an agent's ending, wherever they are.
  for (const char* text : {"Orders from the ministry say the schools must close.",
                           "Numbers from the ministry show that deaths rose.",
                           "But numbers from the ministry show that deaths rose.",
                           "Numbers in the report show that deaths rose.",
                           "But numbers in the report show that deaths rose.",
                           "Centers in the region report that cases rose.",
                           "Letters on the desk show that the deal was signed."}) {
    const v1::Document doc = Extract(text);
    for (const v1::Claim& claim : doc.claims()) {
      EXPECT_TRUE(claim.speaker().rfind("Orders", 0) != 0 &&
                  claim.speaker().rfind("Numbers", 0) != 0 &&
                  claim.speaker().rfind("numbers", 0) != 0 &&
                  claim.speaker().rfind("Centers", 0) != 0 &&
                  claim.speaker().rfind("Letters", 0) != 0)
          << text << " -> " << claim.speaker();
    }
  }
}

TEST(ReportedGroups, WhereItWasSaidEndsAtThat) {
  // The venue with an owner or article and up to four words is not the claim.
  for (const char* text :
       {"The forecaster said in its monthly outlook that temperatures would stay high.",
        "The councillor said at a packed meeting last week that the depot would close.",
        "He wrote in his resignation letter that the board had failed."}) {
    const v1::Document doc = Extract(text);
    ASSERT_GT(doc.claims_size(), 0) << text;
    const std::string& words = doc.claims(0).text();
    EXPECT_TRUE(words.rfind("temperatures", 0) == 0 || words.rfind("the depot", 0) == 0 ||
                words.rfind("the board", 0) == 0)
        << words;
  }
  // A "that" a verb follows is a relative pronoun; a phrasal cue's object stays.
  v1::Document doc = Extract(
      "The ministry said in the report that was published on Monday that the lists grew.");
  EXPECT_EQ(FindClaim(doc, "was published on Monday"), &doc.claims(0));
  doc = Extract("The union pushed back on the claim that wages had risen.");
  for (const v1::Claim& claim : doc.claims()) EXPECT_NE(claim.text(), "wages had risen");
}

TEST(ReportedGroups, AThatClauseOfAContentNounIsNoVenuesClaim) {
  // Court and politics desks: "on the claim that ..." is what was ruled or
  // written about, not where; the clause is the noun's, no one's claim.
  const Case cases[] = {
      {"The judge ruled on the claim that the firm had lied.", "the firm had lied", ""},
      {"The minister wrote on the false claim that the vote was rigged.",
       "the vote was rigged", ""},
      {"The panel commented on the allegation that the tender was rigged.",
       "the tender was rigged", ""},
      {"The mayor spoke about the old idea that the river could be moved.",
       "the river could be moved", ""},
  };
  for (const Case& c : cases) {
    const v1::Document doc = Extract(c.text);
    for (const v1::Claim& claim : doc.claims()) EXPECT_NE(claim.text(), c.words) << c.text;
  }
  // A document or a message the speaker issued is still where it was said.
  const v1::Document doc =
      Extract("The agency said in its latest warning that the river would flood.");
  EXPECT_EQ(SpeakerOf(doc, "the river would flood"), "The agency");
}

TEST(ReportedGroups, ABodysOwnFiguresSpeakForTheBody) {
  const Case cases[] = {
      {"The ministry's own figures show that waiting lists grew by 12% last year.",
       "waiting lists grew by 12% last year", "ministry"},
      {"The regulator's latest figures show that complaints doubled.", "complaints doubled",
       "regulator"},
      // A document's people are no body owning it.
      {"The report's authors found that rents rose.", "rents rose", "report's authors"},
  };
  for (const Case& c : cases) {
    const v1::Document doc = Extract(c.text);
    EXPECT_EQ(SourceNameOf(doc, c.words), c.speaker) << c.text;
  }
}

TEST(ReportedGroups, APassiveParticipleBetweenCommasIsNoInvertedAttribution) {
  // Business and politics desks: "told by", "reported out of", "announced by"
  // and "said to be" after the noun make a passive aside; its agent says
  // nothing the sentence goes on to state.
  const char* const texts[] = {
      "The firm, told by regulators to cut prices, will appeal the ruling.",
      "The bill, reported out of committee on Monday, would raise taxes.",
      "The plan, announced by the minister last week, would cost 300 jobs.",
      "The dairy, warned by inspectors in March, has closed its second plant.",
      "The club, said to be close to a sale, will play its last match on Friday.",
  };
  for (const char* text : texts) {
    const v1::Document doc = Extract(text);
    for (const v1::Claim& claim : doc.claims()) {
      EXPECT_EQ(claim.speaker(), "") << text << " -> " << claim.text();
    }
  }
  // An inverted attribution between commas still speaks.
  const Case cases[] = {
      {"A fresh lockdown, warned the health minister, would ruin small firms.",
       "A fresh lockdown would ruin small firms", "health minister"},
      {"The new tax, said Ana Ruiz, would cost 300 jobs.", "The new tax would cost 300 jobs",
       "Ana Ruiz"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(SpeakerOf(Extract(c.text), c.words), c.speaker) << c.text;
  }
}

TEST(ReportedGroups, AnAccountOrAPlaceBeforeThatIsWhereItWasSaid) {
  // Court and politics desks: "in his evidence", "on the news", "in its
  // assurance" say where; "in" never opens a topic ("said in its claim that").
  const Case cases[] = {
      {"The spokesman said in his evidence that the firm had acted lawfully.",
       "the firm had acted lawfully", "The spokesman"},
      {"Police said on the evidence that the driver was speeding.", "the driver was speeding",
       "Police"},
      {"The minister said on the news that the strike was over.", "the strike was over",
       "The minister"},
      {"The regulator said in its assurance that bills would not rise.",
       "bills would not rise", "The regulator"},
      {"The builder said in its claim that the council owed it money.",
       "the council owed it money", "The builder"},
      {"The nurse told the inquiry in her testimony that the ward was understaffed.",
       "the ward was understaffed", "The nurse"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(SpeakerOf(Extract(c.text), c.words), c.speaker) << c.text;
  }
  // What a verb answers after "on" is still no one's claim.
  const v1::Document doc = Extract("The court ruled on the claim that the mayor had lied.");
  for (const v1::Claim& claim : doc.claims()) EXPECT_NE(claim.text(), "the mayor had lied");
}

TEST(ReportedGroups, AGroupAroundAPlaceSpeaksNotThePlace) {
  // Farm desk: "around" places a group like "near" and "in" do; the place's
  // name after it is no person. ("along" is not one: "Teachers along with
  // parents say ..." names two groups.)
  const Case cases[] = {
      {"Small growers around Kairouan say the price they get has not kept pace.",
       "the price they get has not kept pace", "Small growers around Kairouan"},
      {"Residents around Lake Ohrid say the water is cleaner than last year.",
       "the water is cleaner than last year", "Residents around Lake Ohrid"},
  };
  for (const Case& c : cases) {
    const v1::Document doc = Extract(c.text);
    EXPECT_EQ(SpeakerOf(doc, c.words), c.speaker) << c.text;
  }
  const v1::Document doc = Extract("Teachers along with parents say class sizes grew to 35.");
  EXPECT_NE(SpeakerOf(doc, "class sizes grew to 35"), "Teachers along");
}

// "The operator expects between 45,000 and 55,000 trips a day": a body's
// expectation of an amount is its forecast; a year after the verb is no
// amount ("expects a slowdown in 2027" stays no claim).
TEST(ReportedGroups, ABodyThatExpectsAnAmountForecastsIt) {
  const Case cases[] = {
      {"The ferry operator expects between 8,000 and 9,000 crossings over the holiday.",
       "between 8,000 and 9,000 crossings", "The ferry operator"},
      {"The brewer expects sales of $40 million from the new lager.",
       "sales of $40 million", "The brewer"},
  };
  for (const Case& c : cases) {
    const v1::Document doc = Extract(c.text);
    EXPECT_EQ(SpeakerOf(doc, c.words), c.speaker) << c.text;
  }
  const v1::Document doc = Extract("The airline expects a slowdown in 2027.");
  for (const v1::Claim& claim : doc.claims()) EXPECT_EQ(claim.speaker(), "");
}

// "The ruling party said ...": a participle right before the speaking noun is
// its adjective, and the phrase speaks.
TEST(ReportedGroups, AParticipleBeforeTheSpeakingNounIsItsAdjective) {
  const Case cases[] = {
      {"The ruling party said the recount had been fair.", "the recount had been fair",
       "The ruling party"},
      {"The ruling coalition said on Monday that fuel duty would not rise.",
       "fuel duty would not rise", "The ruling coalition"},
  };
  for (const Case& c : cases) {
    const v1::Document doc = Extract(c.text);
    EXPECT_EQ(SpeakerOf(doc, c.words), c.speaker) << c.text;
  }
}

}  // namespace
}  // namespace factwire
