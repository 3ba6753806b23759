#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/extract/lexicon/lexicon.h"
#include "ingest-service/extract/mentions.h"
#include "ingest-service/extract/sentences.h"
#include "ingest-service/extract/speakers.h"
#include "ingest-service/extract/tokens.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;
using ::factwire::testing_extract::SourceNameOf;
using ::factwire::testing_extract::SpeakerOf;
using ::factwire::testing_extract::SpanText;
using ::factwire::testing_extract::kClose;
using ::factwire::testing_extract::kOpen;

TEST(Speakers, ColonIntroInPreviousParagraph) {
  v1::Document doc = Extract("Mayor Lisa Tran continued:\n\n" + kOpen +
                             "We will not raise taxes this year." + kClose);
  const v1::Claim* c = FindClaim(doc, "raise taxes");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind(), v1::CLAIM_KIND_DIRECT_QUOTE);
  EXPECT_EQ(c->source_id(), "lisa-tran");
}

TEST(Speakers, InheritedPronounSpeakerKeepsItsSpan) {
  v1::Document doc = Extract(kOpen + "Okay," + kClose + " I said. " + kOpen +
                             "I came here as a student many years ago." + kClose);
  const v1::Claim* c = FindClaim(doc, "I came here");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "I");
  EXPECT_EQ(SpanText(doc, c->speaker_span()), "I");
}

TEST(Speakers, RelativeClauseBeforeCue) {
  v1::Document doc = Extract(kOpen + "The job has no description," + kClose +
                             " Mia Verne, who served as chief of staff, told CBS News.");
  const v1::Claim* c = FindClaim(doc, "no description");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "mia-verne");
}

TEST(Speakers, RelativePronounIsTheMention) {
  v1::Document doc = Extract("He cited the Gallup report, which notes, " + kOpen +
                             "Most voters are undecided." + kClose);
  const v1::Claim* c = FindClaim(doc, "Most voters");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "which");
}

TEST(Speakers, PassiveAskedBy) {
  v1::Document doc = Extract("Sanders was asked by host Bill Maher, " + kOpen +
                             "Are you tired of the emails?" + kClose);
  const v1::Claim* c = FindClaim(doc, "tired of the emails");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "bill-maher");
}

TEST(Speakers, AttributionAfterQuestionMark) {
  v1::Document doc = Extract(kOpen + "Who do they think they are?" + kClose +
                             " Trump said of the firm.");
  const v1::Claim* c = FindClaim(doc, "Who do they think");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Trump");
}

TEST(Speakers, DeterminerPhraseAfterInvertedCue) {
  v1::Document doc =
      Extract(kOpen + "Spending goes up and taxes go up," + kClose + " says a narrator.");
  const v1::Claim* c = FindClaim(doc, "Spending goes up");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "narrator");
}

TEST(Speakers, AgeAppositive) {
  v1::Document doc =
      Extract(kOpen + "We are friends," + kClose + " Jim Bent, 57, told a voter.");
  const v1::Claim* c = FindClaim(doc, "We are friends");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "jim-bent");
}

TEST(Speakers, SentenceInitialAdverbIsNotASpeaker) {
  v1::Document doc = Extract("Later, Carson shared a syllabus, writing " + kOpen +
                             "Here is the class you claim never existed." + kClose);
  const v1::Claim* c = FindClaim(doc, "Here is the class");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Carson");
}

TEST(Speakers, ParticipleAfterAttributionKeepsSpeaker) {
  v1::Document doc = Extract(
      "The economy is weak, Senator Amy Roe said, citing low growth and high prices.");
  const v1::Claim* c = FindClaim(doc, "low growth");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "amy-roe");
  EXPECT_EQ(c->cue(), "citing");
}

TEST(Speakers, InvertedCueWithHonorific) {
  v1::Document doc =
      Extract("''There is always resistance,'' said Mr. Schmidt, who owns the course.");
  const v1::Claim* c = FindClaim(doc, "always resistance");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Mr. Schmidt");
  EXPECT_EQ(c->source_id(), "schmidt");
}

