// Unnamed sources described by what they are (session 15): "one worker", "a
// senior official at the ministry", "according to a ministry source". The
// describer is the source, named by its head noun phrase.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;
using ::factwire::testing_extract::FindSource;
using ::factwire::testing_extract::SourceNameOf;

// An unnamed source is named by its describer: the head noun phrase without
// a phrase after it that places it ("at the ministry", "in Tromso") or the
// organisation it speaks for ("for the Home Office"); the speaker stays as
// written.
TEST(ReportedDescribers, AnUnnamedSourceIsNamedByItsDescriber) {
  v1::Document doc = Extract(
      "The bypass will open in June, a senior official at the ministry said on Friday. "
      "Officials in Tromso said the ferry would resume on Monday. A spokeswoman for the "
      "Home Office said the pier would be repaired. An engineer who inspected the "
      "bridge said the cracks were not new.");
  EXPECT_EQ(SourceNameOf(doc, "The bypass will open in June"), "senior official");
  EXPECT_EQ(SourceNameOf(doc, "the ferry would resume"), "Officials");
  EXPECT_EQ(SourceNameOf(doc, "the pier would be repaired"), "spokeswoman");
  EXPECT_EQ(SourceNameOf(doc, "the cracks were not new"), "engineer");
  const v1::Claim* c = FindClaim(doc, "The bypass will open in June");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "a senior official at the ministry");

  // What ties the source to the story, what a share is of, a name spoken for
  // and a count are part of its name; a named source keeps its name.
  doc = Extract(
      "People familiar with the talks said the bid would be raised. Some 62 percent of "
      "members said the fees were too high. A spokesman for Kestrel said the mine would "
      "stay open. Two market traders said stall rents had doubled. The Harbour Trust "
      "said the slipway would reopen.");
  EXPECT_EQ(SourceNameOf(doc, "the bid would be raised"), "People familiar with the talks");
  EXPECT_EQ(SourceNameOf(doc, "the fees were too high"), "62 percent of members");
  EXPECT_EQ(SourceNameOf(doc, "the mine would stay open"), "spokesman for Kestrel");
  EXPECT_EQ(SourceNameOf(doc, "stall rents had doubled"), "market traders");
  EXPECT_EQ(SourceNameOf(doc, "the slipway would reopen"), "Harbour Trust");
}

// "Three people familiar with the bid said ... one of the people said": a
// counted group tied to the story is named without its count, a person "with
// knowledge of" the story is tied to it as one "familiar with" it is, and a
// member of the group ("one of the people", "the people") is the group; the
// speakers stay as written.
TEST(ReportedDescribers, AGroupTiedToTheStoryIsNamedWithoutItsCountAndByItsMembers) {
  const v1::Document doc = Extract(
      "Three people familiar with the bid said the offer would be raised. The new price "
      "was 410 pence a share, one of the people said. The board met on Sunday, the "
      "people said. A lawyer with knowledge of the case said the appeal was dropped. The "
      "fine was halved, according to two people with knowledge of the settlement.");
  EXPECT_EQ(SourceNameOf(doc, "the offer would be raised"), "people familiar with the bid");
  EXPECT_EQ(SourceNameOf(doc, "The new price was 410 pence"), "people familiar with the bid");
  EXPECT_EQ(SourceNameOf(doc, "The board met on Sunday"), "people familiar with the bid");
  EXPECT_EQ(SourceNameOf(doc, "the appeal was dropped"), "lawyer with knowledge of the case");
  EXPECT_EQ(SourceNameOf(doc, "The fine was halved"), "people with knowledge of the settlement");
  const v1::Claim* c = FindClaim(doc, "The new price was 410 pence");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "one of the people");
}

// "Two people close to the bid said ... One of the people said": a member of
// the group opening its own sentence is the group too, whichever way the
// speaker is cut; the nearest group with that noun wins, and a bare "people"
// nearer names no one.
TEST(ReportedDescribers, AMemberOpeningALaterSentenceIsTheNearestGroup) {
  const v1::Document doc = Extract(
      "Two people close to the bid said the offer was final. One of the people said "
      "the board would vote on Monday. The people said the price was fair. Three "
      "officials briefed on the plan said the port would reopen. At the market, people "
      "who sell fish said the catch was small. The quay was shut, one of the people "
      "said. The officials said the cranes were idle.");
  EXPECT_EQ(SourceNameOf(doc, "the board would vote on Monday"), "people close to the bid");
  EXPECT_EQ(SourceNameOf(doc, "the price was fair"), "people close to the bid");
  EXPECT_NE(SourceNameOf(doc, "The quay was shut"), "people close to the bid");
  EXPECT_EQ(SourceNameOf(doc, "the cranes were idle"), "officials briefed on the plan");
}

