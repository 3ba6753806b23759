// A pronoun after a quote stands for the speaker the sentence before reports,
// not for a name inside that speaker's own title phrase or owner ("The Minister
// for Education, ..." , "Mayor Olsen's rival, ..."), and "they" stands for an
// unnamed source reported before ("One campaign aide ... said", "a ministry
// source said") when no one is named.
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

// he/she after a speaker whose title phrase names an office or an owner before
// the name: the person speaking, in a quote after the cue or a mixed quote.
TEST(SpeakerPronounSalience, PronounStandsForTheSpeakerNotItsTitlePhrase) {
  struct Case {
    std::string text, words, source_id;
  };
  const Case cases[] = {
      {"The Minister for Schools, Kwesi Boakye, said the results were poor. He "
       "described the fall as " +
           kOpen + "a warning to every district" + kClose + ".",
       "warning to every district", "kwesi-boakye"},
      {"The Secretary for Transport, Jim Harrow, said fares would rise. " + kOpen +
           "Nobody wants this, but the trains cost money," + kClose + " he said.",
       "Nobody wants this", "jim-harrow"},
      {"The Chief Executive of the Harbour Board, Lars Vinter, told reporters the quays "
       "would stay shut.\n\n" +
           kOpen + "We will not gamble with lives," + kClose + " he added.",
       "gamble with lives", "lars-vinter"},
  };
  for (const Case& c : cases) {
    const v1::Document doc = Extract(c.text);
    const v1::Claim* claim = FindClaim(doc, c.words);
    ASSERT_NE(claim, nullptr) << c.text;
    EXPECT_EQ(claim->source_id(), c.source_id) << c.text;
  }
}

// "they" after an unnamed source: that source, singular or plural, wire or
// tabloid.
TEST(SpeakerPronounSalience, TheyStandsForAnUnnamedSourceReportedBefore) {
  struct Case {
    std::string text, words, head;
  };
  const Case cases[] = {
      {"One campaign aide, who asked not to be named, said the count was a farce. " +
           kOpen + "Nobody slept," + kClose + " they said.",
       "Nobody slept", "aide"},
      {"A ministry source said the talks had stalled. " + kOpen +
           "Nobody is talking to anybody," + kClose + " they said.",
       "Nobody is talking", "source"},
      {"Two senior officers told the Gazette the raid had been planned for weeks.\n\n" +
           kOpen + "It was not a surprise to anyone," + kClose + " they said.",
       "not a surprise", "officers"},
  };
  for (const Case& c : cases) {
    const v1::Document doc = Extract(c.text);
    const v1::Claim* claim = FindClaim(doc, c.words);
    ASSERT_NE(claim, nullptr) << c.text;
    ASSERT_FALSE(claim->source_id().empty()) << c.text;
    const v1::Source* source = FindSource(doc, claim->source_id());
    ASSERT_NE(source, nullptr) << c.text;
    EXPECT_EQ(source->type(), v1::SOURCE_TYPE_ANONYMOUS) << c.text;
    EXPECT_NE(source->name().find(c.head), std::string::npos) << c.text << " " << source->name();
  }
}