TEST(Speakers, PersonAfterOrganizationAndTitle) {
  v1::Document doc =
      Extract("Clinton " + kOpen + "drew quite well from white voters" + kClose +
              " in the primary, said Ohio State University professor Paul Beck.");
  const v1::Claim* c = FindClaim(doc, "drew quite well");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "paul-beck");
}

TEST(Speakers, OuterSpeakerOfEmbeddedCue) {
  v1::Document doc =
      Extract("President Ana Ruiz said she expected that voters will say " + kOpen +
              "no" + kClose + " to the plan.");
  ASSERT_GE(doc.claims_size(), 1);
  EXPECT_EQ(doc.claims(0).source_id(), "ana-ruiz");
}

TEST(Speakers, ConjunctionStartsANewClause) {
  v1::Document doc =
      Extract("Ash Carter said the approach remained " + kOpen + "one of commitment" +
              kClose + ", but he also warned China.");
  const v1::Claim* c = FindClaim(doc, "one of commitment");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "ash-carter");
  EXPECT_EQ(c->kind(), v1::CLAIM_KIND_MIXED_QUOTE);
}

TEST(Speakers, NameBeforeSeveralAsides) {
  v1::Document doc = Extract(
      "''She was not truthful,'' Cecelia Purner, 67, a retired clerk in "
      "Allentown, Pa., said in an interview.");
  const v1::Claim* c = FindClaim(doc, "not truthful");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "cecelia-purner");
}

TEST(Speakers, ParenthesisAfterName) {
  v1::Document doc = Extract("Governor Mary Fallin (R-OK) said the candidate is " +
                             kOpen + "trying to campaign as a healer." + kClose);
  ASSERT_GE(doc.claims_size(), 1);
  EXPECT_EQ(doc.claims(0).source_id(), "mary-fallin");
}

TEST(Speakers, SubjectIsNotInsideAPrepositionalPhrase) {
  v1::Document doc = Extract(
      "At a rally in Portsmouth, Senator Bernie Sanders endorsed Clinton, "
      "saying that she would " +
      kOpen + "make an outstanding president." + kClose);
  const v1::Claim* c = FindClaim(doc, "outstanding president");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "bernie-sanders");
}

TEST(Speakers, AnyPastTenseVerbAfterQuote) {
  v1::Document doc = Extract("\"People fear wasting their votes,\" he surmised.");
  ASSERT_EQ(doc.claims_size(), 1);
  EXPECT_EQ(doc.claims(0).speaker(), "he");
  EXPECT_EQ(doc.claims(0).cue(), "surmised");
}

TEST(Speakers, InvertedReadAndLooseNominal) {
  v1::Document doc = Extract(
      "\"We grow stronger with every vote,\" read the email. "
      "\"It was very nice,\" the gambling tycoon told Reuters.");
  ASSERT_EQ(doc.claims_size(), 2);
  EXPECT_EQ(doc.claims(0).speaker(), "email");
  EXPECT_EQ(doc.claims(1).speaker(), "gambling tycoon");
}

TEST(Speakers, ReadBeforeATitleIsNotACue) {
  v1::Document doc =
      Extract("He read " + kOpen + "The Old Man and the Sea" + kClose + " at school.");
  EXPECT_EQ(doc.claims_size(), 0);
}

TEST(Speakers, NameInCommasAfterItsTitle) {
  v1::Document doc = Extract(
      "Ontario's transport minister, Raj Sarkar, said in a statement that the "
      "government would " +
      kOpen + "study the proposal." + kClose);
  ASSERT_EQ(doc.claims_size(), 1);
  EXPECT_EQ(doc.claims(0).source_id(), "raj-sarkar");
  EXPECT_EQ(doc.claims(0).kind(), v1::CLAIM_KIND_MIXED_QUOTE);
  EXPECT_EQ(doc.claims(0).text().rfind("the government", 0), 0u);
}

