// Attribution at the edges of a sentence, in styles from wires, British papers
// and interviews: answers to a question, datelines, semicolons, passive cues,
// listeners after a final cue. Each test is one class of text, written here.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;
using ::factwire::testing_extract::FindSource;
using ::factwire::testing_extract::kClose;
using ::factwire::testing_extract::kOpen;

// The claim of `doc` whose text is exactly `text` (without a final period);
// nullptr if none is.
const v1::Claim* ClaimWithText(const v1::Document& doc, const std::string& text) {
  for (const v1::Claim& c : doc.claims()) {
    std::string t = c.text();
    if (!t.empty() && t.back() == '.') t.pop_back();
    if (t == text) return &c;
  }
  return nullptr;
}

TEST(AttributionEdges, OneWordAnswerToAQuestionIsTheSpeakersClaim) {
  v1::Document doc = Extract(
      "Asked whether he would run again, Governor Tom Alvarez said no.\n\n"
      "Asked by reporters if the bridge was safe, Alvarez said yes, but added that "
      "inspections would continue. "
      "Asked which candidate she would back, the senator said Moreno.");
  const v1::Claim* no = ClaimWithText(doc, "no");
  ASSERT_NE(no, nullptr);
  EXPECT_EQ(no->source_id(), "tom-alvarez");
  EXPECT_EQ(no->cue(), "said");
  // The answer ends where the coordinated cue starts its own claim.
  const v1::Claim* yes = ClaimWithText(doc, "yes");
  ASSERT_NE(yes, nullptr);
  EXPECT_EQ(yes->source_id(), "tom-alvarez");
  const v1::Claim* added = FindClaim(doc, "inspections would continue");
  ASSERT_NE(added, nullptr);
  EXPECT_EQ(added->cue(), "added");
  const v1::Claim* name = ClaimWithText(doc, "Moreno");
  ASSERT_NE(name, nullptr);
  EXPECT_EQ(name->speaker(), "senator");
}

TEST(AttributionEdges, OneWordAfterACueIsNoClaimUnlessItAnswers) {
  // "said Moreno" without a question is an inverted speaker, and a lone noun
  // after a cue ("said Tuesday") says nothing.
  v1::Document doc = Extract(
      "The tunnel will close for a year, said Moreno. "
      "The minister said Tuesday.");
  const v1::Claim* c = FindClaim(doc, "The tunnel will close");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Moreno");
  EXPECT_EQ(ClaimWithText(doc, "Moreno"), nullptr);
  EXPECT_EQ(ClaimWithText(doc, "Tuesday"), nullptr);
}

TEST(AttributionEdges, WordBeforeAPossessiveIsNoCue) {
  v1::Document doc = Extract(
      "The report's author, Dr. Samuel Reyes, said the findings should alarm "
      "anyone who drinks tap water.");
  for (const v1::Claim& c : doc.claims()) EXPECT_NE(c.cue(), "report") << c.text();
  const v1::Claim* c = FindClaim(doc, "the findings should alarm");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "samuel-reyes");
}

TEST(AttributionEdges, WireDatelineWithRegionAndAgencyIsNoPartOfTheClaim) {
  v1::Document doc = Extract(
      "NAIROBI, Kenya (AP) \xE2\x80\x94 Police fired tear gas at protesters in the "
      "capital on Tuesday, witnesses said.\n\n"
      "SAN JUAN, Puerto Rico (AP) \xE2\x80\x94 The storm knocked out power to most of "
      "the island, officials said.");
  const v1::Claim* c = FindClaim(doc, "Police fired tear gas");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text().rfind("Police fired", 0), 0u) << c->text();
  EXPECT_EQ(c->speaker(), "witnesses");
  const v1::Claim* d = FindClaim(doc, "The storm knocked out power");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->text().rfind("The storm", 0), 0u) << d->text();
}

TEST(AttributionEdges, SubordinatorEndsTheSpeakerPhrase) {
  v1::Document doc = Extract(
      "Ministers face a water crisis after figures showed reservoir levels fell to "
      "their lowest in 30 years.");
  const v1::Claim* c = FindClaim(doc, "reservoir levels fell");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "figures");
}

