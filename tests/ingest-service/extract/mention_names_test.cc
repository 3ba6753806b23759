// Names read from runs of capitalised words: where a person's name ends and an
// organisation's begins, and what kind of source each is.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;
using ::factwire::testing_extract::FindSource;
using ::factwire::testing_extract::SourceNameOf;

TEST(MentionNames, OfBeforeABusinessNameEndsAPersonsName) {
  v1::Document doc = Extract(
      "Strategist Peeter Ilves of Baltic Securities said the bond sale was well "
      "timed.");
  const v1::Source* s = FindSource(doc, "peeter-ilves");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_PERSON);
  EXPECT_EQ(s->title(), "Strategist");
  EXPECT_EQ(s->affiliation(), "Baltic Securities");
  v1::Document plain = Extract("Maret Oja of Harju Capital said rates would hold.");
  s = FindSource(plain, "maret-oja");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "Harju Capital");
}

TEST(MentionNames, LegalFormBeforeANameMakesABusiness) {
  v1::Document doc = Extract("AS Parnu Sadam said cargo volumes fell by a tenth.");
  const v1::Source* s = FindSource(doc, "as-parnu-sadam");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  v1::Document other = Extract("PT Sumber Tani said palm oil output would recover.");
  s = FindSource(other, "pt-sumber-tani");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

TEST(MentionNames, VenuesAndDistrictsAreNoOnesName) {
  v1::Document doc = Extract(
      "Speaking at Old Market Hall in Ibadan, he said the levy would be scrapped.");
  EXPECT_EQ(FindSource(doc, "old-market-hall"), nullptr);
  v1::Document districts = Extract(
      "Taps ran dry in the Ngor and Ouakam districts. Later he said repairs would "
      "take a week.");
  EXPECT_EQ(FindSource(districts, "ouakam"), nullptr);
  EXPECT_EQ(FindSource(districts, "ngor"), nullptr);
  v1::Document person = Extract("Stuart Hall said the levy would be scrapped.");
  EXPECT_NE(FindSource(person, "stuart-hall"), nullptr);
}

TEST(MentionNames, NameEndingInANationIsAGovernmentBody) {
  v1::Document doc = Extract("Exports fell 4% in May, Statistics Namibia said.");
  const v1::Source* s = FindSource(doc, "statistics-namibia");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

TEST(MentionNames, PersonOfABodyNamedWithModifiersAndItsKind) {
  v1::Document doc = Extract(
      "\"The count was slow,\" said Aminata Sow of the opposition Jubbanti Askan "
      "coalition.");
  const v1::Source* s = FindSource(doc, "aminata-sow");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_PERSON);
  EXPECT_EQ(s->affiliation(), "Jubbanti Askan");
}

TEST(MentionNames, CreditAndLinkLabelsNameNoOne) {
  v1::Document doc = Extract(
      "Ferry link to close\n\nThe island ferry will stop in May, the council said.\n\n"
      "Photo: Halla Sveins\n\n\"We have no choice,\" the engineer said.\n\n"
      "(Image: Dag Ruud)\n\nRelated: 'The Last Crossing' - our series on island ferries\n");
  EXPECT_EQ(FindSource(doc, "photo"), nullptr);
  EXPECT_EQ(FindSource(doc, "halla-sveins"), nullptr);
  EXPECT_EQ(FindSource(doc, "dag-ruud"), nullptr);
  EXPECT_EQ(FindSource(doc, "related"), nullptr);
}

TEST(MentionNames, CompoundPluralOfPeopleIsAGroupNotAName) {
  for (const char* text : {"Dockworkers said loading had slowed at the quay.",
                           "Islanders say the new toll will hurt small shops."}) {
    v1::Document doc = Extract(text);
    ASSERT_EQ(doc.sources_size(), 1) << text;
    EXPECT_EQ(doc.sources(0).type(), v1::SOURCE_TYPE_ANONYMOUS) << text;
  }
}

TEST(MentionNames, TreasuryIsAnOrganisation) {
  v1::Document doc = Extract("The Treasury said the deficit would narrow next year.");
  const v1::Source* s = FindSource(doc, "treasury");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

TEST(MentionNames, AbbreviatedCouncillorTitleOpensTheName) {
  v1::Document doc = Extract(
      "\"The cuts go too far,\" said Coun. Mira Patel, who chairs the transit committee.");
  EXPECT_EQ(FindSource(doc, "coun"), nullptr);
  const v1::Source* s = FindSource(doc, "mira-patel");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_PERSON);
}

TEST(MentionNames, PostOfPluralsSetOffBeforeANameIsNoName) {
  v1::Document doc = Extract(
      "The province's Chief Surveyor of Mines, Amir Hakim, did not reply. In a "
      "speech in May he said the rules would change.");
  EXPECT_EQ(FindSource(doc, "surveyor-of-mines"), nullptr);
  const v1::Source* s = FindSource(doc, "amir-hakim");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_PERSON);
}

