// Organisations as sources: what the text says they are ("a local advocacy
// group"), definite descriptions that refer back to them ("the agency"), and
// things that are not sources ("its annual budget").
#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;
using ::factwire::testing_extract::FindSource;

TEST(OrgSources, AppositiveKindMakesOrganisation) {
  v1::Document doc = Extract(
      "Harbor Watch, a local advocacy group, said it had collected 2,500 signatures. "
      "Green Valley Partners, a consulting firm based in Ohio, said costs would rise.");
  const v1::Source* watch = FindSource(doc, "harbor-watch");
  ASSERT_NE(watch, nullptr);
  EXPECT_EQ(watch->type(), v1::SOURCE_TYPE_ORGANIZATION);
  EXPECT_EQ(watch->title(), "");
  const v1::Source* firm = FindSource(doc, "green-valley-partners");
  ASSERT_NE(firm, nullptr);
  EXPECT_EQ(firm->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

TEST(OrgSources, PluralPartyNameIsAnOrganisation) {
  v1::Document doc = Extract(
      "The Opposition Progressive Conservatives say the levy will close farms. "
      "The Liberal Democrats said they would vote against it. "
      "The Greens said the levy was overdue.");
  for (const char* id :
       {"opposition-progressive-conservatives", "liberal-democrats", "greens"}) {
    const v1::Source* s = FindSource(doc, id);
    ASSERT_NE(s, nullptr) << id;
    EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION) << id;
  }
}

TEST(OrgSources, PersonWithOrganisationWordInTitleStaysPerson) {
  v1::Document doc = Extract(
      "Dan Ortiz, a union representative, said members would vote on Friday. "
      "Lena Park, a member of the city council, said the vote was fair.");
  const v1::Source* ortiz = FindSource(doc, "dan-ortiz");
  ASSERT_NE(ortiz, nullptr);
  EXPECT_EQ(ortiz->type(), v1::SOURCE_TYPE_PERSON);
  const v1::Source* park = FindSource(doc, "lena-park");
  ASSERT_NE(park, nullptr);
  EXPECT_EQ(park->type(), v1::SOURCE_TYPE_PERSON);
}

TEST(OrgSources, KindWordsOfNamesMakeOrganisations) {
  // Words that name bodies, not people: "Nations", "Society", "Trust", and
  // agencies known by one word.
  v1::Document doc = Extract(
      "The United Nations said seizures rose. Interpol said the gang had fled. The "
      "Society of St Vincent de Paul said families were struggling. The Harbour Trust "
      "said it would appeal.");
  for (const char* id : {"united-nations", "interpol", "society-of-st-vincent-de-paul",
                         "harbour-trust"}) {
    const v1::Source* s = FindSource(doc, id);
    ASSERT_NE(s, nullptr) << id;
    EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION) << id;
  }
}

TEST(OrgSources, KindBeforeNameMakesOrganisation) {
  v1::Document doc =
      Extract("The advocacy group Clean Rivers Now said the plan was far too slow.");
  const v1::Source* s = FindSource(doc, "clean-rivers-now");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

TEST(OrgSources, TheAgencyRefersToTheAuthorityNamedEarlier) {
  v1::Document doc = Extract(
      "The Northfield Water Authority raised rates on Monday. The agency said costs "
      "for chemicals had doubled since 2022.");
  const v1::Claim* c = FindClaim(doc, "costs for chemicals");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "The agency");
  EXPECT_EQ(c->source_id(), "northfield-water-authority");
  EXPECT_EQ(FindSource(doc, "anonymous-d1-the-agency"), nullptr);
}

TEST(OrgSources, TheCompanyAfterItsSpeaker) {
  v1::Document doc = Extract(
      "Acme Robotics Inc. cut 300 jobs this week. “We had no choice,” said the "
      "company, which blamed weak demand.");
  const v1::Claim* c = FindClaim(doc, "We had no choice");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "acme-robotics-inc");
}

TEST(OrgSources, DescriptionOfAnotherKindStaysAnonymous) {
  v1::Document doc = Extract(
      "The Lakeside Teachers Union called a strike. The agency said schools would "
      "stay open.");
  const v1::Claim* c = FindClaim(doc, "schools would stay open");
  ASSERT_NE(c, nullptr);
  EXPECT_NE(c->source_id(), "lakeside-teachers-union");
}

TEST(OrgSources, PossessiveDescriptionGivesAffiliation) {
  v1::Document doc = Extract(
      "The Port City Transit Authority (PCTA) froze fares. “We want riders back,” "
      "said Maria Chen, the agency's chief executive.");
  const v1::Source* s = FindSource(doc, "maria-chen");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "chief executive");
  EXPECT_EQ(s->affiliation(), "Port City Transit Authority");
}

TEST(OrgSources, AccordingToAThingIsNoAnonymousSource) {
  v1::Document doc = Extract(
      "The Port City Transit Authority reported a deficit of $18.5 million, according "
      "to its annual budget. Buses ran late on most days, according to the new "
      "timetable.");
  for (const v1::Source& s : doc.sources()) {
    EXPECT_NE(s.type(), v1::SOURCE_TYPE_ANONYMOUS) << s.name();
  }
  const v1::Claim* c = FindClaim(doc, "reported a deficit");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "its annual budget");
  EXPECT_EQ(c->source_id(), "port-city-transit-authority");
}

TEST(OrgSources, AccordingToHisMemoirCreditsThePerson) {
  v1::Document doc = Extract(
      "Senator Tom Reyes grew up in Fresno. He left school at 16, according to his "
      "memoir.");
  const v1::Claim* c = FindClaim(doc, "left school");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "tom-reyes");
}

TEST(OrgSources, AccordingToPeopleStaysAnonymous) {
  v1::Document doc = Extract(
      "The deal collapsed on Sunday, according to two people familiar with the talks.");
  const v1::Claim* c = FindClaim(doc, "deal collapsed");
  ASSERT_NE(c, nullptr);
  const v1::Source* s = FindSource(doc, c->source_id());
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ANONYMOUS);
}

TEST(OrgSources, ReportedContentStartsAfterThat) {
  v1::Document doc = Extract(
      "The Port City Transit Authority said on Friday that fares would stay at $2.75. "
      "Northwind Airlines said on Tuesday it would cut 1,200 jobs.");
  const v1::Claim* c = FindClaim(doc, "fares would stay");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text(), "fares would stay at $2.75");
  const v1::Claim* jobs = FindClaim(doc, "1,200 jobs");
  ASSERT_NE(jobs, nullptr);
  EXPECT_EQ(jobs->text(), "it would cut 1,200 jobs");
}

TEST(OrgSources, TheAgencyRepeatsAnUnnamedAgency) {
  v1::Document doc = Extract(
      "According to the city's environmental agency, sewage flows into the harbor "
      "after heavy rain. The agency said repairs would take at least four years.");
  const v1::Claim* first = FindClaim(doc, "sewage flows");
  const v1::Claim* second = FindClaim(doc, "repairs would take");
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->speaker(), "The agency");
  EXPECT_FALSE(first->source_id().empty());
  EXPECT_EQ(second->source_id(), first->source_id());
  // One source: the institution named by its kind, an organisation.
  ASSERT_EQ(doc.sources_size(), 1);
  EXPECT_EQ(doc.sources(0).type(), v1::SOURCE_TYPE_ORGANIZATION);
  EXPECT_EQ(doc.sources(0).name(), "environmental agency");
}