TEST(AttributionEdges, SemicolonEndsAFinalAttributionAndBothClausesAreSaid) {
  v1::Document doc = Extract(
      "It was never about the money, his aides argued in interviews this week; it "
      "was about respect for the workers.");
  const v1::Claim* left = FindClaim(doc, "It was never about the money");
  ASSERT_NE(left, nullptr);
  EXPECT_EQ(left->speaker(), "his aides");
  EXPECT_EQ(left->text().find("interviews"), std::string::npos) << left->text();
  const v1::Claim* right = FindClaim(doc, "it was about respect for the workers");
  ASSERT_NE(right, nullptr);
  EXPECT_EQ(right->speaker(), "his aides");
  EXPECT_EQ(right->text().find("interviews"), std::string::npos) << right->text();
}

TEST(AttributionEdges, ListenerAndTimeAfterAFinalCueEndTheSentence) {
  v1::Document doc = Extract(
      "The union will likely sit out the election altogether, Phil Smith told "
      "POLITICO earlier this week. "
      "Fares will rise in May, the mayor told the BBC on Friday.");
  const v1::Claim* c = FindClaim(doc, "The union will likely sit out");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "phil-smith");
  EXPECT_EQ(ClaimWithText(doc, "earlier this week"), nullptr);
  const v1::Claim* d = FindClaim(doc, "Fares will rise in May");
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->speaker().find("mayor"), std::string::npos) << d->speaker();
  EXPECT_EQ(d->text().find("BBC"), std::string::npos) << d->text();
}

TEST(AttributionEdges, PassiveCueCreditsItsAgent) {
  v1::Document doc = Extract("The movement's secrecy has been called " + kOpen +
                             "strategic ambiguity" + kClose +
                             " by Joshua Hendrick, a professor at Loyola University.");
  const v1::Claim* c = FindClaim(doc, "strategic ambiguity");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "joshua-hendrick");
  EXPECT_EQ(c->text().find("by Joshua"), std::string::npos) << c->text();
}

TEST(AttributionEdges, WordsAnEarlierCueReportedAreNotRepeated) {
  v1::Document doc = Extract(
      "Asked about his earlier criticism, Christie said that was a natural part of "
      "running against him \xE2\x80\x94 no different, he said, from the remarks other "
      "rivals made.");
  for (const v1::Claim& c : doc.claims()) {
    EXPECT_EQ(c.text().find("Christie said"), std::string::npos) << c.text();
    EXPECT_EQ(c.text().find("Asked"), std::string::npos) << c.text();
  }
  const v1::Claim* c = FindClaim(doc, "from the remarks other rivals made");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "he");
}

TEST(AttributionEdges, DashAsideBetweenNameAndCueIsSkipped) {
  v1::Document doc = Extract(
      "Reached by phone on Tuesday, Maria Joyce \xE2\x80\x94 who is listed as an "
      "attorney in Illinois \xE2\x80\x94 told the Herald she is not planning an "
      "appeal.");
  const v1::Claim* c = FindClaim(doc, "she is not planning an appeal");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "maria-joyce");
}

TEST(AttributionEdges, SubjectBeforeARelativeClauseSpeaks) {
  v1::Document doc = Extract(
      "Even Republicans who have praised his candidacy warned on Tuesday that the "
      "party may have to separate itself from him. "
      "The mayor praised the crews who cleared the roads.");
  const v1::Claim* c = FindClaim(doc, "the party may have to separate");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Republicans");
  EXPECT_EQ(FindClaim(doc, "cleared the roads"), nullptr);
}

TEST(AttributionEdges, PronounWithContractedAuxiliarySpeaksAndNamesNoOne) {
  v1::Document doc = Extract(
      "Cruz could help turn out the base in New Hampshire, they\xE2\x80\x99ve "
      "suggested. They've argued that the state is winnable.");
  const v1::Claim* c = FindClaim(doc, "Cruz could help turn out the base");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "they\xE2\x80\x99ve");
  const v1::Claim* d = FindClaim(doc, "the state is winnable");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker(), "They've");
  for (const v1::Source& s : doc.sources()) EXPECT_NE(s.name(), "They've");
}

