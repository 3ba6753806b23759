// Source shapes from unseen news text (session 13): topic labels and sentence
// adverbs that name no one, public bodies by their kind, titles of several words.
#include <string>

#include "gtest/gtest.h"
#include "ingest-service/extract/records.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;
using ::factwire::testing_extract::FindSource;

// True when `doc` has a source named `name` of any type.
bool HasSourceNamed(const v1::Document& doc, const std::string& name) {
  for (const v1::Source& s : doc.sources()) {
    if (s.name() == name) return true;
  }
  return false;
}

TEST(SourceUnseen, TopicLabelBeforeAHeadlineColonNamesNoOne) {
  v1::Document doc = Extract(
      "Housing: Council approves 400 new homes for Eastfield\n\n"
      "Housing campaigners in Eastfield welcomed the decision on Tuesday, and the "
      "council said building would start in the spring.");
  EXPECT_FALSE(HasSourceNamed(doc, "Housing"));
  v1::Document other = Extract(
      "Rail: Operator cuts weekend services on coastal line\n\n"
      "Weekend rail services will be cut from May, the operator said.");
  EXPECT_FALSE(HasSourceNamed(other, "Rail"));
}

TEST(SourceUnseen, TranscriptLabelOfAPersonNamedBeforeStillSpeaks) {
  v1::Document doc = Extract(
      "Senator Dana Whitcombe spoke to the radio station on Monday.\n\n"
      "Whitcombe: We will not support the housing bill as written.");
  EXPECT_NE(FindSource(doc, "dana-whitcombe"), nullptr);
  const v1::Claim* c = FindClaim(doc, "We will not support the housing bill");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "dana-whitcombe");
}

TEST(SourceUnseen, SentenceAdverbBeforeATitledNameIsNoPerson) {
  v1::Document doc = Extract(
      "Elsewhere, former world champion Keira Dunmore, 31, won the 200m in 22.9 "
      "seconds, but admitted she had struggled with a hamstring problem.");
  EXPECT_FALSE(HasSourceNamed(doc, "Elsewhere"));
  const v1::Source* s = FindSource(doc, "keira-dunmore");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_PERSON);
  v1::Document other = Extract(
      "Separately, the ministry said 40 schools would close early on Friday.");
  EXPECT_FALSE(HasSourceNamed(other, "Separately"));
}

TEST(SourceUnseen, CapitalisedWordBeforeALowercaseTitleJoinsTheTitle) {
  v1::Document doc = Extract(
      "Elsewhere, Paralympic champion Keira Dunmore won the 400m, but admitted "
      "she had been nervous before the final.");
  EXPECT_FALSE(HasSourceNamed(doc, "Paralympic"));
  const v1::Source* s = FindSource(doc, "keira-dunmore");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "Paralympic champion");
  const v1::Claim* c = FindClaim(doc, "she had been nervous");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "keira-dunmore");
}

TEST(SourceUnseen, CityOrTownOfAPlaceIsAnOrganisation) {
  v1::Document doc = Extract(
      "The Town of Kelsborough said snow clearing had cost $2.1 million so far this "
      "winter.");
  const v1::Source* s = FindSource(doc, "town-of-kelsborough");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  v1::Document other = Extract(
      "Officials at City of Dunmere said on Friday that the bridge would reopen.");
  for (const v1::Source& src : other.sources()) {
    EXPECT_NE(src.type(), v1::SOURCE_TYPE_PERSON) << src.name();
  }
}

TEST(SourceUnseen, HyphenatedNameWithALowercasePartIsNoPerson) {
  // A French-style public body ("Urgences-santé") or place; a person's
  // hyphenated names are capitalised ("Jean-Luc").
  v1::Document doc = Extract(
      "Transports-r\xC3\xA9gionaux said on Tuesday that 40 buses had been pulled from "
      "service. Jean-Luc Marchand, a driver, said the roads were icy.");
  const v1::Source* s = FindSource(doc, "transports-r\xC3\xA9gionaux");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  const v1::Source* p = FindSource(doc, "jean-luc-marchand");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->type(), v1::SOURCE_TYPE_PERSON);
  v1::Document place = Extract(
      "Marie Tremblay said she had spent two nights at a shelter in "
      "Saint-Pierre-sur-Dives. \"It was freezing,\" she said.");
  const v1::Claim* c = FindClaim(place, "It was freezing");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "marie-tremblay");
}