TEST(OrgSources, TheSpokesmanRepeatsASpokesmanForAnOrganisation) {
  v1::Document doc = Extract(
      "A spokesman for Northfield Water declined to comment on Monday. On Tuesday, "
      "the spokesman said the rates would rise.");
  const v1::Claim* c = FindClaim(doc, "rates would rise");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "anonymous-d1-spokesman-for-northfield-water");
}

TEST(OrgSources, SamePersonAcrossDocumentsSharesTheSourceId) {
  v1::Document a = Extract("Mayor Elena Marsh said the vote was overdue.");
  v1::Document b = Extract(
      "Elena Marsh, the mayor of Port City, said the harbor would reopen. Marsh "
      "added that swimming would be safe.");
  ASSERT_NE(FindSource(a, "elena-marsh"), nullptr);
  ASSERT_NE(FindSource(b, "elena-marsh"), nullptr);
  const v1::Claim* added = FindClaim(b, "swimming would be safe");
  ASSERT_NE(added, nullptr);
  EXPECT_EQ(added->source_id(), "elena-marsh");
}

TEST(OrgSources, NamesakesKeepTheirOwnSourceIds) {
  v1::Document doc = Extract(
      "John Marsh said the plan was late. Elena Marsh said it was on time.");
  const v1::Claim* late = FindClaim(doc, "plan was late");
  const v1::Claim* on_time = FindClaim(doc, "on time");
  ASSERT_NE(late, nullptr);
  ASSERT_NE(on_time, nullptr);
  EXPECT_EQ(late->source_id(), "john-marsh");
  EXPECT_EQ(on_time->source_id(), "elena-marsh");
}

TEST(OrgSources, CapitalisedGroupsAreAnonymousNotPeople) {
  v1::Document doc = Extract(
      "Democrats said the bill would fail. Americans now say they trust the courts "
      "less than before.");
  const v1::Claim* bill = FindClaim(doc, "bill would fail");
  ASSERT_NE(bill, nullptr);
  const v1::Source* democrats = FindSource(doc, bill->source_id());
  ASSERT_NE(democrats, nullptr);
  EXPECT_EQ(democrats->type(), v1::SOURCE_TYPE_ANONYMOUS);
  const v1::Claim* courts = FindClaim(doc, "trust the courts");
  ASSERT_NE(courts, nullptr);
  EXPECT_EQ(courts->speaker(), "Americans");
  for (const v1::Source& s : doc.sources()) {
    EXPECT_NE(s.type(), v1::SOURCE_TYPE_PERSON) << s.name();
  }
}

TEST(OrgSources, SentenceOpenersAreNoNames) {
  v1::Document doc = Extract(
      "Perhaps the plan will work. Wait until the vote, the mayor said on Monday.");
  for (const v1::Source& s : doc.sources()) {
    EXPECT_NE(s.type(), v1::SOURCE_TYPE_PERSON) << s.name();
  }
}

TEST(OrgSources, OrAcronymIsAnAlias) {
  v1::Document doc = Extract(
      "The Royal Canadian Mounted Police, or RCMP, said it had made 12 arrests. The "
      "RCMP said more would follow.");
  const v1::Source* s = FindSource(doc, "royal-canadian-mounted-police");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  ASSERT_EQ(s->aliases_size(), 1);
  EXPECT_EQ(s->aliases(0), "RCMP");
  const v1::Claim* arrests = FindClaim(doc, "12 arrests");
  ASSERT_NE(arrests, nullptr);
  EXPECT_EQ(arrests->source_id(), "royal-canadian-mounted-police");
  const v1::Claim* more = FindClaim(doc, "more would follow");
  ASSERT_NE(more, nullptr);
  EXPECT_EQ(more->source_id(), "royal-canadian-mounted-police");
}

TEST(OrgSources, PartyAndStateAfterANameIsNoAcronym) {
  v1::Document doc = Extract("Sen. John Cornyn (R-TX) said the border bill was dead.");
  const v1::Source* s = FindSource(doc, "john-cornyn");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_PERSON);
  EXPECT_EQ(s->aliases_size(), 0);
}

TEST(OrgSources, MiddleInitialIsLeftOutOfTheSourceId) {
  v1::Document with = Extract("Samuel K. Okafor said the oysters were dying.");
  v1::Document without = Extract("Samuel Okafor said the oysters were dying.");
  const v1::Source* a = FindSource(with, "samuel-okafor");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->name(), "Samuel K. Okafor");
  EXPECT_NE(FindSource(without, "samuel-okafor"), nullptr);
}

TEST(OrgSources, AcronymBeforeASpeakingNoun) {
  v1::Document doc = Extract(
      "Vaccines worked, according to a WHO spokesperson. WHO officials said cases "
      "fell.");
  const v1::Claim* c = FindClaim(doc, "Vaccines worked");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->speaker(), "WHO spokesperson");
  const v1::Claim* d = FindClaim(doc, "cases fell");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker(), "WHO officials");
}

TEST(OrgSources, AppositiveRoleWithoutOrganisationIsATitle) {
  v1::Document doc = Extract(
      "Samuel Okafor, a retired marine biologist, said the oysters were dying. Nora "
      "Vance, a local resident, said the smell was worse.");
  const v1::Source* okafor = FindSource(doc, "samuel-okafor");
  ASSERT_NE(okafor, nullptr);
  EXPECT_EQ(okafor->title(), "retired marine biologist");
  const v1::Source* vance = FindSource(doc, "nora-vance");
  ASSERT_NE(vance, nullptr);
  EXPECT_EQ(vance->title(), "local resident");
}

TEST(OrgSources, LowercaseTitleBeforeTheName) {
  v1::Document doc = Extract(
      "\"This was the hardest decision,\" said chief executive Priya Raman.");
  const v1::Source* s = FindSource(doc, "priya-raman");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "chief executive");
}

TEST(OrgSources, AndInsideAnOrganisationBeforeItsOrganisationWord) {
  v1::Document doc = Extract(
      "According to filings with the Securities and Exchange Commission (SEC), the "
      "company lost $340 million in the first quarter.");
  const v1::Claim* c = FindClaim(doc, "lost $340 million");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text(), "the company lost $340 million in the first quarter");
  EXPECT_EQ(c->speaker(), "filings with the Securities and Exchange Commission");
}

TEST(OrgSources, BritishStyleTitleAndPossessiveOrganisation) {
  v1::Document doc = Extract(
      "'This is a wake-up call,' says Dr Hans Kluge, the WHO's regional director for "
      "Europe. The UK Health Security Agency (UKHSA) says vaccination rates have "
      "fallen.");
  const v1::Source* kluge = FindSource(doc, "hans-kluge");
  ASSERT_NE(kluge, nullptr);
  EXPECT_EQ(kluge->title(), "regional director");
  EXPECT_EQ(kluge->affiliation(), "WHO");
  const v1::Source* agency = FindSource(doc, "uk-health-security-agency");
  ASSERT_NE(agency, nullptr);
  EXPECT_EQ(agency->type(), v1::SOURCE_TYPE_ORGANIZATION);
  EXPECT_EQ(agency->title(), "");
}