TEST(MentionNames, TradeNounEndsACompanysName) {
  v1::Document doc = Extract(
      "Ostrel Timber said it would shut its sawmill at Vika in March. The company "
      "said orders from builders had halved.");
  const v1::Source* s = FindSource(doc, "ostrel-timber");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  ASSERT_EQ(doc.claims_size(), 2);
  EXPECT_EQ(doc.claims(1).source_id(), "ostrel-timber");
}

TEST(MentionNames, BusinessHeadWordOpeningASentenceIsNoName) {
  v1::Document doc = Extract(
      "Freight volumes dropped by a tenth in the spring, the company said. Capital "
      "spending would stay near 40 million dollars, it added.");
  EXPECT_EQ(FindSource(doc, "freight"), nullptr);
  EXPECT_EQ(FindSource(doc, "capital"), nullptr);
}

TEST(MentionNames, PortfolioFieldOpeningANameIsABody) {
  v1::Document doc = Extract(
      "Tourism Western Fjords said visitor numbers would fall this summer. Housing "
      "Minister Tom Ellery said rents would be capped.");
  const v1::Source* s = FindSource(doc, "tourism-western-fjords");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  s = FindSource(doc, "tom-ellery");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_PERSON);
}

TEST(MentionNames, WorksNounEndsACompanysName) {
  v1::Document doc = Extract(
      "Lusaka Zinc Smelting will cut 300 jobs by March, the company said on Friday.");
  const v1::Claim* c = FindClaim(doc, "will cut 300 jobs");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "lusaka-zinc-smelting");
}

TEST(MentionNames, AcronymOfABodyNamedBeforeIsThatBody) {
  v1::Document doc = Extract(
      "Exports fell 3%, according to the Norland Statistics Office. Imports rose "
      "2%, the NSO said.");
  const v1::Claim* c = FindClaim(doc, "Imports rose");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "norland-statistics-office");
  EXPECT_EQ(FindSource(doc, "nso"), nullptr);
}

// A surname that is also a filler word ("Long", as in "have long warned")
// opens a name when its person was named in full before: "Long added that" is
// Billy Long's claim.
TEST(MentionNames, FillerWordThatIsAKnownSurnameOpensTheName) {
  v1::Document doc = Extract(
      "Councillor Billy Long said the bridge was safe. Long added that repairs "
      "would cost $2 million.");
  const v1::Claim* c = FindClaim(doc, "repairs would cost");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "billy-long");
}

TEST(MentionNames, AirportHeadsMakeAnOrganisation) {
  v1::Document doc = Extract(
      "Obihiro Skyport said two runways were shut. Kushiro Airport said flights "
      "would resume.");
  const v1::Source* s = FindSource(doc, "kushiro-airport");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  s = FindSource(doc, "obihiro-skyport");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

TEST(MentionNames, ForeignOpenerOfABodysKindMakesAnOrganisation) {
  v1::Document doc = Extract(
      "Consorzio Vinicolo Etneo said the grape harvest was late. Sucreries du "
      "Nord said beet deliveries fell.");
  const v1::Source* s = FindSource(doc, "consorzio-vinicolo-etneo");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  s = FindSource(doc, "sucreries-du-nord");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

TEST(MentionNames, TradePluralOpeningASentenceIsAGroup) {
  v1::Document doc = Extract(
      "Frost hit the wheat in the valley. Millers said the harvest was lost. "
      "Dealers said grain prices would rise.");
  const v1::Source* s = FindSource(doc, "millers");
  EXPECT_EQ(s, nullptr);
  const v1::Claim* c = FindClaim(doc, "harvest was lost");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id().rfind("anonymous-", 0), 0u) << c->source_id();
  c = FindClaim(doc, "grain prices would rise");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id().rfind("anonymous-", 0), 0u) << c->source_id();
}