TEST(SourceUnseen, HyphenatedUtilityNameOpensATitle) {
  v1::Document doc = Extract(
      "Hydro-Manitoba spokesperson Carla Dubois said 12,000 customers were without "
      "power. \"Crews are out,\" Hydro-Manitoba spokesperson Carla Dubois told "
      "reporters.");
  const v1::Source* s = FindSource(doc, "carla-dubois");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "spokesperson");
  EXPECT_EQ(s->affiliation(), "Hydro-Manitoba");
  v1::Document later = Extract(
      "Some 90,000 Hydro-Manitoba customers lost power on Monday. By the evening, "
      "half had been reconnected, the utility said.");
  const v1::Claim* c = FindClaim(later, "half had been reconnected");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "hydro-manitoba");
}

TEST(SourceUnseen, CapitalisedWordBetweenTwoTitleWordsIsPartOfTheTitle) {
  v1::Document doc = Extract(
      "Chief Polling Officer Meera Sundaram said counting would end by noon. The "
      "queues were long, Deputy Electoral Commissioner Ravi Shankar Pillai said.");
  const v1::Source* s = FindSource(doc, "meera-sundaram");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "Chief Polling Officer");
  const v1::Source* p = FindSource(doc, "ravi-shankar-pillai");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->title(), "Deputy Electoral Commissioner");
}

TEST(SourceUnseen, BodyKindBeforeATitleWordIsPartOfTheTitle) {
  v1::Document doc = Extract(
      "Board chair Lorna Pettigrew said the levy would rise. The rise was modest, "
      "board member Kwame Asante said.");
  const v1::Source* s = FindSource(doc, "lorna-pettigrew");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "Board chair");
  const v1::Source* p = FindSource(doc, "kwame-asante");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->type(), v1::SOURCE_TYPE_PERSON);
  EXPECT_EQ(p->title(), "board member");
}

TEST(SourceUnseen, StateBeforeATitleWordIsPartOfTheTitle) {
  v1::Document doc = Extract(
      "The Coastal Teachers Federation said the new schools would open late. Its "
      "state secretary, Joanne Brill, said members had not been consulted.");
  const v1::Source* s = FindSource(doc, "joanne-brill");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "state secretary");
  EXPECT_EQ(s->affiliation(), "Coastal Teachers Federation");
}

TEST(SourceUnseen, ScholarsHonorificAfterAnOfficeIsNoPartOfTheTitle) {
  v1::Document doc = Extract(
      "Education Minister Dr Anwen Price said 30 schools would be rebuilt. Deputy "
      "Mayor Prof. Idris Malik said the city would pay a share.");
  const v1::Source* s = FindSource(doc, "anwen-price");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "Education Minister");
  const v1::Source* p = FindSource(doc, "idris-malik");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->title(), "Deputy Mayor");
  v1::Document alone = Extract("Dr Anwen Price said 30 schools would be rebuilt.");
  const v1::Source* d = FindSource(alone, "anwen-price");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->title(), "");  // a degree's honorific alone is no post
}

TEST(SourceUnseen, GovernmentLevelAndQualifiersBelongToTheOfficeTitle) {
  v1::Document doc = Extract(
      "State Attorney Maria Lenz said the charges would be filed on Monday.\n\n"
      "Mayor Pro Tem Dale Okonkwo said the council would vote on the budget next week.\n\n"
      "\"We have the votes,\" said State Sen. Rita Vance.");
  const v1::Source* lenz = FindSource(doc, "maria-lenz");
  ASSERT_NE(lenz, nullptr);
  EXPECT_EQ(lenz->title(), "State Attorney");
  const v1::Source* okonkwo = FindSource(doc, "dale-okonkwo");
  ASSERT_NE(okonkwo, nullptr);
  EXPECT_EQ(okonkwo->title(), "Mayor Pro Tem");
  const v1::Source* vance = FindSource(doc, "rita-vance");
  ASSERT_NE(vance, nullptr);
  EXPECT_EQ(vance->title(), "State Sen.");
}

