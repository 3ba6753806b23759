#include <string>

#include "gtest/gtest.h"
#include "ingest-service/extract/records.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;
using ::factwire::testing_extract::FindSource;

// Expects source `id` in `doc` with title `title`.
void ExpectTitle(const v1::Document& doc, const char* id, const char* title) {
  const v1::Source* s = FindSource(doc, id);
  ASSERT_NE(s, nullptr) << id;
  EXPECT_EQ(s->title(), title) << id;
}

// Expects source `id` in `doc` with title `title` and affiliation `affiliation`.
void ExpectPost(const v1::Document& doc, const char* id, const char* title,
                const char* affiliation) {
  const v1::Source* s = FindSource(doc, id);
  ASSERT_NE(s, nullptr) << id;
  EXPECT_EQ(s->title(), title) << id;
  EXPECT_EQ(s->affiliation(), affiliation) << id;
}

TEST(Slug, LowercaseWordsJoinedByOneDash) {
  EXPECT_EQ(Slug("Dr. Anthony  Fauci's"), "dr-anthony-faucis");
  EXPECT_EQ(Slug(" --Mr. X! "), "mr-x");
  EXPECT_EQ(Slug("Jos\xC3\xA9 NGO-2"), "jos\xC3\xA9-ngo-2");
  EXPECT_EQ(Slug("..."), "");
  EXPECT_EQ(Slug(""), "");
}

TEST(Sources, NationalityBeforeTitle) {
  v1::Document doc = Extract("Spanish Prime Minister Pedro Vela announced an aid package.");
  const v1::Source* s = FindSource(doc, "pedro-vela");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "Prime Minister");
}

TEST(Sources, ArchbishopIsATitle) {
  v1::Document doc = Extract(
      "Archbishop Thabo Mbeki-Ndlovu said the church would open its halls to "
      "flood victims.");
  const v1::Source* s = FindSource(doc, "thabo-mbeki-ndlovu");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "Archbishop");
}

TEST(Sources, ManagerBeforeANameIsATitle) {
  v1::Document doc = Extract("Manager Iker Salcedo said the squad was tired after the trip.");
  const v1::Source* s = FindSource(doc, "iker-salcedo");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "Manager");
}

TEST(Sources, PortfolioCriticOpeningTheSentenceIsATitle) {
  v1::Document doc =
      Extract("Health critic Mara Venn says the clinic closures will lengthen waits.");
  ExpectTitle(doc, "mara-venn", "Health critic");
}

TEST(Sources, LowercaseTitleOpeningTheSpeakerAfterTheComma) {
  v1::Document doc = Extract(
      "The board will cut four bus routes, superintendent Lena Marsh said. "
      "Classes start an hour later, principal Omar Reyes said.");
  ExpectTitle(doc, "lena-marsh", "superintendent");
  ExpectTitle(doc, "omar-reyes", "principal");
  const v1::Claim* c = FindClaim(doc, "The board will cut four bus routes");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "superintendent Lena Marsh");
}

TEST(Sources, TopicWordBeforeALowercaseTitleInsideTheSentence) {
  v1::Document doc = Extract(
      "The levy will close farms, Agriculture critic Dale Price says. "
      "On Monday, Opposition leader Ruth Ames said it would pass.");
  // The topic names no source of its own.
  EXPECT_EQ(FindSource(doc, "agriculture"), nullptr);
  ExpectTitle(doc, "dale-price", "Agriculture critic");
  ExpectTitle(doc, "ruth-ames", "Opposition leader");
}

TEST(Sources, OrganisationNameWithOfThe) {
  v1::Document doc = Extract(
      "Reserves fell sharply, according to the Ministry for the Ecological Transition "
      "(MITECO).");
  const v1::Source* s = FindSource(doc, "ministry-for-the-ecological-transition");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  ASSERT_EQ(s->aliases_size(), 1);
  EXPECT_EQ(s->aliases(0), "MITECO");
}

TEST(Sources, RoleAtOrganisation) {
  v1::Document doc = Extract(
      "Dr. Eva Ruiz, a hydrologist at the University of Seville, said the wells were "
      "dry.");
  ExpectPost(doc, "eva-ruiz", "hydrologist", "University of Seville");
}

TEST(Sources, PronounSkipsPlaceNames) {
  v1::Document doc = Extract(
      "\"We cannot wait,\" Pablo Vela told reporters in Madrid. He added that aid would "
      "come.");
  ASSERT_EQ(doc.claims_size(), 2);
  EXPECT_EQ(doc.claims(1).speaker(), "He");
  EXPECT_EQ(doc.claims(1).source_id(), "pablo-vela");
}

TEST(Sources, AnonymousGroupsAndSpokespeople) {
  v1::Document doc = Extract(
      "Environmental groups called the plan weak. According to a spokesperson for "
      "Greenpeace, "
      "dozens of towns rely on trucks.");
  EXPECT_NE(FindSource(doc, "anonymous-d1-environmental-groups"), nullptr);
  const v1::Source* s = FindSource(doc, "anonymous-d1-spokesperson-for-greenpeace");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ANONYMOUS);
  EXPECT_EQ(FindSource(doc, "environmental"), nullptr);
}

TEST(Sources, AcronymBeforeHyphenatedTitle) {
  v1::Document doc = Extract(
      "WHO Director-General Tedros Adhanom Ghebreyesus said the trend was alarming. "
      "\"Every case is preventable,\" Tedros told reporters.");
  ExpectPost(doc, "tedros-adhanom-ghebreyesus", "Director-General", "WHO");
  ASSERT_EQ(doc.claims_size(), 2);
  EXPECT_EQ(doc.claims(1).source_id(), "tedros-adhanom-ghebreyesus");
}

TEST(Sources, AndInsideOrganisationName) {
  v1::Document doc =
      Extract("The Centers for Disease Control and Prevention (CDC) reported new cases in May.");
  const v1::Source* s = FindSource(doc, "centers-for-disease-control-and-prevention");
  ASSERT_NE(s, nullptr);
  ASSERT_EQ(s->aliases_size(), 1);
  EXPECT_EQ(s->aliases(0), "CDC");
}

TEST(Sources, AffiliationWithPrepositionsInside) {
  v1::Document doc = Extract(
      "Dr. Paul Offo, director of the Vaccine Center at Children's Hospital of "
      "Philadelphia, "
      "warned that cases were undercounted.");
  ExpectPost(doc, "paul-offo", "director", "Vaccine Center at Children's Hospital of Philadelphia");
}

