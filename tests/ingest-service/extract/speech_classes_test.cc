// Reported speech and speakers in shapes newsrooms write often: each test is one
// class of attribution the extractor must handle on any outlet's text.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;

// True when a claim holding `words` is credited to someone (unattributed
// STATEMENT claims are not).
bool Attributed(const v1::Document& doc, const std::string& words) {
  const v1::Claim* c = FindClaim(doc, words);
  return c != nullptr && !c->speaker().empty();
}

TEST(SpeechClasses, NounPhraseOfAnyHeadOpeningTheClauseSpeaks) {
  v1::Document doc = Extract(
      "The billionaire said the yard would hire 300 welders next year. "
      "One longtime dockhand told the council that wages had not kept up.");
  const v1::Claim* c = FindClaim(doc, "the yard would hire 300 welders");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind(), v1::CLAIM_KIND_INDIRECT_QUOTE);
  EXPECT_EQ(c->speaker(), "billionaire");
  const v1::Claim* d = FindClaim(doc, "wages had not kept up");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker(), "One longtime dockhand");
}

TEST(SpeechClasses, NounCuesAndClausesBeforeACueNameNoSpeaker) {
  v1::Document doc = Extract(
      "Her derogatory comments had two goals. "
      "The strong jobs report exceeded what markets expected.");
  EXPECT_FALSE(Attributed(doc, "two goals"));
  EXPECT_FALSE(Attributed(doc, "what markets expected"));
}

TEST(SpeechClasses, ShortPrepositionalAsideBetweenSubjectAndCueIsSkipped) {
  v1::Document doc = Extract(
      "Harlow Mills, in a statement, said it had hired outside lawyers. "
      "Local residents, for their part, say the plant has poisoned the river.");
  const v1::Claim* c = FindClaim(doc, "it had hired outside lawyers");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Harlow Mills");
  const v1::Claim* d = FindClaim(doc, "the plant has poisoned the river");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker(), "Local residents");
}

TEST(SpeechClasses, TimeBetweenSubjectAndCueIsSkipped) {
  v1::Document doc = Extract(
      "Governor Rhea Tamsin earlier Thursday said the bridge would reopen. "
      "The port authority on Monday announced that fees would double.");
  const v1::Claim* c = FindClaim(doc, "the bridge would reopen");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "rhea-tamsin");
  const v1::Claim* d = FindClaim(doc, "fees would double");
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->speaker().find("authority"), std::string::npos);
}

TEST(SpeechClasses, LowNineteenOpeningMarkPairsWithAGluedClosingSixtySix) {
  // „…“ (German style) and a typed “…“ pair: the second mark sits where quotes
  // close, glued to the word before it.
  v1::Document doc = Extract(
      "\xE2\x80\x9EWe will manage\xE2\x80\x9C, the chancellor said on Monday. "
      "Critics ran a website called \xE2\x80\x9C" "Cape Ruin If She Wins\xE2\x80\x9C that "
      "mocks the plan.");
  const v1::Claim* c = FindClaim(doc, "We will manage");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind(), v1::CLAIM_KIND_DIRECT_QUOTE);
  EXPECT_EQ(c->text(), "We will manage");
  EXPECT_EQ(c->speaker(), "chancellor");
  EXPECT_FALSE(Attributed(doc, "mocks the plan"));  // a name, no one speaks
}

TEST(SpeechClasses, CueCoordinatedWithAnEarlierVerbSharesItsSubject) {
  v1::Document doc = Extract(
      "Mayor Lena Ortiz toured the flooded depot and then said the city would pay "
      "for repairs. The ministry declined to comment but said talks would go on.");
  const v1::Claim* c = FindClaim(doc, "the city would pay for repairs");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "lena-ortiz");
  const v1::Claim* d = FindClaim(doc, "talks would go on");
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->speaker().find("ministry"), std::string::npos);
}

TEST(SpeechClasses, BareTitleAfterTheCueSpeaks) {
  v1::Document doc = Extract(
      "The talks stalled. \"We will not back down,\" says defence minister.");
  const v1::Claim* c = FindClaim(doc, "We will not back down");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind(), v1::CLAIM_KIND_DIRECT_QUOTE);
  EXPECT_EQ(c->speaker(), "defence minister");
}

