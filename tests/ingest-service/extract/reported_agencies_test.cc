// Reported speech of bodies, courts and documents in unseen newswire text
// (session 20): lowercase body names with a noun-like cue inside them.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;
using ::factwire::testing_extract::SourceNameOf;
using ::factwire::testing_extract::SpeakerOf;

// "the flood forecast centre says": a noun-like cue ("forecast") between a
// modifier and a body noun is part of the body's name; the verb after the body
// is the cue and the whole phrase speaks.
TEST(ReportedAgencies, ANounLikeCueBeforeABodyNounIsPartOfTheBody) {
  const v1::Document doc = Extract(
      "Rain fell for a third day across the valley.\n\n"
      "Manitoba's flood forecast centre says the lake could rise by half a metre. "
      "The flood monitoring centre said the dikes were holding.");
  const v1::Claim* a = FindClaim(doc, "the lake could rise");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->cue(), "says");
  EXPECT_NE(a->speaker().find("flood forecast centre"), std::string::npos) << a->speaker();
  EXPECT_EQ(a->text().find("centre"), std::string::npos) << a->text();
  const v1::Claim* b = FindClaim(doc, "the dikes were holding");
  ASSERT_NE(b, nullptr);
  EXPECT_NE(b->speaker().find("monitoring centre"), std::string::npos) << b->speaker();
  // (A body the speaker finder reads from its last word keeps the noun too.)
  const v1::Document office = Extract(
      "Rain fell for a third day across the valley.\n\n"
      "The provincial forecast office said the rain would ease on Sunday.");
  EXPECT_EQ(SpeakerOf(office, "the rain would ease"), "The provincial forecast office");
  for (const v1::Claim& c : doc.claims()) EXPECT_NE(c.cue(), "forecast") << c.text();
}

// "The state fisheries bureau warned that ...": a word that can be a cue verb
// ("state") right after the determiner modifies the body's head; the phrase
// speaks.
TEST(ReportedAgencies, ACueWordAfterTheDeterminerModifiesTheBody) {
  const v1::Document doc = Extract(
      "Fishing boats stayed in port on Friday.\n\n"
      "The state fisheries bureau warned that the swell would reach four metres by "
      "Sunday.");
  const v1::Claim* a = FindClaim(doc, "the swell would reach four metres");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->cue(), "warned");
  EXPECT_NE(a->speaker().find("state fisheries bureau"), std::string::npos) << a->speaker();
}

// "Two of the court's seven justices dissented, arguing that ...": members of a
// bench who voted without an object before the participle's comma speak; a
// count of a group is named by the group, not by the count.
TEST(ReportedAgencies, CourtMembersWhoDissentSpeakThroughTheParticiple) {
  const v1::Document doc = Extract(
      "The High Court upheld the fishing ban on Thursday.\n\n"
      "Three of the court's nine judges dissented, arguing that the quota board had "
      "ignored its own survey. Two magistrates objected, saying the fines were too "
      "high.");
  const v1::Claim* a = FindClaim(doc, "ignored its own survey");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->cue(), "arguing");
  EXPECT_EQ(a->speaker(), "Three of the court's nine judges");
  EXPECT_EQ(SourceNameOf(doc, "ignored its own survey"), "judges");
  const v1::Claim* b = FindClaim(doc, "the fines were too high");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->speaker(), "Two magistrates");
}

// An intransitive verb before the participle needs a subject that speaks: "The
// first frost arrived, suggesting ..." credits no one.
TEST(ReportedAgencies, AnIntransitiveVerbAfterAThingCreditsNoOne) {
  const v1::Document doc = Extract(
      "Growers are worried.\n\n"
      "The first frost arrived, suggesting that the season had turned early.");
  const v1::Claim* a = FindClaim(doc, "the season had turned early");
  if (a != nullptr) {
    EXPECT_EQ(a->source_id(), "") << a->speaker();
  }
}