TEST(MentionNames, CooperativeHeadsMakeAnOrganisation) {
  v1::Document doc = Extract(
      "The Kestrel Bay Dairy Cooperative said in a statement that members would "
      "be paid less. Ardmore Co-operative said it would hold prices. Tullow "
      "Growers Co-op said it had lost members.");
  for (const char* id : {"kestrel-bay-dairy-cooperative", "ardmore-co-operative",
                         "tullow-growers-co-op"}) {
    const v1::Source* s = FindSource(doc, id);
    ASSERT_NE(s, nullptr) << id;
    EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION) << id;
  }
}

TEST(MentionNames, KindOfBodyOpeningAHeadlineClaimIsNoName) {
  // "Union says ...": a standfirst's common noun for a body, not a source named
  // "Union"; the union named in the body is the source.
  v1::Document doc = Extract(
      "Clinic to shut at night\n\n"
      "Union says closures are sending patients to the city\n\n"
      "By Jane Roe\n\n"
      "The Allied Nurses Union said the closures had left wards short of staff. "
      "Regulator warns clinics over fees.");
  EXPECT_EQ(FindSource(doc, "union"), nullptr);
  EXPECT_EQ(FindSource(doc, "regulator"), nullptr);
  const v1::Source* s = FindSource(doc, "allied-nurses-union");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

TEST(MentionNames, KindOfBodyInAPastTenseBodySentenceIsTheBodyNamedBefore) {
  // In body text, "Council said" goes back to the council named before: only a
  // headline's present-tense cue ("Council says") makes the kind a common noun.
  v1::Document doc = Extract(
      "The Harrowgate District Council shut two car parks on Friday. Council said 12 "
      "streets would be resurfaced.");
  const v1::Claim* c = FindClaim(doc, "12 streets would be resurfaced");
  ASSERT_NE(c, nullptr);
  const v1::Source* s = FindSource(doc, "harrowgate-district-council");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(c->source_id(), s->source_id());
}

TEST(MentionNames, BodyKindAfterAnArticleOrBeforeDesMakesAnOrganisation) {
  // A French, Spanish or Portuguese body's name opens with its kind, even after
  // an article and across "des"; a person's name with "de" does not.
  v1::Document doc = Extract(
      "Groupement des Planteurs de Tiko said cocoa prices fell by a fifth. Les "
      "Amis du Marais said the pond had dried up. Cámara de Turismo de Cusco "
      "said bookings rose. Rosa Medina de la Fuente said she would sell her "
      "boat.");
  for (const char* id : {"groupement-des-planteurs-de-tiko", "les-amis-du-marais",
                         "c\xC3\xA1mara-de-turismo-de-cusco"}) {
    const v1::Source* s = FindSource(doc, id);
    ASSERT_NE(s, nullptr) << id;
    EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION) << id;
  }
  const v1::Source* s = FindSource(doc, "rosa-medina-de-la-fuente");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_PERSON);
}

TEST(MentionNames, AnInstitutionsForeignHeadOpensABodysName) {
  // A town hall's, a school's or a hospital's kind written first in French,
  // Spanish or German opens a body's name as a union's or a bank's does.
  v1::Document doc = Extract(
      "Mairie de Lorient said the ferry would run twice a day. Ayuntamiento de "
      "Tarifa said the beach was closed. Klinikum Nordhafen said 12 beds were "
      "free.");
  for (const char* id :
       {"mairie-de-lorient", "ayuntamiento-de-tarifa", "klinikum-nordhafen"}) {
    const v1::Source* s = FindSource(doc, id);
    ASSERT_NE(s, nullptr) << id;
    EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION) << id;
  }
}

TEST(MentionNames, NameEndingInIslandsOrCoastIsNoPerson) {
  v1::Document doc = Extract(
      "Landings of mackerel rose 9% in June, Statistics Shetland Isles said. "
      "Kelp Coast said it would hire 30 divers.");
  for (const char* id : {"statistics-shetland-isles", "kelp-coast"}) {
    const v1::Source* s = FindSource(doc, id);
    ASSERT_NE(s, nullptr) << id;
    EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION) << id;
  }
}

TEST(MentionNames, LabelBeforeFiguresOrADateIsNoSpeaker) {
  // "Halves: 6-4, 3-6, 7-5" and "Filed: 03.04.2026" are a page's labels.
  v1::Document doc = Extract(
      "Nadal beat Ruud to win the title.\n\nHalves: 6-4, 3-6, 7-5\n\n"
      "Filed: 03.04.2026 - 18:20 CET\n\nThe final is on Sunday.");
  EXPECT_EQ(FindSource(doc, "halves"), nullptr);
  EXPECT_EQ(FindSource(doc, "filed"), nullptr);
}