TEST(SourceUnseen, PostWithItsFieldOrItsSeatBeforeAName) {
  v1::Document doc = Extract(
      "The opposition spokesman on finance, Tomas Reilly, said the budget hid a "
      "shortfall.\n\n"
      "\"The junction is a death trap,\" said the member for Eastwood, Gary Moss.\n\n"
      "The procurator fiscal depute, Fiona Grant, told the court the accused had "
      "shown no remorse.");
  const v1::Source* reilly = FindSource(doc, "tomas-reilly");
  ASSERT_NE(reilly, nullptr);
  EXPECT_EQ(reilly->title(), "opposition spokesman on finance");
  const v1::Source* moss = FindSource(doc, "gary-moss");
  ASSERT_NE(moss, nullptr);
  EXPECT_EQ(moss->title(), "member for Eastwood");
  EXPECT_EQ(moss->affiliation(), "");
  const v1::Source* grant = FindSource(doc, "fiona-grant");
  ASSERT_NE(grant, nullptr);
  EXPECT_EQ(grant->title(), "procurator fiscal depute");
  v1::Document other = Extract(
      "\"The junction is a death trap,\" said Gary Moss, the member for Eastwood.");
  const v1::Source* seat = FindSource(other, "gary-moss");
  ASSERT_NE(seat, nullptr);
  EXPECT_EQ(seat->title(), "member for Eastwood");
  EXPECT_EQ(seat->affiliation(), "");
}

TEST(SourceUnseen, ProfessionalHonorificsAreTitles) {
  v1::Document doc = Extract(
      "Eng. Samir Haddad said the bridge would carry traffic again by May. Arch. Lina "
      "Farouk said the new terminal would open in 2027.");
  const v1::Source* haddad = FindSource(doc, "samir-haddad");
  ASSERT_NE(haddad, nullptr);
  EXPECT_EQ(haddad->title(), "Eng.");
  const v1::Source* farouk = FindSource(doc, "lina-farouk");
  ASSERT_NE(farouk, nullptr);
  EXPECT_EQ(farouk->title(), "Arch.");
}

TEST(SourceUnseen, BodyDescribedByItsKindBeforeItsNameIsAnOrganisation) {
  v1::Document doc = Extract(
      "The ferry operator, Halifax Transit, said in a statement that sailings would "
      "resume on Friday.\n\nThe regulator, Ofwat, said it would review the fine.");
  const v1::Source* transit = FindSource(doc, "halifax-transit");
  ASSERT_NE(transit, nullptr);
  EXPECT_EQ(transit->type(), v1::SOURCE_TYPE_ORGANIZATION);
  EXPECT_EQ(transit->title(), "");
  const v1::Claim* c = FindClaim(doc, "sailings would resume");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "halifax-transit");
  const v1::Source* ofwat = FindSource(doc, "ofwat");
  ASSERT_NE(ofwat, nullptr);
  EXPECT_EQ(ofwat->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

TEST(SourceUnseen, PortfoliosJoinedByAndBeforeANationNameOneBody) {
  v1::Document doc = Extract(
      "Fisheries and Oceans Canada said the northern cod stock was still in the "
      "critical zone.");
  const v1::Source* s = FindSource(doc, "fisheries-and-oceans-canada");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  EXPECT_FALSE(HasSourceNamed(doc, "Oceans Canada"));
}

TEST(SourceUnseen, PluralsApostropheOpensABodysName) {
  v1::Document doc = Extract(
      "The Workers' Pension Board said its returns had fallen to 3% last year.");
  const v1::Source* s = FindSource(doc, "workers-pension-board");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  EXPECT_FALSE(HasSourceNamed(doc, "Pension Board"));
}

TEST(SourceUnseen, PartyOpeningATitleIsTheAffiliation) {
  v1::Document doc = Extract(
      "Liberal housing critic Jo Park said the plan would not build a single home.\n\n"
      "Liberal Democrat MP Tom Ashdown said rents would keep rising.");
  const v1::Source* park = FindSource(doc, "jo-park");
  ASSERT_NE(park, nullptr);
  EXPECT_EQ(park->affiliation(), "Liberal");
  const v1::Source* ashdown = FindSource(doc, "tom-ashdown");
  ASSERT_NE(ashdown, nullptr);
  EXPECT_EQ(ashdown->affiliation(), "Liberal Democrat");
}

TEST(SourceUnseen, AcronymInAStandfirstIsTheBodyNamedInFullLater) {
  v1::Document doc = Extract(
      "Port profits rise 10%, PLA says\n\n"
      "The Lisbon Port Authority (PLA) said on Monday that its profits rose by 10% "
      "last year.");
  EXPECT_FALSE(HasSourceNamed(doc, "PLA"));
  const v1::Source* s = FindSource(doc, "lisbon-port-authority");
  ASSERT_NE(s, nullptr);
  const v1::Claim* c = FindClaim(doc, "Port profits rise");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "lisbon-port-authority");
}

