// The person a he/she speaker stands for: never a capitalised word that stands
// where no person does (a possessive place before a title, a portfolio word
// joined to a title, a thing after a number or inside a place phrase), but the
// person named near it, or the person an earlier he/she of the same gender
// stood for.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindSource;
using ::factwire::testing_extract::kClose;
using ::factwire::testing_extract::kOpen;
using ::factwire::testing_extract::SourceNameOf;

TEST(PronounPersons, FirstPartOfALongerOwnerIsNotTheAntecedent) {
  // Wire: a country's official in apposition, then a bare "he said".
  v1::Document wire = Extract(
      "C\u00f4te d'Ivoire's minister of mines, Issa Tour\u00e9, welcomed the deal.\n\n" +
      kOpen + "Our miners have waited a decade for this road," + kClose + " he said.");
  EXPECT_EQ(SourceNameOf(wire, "waited a decade"), "Issa Tour\u00e9");
  // Business: a central bank governor, another verb.
  v1::Document business = Extract(
      "Trinidad and Tobago's central bank governor, Alvin Hilaire, held the rate. " + kOpen +
      "Inflation is easing," + kClose + " he said.");
  EXPECT_EQ(SourceNameOf(business, "Inflation is easing"), "Alvin Hilaire");
}

TEST(PronounPersons, PortfolioWordJoinedToATitleIsNotTheAntecedent) {
  // Parliamentary sketch: "Culture and Heritage Minister <Name>".
  v1::Document sketch = Extract(
      "Culture and Heritage Minister Orla Brennock rose shortly after three with a "
      "thick folder.\n\n" +
      kOpen + "The library fund was empty when we came in," + kClose + " she told the House.");
  EXPECT_EQ(SourceNameOf(sketch, "library fund was empty"), "Orla Brennock");
  // Local paper: "Parks and Leisure Director".
  v1::Document local = Extract(
      "Parks and Leisure Director Gavin Tullett stood up at the back of the hall. " +
      kOpen + "The pool will reopen by Easter," + kClose + " he said.");
  EXPECT_EQ(SourceNameOf(local, "pool will reopen"), "Gavin Tullett");
}

TEST(PronounPersons, ThingAfterANumberGivesWayToTheEarlierSheOrHe) {
  // Court report: the witness speaks on, a crypto amount between.
  v1::Document court = Extract(
      "Appearing for the State, Senior Counsel Ruth Adeyemi-Cole told the court the "
      "firm had been locked out of its servers.\n\n"
      "She said the attackers had demanded 4 Ethereum before releasing the files.\n\n" +
      kOpen + "Whoever did this knew the passwords," + kClose + " she told the court.");
  EXPECT_EQ(SourceNameOf(court, "knew the passwords"), "Ruth Adeyemi-Cole");
  // Sport: a player, a transfer fee in a currency-like word.
  v1::Document sport = Extract(
      "Winger Tomasz Wielgus signed a three-year deal on Friday. He said the club had "
      "paid 2 Bitcoin of his fee to his old side.\n\n" +
      kOpen + "It was a strange way to move," + kClose + " he said.");
  EXPECT_EQ(SourceNameOf(sport, "strange way to move"), "Tomasz Wielgus");
}

TEST(PronounPersons, CurrencyBeforeANumberIsNotTheAntecedent) {
  // Business: an amount in rupees between the speaker and her quote.
  v1::Document business = Extract(
      "Finance director Nirosha Fernando presented the accounts on Monday. She said the "
      "board had set aside about Rs. 40 million for repairs.\n\n" +
      kOpen + "We cannot keep patching the roof," + kClose + " she told shareholders.");
  EXPECT_EQ(SourceNameOf(business, "patching the roof"), "Nirosha Fernando");
  // Local paper: shillings written "KSh".
  v1::Document local = Extract(
      "Ward administrator Daniel Otieno toured the market. He said traders paid KSh 300 a "
      "day in fees. " + kOpen + "That is more than many of them earn," + kClose + " he said.");
  EXPECT_EQ(SourceNameOf(local, "more than many"), "Daniel Otieno");
}

TEST(PronounPersons, NameInsideAPlacePhraseDoesNotBlockTheUnnamedSpeaker) {
  // Live blog: an unnamed teacher, then "she said".
  v1::Document blog = Extract(
      "A nurse at a clinic in rural Kasungu, who asked not to be named, told us only "
      "two of her six colleagues had been paid. " +
      kOpen + "We are working for nothing," + kClose + " she said.");
  const std::string name = SourceNameOf(blog, "working for nothing");
  EXPECT_NE(name.find("nurse"), std::string::npos) << name;
}

