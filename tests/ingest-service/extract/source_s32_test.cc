// Source shapes from unseen news text (session 32): bodies named in lowercase
// with a regional reach, bodies a "who heads" clause names with no owner, and
// a person "of" a body named in lowercase or after its kind, and bodies named
// by their members ("the nurses' union"), and "a council spokesperson" for the
// council named before.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::SourceOfClaim;

// "Tomas Varga, who heads the Pannonian grain traders' association, said":
// a lead verb's object naming a group's kind after a capitalised modifier and
// a plural's apostrophe is where the speaker works; the verb gives the post.
TEST(SourceS32, WhoHeadsUnownedAssociationIsTheAffiliation) {
  v1::Document doc = Extract(
      "Tomas Varga, who heads the Pannonian grain traders' association, said buyers "
      "had cancelled 40 contracts since June.");
  const v1::Source* s = SourceOfClaim(doc, "buyers had cancelled 40 contracts");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->name(), "Tomas Varga");
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_PERSON);
  EXPECT_EQ(s->title(), "head");
  EXPECT_EQ(s->affiliation(), "Pannonian grain traders' association");
}

// "who chairs the regional bus drivers' union": all lowercase words before the
// kind, the post of "chairs".
TEST(SourceS32, WhoChairsLowercaseUnionIsTheAffiliation) {
  v1::Document doc = Extract(
      "Maren Lutz, who chairs the regional bus drivers' union, said the strike would "
      "go ahead on Friday.");
  const v1::Source* s = SourceOfClaim(doc, "the strike would go ahead");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->name(), "Maren Lutz");
  EXPECT_EQ(s->title(), "chair");
  EXPECT_EQ(s->affiliation(), "regional bus drivers' union");
}

// "who runs the family business", "who leads the team": no group's or public
// body's kind closes the object, so no affiliation is read.
TEST(SourceS32, WhoRunsBusinessOrTeamGivesNoAffiliation) {
  v1::Document doc = Extract(
      "Ines Mora, who runs the family business, said sales fell by a fifth. "
      "Dario Belli, who leads the team, said the players were ready.");
  const v1::Source* mora = SourceOfClaim(doc, "sales fell by a fifth");
  ASSERT_NE(mora, nullptr);
  EXPECT_EQ(mora->name(), "Ines Mora");
  EXPECT_EQ(mora->affiliation(), "");
  const v1::Source* belli = SourceOfClaim(doc, "the players were ready");
  ASSERT_NE(belli, nullptr);
  EXPECT_EQ(belli->name(), "Dario Belli");
  EXPECT_EQ(belli->affiliation(), "");
}

// "The regional health agency said ..." then "director of food safety at the
// agency": a body named in lowercase with a regional reach and a field is a
// body of its own, and "the agency" later is where the director works.
TEST(SourceS32, RegionalLowercaseBodyIsWhereItsDirectorWorks) {
  v1::Document doc = Extract(
      "The regional health agency said it had closed 12 beaches. \"We will reopen "
      "them when the water is clean,\" said Paulo Remedios, director of food safety at "
      "the agency.");
  const v1::Source* body = SourceOfClaim(doc, "it had closed 12 beaches");
  ASSERT_NE(body, nullptr);
  EXPECT_EQ(body->name(), "regional health agency");
  EXPECT_EQ(body->type(), v1::SOURCE_TYPE_ORGANIZATION);
  const v1::Source* s = SourceOfClaim(doc, "We will reopen them");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->name(), "Paulo Remedios");
  EXPECT_EQ(s->title(), "director of food safety");
  EXPECT_EQ(s->affiliation(), "regional health agency");
}

// "the regional transport department said": a portfolio after "regional" is
// a public body too, an organisation source.
TEST(SourceS32, RegionalPortfolioBodyIsAnOrganisation) {
  v1::Document doc = Extract(
      "Road repairs on the coast will cost 9 million euros, the regional transport "
      "department said on Tuesday.");
  const v1::Source* s = SourceOfClaim(doc, "Road repairs on the coast");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->name(), "regional transport department");
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

// "Hydrologist Lena Kask of the national water service said": a public body
// named in lowercase after a person's "of" is where the person works; the
// person, not the body, is the speaker.
TEST(SourceS32, PersonOfLowercaseBodySpeaks) {
  v1::Document doc = Extract(
      "Hydrologist Lena Kask of the national water service said river levels would "
      "peak on Saturday.");
  const v1::Source* s = SourceOfClaim(doc, "river levels would peak");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->name(), "Lena Kask");
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_PERSON);
  EXPECT_EQ(s->affiliation(), "national water service");
}

// "Omar Haddad of the economy ministry told reporters": the same with a
// portfolio's body and no title before the name.
TEST(SourceS32, PersonOfPortfolioBodySpeaks) {
  v1::Document doc = Extract(
      "Omar Haddad of the economy ministry told reporters that growth had slowed to "
      "2 percent.");
  const v1::Source* s = SourceOfClaim(doc, "growth had slowed");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->name(), "Omar Haddad");
  EXPECT_EQ(s->affiliation(), "economy ministry");
}