TEST(SourceUnseen, AfterAPostABodysNameMayEndInItsKindOrANumber) {
  v1::Document doc = Extract(
      "\"We will strike,\" said Marta Kovac, president of the Allied Nurses union.\n\n"
      "Romeo Ignacio, president of Amalgamated Transit Union Local 1505, said drivers "
      "would walk out.\n\n"
      "Dana Marek, largely in the final weeks of the Ohio campaign, said she was tired.");
  const v1::Source* kovac = FindSource(doc, "marta-kovac");
  ASSERT_NE(kovac, nullptr);
  EXPECT_EQ(kovac->title(), "president");
  EXPECT_EQ(kovac->affiliation(), "Allied Nurses union");
  const v1::Source* ignacio = FindSource(doc, "romeo-ignacio");
  ASSERT_NE(ignacio, nullptr);
  EXPECT_EQ(ignacio->affiliation(), "Amalgamated Transit Union Local 1505");
  const v1::Source* marek = FindSource(doc, "dana-marek");
  ASSERT_NE(marek, nullptr);
  EXPECT_EQ(marek->affiliation(), "");
}

TEST(SourceUnseen, AKindInALowercaseTitleIsTheBodyOfThatKindNamedBefore) {
  v1::Document doc = Extract(
      "The Allied Nurses Union said it would ballot its members.\n\n"
      "\"We will strike,\" said union president Marta Kovac.");
  const v1::Source* s = FindSource(doc, "marta-kovac");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "union president");
  EXPECT_EQ(s->affiliation(), "Allied Nurses Union");
}

TEST(SourceUnseen, AnOrganisationsWholeNameBeforeItsPossessiveIsTheAffiliation) {
  v1::Document doc = Extract(
      "Outside the court, the Shire of Narrogin's chief executive, Paula Drennan, said "
      "part of the money had been recovered.\n\n"
      "Wyre Forest District Council's head of community safety, Priya Chandra, said "
      "the rest centre would stay open.\n\n"
      "Plata Sierra's chief executive, Graham Whitfield, said the mine would reopen.");
  const v1::Source* drennan = FindSource(doc, "paula-drennan");
  ASSERT_NE(drennan, nullptr);
  EXPECT_EQ(drennan->affiliation(), "Shire of Narrogin");
  const v1::Source* chandra = FindSource(doc, "priya-chandra");
  ASSERT_NE(chandra, nullptr);
  EXPECT_EQ(chandra->affiliation(), "Wyre Forest District Council");
  const v1::Source* whitfield = FindSource(doc, "graham-whitfield");
  ASSERT_NE(whitfield, nullptr);
  EXPECT_EQ(whitfield->affiliation(), "Plata Sierra");
}

TEST(SourceUnseen, CapitalisedPostInsideASentenceIsAtTheStorysOrganisation) {
  v1::Document doc = Extract(
      "Kanemori Industries said on Friday that its profit rose 12% in the year.\n\n"
      "\"Demand from carmakers stayed strong,\" Chief Financial Officer Kenji Arakawa "
      "told reporters.");
  const v1::Source* s = FindSource(doc, "kenji-arakawa");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "Chief Financial Officer");
  EXPECT_EQ(s->affiliation(), "Kanemori Industries");
}