TEST(OrgSources, PartyAfterNameBeforeCommaAndCue) {
  v1::Document doc = Extract(
      "Sen. Jack Reed (D-R.I.), said after a lunch that he had not read the plan.");
  const v1::Claim* c = FindClaim(doc, "had not read the plan");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "jack-reed");
}

TEST(OrgSources, ListenerWithArticleIsSkipped) {
  v1::Document doc = Extract(
      "Coach Luis Ortega told the BBC he still believed he could turn things around. "
      "Fans said the mood was toxic.");
  const v1::Claim* c = FindClaim(doc, "turn things around");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text().rfind("he still believed", 0), 0u) << c->text();
  const v1::Claim* fans = FindClaim(doc, "mood was toxic");
  ASSERT_NE(fans, nullptr);
  const v1::Source* s = FindSource(doc, fans->source_id());
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ANONYMOUS);
}

TEST(OrgSources, TitleBeforeTheNameAndComma) {
  v1::Document doc = Extract(
      "The Northfield Water Authority raised rates. The agency's chief engineer, Omar "
      "Haddad, said the pipes were old.");
  const v1::Source* s = FindSource(doc, "omar-haddad");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "chief engineer");
  EXPECT_EQ(s->affiliation(), "Northfield Water Authority");
}

TEST(OrgSources, CountriesAndStatesAsSpeakersAreOrganisations) {
  v1::Document doc = Extract(
      "North Korea said on Monday it had tested a new missile. Ghana said it would "
      "send aid. Texas said the rule was unlawful.");
  for (const char* id : {"north-korea", "ghana", "texas"}) {
    const v1::Source* s = FindSource(doc, id);
    ASSERT_NE(s, nullptr) << id;
    EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION) << id;
  }
}

TEST(OrgSources, PronounSkipsCountries) {
  v1::Document doc = Extract(
      "Senator Ann Lowe spoke after a trip to Ghana. Ghana has hosted refugees for "
      "years, and she said the aid must continue.");
  const v1::Claim* c = FindClaim(doc, "aid must continue");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "ann-lowe");
}

TEST(OrgSources, NameThatWhichDescribesIsAnOrganisation) {
  // People are "who"; "which" describes an organisation.
  v1::Document doc = Extract(
      "Accord, which represents 4,000 bank staff, said it would seek guarantees on "
      "jobs. Tom Reyes, who chairs the board, said talks would go on.");
  const v1::Source* accord = FindSource(doc, "accord");
  ASSERT_NE(accord, nullptr);
  EXPECT_EQ(accord->type(), v1::SOURCE_TYPE_ORGANIZATION);
  const v1::Source* reyes = FindSource(doc, "tom-reyes");
  ASSERT_NE(reyes, nullptr);
  EXPECT_EQ(reyes->type(), v1::SOURCE_TYPE_PERSON);
}

TEST(OrgSources, TheHospitalIsTheOneNamedBefore) {
  // "the hospital's chief executive", "a surgeon at the hospital": the hospital
  // named earlier (a second owner inside its name) is their affiliation.
  v1::Document doc = Extract(
      "In Dublin, St. Columba's Children's Hospital said it had postponed 200 "
      "operations. The hospital's chief executive, Tom O'Neill, said beds were short. "
      "Dr. Sean O'Brien, a consultant paediatrician at the hospital, said most children "
      "were unvaccinated.");
  const v1::Source* hospital = FindSource(doc, "st-columbas-childrens-hospital");
  ASSERT_NE(hospital, nullptr);
  EXPECT_EQ(hospital->type(), v1::SOURCE_TYPE_ORGANIZATION);
  const v1::Source* ceo = FindSource(doc, "tom-oneill");
  ASSERT_NE(ceo, nullptr);
  EXPECT_EQ(ceo->title(), "chief executive");
  EXPECT_EQ(ceo->affiliation(), "St. Columba's Children's Hospital");
  const v1::Source* doctor = FindSource(doc, "sean-obrien");
  ASSERT_NE(doctor, nullptr);
  EXPECT_EQ(doctor->title(), "consultant paediatrician");
  EXPECT_EQ(doctor->affiliation(), "St. Columba's Children's Hospital");
}

TEST(OrgSources, OrganisationBeforeATitleIsTheAffiliation) {
  // An organisation word, one named before, or an owner of several words.
  v1::Document doc = Extract(
      "Kremlin spokesman Dmitry Peskov told reporters that Moscow saw no need for "
      "observers. The European Commission proposed a mission on Monday. A Commission "
      "spokeswoman, Anitta Hipper, said it would be civilian. Maria Zakharova, the "
      "Russian foreign ministry's spokeswoman, said ships would be targets.");
  const v1::Source* peskov = FindSource(doc, "dmitry-peskov");
  ASSERT_NE(peskov, nullptr);
  EXPECT_EQ(peskov->title(), "spokesman");
  EXPECT_EQ(peskov->affiliation(), "Kremlin");
  const v1::Source* hipper = FindSource(doc, "anitta-hipper");
  ASSERT_NE(hipper, nullptr);
  EXPECT_EQ(hipper->title(), "spokeswoman");
  EXPECT_EQ(hipper->affiliation(), "European Commission");
  const v1::Source* zakharova = FindSource(doc, "maria-zakharova");
  ASSERT_NE(zakharova, nullptr);
  EXPECT_EQ(zakharova->title(), "spokeswoman");
  EXPECT_EQ(zakharova->affiliation(), "Russian foreign ministry");
}

TEST(OrgSources, CompanyByItsShortName) {
  // "Harbourline" in the headline and alone later is "Harbourline Bank".
  v1::Document doc = Extract(
      "Harbourline shares jump after bid\n\nShares in Harbourline Bank rose on Monday "
      "after Dutch rival Veldhuis Group made an approach. Harbourline said the offer "
      "was too low. Its chief executive, Michael Chen, said the strategy had not "
      "changed. \"It is a good bank,\" Veldhuis chief executive Hans Keller said.");
  const v1::Claim* low = FindClaim(doc, "too low");
  ASSERT_NE(low, nullptr);
  EXPECT_EQ(low->source_id(), "harbourline-bank");
  const v1::Source* bank = FindSource(doc, "harbourline-bank");
  ASSERT_NE(bank, nullptr);
  EXPECT_EQ(bank->type(), v1::SOURCE_TYPE_ORGANIZATION);
  const v1::Source* chen = FindSource(doc, "michael-chen");
  ASSERT_NE(chen, nullptr);
  EXPECT_EQ(chen->affiliation(), "Harbourline Bank");
  const v1::Source* keller = FindSource(doc, "hans-keller");
  ASSERT_NE(keller, nullptr);
  EXPECT_EQ(keller->affiliation(), "Veldhuis Group");
}

TEST(OrgSources, GroupInACompanysNameIsNoUnion) {
  // "the union" is not "Veldhuis Group" but Accord, the latest organisation of no
  // known kind; the owner leaves the title. "The group" is the company.
  v1::Document doc = Extract(
      "Dutch lender Veldhuis Group made an offer. Accord, which represents 4,000 "
      "staff, said it wanted guarantees. \"Promises are cheap,\" said Gerry O'Hare, "
      "the union's general secretary. The group said it would talk.");
  const v1::Source* ohare = FindSource(doc, "gerry-ohare");
  ASSERT_NE(ohare, nullptr);
  EXPECT_EQ(ohare->title(), "general secretary");
  EXPECT_EQ(ohare->affiliation(), "Accord");
  const v1::Claim* talk = FindClaim(doc, "would talk");
  ASSERT_NE(talk, nullptr);
  EXPECT_EQ(talk->source_id(), "veldhuis-group");
}

