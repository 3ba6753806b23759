// Speakers of direct quotes: cue words after the quote, "it" and noun phrases as
// speakers, and speakers carried over from earlier reported speech.
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
using ::factwire::testing_extract::SpeakerOf;

TEST(QuoteSpeakers, OneWordNameBeforeAnyPastTenseVerb) {
  v1::Document doc =
      Extract(kOpen + "Would it be cheaper to build it here?" + kClose +
              " Ralston pressed. " + kOpen + "Maybe we wait a year and see." + kClose);
  EXPECT_EQ(SpeakerOf(doc, "cheaper to build"), "Ralston");
  EXPECT_EQ(SpeakerOf(doc, "wait a year"), "Ralston");
}

TEST(QuoteSpeakers, OneWordNameFumedOnTuesday) {
  v1::Document doc = Extract(kOpen + "They would have passed the only bill we had," +
                             kClose + " Ostrowski fumed on Tuesday.");
  EXPECT_EQ(SpeakerOf(doc, "only bill"), "Ostrowski");
}

TEST(QuoteSpeakers, ItSaidAfterAQuote) {
  v1::Document doc =
      Extract("A letter from the staff union reached the board. " + kOpen +
              "We have accepted decades of closed-door deals," + kClose + " it said.");
  EXPECT_EQ(SpeakerOf(doc, "closed-door deals"), "it");
}

TEST(QuoteSpeakers, CapitalisedNounAfterDeterminer) {
  v1::Document doc = Extract(kOpen + "Regulation drives the prices of everything up," +
                             kClose + " the Republican said this week.");
  EXPECT_EQ(SpeakerOf(doc, "prices of everything"), "Republican");
}

TEST(QuoteSpeakers, LongPhraseAfterInvertedCue) {
  v1::Document doc = Extract(kOpen + "This matters more for the governor than anyone," +
                             kClose + " said one former party leadership aide.");
  EXPECT_EQ(SpeakerOf(doc, "more for the governor"), "former party leadership aide");
}

TEST(QuoteSpeakers, SpeakerOfEarlierReportedSpeechGoesOn) {
  v1::Document doc =
      Extract("Dana Whitlock, 69, said she had been flooded with angry letters. " +
              kOpen + "This is my town and I am staying here." + kClose);
  EXPECT_EQ(SpeakerOf(doc, "my town"), "Dana Whitlock");
}

TEST(QuoteSpeakers, PhraseCueShotBack) {
  v1::Document doc = Extract(
      "Asked whether the agency should apologise, Mr. Okafor shot back: " + kOpen +
      "That would be a start." + kClose);
  EXPECT_EQ(SpeakerOf(doc, "would be a start"), "Mr. Okafor");
}

TEST(QuoteSpeakers, PhraseCueWentOn) {
  v1::Document doc = Extract(kOpen + "This is a lot of nonsense that we ended," + kClose +
                             " he went on.");
  EXPECT_EQ(SpeakerOf(doc, "nonsense"), "he");
}

TEST(QuoteSpeakers, WentOnToIsNoCue) {
  v1::Document doc = Extract("Lena Park went on to win the seat. " + kOpen +
                             "We did it together," + kClose + " Ali Noor said.");
  EXPECT_EQ(SpeakerOf(doc, "did it together"), "Ali Noor");
  for (const v1::Claim& c : doc.claims()) EXPECT_NE(c.cue(), "went");
}

TEST(QuoteSpeakers, AskedOpeningTheSentenceIsNoCue) {
  v1::Document doc = Extract("Asked about the budget, Mayor Jane Ortiz said, " + kOpen +
                             "It will balance next year." + kClose);
  EXPECT_EQ(SpeakerOf(doc, "balance next year"), "Mayor Jane Ortiz");
}

TEST(QuoteSpeakers, AppositiveSpeakerInTheNextSentence) {
  v1::Document doc =
      Extract(kOpen + "How are you today?" + kClose +
              " Miller, a retired worker from the plant, said into the phone.");
  EXPECT_EQ(SpeakerOf(doc, "How are you"), "Miller");
}

TEST(QuoteSpeakers, SubjectOfTheQuotesOwnSentence) {
  v1::Document doc = Extract(
      "\"We will win,\" said Tom Reyes. She offered \"my thoughts and prayers for all "
      "the "
      "families of the victims.\"");
  EXPECT_EQ(SpeakerOf(doc, "my thoughts"), "She");
}