TEST(AttributionEdges, CountedPointsAreNoPhraseCue) {
  // "by 9 points in Ohio" is a margin, not "points out": the poll opening the
  // sentence is the attribution.
  v1::Document doc = Extract(
      "In the latest Harbor Institute poll, Clinton leads Trump by 9 points in Ohio "
      "and by four points in Florida.");
  const v1::Claim* c = FindClaim(doc, "Clinton leads Trump by 9 points in Ohio");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind(), v1::CLAIM_KIND_ATTRIBUTED);
  EXPECT_NE(c->speaker().find("poll"), std::string::npos) << c->speaker();
}

TEST(AttributionEdges, ParticleOfAPhraseCueIsPartOfTheCue) {
  v1::Document doc = Extract("The senator pointed out that the bill failed twice.");
  const v1::Claim* c = FindClaim(doc, "the bill failed twice");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->cue(), "pointed out");
  EXPECT_EQ(c->text(), "the bill failed twice");
}

TEST(AttributionEdges, OrganisationWordInATitleBeforeANameIsTheTitle) {
  v1::Document doc = Extract(
      "House Speaker Mike Johnson, a Republican, said in a statement that the bill "
      "failed to address border security. "
      "Senate Majority Leader Chuck Schumer said the vote would be held on Friday. "
      "Experts like Lena Ortiz from the Council on Foreign Relations noted the delay.");
  const v1::Claim* c = FindClaim(doc, "the bill failed to address border security");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "mike-johnson");
  const v1::Source* johnson = FindSource(doc, "mike-johnson");
  ASSERT_NE(johnson, nullptr);
  EXPECT_EQ(johnson->type(), v1::SOURCE_TYPE_PERSON);
  EXPECT_EQ(johnson->title(), "House Speaker");
  const v1::Claim* d = FindClaim(doc, "the vote would be held on Friday");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->source_id(), "chuck-schumer");
  // An organisation's name that holds a title word stays whole.
  const v1::Claim* e = FindClaim(doc, "the delay");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source_id(), "lena-ortiz");
  const v1::Source* ortiz = FindSource(doc, "lena-ortiz");
  ASSERT_NE(ortiz, nullptr);
  EXPECT_EQ(ortiz->affiliation(), "Council on Foreign Relations");
}

TEST(AttributionEdges, PrepositionAfterAPhrasalCueOpensItsObject) {
  v1::Document doc = Extract(
      "The campaign pushed back against the charge of sexism on Monday. "
      "The mayor pushed back that the council had ignored the warnings.");
  EXPECT_EQ(FindClaim(doc, "the charge of sexism"), nullptr);
  const v1::Claim* c = FindClaim(doc, "the council had ignored the warnings");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->cue(), "pushed back");
}

TEST(AttributionEdges, EmbeddedQuoteWithItsCommaEndsBeforeANewSubject) {
  v1::Document doc = Extract(
      "In a way Senator Ray Dunn slammed as " + kOpen + "extremely careless," + kClose +
      " the agency has settled on a new stance.");
  const v1::Claim* c = FindClaim(doc, "extremely careless");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "ray-dunn");
  EXPECT_EQ(c->text().find("settled"), std::string::npos) << c->text();
}

TEST(AttributionEdges, CueOpeningTheNextSentenceWithItsOwnClauseIsNotTheQuotes) {
  v1::Document doc = Extract(
      kOpen + "It is a very sad development," + kClose + " Cruz told reporters. " +
      kOpen + "This is the consequence of the culture of the campaign." + kClose +
      " Ohio Gov. John Kasich said he would have fired the manager.\n\n" + kOpen +
      "Who are they and what do they want?" + kClose + " Mr. Trump asked on Monday.");
  const v1::Claim* c = FindClaim(doc, "This is the consequence");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "cruz");
  const v1::Claim* d = FindClaim(doc, "he would have fired the manager");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->source_id(), "john-kasich");
  const v1::Claim* e = FindClaim(doc, "Who are they");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->speaker(), "Mr. Trump");
}

TEST(AttributionEdges, DashLineUnderAQuoteSignsIt) {
  v1::Document doc = Extract(
      kOpen + "The whole idea of a wall is something we hear about all the time." + kClose +
      "\n\n-Michelle Marks, Philadelphia.\n\n" + kOpen +
      "Great speech. She is tested. She is ready." + kClose +
      "\n\n\xE2\x80\x94 President Barack Obama, tweeting after the speech.");
  const v1::Claim* c = FindClaim(doc, "The whole idea of a wall");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "michelle-marks");
  const v1::Claim* d = FindClaim(doc, "Great speech");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->source_id(), "barack-obama");
  EXPECT_EQ(FindClaim(doc, "after the speech"), nullptr);  // when, not what
}

