// Titles before and after names: office titles with their portfolios, posts
// at bodies.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;
using ::factwire::testing_extract::FindSource;

TEST(MentionTitles, PortfoliosJoinedByAndAfterOfStayInTheTitle) {
  v1::Document doc = Extract(
      "Deputy Minister of Fisheries and Forestry Somsak Inthavong told reporters the "
      "quota would hold.");
  const v1::Source* s = FindSource(doc, "somsak-inthavong");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->name(), "Somsak Inthavong");
  EXPECT_EQ(s->title(), "Deputy Minister of Fisheries and Forestry");
}

TEST(MentionTitles, NationalityOrPartyAfterTheArticleOfATitleBeforeAComma) {
  v1::Document doc = Extract(
      "A Chilean government spokeswoman, Ines Araya Soto, said the vessel was safe.");
  const v1::Source* s = FindSource(doc, "ines-araya-soto");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "government spokeswoman");
  v1::Document party = Extract(
      "The Labour shadow minister, Owen Pryce, said rural buses were being cut.");
  s = FindSource(party, "owen-pryce");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "shadow minister");
}

TEST(MentionTitles, TitleAfterAndBeforeANameIsAnotherPersonsNoPortfolio) {
  v1::Document doc = Extract(
      "The Minister of Lands and Transport Secretary Wanjiku Kamau visited the port. "
      "She said the berths would be widened.");
  const v1::Source* s = FindSource(doc, "wanjiku-kamau");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "Transport Secretary");
}

TEST(MentionTitles, NameBeforeALowercaseTitleAfterSaidIsTheEmployerNotTheSpeaker) {
  v1::Document doc = Extract(
      "\"The pitch was heavy,\" said Dalkey Rovers midfielder Cian Brennock.");
  const v1::Claim* c = FindClaim(doc, "The pitch was heavy");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "cian-brennock");
  const v1::Source* s = FindSource(doc, "cian-brennock");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "midfielder");
  EXPECT_EQ(s->affiliation(), "Dalkey Rovers");
}

TEST(MentionTitles, TeamBeforeAPlayersPositionIsTheAffiliation) {
  v1::Document doc = Extract(
      "\"We ran out of legs,\" said Kaunas Ravens guard Darius Petkus. Another "
      "player, Rokas Mazeika, the Ravens forward, agreed. \"It was hard,\" he said.");
  const v1::Source* s = FindSource(doc, "darius-petkus");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "guard");
  EXPECT_EQ(s->affiliation(), "Kaunas Ravens");
  v1::Document other = Extract(
      "\"We ran out of legs,\" Birzai guard Darius Petkus said after the game.");
  s = FindSource(other, "darius-petkus");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "Birzai");
  // ("Security guard" opening a sentence is a title, no team.)
  v1::Document guard = Extract("Security guard Ona Vaitkute said the gate was open.");
  s = FindSource(guard, "ona-vaitkute");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "");
}

TEST(MentionTitles, CurlingSkipAfterATownIsAPlayerOfThatTown) {
  v1::Document doc = Extract(
      "\"We had the hammer,\" said Estevan skip Marla Kowchuk after the last end.");
  const v1::Source* s = FindSource(doc, "marla-kowchuk");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "skip");
  EXPECT_EQ(s->affiliation(), "Estevan");
}

TEST(MentionTitles, PortfolioAfterForStaysInTheTitleBeforeAName) {
  v1::Document doc = Extract(
      "Deputy mayor for housing Irena Vlasic said the towers would be rebuilt.");
  const v1::Source* s = FindSource(doc, "irena-vlasic");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "Deputy mayor for housing");
}

TEST(MentionTitles, HerCompanyNamedAfterACommaIsWhereSheWorks) {
  v1::Document doc = Extract(
      "Lucia Mendes is a hydrographer. Her company, Tejo Surveys, mapped the estuary. "
      "\"The channel is moving,\" she said.");
  const v1::Source* s = FindSource(doc, "lucia-mendes");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "Tejo Surveys");
  EXPECT_EQ(FindSource(doc, "tejo-surveys"), nullptr);
}

TEST(MentionTitles, KindBeforeATitleIsTheOneBodyOfThatKindNamedBeforeInLowercase) {
  v1::Document doc = Extract(
      "The regional council of Nuoro voted on Monday to shut the ward. \"We will appeal,\" "
      "council president Maria Sanna said.");
  const v1::Source* s = FindSource(doc, "maria-sanna");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "council president");
  EXPECT_EQ(s->affiliation(), "regional council of Nuoro");
  v1::Document owner = Extract(
      "Victoria's heritage review tribunal refused the permit. \"The facade must stay,\" "
      "tribunal member Ian Kerr said.");
  s = FindSource(owner, "ian-kerr");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "Victoria's heritage review tribunal");
  // (Two councils named before: which one is not said.)
  v1::Document two = Extract(
      "The town council of Nuoro and the regional council of Sassari met. \"We will "
      "appeal,\" council president Maria Sanna said.");
  s = FindSource(two, "maria-sanna");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "");
}