TEST(OrgSources, DatelineNamesNoSource) {
  // The city and agency of a dateline are not the subject of its sentence.
  v1::Document doc = Extract(
      "Moscow rejects EU plan\n\nBRUSSELS/KYIV, March 12 (Reuters) - Russia on "
      "Wednesday rejected a European proposal to send monitors, saying the plan would "
      "\"legalise foreign interference\" in the region.");
  const v1::Claim* c = FindClaim(doc, "foreign interference");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "russia");
  EXPECT_EQ(FindSource(doc, "brussels"), nullptr);
}

TEST(OrgSources, NationalityBeforeAnOrganisationKind) {
  // "the British mid-sized lender" is the bank named before.
  v1::Document doc = Extract(
      "Shares in Harbourline Bank jumped 19% on Monday after the British mid-sized "
      "lender confirmed it had received an approach.");
  const v1::Claim* c = FindClaim(doc, "received an approach");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "harbourline-bank");
}

TEST(OrgSources, CompanyAbbreviationEndsTheName) {
  // "Co." may end a sentence: the name after it is another one.
  v1::Document doc = Extract(
      "Veldhuis is advised by Rothschild & Co. Michael Chen said the advisers would "
      "test the offer. Acme Co. Ltd. said sales fell.");
  EXPECT_EQ(FindSource(doc, "rothschild-co-michael-chen"), nullptr);
  EXPECT_NE(FindSource(doc, "michael-chen"), nullptr);
  EXPECT_NE(FindSource(doc, "acme-co-ltd"), nullptr);
}

TEST(OrgSources, HeadWordOfWhatABodyDoesMakesOrganisation) {
  // No "Inc" or "Ltd": the last word says a business or a public body.
  v1::Document doc = Extract(
      "Norvale Energy said its plant would shut in 2031. Kestrel Telecom said the "
      "attack cost it dearly, and Kestrel said it would hire more engineers. Bright "
      "Gas and Electric said power was cut to 6,000 homes. The Coastal Power Market "
      "Operator said prices were negative. Data provider Ratewatch said rates fell.");
  for (const char* id : {"norvale-energy", "kestrel-telecom", "bright-gas-and-electric",
                         "coastal-power-market-operator", "ratewatch"}) {
    const v1::Source* s = FindSource(doc, id);
    ASSERT_NE(s, nullptr) << id;
    EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION) << id;
  }
  const v1::Claim* c = FindClaim(doc, "hire more engineers");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "kestrel-telecom");
}

TEST(OrgSources, PersonWhoseSurnameIsNoHeadWordStaysPerson) {
  v1::Document doc = Extract(
      "Samantha Power said the aid would arrive. Chief executive Anna Gas said the "
      "plan held.");
  const v1::Source* power = FindSource(doc, "samantha-power");
  ASSERT_NE(power, nullptr);
  EXPECT_EQ(power->type(), v1::SOURCE_TYPE_PERSON);
  const v1::Source* gas = FindSource(doc, "anna-gas");
  ASSERT_NE(gas, nullptr);
  EXPECT_EQ(gas->type(), v1::SOURCE_TYPE_PERSON);
}

TEST(OrgSources, NamedGovernmentBodyIsAnOrganisation) {
  // A ministry of a named country, and a named body after its article at the
  // end of a sentence, are organisations; "a ministry official" stays anonymous.
  v1::Document doc = Extract(
      "Police seized 13 tonnes of cocaine in the port, the Interior Ministry said on "
      "Tuesday. Ukraine's foreign ministry said in a statement that it welcomed the "
      "plan. The ministry said it would guarantee the monitors' safety. A ministry "
      "official said talks would go on.");
  const v1::Claim* seized = FindClaim(doc, "Police seized 13 tonnes");
  ASSERT_NE(seized, nullptr);
  EXPECT_EQ(seized->source_id(), "interior-ministry");
  const v1::Source* ukraine = FindSource(doc, "ukraines-foreign-ministry");
  ASSERT_NE(ukraine, nullptr);
  EXPECT_EQ(ukraine->type(), v1::SOURCE_TYPE_ORGANIZATION);
  const v1::Claim* safety = FindClaim(doc, "guarantee the monitors");
  ASSERT_NE(safety, nullptr);
  EXPECT_EQ(safety->source_id(), "ukraines-foreign-ministry");
  const v1::Claim* talks = FindClaim(doc, "talks would go on");
  ASSERT_NE(talks, nullptr);
  EXPECT_EQ(talks->source_id().rfind("anonymous-", 0), 0u) << talks->source_id();
}

TEST(OrgSources, NationalityAndGovernmentIsAnOrganisation) {
  // "the Welsh government said": a nation's government is an organisation, not
  // an anonymous source; "a French government spokesman" stays a person.
  v1::Document doc = Extract(
      "Rail fares in Wales will rise by 2.9% in March, the Welsh government said on "
      "Friday. The Irish government said it would review the ferry levy. A French "
      "government spokesman said the talks would continue.");
  const v1::Claim* fares = FindClaim(doc, "Rail fares in Wales");
  ASSERT_NE(fares, nullptr);
  const v1::Source* welsh = FindSource(doc, fares->source_id());
  ASSERT_NE(welsh, nullptr) << fares->source_id();
  EXPECT_EQ(welsh->type(), v1::SOURCE_TYPE_ORGANIZATION);
  EXPECT_EQ(welsh->name(), "Welsh government");
  const v1::Claim* levy = FindClaim(doc, "review the ferry levy");
  ASSERT_NE(levy, nullptr);
  const v1::Source* irish = FindSource(doc, levy->source_id());
  ASSERT_NE(irish, nullptr) << levy->source_id();
  EXPECT_EQ(irish->type(), v1::SOURCE_TYPE_ORGANIZATION);
  EXPECT_EQ(irish->name(), "Irish government");
  const v1::Claim* talks = FindClaim(doc, "the talks would continue");
  ASSERT_NE(talks, nullptr);
  EXPECT_EQ(talks->source_id().rfind("anonymous-", 0), 0u) << talks->source_id();
}

TEST(OrgSources, NameWithAnApostropheSBeforeSaidIsABusiness) {
  // "Moody's said": the 's is part of the name; "Trump's proposed tax cuts" and
  // "Mrs. Clinton's said" are an owner and a contraction.
  v1::Document doc = Extract(
      "Moody's said the combination would be credit-positive for bondholders. "
      "Rival candidates attacked Trump's proposed tax cuts.");
  const v1::Claim* c = FindClaim(doc, "credit-positive");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "moodys");
  const v1::Source* s = FindSource(doc, "moodys");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  EXPECT_EQ(s->name(), "Moody's");
  EXPECT_EQ(FindSource(doc, "trumps"), nullptr);
}

