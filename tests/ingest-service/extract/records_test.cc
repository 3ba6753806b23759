// Records built from claims: what the sources of the claims say of themselves.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;
using ::factwire::testing_extract::FindSource;
using ::factwire::testing_extract::SourceOfClaim;

TEST(Records, UnnamedOfficialWorksForTheBodyAfterAt) {
  v1::Document doc = Extract(
      "A senior official at Parnu municipality said the ferry pier would reopen "
      "in August.");
  const v1::Source* s = SourceOfClaim(doc, "ferry pier would reopen");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ANONYMOUS);
  EXPECT_EQ(s->affiliation(), "Parnu municipality");
  v1::Document named = Extract(
      "A spokeswoman for the Coastal Fisheries Agency said quotas would not "
      "change this year.");
  s = SourceOfClaim(named, "quotas would not change");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "Coastal Fisheries Agency");
}

TEST(Records, UnnamedPeopleOfAPlaceWorkForNoBody) {
  v1::Document doc = Extract("Residents of Kuressaare said the water had been cut off.");
  const v1::Source* s = SourceOfClaim(doc, "water had been cut off");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "");
}

TEST(Records, NamedPersonOfABodyIsThePersonNotAnUnnamedSource) {
  v1::Document doc = Extract(
      "Aminata Sow of the opposition Jubbanti Askan coalition said the count was "
      "slow.");
  const v1::Source* s = SourceOfClaim(doc, "count was slow");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_PERSON);
  EXPECT_EQ(s->name(), "Aminata Sow");
  EXPECT_EQ(s->affiliation(), "Jubbanti Askan");
  v1::Document party = Extract("\"The gap is too wide,\" said a Nevada Democrat.");
  s = SourceOfClaim(party, "gap is too wide");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ANONYMOUS);
}

TEST(Records, UnnamedSourceNamedWithItsBodyAlsoHasItAsAffiliation) {
  v1::Document doc = Extract(
      "A producer for Harrow Lane Studios said the interview had been cancelled.");
  const v1::Source* s = SourceOfClaim(doc, "interview had been cancelled");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ANONYMOUS);
  EXPECT_EQ(s->name(), "producer for Harrow Lane Studios");
  EXPECT_EQ(s->affiliation(), "Harrow Lane Studios");
}

TEST(Records, OneWhoIsAtABodyWithoutAPostDoesNotWorkForIt) {
  v1::Document doc = Extract(
      "A visitor at the Kisumu County Assembly said the gallery was full.");
  for (const v1::Source& s : doc.sources()) EXPECT_EQ(s.affiliation(), "") << s.name();
  v1::Document staff = Extract(
      "Officials at the Kisumu County Assembly said the gallery was full.");
  bool found = false;
  for (const v1::Source& s : staff.sources()) {
    found = found || s.affiliation() == "Kisumu County Assembly";
  }
  EXPECT_TRUE(found);
}

TEST(Records, UnnamedOfficialAtABodyWithLowercaseModifiersWorksForIt) {
  // The appositives' test of a body named in lowercase, shared.
  v1::Document doc = Extract(
      "An official at the Nyeri county ethics committee said the wards were full.");
  bool found = false;
  for (const v1::Source& s : doc.sources()) {
    found = found || s.affiliation() == "Nyeri county ethics committee";
  }
  EXPECT_TRUE(found);
}

TEST(Records, BodyASpokespersonSpeaksForIsASourceTooWhenNamedAgain) {
  for (const char* text :
       {"The Tagish Lake Council closed the road in May. A spokesperson for the "
        "Tagish Lake Council said the road would reopen.",
        "The Tagish Lake Council closed the road in May. A Tagish Lake Council "
        "spokesperson said the road would reopen."}) {
    v1::Document doc = Extract(text);
    const v1::Source* body = FindSource(doc, "tagish-lake-council");
    ASSERT_NE(body, nullptr) << text;
    EXPECT_EQ(body->type(), v1::SOURCE_TYPE_ORGANIZATION) << text;
    ASSERT_EQ(doc.sources_size(), 2) << text;
    EXPECT_EQ(doc.sources(1).type(), v1::SOURCE_TYPE_ANONYMOUS) << text;
    EXPECT_EQ(doc.sources(1).affiliation(), "Tagish Lake Council") << text;
  }
}

TEST(Records, BodyOfAnUnnamedMemberIsNoSource) {
  v1::Document doc =
      Extract("A member of the Tagish Lake Council said the road would reopen.");
  EXPECT_EQ(FindSource(doc, "tagish-lake-council"), nullptr);
}

