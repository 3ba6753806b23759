// Appositives after a name ("Name, title of Org,"): the title and the body
// someone works for.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindSource;

TEST(MentionAppositives, PostOfABodyNamedInLowercaseSplitsTitleAndAffiliation) {
  v1::Document doc = Extract(
      "The ferry timetable will change in June, said Kaja Lepp, mayor of Viljandi "
      "municipality.");
  const v1::Source* s = FindSource(doc, "kaja-lepp");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "mayor");
  EXPECT_EQ(s->affiliation(), "Viljandi municipality");
  v1::Document other = Extract(
      "Mihkel Org, deputy head of the regional health board, said clinics would "
      "open later on Saturdays.");
  s = FindSource(other, "mihkel-org");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "deputy head");
  EXPECT_EQ(s->affiliation(), "regional health board");
}

TEST(MentionAppositives, BodyNameWithAPluralPossessiveInsideOwnsThePost) {
  v1::Document doc = Extract(
      "Wards were short again. Odile Marchand, the Manitoba Bakers' Union's Brandon "
      "president, said the night shifts were cut.");
  const v1::Source* s = FindSource(doc, "odile-marchand");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "Brandon president");
  EXPECT_EQ(s->affiliation(), "Manitoba Bakers' Union");
}

// A hyphened post ("vice-president", "vice-chair", "co-chair") heads an
// appositive's title as the plain one does: the person is a source at all.
TEST(MentionAppositives, HyphenedPostHeadsTheTitle) {
  v1::Document doc = Extract(
      "Beds were short again. Odile Marchand, the Manitoba Bakers' Union's Brandon "
      "vice-president, said the night shifts were cut.");
  const v1::Source* s = FindSource(doc, "odile-marchand");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "Brandon vice-president");
  EXPECT_EQ(s->affiliation(), "Manitoba Bakers' Union");
}

TEST(MentionAppositives, PostOfAFieldStaysOneTitle) {
  v1::Document doc = Extract(
      "Laura Kask, head of international sales at Vesta Foods, said exports rose.");
  const v1::Source* s = FindSource(doc, "laura-kask");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "head of international sales");
  EXPECT_EQ(s->affiliation(), "Vesta Foods");
}

TEST(MentionAppositives, ClauseOfChairingAfterAnAgeGivesPostAndBody) {
  v1::Document doc = Extract(
      "Hilma Shikongo, 52, who chairs the Okuryangava Traders' Association, said "
      "stall fees had doubled.");
  const v1::Source* s = FindSource(doc, "hilma-shikongo");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "chair");
  EXPECT_EQ(s->affiliation(), "Okuryangava Traders' Association");
}

TEST(MentionAppositives, NameAfterTheLeadVerbsArticleIsABody) {
  // "who heads the ... Unit": no person's name takes "the".
  v1::Document doc = Extract(
      "Rohan Silva, who heads the Coastal Fisheries Unit in Galle, said catches fell.");
  const v1::Source* s = FindSource(doc, "rohan-silva");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "head");
  EXPECT_EQ(s->affiliation(), "Coastal Fisheries Unit");
}

TEST(MentionAppositives, BodyLedNamedInLowercaseAfterAnOwner) {
  v1::Document doc = Extract(
      "Morag Tulloch, who chairs the council's roads and ferries committee, said the "
      "pier would close.");
  const v1::Source* s = FindSource(doc, "morag-tulloch");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "chair");
  EXPECT_EQ(s->affiliation(), "roads and ferries committee");
  // ("who chairs the board": one word names no body of its own.)
  v1::Document other = Extract("Ian Flett, who chairs the board, said the pier would close.");
  s = FindSource(other, "ian-flett");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "");
}

TEST(MentionAppositives, PostOfALowercaseBodyAfterAnOwner) {
  v1::Document doc = Extract(
      "Morag Tulloch, convener of the council's roads and ferries committee, said the "
      "pier would close.");
  const v1::Source* s = FindSource(doc, "morag-tulloch");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "convener");
  EXPECT_EQ(s->affiliation(), "roads and ferries committee");
}

TEST(MentionAppositives, InstitutionNamedInAnotherLanguageKeepsItsLowercaseWords) {
  v1::Document doc = Extract(
      "Anne Giraud, head teacher of Ecole maternelle des Tilleuls, said the roof leaked.");
  const v1::Source* s = FindSource(doc, "anne-giraud");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "head teacher");
  EXPECT_EQ(s->affiliation(), "Ecole maternelle des Tilleuls");
}