TEST(SourceUnseen, AnAffiliationFollowsItsOrganisationToItsFullName) {
  v1::Document doc = Extract(
      "Kanemori said on Monday that its operating profit rose 18%.\n\n"
      "\"Demand from carmakers stayed strong,\" Chief Financial Officer Kenji Arakawa "
      "told reporters.\n\n"
      "Kanemori Industries will raise its dividend to 96 yen a share.");
  const v1::Source* s = FindSource(doc, "kenji-arakawa");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "Kanemori Industries");
  const v1::Source* firm = FindSource(doc, "kanemori-industries");
  ASSERT_NE(firm, nullptr);
  EXPECT_EQ(firm->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

// A seat is held with "the" or a party before the post ("the member for
// Eastwood"); after "a" or a lowercase modifier the post is at a body, whose
// name is the affiliation ("a board member for Oxfam").
TEST(SourceUnseen, APostForABodyIsNoSeat) {
  v1::Document doc = Extract(
      "Tom Hale, a board member for Oxfam, said aid had stalled.\n\n"
      "Rita Sousa, a senior representative for Pfizer, said supplies were short.");
  const v1::Source* hale = FindSource(doc, "tom-hale");
  ASSERT_NE(hale, nullptr);
  EXPECT_EQ(hale->title(), "board member");
  EXPECT_EQ(hale->affiliation(), "Oxfam");
  const v1::Source* sousa = FindSource(doc, "rita-sousa");
  ASSERT_NE(sousa, nullptr);
  EXPECT_EQ(sousa->affiliation(), "Pfizer");
}

// A kind in a title ("union leader") names the nearest body whose name that
// kind heads, not one holding the word elsewhere ("Union Bank") nor a union of
// states ("European Union"); a kind opening the sentence counts too.
TEST(SourceUnseen, AKindInATitleNamesTheNearestBodyItHeads) {
  v1::Document doc = Extract(
      "The Kelso Dockers Union called a strike at the port on Monday. The European "
      "Union said its rules for ports would not change.\n\n"
      "\"We will not move,\" said union leader Ana Lind.");
  const v1::Source* lind = FindSource(doc, "ana-lind");
  ASSERT_NE(lind, nullptr);
  EXPECT_EQ(lind->affiliation(), "Kelso Dockers Union");
  v1::Document bank = Extract(
      "The Union Bank of Tarsia cut its rates on Friday.\n\n"
      "\"Members are angry,\" said union leader Ivo Brand.");
  const v1::Source* brand = FindSource(bank, "ivo-brand");
  ASSERT_NE(brand, nullptr);
  EXPECT_EQ(brand->affiliation(), "");
  v1::Document board = Extract(
      "The Sisal Board of Kenya cut its minimum price by a tenth.\n\n"
      "Board chairman Peter Otieno said buyers had stayed away.");
  const v1::Source* otieno = FindSource(board, "peter-otieno");
  ASSERT_NE(otieno, nullptr);
  EXPECT_EQ(otieno->affiliation(), "Sisal Board of Kenya");
}

// A plural naming people by their trade as a group, capitalised because it
// opens the sentence ("Herders said", "Campaigners say"), is a group that
// speaks: anonymous, no person; not a surname of the same shape ("Sanders").
TEST(SourceUnseen, APluralOfARoleOpeningASentenceIsAGroup) {
  v1::Document doc = Extract(
      "Rain has not fallen in Ghanzi since March.\n\n"
      "Herders said the drought had killed a third of their goats. Campaigners say "
      "the borehole scheme came too late.");
  const v1::Claim* herders = FindClaim(doc, "the drought had killed");
  ASSERT_NE(herders, nullptr);
  EXPECT_EQ(herders->speaker(), "Herders");
  for (const v1::Source& s : doc.sources()) {
    EXPECT_EQ(s.type(), v1::SOURCE_TYPE_ANONYMOUS) << s.name();
  }
  v1::Document named = Extract(
      "Senator Ruth Sanders opposed the bill.\n\n"
      "Sanders said the drought aid came too late.");
  const v1::Claim* c = FindClaim(named, "the drought aid came too late");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "ruth-sanders");
}

// "Its" opening a sentence before a post stands for the one-word name that
// opened the sentence before: that name is an organisation and the post's
// holder works there, with or without commas around the name.
TEST(SourceUnseen, ItsPostAfterABareNameMakesItTheEmployer) {
  v1::Document doc = Extract(
      "Debswana said diamond output fell by a fifth in the third quarter. Its "
      "managing director, Jo Moyo, said demand from cutters had weakened.");
  const v1::Source* moyo = FindSource(doc, "jo-moyo");
  ASSERT_NE(moyo, nullptr);
  EXPECT_EQ(moyo->affiliation(), "Debswana");
  const v1::Source* debswana = FindSource(doc, "debswana");
  ASSERT_NE(debswana, nullptr);
  EXPECT_EQ(debswana->type(), v1::SOURCE_TYPE_ORGANIZATION);
  v1::Document plain = Extract(
      "Morupule said coal deliveries fell by a tenth. Its finance director Tefo "
      "Ramotswa said prices would hold.");
  const v1::Source* tefo = FindSource(plain, "tefo-ramotswa");
  ASSERT_NE(tefo, nullptr);
  EXPECT_EQ(tefo->affiliation(), "Morupule");
}

