// Unnamed speakers described by what they are ("A senior diplomat", "An
// executive at a competing lender", "One shopkeeper on the high street") with an
// aside or a relative clause between them and their cue: they speak, and a
// he/she/they after a later quote stands for them, not for a name inside the
// aside nor for the last person named before.
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

// The anonymous source of the claim containing `words`, or nullptr.
const v1::Source* AnonymousSourceOf(const v1::Document& doc, const std::string& words) {
  const v1::Claim* claim = FindClaim(doc, words);
  if (claim == nullptr || claim->source_id().empty()) return nullptr;
  const v1::Source* source = FindSource(doc, claim->source_id());
  if (source == nullptr || source->type() != v1::SOURCE_TYPE_ANONYMOUS) return nullptr;
  return source;
}

// The aside holds a speech verb of its own ("who spoke on condition of
// anonymity", "who asked that her name be withheld", "speaking on condition
// of anonymity"): the described speaker of the main clause is the one a later
// pronoun stands for, whatever its head noun.
TEST(UnnamedSpeakers, PronounAfterAQuoteStandsForTheDescribedSpeaker) {
  struct Case {
    std::string text, words, head;
  };
  const Case cases[] = {
      {"A senior official at the Foreign Office, who spoke on condition of anonymity "
       "because the talks were private, said neither side had moved. " +
           kOpen + "We are where we were in June," + kClose + " he said.",
       "where we were in June", "official"},
      {"An aide in the mayor's office, speaking on condition of anonymity, said the "
       "budget would be cut. " +
           kOpen + "There is no money left," + kClose + " he said.",
       "no money left", "aide"},
      {"A juror, who asked that her name be withheld, told reporters outside the "
       "courthouse that the panel had struggled. " +
           kOpen + "Some of us cried in there," + kClose + " she said.",
       "cried in there", "juror"},
      {"One shopkeeper, who declined to give his name, said trade "
       "had halved since the roadworks began.\n\n" +
           kOpen + "People just drive past now," + kClose + " he added.",
       "drive past now", "shopkeeper"},
      {"Judge Mary Kwan thanked the jury. One juror, who asked not to be named, said "
       "the panel had argued for two days. " +
           kOpen + "We listened to the tapes again and again," + kClose + " she said.",
       "tapes again and again", "juror"},
      {"A club insider, who did not want to be identified, told reporters the manager "
       "had lost the dressing room. " +
           kOpen + "The players have stopped listening," + kClose + " he said.",
       "stopped listening", "insider"},
  };
  for (const Case& c : cases) {
    const v1::Document doc = Extract(c.text);
    const v1::Source* source = AnonymousSourceOf(doc, c.words);
    ASSERT_NE(source, nullptr) << c.text;
    EXPECT_NE(source->name().find(c.head), std::string::npos) << c.text << " -> "
                                                              << source->name();
  }
}

// Not changed: a named person before the relative clause keeps the pronoun,
// and a person named in the sentence right before the quote takes it from an
// unnamed source two sentences back.
TEST(UnnamedSpeakers, NamedAntecedentsKeepThePronoun) {
  {
    const v1::Document doc =
        Extract("Harriet Vance, who chairs the residents' association, said the plan was "
                "rushed. " +
                kOpen + "Nobody asked us," + kClose + " she said.");
    const v1::Claim* claim = FindClaim(doc, "Nobody asked us");
    ASSERT_NE(claim, nullptr);
    EXPECT_EQ(claim->source_id(), "harriet-vance");
  }
  {
    const v1::Document doc =
        Extract("A council official, who asked not to be named, said the vote was close. "
                "Councillor Ruth Obi later told reporters she would appeal. " +
                kOpen + "This is not over," + kClose + " she said.");
    const v1::Claim* claim = FindClaim(doc, "This is not over");
    ASSERT_NE(claim, nullptr);
    EXPECT_EQ(claim->source_id(), "ruth-obi");
  }
}

