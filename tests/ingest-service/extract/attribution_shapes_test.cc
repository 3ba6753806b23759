// Attribution shapes across sentences and paragraphs: quotes running over
// paragraphs, transcripts, titles of works after a verb.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;
using ::factwire::testing_extract::kClose;
using ::factwire::testing_extract::kOpen;

TEST(AttributionShapes, QuoteOverParagraphsTakesTheClosingAttribution) {
  v1::Document doc = Extract(
      kOpen + "We will not fail," + kClose + " Finance Minister Laura Voss said.\n\n" +
      kOpen + "The first part of the plan starts in spring and covers every town.\n\n" +
      kOpen + "The second part follows in the autumn," + kClose +
      " said Omar Haddad, the planning director.");
  const v1::Claim* first = FindClaim(doc, "first part of the plan");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->source_id(), "omar-haddad");
  const v1::Claim* own = FindClaim(doc, "We will not fail");
  ASSERT_NE(own, nullptr);
  EXPECT_EQ(own->source_id(), "laura-voss");
}

TEST(AttributionShapes, AttributedParagraphKeepsItsOwnSpeaker) {
  v1::Document doc = Extract(
      kOpen + "The first part of the plan starts in spring," + kClose +
      " Laura Voss said. " + kOpen + "It covers every town.\n\n" + kOpen +
      "The second part follows in the autumn," + kClose + " said Omar Haddad.");
  const v1::Claim* first = FindClaim(doc, "It covers every town");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->source_id(), "laura-voss");
}

TEST(AttributionShapes, TranscriptLabelsInCapitalsResolveToPeople) {
  v1::Document doc = Extract(
      "Donald Trump and Bernie Sanders met on stage in Iowa on Monday.\n\n"
      "TRUMP: We will build the wall and Mexico will pay.\n\n"
      "SANDERS: The economy is rigged against working families.\n\n"
      "We then went home, and he said it was a good night.");
  const v1::Claim* wall = FindClaim(doc, "build the wall");
  ASSERT_NE(wall, nullptr);
  EXPECT_EQ(wall->source_id(), "donald-trump");
  const v1::Claim* economy = FindClaim(doc, "economy is rigged");
  ASSERT_NE(economy, nullptr);
  EXPECT_EQ(economy->source_id(), "bernie-sanders");
  for (const v1::Source& s : doc.sources()) EXPECT_NE(s.name(), "We");
}

TEST(AttributionShapes, TitlesOfWorksAreNoQuotes) {
  v1::Document doc = Extract(
      "She sings " + kOpen + "Hallelujah" + kClose + " every Sunday at the church. "
      "They watched " + kOpen + "The Godfather" + kClose + " twice. The mayor read " +
      kOpen + "Green Eggs and Ham" + kClose + " to the class.");
  EXPECT_EQ(doc.claims_size(), 0);
}

TEST(AttributionShapes, ShortQuotesThatAreSpeechStay) {
  v1::Document doc = Extract(
      "He called the decision " + kOpen + "a betrayal of voters." + kClose + " " +
      kOpen + "Never," + kClose + " she said.");
  EXPECT_NE(FindClaim(doc, "a betrayal of voters"), nullptr);
  EXPECT_NE(FindClaim(doc, "Never"), nullptr);
}

TEST(AttributionShapes, StandaloneQuoteTakesThePersonNamedJustBefore) {
  v1::Document doc = Extract(
      "What the plan means is unclear, since Governor Ella Price spoke only in "
      "general terms during the interview.\n\n" +
      kOpen + "We have to be a lot tougher with the banks." + kClose + "\n\n" +
      "Critics were not " + kOpen + "impressed at all." + kClose);
  const v1::Claim* c = FindClaim(doc, "a lot tougher");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "ella-price");
  const v1::Claim* phrase = FindClaim(doc, "impressed at all");
  if (phrase != nullptr) {
    EXPECT_NE(phrase->source_id(), "ella-price");
  }
}

TEST(AttributionShapes, StandaloneQuotePrefersThePersonOpeningASentence) {
  v1::Document doc = Extract(
      "Nina Cortez also spoke about Whole Health v. Marcus Bell, the case before the "
      "court.\n\n" +
      kOpen + "This is the law of the land and it protects every family." + kClose);
  const v1::Claim* c = FindClaim(doc, "law of the land");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "nina-cortez");
}