TEST(Sources, RelativeClauseEndsTheAppositive) {
  v1::Document doc = Extract(
      "Mara Quint, an analyst at the Harlow Policy Institute who studies housing, said "
      "rents rose. Ode Bakare, a nurse that works nights, said wards were full.");
  ExpectPost(doc, "mara-quint", "analyst", "Harlow Policy Institute");
  const v1::Source* t = FindSource(doc, "ode-bakare");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->title(), "nurse");
}

TEST(Sources, SecondDescriptionAfterAndEndsTheAppositive) {
  v1::Document doc = Extract(
      "\"Rents are falling,\" said Dr. Ines Varga, an economist at the Tallin "
      "Housing Bureau and the report's co-author. Sam Oduya, a nurse at the Riverside "
      "Clinic and a former union steward, said wards were full.");
  ExpectPost(doc, "ines-varga", "economist", "Tallin Housing Bureau");
  ExpectPost(doc, "sam-oduya", "nurse", "Riverside Clinic");
}

TEST(Sources, PortfolioAfterOfOrForIsPartOfTheTitle) {
  v1::Document doc = Extract(
      "Minister for Housing Orla Keane told the Dail on Monday that rents would fall. "
      "The plan was sound, said Secretary of Energy Dana Whitlow.");
  const v1::Source* s = FindSource(doc, "orla-keane");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "Minister for Housing");
  const v1::Source* t = FindSource(doc, "dana-whitlow");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->title(), "Secretary of Energy");
}

TEST(Sources, PortfolioTitleBeforeASurnameNamedEarlier) {
  v1::Document doc = Extract(
      "Hana Okafor visited the clinic on Friday. \"Wards are full,\" said Secretary "
      "of Housing Okafor.");
  const v1::Source* s = FindSource(doc, "hana-okafor");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "Secretary of Housing");
  EXPECT_EQ(FindSource(doc, "secretary-of-housing-okafor"), nullptr);
}

TEST(Sources, LongAppositiveWithTwoRoles) {
  v1::Document doc = Extract(
      "Rafael Ortiz, a surgeon and director of the trauma unit of the Western Regional "
      "Hospital for Sick Children, said the ward was full.");
  ExpectPost(doc, "rafael-ortiz", "surgeon and director of the trauma unit",
             "Western Regional Hospital for Sick Children");
}

TEST(Sources, PortfolioTitleBeforeANameWithAnInitial) {
  v1::Document doc =
      Extract("The law is fair, said Governor of Leinster Ciara N. Doyle on Sunday.");
  const v1::Source* s = FindSource(doc, "ciara-doyle");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->name(), "Ciara N. Doyle");
  EXPECT_EQ(s->title(), "Governor of Leinster");
}

TEST(Sources, CapitalisedModifierInAShortDescription) {
  v1::Document doc = Extract(
      "Cole Hart, 52, a Navy veteran who now drives a bus, said the fares were too "
      "high.");
  const v1::Source* s = FindSource(doc, "cole-hart");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "Navy veteran");
}

TEST(Sources, VerbAfterTheCommaIsNoTitle) {
  v1::Document doc =
      Extract("Ines Marlow, trained at the Harbor Institute, said the plan would create jobs.");
  const v1::Source* s = FindSource(doc, "ines-marlow");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "");
  const v1::Claim* c = FindClaim(doc, "create jobs");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "ines-marlow");
}

TEST(Sources, FirstAppositiveTitleStays) {
  v1::Document doc = Extract(
      "Rosa Kell, president of the Tenants Union, said rents rose. Kell, a longtime "
      "campaigner, said the council had failed.");
  ExpectPost(doc, "rosa-kell", "president", "Tenants Union");
}

TEST(Sources, HonorificTellsNamesakesApart) {
  // Two people named Keane: "Ms. Keane" is the one named without a title,
  // "Dr. Keane" the doctor; a bare surname stays the person named first.
  v1::Document doc = Extract(
      "Dr. Sean Keane, a surgeon, said the ward was full. Among the parents was "
      "Siobhan Keane, a teacher. \"It was frightening,\" Ms. Keane said. Dr. Keane "
      "said beds were short. Keane said more nurses were coming.");
  const v1::Claim* ms = FindClaim(doc, "It was frightening");
  ASSERT_NE(ms, nullptr);
  EXPECT_EQ(ms->source_id(), "siobhan-keane");
  const v1::Claim* dr = FindClaim(doc, "beds were short");
  ASSERT_NE(dr, nullptr);
  EXPECT_EQ(dr->source_id(), "sean-keane");
  const v1::Claim* bare = FindClaim(doc, "more nurses");
  ASSERT_NE(bare, nullptr);
  EXPECT_EQ(bare->source_id(), "sean-keane");
}

TEST(Sources, RelationNounBeforeANameGivesItsGender) {
  // "Her husband, Saeed Abedini," is a man: "Mrs. Abedini" is the woman.
  v1::Document doc = Extract(
      "Mr. Obama called Naghmeh Abedini. Her husband, Saeed Abedini, was free. \"I "
      "could see his love,\" Mrs. Abedini wrote.");
  const v1::Claim* c = FindClaim(doc, "his love");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "naghmeh-abedini");
}

TEST(Sources, TitleWithAPortfolioBeforeTheComma) {
  // "lead for immunisation", "head of research": the title goes on after "for" or
  // "of".
  v1::Document doc = Extract(
      "Ireland's Health Service Executive (HSE) said it would open clinics. The HSE's "
      "national clinical lead for immunisation, Dr. Lucia de la Cruz, said uptake had "
      "fallen. The agency's head of research, Tom Ruiz, said the data were clear.");
  ExpectPost(doc, "lucia-de-la-cruz", "national clinical lead for immunisation",
             "Health Service Executive");
  ExpectPost(doc, "tom-ruiz", "head of research", "Health Service Executive");
}

TEST(Sources, WhoHeadsAnOrganisationWorksThere) {
  // "who heads/directs/runs ...": the organisation the clause names, not a person
  // ("who managed Al Gore's campaign") nor a place.
  v1::Document doc = Extract(
      "The World Health Organization (WHO) said cases rose in Europe. \"It is coming "
      "back,\" said Anne-Marie Dubois, who heads the WHO's vaccine programme in "
      "Europe. \"It is hard,\" said Olga Oliker, who directs the Europe and Central "
      "Asia programme at the International Crisis Group. Tom Hale, who runs Europol, "
      "said arrests rose. Roy Neel, who managed Al Gore's 1992 campaign, said women "
      "disliked her. Jane Roe, who leads the polls in Ohio, said she was pleased.");
  auto affiliation = [&](const std::string& id) {
    const v1::Source* s = FindSource(doc, id);
    return s == nullptr ? std::string("(none)") : s->affiliation();
  };
  EXPECT_EQ(affiliation("anne-marie-dubois"), "World Health Organization");
  EXPECT_EQ(affiliation("olga-oliker"), "International Crisis Group");
  EXPECT_EQ(affiliation("tom-hale"), "Europol");
  EXPECT_EQ(affiliation("roy-neel"), "");
  EXPECT_EQ(affiliation("jane-roe"), "");
}