TEST(OrgSources, StaffAtAOneWordEmployerSpeakForIt) {
  // "Analysts at Jefferies": a single name after staff is an organisation;
  // "Grand Canyon Chapter" ends in a group's word.
  v1::Document doc = Extract(
      "Analysts at Jefferies said the conditions were lighter than feared. The Sierra "
      "Club's Grand Canyon Chapter said the measure lacked enforcement.");
  const v1::Claim* c = FindClaim(doc, "lighter than feared");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "jefferies");
  const v1::Source* jefferies = FindSource(doc, "jefferies");
  ASSERT_NE(jefferies, nullptr);
  EXPECT_EQ(jefferies->type(), v1::SOURCE_TYPE_ORGANIZATION);
  const v1::Source* chapter = FindSource(doc, "grand-canyon-chapter");
  ASSERT_NE(chapter, nullptr);
  EXPECT_EQ(chapter->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

TEST(OrgSources, ConsultancyBeforeANameMakesOrganisation) {
  v1::Document doc = Extract(
      "Russian consultancy SovEcon raised its forecast for the wheat crop, the firm "
      "said on Monday.");
  const v1::Source* s = FindSource(doc, "sovecon");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

TEST(OrgSources, DescriptionPrefersTheBodyWithThatWordInItsName) {
  // "the bureau" is the Bureau named before, not the later Office of the same
  // family (public bodies); a family match still resolves when no name has the
  // word ("the agency").
  v1::Document doc = Extract(
      "The Bureau of Land Management spent $112 million on horses. The Government "
      "Accountability Office said the cost had doubled. A spokeswoman for the bureau, "
      "Tara Kinnet, said the survey methods were sound.");
  const v1::Source* kinnet = FindSource(doc, "tara-kinnet");
  ASSERT_NE(kinnet, nullptr);
  EXPECT_EQ(kinnet->affiliation(), "Bureau of Land Management");
}

TEST(OrgSources, GroupNamedByAPluralAndAPreposition) {
  // "<word> of/for/Without <words>" with a plural at its end or start is a
  // group, even after a month's name ("March of Dimes") or a title word inside
  // ("Foreign"); a count ("Thousands of ...") or a titled person's name is not.
  v1::Document doc = Extract(
      "Doctors Without Borders said it would publish its manuals. Veterans of Foreign "
      "Wars said members were angry. The March of Dimes said 35% of counties have no "
      "maternity ward. Friends of the Earth said the plan was weak. Thousands of "
      "Oromos have been jailed. Centers for Disease Control Director Tom Friedan said "
      "the cost was high.");
  for (const char* id : {"doctors-without-borders", "veterans-of-foreign-wars",
                         "march-of-dimes", "friends-of-the-earth"}) {
    const v1::Source* s = FindSource(doc, id);
    ASSERT_NE(s, nullptr) << id;
    EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION) << id;
  }
  const v1::Source* friedan = FindSource(doc, "tom-friedan");
  ASSERT_NE(friedan, nullptr);
  EXPECT_EQ(friedan->type(), v1::SOURCE_TYPE_PERSON);
}

TEST(OrgSources, GroupRunByWhoRunsIsTheAffiliation) {
  // "who runs the charity Families Against Violence", "who runs Mothers Against
  // Drunk Driving": a group's name (by a kind word before it or its plural and
  // preposition) is where the person works; a person's campaign is not.
  v1::Document doc = Extract(
      "Lynne Townsley, who runs the charity Families Against Violence, said the number "
      "had not fallen. Jo Marrow, who runs Mothers Against Drunk Driving, said roads "
      "were safer. Ann Leeson, who managed Al Gore's campaign, said it was over.");
  const v1::Source* townsley = FindSource(doc, "lynne-townsley");
  ASSERT_NE(townsley, nullptr);
  EXPECT_EQ(townsley->affiliation(), "Families Against Violence");
  const v1::Source* marrow = FindSource(doc, "jo-marrow");
  ASSERT_NE(marrow, nullptr);
  EXPECT_EQ(marrow->affiliation(), "Mothers Against Drunk Driving");
  const v1::Source* leeson = FindSource(doc, "ann-leeson");
  ASSERT_NE(leeson, nullptr);
  EXPECT_EQ(leeson->affiliation(), "");
}

TEST(OrgSources, BusinessWordBeforeAName) {
  // "Danish carrier Maersk": a one-word name after a word for a business is an
  // organisation, but "letter carrier Bob Mason" stays a person; "at Singapore
  // forwarder Kestrel Logistics": the name after the kind word is the
  // affiliation.
  v1::Document doc = Extract(
      "Danish carrier Maerskon said the detours had absorbed capacity. \"Every day "
      "counts,\" said Priya Ramen, head of ocean freight at Singapore forwarder Kestrel "
      "Logistics. Retired letter carrier Bob Masen said he looked for a union label.");
  const v1::Source* carrier = FindSource(doc, "maerskon");
  ASSERT_NE(carrier, nullptr);
  EXPECT_EQ(carrier->type(), v1::SOURCE_TYPE_ORGANIZATION);
  const v1::Source* ramen = FindSource(doc, "priya-ramen");
  ASSERT_NE(ramen, nullptr);
  EXPECT_EQ(ramen->title(), "head of ocean freight");
  EXPECT_EQ(ramen->affiliation(), "Kestrel Logistics");
  const v1::Source* masen = FindSource(doc, "bob-masen");
  ASSERT_NE(masen, nullptr);
  EXPECT_EQ(masen->type(), v1::SOURCE_TYPE_PERSON);
}

TEST(OrgSources, PlaceAfterAnOrganisationDoesNotSpeak) {
  // "The Ministry of Health in South Sudan said": the place says where the
  // ministry is; the ministry speaks.
  v1::Document doc = Extract(
      "The Ministry of Health in South Sudan said in a statement that it planned to "
      "add beds to its hospitals.");
  const v1::Claim* c = FindClaim(doc, "it planned to add beds");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "ministry-of-health");
  EXPECT_EQ(FindSource(doc, "south-sudan"), nullptr);
}