TEST(QuoteSpeakers, TripleApostropheClosesSingleThenDouble) {
  v1::Document doc = Extract(
      "''They tell me, 'Go back to your country,''' said Mr. Ruiz, who was born in "
      "Lima. ''This is my country.''");
  EXPECT_EQ(SpeakerOf(doc, "Go back"), "Mr. Ruiz");
  EXPECT_EQ(SpeakerOf(doc, "my country"), "Mr. Ruiz");
}

TEST(QuoteSpeakers, MisturnedClosingMark) {
  v1::Document doc = Extract(kOpen + "It is unusual," + kOpen + " said Lara Noble. " +
                             kOpen + "It is hard to pull off." + kClose);
  EXPECT_EQ(SpeakerOf(doc, "unusual"), "Lara Noble");
  EXPECT_EQ(SpeakerOf(doc, "hard to pull off"), "Lara Noble");
}

TEST(QuoteSpeakers, CuesFromTheLexicon) {
  v1::Document doc = Extract("As the crowd left, Mayor Ed Blum yelled, " + kOpen +
                             "Out, out, out!" + kClose + " Gina Ruiz pointed out, " +
                             kOpen + "The bill has passed the house." + kClose);
  EXPECT_EQ(SpeakerOf(doc, "Out, out"), "Mayor Ed Blum");
  EXPECT_EQ(SpeakerOf(doc, "bill has passed"), "Gina Ruiz");
}

TEST(QuoteSpeakers, OrganisationNounsSpeak) {
  v1::Document doc = Extract("That, the commission said, " + kOpen +
                             "would help avoid uncertainty." + kClose);
  EXPECT_EQ(SpeakerOf(doc, "avoid uncertainty"), "commission");
}

TEST(QuoteSpeakers, NounPhraseHeadsAfterQuotes) {
  v1::Document doc = Extract(kOpen + "What if the mayor took lessons?" + kClose +
                             " the 43-year-old asked in the video. " + kOpen +
                             "There was no such system then," + kClose +
                             " Powell's office said in a statement.");
  EXPECT_EQ(SpeakerOf(doc, "took lessons"), "43-year-old");
  EXPECT_EQ(SpeakerOf(doc, "no such system"), "Powell's office");
}

TEST(QuoteSpeakers, CapitalisedModifiersBeforeAnInvertedName) {
  v1::Document doc = Extract(kOpen + "The distraction costs us a little," + kClose +
                             " said Republican party boss Reince Priebus.");
  EXPECT_EQ(SpeakerOf(doc, "distraction"), "Reince Priebus");
}

TEST(QuoteSpeakers, PronounOpeningTheSentenceIsItsSubject) {
  v1::Document doc = Extract("She wrote to Muslim-Americans in an email, saying that " +
                             kOpen + "what you hear is simply wrong." + kClose);
  EXPECT_EQ(SpeakerOf(doc, "what you hear"), "She");
}

TEST(QuoteSpeakers, IssuerOfAStatementSpeaks) {
  v1::Document doc = Extract("Secretary Mara Lind released a statement saying that " +
                             kOpen + "the island has always loved the game." + kClose);
  EXPECT_EQ(SpeakerOf(doc, "always loved"), "Secretary Mara Lind");
}

TEST(QuoteSpeakers, NounPhraseOpeningTheSentenceSpeaks) {
  v1::Document doc = Extract("The Republican candidate defended his plans by saying, " +
                             kOpen + "We cannot afford to wait any longer." + kClose);
  EXPECT_EQ(SpeakerOf(doc, "afford to wait"), "Republican candidate");
}

TEST(QuoteSpeakers, AsHePutsIt) {
  v1::Document doc = Extract("As the columnist Dana Milk puts it, " + kOpen +
                             "Senators are unmoved and activists uninspired." + kClose);
  EXPECT_EQ(SpeakerOf(doc, "Senators are unmoved"), "Dana Milk");
}

TEST(QuoteSpeakers, SubjectAfterAnOpeningClause) {
  v1::Document doc =
      Extract("Asked which Iowa county was his favourite, he demurred: " + kOpen +
              "Whichever one I am in at the moment." + kClose);
  EXPECT_EQ(SpeakerOf(doc, "Whichever one"), "he");
}

TEST(QuoteSpeakers, PrepositionalOpenerIsNoSpeaker) {
  v1::Document doc =
      Extract("Back in 1999, Mr. Lorne praised the mayor, telling CNBC: " + kOpen +
              "I wish I could be like that." + kClose);
  EXPECT_EQ(SpeakerOf(doc, "I wish"), "Mr. Lorne");
}