TEST(Sources, PlaceClosingTheAppositiveIsNeitherTitleNorAffiliation) {
  v1::Document doc = Extract(
      "Sergey Radchenko, a historian at Johns Hopkins University's School of Advanced "
      "International Studies in Bologna, said Moscow was signalling. Mary-Kate "
      "Flanagan, a public health nurse in Cork, said parents were hesitant.");
  const v1::Source* historian = FindSource(doc, "sergey-radchenko");
  ASSERT_NE(historian, nullptr);
  EXPECT_EQ(historian->title(), "historian");
  EXPECT_EQ(historian->affiliation(),
            "Johns Hopkins University's School of Advanced International Studies");
  const v1::Source* nurse = FindSource(doc, "mary-kate-flanagan");
  ASSERT_NE(nurse, nullptr);
  EXPECT_EQ(nurse->title(), "public health nurse");
}

TEST(Sources, CurlyApostropheInANameKeepsTheSourceId) {
  // The same person in two documents, typed with ’ in one and ' in the other.
  v1::Document curly = Extract(
      "Michael O\xE2\x80\x99"
      "Brien said the plan failed.");
  v1::Document straight = Extract("Michael O'Brien said the plan failed.");
  ASSERT_EQ(curly.sources_size(), 1);
  ASSERT_EQ(straight.sources_size(), 1);
  EXPECT_EQ(curly.sources(0).source_id(), "michael-obrien");
  EXPECT_EQ(straight.sources(0).source_id(), "michael-obrien");
  EXPECT_EQ(curly.sources(0).name(),
            "Michael O\xE2\x80\x99"
            "Brien");
}

TEST(Sources, NegativeContractionIsNoName) {
  // "Don’t Republicans ...?" names no one: "he" is still Carl Tobias.
  v1::Document doc = Extract(
      "\"We will see,\" said Carl Tobias, a law professor. Don\xE2\x80\x99t Republicans run "
      "the risk of losing? \"Maybe they do,\" he said.");
  const v1::Claim* c = FindClaim(doc, "Maybe they do");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "carl-tobias");
}

TEST(Sources, ParticlesBeforeASurnameNamedBefore) {
  // "..., de la Cruz said": the speaker as written keeps its particles, and the
  // source stays the person named in full.
  v1::Document doc = Extract(
      "Dr. Lucia de la Cruz said uptake fell. \"That is the gap,\" de la Cruz said. "
      "\"Trust matters,\" said van der Berg, a doctor.");
  const v1::Claim* c = FindClaim(doc, "That is the gap");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "de la Cruz");
  EXPECT_EQ(c->source_id(), "lucia-de-la-cruz");
  ASSERT_NE(FindSource(doc, "lucia-de-la-cruz"), nullptr);
  EXPECT_EQ(FindSource(doc, "de-la-cruz"), nullptr);
}

TEST(Sources, PlaceOfAnAffiliationIsNoSpeaker) {
  // "X of Org in City, who ..., said": X speaks, not the city.
  v1::Document doc = Extract(
      "Prof. Pieter van der Berg of Erasmus University Medical Center in Rotterdam, who "
      "advises the Dutch government, said the Netherlands had faced similar "
      "resistance.");
  const v1::Claim* c = FindClaim(doc, "similar resistance");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "pieter-van-der-berg");
}

TEST(Sources, NameInsideAnAppositiveIsNoSubject) {
  // The organisation in "X, the president of Y, which ..., said" does not speak.
  v1::Document doc = Extract(
      "Christopher Shelton, the president of the Communications Workers of America, "
      "which endorsed Mr. Sanders in December, said that polling showed support "
      "lagging.");
  const v1::Claim* c = FindClaim(doc, "support lagging");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "christopher-shelton");
}

TEST(Sources, PersonOwningATitleIsNoAffiliation) {
  // "Sybiha's deputy": a person named in full is no affiliation; "Google's" is.
  v1::Document doc = Extract(
      "Andrii Sybiha said exports rose. Sybiha's deputy, Mariana Betsa, said so too. "
      "Google's chief economist, Hal Varian, said prices fell.");
  ExpectPost(doc, "mariana-betsa", "deputy", "");
  const v1::Source* economist = FindSource(doc, "hal-varian");
  ASSERT_NE(economist, nullptr);
  EXPECT_EQ(economist->affiliation(), "Google");
}

TEST(Sources, CommonWordOpeningASentenceIsNoName) {
  // "Capital" is the word the text also has in lowercase; "About" opens a
  // figure. Neither is the person "she" or "he" refers to.
  v1::Document doc = Extract(
      "Chief financial officer Anja Keller said the group would cut costs. Capital "
      "spending would rise to about 2.9 billion, she said, including extra capital "
      "for security. Minister Paschal Brennan spoke on Tuesday. About a third of the "
      "money will go to housing, he said.");
  EXPECT_EQ(FindSource(doc, "capital"), nullptr);
  EXPECT_EQ(FindSource(doc, "about"), nullptr);
  const v1::Claim* spending = FindClaim(doc, "Capital spending would rise");
  ASSERT_NE(spending, nullptr);
  EXPECT_EQ(spending->source_id(), "anja-keller");
  const v1::Claim* housing = FindClaim(doc, "will go to housing");
  ASSERT_NE(housing, nullptr);
  EXPECT_EQ(housing->source_id(), "paschal-brennan");
}

TEST(Sources, SurnameOpeningASentenceStaysAName) {
  v1::Document doc =
      Extract("Ruth Halvorsen counts birds. Halvorsen says the halvorsen method works.");
  EXPECT_NE(FindSource(doc, "ruth-halvorsen"), nullptr);
  const v1::Claim* c = FindClaim(doc, "method works");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "ruth-halvorsen");
}