TEST(Speakers, PossessiveOwnerNounSpeaks) {
  v1::Document doc =
      Extract("Senator Tom Gow\u2019s office slammed the lawsuit, calling it " + kOpen +
              "meritless" + kClose + " on Monday.");
  const v1::Claim* c = FindClaim(doc, "meritless");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Senator Tom Gow\u2019s office");
}

TEST(Speakers, LikeXIsNotTheSubject) {
  v1::Document doc =
      Extract("Like Corker, Menendez rejected the notion, arguing that there is " +
              kOpen + "flexibility for the administration." + kClose);
  const v1::Claim* c = FindClaim(doc, "flexibility");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Menendez");
}

TEST(Speakers, ParticipleAfterSaidKeepsSpeaker) {
  v1::Document doc = Extract(
      "\"We must hold the line,\" Law said, noting that donors feel "
      "\"we need an insurance policy.\"");
  const v1::Claim* c = FindClaim(doc, "insurance policy");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Law");
}

TEST(Speakers, NameRightBeforeColon) {
  v1::Document doc = Extract("More from Jeff Jones: " + kOpen +
                             "Twenty states lean Republican this year." + kClose);
  ASSERT_EQ(doc.claims_size(), 1);
  EXPECT_EQ(doc.claims(0).source_id(), "jeff-jones");
}

TEST(Speakers, ObjectBeforeColonIsNotTheSpeaker) {
  v1::Document doc = Extract(
      "Jeb Bush explained the problem to the newspaper NRC Handelsblad: " + kOpen +
      "What he did was so insensitive." + kClose);
  ASSERT_EQ(doc.claims_size(), 1);
  EXPECT_EQ(doc.claims(0).source_id(), "jeb-bush");
}

TEST(Speakers, OuterCueBeatsEmbeddedParticiple) {
  v1::Document doc =
      Extract("Ana Cole claimed that remarks by Tom Ray calling for a ban make him " +
              kOpen + "the best recruiter." + kClose);
  const v1::Claim* c = FindClaim(doc, "best recruiter");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "ana-cole");
}

TEST(Speakers, CapitalisedCueWordInsideAName) {
  v1::Document doc = Extract(
      "''He is not one of us,'' said State Senator Jose Rodriguez, "
      "Democrat of Texas.");
  ASSERT_EQ(doc.claims_size(), 1);
  EXPECT_EQ(doc.claims(0).source_id(), "jose-rodriguez");
}

TEST(Speakers, PeriodInsideParenthesisAfterName) {
  v1::Document doc =
      Extract("\"It reminds us of this,\" Sen. Marco Rubio (R-Fla.) said Saturday.");
  ASSERT_EQ(doc.claims_size(), 1);
  EXPECT_EQ(doc.claims(0).source_id(), "marco-rubio");
}

TEST(Speakers, CreditLineIsNotAClaim) {
  v1::Document doc = Extract("Lisa Lerer reported from Los Angeles.");
  EXPECT_EQ(doc.claims_size(), 0);
}

TEST(Speakers, OrganisationAppositiveInsideAPersonsAppositive) {
  v1::Document doc = Extract(
      "Lena Ruiz, the director of Harbor Watch, a coastal advocacy group, said that "
      "the beaches were dirty.");
  const v1::Claim* c = FindClaim(doc, "beaches were dirty");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "lena-ruiz");
}

// An unnamed source is not named from words inside quotation marks, nor by a
// phrase running back across "to every": "The company" stays itself.
TEST(Speakers, UnnamedSourceNotNamedFromQuotedWords) {
  v1::Document doc = Extract(
      "The regulator said the fine sent " + kOpen + "a clear message to every water company" +
      kClose + " that pollution would be punished. The company said it had installed new "
      "monitoring.");
  const v1::Claim* c = FindClaim(doc, "installed new monitoring");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "The company");
  for (const v1::Source& s : doc.sources()) {
    EXPECT_EQ(s.name().find("message"), std::string::npos) << s.name();
  }
}