// Only "the <noun>" or "<count> of the <noun>" opening its sentence, a few
// sentences after the group, is one of it: people met elsewhere, or later in
// the story, are others.
TEST(ReportedDescribers, AGroupMemberOpensItsSentenceSoonAfterTheGroup) {
  const v1::Document doc = Extract(
      "Three people familiar with the deal said the merger would close in June. "
      "Reporters met 30 farmers. Most of the people said prices were too low. At the "
      "depot in Mombasa, the people said fuel had run out. The roads were closed. Rain "
      "fell all week. The river rose. The bridge held. The people said the harvest was "
      "late.");
  EXPECT_NE(SourceNameOf(doc, "prices were too low"), "people familiar with the deal");
  EXPECT_NE(SourceNameOf(doc, "fuel had run out"), "people familiar with the deal");
  EXPECT_NE(SourceNameOf(doc, "the harvest was late"), "people familiar with the deal");
}

// "Two people with knowledge of the talks said": a counted group tied to the
// story by "with knowledge of" opens the clause as "familiar with" does; the
// speaker is the whole group, not the object of "of"; after a quote too.
TEST(ReportedDescribers, ACountedGroupWithKnowledgeSpeaksNotWhatItKnows) {
  const v1::Document doc = Extract(
      "Four people with knowledge of the audit said the figures were restated. "
      "\u201cThe lender will be fined,\u201d two people with knowledge of the probe said. "
      "Staff with first-hand knowledge of the site said the pumps had failed.");
  EXPECT_EQ(SourceNameOf(doc, "the figures were restated"),
            "people with knowledge of the audit");
  EXPECT_EQ(SourceNameOf(doc, "The lender will be fined"), "people with knowledge of the probe");
  EXPECT_EQ(SourceNameOf(doc, "the pumps had failed"),
            "Staff with first-hand knowledge of the site");
}

// "according to a ministry source": a noun compound's head is its last noun, so
// a speaking noun after the one the speaker ended at belongs to the source,
// before or after the claim; the claim starts after the phrase's comma.
TEST(ReportedDescribers, AccordingToACompoundDescriberTakesItsHeadNoun) {
  v1::Document doc = Extract(
      "According to a ministry source, the cabinet will meet again on Friday. The "
      "curfew will be lifted at midnight, according to a government official. According "
      "to two police sources, the van was stolen in Derby. Ticket sales doubled in May, "
      "according to club insiders.");
  const v1::Claim* a = FindClaim(doc, "the cabinet will meet again");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->text().rfind("the cabinet", 0), 0u) << a->text();
  EXPECT_EQ(SourceNameOf(doc, "the cabinet will meet again"), "ministry source");
  EXPECT_EQ(SourceNameOf(doc, "The curfew will be lifted"), "government official");
  const v1::Claim* b = FindClaim(doc, "the van was stolen");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->text().rfind("the van", 0), 0u) << b->text();
  EXPECT_EQ(SourceNameOf(doc, "the van was stolen"), "police sources");
  EXPECT_EQ(SourceNameOf(doc, "Ticket sales doubled"), "club insiders");

  // Not a noun that is no source after it, nor across the comma.
  doc = Extract(
      "According to the ministry, officials will meet again on Friday. According to the "
      "ministry timetable, the vote is on Monday.");
  const v1::Claim* c = FindClaim(doc, "officials will meet again");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text().rfind("officials", 0), 0u) << c->text();
  EXPECT_EQ(c->speaker().find("officials"), std::string::npos) << c->speaker();
}

// The subject before what describes it speaks: a relative clause with or
// without commas ("who asked not to be named", "whose café was flooded"), a
// long aside, or how the source spoke ("speaking on condition of anonymity").
// A name inside the description is not the speaker.
TEST(ReportedDescribers, TheDescribedSubjectSpeaksAcrossItsAsides) {
  v1::Document doc = Extract(
      "A senior official at the ministry who asked not to be named said the exam would "
      "be held again. One shop owner on Mill Lane, whose bakery was flooded twice, said "
      "insurers had refused cover. A volunteer at the food bank, who asked not to be "
      "named because she had not been cleared to speak to reporters, said about 60 "
      "families came each week. A trader at the market, speaking on condition that he "
      "not be named, said prices had doubled. A broker who manages flats in Leeds, "
      "speaking on condition of anonymity, said rents had fallen.");
  EXPECT_EQ(SourceNameOf(doc, "the exam would be held again"), "senior official");
  EXPECT_EQ(SourceNameOf(doc, "insurers had refused cover"), "shop owner");
  EXPECT_EQ(SourceNameOf(doc, "about 60 families came"), "volunteer");
  EXPECT_EQ(SourceNameOf(doc, "prices had doubled"), "trader");
  EXPECT_EQ(SourceNameOf(doc, "rents had fallen"), "broker");

  // A clause before the comma is no subject's description.
  doc = Extract(
      "The mill closed in May, which the union blamed on the owners, and the new owner "
      "said the site would be sold.");
  for (const v1::Claim& c : doc.claims()) {
    EXPECT_EQ(c.speaker().find("mill"), std::string::npos) << c.speaker();
  }
}