TEST(Sources, CampusAfterTheCommaBelongsToTheAffiliation) {
  v1::Document doc = Extract(
      "Daniel Swain, a climate scientist at the University of California, Los "
      "Angeles, said the grass had dried out. \"It is risky,\" said Dr. Paul "
      "Hendricks, an environmental chemist at the University of California, Davis.");
  const v1::Source* swain = FindSource(doc, "daniel-swain");
  ASSERT_NE(swain, nullptr);
  EXPECT_EQ(swain->affiliation(), "University of California, Los Angeles");
  const v1::Claim* grass = FindClaim(doc, "the grass had dried out");
  ASSERT_NE(grass, nullptr);
  EXPECT_EQ(grass->source_id(), "daniel-swain");
  const v1::Source* hendricks = FindSource(doc, "paul-hendricks");
  ASSERT_NE(hendricks, nullptr);
  EXPECT_EQ(hendricks->affiliation(), "University of California, Davis");
}

TEST(Sources, WhoWorksAtAnOrganisationWorksThere) {
  v1::Document doc = Extract(
      "\"It is careful work,\" said Melissa Grant, who studies ocean microbes at the "
      "Woods Hole Oceanographic Institution in Massachusetts. \"It is late,\" said "
      "Tom Reed, who arrived at the White House on Monday.");
  const v1::Source* grant = FindSource(doc, "melissa-grant");
  ASSERT_NE(grant, nullptr);
  EXPECT_EQ(grant->affiliation(), "Woods Hole Oceanographic Institution");
  const v1::Source* reed = FindSource(doc, "tom-reed");
  ASSERT_NE(reed, nullptr);
  EXPECT_EQ(reed->affiliation(), "");
}

TEST(Sources, HomeTownAfterATitledNameIsNotPartOfIt) {
  // "Sen. Dale Hoskins of Kingman": the town ends the mention, not the name, so
  // "Hoskins" later is the same senator; "of King's College London" still
  // joins nothing and is where Dr. Nair works.
  v1::Document doc = Extract(
      "Republican Sen. Dale Hoskins of Kingman, the bill's sponsor, said rural "
      "residents had waited too long. \"Wells are going dry,\" Hoskins said. "
      "Chancellor Angela Merkel of Germany condemned \"such a murderous attack\".");
  const v1::Source* hoskins = FindSource(doc, "dale-hoskins");
  ASSERT_NE(hoskins, nullptr);
  EXPECT_EQ(FindSource(doc, "dale-hoskins-of-kingman"), nullptr);
  for (const char* words : {"rural residents had waited", "Wells are going dry"}) {
    const v1::Claim* c = FindClaim(doc, words);
    ASSERT_NE(c, nullptr) << words;
    EXPECT_EQ(c->source_id(), "dale-hoskins") << words;
  }
  const v1::Claim* attack = FindClaim(doc, "such a murderous attack");
  ASSERT_NE(attack, nullptr);
  EXPECT_EQ(attack->source_id(), "angela-merkel");
}

TEST(Sources, PartyAndHomeTownAreNoTitle) {
  v1::Document doc = Extract(
      "Senate Minority Leader Priya Deshmukh, a Democrat from Tucson, called the vote "
      "\"a gift to industrial agriculture.\"");
  ExpectPost(doc, "priya-deshmukh", "Senate Minority Leader", "");
}