TEST(SpeechClasses, QuoteLabelledWithANameAfterAColon) {
  v1::Document doc = Extract("'We dug it for a century': an interview with Mara Quill");
  const v1::Claim* c = FindClaim(doc, "We dug it for a century");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind(), v1::CLAIM_KIND_DIRECT_QUOTE);
  EXPECT_EQ(c->source_id(), "mara-quill");
  EXPECT_EQ(c->cue(), ":");
  v1::Document other = Extract("\"Ports are not profit centres\": Tom Brand");
  const v1::Claim* d = FindClaim(other, "Ports are not profit centres");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->source_id(), "tom-brand");
}

TEST(SpeechClasses, AccordingToBetweenCommasCoversTheWholeSentence) {
  v1::Document doc = Extract(
      "Donations, according to the Tamsin campaign, have tripled since March. "
      "Turnout was low, according to Civic Count, a nonprofit that tracks voting.");
  const v1::Claim* c = FindClaim(doc, "have tripled since March");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind(), v1::CLAIM_KIND_ATTRIBUTED);
  EXPECT_EQ(c->text().substr(0, 9), "Donations");
  const v1::Claim* d = FindClaim(doc, "Turnout was low");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->text(), "Turnout was low");  // the appositive is about the source
}

TEST(SpeechClasses, QuantifierOpeningItsClauseSpeaks) {
  v1::Document doc = Extract(
      "Some say the tunnel will never pay for itself, but others said tolls would "
      "cover the debt.");
  const v1::Claim* c = FindClaim(doc, "the tunnel will never pay for itself");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Some");
  const v1::Claim* d = FindClaim(doc, "tolls would cover the debt");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker(), "others");
}

TEST(SpeechClasses, PercentSignsAndHyphenatedNumbersMakeShares) {
  v1::Document doc = Extract(
      "In the survey, 42% say rents are too high. Thirty-one percent said they "
      "would move.");
  const v1::Claim* c = FindClaim(doc, "rents are too high");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "42%");
  const v1::Claim* d = FindClaim(doc, "they would move");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker(), "Thirty-one percent");
}

TEST(SpeechClasses, CapitalisedCueOfATitleCaseHeadlineIsAVerb) {
  v1::Document doc = Extract("Mayor Lena Ortiz Says Harbour Tunnel Will Open In May");
  const v1::Claim* c = FindClaim(doc, "Harbour Tunnel Will Open In May");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind(), v1::CLAIM_KIND_INDIRECT_QUOTE);
  EXPECT_EQ(c->source_id(), "lena-ortiz");
  // In running text a capitalised cue word stays part of a name.
  v1::Document text = Extract("The bill was backed by State Senator Jo Reyes and two others.");
  for (const v1::Claim& claim : text.claims()) EXPECT_NE(claim.cue(), "State");
}

TEST(SpeechClasses, CueInsideAnOpeningClauseReportsOnlyThatClause) {
  v1::Document doc = Extract(
      "While the governor has said she opposes new tolls, her transport plan "
      "depends on them.");
  const v1::Claim* c = FindClaim(doc, "she opposes new tolls");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text(), "she opposes new tolls");
}

TEST(SpeechClasses, QuotedTitleInsideAnAppositiveOrRelativeClause) {
  v1::Document doc = Extract(
      "Rita Vale, host of the podcast \xE2\x80\x9CNight Desk,\xE2\x80\x9D "
      "predicted the council would fold. Omar Hale, who calls the plan a "
      "\xE2\x80\x9C" "boondoggle,\xE2\x80\x9D said he doubts the figures.");
  const v1::Claim* c = FindClaim(doc, "the council would fold");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "rita-vale");
  const v1::Claim* d = FindClaim(doc, "he doubts the figures");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->source_id(), "omar-hale");
  for (const v1::Claim& claim : doc.claims()) EXPECT_NE(claim.speaker(), "he");
}

TEST(SpeechClasses, ParticipleAfterAQuoteDoesNotAttributeIt) {
  v1::Document doc = Extract(
      "Ortiz said she \"cannot leave her office\" without reporters asking her "
      "about the port.");
  const v1::Claim* c = FindClaim(doc, "cannot leave her office");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Ortiz");
  EXPECT_EQ(c->cue(), "said");
}