// "... as anglers describe ...": "as" opens the clause; it is no part of the
// speaker.
TEST(Speakers, AsOpensTheSpeakersClause) {
  v1::Document doc = Extract(
      "The judge said the firm " + kOpen + "cut corners for years" + kClose +
      " as anglers describe the river " + kOpen + "white with dead trout" + kClose + ".");
  ASSERT_GT(doc.claims_size(), 0);
  for (const v1::Claim& c : doc.claims()) {
    EXPECT_EQ(c.speaker().find("as "), std::string::npos) << c.speaker();
  }
}

// "Name, appositive, who/which ..., said": the person whose appositive the
// relative clause follows speaks, not the organisation inside the appositive.
TEST(Speakers, RelativeClauseAfterAnAppositive) {
  v1::Document doc = Extract(
      "Hogan Gidley, a former director of the South Carolina Republican Party, who now "
      "advises Huckabee, said the base was angry.");
  const v1::Claim* c = FindClaim(doc, "the base was angry");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Hogan Gidley");
}

// A dateline is no subject: "BRUSSELS/KYIV, March 12 (Reuters) - Russia rejected
// ..., saying ..." is Russia's claim.
TEST(Speakers, SubjectAfterADateline) {
  v1::Document doc = Extract(
      "BRUSSELS/KYIV, March 12 (Reuters) - Russia on Wednesday rejected a European "
      "proposal to send monitors to Black Sea ports, saying the plan would fail.");
  const v1::Claim* c = FindClaim(doc, "the plan would fail");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Russia");
}

// "Others said": a quantifier opening the sentence names no one; its source is
// anonymous.
TEST(Speakers, QuantifierSubjectIsAnonymous) {
  v1::Document doc = Extract(
      "Voters described a sour mood. Others said the races came down to candidates.");
  const v1::Claim* c = FindClaim(doc, "came down to candidates");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Others");
  bool found = false;
  for (const v1::Source& s : doc.sources()) {
    if (s.source_id() != c->source_id()) continue;
    found = true;
    EXPECT_EQ(s.type(), v1::SOURCE_TYPE_ANONYMOUS);
  }
  EXPECT_TRUE(found);
}

// "Two officials, speaking on condition of anonymity because ..., said": the
// aside about how they spoke stands between the subject and its cue (was a
// sentence with no claim).
TEST(Speakers, SpeakingAsideBeforeTheCue) {
  v1::Document doc = Extract(
      "Two Chilean officials, speaking on condition of anonymity because they were not "
      "authorised to discuss the matter, said the transponder had failed. The minister, "
      "talking to reporters in Lima, said the talks would go on.");
  const v1::Claim* c = FindClaim(doc, "the transponder had failed");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Two Chilean officials");
  EXPECT_EQ(c->text(), "the transponder had failed");
  const v1::Claim* d = FindClaim(doc, "the talks would go on");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker(), "The minister");
}

// "..., but Republicans say ...", "..., yet critics warned ...": the clause join
// is no part of the speaker's phrase (sources were "but Republicans", "yet
// critics"), so the group is one source wherever it speaks.
TEST(Speakers, ClauseJoinIsNoPartOfTheSpeaker) {
  v1::Document doc = Extract(
      "Republicans say the bill is too costly. Democrats said the plan was a good "
      "start, but Republicans say it is too costly. Supporters praised it, yet "
      "critics warned that it would fail.");
  const v1::Claim* c = FindClaim(doc, "it is too costly");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Republicans");
  const v1::Claim* first = FindClaim(doc, "the bill is too costly");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(c->source_id(), first->source_id());
  const v1::Claim* d = FindClaim(doc, "it would fail");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker(), "critics");
}

// "He said that tracking data showed ...", "a strike that company executives
// said could hurt earnings": the "that" opening the clause is no part of the
// speaker (was "that tracking data", "strike that company executives").
TEST(Speakers, ThatOpeningAClauseIsNoPartOfTheSpeaker) {
  v1::Document doc = Extract(
      "He said that tracking data showed the boat had stayed. The union ended a "
      "strike that company executives said could hurt earnings.");
  const v1::Claim* c = FindClaim(doc, "the boat had stayed");
  ASSERT_NE(c, nullptr);
  bool data = false;
  for (const v1::Claim& claim : doc.claims()) {
    if (claim.cue() == "showed") {
      data = true;
      EXPECT_EQ(claim.speaker(), "tracking data");
    }
  }
  EXPECT_TRUE(data);
  const v1::Claim* d = FindClaim(doc, "could hurt earnings");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker(), "company executives");
}