TEST(QuoteSpeakers, CueInsideAnOpeningClauseIsNotTheOuterCue) {
  v1::Document doc = Extract("Despite what he wrote in the speech, Ray Cross said he " +
                             kOpen + "may yet have to vote for her." + kClose);
  EXPECT_EQ(SpeakerOf(doc, "may yet have to vote"), "Ray Cross");
}

TEST(QuoteSpeakers, ItWithFillersAndOwnersNouns) {
  v1::Document doc = Extract(
      kOpen + "Keep the carbon tax in place," + kClose + " it recommended. " + kOpen +
      "This is your movement," + kClose + " it now says. " + kOpen +
      "He was a friend to all of us," + kClose + " his colleague wrote on Facebook.");
  EXPECT_EQ(SpeakerOf(doc, "carbon tax"), "it");
  EXPECT_EQ(SpeakerOf(doc, "your movement"), "it");
  EXPECT_EQ(SpeakerOf(doc, "a friend"), "colleague");
}

TEST(QuoteSpeakers, ListenerAfterToldIsNoSpeaker) {
  v1::Document doc =
      Extract("Ben Carver did not name his rivals, but told his supporters, " + kOpen +
              "Our nation is in horrible trouble." + kClose);
  EXPECT_EQ(SpeakerOf(doc, "horrible trouble"), "Ben Carver");
}

TEST(QuoteSpeakers, TitledNameBeforeAppositive) {
  v1::Document doc = Extract(kOpen + "Order for the roll call matters," + kClose +
                             " Senator Paula Rynn, a Democrat who chairs the panel, "
                             "told the delegates. " +
                             kOpen + "We need a plan for these voters," + kClose +
                             " Nate Salter, the pollster who founded the site, "
                             "tweeted on Wednesday.");
  EXPECT_EQ(SpeakerOf(doc, "roll call"), "Senator Paula Rynn");
  EXPECT_EQ(SpeakerOf(doc, "these voters"), "Nate Salter");
}

TEST(QuoteSpeakers, CoordinatedClausesKeepTheirSpeakers) {
  v1::Document doc = Extract("A woman asked for a photo and Hilda Crane said, " + kOpen +
                             "as long as we are not breaking any rules." + kClose);
  EXPECT_EQ(SpeakerOf(doc, "breaking any rules"), "Hilda Crane");
}

TEST(QuoteSpeakers, HerVerdictBeforeAColonIsTheOwnersQuote) {
  // A possessive message noun opening the sentence names whose words follow the
  // colon.
  v1::Document doc = Extract(
      "Ines Calder ran the depot for a decade. Her verdict on the merger is blunt: " +
      kOpen + "They sold the trucks and kept the debts." + kClose);
  const v1::Claim* c = FindClaim(doc, "sold the trucks");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Her");
  EXPECT_EQ(c->source_id(), "ines-calder");
}

TEST(QuoteSpeakers, SaysAPersonsRelativeCommaNameIsTheNamedPerson) {
  // Two people share a surname: the quote is the niece's, not the keeper's.
  v1::Document doc = Extract(
      "Ruth Halvorsen has counted the birds for 26 years. " + kOpen +
      "That is the thing about gannets," + kClose +
      " says Halvorsen's niece, Kirsten Halvorsen, 24, who now helps with the counts.");
  const v1::Claim* c = FindClaim(doc, "the thing about gannets");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Kirsten Halvorsen");
  EXPECT_EQ(c->source_id(), "kirsten-halvorsen");
}

TEST(QuoteSpeakers, AsOneCrofterPutItToMeBeforeAColon) {
  // "put it to me" is speech ("went on to win" is not), and "As" opens the
  // clause, not the speaker's phrase.
  v1::Document doc = Extract(
      "Ruth Halvorsen has counted the birds for 26 years.\n\nAs one crofter put it to "
      "me: " + kOpen + "She knows the birds better than she knows us." + kClose +
      "\n\nAs one islander said: " + kOpen + "The island owes her." + kClose);
  const v1::Claim* c = FindClaim(doc, "She knows the birds");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "one crofter");
  EXPECT_EQ(c->cue(), "put");
  EXPECT_EQ(SpeakerOf(doc, "The island owes her"), "one islander");
}

TEST(QuoteSpeakers, SFinalPossessiveInsideTheAppositiveIsNoQuoteMark) {
  // "Reyes’ campaign manager": the apostrophe after an s is no closing mark.
  v1::Document doc = Extract(
      kOpen + "We will win the north," + kClose +
      " Lena Ortiz, Reyes\xE2\x80\x99 campaign manager, said. \"The voters' mood has "
      "turned,\" Tom Hale, the unions' chief negotiator, said.");
  const v1::Claim* c = FindClaim(doc, "We will win the north");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Lena Ortiz");
  EXPECT_EQ(c->cue(), "said");
  EXPECT_EQ(SpeakerOf(doc, "mood has turned"), "Tom Hale");
}