TEST(SpeechClasses, InADocumentCreditsTheSentenceToIt) {
  v1::Document doc = Extract(
      "In the latest Harbour Times survey, 58 percent of commuters backed the toll. "
      "Ortiz leads Vale by a wide margin in the Civic Count poll. "
      "She is well ahead in the polls.");
  const v1::Claim* c = FindClaim(doc, "58 percent of commuters backed the toll");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind(), v1::CLAIM_KIND_ATTRIBUTED);
  EXPECT_NE(c->speaker().find("survey"), std::string::npos);
  const v1::Claim* d = FindClaim(doc, "Ortiz leads Vale by a wide margin");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->cue(), "in");
  EXPECT_FALSE(Attributed(doc, "well ahead"));  // "in the polls" is an idiom
}

TEST(SpeechClasses, LabelColonTakesSpeakingNounsNotPlaces) {
  v1::Document poll = Extract("Poll: Harbour toll plan splits commuters");
  const v1::Claim* c = FindClaim(poll, "Harbour toll plan splits commuters");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Poll");
  EXPECT_EQ(c->cue(), ":");
  v1::Document list = Extract("Ohio: Tim Albrecht, Rob Barron, Jeff Boeyink and Sara Craig.");
  EXPECT_FALSE(Attributed(list, "Tim Albrecht"));
}

TEST(SpeechClasses, TelephoneCallsAndNamesAreNoSpeech) {
  v1::Document doc = Extract(
      "Mayor Lena Ortiz called into a radio show on Friday. Later she called him to "
      "arrange a meeting. The port runs a contest called the Harbour Prize, which pays "
      "well.");
  EXPECT_FALSE(Attributed(doc, "a radio show"));
  EXPECT_FALSE(Attributed(doc, "arrange a meeting"));
  EXPECT_FALSE(Attributed(doc, "Harbour Prize"));
}

TEST(SpeechClasses, ParticipleTakesTheClauseOpeningSubjectNotALaterName) {
  v1::Document doc = Extract(
      "Her spokesman attacked Mayor Dan Ruiz's record on Monday, saying the port "
      "lost money. Governor Ann Kell's office criticised a ruling by Judge Omar Reyes, "
      "calling it rushed and unfair.");
  const v1::Claim* c = FindClaim(doc, "the port lost money");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "spokesman");
  const v1::Claim* d = FindClaim(doc, "rushed and unfair");
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->speaker().find("Kell"), std::string::npos);
}

TEST(SpeechClasses, CueEndingInAColonIntroducesTheNextQuote) {
  v1::Document doc = Extract(
      "\"We are refugees,\" Ms. Alawi said. \"We are not smugglers.\" Mr. Zaid said: "
      "\"The raid was a mistake.\"");
  const v1::Claim* c = FindClaim(doc, "We are not smugglers");
  ASSERT_NE(c, nullptr);
  EXPECT_NE(c->speaker().find("Alawi"), std::string::npos);
  const v1::Claim* d = FindClaim(doc, "The raid was a mistake");
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->speaker().find("Zaid"), std::string::npos);
}

TEST(SpeechClasses, ParticipleAfterACueThatMadeNoClaimTakesTheSubject) {
  v1::Document doc = Extract(
      "Mayor Lena Ortiz, clearly angry, responded by waving the report, saying the "
      "council had ignored the flood warnings.");
  const v1::Claim* c = FindClaim(doc, "the council had ignored the flood warnings");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "lena-ortiz");
}

TEST(SpeechClasses, ListenerWithATitleIsNotPartOfWhatWasSaid) {
  v1::Document doc = Extract(
      "Lena Ortiz told host Ravi Mehta she expected the toll to fall.");
  const v1::Claim* c = FindClaim(doc, "she expected the toll to fall");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text(), "she expected the toll to fall");
}

TEST(SpeechClasses, LongParenthesisAfterTheNameIsSkipped) {
  v1::Document doc = Extract(
      "Sen. Chris Marlow (a Vermont Democrat so young he has been mistaken for a "
      "junior staffer) says he was unfocused.");
  const v1::Claim* c = FindClaim(doc, "he was unfocused");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "chris-marlow");
}

TEST(SpeechClasses, BareOrganisationKindAfterTheCueSpeaks) {
  v1::Document doc = Extract("Harbour tolls 'too high', says watchdog");
  const v1::Claim* c = FindClaim(doc, "too high");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "watchdog");
}