// "The owner said in a statement that ...": a noun phrase opening the sentence
// speaks even when where it was said follows the cue (made no claim: the
// preposition after the cue read it as a noun, "the case for caution").
TEST(Speakers, OpeningNounPhraseBeforeSaidInAStatement) {
  v1::Document doc = Extract(
      "The landlord said in a statement that rents would rise in May.");
  const v1::Claim* c = FindClaim(doc, "rents would rise");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->kind(), v1::CLAIM_KIND_INDIRECT_QUOTE);
  EXPECT_NE(c->speaker().find("landlord"), std::string::npos) << c->speaker();
}

TEST(Speakers, PronounAfterOpeningAdverbial) {
  // "Hours later, she ...": the pronoun after a short opening adverbial is the
  // subject, not the object noun ("a statement") nor the first word ("Eight").
  v1::Document doc = Extract("Hours later, she issued a statement calling on the council " +
                             kOpen + "to act before the winter storms." + kClose);
  const v1::Claim* c = FindClaim(doc, "before the winter storms");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "she");
  v1::Document doc2 = Extract("Eight years ago, he backed the mayor and said, " + kOpen +
                              "She has never let this town down." + kClose);
  const v1::Claim* c2 = FindClaim(doc2, "never let this town down");
  ASSERT_NE(c2, nullptr);
  EXPECT_EQ(c2->speaker(), "he");
}

// "Nurses reached by the Courier said": a participle with "by" after the
// subject modifies it; the one before the participle speaks, not its agent.
TEST(Speakers, ParticipleByAgentModifiesTheSubject) {
  v1::Document doc = Extract(
      "Nurses reached by the Evening Courier said the ward had been short of staff for months.");
  const v1::Claim* c = FindClaim(doc, "short of staff");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "Nurses");
  v1::Document doc2 = Extract(
      "Shopkeepers interviewed by Radio Kestrel say the new parking charges have driven "
      "customers away.");
  const v1::Claim* c2 = FindClaim(doc2, "parking charges");
  ASSERT_NE(c2, nullptr);
  EXPECT_EQ(c2->speaker(), "Shopkeepers");
  v1::Document doc3 = Extract(
      "Farmers contacted by the agency said the drought had halved their harvests.");
  const v1::Claim* c3 = FindClaim(doc3, "halved their harvests");
  ASSERT_NE(c3, nullptr);
  EXPECT_EQ(c3->speaker(), "Farmers");
  EXPECT_TRUE(c3->source_id().find("agency") == std::string::npos) << c3->source_id();
  // A group inside a prepositional phrase is no subject: the old reading stays.
  v1::Document doc4 = Extract(
      "A survey of 900 tenants commissioned by Shelter Cymru found that rents had doubled.");
  const v1::Claim* c4 = FindClaim(doc4, "rents had doubled");
  ASSERT_NE(c4, nullptr);
  EXPECT_NE(c4->speaker(), "tenants");
}