TEST(MentionAppositives, WhoRepresentsNamesTheSeatOrBody) {
  v1::Document doc = Extract(
      "Cllr Ewan Drever, who represents the North Isles, said the ferry was late. "
      "Kirsty Spence, who represents the Kirkwall East ward, said it was full. "
      "Lorna Bain, who represents the family, said it would appeal.");
  const v1::Source* s = FindSource(doc, "ewan-drever");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "North Isles");
  s = FindSource(doc, "kirsty-spence");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "Kirkwall East ward");
  s = FindSource(doc, "lorna-bain");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "");
}

TEST(MentionAppositives, RulingBeforeAPartyIsAnAdjectiveNotACue) {
  v1::Document doc = Extract(
      "Ousmane Ba, a candidate for the ruling party Jappo, said turnout was high.");
  const v1::Source* s = FindSource(doc, "ousmane-ba");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "candidate");
  EXPECT_EQ(s->affiliation(), "Jappo");
  EXPECT_EQ(FindSource(doc, "jappo"), nullptr);
}

TEST(MentionAppositives, SeatInALegislatureStaysInTheTitle) {
  v1::Document doc = Extract(
      "Ngozi Eze, an opposition member of the House of Representatives who sits on "
      "the transport committee, said the rail plan was too costly.");
  const v1::Source* s = FindSource(doc, "ngozi-eze");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "opposition member of the House of Representatives");
  EXPECT_EQ(s->affiliation(), "House of Representatives");
  v1::Document chamber = Extract(
      "Ngozi Eze, a member of the Enugu Chamber of Commerce, said rents rose.");
  s = FindSource(chamber, "ngozi-eze");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "member");
}

TEST(MentionAppositives, OwnerOfTwoWordsBeforeAPostGivesTitleAndBody) {
  v1::Document doc = Extract(
      "\"We will repair the mains by June,\" said Helen Ruddock, Marlow Water's "
      "operations director.");
  const v1::Source* s = FindSource(doc, "helen-ruddock");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "operations director");
  EXPECT_EQ(s->affiliation(), "Marlow Water");
  v1::Document person = Extract(
      "\"It was a long night,\" said Ruth Pell, Mr. Garside's chief of staff.");
  s = FindSource(person, "ruth-pell");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "chief of staff");
  EXPECT_EQ(s->affiliation(), "");
}

TEST(MentionAppositives, PostInANamedBodyGivesTheBody) {
  v1::Document doc = Extract(
      "\"Wages are outrunning revenue,\" said Omar Lutfi, a partner in Grantley's "
      "Sports Advisory Group.");
  const v1::Source* s = FindSource(doc, "omar-lutfi");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "partner");
  EXPECT_EQ(s->affiliation(), "Grantley's Sports Advisory Group");
  v1::Document place = Extract("\"Wages fell,\" said Omar Lutfi, a nurse in Cork.");
  s = FindSource(place, "omar-lutfi");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "");
}

TEST(MentionAppositives, AppositiveOpeningWithOfNamesABodyEndingInItsKind) {
  v1::Document doc = Extract(
      "Aminata Sow, of the opposition Jubbanti Askan coalition, said the count was "
      "slow.");
  const v1::Source* s = FindSource(doc, "aminata-sow");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "Jubbanti Askan coalition");
}

TEST(MentionAppositives, CueWordAfterAnArticleIsANounInTheDescription) {
  v1::Document doc = Extract(
      "Rain will be scarce until October, said Reza Farahani, executive director "
      "of the forecast centre.");
  const v1::Source* s = FindSource(doc, "reza-farahani");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "executive director");
  EXPECT_EQ(s->affiliation(), "forecast centre");
  v1::Document party = Extract(
      "Rita Lange, the state party chairwoman, said the meeting ended early.");
  s = FindSource(party, "rita-lange");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "state party chairwoman");
}

