// Reported speech whose speaker is a noun phrase with a place or body after
// it ("hotels on the island", "farmers in the valley"), opening a clause after
// ", but" or ", and": the whole phrase speaks, and the claim before the join
// ends at its comma; a clause after the join that opens with a preposition or
// a pronoun gives no such speaker. A place named
// inside the subject's phrase ("Hotels in Göreme say") is no speaker. A
// subject with a long appositive before "said" ("X, a hydrologist at ... who
// advised the group, said"; "Its largest shareholder, Pemberton Capital,
// said") speaks. In an interview set out as question paragraphs and answer
// paragraphs (unlabelled, or "Q:"/"A:"), the answers are the interviewee's:
// the person the paragraph before the first question introduces. An
// attribution closing the sentence may end with an object pronoun as its
// listener ("..., a utility spokesperson told us.") or a time adverb ("...,
// the ministry said overnight."). A judging body "finds" as a document does
// ("..., the court found."); no one else.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::ExpectSpeakers;
using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;
using ::factwire::testing_extract::SourceNameOf;

using Case = ::factwire::testing_extract::ClaimCase;

// A noun phrase with its place after a clause join speaks, a bare plural
// included.
TEST(ClaimsJoinedSubjects, PhraseWithPlaceAfterJoinSpeaks) {
  const Case cases[] = {
      {"The causeway to Sal Rei reopened at dawn, but guesthouses on the north "
       "shore said bookings for December had fallen by half.",
       "bookings for December had fallen", "guesthouses on the north shore"},
      {"Rain returned to the plateau on Sunday, and growers in the lower valley "
       "said the harvest would start two weeks late.",
       "the harvest would start two weeks late", "growers in the lower valley"},
      {"The bridge toll rose in March, but a ferry operator on Lake Kivu said "
       "passenger numbers had doubled since then.",
       "passenger numbers had doubled", "a ferry operator on Lake Kivu"},
      {"Exports slowed in the spring, and the smaller mills near Tartu say their "
       "order books are full until June.",
       "their order books are full", "the smaller mills near Tartu"},
  };
  ExpectSpeakers(cases);
}

// The first claim's words end before the joined clause whose own speaker
// reports the rest.
TEST(ClaimsJoinedSubjects, ClaimEndsBeforeJoinedSpeaker) {
  const std::string text =
      "Fishers in Kalangala say the catch fell by half in May, and guesthouses in "
      "Entebbe said prices had doubled.";
  const v1::Document doc = Extract(text);
  const v1::Claim* first = FindClaim(doc, "the catch fell by half");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->text(), "the catch fell by half in May");
  EXPECT_EQ(first->speaker(), "Fishers in Kalangala");
  const v1::Claim* second = FindClaim(doc, "prices had doubled");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->speaker(), "guesthouses in Entebbe");
}

// A joined clause that opens with a preposition or a pronoun has no plain
// noun phrase subject.
TEST(ClaimsJoinedSubjects, ClauseOpeningWithPrepositionGivesNoPhrase) {
  const std::string text =
      "The levy passed on Tuesday, but in the end it says nothing about the "
      "harbour fees.";
  const v1::Document doc = Extract(text);
  const v1::Claim* c = FindClaim(doc, "nothing about the harbour fees");
  EXPECT_TRUE(c == nullptr || c->speaker() != "in the end") << text;
}

// A name after a placing preposition inside the subject's phrase is a place:
// the phrase speaks.
TEST(ClaimsPlacedPhrases, PhraseHoldingPlaceSpeaks) {
  const Case cases[] = {
      {"Guesthouses in Mindelo and Tarrafal say most rooms are booked until "
       "January.",
       "most rooms are booked", "Guesthouses in Mindelo and Tarrafal"},
      {"A cattle herder with 40 cows near Kasese told reporters he had lost half "
       "his herd to the drought.",
       "lost half his herd", "A cattle herder with 40 cows near Kasese"},
      {"Pharmacies in Zomba said stocks of the test had run out on Friday.",
       "stocks of the test had run out", "Pharmacies in Zomba"},
  };
  ExpectSpeakers(cases);
}

// A subject with an appositive between commas before the cue speaks: the
// name before it, else the name the appositive is, else the phrase.
TEST(ClaimsAppositiveSubjects, SubjectBeforeLongAppositiveSpeaks) {
  const Case cases[] = {
      {"Dr Lwazi Mthembu, a soil scientist at the University of Fort Hare's Alice "
       "campus who advised the farmers, said the tests had missed the worst "
       "fields.",
       "the tests had missed the worst fields", "Dr Lwazi Mthembu"},
      {"Norrvik's biggest creditor, Fjellstad Bank, said it would not extend the "
       "loan.",
       "it would not extend the loan", "Fjellstad Bank"},
      {"One picker, a 17-year-old from Lilongwe who asked not to be named, said "
       "she was paid 900 kwacha a day.",
       "she was paid 900 kwacha a day", "One picker"},
  };
  ExpectSpeakers(cases);
}