TEST(SpeechClasses, PeopleInAPlaceSpeakAfterAnAside) {
  v1::Document doc = Extract(
      "Residents in Selby, many of whom were flooded in 2015, said they felt abandoned.");
  const v1::Claim* c = FindClaim(doc, "they felt abandoned");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Residents in Selby");
}

TEST(SpeechClasses, DatelineIsNotPartOfTheClaim) {
  v1::Document doc = Extract(
      "LEEDS \xE2\x80\x94 The bypass will open in May, the council said on Tuesday.\n\n"
      "Work began in 2019.");
  const v1::Claim* c = FindClaim(doc, "The bypass will open in May");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text(), "The bypass will open in May");
}

TEST(SpeechClasses, ReportedWordsEndWhereAJoinedClauseHasItsOwnSpeakerAndCue) {
  // A dash, a bare "although" or "but", an adverb after the join: the second
  // clause is someone's attribution, not more of the first speaker's words.
  v1::Document doc = Extract(
      "The treasurer explained that the fund had lost money only in March - but she "
      "also insisted that every other quarter had been profitable. "
      "Ruiz admits that the old depot is an eyesore, but ultimately Okafor thinks the "
      "land should stay public. "
      "Dana Lowe said the ferry would run all winter although she conceded that storms "
      "could cancel crossings. "
      "Marta Vell said the levy had been agreed in May but that she was never told "
      "about the second vote.");
  const v1::Claim* a = FindClaim(doc, "the fund had lost money");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->text(), "the fund had lost money only in March");
  const v1::Claim* b = FindClaim(doc, "every other quarter");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->speaker(), "she");
  const v1::Claim* c = FindClaim(doc, "the old depot is an eyesore");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text(), "the old depot is an eyesore");
  const v1::Claim* d = FindClaim(doc, "the land should stay public");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker(), "Okafor");
  const v1::Claim* e = FindClaim(doc, "the ferry would run");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->text(), "the ferry would run all winter");
  // "but that ...": a second clause of the same cue stays in.
  const v1::Claim* f = FindClaim(doc, "the levy had been agreed");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->text().find("never told about the second vote"), std::string::npos);
}

TEST(SpeechClasses, ASecondVerbOfTheSpeakerEndsWhatTheFirstReported) {
  // "and" joins a second verb of the speaker's after an object, or a second
  // participle after a participle cue; inside a clause ("said the firm had cut
  // jobs and raised prices") it joins the clause's own verbs and the words go on.
  v1::Document doc = Extract(
      "Mayor Ilse Varga called the plan reckless and accused the council of ignoring "
      "residents. Coach Dino Perl called the referees biased and boycotted the news "
      "conference. Pellegrini said the firm had cut jobs and raised prices. "
      "Union leader Tomas Reyes was upbeat, calling the offer a start and urging "
      "members to keep talking. The review showed an awkward but promising recovery "
      "for the port.");
  const v1::Claim* a = FindClaim(doc, "the plan reckless");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->text(), "the plan reckless");
  const v1::Claim* b = FindClaim(doc, "the referees biased");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->text(), "the referees biased");
  const v1::Claim* c = FindClaim(doc, "the firm had cut jobs");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text(), "the firm had cut jobs and raised prices");
  const v1::Claim* d = FindClaim(doc, "the offer a start");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->text(), "the offer a start");
  const v1::Claim* e = FindClaim(doc, "members to keep talking");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->text(), "members to keep talking");
  EXPECT_EQ(e->source_id(), "tomas-reyes");
  // An adjective after "but" is no second cue.
  const v1::Claim* f = FindClaim(doc, "recovery for the port");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->cue(), "showed");
}

TEST(SpeechClasses, PartyTagBeforeAnAsideKeepsTheNamedSpeaker) {
  // "(D-Ore.)" after the name, then a relative clause or an aside naming
  // someone else: the senator speaks, not the person in the aside.
  v1::Document doc = Extract(
      "Sen. Alma Reyes (D-Ore.), who has endorsed Mayor Dana Whitcomb, said the "
      "bridge bill would pass in March. Rep. Owen Pratt (R-Ky.), facing a primary "
      "challenge from state Sen. Lila Morrow, told reporters the tariff would hurt "
      "farmers.");
  const v1::Claim* c = FindClaim(doc, "the bridge bill would pass");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "alma-reyes");
  const v1::Claim* d = FindClaim(doc, "the tariff would hurt farmers");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->source_id(), "owen-pratt");
}