TEST(AttributionShapes, PronounSkipsTwoWordPlaceAfterIn) {
  v1::Document doc = Extract(
      "Governor Ray Cole spoke at a rally in San Marcos on Friday. He said the "
      "budget was balanced.");
  const v1::Claim* c = FindClaim(doc, "budget was balanced");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "ray-cole");
}

TEST(AttributionShapes, AsXSaidAfterAQuote) {
  v1::Document doc = Extract(
      "The fact that the race " + kOpen + "is a dead heat right now," + kClose +
      " as Senator Ray Cole said on Monday, raises the stakes.");
  const v1::Claim* c = FindClaim(doc, "dead heat");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "ray-cole");
}

TEST(AttributionShapes, VerbAfterSpeakerThenAnotherClause) {
  v1::Document doc = Extract("Mayor Dana Ruiz spoke first. " + kOpen +
                             "Go back to your seats," + kClose +
                             " Ruiz barked and a guard closed the door.");
  const v1::Claim* c = FindClaim(doc, "Go back to your seats");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Ruiz");
  EXPECT_EQ(c->source_id(), "dana-ruiz");
}

TEST(AttributionShapes, DashNeedsTheNameRightAfterIt) {
  v1::Document doc = Extract(
      "Parents are being urged to check their children's records. " + kOpen +
      "If in doubt, get vaccinated" + kClose +
      " \xE2\x80\x94 that was the message from doctors on Monday.");
  const v1::Claim* c = FindClaim(doc, "If in doubt");
  ASSERT_NE(c, nullptr);
  EXPECT_NE(c->speaker(), "message");
  EXPECT_EQ(FindClaim(doc, "check their children"), nullptr);
}

TEST(AttributionShapes, CallThatIsNotSpeech) {
  v1::Document doc = Extract(
      "She called her mother on Sunday after the storm knocked out the power. Police "
      "called off the search for the missing hikers on Monday night. The money went "
      "to a consulting firm called Harbor Analytics, which built the voter lists.");
  for (const v1::Claim& c : doc.claims()) {
    EXPECT_EQ(c.kind(), v1::CLAIM_KIND_STATEMENT) << c.text();
  }
}

TEST(AttributionShapes, CallThatIsSpeech) {
  v1::Document doc = Extract(
      "Officials called the plan reckless and expensive. Senator Ann Cole called for "
      "an independent review of the contract. Cole called herself a reluctant critic "
      "of the deal.");
  EXPECT_NE(FindClaim(doc, "the plan reckless"), nullptr);
  EXPECT_NE(FindClaim(doc, "an independent review"), nullptr);
  EXPECT_NE(FindClaim(doc, "a reluctant critic"), nullptr);
}

// "said in a statement to the Associated Press that ...", "told his counterpart,
// Alfonso Ugarte, that ...": the listener's name is where or to whom it was said,
// not what (claims started at "Associated Press that" and "Peruvian counterpart").
TEST(AttributionShapes, ListenerNameIsNotWhatWasSaid) {
  v1::Document doc = Extract(
      "The owner said in a statement to the Associated Press that its vessel had fished "
      "there for years. Valdes told his Peruvian counterpart, Alfonso Ugarte, that the "
      "boat had stayed on the Chilean side. The mayor said in an interview with CNN "
      "she would run again.");
  const v1::Claim* c = FindClaim(doc, "its vessel had fished");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text(), "its vessel had fished there for years");
  const v1::Claim* d = FindClaim(doc, "the boat had stayed");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->text(), "the boat had stayed on the Chilean side");
  const v1::Claim* e = FindClaim(doc, "would run again");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->text(), "she would run again");
}

// "told BBC reporters the plan would fail": the listeners a name modifies are no
// part of what was said (the claim began "reporters the plan ...").
TEST(AttributionShapes, ListenersAfterTheirOrganisationAreNotSaid) {
  v1::Document doc = Extract(
      "She told BBC reporters the plan would fail. The employee told FBI agents that "
      "he had deleted the files.");
  const v1::Claim* c = FindClaim(doc, "the plan would fail");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text(), "the plan would fail");
  const v1::Claim* d = FindClaim(doc, "he had deleted the files");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->text(), "he had deleted the files");
}