// "the planning agency NSV said": a kind of body before the body's name is
// that body, not an unnamed source of its own listed before it.
TEST(Records, KindOfBodyBeforeItsNameIsTheBody) {
  v1::Document doc = Extract(
      "Prices in Norrland rose 2.1% in May, the planning agency NSV said. Wages rose "
      "3%, NSV said.");
  const v1::Claim* c = FindClaim(doc, "Prices in Norrland rose");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "nsv");
  ASSERT_GE(doc.sources_size(), 1);
  EXPECT_EQ(doc.sources(0).type(), v1::SOURCE_TYPE_ORGANIZATION);
}

// A headline's short form of a body ("Harwick water board") is the body the
// story names in full ("the Harwick District Water Board").
TEST(Records, ShortFormOfABodysNameIsTheBody) {
  v1::Document doc = Extract(
      "Harwick water board admits leaks rose by a third\n\n"
      "Leaks in the network rose by a third last year, the Harwick District Water "
      "Board said on Monday.");
  const v1::Claim* c = FindClaim(doc, "leaks rose by a third");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "harwick-district-water-board");
  ASSERT_GE(doc.sources_size(), 1);
  EXPECT_EQ(doc.sources(0).type(), v1::SOURCE_TYPE_ORGANIZATION);
}

// "An executive at the company", "a senior official at the authority, who
// asked not to be named,": the body the description means, named before, is
// the affiliation; "in" after a post names an employer too ("an official in
// the transport ministry").
TEST(Records, UnnamedOfficialAtADescribedBodyWorksForTheBodyNamedBefore) {
  v1::Document doc = Extract(
      "The Kessel Port Authority plans to raise berth fees. A senior official at the "
      "authority, who asked not to be named, said fees would rise by a fifth.");
  const v1::Claim* c = FindClaim(doc, "fees would rise by a fifth");
  ASSERT_NE(c, nullptr);
  const v1::Source* s = FindSource(doc, c->source_id());
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->name(), "senior official");
  EXPECT_EQ(s->affiliation(), "Kessel Port Authority");
  v1::Document in = Extract(
      "An official in the transport ministry said the bridge would reopen in June.");
  c = FindClaim(in, "the bridge would reopen");
  ASSERT_NE(c, nullptr);
  s = FindSource(in, c->source_id());
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "transport ministry");
  v1::Document where = Extract(
      "A shopper in Tallinn, who asked not to be named, said prices had doubled.");
  c = FindClaim(where, "prices had doubled");
  ASSERT_NE(c, nullptr);
  s = FindSource(where, c->source_id());
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "");
}

// A speaker's phrase cut short inside a body's name ("The Independent
// Farmers' Union of Wales welcomed ... but said": "Independent Farmers") is
// that body.
TEST(Records, SpeakerInsideABodysNameIsTheBody) {
  v1::Document doc = Extract(
      "The Independent Farmers' Union of Wales welcomed the levy but said it came "
      "two years too late.");
  const v1::Claim* c = FindClaim(doc, "it came two years too late");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "independent-farmers-union-of-wales");
}

// "A spokesman for the HRA" after "the Harwick Rail Authority": the
// affiliation is the body's full name, its acronym an alias.
TEST(Records, UnnamedSpokesmanForAnAcronymWorksForTheBodysFullName) {
  v1::Document doc = Extract(
      "Freight on the line halved, according to the Harwick Rail Authority. A "
      "spokesman for the HRA said the line would stay open.");
  const v1::Claim* c = FindClaim(doc, "the line would stay open");
  ASSERT_NE(c, nullptr);
  const v1::Source* s = FindSource(doc, c->source_id());
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "Harwick Rail Authority");
}

TEST(Records, UnnamedSourceWorksForABodyBeforeItsVerbWithItsPlaceOrAPostsOffice) {
  // ("for the water board" after the speaker's own words, before "said".)
  v1::Document doc = Extract(
      "A spokeswoman for the regional water board also said supply would be restored "
      "by Friday.");
  const v1::Source* s = SourceOfClaim(doc, "supply would be restored");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "regional water board");
  v1::Document place = Extract(
      "A teacher at a village primary school in Kilbride, who asked not to be named, "
      "said the roof had leaked for months.");
  s = SourceOfClaim(place, "roof had leaked");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "village primary school in Kilbride");
  v1::Document office = Extract(
      "A spokesman for the governor's office said the bridge would stay shut.");
  s = SourceOfClaim(office, "bridge would stay shut");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "governor's office");
}