TEST(MentionAppositives, LeadingAStandingIsNoPost) {
  v1::Document doc = Extract(
      "Kofi Mensah, who leads the Ghana Premier League in assists, said the title was "
      "still open. Amina Yusuf, who leads the Continental Tour standings, said she was "
      "tired. Peter Otieno, who leads the Nairobi Traders Association, said rents rose.");
  const v1::Source* kofi = FindSource(doc, "kofi-mensah");
  ASSERT_NE(kofi, nullptr);
  EXPECT_EQ(kofi->title(), "");
  EXPECT_EQ(kofi->affiliation(), "");
  const v1::Source* amina = FindSource(doc, "amina-yusuf");
  ASSERT_NE(amina, nullptr);
  EXPECT_EQ(amina->title(), "");
  const v1::Source* peter = FindSource(doc, "peter-otieno");
  ASSERT_NE(peter, nullptr);
  EXPECT_EQ(peter->title(), "leader");
  EXPECT_EQ(peter->affiliation(), "Nairobi Traders Association");
}

TEST(MentionAppositives, ParticipleBeforeAPrepositionIsNoAdjective) {
  v1::Document doc = Extract(
      "Halima Odhiambo, a magistrate ruling on the land dispute, said the papers were "
      "forged.");
  const v1::Source* s = FindSource(doc, "halima-odhiambo");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "magistrate");
}

TEST(MentionAppositives, PostInAPlaceNamedWithAnOwnerHasNoEmployer) {
  v1::Document doc = Extract(
      "Achieng Otieno, a teacher in Uganda's West Nile, said classes had resumed.");
  const v1::Source* s = FindSource(doc, "achieng-otieno");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "teacher");
  EXPECT_EQ(s->affiliation(), "");
}

TEST(MentionAppositives, MemberOfABodyNamedLikeAHouseHoldsNoSeat) {
  v1::Document doc = Extract(
      "Wairimu Njoroge, a member of the Nakuru Chamber Music House, said tickets were "
      "sold out.");
  const v1::Source* s = FindSource(doc, "wairimu-njoroge");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "member");
  EXPECT_EQ(s->affiliation(), "Nakuru Chamber Music House");
}

// "who runs the family firm", "who runs the town's biggest food bank": a
// generic description, no body's name, so no affiliation.
TEST(MentionAppositives, GenericLedObjectIsNoAffiliation) {
  v1::Document firm =
      Extract("Ana Ruiz, who runs the family firm, said orders fell 4% in May.");
  const v1::Source* s = FindSource(firm, "ana-ruiz");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "");
  v1::Document bank = Extract(
      "Omar Haddad, who runs the town's biggest food bank, said 300 families had come "
      "for help.");
  s = FindSource(bank, "omar-haddad");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "");
}

TEST(MentionAppositives, AnAgeBeforeTheTitleIsNoPartOfIt) {
  v1::Document doc = Extract(
      "Tomas Reyes, a 27-year-old welder in Cebu, said the yard would close. Lina "
      "Sato, the club's 64-year-old president, said fees would rise.");
  const v1::Source* s = FindSource(doc, "tomas-reyes");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "welder");
  s = FindSource(doc, "lina-sato");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "president");
}

TEST(MentionAppositives, AHyphenedViceMinisterHeadsTheTitle) {
  v1::Document doc = Extract(
      "Rosa Quispe, the vice-minister of fisheries, said the ban would hold.");
  const v1::Source* s = FindSource(doc, "rosa-quispe");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "vice-minister of fisheries");
}

// A role written before the name ("Harbour City coach Sam Okafor") stays when a
// later appositive only describes the person ("a former teacher"): the role is
// what the person is quoted as.
TEST(MentionAppositives, PlainDescriptionKeepsARoleWrittenBeforeTheName) {
  v1::Document doc = Extract(
      "Harbour City beat Millbrook 3-0 on Saturday. Harbour City coach Sam Okafor "
      "said the win was deserved. Okafor, a former teacher who still lives in "
      "Millbrook, has built a young squad.");
  const v1::Source* s = FindSource(doc, "sam-okafor");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "coach");
  // A post at a body still replaces it ("Okafor, chairman of the Millbrook
  // Trust,").
  v1::Document post = Extract(
      "Harbour City beat Millbrook 3-0 on Saturday. Harbour City coach Sam Okafor "
      "said the win was deserved. Okafor, chairman of the Millbrook Schools Trust, "
      "has built a young squad.");
  s = FindSource(post, "sam-okafor");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "chairman");
}