TEST(QuoteSpeakers, InvertedTitleRunsThroughOfToTheName) {
  v1::Document doc = Extract(
      kOpen + "The first line of defence is the family," + kClose +
      " said former secretary of state Maria Delgado, who praised the plan.");
  const v1::Claim* c = FindClaim(doc, "first line of defence");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Maria Delgado");
  EXPECT_EQ(c->cue(), "said");
}

TEST(QuoteSpeakers, InvertedRelativeAtAPlaceCommaName) {
  v1::Document doc = Extract(
      kOpen + "It may have been his first attempt at a business," + kClose +
      " said his best friend at Lehigh, Bruce Turry, who roomed with him.");
  const v1::Claim* c = FindClaim(doc, "his first attempt");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Bruce Turry");
}

TEST(QuoteSpeakers, PresentTenseConcludeAfterAQuote) {
  v1::Document doc = Extract(
      "Two economists at the Bank of Ghana studied the reform. " + kOpen +
      "The tariff cut raised prices in every region," + kClose + " they conclude.");
  EXPECT_EQ(SpeakerOf(doc, "The tariff cut raised prices"), "they");
}

TEST(QuoteSpeakers, QuoteInsideAWhichClauseIsItsSubjects) {
  // "which he called “…”": the relative clause's subject says the quoted words,
  // not the speaker of the sentence's first cue.
  v1::Document doc = Extract(
      "Mayor Ivo Brandt said the council had backed the new accreditation board, "
      "which Nadia Roos, the auditor, called " + kOpen + "a cartel in all but name." +
      kClose + " Brandt said it would be reviewed, which he described as " + kOpen +
      "overdue and welcome." + kClose);
  const v1::Claim* c = FindClaim(doc, "a cartel in all but name");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "nadia-roos");
  const v1::Claim* d = FindClaim(doc, "overdue and welcome");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker(), "he");
  EXPECT_EQ(d->cue(), "described");
}

TEST(QuoteSpeakers, ItOpeningTheSentenceSpeaksWithNoOrganisationNamed) {
  // "It" before a cue is a letter or a flyer named before: the quote is its,
  // not the last person's, even when no organisation is named to resolve it.
  v1::Document doc = Extract(
      "Vera Lund found the flyer on her door on Monday. It added, " + kOpen +
      "We want no part in the listing." + kClose);
  const v1::Claim* c = FindClaim(doc, "no part in the listing");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "It");
  EXPECT_EQ(c->source_id(), "");
}

// "it" after a short opening adverbial ("In the statement, it said, “…”",
// "On Friday, it added, “…”") is the organisation named before, as an "It"
// opening the sentence is; with no organisation named, a person is not taken.
TEST(QuoteSpeakers, ItAfterAnOpeningAdverbialIsTheOrganisationNamedBefore) {
  v1::Document doc = Extract(
      "Harland Foods Ltd recalled 9,000 jars of pesto on Thursday. In the statement, it "
      "said, " + kOpen + "No illness has been reported." + kClose +
      "\n\nOn Friday, it added, " + kOpen + "The line will restart next week." + kClose);
  const v1::Claim* c = FindClaim(doc, "No illness has been reported");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "harland-foods-ltd");
  const v1::Claim* d = FindClaim(doc, "line will restart");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->source_id(), "harland-foods-ltd");
  v1::Document person = Extract(
      "Vera Lund found the flyer on her door. In the end, it said, " + kOpen +
      "We want no part in the listing." + kClose);
  const v1::Claim* e = FindClaim(person, "no part in the listing");
  if (e != nullptr) {
    EXPECT_NE(e->source_id(), "vera-lund");
  }
}

TEST(QuoteSpeakers, InvertedNounPhraseEndsAtARelativeThat) {
  // "said the owner of a shop that sells shoes": the phrase up to "that".
  v1::Document doc = Extract(
      kOpen + "After we came here, we realised it was all lies," + kClose +
      " said the owner of a shop that sells shoes.");
  const v1::Claim* c = FindClaim(doc, "it was all lies");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "owner of a shop");
  EXPECT_EQ(c->cue(), "said");
}