// A count alone ("one in five", "Some of the women") and a
// named body after at/from/by ("Analysts at Halden Bank", "a statement from
// Harbour Watch") keep the whole phrase: the head alone names no one.
TEST(ReportedDescribers, CountsAndNamedBodiesKeepTheWholePhrase) {
  v1::Document doc = Extract(
      "Rents have risen twice this year, one in five said. Analysts at Halden Bank "
      "said the cut would come in March. A statement from Harbour Watch said the "
      "dredging would harm the seagrass.");
  EXPECT_EQ(SourceNameOf(doc, "Rents have risen twice"), "one in five");
  EXPECT_NE(SourceNameOf(doc, "the cut would come in March").find("Halden Bank"),
            std::string::npos);
  EXPECT_NE(SourceNameOf(doc, "the dredging would harm").find("Harbour Watch"),
            std::string::npos);
}

// "A senior diplomat in Vienna said", "An engineer at the depot told ...": an
// unnamed source opening the clause with "a"/"an" and a phrase that
// places it speaks, not the place or body named in that phrase.
TEST(ReportedDescribers, AnIndefiniteDescribedSubjectSpeaksNotThePlaceInIt) {
  struct Case {
    const char* text;
    const char* head;   // the source's name starts with it
    const char* place;  // no source of that name
  };
  const Case cases[] = {
      {"A senior diplomat in Vienna said the inspectors would return in March.",
       "senior diplomat", "Vienna"},
      {"An engineer at the Leith depot told the inquiry that the inspectors would return "
       "in March.",
       "engineer", "Leith"},
      {"A steward at Hampden Park said the inspectors would return in March.", "steward",
       "Hampden Park"},
      {"Yesterday a nurse from Galway warned that the inspectors would return in March.",
       "nurse", "Galway"},
  };
  for (const Case& k : cases) {
    SCOPED_TRACE(k.text);
    v1::Document doc = Extract(k.text);
    const std::string name = SourceNameOf(doc, "the inspectors would return");
    EXPECT_EQ(name.rfind(k.head, 0), 0u) << name;
    EXPECT_NE(name, k.place);
  }
  // A title with a name is the name's.
  v1::Document doc = Extract(
      "Professor Ada Quist of Lund University said the inspectors would return in March.");
  EXPECT_EQ(SourceNameOf(doc, "the inspectors would return"), "Ada Quist");
}

// One unnamed person at a named body ("A trader at Wakulima Market", "a senior
// official at the Ministry of ...", "an executive from Halden Bank") is named by
// the describer; the body only places that person. A thing said there ("A
// statement from Harbour Watch") keeps the whole phrase (above).
TEST(ReportedDescribers, OneUnnamedPersonAtANamedBodyIsNamedByTheDescriber) {
  struct Case {
    const char* text;
    const char* name;
  };
  const Case cases[] = {
      {"A trader at Kiboko Market, who asked not to be named, said the inspectors would "
       "return in March.",
       "trader"},
      {"A senior official at the Ministry of Roads said the inspectors would return in "
       "March.",
       "senior official"},
      {"The inspectors would return in March, an executive from Halden Bank said.",
       "executive"},
      {"A spokeswoman at Ardlow Council said the inspectors would return in March.",
       "spokeswoman"},
  };
  for (const Case& k : cases) {
    SCOPED_TRACE(k.text);
    v1::Document doc = Extract(k.text);
    EXPECT_EQ(SourceNameOf(doc, "inspectors would return"), k.name);
  }
}

// "A Western diplomat in Lima, who asked not to be named, said ...": a
// capitalised adjective after the article belongs to the unnamed source; the
// place after it speaks for no one.
TEST(ReportedDescribers, AProperAdjectiveAfterTheArticleBelongsToTheSource) {
  const v1::Document doc = Extract(
      "A European diplomat in Accra, who asked not to be named, said the count "
      "would be watched closely.");
  EXPECT_EQ(SourceNameOf(doc, "the count would be watched closely"), "European diplomat");
}

}  // namespace
}  // namespace factwire