TEST(SpeechClasses, ParticipleAfterAnObjectWithAnAsideIsTheSubjects) {
  // The object's appositive ends right before ", saying": the subject speaks;
  // a dateline before the subject is no part of it.
  v1::Document doc = Extract(
      "Mayor Jo Park voiced support for Alan Ruiz, the current front-runner, saying "
      "the state needs a builder.\n\n"
      "OSLO, May 3 (Reuters) - Norway's energy minister, Kari Dahl, backed the "
      "pipeline on Friday, saying it would secure supplies for a decade.");
  const v1::Claim* c = FindClaim(doc, "the state needs a builder");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "jo-park");
  const v1::Claim* d = FindClaim(doc, "it would secure supplies");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->source_id(), "kari-dahl");
}

// A cue word after a preposition is a noun ("the secretary of state", "from state
// to state"): no claim is made around it.
TEST(SpeechClasses, CueWordAfterAPrepositionIsANoun) {
  v1::Document doc = Extract(
      "Programs for adults vary from state to state, depending on whether they are "
      "\u201chigh\u201d or \u201clow\u201d functioning.");
  EXPECT_FALSE(Attributed(doc, "functioning"));
  doc = Extract(
      "Clinton's record as secretary of state \u201cspeaks for itself\u201d in the "
      "campaign.");
  EXPECT_FALSE(Attributed(doc, "speaks for itself"));
}

// "They ask the governor to ...": the present "ask" reports what they ask for.
TEST(SpeechClasses, PresentAskReports) {
  v1::Document doc = Extract(
      "They ask the governor to make it clear \u201cthat such proposals are "
      "unacceptable\u201d by condemning the remarks.");
  const v1::Claim* c = FindClaim(doc, "make it clear");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "They");
  EXPECT_EQ(c->cue(), "ask");
}

TEST(SpeechClasses, NounCuesAndCountedAddsAreNoSpeech) {
  v1::Document doc = Extract(
      "The builder doubled its original 2017 estimate of A$2 billion for the dam. "
      "The new station, which will add 2,200 megawatts, opens next year. "
      "Their estimates of \u00a3300m were too low. "
      "The mine added 300 jobs last year.");
  EXPECT_FALSE(Attributed(doc, "2 billion"));
  EXPECT_FALSE(Attributed(doc, "megawatts"));
  EXPECT_FALSE(Attributed(doc, "too low"));
  EXPECT_FALSE(Attributed(doc, "300 jobs"));
  // Speech with the same words stays.
  v1::Document said = Extract(
      "The minister added that 300 jobs would go. "
      "Officials estimate 40 people were hurt.");
  EXPECT_TRUE(Attributed(said, "300 jobs would go"));
  EXPECT_TRUE(Attributed(said, "40 people were hurt"));
}

TEST(SpeechClasses, AccordingToASourceWithWhatTiesItToTheStory) {
  v1::Document doc = Extract(
      "According to people familiar with the case, the regulator first raised the fee "
      "in 2022. The deal is close, according to officials briefed on the talks.");
  const v1::Claim* c = FindClaim(doc, "the regulator first raised the fee");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "people familiar with the case");
  EXPECT_EQ(FindClaim(doc, "familiar with"), nullptr);
  const v1::Claim* d = FindClaim(doc, "The deal is close");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker(), "officials briefed on the talks");
}

TEST(SpeechClasses, ClauseOnlyCuesWithABareObjectAreNoSpeech) {
  v1::Document doc = Extract(
      "Obama touted the law's accomplishments in a speech. "
      "Ryan blasted the FBI for its decision. "
      "Mr. Ailes denied the charges through his lawyer. "
      "Mrs. Schlafly maintained an energetic pace into old age.");
  EXPECT_FALSE(Attributed(doc, "accomplishments"));
  EXPECT_FALSE(Attributed(doc, "the FBI for its decision"));
  EXPECT_FALSE(Attributed(doc, "the charges"));
  EXPECT_FALSE(Attributed(doc, "energetic pace"));
  // With a clause after them they report.
  v1::Document said = Extract(
      "Sanders has maintained that the provision amounted to slavery. "
      "As the paper revealed, the committee agreed to share the file. "
      "He denied that the exchange would encourage kidnappings.");
  EXPECT_TRUE(Attributed(said, "the provision amounted to slavery"));
  EXPECT_TRUE(Attributed(said, "the committee agreed to share the file"));
  EXPECT_TRUE(Attributed(said, "the exchange would encourage kidnappings"));
}