// "said in an MSNBC interview he would ...", "said in a statement Thursday night
// they ...": a name or a day inside where it was said is no part of what (claims
// began "MSNBC interview he ..." and "Thursday night they ...").
TEST(AttributionShapes, NameOrDayInTheVenueIsNotSaid) {
  v1::Document doc = Extract(
      "Sanders said in an MSNBC interview he would stay in the race. The group said in a "
      "statement Thursday night they had pulled the listing. Obama said in a speech "
      "Trump was unfit.");
  const v1::Claim* c = FindClaim(doc, "would stay in the race");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text(), "he would stay in the race");
  const v1::Claim* d = FindClaim(doc, "pulled the listing");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->text(), "they had pulled the listing");
  const v1::Claim* e = FindClaim(doc, "was unfit");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->text(), "Trump was unfit");
}

// "Then she turned on Tom Berger, calling him ...": a he/she opening the clause
// before any name is its subject; the name after the verb is who was spoken
// about (the quote was credited to Tom Berger).
TEST(AttributionShapes, PronounOpeningTheClauseSpeaksNotTheNameAfterIt) {
  v1::Document doc = Extract(
      "Governor Ana Ruiz toured the flooded valley on Monday. Then she turned on Tom "
      "Berger, calling him a " + kOpen + "coward" + kClose + " who had " + kOpen +
      "abandoned the valley." + kClose + " Then he thanked Rosa Kim, the relief "
      "coordinator, saying " + kOpen + "she kept the shelters open all night." + kClose);
  const v1::Claim* coward = FindClaim(doc, "coward");
  ASSERT_NE(coward, nullptr);
  EXPECT_EQ(coward->speaker(), "she");
  EXPECT_EQ(coward->source_id(), "ana-ruiz");
  const v1::Claim* shelters = FindClaim(doc, "kept the shelters open");
  ASSERT_NE(shelters, nullptr);
  EXPECT_EQ(shelters->speaker(), "he");
}

// "When Paul Okafor announced his campaign, he described ... as “tired”": a cue in
// a clause that a comma and a new subject close is not the quote's (the claim
// began "his campaign in March, he described ..." under the cue "announced").
TEST(AttributionShapes, CueInAnEarlierClauseDoesNotReachPastANewSubject) {
  v1::Document doc = Extract(
      "When Paul Okafor announced his campaign in March, he described the incumbent as " +
      kOpen + "tired" + kClose + " and " + kOpen + "out of touch." + kClose +
      "\n\nEver since Lena Fisk announced her bid last year, she has told voters the "
      "same thing at every stop: " + kOpen + "This race is about you, not me." + kClose);
  const v1::Claim* tired = FindClaim(doc, "tired");
  ASSERT_NE(tired, nullptr);
  EXPECT_EQ(tired->text().find("campaign"), std::string::npos) << tired->text();
  EXPECT_EQ(tired->speaker(), "he");
  EXPECT_EQ(tired->source_id(), "paul-okafor");
  const v1::Claim* race = FindClaim(doc, "This race is about you");
  ASSERT_NE(race, nullptr);
  EXPECT_EQ(race->text().find("her bid"), std::string::npos) << race->text();
  EXPECT_EQ(race->speaker(), "she");
  EXPECT_EQ(race->source_id(), "lena-fisk");
}

// "“…,” Tester said. “Very good.”": a short quoted sentence right after an
// attributed quote's attribution goes on in the same voice (quotes under three
// words were dropped as phrases).
TEST(AttributionShapes, ShortQuotedSentenceAfterAnAttributionGoesOn) {
  v1::Document doc = Extract(
      kOpen + "The water came through the door in minutes," + kClose +
      " said Hana Sato, who runs the bakery. " + kOpen + "Minutes." + kClose +
      "\n\n" + kOpen + "We will reopen by Friday," + kClose + " her brother Kenji said. " +
      kOpen + "Hopefully." + kClose + " Then he went back to the ovens.");
  const v1::Claim* minutes = FindClaim(doc, "Minutes.");
  ASSERT_NE(minutes, nullptr);
  EXPECT_EQ(minutes->source_id(), "hana-sato");
  const v1::Claim* reopen = FindClaim(doc, "reopen by Friday");
  ASSERT_NE(reopen, nullptr);
  ASSERT_FALSE(reopen->source_id().empty());
  const v1::Claim* hopefully = FindClaim(doc, "Hopefully");
  ASSERT_NE(hopefully, nullptr);
  EXPECT_EQ(hopefully->source_id(), reopen->source_id());
}