TEST(OrgSources, CapitalisedTheInsideASentenceOpensAPublication) {
  // "in The Lancet Global Health", "As The Daily Caller reported": a publication,
  // not a person a "she" may stand for.
  v1::Document doc = Extract(
      "Deaths fell by a quarter, according to a trial published Wednesday in The "
      "Lancet Global Health. As The Daily Caller reported, the donor gave $5,000.");
  const v1::Source* caller = FindSource(doc, "the-daily-caller");
  ASSERT_NE(caller, nullptr);
  EXPECT_EQ(caller->type(), v1::SOURCE_TYPE_ORGANIZATION);
  const v1::Source* lancet = FindSource(doc, "the-lancet-global-health");
  ASSERT_NE(lancet, nullptr);
  EXPECT_EQ(lancet->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

TEST(OrgSources, TwoOrganisationsWithTheSameWordJoinedByAnd) {
  // "the University of Bergen and Makerere University" names two universities;
  // "the Department of Health and Human Services" is one department.
  v1::Document doc = Extract(
      "The University of Bergen and Makerere University said the trial would go on. "
      "The Department of Health and Human Services said it would pay.");
  EXPECT_NE(FindSource(doc, "makerere-university"), nullptr);
  EXPECT_EQ(FindSource(doc, "university-of-bergen-and-makerere-university"), nullptr);
  EXPECT_NE(FindSource(doc, "department-of-health-and-human-services"), nullptr);
}

TEST(OrgSources, AcronymBeforeAPlaceIsAnOrganisation) {
  // "NHS Wales figures": an acronym and a place name a public body; two capital
  // letters before a place are a person's initials ("TJ Washington").
  v1::Document doc = Extract(
      "Waiting lists grew by 4% last year, according to NHS Wales figures. TJ Washington "
      "said the queues were longer.");
  const v1::Source* nhs = FindSource(doc, "nhs-wales");
  ASSERT_NE(nhs, nullptr);
  EXPECT_EQ(nhs->type(), v1::SOURCE_TYPE_ORGANIZATION);
  const v1::Source* tj = FindSource(doc, "tj-washington");
  ASSERT_NE(tj, nullptr);
  EXPECT_EQ(tj->type(), v1::SOURCE_TYPE_PERSON);
}

TEST(OrgSources, KindAfterTheNameALeaderLeads) {
  // "who chairs the Llais patient watchdog": a word for a kind of organisation
  // after the name makes it the affiliation; not after a person's name.
  v1::Document doc = Extract(
      "Mair Jenkyns, who chairs the Llais patient watchdog in north Wales, said the wait "
      "was too long. Tom Ashby, who ran the Al Gore campaign, said the race was close.");
  const v1::Source* mair = FindSource(doc, "mair-jenkyns");
  ASSERT_NE(mair, nullptr);
  EXPECT_EQ(mair->affiliation(), "Llais");
  const v1::Source* tom = FindSource(doc, "tom-ashby");
  ASSERT_NE(tom, nullptr);
  EXPECT_EQ(tom->affiliation(), "");
}

TEST(OrgSources, StaffAtALoneNameMakeItAnOrganisationLater) {
  // "Brightwater said ...", then "analysts at Brightwater": the one word is an
  // organisation's name however it was first taken.
  v1::Document doc = Extract(
      "Brightwater said in a report that margins fell. Analysts at Brightwater expect "
      "costs to rise.");
  const v1::Source* firm = FindSource(doc, "brightwater");
  ASSERT_NE(firm, nullptr);
  EXPECT_EQ(firm->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

TEST(OrgSources, HeadlineWordsAreNoBodyADescriptionPrefers) {
  // The title-case headline's "Transit Agency Freezes Fares" holds the word
  // "agency" but names nothing: "the agency" is the Transit Authority of the body.
  v1::Document doc = Extract(
      "Transit Agency Freezes Fares as Ridership Recovers\n\n"
      "The Port City Transit Authority said on Friday that fares would stay at $2.75. "
      "\xE2\x80\x9CWe want riders to know the bus is still the best deal,\xE2\x80\x9D "
      "said Maria Chen, the agency's chief executive.");
  const v1::Source* chen = FindSource(doc, "maria-chen");
  ASSERT_NE(chen, nullptr);
  EXPECT_EQ(chen->affiliation(), "Port City Transit Authority");
}

TEST(OrgSources, PlaceBasedCompoundOpensAnOrganisationsName) {
  // "Valparaiso-based Frutas del Pacifico", "Oslo-listed Nordvik Salmon": the
  // place compound says where a business sits; it is no part of the name, and
  // the name after it is an organisation's ("its" then refers to it).
  v1::Document doc = Extract(
      "Valparaiso-based Frutas del Pacifico said exports fell by a fifth. Its finance "
      "director, Rosa Tapia, said prices would recover. Oslo-listed Nordvik Salmon "
      "said its harvest doubled.");
  const v1::Source* frutas = FindSource(doc, "frutas-del-pacifico");
  ASSERT_NE(frutas, nullptr);
  EXPECT_EQ(frutas->name(), "Frutas del Pacifico");
  EXPECT_EQ(frutas->type(), v1::SOURCE_TYPE_ORGANIZATION);
  const v1::Source* tapia = FindSource(doc, "rosa-tapia");
  ASSERT_NE(tapia, nullptr);
  EXPECT_EQ(tapia->affiliation(), "Frutas del Pacifico");
  const v1::Source* nordvik = FindSource(doc, "nordvik-salmon");
  ASSERT_NE(nordvik, nullptr);
  EXPECT_EQ(nordvik->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

TEST(OrgSources, PlaceBasedCompoundBeforeAFirstAndLastNameKeepsThePerson) {
  // "Ohio-based Dale Brenner": two plain words may be a person's name; the
  // compound is still no part of it.
  v1::Document doc = Extract("Ohio-based Dale Brenner said the race was tightening.");
  const v1::Source* brenner = FindSource(doc, "dale-brenner");
  ASSERT_NE(brenner, nullptr);
  EXPECT_EQ(brenner->type(), v1::SOURCE_TYPE_PERSON);
}

TEST(OrgSources, PlaceBasedCompoundIsNoPartOfAnAffiliation) {
  v1::Document doc = Extract(
      "Tomas Lind, an analyst at Bergen-based Fjord Securities, said prices would fall.");
  const v1::Source* lind = FindSource(doc, "tomas-lind");
  ASSERT_NE(lind, nullptr);
  EXPECT_EQ(lind->affiliation(), "Fjord Securities");
}

TEST(OrgSources, DescriptionRefersToTheLatestOrganisationOfUnknownKind) {
  // "Fitch Ratings ... The ratings agency said": the name says no kind, and no
  // organisation of the description's kind was named; the latest one is meant.
  v1::Document doc = Extract(
      "Fitch Ratings, which rates the chain's bonds, said on Tuesday that bondholders "
      "would recover little. The ratings agency said most stores were leased.");
  const v1::Claim* c = FindClaim(doc, "most stores were leased");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "fitch-ratings");
}

TEST(OrgSources, PluralApostropheInsideAnAppositiveKind) {
  // "Shopwell, the retail workers' union,": a straight apostrophe after a plural
  // ends no appositive; its head says the name is an organisation's.
  v1::Document doc = Extract("Shopwell, the retail workers' union, said it would strike.");
  const v1::Source* union_source = FindSource(doc, "shopwell");
  ASSERT_NE(union_source, nullptr);
  EXPECT_EQ(union_source->type(), v1::SOURCE_TYPE_ORGANIZATION);
  EXPECT_EQ(union_source->title(), "");
}

TEST(OrgSources, OneWordNameAfterABusinessRoleIsAnOrganisation) {
  // "The chain's main lender, Kestrow, said": a lender, insurer or landlord
  // named by one word is a business, not a person.
  v1::Document doc = Extract(
      "The chain's main lender, Kestrow, said it would back the rescue. Its "
      "insurer, Dunmore, declined to comment, but the landlord, Pellicott, said "
      "talks on the rent were going on.");
  for (const char* id : {"kestrow", "pellicott"}) {
    const v1::Source* s = FindSource(doc, id);
    ASSERT_NE(s, nullptr) << id;
    EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION) << id;
  }
}

TEST(OrgSources, LifeSciencesHeadWordsEndABusinessName) {
  // "Arnel Biologics", "Tovell Diagnostics": the last word says a business,
  // also after a role noun ("its former development partner Arnel Biologics").
  v1::Document doc = Extract(
      "Corran Pharma sued its former development partner Arnel Biologics on "
      "Tuesday. Arnel Biologics said the claim was baseless. Tovell Diagnostics "
      "said its tests were not affected.");
  for (const char* id : {"arnel-biologics", "tovell-diagnostics"}) {
    const v1::Source* s = FindSource(doc, id);
    ASSERT_NE(s, nullptr) << id;
    EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION) << id;
    EXPECT_EQ(s->title(), "") << id;
  }
}

TEST(OrgSources, APortfolioMinistryIsNotAnotherBodyNamedBefore) {
  // "the economy ministry" after "the Federal Grid Agency" is another body: a
  // portfolio word before a ministry or department resolves only to a body with
  // that word in its name ("the health ministry" after "Ministry of Health").
  v1::Document doc = Extract(
      "The auction drew no bids, the Federal Grid Agency said on Thursday. The economy "
      "ministry said it would review the rules. The Ministry of Health reported 40 new "
      "cases. The health ministry said it would publish the data weekly.");
  const v1::Claim* review = FindClaim(doc, "it would review the rules");
  ASSERT_NE(review, nullptr);
  EXPECT_NE(review->source_id(), "federal-grid-agency");
  const v1::Source* s = FindSource(doc, review->source_id());
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->name(), "economy ministry");
  const v1::Claim* weekly = FindClaim(doc, "publish the data weekly");
  ASSERT_NE(weekly, nullptr);
  EXPECT_EQ(weekly->source_id(), "ministry-of-health");
}

TEST(OrgSources, APortfolioBodyOfAnOwnerOrWithATitleWordIsAnOrganisation) {
  // "the city's transport department", "the health ministry": a public body by
  // its portfolio, also when an owner's 's comes first and when the portfolio
  // is a title's word ("Health Minister"); a person for the body still speaks.
  v1::Document doc = Extract(
      "Night buses will stop at midnight.\n\n"
      "The city's transport department announced that two routes would be cut. "
      "The health ministry said clinics would stay open. A spokesman for the "
      "province's finance department said the budget would balance.");
  const v1::Claim* cut = FindClaim(doc, "two routes would be cut");
  ASSERT_NE(cut, nullptr);
  const v1::Source* s = FindSource(doc, cut->source_id());
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->name(), "transport department");
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  const v1::Claim* open = FindClaim(doc, "clinics would stay open");
  ASSERT_NE(open, nullptr);
  s = FindSource(doc, open->source_id());
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  const v1::Claim* balance = FindClaim(doc, "the budget would balance");
  ASSERT_NE(balance, nullptr);
  s = FindSource(doc, balance->source_id());
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ANONYMOUS);
}