TEST(Sources, PartyOrNationalityBeforeANameIsATitle) {
  // "Republican Grant Halvorsen": the party is the title, so "Halvorsen" later
  // is him; "Former Florida governor Jeb Bush": "Former Florida" names no one.
  v1::Document doc = Extract(
      "Ortega defeated Republican Grant Halvorsen by 41,000 votes. Halvorsen said he "
      "would not concede. Former Florida governor Jeb Bush said the count was fair. "
      "The Republican National Convention said it would meet in July.");
  const v1::Source* halvorsen = FindSource(doc, "grant-halvorsen");
  ASSERT_NE(halvorsen, nullptr);
  EXPECT_EQ(halvorsen->title(), "Republican");
  const v1::Claim* concede = FindClaim(doc, "would not concede");
  ASSERT_NE(concede, nullptr);
  EXPECT_EQ(concede->source_id(), "grant-halvorsen");
  EXPECT_EQ(FindSource(doc, "former-florida"), nullptr);
  const v1::Source* bush = FindSource(doc, "jeb-bush");
  ASSERT_NE(bush, nullptr);
  EXPECT_EQ(bush->affiliation(), "");
  const v1::Source* convention = FindSource(doc, "republican-national-convention");
  ASSERT_NE(convention, nullptr);
  EXPECT_EQ(convention->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

TEST(Sources, RoleOpeningTheSentenceAndTheBodyNamedBefore) {
  // "Pollster Andrea Lyle of the institute said": "Pollster" is her title, the
  // institute named before is where she works, and she (not it) speaks.
  v1::Document doc = Extract(
      "A poll by the Morrison Institute for Public Policy found wide support. "
      "Pollster Andrea Lyle of the institute said support was strongest among "
      "independents.");
  const v1::Claim* c = FindClaim(doc, "strongest among independents");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "andrea-lyle");
  ExpectPost(doc, "andrea-lyle", "Pollster", "Morrison Institute for Public Policy");
}

TEST(Sources, AppositiveDoesNotReplaceAnOfficeHeldBeforeTheName) {
  // An elected office before the name stays the title; an appositive on the same
  // or a later mention only describes the holder. "Dr." is no office: the
  // appositive says what the doctor does.
  v1::Document doc = Extract(
      "Sen. Mara Tolliver of Casper, the bill's sponsor, said ranchers "
      "had waited too long. Rep. Ines Calloway won the seat. Calloway, a three-term "
      "congresswoman from Tucson, said the count was fair. Dr. Ruth Okafor, a "
      "structural engineer, said the anchors failed.");
  ExpectTitle(doc, "mara-tolliver", "Sen.");
  ExpectTitle(doc, "ines-calloway", "Rep.");
  ExpectTitle(doc, "ruth-okafor", "structural engineer");
}

TEST(Sources, AppositiveOwnedByAnOrganisationOfSeveralWords) {
  // "the Interior Department's assistant secretary": the owner of two or more
  // words is where the person works, not part of the title; a plural's bare
  // apostrophe ("March of Dimes'") owns too.
  v1::Document doc = Extract(
      "Hanna Ostrowska, the Interior Department's assistant secretary for land "
      "management, said the herds had grown. Dr. Kara Maitlin, the March of Dimes' "
      "chief medical officer, said the results were a landmark.");
  ExpectPost(doc, "hanna-ostrowska", "assistant secretary for land management",
             "Interior Department");
  ExpectPost(doc, "kara-maitlin", "chief medical officer", "March of Dimes");
}

TEST(Sources, TitleForAnOrganisationBeforeTheComma) {
  // "A spokesman for the ministry, Name,": the title ends before the
  // organisation (named before, or here), which is where the person works; an
  // article before a title word owns nothing. "In a statement, Gov. ..." is no
  // title.
  v1::Document doc = Extract(
      "The Ministry of Health said it would add beds. A spokesman for the ministry, "
      "Peter Lual Dengo, said money was short. The director of the European Centre, "
      "Ina Kirsten, said her group acted alone. In a statement, Gov. Rick Scotten "
      "said the state was ready.");
  ExpectPost(doc, "peter-lual-dengo", "spokesman", "Ministry of Health");
  ExpectPost(doc, "ina-kirsten", "director", "European Centre");
  ExpectTitle(doc, "rick-scotten", "Gov.");
}

TEST(Sources, AmpersandInsideTheAffiliationAfterAt) {
  // "a researcher at the London School of Hygiene & Tropical Medicine": the
  // ampersand joins the organisation's name, which is the affiliation.
  v1::Document doc = Extract(
      "Tomasz Reyes, a researcher at the London School of Hygiene & Tropical Medicine "
      "who was not involved, said the device was cheap. Ron Gaffney, a lawyer at "
      "Sadis & Goldberg, said investors were nervous.");
  ExpectPost(doc, "tomasz-reyes", "researcher", "London School of Hygiene & Tropical Medicine");
  ExpectPost(doc, "ron-gaffney", "lawyer", "Sadis & Goldberg");
}

TEST(Sources, CoAuthorIsATitle) {
  // "Co-author Tom Bellamy said": a role opening the sentence, not part of the
  // name; "co-author of ..." in an appositive is a title too.
  v1::Document doc = Extract(
      "Co-author Tom Bellamy said the trial worked. Walt Stoner, co-author of a study "
      "of third-party bids, said the odds were slim.");
  EXPECT_EQ(FindSource(doc, "co-author-tom-bellamy"), nullptr);
  ExpectTitle(doc, "tom-bellamy", "Co-author");
  ExpectTitle(doc, "walt-stoner", "co-author of a study of third-party bids");
}

TEST(Sources, PluralApostropheInsideTheAffiliation) {
  // "chair of the Football Supporters' Association": the plural's apostrophe
  // stays inside the organisation's name, which is the affiliation.
  v1::Document doc = Extract(
      "\"Fans are being asked to pay,\" said Martin Crewson, chair of the Football "
      "Supporters' Association. Jo Bellamy, head of the Supporters\u2019 Trust, said "
      "fans were angry.");
  ExpectPost(doc, "martin-crewson", "chair", "Football Supporters' Association");
  ExpectPost(doc, "jo-bellamy", "head", "Supporters\u2019 Trust");
}

TEST(Sources, ItsTitleSkipsACountryNamedInLetters) {
  // "Nationwide, the UK's largest building society, said ... Its chief
  // economist, Robert Gardner,": "its" is the society, not the "UK" named in
  // between (a country in capital letters is a place, as "Britain" is).
  v1::Document doc = Extract(
      "Nationwide, the UK's largest building society, said price growth slowed. Its "
      "chief economist, Robert Gardiner, said that affordability remained stretched.");
  ExpectPost(doc, "robert-gardiner", "chief economist", "Nationwide");
}

TEST(Sources, LowercaseWordsBetweenTheAndTheAffiliation) {
  // "president of the conservative advocacy group Citizens United", "an analyst
  // at the non-partisan Cook Political Report": the lowercase words describe the
  // organisation, whose name is the affiliation.
  v1::Document doc = Extract(
      "David Bossy, president of the conservative advocacy group Citizens United, said "
      "it was over. Dave Wasserton, an elections analyst at the non-partisan Cook "
      "Political Report, said the seat was safe.");
  ExpectPost(doc, "david-bossy", "president", "Citizens United");
  ExpectPost(doc, "dave-wasserton", "elections analyst", "Cook Political Report");
}

TEST(Sources, PostOwnedByATitleIsThePost) {
  // "the president's deputy national security adviser": the owner is a person's
  // title, not part of the post and no affiliation.
  v1::Document doc = Extract(
      "Ben Rhoades, the president's deputy national security adviser, said the talks "
      "would resume.");
  ExpectPost(doc, "ben-rhoades", "deputy national security adviser", "");
}

TEST(Sources, ConjunctionAfterTheCommaOpensNoAppositive) {
  // "Hal Sandor, and you'll be on board": the next item of a list or clause, no
  // title.
  v1::Document doc = Extract(
      "Compare her record with the empty promises of Hal Sandor, and you'll be on "
      "board for Clinton. Sandor said the record was thin.");
  ExpectTitle(doc, "hal-sandor", "");
  const v1::Source* sandor = FindSource(doc, "hal-sandor");
  ASSERT_NE(sandor, nullptr);
  EXPECT_EQ(sandor->affiliation(), "");
}

TEST(Sources, AndBeforeATitledNameJoinsNoOrganisation) {
  // "Donald Trumble and House Speaker Paul Ryland": two people, the second with
  // his title; "Securities and Exchange Commission Chair" is still one body's
  // title.
  v1::Document doc = Extract(
      "Donald Trumble and House Speaker Paul Ryland said they would work together. "
      "Securities and Exchange Commission Chair Mary Jo Whyte said rules would change.");
  ExpectTitle(doc, "paul-ryland", "House Speaker");
  ExpectTitle(doc, "mary-jo-whyte", "Securities and Exchange Commission Chair");
}

TEST(Sources, EngineerHeadsALongAppositiveTitle) {
  // "a structural engineer retained by the prosecution": "engineer" heads the
  // title, which replaces "Dr." (no office).
  v1::Document doc = Extract(
      "Jurors heard from Dr. Evelyn Marshe, a structural engineer retained by the "
      "prosecution, who testified that the anchors had failed. Marshe said the failure "
      "was obvious.");
  ExpectTitle(doc, "evelyn-marshe", "structural engineer retained by the prosecution");
}

TEST(Sources, HomeTownAfterFromIsNoAffiliation) {
  // "a 55-year-old salesman from Sumter": where the person lives, not where they
  // work; "a researcher from Harvard University" still works there.
  v1::Document doc = Extract(
      "Dean Johnsen, a 55-year-old salesman from Sumter, said he would vote. Ana Ruiz, "
      "a researcher from Harvard University, said turnout was high.");
  ExpectPost(doc, "dean-johnsen", "salesman", "");
  ExpectPost(doc, "ana-ruiz", "researcher", "Harvard University");
}

TEST(Sources, WelshParticlesStayInsideTheName) {
  // "Rhys ab Owen", "Dafydd ap Gwilym": a lowercase particle before a capitalised
  // word is part of the name, and the appositive after it describes that person,
  // not an "Owen" named before.
  v1::Document doc = Extract(
      "Owen Prichard, a retired nurse, said the wait was too long. \"It is a scandal,\" "
      "said Rhys ab Owain, the party health spokesperson. Dafydd ap Gwilim said the "
      "board would answer.");
  ExpectTitle(doc, "owen-prichard", "retired nurse");
  ExpectTitle(doc, "rhys-ab-owain", "party health spokesperson");
  const v1::Claim* c = FindClaim(doc, "It is a scandal");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "rhys-ab-owain");
  ASSERT_NE(FindSource(doc, "dafydd-ap-gwilim"), nullptr);
}