// "Its" stands for the bare name opening the sentence before only when that
// name has done nothing but speak: a thing it acted on ("toured the plant") or
// a thing its saying names first ("said the clinic ...") is what "Its" owns,
// and the name stays a person with no employee.
TEST(SourceUnseen, ItsAfterANameThatNamedSomethingIsNotTheName) {
  const char* const texts[] = {
      "Ramaphosa visited the hospital on Friday. Ramaphosa said the beds were "
      "short. Its chief executive Ann Dube said staff were tired.",
      "Moyo toured the plant on Monday. Its manager, Tom Bell, said output fell.",
      "Ndlovu said the clinic would close in May. Its director, Sara Phiri, said "
      "staff would move.",
      "Kamau opened a new school in Nyeri. Its principal Ruth Wanjiru said "
      "classes would start soon.",
      "Banda said that the mill would reopen. Its owner, Grace Tembo, said "
      "orders had returned."};
  const char* const names[][2] = {{"ramaphosa", "ann-dube"},
                                  {"moyo", "tom-bell"},
                                  {"ndlovu", "sara-phiri"},
                                  {"kamau", "ruth-wanjiru"},
                                  {"banda", "grace-tembo"}};
  for (int i = 0; i < 5; ++i) {
    SCOPED_TRACE(texts[i]);
    v1::Document doc = Extract(texts[i]);
    // (A name that only acts is no source; one that speaks is a person.)
    if (const v1::Source* opener = FindSource(doc, names[i][0]); opener != nullptr) {
      EXPECT_EQ(opener->type(), v1::SOURCE_TYPE_PERSON);
    }
    const v1::Source* post = FindSource(doc, names[i][1]);
    ASSERT_NE(post, nullptr);
    EXPECT_EQ(post->affiliation(), "");
  }
  // A name that has only spoken, past "also" or with "that", still owns the post.
  v1::Document spoke = Extract(
      "Letlole also said rents rose by a tenth. Its finance director, Mpho Dube, "
      "said tenants had stayed.");
  const v1::Source* dube = FindSource(spoke, "mpho-dube");
  ASSERT_NE(dube, nullptr);
  EXPECT_EQ(dube->affiliation(), "Letlole");
  v1::Document that = Extract(
      "Lucara said that exports fell by a quarter. Its sales director, Neo "
      "Kgosi, said buyers were cautious.");
  const v1::Source* kgosi = FindSource(that, "neo-kgosi");
  ASSERT_NE(kgosi, nullptr);
  EXPECT_EQ(kgosi->affiliation(), "Lucara");
}

// What a name said is read from its clause's subject, past the time of the
// saying ("said on Friday", "said last week"), the listener of "told", where
// it was said ("in a statement") and "that": a subject with a determiner ("the
// clinic") is what "Its" owns.
TEST(SourceUnseen, ItsAfterANameReadsTheSubjectPastATimeOrAListener) {
  const char* const texts[] = {
      "Ndlovu said on Friday that the clinic would close. Its director, Jane "
      "Phiri, said staff were tired.",
      "Ndlovu said last week that the clinic would close. Its director, Jane "
      "Phiri, said staff were tired.",
      "Ndlovu said on Friday the clinic would close. Its director, Jane Phiri, "
      "said staff were tired.",
      "Ndlovu told reporters the clinic would close. Its director, Jane Phiri, "
      "said staff were tired.",
      "Otieno told the county board on Tuesday that the dam was unsafe. Its "
      "engineer, Paul Kirui, said repairs had begun.",
      "Mensah said yesterday that a new depot would open. Its manager, Kofi "
      "Asante, said hiring had started.",
      "Okafor told us that on Monday the market had burned. Its chairman, Obi "
      "Eze, said traders had lost everything.",
      "Ndlovu said in a statement that the clinic would close. Its director, "
      "Jane Phiri, said staff were tired.",
      "Ndlovu said over the weekend the clinic would close. Its director, Jane "
      "Phiri, said staff were tired."};
  const char* const names[][2] = {{"ndlovu", "jane-phiri"},   {"ndlovu", "jane-phiri"},
                                  {"ndlovu", "jane-phiri"},   {"ndlovu", "jane-phiri"},
                                  {"otieno", "paul-kirui"},   {"mensah", "kofi-asante"},
                                  {"okafor", "obi-eze"},      {"ndlovu", "jane-phiri"},
                                  {"ndlovu", "jane-phiri"}};
  for (int i = 0; i < 9; ++i) {
    SCOPED_TRACE(texts[i]);
    v1::Document doc = Extract(texts[i]);
    if (const v1::Source* opener = FindSource(doc, names[i][0]); opener != nullptr) {
      EXPECT_EQ(opener->type(), v1::SOURCE_TYPE_PERSON);
    }
    const v1::Source* post = FindSource(doc, names[i][1]);
    ASSERT_NE(post, nullptr);
    EXPECT_EQ(post->affiliation(), "");
  }
  // A name that only spoke, past a time or a listener, still owns the post.
  const char* const spoke[] = {
      "Lucara said on Friday that exports fell by a quarter. Its sales director, "
      "Neo Kgosi, said buyers were cautious.",
      "Lucara told reporters last week that exports had fallen. Its sales "
      "director, Neo Kgosi, said buyers were cautious.",
      "Lucara said on Friday it would cut output. Its sales director, Neo Kgosi, "
      "said buyers were cautious.",
      "Lucara said in a statement that exports had fallen. Its sales director, "
      "Neo Kgosi, said buyers were cautious."};
  for (const char* text : spoke) {
    SCOPED_TRACE(text);
    v1::Document doc = Extract(text);
    const v1::Source* kgosi = FindSource(doc, "neo-kgosi");
    ASSERT_NE(kgosi, nullptr);
    EXPECT_EQ(kgosi->affiliation(), "Lucara");
  }
}