TEST(PronounPersons, PersonNamedAsTheObjectStillKeepsThePronoun) {
  // Precision: a real person named after the cue keeps a "he" (no change).
  v1::Document doc = Extract(
      "Mrs. Hana Kowalczyk introduced Mr. Desmond Pyke to the meeting. " +
      kOpen + "I have lived on this street for forty years," + kClose + " he said.");
  EXPECT_EQ(SourceNameOf(doc, "lived on this street"), "Desmond Pyke");
  // Precision: the pronoun's own resolution is a person; nothing changes.
  v1::Document plain = Extract(
      "Chief Constable Martin Ellery said the force would review the case. " + kOpen +
      "We got this wrong," + kClose + " he said.");
  EXPECT_EQ(SourceNameOf(plain, "got this wrong"), "Martin Ellery");
}

// A ", she said," parenthesis inside a reported clause: the pronoun stands
// for the person introduced before, not for the capitalised word (a thing, a
// place) that opens the clause it interrupts.
TEST(PronounPersons, SubjectInterruptedByTheParenthesisIsNotTheAntecedent) {
  v1::Document shop = Extract(
      "Nadia Ferrante has sold shoes on Mill Lane since 1998. Rents, she said, had "
      "tripled in a decade.");
  EXPECT_EQ(SourceNameOf(shop, "tripled in a decade"), "Nadia Ferrante");
  v1::Document cab = Extract(
      "Owen Pritchard, 61, drives a cab in Cardiff. Even Swansea, he said, had gone "
      "quiet on Saturday nights.");
  EXPECT_EQ(SourceNameOf(cab, "gone quiet"), "Owen Pritchard");
}

// A capitalised modifier opening a title phrase ("Island operator SeaLink's
// managing director, Bronwen Tait, apologised") is no antecedent: a later
// he/she stands for the person named in apposition after the title, though
// no speech verb introduced her.
TEST(PronounPersons, NameOpeningATitlePhraseGivesWayToThePersonNamedAfterIt) {
  v1::Document ferry = Extract(
      "Ferries were cancelled again on Sunday. Island operator SeaLink's managing "
      "director, Bronwen Tait, apologised to travellers. She added: " +
      kOpen + "Every fare will be refunded." + kClose);
  EXPECT_EQ(SourceNameOf(ferry, "Every fare will be refunded"), "Bronwen Tait");
}

// Not through a sentence that ends by handing over to a new person named in
// full or with a title ("He was followed by Minister X."): a he/she after it
// is that person.
TEST(PronounPersons, ChainStopsAtThePersonTheSentenceHandsOverTo) {
  v1::Document forum = Extract(
      "Governor Amina Yusuf opened the health forum. She was followed at the lectern by "
      "Health Secretary Ruth Kamau.\n\n" +
      kOpen + "The clinics will stay open," + kClose + " she said.");
  EXPECT_EQ(SourceNameOf(forum, "clinics will stay open"), "Ruth Kamau");
  v1::Document trade = Extract(
      "Senator Peter Oduya spoke first at the expo. He then handed over to Trade Minister "
      "Samuel Kiprono.\n\n" +
      kOpen + "Exports are rising," + kClose + " he said.");
  EXPECT_EQ(SourceNameOf(trade, "Exports are rising"), "Samuel Kiprono");
}

// A titled person met or joining the chain's person at the end of a sentence
// takes nothing over: a later he/she stays with the chain.
TEST(PronounPersons, ChainGoesOnPastAPersonMetAtTheSentenceEnd) {
  v1::Document visit = Extract(
      "President Ali Wario landed in Lusaka on Tuesday. He met Finance Minister Daniel "
      "Phiri.\n\n" +
      kOpen + "The loan terms are fair," + kClose + " he said.");
  EXPECT_EQ(SourceNameOf(visit, "loan terms are fair"), "Ali Wario");
  v1::Document rally = Extract(
      "Senator Joseph Mutua spoke in Machakos on Saturday. He was joined by Governor "
      "Alfred Kilonzo.\n\n" +
      kOpen + "The road will be built," + kClose + " he said.");
  EXPECT_EQ(SourceNameOf(rally, "road will be built"), "Joseph Mutua");
}