// After a group's stance verb ("abstained", "resigned"), ", citing" and a bare
// noun phrase give a reason, not reported words; a clause after the participle
// is still reported. A past verb outside the stance list credits no one.
TEST(ReportedAgencies, AReasonAfterAGroupsStanceVerbIsNoClaim) {
  const v1::Document doc = Extract(
      "The council approved the budget on Monday.\n\n"
      "Two of the councillors abstained, citing a conflict of interest. Four of the "
      "clerks resigned, citing heavy workloads. Three of the councillors abstained, "
      "saying the figures had come too late. Two of the councillors travelled, "
      "saying the roads were closed.");
  for (const v1::Claim& c : doc.claims()) EXPECT_NE(c.cue(), "citing") << c.text();
  EXPECT_EQ(SpeakerOf(doc, "the figures had come too late"),
            "Three of the councillors");
  const v1::Claim* d = FindClaim(doc, "the roads were closed");
  if (d != nullptr) {
    EXPECT_EQ(d->source_id(), "") << d->speaker();
  }
}

// "according to figures from the county's schools forum": the body after
// "from" made the figures and speaks; "figures from last year" name no body.
TEST(ReportedAgencies, TheBodyAfterADocumentsFromSpeaks) {
  const v1::Document doc = Extract(
      "The schools budget is under strain.\n\n"
      "Class sizes rose to 29 pupils last year, according to figures from the "
      "district's school board. Enrolment fell by 3%, according to figures from last "
      "spring.");
  const v1::Claim* a = FindClaim(doc, "Class sizes rose to 29");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->speaker(), "the district's school board");
  const v1::Claim* b = FindClaim(doc, "Enrolment fell by 3%");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->speaker(), "figures");
}

// "ministry figures show": a body noun modifying a document speaks for the
// organisation of that kind just credited with a claim, else is named by the
// body noun; "The same papers" after "council papers" is the council's too.
TEST(ReportedAgencies, ABodyNounBeforeADocumentNamesItsMaker) {
  v1::Document doc = Extract(
      "KAMPALA — The Ministry of Agriculture said on Friday that coffee prices had "
      "risen for a fourth month.\n\n"
      "Coffee exports earned $41 million in June, ministry figures show.");
  EXPECT_EQ(SourceNameOf(doc, "Coffee exports earned"), "Ministry of Agriculture");
  doc = Extract(
      "The ferry service is under review.\n\n"
      "The crossing lost money in each of the last three years, according to council "
      "papers. The same papers show that a new vessel would cost £2 million.");
  EXPECT_EQ(SourceNameOf(doc, "The crossing lost money"), "council");
  EXPECT_EQ(SourceNameOf(doc, "a new vessel would cost"), "council");
  // (Records an office keeps cite the records: "court records" stays.)
  doc = Extract(
      "The builder was fined twice.\n\n"
      "The scaffold had failed an inspection in May, according to court records.");
  EXPECT_EQ(SourceNameOf(doc, "failed an inspection"), "court records");
}

// "Officials expect that ...": officials and sources whose words are reported
// give their view with "expect", as forecasters do; a thing expects nothing.
TEST(ReportedAgencies, OfficialsWhoExpectGiveAView) {
  const v1::Document doc = Extract(
      "The lake rose again overnight.\n\n"
      "Officials expect that as many as nine of the sluices may shut by Sunday. "
      "The lake expects more water than usual this spring.");
  const v1::Claim* a = FindClaim(doc, "nine of the sluices");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->speaker(), "Officials");
  EXPECT_EQ(a->cue(), "expect");
  const v1::Claim* b = FindClaim(doc, "more water than usual");
  if (b != nullptr) {
    EXPECT_EQ(b->source_id(), "") << b->speaker();
  }
}