// "A spokesman for the finance ministry said", "the finance ministry said": no
// person before the body; the anonymous speaker and the body keep their
// readings.
TEST(SourceS32, LowercaseBodyWithoutPersonUnchanged) {
  v1::Document doc = Extract(
      "A spokesman for the finance ministry said the budget was balanced. The "
      "interior ministry said 300 officers had been deployed.");
  const v1::Source* spox = SourceOfClaim(doc, "the budget was balanced");
  ASSERT_NE(spox, nullptr);
  EXPECT_EQ(spox->type(), v1::SOURCE_TYPE_ANONYMOUS);
  EXPECT_EQ(spox->affiliation(), "finance ministry");
  const v1::Source* body = SourceOfClaim(doc, "300 officers had been deployed");
  ASSERT_NE(body, nullptr);
  EXPECT_EQ(body->name(), "interior ministry");
  EXPECT_EQ(body->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

// "Lars Holm of the conservation group Fjord Watch said": a kind of
// organisation right before a name after a person's "of the" makes the name a
// body, the person's affiliation, and the person speaks.
TEST(SourceS32, PersonOfKindLedNameWorksThere) {
  v1::Document doc = Extract(
      "Lars Holm of the conservation group Fjord Watch said the quota was too high. "
      "\"We have warned about this for years,\" said Petra Lind of the law firm Berg "
      "Halvorsen.");
  const v1::Source* holm = SourceOfClaim(doc, "the quota was too high");
  ASSERT_NE(holm, nullptr);
  EXPECT_EQ(holm->name(), "Lars Holm");
  EXPECT_EQ(holm->type(), v1::SOURCE_TYPE_PERSON);
  EXPECT_EQ(holm->affiliation(), "Fjord Watch");
  const v1::Source* lind = SourceOfClaim(doc, "We have warned about this");
  ASSERT_NE(lind, nullptr);
  EXPECT_EQ(lind->name(), "Petra Lind");
  EXPECT_EQ(lind->affiliation(), "Berg Halvorsen");
}

// "The dockworkers' union said ... The union said": a body named by its
// members in lowercase is an organisation source, and "the union" later is it.
TEST(SourceS32, MembersUnionIsAnOrganisation) {
  v1::Document doc = Extract(
      "The dockworkers' union said 120 jobs were at risk at the Gdynia terminal. The "
      "union said talks would resume on Monday.");
  const v1::Source* s = SourceOfClaim(doc, "120 jobs were at risk");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->name(), "dockworkers' union");
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  const v1::Source* later = SourceOfClaim(doc, "talks would resume");
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(later->name(), "dockworkers' union");
}

// "Elif Kaya of the growers' association said": the person speaks and works
// at the members' body.
TEST(SourceS32, PersonOfMembersAssociationSpeaks) {
  v1::Document doc = Extract(
      "Elif Kaya of the hazelnut growers' association said prices had fallen. "
      "Prices fell again, Murat Demir of the growers' association said.");
  const v1::Source* s = SourceOfClaim(doc, "Prices fell again");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->name(), "Murat Demir");
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_PERSON);
  EXPECT_EQ(s->affiliation(), "growers' association");
}

// "Sindikat, the bakers' union, said", "The bakers' union, Sindikat, said",
// "the farmers' union Agrosoyuz": the lowercase phrase describes the name,
// which stays the source.
TEST(SourceS32, MembersBodyDescribingANameIsNoSourceOfItsOwn) {
  v1::Document doc = Extract(
      "Agrosoyuz, the farmers' union, said the harvest was late. The bakers' union, "
      "Pekar, said flour prices had doubled.");
  const v1::Source* farmers = SourceOfClaim(doc, "the harvest was late");
  ASSERT_NE(farmers, nullptr);
  EXPECT_EQ(farmers->name(), "Agrosoyuz");
  const v1::Source* bakers = SourceOfClaim(doc, "flour prices had doubled");
  ASSERT_NE(bakers, nullptr);
  EXPECT_EQ(bakers->name(), "Pekar");
}

// "The Ministry of Fisheries said ... A ministry spokeswoman said": a kind word
// before an unnamed speaker's post stands for the organisation of that kind
// named before, the speaker's affiliation; the post is the title.
TEST(SourceS32, KindBeforeUnnamedPostIsTheBodyNamedBefore) {
  v1::Document doc = Extract(
      "The Ministry of Fisheries said it had suspended 12 licences. A ministry "
      "spokeswoman said inspections would double next year.");
  const v1::Source* s = SourceOfClaim(doc, "inspections would double");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ANONYMOUS);
  EXPECT_EQ(s->title(), "spokeswoman");
  EXPECT_EQ(s->affiliation(), "Ministry of Fisheries");
}