TEST(Records, GroupInAPlaceIsOfThatPlace) {
  v1::Document doc = Extract("Parish members in Ballycastle said the hall would reopen.");
  const v1::Source* s = SourceOfClaim(doc, "hall would reopen");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "Ballycastle");
  // (Not one in a month: "Officials in March said".)
  v1::Document month = Extract("Officials in March said the hall would reopen.");
  s = SourceOfClaim(month, "hall would reopen");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "");
}

TEST(Records, StudentsOrWorkersInAPlaceAreOfThatPlaceInAnyCase) {
  v1::Document doc = Extract("Students in Galway said the rent rise was unfair.");
  const v1::Source* s = SourceOfClaim(doc, "rent rise was unfair");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "Galway");
  v1::Document farmers = Extract("Farmers in Saskatchewan said the frost cut the harvest.");
  s = SourceOfClaim(farmers, "frost cut the harvest");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "Saskatchewan");
}

TEST(Records, AnUnnamedSourceForABodyInAPlaceSpeaksNotThePlace) {
  v1::Document doc =
      Extract("A spokeswoman for the health board in Dumfries said 12 wards were shut.");
  const v1::Source* s = SourceOfClaim(doc, "12 wards were shut");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ANONYMOUS);
  EXPECT_EQ(s->name(), "spokeswoman");
  EXPECT_EQ(s->affiliation(), "health board in Dumfries");
}

TEST(Records, AnHonourablePersonOfAnUnnamedBodyIsThatPerson) {
  // "Dr Amal Noor of the energy unit": the honorific heads a person's name; the
  // body after "of" is where the person works.
  v1::Document doc = Extract("Dr Amal Noor of the energy unit said demand would rise.");
  const v1::Source* s = SourceOfClaim(doc, "demand would rise");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_PERSON);
  EXPECT_EQ(s->name(), "Amal Noor");
  EXPECT_EQ(s->affiliation(), "energy unit");
}

TEST(Records, ABodyNamedTwoWaysAmongManySourcesIsOneSource) {
  // Past the first sources a document's ids are looked up by a table: a body
  // named in lowercase, then in capitals after twenty speakers, is one source
  // under its capitalised name.
  std::string text = "The national meteorological service said the channel was shut. ";
  const char* const kSurnames[] = {"Abernethy", "Blackwood", "Carrick",  "Drummond", "Elphin",
                                   "Fairlie",   "Glencoe",   "Hamilton", "Inverkip", "Jedburgh",
                                   "Kelso",     "Lanark",    "Moffat",   "Nairn",    "Oban",
                                   "Peebles",   "Quarrier",  "Rothesay", "Selkirk",  "Tarbert"};
  for (const char* surname : kSurnames) {
    text += "Ailsa " + std::string(surname) + " said the queue was long. ";
  }
  text += "Later the National Meteorological Service said the channel would reopen.";
  v1::Document doc = Extract(text);
  ASSERT_GT(doc.sources_size(), 20);
  int n = 0;
  for (const v1::Source& s : doc.sources()) {
    if (s.source_id() != "national-meteorological-service") continue;
    ++n;
    EXPECT_EQ(s.name(), "National Meteorological Service");
  }
  EXPECT_EQ(n, 1);
  const v1::Claim* c = FindClaim(doc, "the channel would reopen");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_id(), "national-meteorological-service");
}

TEST(Records, AnInstitutionNamedByItsKindIsAnOrganization) {
  // "the <modifiers> <kind of body>" speaking is a body, named without "the";
  // a kind alone repeating it is the same body.
  v1::Document doc = Extract(
      "Bus fares will rise by 5% in June, the provincial transport department "
      "said on Monday. The department said night routes would be kept.");
  const v1::Source* s = SourceOfClaim(doc, "Bus fares will rise");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  EXPECT_EQ(s->name(), "provincial transport department");
  const v1::Source* again = SourceOfClaim(doc, "night routes would be kept");
  ASSERT_NE(again, nullptr);
  EXPECT_EQ(again->source_id(), s->source_id());
  // After a town's "'s", the body is named without its owner.
  v1::Document owned = Extract(
      "About 300 homes were flooded, according to the town's emergency planning "
      "office.");
  s = SourceOfClaim(owned, "300 homes were flooded");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  EXPECT_EQ(s->name(), "emergency planning office");
  // People stay unnamed people.
  v1::Document people = Extract("Local officials said the bridge would reopen.");
  s = SourceOfClaim(people, "bridge would reopen");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ANONYMOUS);
}

