// Reported speech whose speaker is a counted group of things that stand for
// people ("several resorts", "many hotels", "two guesthouses"), opening a
// clause after ", but" or ", and" or a sentence: the group speaks; a count
// that opens no clause ("has several times said") speaks for no one. And a
// bare plural speaking noun opening the sentence ("Analysts at X cut ...,
// saying") speaks for the participle after the comma; the subject of "went on
// to say" speaks.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::ExpectSpeakers;
using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;
using ::factwire::testing_extract::SpeakerOf;

using Case = ::factwire::testing_extract::ClaimCase;

// A quantifier or spelled-out number and a plural noun after a clause join
// speak.
TEST(ReportedCountedGroups, CountedPluralAfterClauseJoinSpeaks) {
  const Case cases[] = {
      {"The ferry to Ilha Grande resumed on Friday, but several guesthouses said "
       "bookings for the holiday had halved.",
       "bookings for the holiday had halved", "several guesthouses"},
      {"Power was back in most of Tarija by noon, and many bakeries said they had "
       "thrown away a day's dough.",
       "thrown away a day's dough", "many bakeries"},
      {"The pass reopened to lorries, but two quarries said deliveries would not "
       "resume before March.",
       "deliveries would not resume", "two quarries"},
      {"Some vineyards said the hail had stripped a third of the vines.",
       "stripped a third of the vines", "Some vineyards"},
  };
  ExpectSpeakers(cases);
}

// A count that opens no clause, or one that denies, gives no speaker.
TEST(ReportedCountedGroups, CountOpeningNoClauseSpeaksForNoOne) {
  for (const std::string& text :
       {std::string("He has several times said that the tunnel would open in May."),
        std::string("The ferry resumed on Friday, but few guesthouses said anything "
                    "about prices.")}) {
    const v1::Document doc = Extract(text);
    const v1::Claim* c = FindClaim(doc, text.find("tunnel") != std::string::npos
                                            ? "tunnel would open in May"
                                            : "anything about prices");
    EXPECT_TRUE(c == nullptr || c->speaker().empty()) << text;
  }
}

// A plural speaking noun opening the sentence bare, with or without the body
// it works for, speaks for the participle after the comma ("Analysts at X cut
// their target, saying in a note that ...").
TEST(ReportedCountedGroups, BareGroupOpeningSpeaksForParticiple) {
  const Case cases[] = {
      {"Analysts at Harbourline Securities cut their price target, saying in a note that "
       "Chinese demand had peaked.",
       "Chinese demand had peaked", "Analysts at Harbourline Securities"},
      {"Economists at Banco Andino raised their inflation target, saying that food "
       "prices would keep rising.",
       "food prices would keep rising", "Economists at Banco Andino"},
      {"Strategists trimmed their copper target on Monday, saying in a note that smelters "
       "had cut output.",
       "smelters had cut output", "Strategists"},
      {"Residents blocked the quarry road on Sunday, saying the lorries had cracked "
       "their walls.",
       "lorries had cracked their walls", "Residents"},
  };
  ExpectSpeakers(cases);
}

// Without a comma before the participle the bare group is not its speaker.
TEST(ReportedCountedGroups, ParticipleWithoutCommaIsNotTheGroups) {
  const std::string text =
      "Tenants will have to pay more, so they will think twice before agreeing to "
      "long leases that they might not need.";
  const v1::Document doc = Extract(text);
  const v1::Claim* c = FindClaim(doc, "long leases");
  EXPECT_TRUE(c == nullptr || c->speaker() != "Tenants") << text;
}

// "went on to say": the subject of "went on" speaks; "went on to win" is no
// speech.
TEST(ReportedCountedGroups, WentOnToSaySpeaksForItsSubject) {
  const Case cases[] = {
      {"The harbour master went on to say that the breakwater would be finished by June.",
       "breakwater would be finished", "The harbour master"},
      {"Okonkwo went on to explain that the grant had been spent on school roofs.",
       "grant had been spent on school roofs", "Okonkwo"},
  };
  ExpectSpeakers(cases);
  const v1::Document doc = Extract("Okonkwo went on to win the seat by 400 votes.");
  const v1::Claim* won = FindClaim(doc, "the seat by 400 votes");
  EXPECT_TRUE(won == nullptr || won->speaker().empty());
}
}  // namespace
}  // namespace factwire