// "they" after a claim of an unnamed group names that group as the source; after
// a named person's claim it stays unresolved.
TEST(QuoteSpeakers, TheyAfterAnUnnamedGroup) {
  v1::Document doc = Extract(
      "Still, the authors cautioned against reading too much into the results. " + kOpen +
      "The rates we measured are far too slow," + kClose + " they wrote.");
  const v1::Claim* c = FindClaim(doc, "far too slow");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "they");
  const v1::Source* s = FindSource(doc, c->source_id());
  ASSERT_NE(s, nullptr);
  EXPECT_NE(s->name().find("authors"), std::string::npos) << s->name();
  doc = Extract("Mayor Ana Ruiz said the plan was fair. " + kOpen + "It is too slow," + kClose +
                " they wrote.");
  c = FindClaim(doc, "too slow");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "");
}

// A quote cue joined by "and" to an earlier cue of the sentence has that cue's
// speaker: the words after it are its object, not an inverted speaker.
TEST(QuoteSpeakers, JoinedCueKeepsTheEarlierSpeaker) {
  v1::Document doc = Extract(
      "His campaign said it would " + kOpen + "wait until every ballot is counted" + kClose +
      " and accused election officials in the county of " + kOpen + "unacceptable delays." +
      kClose);
  ASSERT_GT(doc.claims_size(), 0);
  for (const v1::Claim& c : doc.claims()) EXPECT_EQ(c.speaker(), "His campaign") << c.text();
}

// "his campaign said": the campaign speaks for the person "his" names, who is the
// source; the speaker stays the phrase.
TEST(QuoteSpeakers, HisCampaignSpeaksForHim) {
  v1::Document doc = Extract(
      "Grant Halvorsen did not concede. In a brief statement, his campaign said "
      "it would " + kOpen + "wait until every legal ballot is counted." + kClose);
  const v1::Claim* c = FindClaim(doc, "every legal ballot");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "his campaign");
  EXPECT_EQ(c->source_id(), "grant-halvorsen");
}

// "in what a judge called “…” ... Judge Catherine Ashworth said": the unnamed "a
// judge" is the judge named next.
TEST(QuoteSpeakers, IndefiniteTitleIsThePersonNamedNext) {
  v1::Document doc = Extract(
      "The firm was fined in what a judge called " + kOpen + "a wholly avoidable disaster" +
      kClose + ". Sentencing on Friday, Judge Catherine Ashworth said the company had failed.");
  const v1::Claim* c = FindClaim(doc, "avoidable disaster");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "catherine-ashworth");
}

TEST(QuoteSpeakers, AnAgeStandsForThePersonNamedBefore) {
  v1::Document doc = Extract(
      "Aaron Doyle curled in the winner. The 19-year-old told reporters that he had not "
      "seen the ball go in. " + kOpen + "I just heard the noise," + kClose +
      " the 19-year-old said.");
  const v1::Claim* c = FindClaim(doc, "he had not seen the ball");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "aaron-doyle");
  const v1::Claim* q = FindClaim(doc, "I just heard the noise");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->source_id(), "aaron-doyle");
}

TEST(QuoteSpeakers, WhatANamingVerbNamesIsNoSpeaker) {
  const v1::Document doc = Extract(
      "In a letter, the guild calls the ruling " + kOpen + "a betrayal of members" + kClose +
      " and asks for talks. The guild called the memo " + kOpen + "a whitewash" + kClose +
      ".");
  const v1::Claim* c = FindClaim(doc, "a betrayal of members");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->cue(), "calls");
  EXPECT_EQ(c->speaker(), "guild");
  const v1::Claim* d = FindClaim(doc, "a whitewash");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker(), "guild");
}

// "X said the detention, which Peru says was illegal fishing, had “no basis in
// law”": the relative clause closes before the quote, so the quote is X's (was
// credited to Peru); "which he called “a disgrace”" stays the relative's own.
TEST(QuoteSpeakers, RelativeClauseClosedBeforeTheQuoteDoesNotOwnIt) {
  v1::Document doc = Extract(
      "Minister Ana Roa said the detention of the trawler, which Peru says was "
      "fishing illegally, had " + kOpen + "no basis in international law" + kClose +
      ". Roa attacked the law, which she called " + kOpen + "a disgrace" + kClose + ".");
  const v1::Claim* c = FindClaim(doc, "no basis in international law");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "ana-roa");
  const v1::Claim* d = nullptr;
  for (const v1::Claim& claim : doc.claims()) {
    if (claim.cue() == "says") d = &claim;
  }
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker(), "Peru");
  EXPECT_EQ(d->text(), "was fishing illegally");
  const v1::Claim* e = FindClaim(doc, "a disgrace");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source_id(), "ana-roa");
}