// The look-back a repeated "the ... <noun>" makes (LastSameWord, shared by
// RepeatedTitleHolder and FindAntecedent) stops at the latest earlier word of
// exactly the same bytes outside quotes: not a word of the same length and
// first letter, and not one inside a quote.
TEST(Speakers, RepeatedNounLooksBackToTheSameWordOutsideQuotes) {
  v1::Document near_miss = Extract(
      "Petra Alvik, the nation's top auditor, opened the inquiry in June. Omar Haddad, "
      "the nation's top advisor, backed it. Later the nation's top auditor said two "
      "contracts had been signed without a tender.");
  EXPECT_EQ(SourceNameOf(near_miss, "signed without a tender"), "Petra Alvik");
  v1::Document quoted = Extract(
      "Petra Alvik, the nation's top auditor, opened the inquiry in June. Her deputy "
      "called it " + kOpen + "a lonely job for any auditor, however senior" + kClose +
      ". Later the nation's top auditor said two contracts had been signed without a "
      "tender.");
  EXPECT_EQ(SourceNameOf(quoted, "signed without a tender"), "Petra Alvik");
  v1::Document owner = Extract(
      "According to the city's environmental agency, sewage flows into the harbor "
      "after heavy rain. Critics called it " + kOpen + "a mess the agency made" + kClose +
      ". The agency said repairs would take at least four years.");
  const v1::Claim* first = FindClaim(owner, "sewage flows");
  const v1::Claim* second = FindClaim(owner, "repairs would take");
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->source_id(), first->source_id());
  // The title holder's look-back finds no person; the antecedent's same
  // look-back (answered from the last question) names the earlier phrase.
  v1::Document agent = Extract(
      "A spokeswoman for Harbour Ferries gave no figures on Friday. Later the "
      "spokeswoman said the timetable would change in spring.");
  const v1::Claim* timetable = FindClaim(agent, "timetable would change");
  ASSERT_NE(timetable, nullptr);
  EXPECT_EQ(timetable->source_id(), "anonymous-d1-spokeswoman-for-harbour-ferries");
}

// "another" in any case, opening its clause or after "and", picks one more
// person out of a group (AnotherNominal compares it without a lowered copy).
TEST(Speakers, AnotherInAnyCaseNamesOneMoreOfTheGroup) {
  v1::Document doc = Extract(
      "The school closed early on Friday. Another parent said " + kOpen +
      "Nobody warned us at all." + kClose + " One father thanked the staff, and another "
      "parent said " + kOpen + "The buses were late again." + kClose);
  EXPECT_EQ(SpeakerOf(doc, "Nobody warned us"), "Another parent");
  EXPECT_EQ(SpeakerOf(doc, "buses were late"), "another parent");
}

// The finder keeps its last noun phrase (NominalEndingAt) for the next
// question; asked again from a later start, it reads the shorter phrase.
TEST(Speakers, TheSameSubjectFromALaterStartIsTheShorterPhrase) {
  const std::string text = "The harbour board's chief engineer said the wall would hold.";
  absl::StatusOr<Lexicon> lexicon = Lexicon::Build();
  ASSERT_TRUE(lexicon.ok());
  const std::vector<Token> tokens =
      Tokenize(text, {{0, static_cast<int>(text.size())}}, *lexicon);
  const std::vector<int> quote_depth(tokens.size(), 0);
  MentionFinder mentions(text, tokens, quote_depth);
  for (const Sentence& s : SplitSentences(tokens)) mentions.AddSentence(s);
  const SpeakerFinder finder(text, tokens, mentions, {});
  int cue = 0;
  while (cue < static_cast<int>(tokens.size()) && TokenText(text, tokens[cue]) != "said") ++cue;
  ASSERT_GT(cue, 2);
  const Speaker whole = finder.Left(cue, 0);
  const Speaker tail = finder.Left(cue, cue - 2);
  ASSERT_TRUE(whole.found());
  ASSERT_TRUE(tail.found());
  EXPECT_LT(whole.first, cue - 2);
  EXPECT_EQ(tail.first, cue - 2);  // "chief engineer"
  EXPECT_EQ(finder.Left(cue, 0).first, whole.first);
}

// "The company said" after a name of two words, the first in capitals, that
// nothing showed was a person ("MK Terasvalu said it would close ..."): that
// business, not an unnamed company.
TEST(Speakers, TheCompanyIsTheAcronymLedNameBeforeIt) {
  v1::Document doc = Extract(
      "MK Terasvalu said on Tuesday it would close two of its yards in Parnu.\n\n"
      "The company said orders had fallen by a third since January.");
  EXPECT_EQ(SourceNameOf(doc, "orders had fallen"), "MK Terasvalu");
  // Not a titled person's initials: "Senator JD Rourke said ... The company said".
  v1::Document person = Extract(
      "Senator JD Rourke said the yard should stay open.\n\n"
      "The company said orders had fallen by a third since January.");
  EXPECT_NE(SourceNameOf(person, "orders had fallen"), "JD Rourke");
}