TEST(SpeechClasses, EditorialRubricBeforeAColonIsNoSpeaker) {
  v1::Document doc = Extract(
      "CORRECTION: An earlier version of this story misstated the date of the vote.\n\n"
      "Delegate Update: The latest count in the Democratic race is below.\n\n"
      "Poll: Most voters want the wall built soon.");
  EXPECT_FALSE(Attributed(doc, "misstated the date"));
  EXPECT_FALSE(Attributed(doc, "latest count"));
  EXPECT_TRUE(Attributed(doc, "Most voters want the wall"));
}

TEST(SpeechClasses, NameEndingInAQuestionMarkSpeaks) {
  v1::Document doc = Extract(
      "The breach is the largest since 2021. Consumer group Which? said affected "
      "customers should watch for scam calls.");
  const v1::Claim* c = FindClaim(doc, "affected customers should watch for scam calls");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Which");
}

TEST(SpeechClasses, AccordingToAJointPollOrALongDocumentPhrase) {
  v1::Document doc = Extract(
      "According to a Harbour Times/Civic Count poll, the two candidates are level. "
      "Ortiz led among older voters, according to early results of the exit poll "
      "conducted for the Harbour Times and two television networks.");
  const v1::Claim* c = FindClaim(doc, "the two candidates are level");
  ASSERT_NE(c, nullptr);
  EXPECT_NE(c->speaker().find("Civic Count poll"), std::string::npos);
  const v1::Claim* d = FindClaim(doc, "Ortiz led among older voters");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker(), "early results of the exit poll");
}

TEST(SpeechClasses, PluralGroupWithAPlaceSpeaks) {
  v1::Document doc = Extract(
      "Farmers in three northern valley counties say their wells are running dry. "
      "The tenants of the tower block say the heating has failed again. Nurses at "
      "the county hospital said the ward was understaffed. Local authorities were "
      "watching the river and urged people to stay indoors.");
  const v1::Claim* c = FindClaim(doc, "their wells are running dry");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind(), v1::CLAIM_KIND_INDIRECT_QUOTE);
  EXPECT_EQ(c->speaker(), "Farmers in three northern valley counties");
  const v1::Claim* d = FindClaim(doc, "the heating has failed again");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker(), "The tenants of the tower block");
  const v1::Claim* e = FindClaim(doc, "the ward was understaffed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->speaker(), "Nurses at the county hospital");
  // A clause with a verb before "and" is no group.
  for (const v1::Claim& claim : doc.claims()) {
    EXPECT_EQ(claim.speaker().find("watching"), std::string::npos) << claim.speaker();
  }
}

TEST(SpeechClasses, SpokespersonForAnOrganisationWithALongAppositive) {
  v1::Document doc = Extract(
      "A spokeswoman for Tri-County Power, a cooperative that supplies 40,000 farms in "
      "the northern valley, said its substations were checked overnight.");
  const v1::Claim* c = FindClaim(doc, "its substations were checked overnight");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind(), v1::CLAIM_KIND_INDIRECT_QUOTE);
  EXPECT_EQ(c->speaker(), "A spokeswoman");
}

// "The deputy head of the delegation to the forum said ...", "Ford itself
// said ...", "Nearly nine out of 10 say ...": a plain noun phrase opening the
// clause speaks with "say", however its head is built; not a clause ("The plan
// he backed says ...") nor a phrase with a verb in it.
TEST(SpeechClasses, PlainSubjectPhraseOfSaySpeaks) {
  v1::Document doc = Extract(
      "The deputy head of the Norwegian delegation to the forum said the fishing "
      "limits should be lowered. "
      "Halvorsen Marine itself said the deal was on. "
      "Nearly nine out of 10 say they will need new skills.");
  const v1::Claim* a = FindClaim(doc, "the fishing limits should be lowered");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->speaker(), "The deputy head of the Norwegian delegation to the forum");
  const v1::Claim* b = FindClaim(doc, "the deal was on");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->speaker(), "Halvorsen Marine itself");
  const v1::Claim* c = FindClaim(doc, "they will need new skills");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Nearly nine out of 10");
}