// "A company spokesman said" with no business named before: no affiliation.
TEST(SourceS32, KindBeforeUnnamedPostWithNoBodyNamedGivesNone) {
  v1::Document doc = Extract("A company spokesman said sales fell by a tenth.");
  const v1::Source* s = SourceOfClaim(doc, "sales fell by a tenth");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ANONYMOUS);
  EXPECT_EQ(s->affiliation(), "");
}

// "chief executive of the Tromsø-based cod exporter Nordkapp Fisk AS": a
// place compound before the lowercase kind words leaves the name after them
// the affiliation and the post the title.
TEST(SourceS32, PlaceCompoundBeforeKindWordsKeepsTheName) {
  v1::Document doc = Extract(
      "Sigrid Hauge, chief executive of the Tromsø-based cod exporter Nordkapp Fisk AS, "
      "said prices had risen 12%. \"Buyers are nervous,\" said Ola Brekke, an analyst at "
      "the Bergen-based brokerage Fjellstad Securities.");
  const v1::Source* ceo = SourceOfClaim(doc, "prices had risen 12%");
  ASSERT_NE(ceo, nullptr);
  EXPECT_EQ(ceo->name(), "Sigrid Hauge");
  EXPECT_EQ(ceo->title(), "chief executive");
  EXPECT_EQ(ceo->affiliation(), "Nordkapp Fisk AS");
  const v1::Source* analyst = SourceOfClaim(doc, "Buyers are nervous");
  ASSERT_NE(analyst, nullptr);
  EXPECT_EQ(analyst->title(), "analyst");
  EXPECT_EQ(analyst->affiliation(), "Fjellstad Securities");
}

// "the consortium's director" after only an association was named: a
// membership body of one form is no other body of its family, so no
// affiliation is guessed; "the association's" still finds the association.
TEST(SourceS32, MembershipBodyOfOneFormIsNoOtherOfItsFamily) {
  v1::Document doc = Extract(
      "The deal was signed by the growers' association Frutta Unita. The consortium's "
      "director, Paolo Serra, said exports could slow. The association's president, "
      "Lucia Melis, said members were relieved.");
  const v1::Source* serra = SourceOfClaim(doc, "exports could slow");
  ASSERT_NE(serra, nullptr);
  EXPECT_EQ(serra->name(), "Paolo Serra");
  EXPECT_EQ(serra->affiliation(), "");
  const v1::Source* melis = SourceOfClaim(doc, "members were relieved");
  ASSERT_NE(melis, nullptr);
  EXPECT_EQ(melis->name(), "Lucia Melis");
  EXPECT_EQ(melis->affiliation(), "Frutta Unita");
}

// "Universidad de Cuyo ... at the university", "Consorzio Olio Toscano ...
// director of the consortium": a foreign head's English kind lets the English
// description refer to the name.
TEST(SourceS32, ForeignHeadedNameIsItsEnglishKind) {
  v1::Document doc = Extract(
      "The samples were tested at Universidad de Cuyo. \"The vines are stressed,\" said "
      "Marta Quiroga, a soil scientist at the university. Prices are set by the Consorzio "
      "Olio Toscano. \"Demand is firm,\" said Gino Berti, director of the consortium.");
  const v1::Source* scientist = SourceOfClaim(doc, "The vines are stressed");
  ASSERT_NE(scientist, nullptr);
  EXPECT_EQ(scientist->title(), "soil scientist");
  EXPECT_EQ(scientist->affiliation(), "Universidad de Cuyo");
  const v1::Source* director = SourceOfClaim(doc, "Demand is firm");
  ASSERT_NE(director, nullptr);
  EXPECT_EQ(director->title(), "director");
  EXPECT_EQ(director->affiliation(), "Consorzio Olio Toscano");
}

// "Tromsø police chief Anja Dahl", "The city's police chief, Anja Dahl,",
// "White House press secretary Lena Fox": a body's word before a title word
// is part of the title.
TEST(SourceS32, BodyWordBeforeTitleWordIsPartOfTheTitle) {
  v1::Document doc = Extract(
      "The city's police chief, Anja Dahl, said three roads were closed. White House "
      "press secretary Lena Fox said the president would visit on Friday.");
  const v1::Source* chief = SourceOfClaim(doc, "three roads were closed");
  ASSERT_NE(chief, nullptr);
  EXPECT_EQ(chief->name(), "Anja Dahl");
  EXPECT_EQ(chief->title(), "police chief");
  const v1::Source* press = SourceOfClaim(doc, "the president would visit");
  ASSERT_NE(press, nullptr);
  EXPECT_EQ(press->name(), "Lena Fox");
  EXPECT_EQ(press->title(), "press secretary");
  EXPECT_EQ(press->affiliation(), "White House");
}

}  // namespace
}  // namespace factwire