// A "chain" described in an appositive is a business, and its officials work
// for it; a lender named after its role is the business "the bank" then means.
TEST(SourceUnseen, AChainIsABusinessAndALenderTheBankAfterIt) {
  v1::Document doc = Extract(
      "LEEDS — Marlow & Finch, the homewares chain, said on Thursday that sales "
      "fell 3%.\n\n"
      "Chief executive Nadia Osei said customers were trading down.\n\n"
      "The chain's main lender, Halbury, had refused to extend its credit, two people "
      "familiar with the talks said. The bank said it had supported the company for "
      "many months.");
  const v1::Source* chain = FindSource(doc, "marlow-finch");
  ASSERT_NE(chain, nullptr);
  EXPECT_EQ(chain->type(), v1::SOURCE_TYPE_ORGANIZATION);
  const v1::Source* osei = FindSource(doc, "nadia-osei");
  ASSERT_NE(osei, nullptr);
  EXPECT_EQ(osei->affiliation(), "Marlow & Finch");
  const v1::Claim* c = FindClaim(doc, "it had supported the company");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "halbury");
}

// "A spokeswoman for the Allied Dockers union, Megan Hollis,": a body's name
// ending in its lowercase kind before the comma is where the official works.
TEST(SourceUnseen, AnEmployerNamedWithItsLowercaseKindBeforeTheComma) {
  v1::Document doc = Extract(
      "Talks over the port closure resumed on Monday.\n\n"
      "A spokeswoman for the Allied Dockers union, Megan Hollis, said the union "
      "would ask for a meeting with the minister.");
  const v1::Source* hollis = FindSource(doc, "megan-hollis");
  ASSERT_NE(hollis, nullptr);
  EXPECT_EQ(hollis->title(), "spokeswoman");
  EXPECT_EQ(hollis->affiliation(), "Allied Dockers");
}

// "who heads the Eastside Cyclists' Forum": a plural's apostrophe inside the
// body's name keeps the name whole, and it is where the speaker works.
TEST(SourceUnseen, WhoHeadsABodyWithAPluralsApostropheInItsName) {
  v1::Document doc = Extract(
      "Bus fares rose on Monday.\n\n"
      "\"This is the wrong month to do it,\" said Farah Kazmi, who heads the "
      "Eastside Cyclists' Forum.");
  const v1::Source* kazmi = FindSource(doc, "farah-kazmi");
  ASSERT_NE(kazmi, nullptr);
  EXPECT_EQ(kazmi->affiliation(), "Eastside Cyclists' Forum");
}