// "The court ruled 5-2 that ...", "ruled unanimously that ...": the vote's
// tally or an "-ly" adverb may stand between the cue and "that"; the reported
// words begin after "that".
TEST(ReportedAgencies, ATallyOrAdverbBeforeThatIsNoPartOfTheWords) {
  const v1::Document doc = Extract(
      "The levy has been collected since April.\n\n"
      "The appeals court ruled 4-1 that the levy was lawful. Judge Lina Varga wrote "
      "bluntly that the fees had been set fairly.");
  const v1::Claim* a = FindClaim(doc, "the levy was lawful");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->text(), "the levy was lawful");
  EXPECT_EQ(a->cue(), "ruled");
  const v1::Claim* b = FindClaim(doc, "the fees had been set fairly");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->text(), "the fees had been set fairly");
}

// A noun ending in "-ly" ("supply", "assembly") right after the cue is part of
// the reported words, not an adverb to skip before "that".
TEST(ReportedAgencies, ALyNounAfterTheCueIsNoAdverb) {
  const v1::Document doc = Extract(
      "Relief convoys were held at the border.\n\n"
      "The charity said supply that had been promised never reached the camps. "
      "Officials said publicly that the road would reopen.");
  const v1::Claim* a = FindClaim(doc, "had been promised");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->text().rfind("supply that", 0), 0u) << a->text();
  const v1::Claim* b = FindClaim(doc, "the road would reopen");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->text(), "the road would reopen");
}

// "A coalition of civil society groups said": the collective speaks, named with
// its members, not the members alone.
TEST(ReportedAgencies, ACollectiveOfGroupsSpeaksWithItsMembers) {
  const v1::Document doc = Extract(
      "Polls closed at six.\n\n"
      "A coalition of church groups said turnout had been high in the north.");
  const v1::Claim* a = FindClaim(doc, "turnout had been high");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->speaker(), "A coalition of church groups");
  EXPECT_EQ(SourceNameOf(doc, "turnout had been high"), "coalition of church groups");
}

// "The Met Bureau expects ... The forecaster said ...": a forecaster speaks for
// the organisation whose forecast came just before; a body whose verb takes
// "all" as its object speaks through the participle after it.
TEST(ReportedAgencies, AForecasterAndABodyAcceptingAllSpeak) {
  const v1::Document doc = Extract(
      "Farmers are waiting for rain.\n\n"
      "The Tarn Meteorological Bureau expects rainfall to stay below average until "
      "April. The forecaster said night frosts would return by Friday.\n\n"
      "The agency accepted all six of the review's findings, saying that a new unit "
      "would check every grazing permit.");
  EXPECT_EQ(SourceNameOf(doc, "night frosts would return"), "Tarn Meteorological Bureau");
  const v1::Claim* a = FindClaim(doc, "a new unit would check");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->speaker(), "The agency");
}

// "..., said it backed the lawsuit.": a pronoun right after the cue opens the
// reported words; a noun later in them ("the lawsuit") is no inverted speaker.
TEST(ReportedAgencies, APronounAfterTheCueOpensTheWordsNotASpeaker) {
  const v1::Document doc = Extract(
      "The hearing opened on Monday.\n\n"
      "The largest creditor, Holm Partners, said it backed the complaint.");
  for (const v1::Claim& c : doc.claims()) {
    EXPECT_EQ(c.speaker().find("complaint"), std::string::npos) << c.text();
  }
}

// "according to Arden's annual review ... [five paragraphs] ... the report
// estimated": the one report of the story speaks for its maker further back
// than a body would.
TEST(ReportedAgencies, TheReportSpeaksForItsMakerManyParagraphsOn) {
  const v1::Document doc = Extract(
      "Club finances\n\n"
      "Clubs earned a record £2 billion last season, according to Arden Partners' "
      "annual review of football finance.\n\n"
      "Ticket prices rose for a third year.\n\n"
      "Attendance was the highest since 1950.\n\n"
      "Broadcasting is the biggest source of income.\n\n"
      "Most clubs spent more on wages than ever.\n\n"
      "Top players now earn £200,000 a week, the report estimated.");
  EXPECT_EQ(SourceNameOf(doc, "Top players now earn"), "Arden Partners");
}