// "The union, the Harbour Workers Union, said that ...": the body named in
// apposition after a description of its kind speaks, with its article, a
// possessive in the description or its acronym in brackets; not a body named
// inside the description ("a unit of Fenwick Holdings"), nor one after a
// fronted claim.
TEST(Speakers, TheBodyNamedAfterADescriptionOfItsKindSpeaks) {
  struct Case {
    const char* text;
    const char* words;
    const char* name;
  };
  const Case cases[] = {
      {"The union, the Harbour Workers Union, said that pay at the docks had fallen 4% "
       "since 2021.",
       "pay at the docks had fallen", "Harbour Workers Union"},
      {"The island's dairy farmers' union, Orkney Milk Producers Union, said in a "
       "statement that the creamery owed its members two months of payments.",
       "the creamery owed its members", "Orkney Milk Producers Union"},
      {"The largest opposition party, the Popular Reform Movement (PRM), said it had "
       "taken nine of the 40 seats.",
       "taken nine of the 40 seats", "Popular Reform Movement"},
      {"WELLINGTON (Reuters) - The regional carrier, the Tasman Air Company, said it "
       "would drop its Nelson route in May.",
       "drop its Nelson route", "Tasman Air Company"},
  };
  for (const Case& c : cases) {
    const v1::Document doc = Extract(c.text);
    EXPECT_EQ(SourceNameOf(doc, c.words), c.name) << c.text;
  }
  const v1::Document unit = Extract(
      "The company, a unit of Fenwick Holdings, said that profits had doubled.");
  EXPECT_NE(SourceNameOf(unit, "profits had doubled"), "Fenwick Holdings");
}

// "The shortage, it said, was worst ...": "it" in an attribution set off by
// commas speaks for the body that spoke before, named or not; the impersonal
// passive ("where, it is said, ...") names no one.
TEST(Speakers, ItSetOffByCommasSpeaksForTheBodyBefore) {
  const v1::Document doc = Extract(
      "The water board said that 40 pumps had failed. The shortage, it said, was worst "
      "in the hill villages.");
  EXPECT_EQ(SourceNameOf(doc, "worst in the hill villages"), "water board");
  const v1::Document passive = Extract(
      "The track ran past a quarry where, it is said, smugglers once hid their boats.");
  EXPECT_EQ(SpeakerOf(passive, "smugglers once hid"), "<none>");
}

// "The objectors, a group of 30 farming families, argued that ...": the unnamed
// phrase opening the clause speaks across its appositive.
TEST(Speakers, AnUnnamedSubjectSpeaksAcrossItsAppositive) {
  const v1::Document doc = Extract(
      "The objectors, a group of 30 farming families and two schools, had argued that "
      "the quarry would drain their wells.");
  EXPECT_EQ(SourceNameOf(doc, "the quarry would drain"), "objectors");
}

// "Tenants of older blocks such as Hillcrest and Moorview, where ..., say": the
// group the examples belong to speaks, not the last example.
TEST(Speakers, TheGroupBeforeItsExamplesSpeaks) {
  const v1::Document doc = Extract(
      "Tenants of older blocks such as Hillcrest and Moorview, where lifts often fail, "
      "say repairs take months.");
  EXPECT_EQ(SourceNameOf(doc, "repairs take months"), "Tenants");
}

// "said about 30 pitches were flooded": "about" before a number qualifies the
// figure; the words are a claim, not a credit line.
TEST(Speakers, AboutBeforeANumberOpensTheClaim) {
  const v1::Document doc = Extract("The warden said about 30 pitches were flooded.");
  const v1::Claim* claim = FindClaim(doc, "about 30 pitches were flooded");
  ASSERT_NE(claim, nullptr);
  EXPECT_EQ(claim->kind(), v1::CLAIM_KIND_INDIRECT_QUOTE);
  EXPECT_EQ(SourceNameOf(doc, "about 30 pitches"), "warden");
}