TEST(AttributionEdges, CueAfterAQuoteStillReportsTheClauseItOpens) {
  v1::Document doc = Extract(
      "Citing " + kOpen + "obligations in Tennessee," + kClose +
      " the former vice president's spokeswoman told the Herald that Gore plans to "
      "skip the festivities. " +
      kOpen + "We were done," + kClose + " she told reporters that day.");
  const v1::Claim* c = FindClaim(doc, "Gore plans to skip the festivities");
  ASSERT_NE(c, nullptr);
  EXPECT_NE(c->speaker().find("spokeswoman"), std::string::npos) << c->speaker();
  EXPECT_EQ(FindClaim(doc, "day"), nullptr);  // "that day" opens no clause
}

TEST(AttributionEdges, DocumentFromAnOrganisationNamesIt) {
  v1::Document doc = Extract(
      "Harlow Mills Ltd said on Wednesday it would close its plant in Marlow. The "
      "decision follows a review of the plant's costs, according to a statement from "
      "the company.");
  const v1::Claim* c = FindClaim(doc, "The decision follows a review");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind(), v1::CLAIM_KIND_ATTRIBUTED);
  EXPECT_NE(c->speaker().find("from the company"), std::string::npos) << c->speaker();
}

TEST(AttributionEdges, InvertedSpeakerWithARelativeClauseSaysTheWordsBefore) {
  v1::Document doc = Extract(
      "Defending that terrain is squarely within his wheelhouse, said a handful of "
      "Democrats who point to his ties with organized labor.");
  const v1::Claim* c = FindClaim(doc, "Defending that terrain");
  ASSERT_NE(c, nullptr);
  EXPECT_NE(c->speaker().find("Democrats"), std::string::npos) << c->speaker();
  EXPECT_EQ(FindClaim(doc, "who point to"), nullptr);
}

TEST(AttributionEdges, DocumentNounAfterAccordingToSpeakerIsNoCue) {
  v1::Document doc = Extract(
      "According to the police report, the driver was travelling at 70mph.");
  ASSERT_EQ(doc.claims_size(), 1);
  const v1::Claim& c = doc.claims(0);
  EXPECT_EQ(c.kind(), v1::CLAIM_KIND_ATTRIBUTED);
  EXPECT_EQ(c.text(), "the driver was travelling at 70mph");
  EXPECT_EQ(c.speaker(), "the police report");  // as written, article and all
}

TEST(AttributionEdges, SentenceNamingTheQuoteAMessageCreditsIt) {
  v1::Document doc = Extract(
      "Talks broke down on Friday, the mayor said.\n\n" + kOpen +
      "We are not going anywhere." + kClose +
      " That was the message from striking workers on Monday.\n\n" + kOpen +
      "Enough is enough." + kClose +
      " That is the blunt verdict of Maria Lopez, who runs the shelter.");
  const v1::Claim* c = FindClaim(doc, "We are not going anywhere");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "striking workers");
  const v1::Claim* d = FindClaim(doc, "Enough is enough");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->source_id(), "maria-lopez");
}

TEST(AttributionEdges, ListenersPlainWordsBeforeThatAreNotSaid) {
  v1::Document doc = Extract(
      "Raila Odinga told a rally in Kisumu that the protests would continue. "
      "In a tweet, the city urged people to seek shelter that way.");
  const v1::Claim* c = FindClaim(doc, "the protests would continue");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text(), "the protests would continue");
  // "that way" is no clause: the request is the listener and the infinitive.
  const v1::Claim* d = FindClaim(doc, "to seek shelter");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->text(), "people to seek shelter that way");
}

TEST(AttributionEdges, TitleAsideBeforeTheNameIsPartOfTheAttribution) {
  v1::Document doc = Extract(
      "Despite costly defeats, Sen. Ann Perry remains committed to the race, her top "
      "aide, Tad Devine, told The Huffington Post.\n\n"
      "The strike will end on Friday, the union's spokesman, Luis Ortega, said.");
  const v1::Claim* c = FindClaim(doc, "remains committed to the race");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "tad-devine");
  EXPECT_EQ(c->text().find("aide"), std::string::npos) << c->text();
  const v1::Claim* d = FindClaim(doc, "The strike will end on Friday");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->source_id(), "luis-ortega");
  EXPECT_EQ(d->text().find("spokesman"), std::string::npos) << d->text();
}