// A described speaker with its place ("a clerk at the depot", "one resident
// of the estate") and an anonymity aside, after a quote or before a colon:
// the person speaks, never the place, and the aside's own verb ("asked",
// "did not want") is no attribution.
TEST(UnnamedSpeakers, PersonAtAPlaceSpeaksNotThePlace) {
  struct Case {
    std::string text, words, name;
  };
  const Case cases[] = {
      {kOpen + "Nobody told us the buses would stop," + kClose +
           " a clerk at the depot, who asked not to be named, said.",
       "buses would stop", "clerk"},
      {kOpen + "The lifts have been broken since March," + kClose +
           " one resident of the estate, who did not want to be identified, told the Post.",
       "lifts have been broken", "resident"},
      {"A porter at the station, who asked not to be named, said: " + kOpen +
           "We were never warned." + kClose,
       "never warned", "porter"},
      {kOpen + "The shelves were empty by noon," + kClose + " a cashier at the store said.",
       "shelves were empty", "cashier"},
  };
  for (const Case& c : cases) {
    const v1::Document doc = Extract(c.text);
    const v1::Source* source = AnonymousSourceOf(doc, c.words);
    ASSERT_NE(source, nullptr) << c.text;
    EXPECT_EQ(source->name(), c.name) << c.text;
  }
}

// An owner whose word is also a speech verb ("state", "report") keeps its
// place in the speaker's description: "the state's chief auditor", not
// "'s chief auditor".
TEST(UnnamedSpeakers, OwnerSpelledLikeAVerbStaysInTheDescription) {
  const v1::Document said = Extract(
      "The state's chief auditor said two contracts had been signed without a tender.");
  const v1::Source* source = AnonymousSourceOf(said, "signed without a tender");
  ASSERT_NE(source, nullptr);
  EXPECT_EQ(source->name(), "state's chief auditor");
  const v1::Document quoted =
      Extract(kOpen + "We found gaps," + kClose + " the state's chief auditor told reporters.");
  source = AnonymousSourceOf(quoted, "found gaps");
  ASSERT_NE(source, nullptr);
  EXPECT_EQ(source->name(), "state's chief auditor");
}

// A described speaker with an aside before the cue keeps the body it works at,
// also when a word of that body is spelled like a speech verb ("the state
// roads agency"): the claim is theirs and the body is their affiliation.
TEST(UnnamedSpeakers, EmployerBeforeAnAsideIsTheAffiliation) {
  const v1::Document doc = Extract(
      "A senior engineer at the state roads agency, who asked not to be named, said the "
      "bridge had been shut twice. A spokesman at the port authority, speaking on "
      "condition of anonymity, said the cranes were idle.");
  const v1::Source* engineer = AnonymousSourceOf(doc, "bridge had been shut twice");
  ASSERT_NE(engineer, nullptr);
  EXPECT_EQ(engineer->name(), "senior engineer");
  EXPECT_EQ(engineer->affiliation(), "state roads agency");
  const v1::Source* spokesman = AnonymousSourceOf(doc, "cranes were idle");
  ASSERT_NE(spokesman, nullptr);
  EXPECT_EQ(spokesman->affiliation(), "port authority");
}

// A group at a place whose noun is spelled like a speech verb ("Officials from
// states such as Ohio and Texas"): the group speaks, not the last place named;
// an -ing noun right after its article ("The hearing found") speaks too.
TEST(UnnamedSpeakers, GroupAtAPlaceSpelledLikeAVerbAndAnIngNounSpeak) {
  v1::Document doc = Extract(
      "Lawmakers met on Monday.\n\nOfficials from states such as Ohio and Texas said "
      "the new rules were too loose.\n\nThe hearing found that the agency had ignored "
      "three warnings.");
  const v1::Claim* group = FindClaim(doc, "rules were too loose");
  ASSERT_NE(group, nullptr);
  const v1::Source* s = FindSource(doc, group->source_id());
  ASSERT_NE(s, nullptr) << group->source_id();
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ANONYMOUS);
  EXPECT_EQ(s->name(), "Officials");
  const v1::Claim* hearing = FindClaim(doc, "ignored three warnings");
  ASSERT_NE(hearing, nullptr);
  EXPECT_NE(hearing->speaker().find("hearing"), std::string::npos) << hearing->speaker();
}