// A he/she opening the sentence before goes on about the person it stood for:
// a later he/she is that person, not a place or team named in that sentence.
TEST(PronounPersons, PronounOpeningTheSentenceBeforeCarriesItsPerson) {
  // Politics: two named districts in the pronoun's sentence.
  v1::Document politics = Extract(
      "Senator Rafael Quispe said he would not contest the result. He claimed that "
      "ballots in the Ayacucho and Huanta provinces had gone missing.\n\n" +
      kOpen + "We will ask for a recount," + kClose + " he said.");
  EXPECT_EQ(SourceNameOf(politics, "ask for a recount"), "Rafael Quispe");
  // Sport: a club's town named in the pronoun's sentence.
  v1::Document sport = Extract(
      "Goalkeeper Marta Lindqvist, 21, saved two penalties when she came on. She was "
      "still at school when Falun last reached a final.\n\n" +
      kOpen + "I will remember this night," + kClose + " she said.");
  EXPECT_EQ(SourceNameOf(sport, "remember this night"), "Marta Lindqvist");
}

// The same after a short opening phrase ("On Sunday, he ..."): the chain runs
// through it, past a titled person it names as its object.
TEST(PronounPersons, PronounAfterAnOpeningPhraseCarriesItsPerson) {
  v1::Document doc = Extract(
      "Union leader Kwame Asante said he would meet the employers. On Friday, he "
      "accused Labour Minister Efua Mensah of stalling the talks.\n\n" +
      kOpen + "We are out of patience," + kClose + " he said.");
  EXPECT_EQ(SourceNameOf(doc, "out of patience"), "Kwame Asante");
}

// A he/she opening a sentence right after the only person named teaches that
// person's gender: a later pronoun of the other gender is someone else.
TEST(PronounPersons, GenderAPronounGaveRulesThePersonOutForTheOther) {
  v1::Document doc = Extract(
      "Deputy Mayor Kofi Mensah told the hearing the depot would close. He said the "
      "savings would pay for new buses.\n\n"
      "The union organiser, who did not want to be named, said drivers had been kept in "
      "the dark. " +
      kOpen + "We heard it on the radio," + kClose + " she said.");
  EXPECT_NE(SourceNameOf(doc, "heard it on the radio"), "Kofi Mensah");
}

// Not learned: a pronoun opening a sentence after two people who may both be
// meant (it may be reported speech about the earlier one) teaches no gender.
TEST(PronounPersons, PronounAfterTwoPeopleTeachesNoGender) {
  v1::Document doc = Extract(
      "Ramos told the inquiry that she had kept no records. Chief Inspector Lund said "
      "that was untrue. She had kept a diary, he said. And his officers found "
      "copies of it, he said.");
  EXPECT_EQ(SourceNameOf(doc, "his officers found"), "Lund");
}

// A name never shown to be a person (no title, gender or affiliation, never
// a subject opening its clause) loses a he/she to a person met before it: a
// place after "at", a one-word place before a noun.
TEST(PronounPersons, WeakNameLosesThePronounToAPerson) {
  v1::Document port = Extract(
      "Tevita Lolo, the harbour master, said the crossing would reopen on Monday. The ferry "
      "was tied up at Nuku Wharf in Neiafu.\n\n" +
      kOpen + "We lost two days," + kClose + " he said.");
  EXPECT_EQ(SourceNameOf(port, "lost two days"), "Tevita Lolo");
  v1::Document sport = Extract(
      "Coach Dawit Bekele said the squad was tired after the trip. The Gondar and "
      "Axum roads were closed by floods.\n\n" +
      kOpen + "We slept on the bus," + kClose + " he said.");
  EXPECT_EQ(SourceNameOf(sport, "slept on the bus"), "Dawit Bekele");
}

// Not weak: a one-word name after a preposition that a "who" clause shows is
// a person.
TEST(PronounPersons, WhoClauseShowsTheNameIsAPerson) {
  v1::Document doc = Extract(
      "Manager Tom Okello picked his side on Friday. The attack will be led by Wanyama, "
      "who scored twice last week. " +
      kOpen + "I feel fit," + kClose + " he said.");
  EXPECT_EQ(SourceNameOf(doc, "I feel fit"), "Wanyama");
}

// Not weak: a one-word name talked to ("spoke to Wekesa", "talked with
// Achieng"): one talks to a person, who then speaks.
TEST(PronounPersons, NameTalkedToIsAPerson) {
  v1::Document doc = Extract(
      "Inspector Paul Kimani said the bridge had been cleared by noon. The Star spoke to "
      "Wekesa at his shop in Webuye. " +
      kOpen + "The water took all my stock," + kClose + " he said.");
  EXPECT_EQ(SourceNameOf(doc, "water took all my stock"), "Wekesa");
}