// A closing attribution with a pronoun listener or a time adverb after its
// cue attributes the words before it.
TEST(ClaimsClosingAttributions, PronounListenerOrTimeAdverbEndsAttribution) {
  const Case cases[] = {
      {"Linemen will not climb poles while gusts stay above 70 km/h, a Kenya Power "
       "spokesperson told us.",
       "Linemen will not climb poles", "a Kenya Power spokesperson"},
      {"The ferry will not sail before Thursday, the harbour master told me.",
       "The ferry will not sail before Thursday", "the harbour master"},
      {"All primary schools in Nadi are closed today, the Ministry of Education "
       "said overnight.",
       "All primary schools in Nadi are closed today", "the Ministry of Education"},
  };
  ExpectSpeakers(cases);
}

// A court, a judge or a jury reports what it found; a king finds things.
TEST(ClaimsClosingAttributions, JudgingBodyFinds) {
  const Case cases[] = {
      {"The clerks took at least 40,000 lari in bribes between 2021 and 2023, the "
       "court found.",
       "The clerks took at least 40,000 lari", "the court"},
      {"The tender had been written for a single bidder, the judge found on "
       "Monday.",
       "The tender had been written for a single bidder", "the judge"},
  };
  ExpectSpeakers(cases);
  const v1::Document doc = Extract("The king found the castle empty.");
  const v1::Claim* c = FindClaim(doc, "the castle empty");
  EXPECT_TRUE(c == nullptr || c->speaker().empty());
}

// Answer paragraphs after question paragraphs are the interviewee's.
TEST(ClaimsInterviews, AnswerParagraphsAreTheIntervieweesWords) {
  const std::string text =
      "Interview\n\n"
      "Glacier scientist says the ice will be gone by 2060\n\n"
      "Tomas Rieder has measured the Pasterze glacier in Carinthia for 25 years. "
      "We spoke to him at his field hut.\n\n"
      "How fast is the glacier shrinking?\n\n"
      "The tongue lost 58 metres of length last summer. Most of the loss came in "
      "August, when the freezing level stayed above 4,000 metres.\n\n"
      "Can anything slow it down?\n\n"
      "Not at this point. Covering the ice with fleece saves a few metres near "
      "the lifts, and nothing more.\n\n"
      "The regional government said it would fund the monitoring until 2030.\n";
  const v1::Document doc = Extract(text);
  EXPECT_EQ(SourceNameOf(doc, "The tongue lost 58 metres"), "Tomas Rieder");
  EXPECT_EQ(SourceNameOf(doc, "Covering the ice with fleece"), "Tomas Rieder");
  // (The reporter's own paragraph after the last answer is no answer.)
  EXPECT_NE(SourceNameOf(doc, "fund the monitoring"), "Tomas Rieder");
}

// "Q:" and "A:" paragraphs: the "A:" answers are the interviewee's, without
// the label.
TEST(ClaimsInterviews, LabelledAnswersAreTheIntervieweesWords) {
  const std::string text =
      "Harbour Minister Lena Okoro closed the briefing at noon.\n\n"
      "Okoro was asked about the dredging contract.\n\n"
      "Q: Did you cancel the contract?\n\n"
      "A: No. The contractor asked for a delay and we agreed to three months.\n\n"
      "Q: Why three months?\n\n"
      "A: Because the channel is still 2 metres too shallow for the new ferries.\n";
  const v1::Document doc = Extract(text);
  EXPECT_EQ(SourceNameOf(doc, "we agreed to three months"), "Lena Okoro");
  const v1::Claim* c = FindClaim(doc, "too shallow for the new ferries");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text().rfind("Because", 0), 0u) << c->text();
}

// Questions in a story that is no interview (one question, then narrative)
// credit no one.
TEST(ClaimsInterviews, OneQuestionMakesNoInterview) {
  const std::string text =
      "Tomas Rieder has measured the glacier for 25 years.\n\n"
      "Is the glacier doomed?\n\n"
      "The tongue lost 58 metres of length last summer.\n";
  const v1::Document doc = Extract(text);
  EXPECT_NE(SourceNameOf(doc, "The tongue lost 58 metres"), "Tomas Rieder");
}

}  // namespace
}  // namespace factwire