// "LONDON (Reuters) - After meeting Keir Starmer, union leader Sharon Graham
// issued a statement, saying “…”": the opening clause after a dateline is not
// the subject's (the quote was credited to the prime minister).
TEST(AttributionShapes, OpeningClauseAfterADatelineIsSkipped) {
  v1::Document doc = Extract(
      "LONDON (Reuters) - After meeting Prime Minister Keir Starmer on Monday, union "
      "leader Sharon Graham issued a statement, saying " + kOpen + "the talks went nowhere." +
      kClose);
  const v1::Claim* talks = FindClaim(doc, "the talks went nowhere");
  ASSERT_NE(talks, nullptr);
  EXPECT_EQ(talks->source_id(), "sharon-graham");
}

// "The union leader Sharon Graham issued a statement, saying “…”": the person
// named after the opening title speaks (the quote was credited to an unnamed
// "union leader").
TEST(AttributionShapes, NameAfterAnOpeningTitleIsTheSubject) {
  v1::Document doc = Extract(
      "The union leader Sharon Graham issued a statement on Friday, saying " + kOpen +
      "the talks went nowhere." + kClose + " The harbour master Ian Doyle closed the "
      "port, calling the storm " + kOpen + "the worst in decades." + kClose);
  const v1::Claim* talks = FindClaim(doc, "the talks went nowhere");
  ASSERT_NE(talks, nullptr);
  EXPECT_EQ(talks->source_id(), "sharon-graham");
  const v1::Claim* storm = FindClaim(doc, "the worst in decades");
  ASSERT_NE(storm, nullptr);
  EXPECT_EQ(storm->source_id(), "ian-doyle");
}

// "Mayor Lin Chow “cut the budget to the bone” in her first year, said Omar
// Reyes": a quote inside a clause that a final ", said X" reports is X's mixed
// quote (it was credited to the clause's subject, Lin Chow).
TEST(AttributionShapes, FinalAttributionBeatsTheSubjectOfTheQuotedClause) {
  v1::Document doc = Extract(
      "Mayor Lin Chow " + kOpen + "cut the budget to the bone and then cut it again" +
      kClose + " in her first year, said Omar Reyes, a council member. Police chief Ann "
      "Ruiz " + kOpen + "has never once been asked to testify before the council" + kClose +
      " on the cuts, Reyes said.");
  const v1::Claim* budget = FindClaim(doc, "cut the budget to the bone");
  ASSERT_NE(budget, nullptr);
  EXPECT_EQ(budget->source_id(), "omar-reyes");
  EXPECT_EQ(budget->kind(), v1::CLAIM_KIND_MIXED_QUOTE);
  const v1::Claim* testify = FindClaim(doc, "asked to testify");
  ASSERT_NE(testify, nullptr);
  EXPECT_EQ(testify->source_id(), "omar-reyes");
}

// "“We are thrilled” about the ruling, said Dana Whitfield": a quote opening a
// clause that runs on to a final attribution is one mixed quote (it was a
// direct quote plus an indirect claim holding it).
TEST(AttributionShapes, QuoteOpeningAClauseBeforeAFinalAttributionIsMixed) {
  v1::Document doc = Extract(
      kOpen + "We are thrilled" + kClose + " about the ruling and the back pay it "
      "orders, said Dana Whitfield, the union's president.");
  int holding = 0;
  for (const v1::Claim& c : doc.claims()) {
    if (c.text().find("We are thrilled") == std::string::npos) continue;
    ++holding;
    EXPECT_EQ(c.kind(), v1::CLAIM_KIND_MIXED_QUOTE);
    EXPECT_EQ(c.source_id(), "dana-whitfield");
    EXPECT_NE(c.text().find("back pay"), std::string::npos) << c.text();
  }
  EXPECT_EQ(holding, 1);
}

// "“…,” the Florida senator and Republican presidential candidate said": two
// titles joined by "and" after a quote are one speaker (the "and" made the
// quote speakerless).
TEST(AttributionShapes, TitlesJoinedByAndAfterAQuoteSpeak) {
  v1::Document doc = Extract(
      "The border bill failed again on Monday.\n\n" + kOpen +
      "We need more agents at the border and we need them now," + kClose +
      " the Arizona senator and Senate candidate said in a statement.");
  const v1::Claim* agents = FindClaim(doc, "We need more agents");
  ASSERT_NE(agents, nullptr);
  EXPECT_NE(agents->speaker().find("candidate"), std::string::npos) << agents->speaker();
}

}  // namespace
}  // namespace factwire