TEST(SpeechClasses, ClauseBeforeSayIsNoSubjectPhrase) {
  v1::Document doc = Extract(
      "Whatever the minister decides says a lot about the party. "
      "What the council chose to fund says a lot about its priorities. "
      "The way the vote went says much about the region. "
      "Let me just say the pier was a mess. "
      "The harbour trust's chairman wouldn't say when the pier would reopen.");
  EXPECT_FALSE(Attributed(doc, "a lot about the party"));
  EXPECT_FALSE(Attributed(doc, "a lot about its priorities"));
  EXPECT_FALSE(Attributed(doc, "much about the region"));
  EXPECT_FALSE(Attributed(doc, "the pier was a mess"));
  EXPECT_FALSE(Attributed(doc, "when the pier would reopen"));
}

TEST(SpeechClasses, BritishCueVerbsReportAClause) {
  v1::Document doc = Extract(
      "The trainer reckons the colt can win at Ascot this summer. "
      "Ms Pryce reckoned the ferry fares would have to rise again. "
      "Locals will have to reckon with the closure of the bridge. "
      "She reckoned with a movement of younger voters, seeking their support.");
  const v1::Claim* a = FindClaim(doc, "the colt can win at Ascot");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->kind(), v1::CLAIM_KIND_INDIRECT_QUOTE);
  EXPECT_EQ(a->speaker(), "The trainer");
  EXPECT_EQ(a->cue(), "reckons");
  const v1::Claim* b = FindClaim(doc, "the ferry fares would have to rise");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->speaker(), "Ms Pryce");
  EXPECT_FALSE(Attributed(doc, "the closure of the bridge"));
  EXPECT_FALSE(Attributed(doc, "a movement of younger voters"));
}

TEST(SpeechClasses, PublicBodiesFindingThatReportTheirFindings) {
  v1::Document doc = Extract(
      "The energy watchdog found that the supplier had overcharged 40,000 households. "
      "An employment tribunal found that the driver was a worker, not a contractor. "
      "The jury found him guilty of two counts of fraud. "
      "The council found a buyer for the old depot.");
  const v1::Claim* a = FindClaim(doc, "the supplier had overcharged");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->kind(), v1::CLAIM_KIND_INDIRECT_QUOTE);
  EXPECT_NE(a->speaker().find("energy watchdog"), std::string::npos) << a->speaker();
  EXPECT_EQ(a->cue(), "found");
  const v1::Claim* b = FindClaim(doc, "the driver was a worker");
  ASSERT_NE(b, nullptr);
  EXPECT_NE(b->speaker().find("employment tribunal"), std::string::npos) << b->speaker();
  EXPECT_EQ(b->cue(), "found");
  EXPECT_FALSE(Attributed(doc, "him guilty"));
  EXPECT_FALSE(Attributed(doc, "a buyer for the old depot"));
}

TEST(SpeechClasses, AReasonAfterAFinalAttributionIsTheSameSpeakers) {
  v1::Document doc = Extract(
      "The smelter will shut by October, the company said on Monday, because "
      "power prices have doubled. "
      "The central bank left its main rate unchanged, its governor said, since "
      "wage growth had cooled.");
  const v1::Claim* a = FindClaim(doc, "The smelter will shut by October");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->text(), "The smelter will shut by October");
  EXPECT_NE(a->speaker().find("company"), std::string::npos) << a->speaker();
  const v1::Claim* b = FindClaim(doc, "power prices have doubled");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->speaker(), a->speaker());
  EXPECT_EQ(b->cue(), "said");
  EXPECT_EQ(b->text().find("Monday"), std::string::npos) << b->text();
  const v1::Claim* c = FindClaim(doc, "left its main rate unchanged");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "its governor");
  const v1::Claim* d = FindClaim(doc, "wage growth had cooled");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker(), "its governor");
}