// Not weak either: a name right before the word that opens the pronoun's
// clause ("about Odinga before he announced", "asking Kamau why he").
TEST(PronounPersons, NameRightBeforeThePronounsClauseKeepsIt) {
  v1::Document doc = Extract(
      "Peter Mwangi, 61, who lives outside Nakuru, says he knew little about Odinga "
      "before he announced his bid, but now Mwangi plans to vote for him.");
  // (The claim whose speaker is the second "he": the first one holds it.)
  const v1::Claim* announced = nullptr;
  for (const v1::Claim& c : doc.claims()) {
    if (c.text().rfind("his bid", 0) == 0) announced = &c;
  }
  ASSERT_NE(announced, nullptr);
  const v1::Source* source = FindSource(doc, announced->source_id());
  ASSERT_NE(source, nullptr);
  EXPECT_EQ(source->name(), "Odinga");
}

// Not weak: a one-word name that opened a sentence as its subject keeps a
// pronoun after it.
TEST(PronounPersons, OneWordSubjectKeepsThePronoun) {
  v1::Document doc = Extract(
      "Minister Grace Otieno opened the bridge on Friday. Wanjiru, who drives a matatu "
      "across it, said the tolls were too high. " +
      kOpen + "I pay twice a day," + kClose + " she said.");
  EXPECT_EQ(SourceNameOf(doc, "pay twice a day"), "Wanjiru");
}

// "X said he ...": the subject's gender, which rules X out for a later "she".
TEST(PronounPersons, SaidHeTeachesTheSubjectsGender) {
  v1::Document doc = Extract(
      "Alderman Tunde Bakare said he would vote against the rezoning.\n\n"
      "The clinic's head nurse, who asked not to be named, said patients had not been "
      "told. " +
      kOpen + "They read it in the paper," + kClose + " she said.");
  EXPECT_NE(SourceNameOf(doc, "read it in the paper"), "Tunde Bakare");
}

// Not learned: "X said she ..." where the sentence names or hints at someone
// else the pronoun may mean (a wife, "his daughter").
TEST(PronounPersons, SaidSheAboutSomeoneElseTeachesNoGender) {
  v1::Document widow = Extract(
      "Kariuki said she had been a loving mother. The couple lived in the same house for forty years. " +
      kOpen + "We are broken," + kClose + " he said.");
  EXPECT_EQ(SourceNameOf(widow, "We are broken"), "Kariuki");
  v1::Document clinic = Extract(
      "Asked about his wife, Njoroge said she was stable. Nurses moved her to a ward. " +
      kOpen + "The doctors have been kind," + kClose + " he said.");
  EXPECT_EQ(SourceNameOf(clinic, "doctors have been kind"), "Njoroge");
}

// Learned all the same: the said-pronoun's own "her"/"his" after it ("said she
// had lost her job") is that same person, no one else.
TEST(PronounPersons, SaidSheWithHerOwnPossessiveTeachesHerGender) {
  v1::Document doc = Extract(
      "Chebet said she had sold her cows in April. The family has farmed the valley "
      "since 1960. " +
      kOpen + "We have nothing left," + kClose + " he said.");
  EXPECT_NE(SourceNameOf(doc, "We have nothing left"), "Chebet");
}

// "A clerk at one of the Kibera stations said ... “…,” he said": the unnamed
// speaker of the sentence before, though a man was named further back.
TEST(PronounPersons, UnnamedSpeakerAtOneOfSeveralPlacesKeepsThePronoun) {
  v1::Document doc = Extract(
      "Candidate Joseph Mwangi said he would appeal. He alleged that agents were "
      "locked out.\n\nA clerk at one of the Kibera stations said the queue had cleared "
      "by six. " +
      kOpen + "Nobody was sent home," + kClose + " he said.");
  EXPECT_EQ(SourceNameOf(doc, "Nobody was sent home"), "clerk");
}

// A "they" after a sentence whose subject is a named person's team ("Ruiz's
// team used ...") reports for the team, whose head is the source; a team that
// is only an object, or a team member's title, gives "they" no one.
TEST(PronounPersons, TheyAfterAPersonsTeamIsThatPerson) {
  v1::Document team = Extract(
      "Biologists led by Carmen Ruiz spent a year on the reef.\n\n"
      "Ruiz's team used sonar to count the fish. They said the shoals had halved "
      "since 2015.");
  EXPECT_EQ(SourceNameOf(team, "shoals had halved"), "Carmen Ruiz");
  v1::Document object = Extract(
      "Carmen Ruiz spent a year on the reef.\n\n"
      "Divers joined Ruiz's team in May. They said the shoals had halved since 2015.");
  EXPECT_NE(SourceNameOf(object, "shoals had halved"), "Carmen Ruiz");
}

}  // namespace
}  // namespace factwire