// A new post named after the name replaces a role written before it: with the
// body it is held at ("the new manager of Dunmore") or with its owner ("the
// club's new captain"), the earlier role is the old one.
TEST(MentionAppositives, ANewPostAfterTheNameReplacesTheRoleBeforeIt) {
  v1::Document doc = Extract(
      "Wanderers coach Ben Ayodele left on Friday. Ayodele, the new manager of "
      "Dunmore, said he was ready.");
  const v1::Source* s = FindSource(doc, "ben-ayodele");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "new manager");
  EXPECT_EQ(s->affiliation(), "Dunmore");
  doc = Extract(
      "Harbour City striker Ben Ayodele, the club's new captain, said he was proud.");
  s = FindSource(doc, "ben-ayodele");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "new captain");
}

// "a 21-year-old from Tarlac" says how old someone is: no title; an age before
// a noun for what someone does still leaves the noun.
TEST(MentionAppositives, AnAgeAloneIsNoTitle) {
  v1::Document doc = Extract(
      "Tomas Reyes, a 21-year-old from Tarlac, said the crowd was loud. Ana Cruz, a "
      "30-year-old nurse from Iloilo, said the queue was long.");
  const v1::Source* s = FindSource(doc, "tomas-reyes");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "");
  s = FindSource(doc, "ana-cruz");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "nurse");
}

// "a student travelling with friends": what someone is doing after the noun for
// what they are is no part of the title; a body after it still is the employer.
TEST(MentionAppositives, DoingPhraseAfterTheNounEndsTheTitle) {
  v1::Document doc = Extract(
      "The new line is busy. \"It saves an hour,\" said Pia Aalto, 22, a student "
      "commuting from the suburbs. \"The data are clear,\" said Eero Salo, a chemist "
      "working at the Lakeland Water Institute.");
  const v1::Source* s = FindSource(doc, "pia-aalto");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "student");
  s = FindSource(doc, "eero-salo");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "chemist");
  EXPECT_EQ(s->affiliation(), "Lakeland Water Institute");
}

// "the district hospital in Bhadrak": a body named in lowercase keeps the place
// that tells which one it is; a body with a name of its own does not.
TEST(MentionAppositives, LowercaseBodyKeepsThePlaceAfterIt) {
  v1::Document doc = Extract(
      "Wards were full. \"We have no beds,\" said Asha Rao, superintendent of the "
      "district hospital in Bhadrak. \"Supplies are short,\" said Ravi Sen, "
      "director of the Coastal Health Trust in Puri.");
  const v1::Source* s = FindSource(doc, "asha-rao");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "superintendent");
  EXPECT_EQ(s->affiliation(), "district hospital in Bhadrak");
  s = FindSource(doc, "ravi-sen");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "Coastal Health Trust");
}

// "the paper's lead author and a glaciologist at the institute": the trade at a
// body is the title and the body the affiliation; a part in a body ("the
// group's founder and a lawyer at ...") stays the title.
TEST(MentionAppositives, TradeAtABodyAfterAPartInAWorkIsTheTitle) {
  v1::Document doc = Extract(
      "Researchers at the Northfield Institute for Ice Studies tested a sensor. "
      "\"The cable did the work,\" said Aiko Sato, the paper's lead author and a "
      "glaciologist at the institute. \"It will help,\" said Ben Cole, the "
      "group's founder and a lawyer at Hale Partners.");
  const v1::Source* s = FindSource(doc, "aiko-sato");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "glaciologist");
  EXPECT_EQ(s->affiliation(), "Northfield Institute for Ice Studies");
  s = FindSource(doc, "ben-cole");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "founder");
}

// "the state's secretary for water": the place owning the post is no word of
// the title; a person owning it still is ("the victim's mother").
TEST(MentionAppositives, PlaceOwningAPostIsNoTitleWord) {
  v1::Document doc = Extract(
      "The dam is late again. \"The canals are empty,\" said Rita Nair, the state's "
      "secretary for water resources. \"He was kind,\" said Mira Bose, the victim's "
      "mother.");
  const v1::Source* s = FindSource(doc, "rita-nair");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "secretary for water resources");
  s = FindSource(doc, "mira-bose");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "victim's mother");
}

// "Ana Ruiz, herself a former nurse,": the reflexive pronoun is no title word.
TEST(MentionAppositives, ReflexivePronounIsNoTitleWord) {
  v1::Document doc = Extract(
      "Ana Ruiz, herself a former nurse during the strike, said the wards were full.");
  const v1::Source* s = FindSource(doc, "ana-ruiz");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "former nurse");
}

}  // namespace
}  // namespace factwire