TEST(OrgSources, OnlyAPlaceOrAGovernmentOwnsAPublicBody) {
  // A firm's or an official's department is none of the state's bodies: it
  // stays a description of the unnamed unit; a province's ministry is a body.
  v1::Document doc = Extract(
      "Fuel prices rose again in March.\n\n"
      "The company's finance department said costs rose 4 percent. "
      "The minister's health department said waiting lists had grown. "
      "The province's energy ministry said supplies were secure.");
  const v1::Claim* costs = FindClaim(doc, "costs rose 4 percent");
  ASSERT_NE(costs, nullptr);
  const v1::Source* s = FindSource(doc, costs->source_id());
  ASSERT_NE(s, nullptr);
  EXPECT_NE(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  const v1::Claim* lists = FindClaim(doc, "waiting lists had grown");
  ASSERT_NE(lists, nullptr);
  s = FindSource(doc, lists->source_id());
  ASSERT_NE(s, nullptr);
  EXPECT_NE(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  const v1::Claim* secure = FindClaim(doc, "supplies were secure");
  ASSERT_NE(secure, nullptr);
  s = FindSource(doc, secure->source_id());
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->name(), "energy ministry");
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

// Checks that each claim of `doc` holding the words of a pair is said by an
// organisation of that pair's name.
void ExpectOrganisationsSay(
    const v1::Document& doc,
    const std::vector<std::pair<std::string, std::string>>& words_and_names) {
  for (const auto& [words, name] : words_and_names) {
    const v1::Claim* c = FindClaim(doc, words);
    ASSERT_NE(c, nullptr) << words;
    const v1::Source* s = FindSource(doc, c->source_id());
    ASSERT_NE(s, nullptr) << words;
    EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION) << words;
    EXPECT_EQ(s->name(), name) << words;
  }
}

TEST(OrgSources, AFieldsServiceOrOfficeOrAHoldersOfficeIsAnOrganisation) {
  // A public body named in lowercase by its field ("the seismological
  // service"), its reach and field ("the federal aviation office") or an
  // office holder's office ("the governor's office") is one body; a later body
  // of another field is not the one named before.
  v1::Document doc = Extract(
      "The seismological service said the tremor measured 4.1. The governor's "
      "office said schools would reopen on Monday. The federal aviation office "
      "said two runways were closed.");
  ExpectOrganisationsSay(doc, {{"tremor measured", "seismological service"},
                               {"schools would reopen", "governor's office"},
                               {"two runways were closed", "federal aviation office"}});
}

// The offices of prosecutors, sheriffs, comptrollers and officers "general"
// are bodies too, as the governor's is.
TEST(OrgSources, AProsecutorsOrSheriffsOfficeIsAnOrganisation) {
  v1::Document doc = Extract(
      "The prosecutor's office said it would appeal the ruling. The sheriff's "
      "office said two deputies were hurt. The attorney general's office said "
      "it was reviewing the contracts.");
  ExpectOrganisationsSay(doc, {{"would appeal", "prosecutor's office"},
                               {"two deputies", "sheriff's office"},
                               {"reviewing the contracts", "attorney general's office"}});
}

// A legal form written with a slash ("A/S", "S/A") closes a business's name,
// also at a sentence's end: the business speaks and employs.
TEST(OrgSources, ASlashedLegalFormEndsABusinessName) {
  v1::Document doc = Extract(
      "Nordvind Rotor A/S said it would cut 300 jobs. Mette Holm, chief executive "
      "of Nordvind Rotor A/S, said orders had fallen.");
  ExpectOrganisationsSay(doc, {{"cut 300 jobs", "Nordvind Rotor A/S"}});
  const v1::Claim* c = FindClaim(doc, "orders had fallen");
  ASSERT_NE(c, nullptr);
  const v1::Source* holm = FindSource(doc, c->source_id());
  ASSERT_NE(holm, nullptr);
  EXPECT_EQ(holm->name(), "Mette Holm");
  EXPECT_EQ(holm->title(), "chief executive");
  EXPECT_EQ(holm->affiliation(), "Nordvind Rotor A/S");
}

TEST(OrgSources, ASlashedLegalFormEndsTheSentence) {
  v1::Document doc = Extract(
      "\"Prices will rise,\" said Ana Ribeiro, sales director at Tecelagem Serrana S/A. "
      "The mill employs 900 people.");
  const v1::Claim* c = FindClaim(doc, "Prices will rise");
  ASSERT_NE(c, nullptr);
  const v1::Source* ribeiro = FindSource(doc, c->source_id());
  ASSERT_NE(ribeiro, nullptr);
  EXPECT_EQ(ribeiro->name(), "Ana Ribeiro");
  EXPECT_EQ(ribeiro->title(), "sales director");
  EXPECT_EQ(ribeiro->affiliation(), "Tecelagem Serrana S/A");
}

TEST(OrgSources, ABodyNamedInCapitalsAndInLowercaseIsOneSource) {
  v1::Document doc = Extract(
      "The national weather service said snow would fall overnight. Later the "
      "National Weather Service said roads would ice.");
  int n = 0;
  for (const v1::Source& s : doc.sources()) {
    if (s.source_id() == "national-weather-service") {
      ++n;
      EXPECT_EQ(s.name(), "National Weather Service");
    }
  }
  EXPECT_EQ(n, 1);
  const v1::Claim* c = FindClaim(doc, "snow would fall");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "national-weather-service");
}