TEST(MentionTitles, TheBodyOfAKindIsReadBackAcrossParagraphsPastOtherWords) {
  // The walk back for "council" passes every word of no organisation's kind
  // and the capitalised "Council" opening a sentence; the one body named in
  // lowercase paragraphs before is the president's.
  std::string text =
      "The provincial council of Oristano voted on Monday to close the ward.\n\n";
  for (int i = 0; i < 40; ++i) text += "Nurses said the beds had been full since spring. ";
  text += "\n\nCouncil members met again. \"We will appeal,\" council president Lia Pinna said.";
  v1::Document doc = Extract(text);
  const v1::Source* s = FindSource(doc, "lia-pinna");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "provincial council of Oristano");
}

TEST(MentionTitles, PostOfTheOppositionOrGovernmentBeforeACommaIsOfThatSide) {
  v1::Document doc = Extract(
      "The opposition's health spokeswoman, Aroha Tane, said the wards were short of "
      "nurses.");
  const v1::Source* s = FindSource(doc, "aroha-tane");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "health spokeswoman");
  EXPECT_EQ(s->affiliation(), "opposition");
  v1::Document gov = Extract(
      "The government's chief scientist, Ravi Menon, said the data were clear.");
  s = FindSource(gov, "ravi-menon");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "government");
}

TEST(MentionTitles, RoleAtAnUnnamedUnitBeforeACommaIsTheTitle) {
  // The unit after "at the" names no body: the role before it is the title,
  // and the unit's owner, named before, is the affiliation.
  v1::Document doc = Extract(
      "Farmers met at Westmoor College on Friday. A researcher at the college's soil "
      "science department, Paul Grant, said yields had fallen.");
  const v1::Source* s = FindSource(doc, "paul-grant");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "researcher");
  EXPECT_EQ(s->affiliation(), "Westmoor College");
  v1::Document plain = Extract(
      "A chemist at the city's water laboratory, Ana Ruiz, said the samples were clean.");
  s = FindSource(plain, "ana-ruiz");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "chemist");
}

TEST(MentionTitles, ARoleNounAtANamedBodyBeforeACommaIsTheTitle) {
  // "An <role noun> at <named body>, <name>,": the role is the title and the
  // body the affiliation, with or without a scholar's honorific on the name.
  v1::Document doc = Extract(
      "An education specialist at Eastmoor University, Dr Ilsa Varga, said fees would "
      "rise.");
  const v1::Source* s = FindSource(doc, "ilsa-varga");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "education specialist");
  EXPECT_EQ(s->affiliation(), "Eastmoor University");
  v1::Document plain = Extract(
      "A senior lecturer for Harwell Institute, Tom Osei, said the course was full.");
  s = FindSource(plain, "tom-osei");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "senior lecturer");
  EXPECT_EQ(s->affiliation(), "Harwell Institute");
  // Not a noun that only ends like a role, inside an opening phrase.
  v1::Document dinner = Extract(
      "After a dinner at Eastmoor University, Ilsa Varga said fees would rise.");
  s = FindSource(dinner, "ilsa-varga");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "");
}

TEST(MentionTitles, SomeoneOnlyPresentAtANamedPlaceHasNoTitleThere) {
  // "A <visitor noun> at <named place>, <name>,": "at" says where the person
  // was, not who employs them (a trade there keeps its title: see
  // ARoleNounAtANamedBodyBeforeACommaIsTheTitle).
  v1::Document doc = Extract(
      "A shopper at Eastgate Market, Mary Achieng, said prices had doubled.");
  const v1::Source* s = FindSource(doc, "mary-achieng");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "");
  EXPECT_EQ(s->affiliation(), "");
  v1::Document ward = Extract(
      "A patient at Kijabe Hospital, Tom Reid, said the ward was full.");
  s = FindSource(ward, "tom-reid");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "");
  EXPECT_EQ(s->affiliation(), "");
}

// "said Rovers captain X" after "Eastfield Rovers": the club's short name is
// where the captain plays; the captain is the one speaking.
TEST(MentionTitles, ShortNameOfATeamBeforeATitleAfterSaidIsNoSpeaker) {
  v1::Document doc = Extract(
      "Eastfield Rovers drew 1-1 with Millbrook on Sunday. \"We deserved more,\" "
      "said Rovers captain Peter Lund.");
  const v1::Claim* c = FindClaim(doc, "We deserved more");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "peter-lund");
  const v1::Source* s = FindSource(doc, "peter-lund");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "captain");
  EXPECT_EQ(s->affiliation(), "Eastfield Rovers");
}