// "X said in a statement to the Associated Press that its vessel “…”": a mixed
// quote's words start after the "that" that ends where it was said (began "in a
// statement to the Associated Press that ...").
TEST(QuoteSpeakers, MixedQuoteStartsAfterWhereItWasSaid) {
  v1::Document doc = Extract(
      "The owner, Punta Norte Fisheries, said in a statement to the Associated Press that "
      "its vessel " + kOpen + "has fished the same grounds for twenty years" + kClose +
      " and that it would cover the costs.");
  const v1::Claim* c = FindClaim(doc, "has fished the same grounds");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind(), v1::CLAIM_KIND_MIXED_QUOTE);
  EXPECT_EQ(c->text().rfind("its vessel", 0), 0u) << c->text();
}

TEST(QuoteSpeakers, SubjectOfIsQuotedAsSayingSpeaks) {
  v1::Document doc = Extract("The harbour board met on Friday. " + kOpen +
                             "No ferry will leave before the inspection," + kClose +
                             " Okonkwo is quoted as saying in the board minutes.");
  EXPECT_EQ(SpeakerOf(doc, "No ferry will leave"), "Okonkwo");
  v1::Document past = Extract("Tamsin Reyes led the orchestra for a decade. " + kOpen +
                              "The hall was always too small for us," + kClose +
                              " she was quoted as saying by the Gazette in 2011.");
  const v1::Claim* c = FindClaim(past, "always too small");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "she");
  EXPECT_EQ(c->source_id(), "tamsin-reyes");
}

TEST(QuoteSpeakers, AnotherWithAnyNounSpeaksBeforeAQuote) {
  v1::Document doc = Extract("The ferry was cancelled again on Sunday. Another child said, " +
                             kOpen + "Nobody told us anything at the desk." + kClose +
                             " Another boy said " + kOpen + "I want to go home." + kClose);
  EXPECT_EQ(SpeakerOf(doc, "Nobody told us"), "Another child");
  EXPECT_EQ(SpeakerOf(doc, "want to go home"), "Another boy");
  // A verb after "another" is no noun phrase: the photos do not speak.
  v1::Document post = Extract("One post showed her first car. Another featured three old "
                              "photos telling " + kOpen + "the story of the farm." + kClose);
  EXPECT_EQ(SpeakerOf(post, "story of the farm").find("photos"), std::string::npos);
}

// The source a claim whose words contain `words` resolves to; "<none>" without
// a claim or a source.
std::string SourceOf(const v1::Document& doc, const std::string& words) {
  const v1::Claim* c = FindClaim(doc, words);
  return c != nullptr && !c->source_id().empty() ? c->source_id() : "<none>";
}

TEST(QuoteSpeakers, NameInAppositionToABareTitleSpeaks) {
  // A title standing alone before the comma ("TWU Chairman", "The Registrar of
  // the Board") names no one; the person named in apposition speaks.
  v1::Document doc = Extract(
      "TWU Chairman, Comrade Ngozi Eze, said: " + kOpen + "We will shut the depots." +
      kClose + " The Director-General of the Authority, Dr Tunde Bakare, said the "
      "review was " + kOpen + "overdue" + kClose + " and would start soon.");
  EXPECT_NE(SourceOf(doc, "shut the depots").find("ngozi-eze"), std::string::npos);
  EXPECT_NE(SourceOf(doc, "overdue").find("tunde-bakare"), std::string::npos);
}

TEST(QuoteSpeakers, AppositiveInsideAnOpeningClauseDoesNotEndIt) {
  // "When <name>, <appositive>, was asked ..., she ... said": the appositive's
  // commas do not close the opening clause; its pronoun subject speaks.
  v1::Document doc = Extract(
      "When Greta Sorensen, the league treasurer, was pressed on the shortfall, she "
      "shrugged and said, " + kOpen + "Nobody will lose a game over this." + kClose +
      " After Omar Castillo, the relief pitcher, had cleared his locker, he turned and "
      "told reporters: " + kOpen + "I gave everything I had." + kClose);
  EXPECT_EQ(SourceOf(doc, "lose a game"), "greta-sorensen");
  EXPECT_EQ(SourceOf(doc, "gave everything"), "omar-castillo");
  EXPECT_EQ(SpeakerOf(doc, "gave everything"), "he");
}