TEST(OrgSources, AHoldersOfficeNamedTwoWaysIsOneSource) {
  // "the Office of the Premier" and "the premier's office" name one office,
  // whichever comes first; the source keeps the capitalised name.
  for (const char* text :
       {"The Office of the Premier said the bridge would reopen. The premier's "
        "office said 4 lanes would be open by May.",
        "The premier's office said the bridge would reopen. Later the Office of "
        "the Premier said 4 lanes would be open by May."}) {
    v1::Document doc = Extract(text);
    const v1::Claim* a = FindClaim(doc, "bridge would reopen");
    const v1::Claim* b = FindClaim(doc, "4 lanes would be open");
    ASSERT_NE(a, nullptr) << text;
    ASSERT_NE(b, nullptr) << text;
    EXPECT_EQ(a->source_id(), b->source_id()) << text;
    const v1::Source* s = FindSource(doc, a->source_id());
    ASSERT_NE(s, nullptr) << text;
    EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION) << text;
    EXPECT_EQ(s->name(), "Office of the Premier") << text;
  }
}

TEST(OrgSources, ALegalFormSAOrANamedProgrammeMakesAnOrganisation) {
  // A Spanish or French company's "SA" ends its name as "GmbH" does, and a body
  // named for the programme it runs is no person.
  v1::Document doc = Extract(
      "Bosque Verde SA said on Monday it had signed a contract to sell power. "
      "The Coastal Relief Programme said it needed more money for the winter.");
  const v1::Source* firm = FindSource(doc, "bosque-verde-sa");
  ASSERT_NE(firm, nullptr);
  EXPECT_EQ(firm->type(), v1::SOURCE_TYPE_ORGANIZATION);
  const v1::Source* relief = FindSource(doc, "coastal-relief-programme");
  ASSERT_NE(relief, nullptr);
  EXPECT_EQ(relief->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

TEST(OrgSources, ANameAfterInAfterABodyIsWhereItSitsNotASpeaker) {
  // "in Dunmore" after a body's name says where the body is: the body speaks.
  v1::Document doc = Extract(
      "The Harlow Institute in Dunmore said the river was warming faster than "
      "expected. Researchers at the Kestrel Valley University in Port Ellis have "
      "said the ice is thinning.");
  const v1::Source* institute = FindSource(doc, "harlow-institute");
  ASSERT_NE(institute, nullptr);
  EXPECT_EQ(institute->type(), v1::SOURCE_TYPE_ORGANIZATION);
  const v1::Source* university = FindSource(doc, "kestrel-valley-university");
  ASSERT_NE(university, nullptr);
  EXPECT_EQ(university->type(), v1::SOURCE_TYPE_ORGANIZATION);
  EXPECT_EQ(FindSource(doc, "dunmore"), nullptr);
  EXPECT_EQ(FindSource(doc, "port-ellis"), nullptr);
}

TEST(OrgSources, AOneWordNameAKindOfBodySetsOffIsThatBody) {
  // "The region's largest dairy co-operative, Dornoch, said": the appositive
  // names the co-operative; a list after a body's word stays people.
  v1::Document doc = Extract(
      "The region's largest dairy co-operative, Dornoch, said it would cut what it "
      "pays farmers. Members of the union, Keane, Brody and Walsh, said they would "
      "strike.");
  const v1::Source* coop = FindSource(doc, "dornoch");
  ASSERT_NE(coop, nullptr);
  EXPECT_EQ(coop->type(), v1::SOURCE_TYPE_ORGANIZATION);
  const v1::Source* keane = FindSource(doc, "keane");
  ASSERT_NE(keane, nullptr);
  EXPECT_EQ(keane->type(), v1::SOURCE_TYPE_PERSON);
}

TEST(OrgSources, ANameSetOffAfterAPersonOfABodyIsThePerson) {
  // "A spokeswoman for the authority, Farrow, said": the kind of body ends a
  // phrase a person's noun heads, so the name is hers; a kind that opens its
  // clause after a comma still names the body.
  v1::Document doc = Extract(
      "A spokeswoman for the authority, Farrow, said the bridge would reopen. The chair of "
      "the federation, Quigley, told members the fees would stay. On Tuesday, the "
      "county's oldest credit union, Harbourne, said it would open two branches.");
  const v1::Source* farrow = FindSource(doc, "farrow");
  ASSERT_NE(farrow, nullptr);
  EXPECT_EQ(farrow->type(), v1::SOURCE_TYPE_PERSON);
  const v1::Source* quigley = FindSource(doc, "quigley");
  ASSERT_NE(quigley, nullptr);
  EXPECT_EQ(quigley->type(), v1::SOURCE_TYPE_PERSON);
  const v1::Source* harbourne = FindSource(doc, "harbourne");
  ASSERT_NE(harbourne, nullptr);
  EXPECT_EQ(harbourne->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

TEST(OrgSources, ScientistsAtABodySpeakForTheBody) {
  // As "Analysts at Jefferies said", scientists at a university speak for it.
  v1::Document doc = Extract(
      "Scientists at the University of the Highlands have warned that the moors "
      "could dry out within a decade.");
  const v1::Source* s = FindSource(doc, "university-of-the-highlands");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

TEST(OrgSources, ANameSetOffAfterAPublicBodyInLowercaseIsThatBody) {
  // "The national statistics office, Statkon, said": the body is Statkon, one
  // source, and "It" after it is Statkon too.
  v1::Document doc = Extract(
      "The national statistics office, Statkon, said prices rose 2% in May. It said "
      "rents rose fastest.");
  const v1::Claim* first = FindClaim(doc, "prices rose 2%");
  const v1::Claim* second = FindClaim(doc, "rents rose fastest");
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(first->source_id(), "statkon");
  EXPECT_EQ(second->source_id(), "statkon");
  EXPECT_EQ(FindSource(doc, "national-statistics-office"), nullptr);
}

TEST(OrgSources, APluralOfWorkersOrBodiesOpeningASentenceIsNoName) {
  // "Surveyors have warned", "Co-operatives say": many people or bodies, not a
  // person or an organisation named "Surveyors".
  v1::Document doc = Extract(
      "Surveyors have long warned that the embankment is weak. Co-operatives say "
      "buyers are paying less this year.");
  for (const v1::Source& s : doc.sources()) {
    EXPECT_EQ(s.type(), v1::SOURCE_TYPE_ANONYMOUS) << s.name();
  }
  EXPECT_EQ(FindSource(doc, "surveyors"), nullptr);
  EXPECT_EQ(FindSource(doc, "co-operatives"), nullptr);
}

}  // namespace
}  // namespace factwire