// Not changed: a name after the previous speaker (the person spoken to) still
// takes the pronoun, and "they" after a named person or a named organisation is
// left as written.
TEST(SpeakerPronounSalience, PronounsWithAnotherAntecedentKeepIt) {
  {
    const v1::Document doc = Extract("Mrs. Okoye told Mr. Baptiste the plan was off. " + kOpen +
                                     "We are still neighbours," + kClose + " he said.");
    const v1::Claim* claim = FindClaim(doc, "still neighbours");
    ASSERT_NE(claim, nullptr);
    EXPECT_NE(claim->source_id(), "okoye");
  }
  {
    const v1::Document doc = Extract("Dana Holt said the count was fair. " + kOpen +
                                     "We are still counting," + kClose + " they said.");
    const v1::Claim* claim = FindClaim(doc, "still counting");
    ASSERT_NE(claim, nullptr);
    EXPECT_NE(claim->source_id(), "dana-holt");
  }
}

}  // namespace
// "they" after a group of people reported speaking: the organisation they speak
// for when one is named after "at"/"of" ("Analysts at Halden Securities said"),
// else the group itself ("Economists at the central bank", "Residents of the
// estate"), even with the group noun capitalised at the sentence start.
TEST(SpeakerPronounSalience, TheyStandsForAGroupReportedBefore) {
  const v1::Document firm = Extract(
      "Analysts were split on the bid. Analysts at Halden Securities said in a note "
      "that the offer looked cheap. " + kOpen + "The board should hold out," + kClose +
      " they wrote.");
  const v1::Claim* claim = FindClaim(firm, "board should hold out");
  ASSERT_NE(claim, nullptr);
  EXPECT_EQ(claim->source_id(), "halden-securities");
  struct Case {
    std::string text, words, head;
  };
  const Case cases[] = {
      {"Economists at the central bank said inflation would ease. " + kOpen +
           "We expect rates to fall next year," + kClose + " they said.",
       "rates to fall", "Economists"},
      {"Residents of the tower said the lifts had failed twice in a week. " + kOpen +
           "We carry our shopping up ten floors," + kClose + " they said.",
       "ten floors", "Residents"},
  };
  for (const Case& c : cases) {
    const v1::Document doc = Extract(c.text);
    const v1::Claim* q = FindClaim(doc, c.words);
    ASSERT_NE(q, nullptr) << c.text;
    ASSERT_FALSE(q->source_id().empty()) << c.text;
    const v1::Source* source = FindSource(doc, q->source_id());
    ASSERT_NE(source, nullptr) << c.text;
    EXPECT_NE(source->name().find(c.head), std::string::npos) << c.text << " " << source->name();
  }
}

// "it" after an unnamed body or document reported speaking ("The transport union
// said", "The audit said"): that body or document, as an anonymous source.
TEST(SpeakerPronounSalience, ItStandsForAnUnnamedBodyReportedBefore) {
  struct Case {
    std::string text, words, head;
  };
  const Case cases[] = {
      {"The transport union said its members had not been consulted. " + kOpen +
           "We read about the cuts in the newspaper," + kClose + " it said.",
       "read about the cuts", "union"},
      {"The audit said the pumps had not been serviced. " + kOpen +
           "No log was kept for three years," + kClose + " it said.",
       "No log was kept", "audit"},
  };
  for (const Case& c : cases) {
    const v1::Document doc = Extract(c.text);
    const v1::Claim* q = FindClaim(doc, c.words);
    ASSERT_NE(q, nullptr) << c.text;
    ASSERT_FALSE(q->source_id().empty()) << c.text;
    const v1::Source* source = FindSource(doc, q->source_id());
    ASSERT_NE(source, nullptr) << c.text;
    EXPECT_NE(source->name().find(c.head), std::string::npos) << c.text << " " << source->name();
  }
}