TEST(QuoteSpeakers, NounBeforeARelativeClauseWithoutCommasSpeaks) {
  // "<opening phrase>, a <noun> who <clause> said: “…”": the noun speaks, not
  // the relative pronoun under a cue inside its clause.
  v1::Document doc = Extract(
      "At the ferry terminal, a deckhand who asked not to be identified said: " + kOpen +
      "The engines have been failing for months." + kClose + " In the village, two "
      "farmers who lost their barns in the flood told us: " + kOpen +
      "Nobody from the council came." + kClose);
  const v1::Claim* deckhand = FindClaim(doc, "engines have been failing");
  ASSERT_NE(deckhand, nullptr);
  EXPECT_EQ(deckhand->cue(), "said");
  EXPECT_NE(deckhand->speaker().find("deckhand"), std::string::npos);
  EXPECT_NE(SpeakerOf(doc, "Nobody from the council").find("farmers"), std::string::npos);
  // In an appositive the phrase describes the person named before it.
  v1::Document named = Extract(
      "Mayor Ilse Brandt, a Green councillor who has led the city since 2019, said: " +
      kOpen + "The tram will run by spring." + kClose);
  EXPECT_EQ(SourceOf(named, "tram will run"), "ilse-brandt");
}

}  // namespace
}  // namespace factwire

namespace factwire {
namespace {

// "said Ohio steward Rita Vance": after an inverted cue, a place or organisation
// modifying any lowercase role noun before a name is not the speaker; the person is.
TEST(QuoteSpeakers, PlaceBeforeARoleNounAfterAnInvertedCueIsNotTheSpeaker) {
  const v1::Document doc = Extract(
      kOpen + "Nobody on this floor wants a strike," + kClose +
      " said Ohio steward Rita Vance.\n\n" + kOpen + "The lines were shorter this time," +
      kClose + " said Nevada voter Karen Lindqvist, standing by the gym doors.");
  const v1::Claim* strike = FindClaim(doc, "wants a strike");
  ASSERT_NE(strike, nullptr);
  EXPECT_EQ(strike->source_id(), "rita-vance");
  EXPECT_NE(strike->speaker().find("Rita Vance"), std::string::npos) << strike->speaker();
  const v1::Claim* lines = FindClaim(doc, "lines were shorter");
  ASSERT_NE(lines, nullptr);
  EXPECT_EQ(lines->source_id(), "karen-lindqvist");
  EXPECT_NE(lines->speaker().find("Karen Lindqvist"), std::string::npos) << lines->speaker();
}

TEST(QuoteSpeakers, TheStatementSpeaksForWhoIssuedIt) {
  v1::Document doc = Extract(
      "The Tarn Valley Water Board said in a statement on Friday that hosepipe use "
      "would be banned from May.\n\n" +
      kOpen + "Our reservoirs are at their lowest in a decade," + kClose +
      " the statement said.\n\nThe Orlen Canal Trust told boat owners in a letter "
      "on Monday that the locks would reopen.\n\n" +
      kOpen + "Mooring fees will stay as they are," + kClose + " the letter said.");
  const v1::Claim* c = FindClaim(doc, "lowest in a decade");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "tarn-valley-water-board");
  EXPECT_NE(c->speaker().find("statement"), std::string::npos);
  // (The statement last introduced, not the board's: the trust's letter.)
  const v1::Claim* l = FindClaim(doc, "Mooring fees");
  ASSERT_NE(l, nullptr);
  EXPECT_EQ(l->source_id(), "orlen-canal-trust");
}

TEST(QuoteSpeakers, TheStatementSpeaksForTheNameThatIssuedIt) {
  v1::Document doc =
      Extract("The Selkirk Growers Association on Thursday issued a statement about "
              "the frost.\n\nThe early cold hit the orchards on the valley floor hardest.\n\n" +
              kOpen + "Half the apple crop is gone," + kClose + " the statement said.");
  const v1::Claim* c = FindClaim(doc, "apple crop is gone");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "selkirk-growers-association");
}

TEST(QuoteSpeakers, ADocumentInsideTheClaimedWordsIsNotIssuedByItsSpeaker) {
  v1::Document doc = Extract("Acme Mining said it was studying a ruling on water rights.\n\n" +
                             kOpen + "The water belongs to the valley," + kClose +
                             " the ruling said.");
  const v1::Claim* c = FindClaim(doc, "belongs to the valley");
  ASSERT_NE(c, nullptr);
  EXPECT_NE(c->source_id(), "acme-mining");
}