// "The minister said A, and a senior diplomat from another country said B":
// the second clause has its own unnamed speaker; A ends before the join.
TEST(ReportedAgencies, ADescribedSourceAfterAJoinSpeaksForItself) {
  const v1::Document doc = Extract(
      "The talks resumed on Monday.\n\n"
      "The minister said the draft was sound, and a senior official from another "
      "delegation said two governments wanted it narrowed.");
  const v1::Claim* a = FindClaim(doc, "the draft was sound");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->text(), "the draft was sound");
  const v1::Claim* b = FindClaim(doc, "two governments wanted it narrowed");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->speaker(), "a senior official from another delegation");
  // (So with an aside between the phrase and its cue.)
  const v1::Document aside = Extract(
      "The talks resumed on Monday.\n\n"
      "The minister said the draft was sound, and a senior official from another "
      "delegation, speaking on condition of anonymity, said two governments wanted "
      "it narrowed.");
  a = FindClaim(aside, "the draft was sound");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->text(), "the draft was sound");
  b = FindClaim(aside, "two governments wanted it narrowed");
  ASSERT_NE(b, nullptr);
  EXPECT_NE(b->speaker().find("senior official"), std::string::npos) << b->speaker();
}

// "The province's transport ministry estimates that ...": a body owned by a
// common noun is named by its own words; a lone noun ("the bank's board") and
// a name's body ("Ghana's lands ministry") keep their owner.
TEST(ReportedAgencies, ABodyOwnedByACommonNounIsNamedByItsOwnWords) {
  const v1::Document doc = Extract(
      "Fares will rise in June.\n\n"
      "The province's transport ministry estimates that 9,000 riders will switch to "
      "buses. The bank's board said the loan was sound. Ghana's lands ministry said "
      "the survey was complete.");
  EXPECT_EQ(SourceNameOf(doc, "9,000 riders"), "transport ministry");
  const v1::Claim* a = FindClaim(doc, "9,000 riders");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->speaker(), "The province's transport ministry");
  EXPECT_EQ(SourceNameOf(doc, "the loan was sound"), "bank's board");
  EXPECT_EQ(SourceNameOf(doc, "the survey was complete"), "Ghana's lands ministry");
}

// "One juror said": a count word opening an unnamed source's phrase is no part
// of its name ("juror"); the speaker's text keeps it. A share keeps its count.
TEST(ReportedAgencies, ACountOpeningAnUnnamedSourceIsNoPartOfItsName) {
  const v1::Document doc = Extract(
      "The jury returned its verdict on Friday.\n\n"
      "One juror said the phone records had settled it. One parish councillor said "
      "the village was relieved. Thirty percent said they had followed the case. Two "
      "others said the trial had been fair.");
  EXPECT_EQ(SourceNameOf(doc, "the phone records had settled it"), "juror");
  EXPECT_EQ(SpeakerOf(doc, "the phone records had settled it"), "One juror");
  EXPECT_EQ(SourceNameOf(doc, "the village was relieved"), "parish councillor");
  EXPECT_EQ(SourceNameOf(doc, "the trial had been fair"), "Two others");
  const v1::Claim* c = FindClaim(doc, "they had followed the case");
  if (c != nullptr && !c->source_id().empty()) {
    EXPECT_NE(SourceNameOf(doc, "they had followed the case"), "percent");
  }
}

// "some voters said", "Several growers said": a quantifier standing for a
// number opens an unnamed group as a count does; the group is named without it
// (not "the most recent figures", a superlative).
TEST(ReportedAgencies, AVagueQuantifierOpeningAGroupIsNoPartOfItsName) {
  const v1::Document doc = Extract(
      "The market opened late on Saturday.\n\n"
      "Stalls ran out of bread by noon, and some shoppers said they had waited an "
      "hour. Several growers said the frost had cut their yields.");
  EXPECT_EQ(SpeakerOf(doc, "they had waited an hour"), "some shoppers");
  EXPECT_EQ(SourceNameOf(doc, "they had waited an hour"), "shoppers");
  EXPECT_EQ(SourceNameOf(doc, "the frost had cut their yields"), "growers");
}