// "council chair Eva Holm, of the Green Party": the body named after the name
// is where she belongs, not a council guessed from the title's kind word.
TEST(MentionTitles, BodyNamedAfterTheNameBeatsTheTitlesKindWord) {
  v1::Document doc = Extract(
      "The regional council approved the budget on Monday. \"This is a fair deal,\" "
      "said council chair Eva Holm, of the Green Party.");
  const v1::Source* s = FindSource(doc, "eva-holm");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "council chair");
  EXPECT_EQ(s->affiliation(), "Green Party");
  // An acronym after "of the" is a body too.
  v1::Document acronym = Extract(
      "The regional council approved the budget on Monday. \"This is a fair deal,\" "
      "said council chair Eva Holm, of the NDP.");
  s = FindSource(acronym, "eva-holm");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "NDP");
  // With nothing named after the name, the council still is.
  v1::Document plain = Extract(
      "The regional council approved the budget on Monday. \"This is a fair deal,\" "
      "said council chair Eva Holm.");
  s = FindSource(plain, "eva-holm");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "regional council");
}

// "His opposite number, X," holds the post of the one "his" stands for: the
// role noun ending that person's title; no title when it ends in none.
TEST(MentionTitles, OppositeNumberHoldsThePostOfTheOneHisStandsFor) {
  v1::Document doc = Extract(
      "Rovers coach Sam Hill said the win was deserved. His opposite number, Ben "
      "Arrieta, said the referee was poor.");
  const v1::Source* s = FindSource(doc, "ben-arrieta");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "coach");
  EXPECT_EQ(s->affiliation(), "");
  v1::Document office = Extract(
      "Foreign Minister Sergei Volkov met the envoy. His opposite number, Ana Ruiz, "
      "said talks were useful.");
  s = FindSource(office, "ana-ruiz");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "");
}

// "the city's hakim, or mayor, Rustam Aliev,": a local title glossed in English
// before the name keeps both words.
TEST(MentionTitles, LocalTitleGlossedBeforeTheNameKeepsItsGloss) {
  v1::Document doc = Extract(
      "The city's hakim, or mayor, Rustam Aliev, told a crowd that the trams were "
      "ready.");
  const v1::Source* s = FindSource(doc, "rustam-aliev");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "hakim, or mayor");
}

// A ward, a district or a place after "of the" is no body the person belongs
// to: the council named before stays her affiliation.
TEST(MentionTitles, APlaceAfterTheNameIsNoBody) {
  v1::Document doc = Extract(
      "The district council passed the plan on Friday. \"We listened to people,\" "
      "said council leader Rosa Lind, of the South Ward.");
  const v1::Source* s = FindSource(doc, "rosa-lind");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "district council");
  v1::Document town = Extract(
      "The district council passed the plan on Friday. \"We listened to people,\" "
      "said council leader Rosa Lind of the Market Square.");
  s = FindSource(town, "rosa-lind");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "district council");
}

// "the coach, or captain, X": two English roles offered as alternatives; no
// local title is glossed, so the two are not fused into one title.
TEST(MentionTitles, TwoEnglishRolesJoinedByOrAreNoGloss) {
  v1::Document doc = Extract(
      "The crew will be led by the coach, or skipper, Mark Dunn, who said they "
      "were ready.");
  const v1::Source* s = FindSource(doc, "mark-dunn");
  if (s != nullptr) {
    EXPECT_NE(s->title(), "coach, or skipper");
  }
  v1::Document driver = Extract(
      "Officers did not name the driver, or passenger, Lena Ortiz, who said she was "
      "not hurt.");
  s = FindSource(driver, "lena-ortiz");
  if (s != nullptr) {
    EXPECT_NE(s->title(), "driver, or passenger");
  }
}

// "The headmistress, Ana Diaz," works at the one school the story names; a
// "presiding judge" sits on its one court; with two such bodies, neither.
TEST(MentionTitles, PostNamingItsKindOfBodyWorksAtTheOneNamed) {
  v1::Document doc = Extract(
      "Classes were cut again. At the Hillside Primary School in Marwick, two rooms "
      "are closed. The headmistress, Ana Diaz, said families had left. The Northern "
      "Administrative Court halted the plan. \"The survey was too short,\" presiding "
      "judge Helga Ruiz said.");
  const v1::Source* s = FindSource(doc, "ana-diaz");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "headmistress");
  EXPECT_EQ(s->affiliation(), "Hillside Primary School");
  s = FindSource(doc, "helga-ruiz");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "Northern Administrative Court");
  doc = Extract(
      "The Eastern District Court and the Western District Court disagreed. \"It is "
      "settled,\" said presiding judge Ola Berg.");
  s = FindSource(doc, "ola-berg");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "");
}

}  // namespace
}  // namespace factwire