TEST(Records, AnInstitutionDescribedBeforeItsNameIsTheNamedBody) {
  v1::Document doc = Extract(
      "The regional housing authority says rents will be frozen.\n\n"
      "Rents in council flats will not rise this year, the Northmoor Regional "
      "Housing Authority said on Friday.");
  const v1::Source* s = SourceOfClaim(doc, "rents will be frozen");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->name(), "Northmoor Regional Housing Authority");
}

TEST(Records, AShortKindOfBodyInAHeadlineIsTheBodyNamedInTheStory) {
  v1::Document doc = Extract(
      "Port commission says dredging will start in spring\n\n"
      "Dredging of the outer harbour will begin in April, the Kestrel Bay Port "
      "Commission said on Monday.");
  const v1::Source* s = SourceOfClaim(doc, "dredging will start");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->name(), "Kestrel Bay Port Commission");
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

TEST(Records, AnUnnamedVoiceOfABodyIsAlsoCalledByItsPost) {
  // "A spokeswoman for Velmora Foods": the source keeps the phrase as its
  // name, its post and the post and phrase as the text brings them in ("A
  // spokeswoman", "A spokeswoman for Velmora Foods") as aliases, with the body
  // as its affiliation.
  v1::Document doc = Extract(
      "A spokeswoman for Velmora Foods said the plant would stay open.");
  const v1::Source* s = SourceOfClaim(doc, "plant would stay open");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ANONYMOUS);
  EXPECT_EQ(s->name(), "spokeswoman for Velmora Foods");
  EXPECT_EQ(s->affiliation(), "Velmora Foods");
  ASSERT_EQ(s->aliases_size(), 3);
  EXPECT_EQ(s->aliases(0), "spokeswoman");
  EXPECT_EQ(s->aliases(1), "A spokeswoman");
  EXPECT_EQ(s->aliases(2), "A spokeswoman for Velmora Foods");
}

TEST(Records, AnInstitutionNamedByKindAndFieldIsAnOrganization) {
  v1::Document doc = Extract(
      "Maize covers half of the farmland in the province, according to the "
      "provincial bureau of agriculture.");
  const v1::Source* s = SourceOfClaim(doc, "Maize covers half");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  EXPECT_EQ(s->name(), "provincial bureau of agriculture");
}

// A police force speaking is an institution, named as the text names it; a
// kind of officers before it ("Riot police") stays a group.
TEST(Records, APoliceForceIsAnOrganization) {
  v1::Document doc = Extract(
      "Police said two men had been held overnight. Tarn police said the ring road "
      "would reopen on Friday. Riot police said little.");
  const v1::Source* s = SourceOfClaim(doc, "two men had been held");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  EXPECT_EQ(s->name(), "Police");
  s = SourceOfClaim(doc, "the ring road would reopen");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  EXPECT_EQ(s->name(), "Tarn police");
}

TEST(Records, APostTwoUnnamedVoicesShareIsNoOnesAlias) {
  // Two bodies each speak through "a spokesman": "the spokesman" later may be
  // either, so the post is no alias of the first alone.
  v1::Document doc = Extract(
      "A spokesman for Orlen Foods said the kiln would reopen. A spokesman for "
      "Dunmore Mills said the line was closed. The spokesman added that repairs "
      "had begun.");
  const v1::Source* later = SourceOfClaim(doc, "repairs");
  for (const v1::Source& s : doc.sources()) {
    for (const std::string& alias : s.aliases()) {
      if (alias == "spokesman") {
        EXPECT_TRUE(later != nullptr && later->source_id() == s.source_id()) << s.name();
      }
    }
  }
}

TEST(Records, EveryInstitutionKindAfterTheIsAnOrganization) {
  // The kinds of institution are one list: "administration" as "authority".
  for (const char* text :
       {"The federal aviation administration said the runway was closed.",
        "The civil aviation authority said the runway was closed.",
        "The national forestry administration said the runway was closed."}) {
    v1::Document doc = Extract(text);
    const v1::Source* s = SourceOfClaim(doc, "runway was closed");
    ASSERT_NE(s, nullptr) << text;
    EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION) << text;
  }
}

}  // namespace

}  // namespace factwire