// "Several hundred workers said": the number word the quantifier scales goes
// with it; "Few people said" denies the group speaks and keeps its words.
TEST(ReportedAgencies, AScaledOrNegativeQuantifierOpeningAGroup) {
  const v1::Document doc = Extract(
      "The sawmill shut its gates in April.\n\n"
      "Several hundred loggers said they were owed two months of wages. Few neighbours "
      "said they would miss the noise.");
  EXPECT_EQ(SourceNameOf(doc, "owed two months of wages"), "loggers");
  EXPECT_EQ(SourceNameOf(doc, "would miss the noise"), "Few neighbours");
}

// "The judges found that ...": the bench speaks for the one court the story
// credits; with two courts it stays unnamed.
TEST(ReportedAgencies, TheJudgesSpeakForTheOneCourtCredited) {
  const v1::Document doc = Extract(
      "The Northern Appeals Court overturned the quarry permit on Tuesday.\n\n"
      "The Northern Appeals Court said the council had not consulted the villages. The "
      "judges found that the permit therefore breached the planning act.");
  EXPECT_EQ(SourceNameOf(doc, "breached the planning act"), "Northern Appeals Court");
  EXPECT_EQ(SpeakerOf(doc, "breached the planning act"), "judges");
  const v1::Document two = Extract(
      "The Northern Appeals Court overturned the quarry permit on Tuesday.\n\n"
      "The Northern Appeals Court said the council had not consulted the villages. The "
      "Coastal District Court said last year that the permit was lawful. The judges "
      "found that the permit therefore breached the planning act.");
  EXPECT_EQ(SourceNameOf(two, "breached the planning act"), "judges");
}

TEST(ReportedAgencies, JurorsAndFarJudgesAreNoCourt) {
  const v1::Document jurors = Extract(
      "The Eastfield Crown Court heard the fraud case on Monday, the court said.\n\n"
      "The jurors said they had been followed home by a stranger.");
  EXPECT_EQ(SourceNameOf(jurors, "followed home by a stranger"), "jurors");
  const v1::Document far = Extract(
      "The Eastfield High Court ruled against the council on Monday, the court said.\n\n"
      "The council will appeal.\n\nThe mayor was not available.\n\n"
      "Road works begin in May.\n\nA new park opens in June.\n\n"
      "At the gymnastics final, the judges said the routine lacked difficulty.");
  EXPECT_EQ(SourceNameOf(far, "routine lacked difficulty"), "judges");
}

TEST(ReportedAgencies, TheResearchersSpeakForTheOneResearchBodyNamed) {
  const v1::Document doc = Extract(
      "Scientists at the Baltic Institute for Coastal Studies tracked eels with small "
      "radio tags for three years.\n\n"
      "Most of the eels left the lagoon in autumn, the team reported in the journal. "
      "Young eels swim about 10 km a day, the researchers noted.");
  EXPECT_EQ(SourceNameOf(doc, "left the lagoon in autumn"),
            "Baltic Institute for Coastal Studies");
  EXPECT_EQ(SourceNameOf(doc, "swim about 10 km a day"), "Baltic Institute for Coastal Studies");
  EXPECT_EQ(SpeakerOf(doc, "swim about 10 km a day"), "the researchers");
  const v1::Document two = Extract(
      "Scientists at the Baltic Institute for Coastal Studies and the University of "
      "Gdansk tracked eels with small radio tags for three years.\n\n"
      "Young eels swim about 10 km a day, the researchers noted.");
  EXPECT_EQ(SourceNameOf(two, "swim about 10 km a day"), "researchers");
}

TEST(ReportedAgencies, ASportsTeamIsNoResearchBody) {
  const v1::Document doc = Extract(
      "Ridgeway University beat its old rival 3-1 on Saturday before a crowd of 9,000.\n\n"
      "The striker will miss the next two games with a knee injury, the team said.");
  EXPECT_EQ(SourceNameOf(doc, "miss the next two games"), "team");
}

}  // namespace
}  // namespace factwire
