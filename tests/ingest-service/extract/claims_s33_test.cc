// Reported speech whose speaker is a noun phrase with a place or body after
// it ("hotels on the island", "farmers in the valley"), opening a clause after
// ", but" or ", and": the whole phrase speaks; a clause after the join that
// opens with a preposition or a pronoun gives no such speaker. A place named
// inside the subject's phrase ("Hotels in Göreme say") is no speaker. A
// subject with a long appositive before "said" ("X, a hydrologist at ... who
// advised the group, said"; "Its largest shareholder, Pemberton Capital,
// said") speaks.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::ExpectSpeakers;
using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;

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

}  // namespace
}  // namespace factwire