TEST(AttributionEdges, AnswerAfterAQuotedQuestionIsItsOwnClaim) {
  v1::Document doc = Extract(
      "Asked whether the mayor " + kOpen + "has the integrity to serve," + kClose +
      " 72 percent of voters said yes while 20 percent disagreed.");
  const v1::Claim* c = ClaimWithText(doc, "yes");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "72 percent of voters");
}

TEST(AttributionEdges, PronounPassesOverAPersonOfTheOtherGender) {
  v1::Document doc = Extract(
      "Rep. Maria Lopez met Mr. Ahmed Hassan on Tuesday.\n\n" + kOpen + "We will win," +
      kClose + " she told supporters.\n\n"
      "Congresswoman Ruth Bader spoke after Gov. Tom Hale. " + kOpen +
      "It is over," + kClose + " she said.");
  const v1::Claim* c = FindClaim(doc, "We will win");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "maria-lopez");
  const v1::Claim* d = FindClaim(doc, "It is over");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->source_id(), "ruth-bader");
}

TEST(AttributionEdges, PluralPossessiveApostropheIsNoQuoteInAnAppositive) {
  v1::Document doc = Extract(
      "The group uses the same photo again and again, said Rita Katz, the director of "
      "SITE Intelligence Group, which tracks militants' communications.");
  const v1::Claim* c = FindClaim(doc, "uses the same photo");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "rita-katz");
  EXPECT_EQ(FindClaim(doc, "the director of SITE"), nullptr);
}

TEST(AttributionEdges, UnnamedSourceKeepsWhatTiesItToTheStory) {
  v1::Document doc = Extract(
      "Sources close to the talks said a deal could come on Friday. "
      "A source close to the minister said she would resign. " +
      kOpen + "It is done," + kClose + " a person familiar with the matter said.");
  const v1::Claim* c = FindClaim(doc, "a deal could come on Friday");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Sources close to the talks");
  const v1::Claim* d = FindClaim(doc, "she would resign");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker(), "A source close to the minister");  // not "minister"
  const v1::Claim* e = FindClaim(doc, "It is done");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->speaker().find("familiar with the matter"), std::string::npos) << e->speaker();
}

TEST(AttributionEdges, OwnersTitleThenNameAfterTheCueIsThePerson) {
  v1::Document doc = Extract(kOpen + "This is a turning point," + kClose +
                             " said the company's chief executive, Laura Brenner.");
  const v1::Claim* c = FindClaim(doc, "This is a turning point");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "laura-brenner");
  const v1::Source* brenner = FindSource(doc, "laura-brenner");
  ASSERT_NE(brenner, nullptr);
  EXPECT_EQ(brenner->title(), "chief executive");
}

TEST(AttributionEdges, HeadlineSpeakingNounBeforeAColonQuoteSpeaks) {
  v1::Document doc = Extract("Minister: 'We will act on knife crime'\n\nThe plan follows.");
  const v1::Claim* c = FindClaim(doc, "We will act on knife crime");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Minister");
}

TEST(AttributionEdges, OrganisationKindBeforeARelativeClauseSpeaks) {
  v1::Document doc = Extract(
      "The union, which represents 40,000 nurses, said it would strike in June.");
  const v1::Claim* c = FindClaim(doc, "it would strike in June");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "The union");
}

TEST(AttributionEdges, OrganisationWithAPossessiveAfterOfIsNotPartOfThePerson) {
  v1::Document doc = Extract(
      "The team's lead author, Dr. Priya Nair of King's College London, told reporters: " +
      kOpen + "This is the biggest trial of its kind." + kClose);
  const v1::Claim* c = FindClaim(doc, "the biggest trial of its kind");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "priya-nair");
  const v1::Source* nair = FindSource(doc, "priya-nair");
  ASSERT_NE(nair, nullptr);
  EXPECT_EQ(nair->type(), v1::SOURCE_TYPE_PERSON);
  EXPECT_EQ(nair->affiliation(), "King's College London");
}