TEST(MentionNames, ANameBeforeAColonAndAFigureIsAHeadlineSpeaker) {
  // "Okonjo: 300 clinics ...": a headline's speaker before a claim opening with
  // a figure or a year is no score or date label.
  for (const char* text :
       {"Okonjo: 300 clinics will open in the north this year\n\nThe minister spoke "
        "in Kano on Monday.",
        "Okonjo: 2031 census will count every household\n\nThe minister spoke in "
        "Kano on Monday."}) {
    v1::Document doc = Extract(text);
    const v1::Source* s = FindSource(doc, "okonjo");
    ASSERT_NE(s, nullptr) << text;
    EXPECT_EQ(s->type(), v1::SOURCE_TYPE_PERSON) << text;
    bool attributed = false;
    for (const v1::Claim& c : doc.claims()) attributed |= c.source_id() == "okonjo";
    EXPECT_TRUE(attributed) << text;
  }
}

TEST(MentionNames, AFieldBeforeAgenciesAndAPlaceNearSomeoneAreNoNames) {
  // "Relief agencies said": the capitalised field opens a group of bodies; "a
  // teacher near Sligo": the town where someone lives, not who speaks.
  v1::Document doc = Extract(
      "Relief agencies said 900 families needed tents. Her uncle, a teacher near "
      "Sligo, said the bridge had gone.");
  EXPECT_EQ(FindSource(doc, "relief"), nullptr);
  EXPECT_EQ(FindSource(doc, "sligo"), nullptr);
  const v1::Claim* c = FindClaim(doc, "900 families needed tents");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id().rfind("anonymous-", 0), 0u) << c->source_id();
}

TEST(MentionNames, ANameAfterAccordingToAKindOfBodyIsThatBody) {
  // "according to the carrier, Nordvik Route": the name the kind describes
  // is a body's; "the carrier" then goes back to it.
  v1::Document doc = Extract(
      "Sailings fell by 4% in March, according to the carrier, Nordvik Route. "
      "Freight would keep its slots, the carrier said.");
  const v1::Source* s = FindSource(doc, "nordvik-route");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  EXPECT_EQ(s->title(), "");
  const v1::Claim* c = FindClaim(doc, "Freight would keep its slots");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "nordvik-route");
}

TEST(MentionNames, ANounBeforeAToInfinitiveAndAModalIsNoName) {
  // "Failure to meet ... would add": the opener heads the clause's subject, a
  // common noun; "she" is the judge named before, not "Failure".
  v1::Document doc = Extract(
      "Justice Ann Bell gave the firm a year to clear the site. Failure to meet "
      "the deadline would add 300 pounds a day, she wrote.");
  EXPECT_EQ(FindSource(doc, "failure"), nullptr);
  const v1::Source* s = FindSource(doc, "ann-bell");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_PERSON);
  // A headline's "Ruto to visit Paris" keeps its name.
  v1::Document headline = Extract("Ruto to visit Paris. Ruto said the trip was long planned.");
  EXPECT_NE(FindSource(headline, "ruto"), nullptr);
}

TEST(MentionNames, AnAuxiliaryInAClauseAfterTheInfinitiveKeepsTheName) {
  // "Adeyemi to step down after board has ...": the auxiliary belongs to the
  // clause "after" opens, so the headline keeps its name and "she" is hers.
  v1::Document doc = Extract(
      "Adeyemi to step down after board has voted on cuts\n\nThe chief will leave in "
      "March, she said.");
  const v1::Source* s = FindSource(doc, "adeyemi");
  ASSERT_NE(s, nullptr);
  const v1::Claim* c = FindClaim(doc, "The chief will leave in March");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "adeyemi");
}

TEST(MentionNames, AWritersOrAMatchOfficialsCreditNamesNoSpeaker) {
  // "Text: Ann Lee, ..." credits the writer, "Referee: Tom Reid" the official:
  // neither label nor name says anything.
  v1::Document doc = Extract(
      "Text: Ann Lee, farming correspondent\n\nFarmers said prices were too low.\n\n"
      "Match facts: Harbour 21 Valley 18. Referee: Tom Reid (Wales). Attendance: 4,100.");
  EXPECT_EQ(FindSource(doc, "text"), nullptr);
  EXPECT_EQ(FindSource(doc, "referee"), nullptr);
  EXPECT_EQ(FindSource(doc, "ann-lee"), nullptr);
  EXPECT_EQ(FindSource(doc, "tom-reid"), nullptr);
}