// A "they" or "it" after a quote names no one the sentence before reports
// when the quote cannot be theirs: another group answers in a clause joined to
// the first ("..., but critics disagreed"), or a document would speak as "we".
// An organisation may say "we" ("The transport union said ... “We ...,” it
// said" stays the union's).
TEST(SpeakerPronounSalience, APronounAfterAQuoteSkipsWhoCannotHaveSaidIt) {
  const std::string texts[] = {
      "Supporters of the mayor said the vote was fair, but critics disagreed. " + kOpen +
          "It was rigged," + kClose + " they said.",
      "Residents of the estate said the new road was safe, while shop owners "
      "complained. " + kOpen + "Nobody can park," + kClose + " they said.",
      "Residents of the estate said the new road was safe while shop owners "
      "complained. " + kOpen + "Nobody can park," + kClose + " they said.",
      "The audit said the company had overspent by 40%. " + kOpen +
          "We reject the findings," + kClose + " it said.",
      "The report said the council had ignored the warnings. " + kOpen +
          "Our staff acted in good faith," + kClose + " it said.",
  };
  for (const std::string& text : texts) {
    const v1::Document doc = Extract(text);
    ASSERT_EQ(doc.claims_size(), 2) << text;
    const v1::Claim& q = doc.claims(1);
    EXPECT_TRUE(q.source_id().empty()) << text << " -> " << q.source_id();
  }
  // Another group inside what the first said, with no cue of its own, leaves
  // the "they" to the group that spoke.
  const v1::Document tower = Extract(
      "Residents of the tower said the lifts had failed and engineers were slow. " + kOpen +
      "We carry our shopping up ten floors," + kClose + " they said.");
  const v1::Claim* q = FindClaim(tower, "ten floors");
  ASSERT_NE(q, nullptr);
  const v1::Source* source = FindSource(tower, q->source_id());
  ASSERT_NE(source, nullptr);
  EXPECT_NE(source->name().find("Residents"), std::string::npos) << source->name();
}

// A name ending in a capitalised street word ("Mill Street", "Harbour Road")
// is a place: no he/she stands for it, and it is no source.
TEST(SpeakerPronounSalience, AStreetIsNoPersonAPronounStandsFor) {
  const v1::Document shop = Extract(
      "Retired baker Alan Pike said the water came in overnight. " + kOpen +
      "I lost the lot," + kClose + " he said.\n\nOne shop owner on Mill Street, whose "
      "cafe has flooded three times, said insurers had refused him cover. " + kOpen +
      "I may not reopen this time," + kClose + " he said.");
  const v1::Claim* q = FindClaim(shop, "may not reopen");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->source_id().find("mill-street"), std::string::npos) << q->source_id();
  for (const v1::Source& source : shop.sources()) EXPECT_NE(source.name(), "Mill Street");
  const v1::Document ward = Extract(
      "When Ruth Adeyemi accused the council of neglecting Harbour Road, she said the "
      "drains had not been cleared in years.");
  const v1::Claim* w = FindClaim(ward, "drains had not been cleared");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->source_id(), "ruth-adeyemi");
}

// The person described on the street, not a person named in the sentence
// before, is who the pronoun stands for; the quote and the reported claim
// share one source.
TEST(SpeakerPronounSalience, APronounAfterAPersonOnAStreetIsThatPerson) {
  const std::string texts[] = {
      "Tom Bell, the council leader, said the road would reopen. One shop owner on Load "
      "Street, whose cafe was flooded, said insurers had stopped offering him cover. " +
          kOpen + "I've mopped this floor out," + kClose + " he said.",
      "Mayor Ruth Okafor said the bridge would reopen in May. One florist on Bridge "
      "Street, whose stock was ruined, said the insurer had refused her claim. " +
          kOpen + "I have lost everything," + kClose + " she said.",
      "Inspector Dev Rao said patrols would double. A landlord on Quay Road said the "
      "fights had driven drinkers away. " +
          kOpen + "Friday nights are dead now," + kClose + " he said.",
  };
  const std::string reported[] = {"insurers had stopped", "insurer had refused",
                                  "fights had driven"};
  const std::string quoted[] = {"mopped this floor", "lost everything", "nights are dead"};
  for (int i = 0; i < 3; ++i) {
    SCOPED_TRACE(texts[i]);
    const v1::Document doc = Extract(texts[i]);
    const v1::Claim* r = FindClaim(doc, reported[i]);
    const v1::Claim* q = FindClaim(doc, quoted[i]);
    ASSERT_NE(r, nullptr);
    ASSERT_NE(q, nullptr);
    EXPECT_FALSE(r->source_id().empty());
    EXPECT_EQ(q->source_id(), r->source_id());
  }
}

}  // namespace factwire