// "NZ$78", "US$5 million": capitals glued to a dollar sign are a currency's
// prefix, no organisation that "the company" could then be.
TEST(SourceUnseen, CapitalsGluedToADollarSignNameNoOne) {
  v1::Document doc = Extract(
      "Ferry operator lifts fares\n\n"
      "Foot passengers will pay NZ$78 for a ticket, up from NZ$71, and the company "
      "said it would trim its family discount. Freight rates rose to US$5 a tonne.");
  EXPECT_FALSE(HasSourceNamed(doc, "NZ"));
  EXPECT_FALSE(HasSourceNamed(doc, "US"));
  const v1::Claim* c = FindClaim(doc, "it would trim its family discount");
  ASSERT_NE(c, nullptr);
  EXPECT_NE(c->source_id(), "nz");
}

// A one-word name met alone, then as the first word of a business's full name
// ("Debswana said ...", then "Debswana Diamond Company"), is one organisation.
TEST(SourceUnseen, AShortNameMetBeforeTheFullNameIsOneBody) {
  v1::Document doc = Extract(
      "Diamond output falls\n\n"
      "Kalabo said diamond output fell by a fifth. Kalabo Diamond Company later "
      "said it would cut 300 jobs.");
  int bodies = 0;
  for (const v1::Source& s : doc.sources()) bodies += s.name().find("Kalabo") == 0;
  EXPECT_EQ(bodies, 1);
  const v1::Source* full = FindSource(doc, "kalabo-diamond-company");
  ASSERT_NE(full, nullptr);
  EXPECT_EQ(full->type(), v1::SOURCE_TYPE_ORGANIZATION);
  const v1::Claim* c = FindClaim(doc, "diamond output fell by a fifth");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "kalabo-diamond-company");
}

// "Pivovar Hradek, the Czech Republic's third-largest brewer,": a name ranked by
// size among bodies is an organisation, and the chief executive named next
// works for it; a person ranked among people stays one.
TEST(SourceUnseen, ANameRankedBySizeAmongBodiesIsAnOrganisation) {
  v1::Document doc = Extract(
      "Brewer lifts prices\n\n"
      "BRNO — Pivovar Dubina, the Czech Republic's third-largest brewer, will raise "
      "the price of its lager by 9%, it said on Tuesday.\n\n"
      "Chief executive Marek Sova said energy costs had doubled.\n\n"
      "Jo Smith, the biggest donor in the city, said she was pleased.");
  const v1::Source* brewer = FindSource(doc, "pivovar-dubina");
  ASSERT_NE(brewer, nullptr);
  EXPECT_EQ(brewer->type(), v1::SOURCE_TYPE_ORGANIZATION);
  const v1::Source* sova = FindSource(doc, "marek-sova");
  ASSERT_NE(sova, nullptr);
  EXPECT_EQ(sova->affiliation(), "Pivovar Dubina");
  const v1::Source* smith = FindSource(doc, "jo-smith");
  ASSERT_NE(smith, nullptr);
  EXPECT_EQ(smith->type(), v1::SOURCE_TYPE_PERSON);
}

// "Summit Air": a name ending in "Air" is an airline's, which the carrier then
// described speaks for and whose chief executive works there.
TEST(SourceUnseen, ANameEndingInAirIsAnAirline) {
  v1::Document doc = Extract(
      "Airline cuts flights\n\n"
      "DENVER (AP) — Ridgeline Air will cancel about 300 flights in March because "
      "it lacks pilots, the regional carrier said Sunday.\n\n"
      "\"We did not make this decision lightly,\" chief executive Dana Whitcomb said.");
  const v1::Source* airline = FindSource(doc, "ridgeline-air");
  ASSERT_NE(airline, nullptr);
  EXPECT_EQ(airline->type(), v1::SOURCE_TYPE_ORGANIZATION);
  const v1::Source* ceo = FindSource(doc, "dana-whitcomb");
  ASSERT_NE(ceo, nullptr);
  EXPECT_EQ(ceo->affiliation(), "Ridgeline Air");
}

// "Deloitte's Sports Business Group": a one-word name owning a named part of a
// business is a business, which "the accountancy firm" then stands for.
TEST(SourceUnseen, ANameOwningAPartOfABusinessIsABusiness) {
  v1::Document doc = Extract(
      "Club wages hit record\n\n"
      "LONDON - Clubs spent 73% of their revenue on wages, the highest in a decade, "
      "according to Harwick's annual review. \"Costs are running faster,\" said Jo "
      "Hale, a partner in Harwick's Sports Business Group.");
  const v1::Source* firm = FindSource(doc, "harwick");
  ASSERT_NE(firm, nullptr);
  EXPECT_EQ(firm->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

}  // namespace
}  // namespace factwire