// "The union welcomed the offer but warned that ...": a kind of organisation
// after "the" opening the clause is the subject a coordinated cue reports for;
// not the object of a phrase ("The worry within the council was ...").
TEST(Speakers, ABodysKindOpeningTheClauseSpeaksForACoordinatedCue) {
  const v1::Document doc = Extract(
      "The ferry operator welcomed the subsidy but warned that two crossings would still "
      "be cut.");
  EXPECT_EQ(SourceNameOf(doc, "two crossings would still be cut"), "ferry operator");
}

TEST(Speakers, ABodysKindSpeaksOnlyWhenItsPastVerbAndObjectLeadToTheJoinedCue) {
  // A past participle modifying the next noun is no verb of the body's clause.
  const v1::Document modifier = Extract(
      "The council funded hostels closed last spring and later warned that 80 tenants had "
      "nowhere to go.");
  EXPECT_NE(SourceNameOf(modifier, "80 tenants had nowhere to go"), "council");
  // An irregular past takes its object like a regular one.
  const v1::Document irregular = Extract(
      "The union won the ballot but warned that walkouts could return in June.");
  EXPECT_EQ(SourceNameOf(irregular, "walkouts could return in June"), "union");
}

TEST(Speakers, APluralOpeningTheClauseBeforeExamplesSpeaksNotTheLastExample) {
  const v1::Document firms = Extract(
      "Companies such as Lidl and Aldi said shelf prices would fall by 3 percent.");
  EXPECT_EQ(SourceNameOf(firms, "shelf prices would fall by 3 percent"), "Companies");
  const v1::Document nations = Extract(
      "Nations including Chile and Peru said they would cut tariffs on copper.");
  EXPECT_EQ(SourceNameOf(nations, "they would cut tariffs on copper"), "Nations");
}

// "the teenager", like "the 19-year-old", is the person named before it, not
// an unnamed source of its own.
TEST(Speakers, NounOfAgeAfterAQuoteIsThePersonNamedBefore) {
  v1::Document doc = Extract(
      "Lina Okoro, 17, won the junior title in Ghent on Sunday. " + kOpen +
      "I was shaking at the start," + kClose + " the teenager said.");
  const v1::Claim* c = FindClaim(doc, "I was shaking");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "lina-okoro");
}

// A noun of age refers back only to someone the text gave an age: a parent
// named before is no teenager ("Ruth Adeyemi said her son ...").
TEST(Speakers, NounOfAgeSkipsAPersonGivenNoAge) {
  v1::Document doc = Extract(
      "Ruth Adeyemi said her son had been pushed off his bike. " + kOpen +
      "My arm was bleeding," + kClose + " the teenager said.");
  const v1::Claim* c = FindClaim(doc, "My arm was bleeding");
  ASSERT_NE(c, nullptr);
  EXPECT_NE(c->source_id(), "ruth-adeyemi");
  // Given an age before the name, the person is the teenager.
  doc = Extract("The 16-year-old Tom Baxter won the regional final on Friday. " + kOpen +
                "I did not expect it," + kClose + " the teenager said.");
  c = FindClaim(doc, "I did not expect it");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "tom-baxter");
}

// A possessive determiner opens the noun phrase that speaks: the verb and the
// words before it belong to another clause ("would prove what her critics
// argued" -> "her critics"); after "to" the phrase goes on ("an adviser to his
// campaign").
TEST(Speakers, PossessiveDeterminerOpensTheSpeakingPhrase) {
  v1::Document doc = Extract(
      "The delay would prove what her critics have long argued, that the depot "
      "plan was rushed.\n\nBerrin, who through his lawyer declined to comment, "
      "was charged in May.\n\nAn adviser to his campaign said the candidate would "
      "not debate.");
  EXPECT_EQ(SpeakerOf(doc, "depot plan was rushed"), "her critics");
  EXPECT_EQ(SpeakerOf(doc, "to comment"), "his lawyer");
  EXPECT_EQ(SpeakerOf(doc, "would not debate"), "An adviser to his campaign");
}

}  // namespace
}  // namespace factwire