// Only an -ing noun for a proceeding or a piece that speaks ("The filing
// says", "The briefing said") speaks after its article; "The following" and
// "The remaining" stand for people not yet named and are no speaker.
TEST(UnnamedSpeakers, OnlyAnIngNounThatSpeaksIsTheSpeaker) {
  v1::Document filing = Extract(
      "The union went to court in March.\n\nThe filing says the board broke its own "
      "rules twice.");
  const v1::Claim* said = FindClaim(filing, "broke its own rules");
  ASSERT_NE(said, nullptr);
  EXPECT_NE(said->speaker().find("filing"), std::string::npos) << said->speaker();
  v1::Document list = Extract(
      "Ten mayors were invited.\n\nThe following said they would come: Ruth Amos and "
      "Piet Kruger.");
  const v1::Claim* following = FindClaim(list, "they would come");
  if (following != nullptr) {
    EXPECT_EQ(following->speaker().find("following"), std::string::npos);
  }
  v1::Document rest = Extract(
      "Half of the crew left the ship at dawn.\n\nThe remaining said they would wait for "
      "the tug.");
  const v1::Claim* remaining = FindClaim(rest, "wait for the tug");
  if (remaining != nullptr) {
    EXPECT_EQ(remaining->speaker().find("remaining"), std::string::npos);
  }
}

// An unnamed speaker described by a noun and a prepositional phrase after a
// quote is written with the phrase ("..., a nurse at the Balfour hospital
// said"; "..., a spokesman for the buyer said"): the words that say who it is
// stay in the speaker (a spokes noun's body aside: "a spokesman").
TEST(UnnamedSpeakers, DescribedSpeakerAfterAQuoteKeepsItsPlace) {
  v1::Document ward = Extract(
      "The ward closed in May.\n\n" + kOpen + "We were never told," + kClose +
      " a nurse at the Balfour hospital said.");
  const v1::Claim* c = FindClaim(ward, "never told");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "a nurse at the Balfour hospital");
  v1::Document sale = Extract(
      "The hotel was sold on Friday.\n\n" + kOpen + "It will reopen in spring," + kClose +
      " a spokesman for the buyer said.");
  const v1::Claim* d = FindClaim(sale, "reopen in spring");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker(), "a spokesman");
}

// A person of a body described in lowercase ("a senior member of the governing
// coalition", "a spokeswoman for the authority") speaks, not the body: the
// claim is the person's, with the body met earlier as affiliation; a number
// of people ("a number of readers") is no person of a body.
TEST(UnnamedSpeakers, PersonOfADescribedBodySpeaksNotTheBody) {
  const v1::Document coalition = Extract(
      "A senior member of the governing coalition said the count had been slow.");
  const v1::Source* member = AnonymousSourceOf(coalition, "count had been slow");
  ASSERT_NE(member, nullptr);
  EXPECT_EQ(member->name(), "senior member");
  const v1::Document port = Extract(
      "The Kettleby Port Authority inspected 812 vessels last year. A spokeswoman for the "
      "authority said the checks would go on.");
  const v1::Source* spokeswoman = AnonymousSourceOf(port, "checks would go on");
  ASSERT_NE(spokeswoman, nullptr);
  EXPECT_EQ(spokeswoman->name(), "spokeswoman");
  EXPECT_EQ(spokeswoman->affiliation(), "Kettleby Port Authority");
  const v1::Document readers =
      Extract("A number of readers said the list was too short.");
  const v1::Source* number = AnonymousSourceOf(readers, "list was too short");
  ASSERT_NE(number, nullptr);
  EXPECT_EQ(number->name(), "readers");
}

// A participle between the article and the body's noun is its adjective, not
// a verb ("the ruling party", "the governing council"), and "one" brings the
// person in as "a" does: "One member of the ruling party said".
TEST(UnnamedSpeakers, AParticipleBeforeTheBodysNounKeepsThePhrase) {
  const v1::Document one = Extract(
      "One member of the ruling party said the budget would pass on Friday.");
  const v1::Source* member = AnonymousSourceOf(one, "budget would pass");
  ASSERT_NE(member, nullptr);
  EXPECT_EQ(member->name(), "member");
  EXPECT_EQ(member->affiliation(), "ruling party");
  const v1::Document a = Extract(
      "A member of the ruling alliance told reporters the budget would pass.");
  const v1::Source* ally = AnonymousSourceOf(a, "budget would pass");
  ASSERT_NE(ally, nullptr);
  EXPECT_EQ(ally->affiliation(), "ruling alliance");
}

}  // namespace
}  // namespace factwire