TEST(MentionNames, AShortPluralOfARoleBeforeItsApostropheOpensABodysName) {
  // "Owners'" before a body's word is part of its name, as "Commuters'" is.
  v1::Document doc = Extract(
      "The North Coast Boat Owners' Welfare Society said the fee was too high.");
  const v1::Source* s = FindSource(doc, "north-coast-boat-owners-welfare-society");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  EXPECT_EQ(FindSource(doc, "welfare-society"), nullptr);
}

TEST(MentionNames, AVillageCouncilsHeadAndItsPanchayatAreATitleAndABody) {
  // "Sarpanch" heads a village council and is a title before the name; the
  // "village panchayat" is a body someone belongs to.
  v1::Document doc = Extract(
      "Sarpanch Ravi Naik said the beach was overcrowded. Meena Desai, a member of "
      "the Kolva village panchayat, said stalls would be capped.");
  const v1::Source* naik = FindSource(doc, "ravi-naik");
  ASSERT_NE(naik, nullptr);
  EXPECT_EQ(naik->title(), "Sarpanch");
  const v1::Source* desai = FindSource(doc, "meena-desai");
  ASSERT_NE(desai, nullptr);
  EXPECT_EQ(desai->title(), "member");
  EXPECT_EQ(desai->affiliation(), "Kolva village panchayat");
}

TEST(MentionNames, ANamedPanchayatOrMunicipalityIsABody) {
  // "Council" ends a body's name; so do a village's "Panchayat" and a town's
  // "Municipality", capitalised in the name.
  v1::Document doc = Extract(
      "The Benaulim Panchayat said the tanks would be cleaned. The Quepem "
      "Municipality said the bus stand would reopen in May.");
  const v1::Source* panchayat = FindSource(doc, "benaulim-panchayat");
  ASSERT_NE(panchayat, nullptr);
  EXPECT_EQ(panchayat->type(), v1::SOURCE_TYPE_ORGANIZATION);
  const v1::Source* municipality = FindSource(doc, "quepem-municipality");
  ASSERT_NE(municipality, nullptr);
  EXPECT_EQ(municipality->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

TEST(MentionNames, ANounJoinedToALowercaseNounBeforeAModalIsNoName) {
  // "Installation and testing would take": a subject of two common nouns; "he"
  // is the man named before. "Smith and colleagues will" is no such pair.
  v1::Document doc = Extract(
      "Kevin Appa said the panels had shipped. Installation and testing would take "
      "five weeks, he added.");
  EXPECT_EQ(FindSource(doc, "installation"), nullptr);
  EXPECT_NE(FindSource(doc, "kevin-appa"), nullptr);
}

TEST(MentionNames, ANameJoinedToTheGroupAroundItBeforeAModalIsAName) {
  // "<Name> and crew/family will ...": the people around a person, not a
  // second task, so the name stays a person the pronoun can mean.
  v1::Document doc = Extract("Adebayo and crew will sail to Lagos on Monday, she said.");
  EXPECT_NE(FindSource(doc, "adebayo"), nullptr);
  v1::Document home = Extract(
      "Kwarteng and family will move to Accra in May. She said 40 staff would follow.");
  EXPECT_NE(FindSource(home, "kwarteng"), nullptr);
}

TEST(MentionNames, ADegreesHonorificAloneIsNoTitle) {
  // "Dr" names a degree, no post; "Prof." is a chair's holder and stays.
  v1::Document doc = Extract(
      "Dr Ama Lenk said the clinic would close in May. Prof. Ivo Brandt said the "
      "decision was rushed.");
  const v1::Source* s = FindSource(doc, "ama-lenk");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "");
  s = FindSource(doc, "ivo-brandt");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "Prof.");
}

TEST(MentionNames, LegalReligiousAndMilitaryTitlesBeforeTheName) {
  v1::Document doc = Extract(
      "Advocate Lineo Mosala told the court the dismissals were unlawful. Brigadier "
      "Tom Ashe said the last troops would leave in June. Vicar Ruth Obi said the "
      "hall would stay open.");
  const v1::Source* s = FindSource(doc, "lineo-mosala");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "Advocate");
  s = FindSource(doc, "tom-ashe");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "Brigadier");
  s = FindSource(doc, "ruth-obi");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "Vicar");
}