TEST(Sources, PortfolioAfterACountrysLettersJoinsTheTitle) {
  // "U.S. District Judge": the portfolio stays in the title and the country's
  // letters do not; a word of a place's name is no portfolio ("New York Mayor").
  v1::Document doc = Extract(
      "U.S. District Judge Marisa Trevane said the case would proceed. New York Mayor "
      "Ana Robertson said the city would comply.");
  ExpectTitle(doc, "marisa-trevane", "District Judge");
  ExpectTitle(doc, "ana-robertson", "Mayor");
}

TEST(Sources, CountryLettersRightBeforeATitleStayInIt) {
  // "U.S. Attorney": dotted or capital letters of a country (or of the U.N.)
  // right before the title word are part of the office, and of the speaker.
  v1::Document doc = Extract(
      "U.S. Attorney Delia Marchetti said the charges would stand. \"We will appeal,\" "
      "said U.K. Ambassador Colin Hartwell. U.N. Secretary-General Ines Carvalho said "
      "talks would resume in May.");
  ExpectTitle(doc, "delia-marchetti", "U.S. Attorney");
  ExpectTitle(doc, "colin-hartwell", "U.K. Ambassador");
  ExpectTitle(doc, "ines-carvalho", "U.N. Secretary-General");
  const v1::Claim* c = FindClaim(doc, "the charges would stand");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "U.S. Attorney Delia Marchetti");
}

TEST(Sources, CueInsideARelativeClauseKeepsTheAppositive) {
  // "who has written about ...": the cue is the relative clause's; the title and
  // affiliation before it stay, and the person speaks.
  v1::Document doc = Extract(
      "Herbert Kwon, a law professor at Georgetown University who has written about "
      "platform competition, said the case was weak.");
  ExpectPost(doc, "herbert-kwon", "law professor", "Georgetown University");
  bool spoke = false;
  for (const v1::Claim& c : doc.claims()) {
    spoke = spoke || (c.source_id() == "herbert-kwon" && c.text() == "the case was weak");
  }
  EXPECT_TRUE(spoke);
}

TEST(Sources, OrganisationOpeningAnAppositiveTitleIsTheAffiliation) {
  // "the Plaid Cymru health spokesperson": the name before the title words is the
  // affiliation; not a nationality ("the Welsh health minister") or a person.
  v1::Document doc = Extract(
      "Bryn Tegid, the Plaid Cymru health spokesperson, said the wait was too long. Ana "
      "Ruiz, the Welsh health minister, said it was falling. Mark Lowell spoke. Ed Carr, "
      "the Lowell spokesperson, said the plan would fail.");
  ExpectPost(doc, "bryn-tegid", "Plaid Cymru health spokesperson", "Plaid Cymru");
  ExpectPost(doc, "ana-ruiz", "Welsh health minister", "");
  ExpectPost(doc, "ed-carr", "Lowell spokesperson", "");
}

TEST(Sources, HonorificAndTwoPartSurnameIsThePersonNamedInFull) {
  // "Ms. Ferrer Quintana" after "Ana Ferrer Quintana": an honorific before a
  // two-word surname is no new person.
  v1::Document doc = Extract(
      "The trade minister, Ana Ferrer Quintana, said the tariff would stay. Analysts "
      "doubted it. Ms. Ferrer Quintana said talks with Ottawa would resume in June.");
  const v1::Claim* c = FindClaim(doc, "talks with Ottawa would resume");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "ana-ferrer-quintana");
  EXPECT_EQ(FindSource(doc, "ferrer-quintana"), nullptr);
}

TEST(Sources, AdjectiveBeforeAPartyAndATitleNamesNoOne) {
  // "Presumptive Republican nominee Dana Whitfield": the capitalised adjective and
  // party before the lowercase title are neither a name nor an affiliation.
  v1::Document doc = Extract(
      "Presumptive Republican nominee Dana Whitfield said the tax would go. Longtime "
      "Democratic strategist Omar Bell said it would stay.");
  ExpectPost(doc, "dana-whitfield", "nominee", "");
  ExpectPost(doc, "omar-bell", "strategist", "");
  EXPECT_EQ(FindSource(doc, "presumptive-republican"), nullptr);
}

TEST(Sources, LoneWordThatIsSomeonesAffiliationIsAnOrganisation) {
  // "Brightmoor said ...", then "a partner at Brightmoor and one of the
  // administrators": the word is where someone works, an organisation; the
  // second description after "and one of" is no part of the affiliation.
  v1::Document doc = Extract(
      "Brightmoor said it had been appointed administrator. \"Interest is strong,\" "
      "said Ellen Rusk, a partner at Brightmoor and one of the administrators.");
  const v1::Source* firm = FindSource(doc, "brightmoor");
  ASSERT_NE(firm, nullptr);
  EXPECT_EQ(firm->type(), v1::SOURCE_TYPE_ORGANIZATION);
  ExpectPost(doc, "ellen-rusk", "partner", "Brightmoor");
}

TEST(Sources, AcronymClosingAnAppositiveAffiliationIsNoPartOfIt) {
  // "a geologist at the National Institute of Geophysics (NIG),": the acronym in
  // brackets closes the affiliation's name.
  v1::Document doc = Extract(
      "Clara Moreno Vidal, a geologist at the National Institute of Geophysics (NIG), "
      "said the slope could fail.");
  ExpectPost(doc, "clara-moreno-vidal", "geologist", "National Institute of Geophysics");
}

TEST(Sources, BusinessNounBeforeTheAffiliationsNameIsNoPartOfIt) {
  // "head of research at broker Halden Crane": a word for the business before its
  // name, with no article.
  v1::Document doc = Extract(
      "Sophie Lane, head of research at broker Halden Crane, said the chain grew too "
      "fast.");
  ExpectPost(doc, "sophie-lane", "head of research", "Halden Crane");
}