TEST(SpeechClasses, ASubjectBeforeAParticipleOrRelativeAsideSpeaks) {
  v1::Document doc = Extract(
      "A memo from the city's housing department, obtained by the Gazette, said rents "
      "would be frozen until March. "
      "An email sent to parents last week, seen by the Herald, said the school would "
      "close early on Friday. "
      "One nurse at a large Leeds hospital, who asked not to be named, said shifts were "
      "routinely left unfilled. "
      "The plant will close next year, the owner, who bought it in 2019, said.");
  const v1::Claim* a = FindClaim(doc, "rents would be frozen");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->kind(), v1::CLAIM_KIND_INDIRECT_QUOTE);
  EXPECT_NE(a->speaker().find("memo"), std::string::npos) << a->speaker();
  const v1::Claim* b = FindClaim(doc, "the school would close early");
  ASSERT_NE(b, nullptr);
  EXPECT_NE(b->speaker().find("email"), std::string::npos) << b->speaker();
  const v1::Claim* c = FindClaim(doc, "shifts were routinely left unfilled");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker().rfind("One nurse", 0), 0u) << c->speaker();
  const v1::Claim* d = FindClaim(doc, "The plant will close next year");
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->speaker().find("owner"), std::string::npos) << d->speaker();
}

TEST(SpeechClasses, ATitledNameWithItsInstitutionBeforeAnAsideSpeaksAsNamed) {
  // The name before "of <institution>" speaks, not its title word alone as an
  // unnamed source ("Professor" / "Prof.").
  v1::Document doc = Extract(
      "Professor Amara Quist of Lund University, who led a rival study, noted that the "
      "effect faded within a year. "
      "Dr. Tomas Reyl of the Pasteur Institute in Lille, who advises the health ministry, "
      "said the results were promising.");
  const v1::Claim* a = FindClaim(doc, "the effect faded within a year");
  ASSERT_NE(a, nullptr);
  EXPECT_NE(a->speaker().find("Amara Quist"), std::string::npos) << a->speaker();
  const v1::Source* qa = testing_extract::FindSource(doc, a->source_id());
  ASSERT_NE(qa, nullptr);
  EXPECT_EQ(qa->type(), v1::SOURCE_TYPE_PERSON);
  const v1::Claim* b = FindClaim(doc, "the results were promising");
  ASSERT_NE(b, nullptr);
  EXPECT_NE(b->speaker().find("Tomas Reyl"), std::string::npos) << b->speaker();
}

TEST(SpeechClasses, ADocumentBeforeAnAsideSpeaksNotTheNameInItsPhrase) {
  v1::Document doc = Extract(
      "A letter from the ministry to Parliament, seen by Reuters, said the levy would "
      "be scrapped in April. "
      "A briefing sent to councillors on Monday, shown to the Echo, said two libraries "
      "would close.");
  const v1::Claim* a = FindClaim(doc, "the levy would be scrapped");
  ASSERT_NE(a, nullptr);
  EXPECT_NE(a->speaker().find("letter"), std::string::npos) << a->speaker();
  EXPECT_EQ(a->speaker().find("Parliament"), std::string::npos) << a->speaker();
  const v1::Claim* b = FindClaim(doc, "two libraries would close");
  ASSERT_NE(b, nullptr);
  EXPECT_NE(b->speaker().find("briefing"), std::string::npos) << b->speaker();
  EXPECT_EQ(b->speaker().find("sent"), std::string::npos) << b->speaker();
}

TEST(SpeechClasses, ASubjectBeforeAThatRelativeClauseSpeaks) {
  v1::Document doc = Extract(
      "Charities that run food banks in the city say demand has doubled since January. "
      "But local businesses that rely on tourists say the closure will hurt them. "
      "Officials said that the plan that was agreed in May would cost more. "
      "Here is how that late penalty call was the turning point of the final. "
      "It is a scheme that has been criticized for favouring large farms.");
  const v1::Claim* a = FindClaim(doc, "demand has doubled since January");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->kind(), v1::CLAIM_KIND_INDIRECT_QUOTE);
  EXPECT_EQ(a->speaker(), "Charities");
  const v1::Claim* b = FindClaim(doc, "the closure will hurt them");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->speaker(), "local businesses");
  const v1::Claim* c = FindClaim(doc, "the plan that was agreed in May would cost more");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Officials");
  EXPECT_FALSE(Attributed(doc, "was the turning point of the final"));
  EXPECT_FALSE(Attributed(doc, "for favouring large farms"));
}

}  // namespace
}  // namespace factwire