TEST(QuoteSpeakers, APossessiveNameIssuesOnlyThroughItsBody) {
  v1::Document doc = Extract(
      "Tom Vail's lawyer sent a letter to the water company on Monday.\n\n" + kOpen +
      "The bill is wrong," + kClose + " the letter said.\n\nRosa Ibsen's campaign sent "
      "out an email to supporters.\n\n" + kOpen + "We need you now," + kClose +
      " the email said.");
  const v1::Claim* letter = FindClaim(doc, "bill is wrong");
  ASSERT_NE(letter, nullptr);
  EXPECT_NE(letter->source_id(), "tom-vail");
  const v1::Claim* email = FindClaim(doc, "need you now");
  ASSERT_NE(email, nullptr);
  EXPECT_EQ(email->source_id(), "rosa-ibsen");
}

TEST(QuoteSpeakers, AStatementOfAnUnnamedIssuerHidesTheOnesBefore) {
  v1::Document doc = Extract(
      "Quotas will fall again, the Marine Resources Office said in a statement on "
      "Monday.\n\nThe boat owners' group issued a statement on Friday.\n\n" +
      kOpen + "We cannot fish at a loss," + kClose + " the statement said.");
  const v1::Claim* c = FindClaim(doc, "fish at a loss");
  ASSERT_NE(c, nullptr);
  EXPECT_NE(c->source_id(), "marine-resources-office");
}

TEST(QuoteSpeakers, TheStatementOfADefiniteBodySpeaksForTheBodyNamedBefore) {
  v1::Document doc = Extract(
      "Quotas will fall again, the Marine Resources Office said in a statement on "
      "Monday.\n\nLast week the Kestrel Shipping Group warned that 300 jobs were at "
      "risk. The group issued a statement on Friday.\n\n" +
      kOpen + "We cannot run boats at a loss," + kClose + " the statement said.");
  const v1::Claim* c = FindClaim(doc, "boats at a loss");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "kestrel-shipping-group");
}

TEST(QuoteSpeakers, TheStatementOpeningItsClaimsSentenceSpeaksForItsSpeaker) {
  v1::Document doc = Extract(
      "In a statement on Tuesday, the Portree Harbour Trust said the pier would close.\n\n" +
      kOpen + "Safety comes first," + kClose + " the statement said.\n\nThe Skye Ferry "
      "Company sent a letter to the trust asking it to delay.\n\n" +
      kOpen + "Our timetable depends on that pier," + kClose + " the letter said.");
  const v1::Claim* c = FindClaim(doc, "Safety comes first");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "portree-harbour-trust");
  const v1::Claim* l = FindClaim(doc, "timetable depends");
  ASSERT_NE(l, nullptr);
  EXPECT_NE(l->source_id(), "portree-harbour-trust");
}

TEST(QuoteSpeakers, ALetterTheSpeakerReceivedIsNotHers) {
  v1::Document doc = Extract(
      "Ana Ruiz, who received a letter from the mayor on Monday, said the fees were "
      "unfair.\n\n" +
      kOpen + "The fees will rise in April," + kClose + " the letter said.");
  const v1::Claim* c = FindClaim(doc, "rise in April");
  ASSERT_NE(c, nullptr);
  EXPECT_NE(c->source_id(), "ana-ruiz");
}

TEST(QuoteSpeakers, TheStatementWithAWordBeforeItMeansTheOneIntroducedSo) {
  v1::Document doc = Extract(
      "The Kerio Valley Development Authority said in a written statement that the dam "
      "would be finished in 2028.\n\n" +
      kOpen + "Work is on schedule," + kClose + " the written statement said.\n\n" +
      kOpen + "Costs have doubled," + kClose + " the second statement said.");
  const v1::Claim* c = FindClaim(doc, "Work is on schedule");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "kerio-valley-development-authority");
  // (No second statement was introduced.)
  const v1::Claim* second = FindClaim(doc, "Costs have doubled");
  ASSERT_NE(second, nullptr);
  EXPECT_NE(second->source_id(), "kerio-valley-development-authority");
}

TEST(QuoteSpeakers, TheStatementOfTwoIssuersInOneParagraphSpeaksForNone) {
  v1::Document doc = Extract(
      "Halden Rail said in a statement that fares would rise, and the Drammen "
      "Bus Company said in a statement that its own would not.\n\n" +
      kOpen + "Passengers deserve certainty," + kClose + " the statement said.");
  const v1::Claim* c = FindClaim(doc, "deserve certainty");
  ASSERT_NE(c, nullptr);
  EXPECT_NE(c->source_id(), "halden-rail");
  EXPECT_EQ(c->source_id().find("drammen"), std::string::npos);
}

}  // namespace
}  // namespace factwire