TEST(Sources, BossBeforeANameIsATitle) {
  // "Harbour boss Nils Aaberg": "boss" is a title like "manager", so the team
  // is no one-word person the later "he" could resolve to.
  v1::Document doc = Extract(
      "Harbour boss Nils Aaberg said his side had been \"robbed\" in the final "
      "minute. \"Everyone saw it but the referee,\" he said.");
  const v1::Claim* quote = FindClaim(doc, "Everyone saw it but the referee");
  ASSERT_NE(quote, nullptr);
  EXPECT_EQ(quote->source_id(), "nils-aaberg");
  EXPECT_EQ(FindSource(doc, "harbour"), nullptr);
}

TEST(Sources, AScienceOrLocalOfficeTitleBeforeANameIsATitle) {
  // "Seismologist Ines Varga", "Forecaster Tom Ekwueme", "County Supervisor Ray
  // Dunmore": the capitalised occupation is the title, not the first word of a
  // name, so later surnames resolve to the person.
  v1::Document doc = Extract(
      "Seismologist Ines Varga said the swarm was easing. Forecaster Tom Ekwueme said "
      "gusts would drop overnight. Kern County Supervisor Ray Dunmore said two shelters "
      "had opened. \"We are not out of it yet,\" Varga said.");
  const v1::Source* varga = FindSource(doc, "ines-varga");
  ASSERT_NE(varga, nullptr);
  EXPECT_EQ(varga->title(), "Seismologist");
  const v1::Source* ekwueme = FindSource(doc, "tom-ekwueme");
  ASSERT_NE(ekwueme, nullptr);
  EXPECT_EQ(ekwueme->title(), "Forecaster");
  const v1::Source* dunmore = FindSource(doc, "ray-dunmore");
  ASSERT_NE(dunmore, nullptr);
  EXPECT_NE(dunmore->title().find("Supervisor"), std::string::npos) << dunmore->title();
  const v1::Claim* quote = FindClaim(doc, "We are not out of it yet");
  ASSERT_NE(quote, nullptr);
  EXPECT_EQ(quote->source_id(), "ines-varga");
}

TEST(Sources, CouncilmemberBeforeANameIsATitle) {
  // US councils write "Councilmember" as one word, like "Councilman".
  v1::Document doc = Extract(
      "Councilmember Dara Voss said the levy was rushed. \"We had two days to read it,\" "
      "Voss said.");
  const v1::Source* voss = FindSource(doc, "dara-voss");
  ASSERT_NE(voss, nullptr);
  EXPECT_EQ(voss->title(), "Councilmember");
  const v1::Claim* quote = FindClaim(doc, "We had two days to read it");
  ASSERT_NE(quote, nullptr);
  EXPECT_EQ(quote->source_id(), "dara-voss");
}

TEST(Sources, AChiefOfficerTitleWithItsDomainIsWhole) {
  v1::Document doc = Extract(
      "Chief Financial Officer Priya Raman said margins narrowed. Chief Operating "
      "Officer Tomas Erdal said the plant would reopen. Raman said prices would rise.");
  const v1::Source* raman = FindSource(doc, "priya-raman");
  ASSERT_NE(raman, nullptr);
  EXPECT_EQ(raman->title(), "Chief Financial Officer");
  const v1::Source* erdal = FindSource(doc, "tomas-erdal");
  ASSERT_NE(erdal, nullptr);
  EXPECT_EQ(erdal->title(), "Chief Operating Officer");
  const v1::Claim* later = FindClaim(doc, "prices would rise");
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(later->source_id(), "priya-raman");
}

TEST(Sources, AnUnnamedSourceWithAndWithoutItsArticleIsOneSource) {
  // "according to an indictment" names the source "indictment"; "The
  // indictment says" is the same document, not a second source.
  v1::Document doc = Extract(
      "The trader hid $2 million from tax officials, according to an indictment "
      "unsealed on Monday. The indictment says he filed false returns for six years.");
  const v1::Claim* first = FindClaim(doc, "hid $2 million");
  const v1::Claim* second = FindClaim(doc, "he filed false returns");
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(first->source_id(), "anonymous-d1-indictment");
  EXPECT_EQ(second->source_id(), "anonymous-d1-indictment");
  EXPECT_EQ(second->speaker(), "The indictment");  // as written
  EXPECT_EQ(FindSource(doc, "anonymous-d1-the-indictment"), nullptr);
}

TEST(Sources, TitleEndingInAModifierWordKeepsIt) {
  // "Chief Executive Naledi Dube": "Executive" (also a modifier, "executive
  // producer") ends the title; it is no first name.
  v1::Document doc = Extract(
      "\"We will not cut a single branch,\" Chief Executive Naledi Dube told "
      "shareholders in Durban.");
  ExpectTitle(doc, "naledi-dube", "Chief Executive");
  doc = Extract("Senior Vice President Tomasz Wrona said the plant would reopen in June.");
  ExpectTitle(doc, "tomasz-wrona", "Senior Vice President");
}

TEST(Sources, TwoTitledPeopleJoinedByAndAreTwoPeople) {
  // "Mayor Lena Okafor and Police Chief Dan Ruelle": each titled name is one
  // person; the organisation word in "Police Chief" joins no names.
  v1::Document doc = Extract(
      "Mayor Lena Okafor and Police Chief Dan Ruelle said the bridge would stay "
      "shut until Friday. Okafor said repairs would cost more than planned.");
  ExpectTitle(doc, "dan-ruelle", "Police Chief");
  const v1::Claim* repairs = FindClaim(doc, "repairs would cost more");
  ASSERT_NE(repairs, nullptr);
  EXPECT_EQ(repairs->source_id(), "lena-okafor");
  ExpectTitle(doc, "lena-okafor", "Mayor");
  doc = Extract(
      "Fire Commissioner Ray Dunne and Governor Ines Marlow said the evacuation "
      "order would be lifted. Dunne said crews had contained the blaze.");
  const v1::Claim* crews = FindClaim(doc, "crews had contained the blaze");
  ASSERT_NE(crews, nullptr);
  EXPECT_EQ(crews->source_id(), "ray-dunne");
  ExpectTitle(doc, "ray-dunne", "Fire Commissioner");
}

TEST(Sources, ShortCapitalisedTranscriptLabelIsThePersonNamedBefore) {
  // "NG:" and "RAO:" in a transcript are the Dana Ng and Priya Rao named
  // before, however short the surname, not organisations' acronyms.
  v1::Document doc = Extract(
      "The hearing opened with questions from Dana Ng, the committee's counsel, "
      "and Priya Rao, the ministry's former adviser.\n\n"
      "NG: Did you read the memo before the vote?\n\n"
      "RAO: I never saw the memo.");
  const v1::Claim* question = FindClaim(doc, "Did you read the memo");
  const v1::Claim* answer = FindClaim(doc, "I never saw the memo");
  ASSERT_NE(question, nullptr);
  ASSERT_NE(answer, nullptr);
  EXPECT_EQ(question->source_id(), "dana-ng");
  EXPECT_EQ(answer->source_id(), "priya-rao");
  EXPECT_EQ(FindSource(doc, "ng"), nullptr);
  EXPECT_EQ(FindSource(doc, "rao"), nullptr);
}