TEST(AttributionEdges, QuantifiedRelativeClauseBetweenSubjectAndCueIsSkipped) {
  v1::Document doc = Extract(
      "Residents, many of whom have lived there for decades, say the plant is "
      "dangerous.");
  const v1::Claim* c = FindClaim(doc, "the plant is dangerous");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Residents");
}

TEST(AttributionEdges, QAndALabelsWithPeriodsMarkAnInterview) {
  v1::Document doc = Extract(
      "Q. Why did you leave the club?\n\n"
      "A. I wanted to play every week. It was that simple.\n\n"
      "Q. Will you ever go back there?\n\n"
      "A. Never say never, but probably not.");
  const v1::Claim* q = FindClaim(doc, "Why did you leave the club");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker(), "Q.");
  EXPECT_EQ(q->kind(), v1::CLAIM_KIND_ATTRIBUTED);
  const v1::Claim* a = FindClaim(doc, "I wanted to play every week");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->speaker(), "A.");
  const v1::Claim* more = FindClaim(doc, "It was that simple");
  ASSERT_NE(more, nullptr);
  EXPECT_EQ(more->speaker(), "A.");
}

TEST(AttributionEdges, AnInitialOpeningParagraphsIsNoInterviewLabel) {
  v1::Document doc = Extract(
      "A. Smith said the plan was dead.\n\nA. Jones agreed with the plan entirely.");
  const v1::Claim* c = FindClaim(doc, "the plan was dead");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "A. Smith");
  EXPECT_EQ(FindClaim(doc, "Jones agreed"), nullptr);
}

TEST(AttributionEdges, WhereItWasSaidBeforeThatIsNotSaid) {
  v1::Document doc = Extract(
      "Her lawyer, Mark Geragos, said in a court filing that the charges were baseless.");
  const v1::Claim* c = FindClaim(doc, "the charges were baseless");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text(), "the charges were baseless");
  EXPECT_EQ(c->source_id(), "mark-geragos");
}

TEST(AttributionEdges, ItAfterCommaAndIsTheOrganisationNamedLast) {
  v1::Document doc = Extract(
      "Harbour Trust Scotland says the quay needs rebuilding, and it warned on Monday "
      "that repairs could take three years.");
  const v1::Claim* c = ClaimWithText(doc, "repairs could take three years");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "it");
  EXPECT_EQ(c->source_id(), "harbour-trust-scotland");
}

TEST(AttributionEdges, ACueJoinedInsideAReportedClauseIsNoClaimOfItsOwn) {
  // "would announce" is the agency's verb inside what the spokeswoman said; "and
  // said" after the subject's own verb still reports.
  v1::Document doc = Extract(
      "A ministry spokeswoman said the agency was reviewing the budget and would "
      "announce decisions in the autumn. The minister toured the quay and said the "
      "repairs would start soon.");
  const v1::Claim* c = FindClaim(doc, "the agency was reviewing the budget");
  ASSERT_NE(c, nullptr);
  EXPECT_NE(c->text().find("would announce decisions"), std::string::npos);
  EXPECT_EQ(ClaimWithText(doc, "decisions in the autumn"), nullptr);
  const v1::Claim* d = ClaimWithText(doc, "the repairs would start soon");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker(), "minister");
}

// "Dr. Evelyn Marsh, a structural engineer retained by the prosecution, who
// testified that ...": the relative "who" after an appositive is the person
// before it (had no source).
TEST(AttributionEdges, WhoAfterAnAppositiveIsThePersonBeforeIt) {
  v1::Document doc = Extract(
      "Jurors heard from Dr. Evelyn Marsh, a structural engineer retained by the "
      "prosecution, who testified that the anchors had been set in crumbling brick.");
  const v1::Claim* c = FindClaim(doc, "the anchors had been set");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "who");
  EXPECT_EQ(c->source_id(), "evelyn-marsh");
}

// "X said that ... - a point that officials have disputed.": the relative
// clause after the dash has a speaker of its own and ends X's words.
TEST(AttributionEdges, DashedPointThatOthersDisputeEndsTheClaim) {
  v1::Document doc = Extract(
      "Clinton has also said that the information was not classified at the time - a "
      "point that intelligence officials have disputed.");
  const v1::Claim* c = FindClaim(doc, "the information was not classified");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text(), "the information was not classified at the time");
}

}  // namespace
}  // namespace factwire