TEST(MentionNames, AnAdjectiveOfNearnessOpeningTheSentenceIsNoPartOfTheName) {
  v1::Document doc = Extract(
      "Neighbouring Kitui County said the river had burst its banks. Nearby Ruiru "
      "Council said two roads were shut.");
  EXPECT_EQ(FindSource(doc, "neighbouring-kitui-county"), nullptr);
  EXPECT_EQ(FindSource(doc, "nearby-ruiru-council"), nullptr);
  EXPECT_NE(FindSource(doc, "ruiru-council"), nullptr);
}

// A club's letters or sport before or after its town ("Tarnby BK", "FC
// Orlund", "Hasselo Hockey") make the name a club's, not a person's, and the
// town alone before a title is that club in full: a coach's affiliation.
TEST(MentionNames, ClubLettersOrSportNameAClubItsTownAloneShortensIt) {
  v1::Document doc = Extract(
      "Tarnby take the regional cup\n\n"
      "Tarnby BK beat Hasselo Hockey 4-2 on Sunday in front of 3,000 fans.\n\n"
      "Tarnby coach Ann Lindqvist said her players had trained outdoors all winter.\n\n"
      "Hasselo coach Per Malm said the referee had missed a foul.");
  const v1::Source* s = FindSource(doc, "ann-lindqvist");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "coach");
  EXPECT_EQ(s->affiliation(), "Tarnby BK");
  s = FindSource(doc, "per-malm");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "coach");
  EXPECT_EQ(s->affiliation(), "Hasselo Hockey");
  v1::Document prefix = Extract(
      "FC Orlund sacked their manager on Monday.\n\n"
      "Orlund captain Eva Berg said the squad had expected it.");
  s = FindSource(prefix, "eva-berg");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "FC Orlund");
}

// Initials that spell a club's letters ("SK", "AC") or a surname that is a
// sport ("Bandy") name a person outside a sports story: the title stays.
TEST(MentionNames, ClubLettersOutsideASportsStoryAreAPersonsInitials) {
  v1::Document doc =
      Extract("SK Verma, the block officer, said 250 homes had been flooded by Tuesday.");
  const v1::Source* s = FindSource(doc, "sk-verma");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_PERSON);
  EXPECT_EQ(s->title(), "block officer");
  doc = Extract("Joan Hockey, a Dorset nurse, said 12 patients were moved overnight.");
  s = FindSource(doc, "joan-hockey");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_PERSON);
  EXPECT_EQ(s->title(), "Dorset nurse");
}

// A body's name may hold "for a" before its next capitalised words: the name
// stays whole, not a stray "Fair Harbour" source and an "Alliance".
TEST(MentionNames, ForABeforeCapitalisedWordsStaysInABodysName) {
  v1::Document doc = Extract(
      "The Coalition for a Fair Harbour said 60 boats had been turned away.\n\n"
      "Its chairman, Ama Owusu, said the port had ignored 12 letters.");
  EXPECT_EQ(SourceNameOf(doc, "60 boats had been turned away"), "Coalition for a Fair Harbour");
  EXPECT_EQ(FindSource(doc, "fair-harbour"), nullptr);
}

// A capitalised abstract noun opening a sentence ("Electricity for the bakery
// had doubled, he said") is no one's name: "he" is the baker named before. A
// name so spelt before its speech verb ("Pellation said") stays a person.
TEST(MentionNames, AbstractNounOpeningASentenceIsNoName) {
  v1::Document doc = Extract(
      "Marco Bellini, who runs a bakery in Aversa, said trade was slow.\n\n"
      "He was less cheerful about costs. Electricity for the bakery had risen by "
      "around 18% since last year, he said.");
  EXPECT_EQ(SourceNameOf(doc, "had risen by around 18%"), "Marco Bellini");
  EXPECT_EQ(FindSource(doc, "electricity"), nullptr);
  v1::Document name = Extract("Pellation said the town would vote again in May.");
  EXPECT_EQ(SourceNameOf(name, "town would vote again"), "Pellation");
}

// A one-word body's name with an abstract ending opening a sentence stays a
// name when the sentence or the next calls it back as a body ("the company",
// "the firm"); "Electricity ... he said" above is still no name.
TEST(MentionNames, AbstractNounNameCalledBackAsABodyStaysAName) {
  v1::Document doc = Extract(
      "Prosperity will close two bottling plants in Ohio, the company said on Tuesday.");
  EXPECT_EQ(SourceNameOf(doc, "close two bottling plants"), "Prosperity");
  v1::Document firm = Extract(
      "Integrity will shut its call centre in Leeds by June, the firm said on Friday.");
  EXPECT_EQ(SourceNameOf(firm, "shut its call centre"), "Integrity");
}

}  // namespace
}  // namespace factwire