TEST(Sources, ShortNameBeforeATitleIsTheOrganisationNamedInFull) {
  // "Eastbridge United ... United manager Claire Hebden": the short name before
  // the title is the team named before in full, her affiliation (also when it
  // opens the sentence: "City boss ...").
  v1::Document doc = Extract(
      "Eastbridge United lost 2-0 at home on Saturday, and United manager Claire "
      "Hebden said the defending had been poor.");
  ExpectPost(doc, "claire-hebden", "manager", "Eastbridge United");
  doc = Extract(
      "Castlegate City won 3-1 at Tarn Park. City boss Frank Lowther said it was "
      "the best night of his career.");
  ExpectPost(doc, "frank-lowther", "boss", "Castlegate City");
  doc = Extract(
      "Hollins Rovers said they had agreed a fee for the striker. Rovers chairman "
      "Amit Basu said the deal would be done by Friday.");
  ExpectPost(doc, "amit-basu", "chairman", "Hollins Rovers");
  const v1::Source* club = FindSource(doc, "hollins-rovers");
  ASSERT_NE(club, nullptr);
  EXPECT_EQ(club->type(), v1::SOURCE_TYPE_ORGANIZATION);
  // "Sanders aide ..." after "Top Sanders aides": a person's surname names no
  // club.
  doc = Extract(
      "Top Marlow aides met on Monday. Marlow aide Jess Fenn said the campaign "
      "would go on.");
  ExpectTitle(doc, "jess-fenn", "Marlow aide");
}

TEST(Sources, SpokespersonForANameWithoutAnOrganisationWord) {
  // "A spokeswoman for Halvard Appliance, Rina Osei, said": the name after the
  // comma is the speaker, whatever the employer's name looks like; a person
  // named with a title is no affiliation.
  v1::Document doc = Extract(
      "A spokeswoman for Halvard Appliance, Rina Osei, said the recall was "
      "voluntary.");
  const v1::Claim* recall = FindClaim(doc, "the recall was voluntary");
  ASSERT_NE(recall, nullptr);
  EXPECT_EQ(recall->source_id(), "rina-osei");
  ExpectPost(doc, "rina-osei", "spokeswoman", "Halvard Appliance");
  doc = Extract(
      "A spokesman for Senator Ruth Allard, Ben Kiley, said the senator was "
      "resting at home.");
  const v1::Claim* resting = FindClaim(doc, "the senator was resting");
  ASSERT_NE(resting, nullptr);
  EXPECT_EQ(resting->source_id(), "ben-kiley");
  ExpectPost(doc, "ben-kiley", "spokesman", "");
}

TEST(Sources, AdministratorBeforeANameIsATitle) {
  // "Town Administrator Gil Ferris": an administrator's office is a title, not
  // part of the name.
  v1::Document doc = Extract(
      "Town Administrator Gil Ferris said the landfill would close in October. "
      "Ferris said the town would truck its waste to Dunmore instead.");
  const v1::Claim* waste = FindClaim(doc, "truck its waste");
  ASSERT_NE(waste, nullptr);
  EXPECT_EQ(waste->source_id(), "gil-ferris");
  ExpectTitle(doc, "gil-ferris", "Town Administrator");
}

TEST(Sources, OrganisationWordAsAFirstNameAfterATitle) {
  // "Attorney General Charity Clark": a first name that is also an
  // organisation word ("Charity", "Guard") right after a title, with the
  // surname after it, is a person's.
  v1::Document doc = Extract(
      "Vermont Attorney General Charity Leland said the settlement was fair. "
      "Leland said the money would go to the towns.");
  const v1::Source* s = FindSource(doc, "charity-leland");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_PERSON);
  EXPECT_EQ(s->title(), "Attorney General");
  const v1::Claim* towns = FindClaim(doc, "the money would go to the towns");
  ASSERT_NE(towns, nullptr);
  EXPECT_EQ(towns->source_id(), "charity-leland");
}

TEST(Sources, QuotedNicknameInsideANameIsNoPartOfIt) {
  // 'Marcus "The Hammer" Bell': the nickname between first name and surname
  // leaves one person, Marcus Bell, whom a later "Bell" names.
  v1::Document doc = Extract(
      "Tomas \"The Anvil\" Reyner said he would fight again in May. \"I am not "
      "finished,\" Reyner said.");
  const v1::Claim* may = FindClaim(doc, "he would fight again in May");
  const v1::Claim* finished = FindClaim(doc, "I am not finished");
  ASSERT_NE(may, nullptr);
  ASSERT_NE(finished, nullptr);
  EXPECT_EQ(may->source_id(), "tomas-reyner");
  EXPECT_EQ(finished->source_id(), "tomas-reyner");
  EXPECT_EQ(FindSource(doc, "reyner"), nullptr);
}

TEST(Sources, TitleAfterWhoseWorksForTheNameBeforeIt) {
  // "Gorse Legal LLP, whose partner Ada Finch said": the organisation the
  // "whose" clause hangs on is where the titled person works.
  v1::Document doc = Extract(
      "The airline is advised by Gorse Legal LLP, whose senior partner Ada Finch "
      "said the appeal would be filed within a week.");
  ExpectPost(doc, "ada-finch", "senior partner", "Gorse Legal LLP");
}

TEST(Sources, StateBeforeATitleIsTheAffiliation) {
  // "Oregon Attorney General Dana Whitlock": the state holding the office is
  // where the official works; the title leaves it out.
  v1::Document doc = Extract(
      "Oregon Attorney General Dana Whitlock said the settlement was fair.");
  ExpectPost(doc, "dana-whitlock", "Attorney General", "Oregon");
}

TEST(Sources, CountyOfficesBeforeANameAreTitles) {
  // "Harlan County Clerk Rosa Whitby", "County Assessor Ben Tallis": local
  // offices before a name are titles, not part of the name.
  v1::Document doc = Extract(
      "Harlan County Clerk Rosa Whitby said 3,100 ballots were still uncounted. "
      "County Assessor Ben Tallis said values had risen.");
  ExpectTitle(doc, "rosa-whitby", "Clerk");
  ExpectTitle(doc, "ben-tallis", "County Assessor");
}

}  // namespace
}  // namespace factwire
