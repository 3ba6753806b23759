// Source shapes of session 33: the body an unnamed spokesperson or official
// speaks for is the speaker's affiliation, and a source of its own only when
// the story names it again; unnamed speakers go by the phrase that brings them
// in; trades are titles; a unit of an organisation means its owner; a kind of
// body and what it does make an organisation; a town's head works for the
// datelined town.
#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "gtest/gtest.h"
#include "ingest-service/extract/extractor.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindSource;
using ::factwire::testing_extract::SourceOfClaim;

// "A spokesperson for Parks Canada said", the body named nowhere else: one
// source, the unnamed spokesperson, who works for the body.
TEST(SourceS33, BodyNamedOnlyByItsSpokespersonIsNoSourceOfItsOwn) {
  struct Case {
    const char* text;
    const char* words;
    const char* title;
    const char* affiliation;
  };
  const Case cases[] = {
      {"The trail above Lake Louise stays shut. A spokesperson for Parks Canada said "
       "crews would clear the rockfall by Friday.",
       "crews would clear the rockfall", "spokesperson", "Parks Canada"},
      {"Ferries to Rathlin were cancelled again. A Translink Ferries spokeswoman said "
       "the relief boat would sail on Monday.",
       "relief boat would sail", "spokeswoman", "Translink Ferries"},
      {"Fishing in the bay stays closed. An official at the Norwegian fisheries "
       "ministry, who asked not to be named, said a decision was weeks away.",
       "a decision was weeks away", "official", "Norwegian fisheries ministry"},
  };
  for (const Case& c : cases) {
    v1::Document doc = Extract(c.text);
    const v1::Source* s = SourceOfClaim(doc, c.words);
    ASSERT_NE(s, nullptr) << c.text;
    EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ANONYMOUS) << c.text;
    EXPECT_EQ(s->title(), c.title) << c.text;
    EXPECT_EQ(s->affiliation(), c.affiliation) << c.text;
    for (const v1::Source& other : doc.sources()) {
      EXPECT_NE(other.type(), v1::SOURCE_TYPE_ORGANIZATION) << c.text << " " << other.name();
    }
  }
}

// The body the story names again ("Nordkyn Fisheries Ltd was fined ... A spokesman
// for Nordkyn Fisheries Ltd said") is an actor of the story: a source too, listed
// before its spokesman.
TEST(SourceS33, BodyTheStoryNamesAgainIsASourceBeforeItsSpokesman) {
  v1::Document doc = Extract(
      "Nordkyn Fisheries Ltd was fined 2 million crowns on Tuesday. A spokesman for "
      "Nordkyn Fisheries Ltd said the company would appeal.");
  const v1::Source* body = FindSource(doc, "nordkyn-fisheries-ltd");
  ASSERT_NE(body, nullptr);
  EXPECT_EQ(body->type(), v1::SOURCE_TYPE_ORGANIZATION);
  ASSERT_EQ(doc.sources_size(), 2);
  EXPECT_EQ(doc.sources(0).name(), "Nordkyn Fisheries Ltd");
  const v1::Source* s = SourceOfClaim(doc, "the company would appeal");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ANONYMOUS);
  EXPECT_EQ(s->affiliation(), "Nordkyn Fisheries Ltd");
}

// A document from a body ("a statement from the Harbour Trust") makes the body
// a source even when it is named once.
TEST(SourceS33, BodyADocumentComesFromIsASourceWhenNamedOnce) {
  v1::Document doc = Extract(
      "Berth fees will rise 8% in April, according to a statement from the Harbour "
      "Trust.");
  const v1::Source* body = FindSource(doc, "harbour-trust");
  ASSERT_NE(body, nullptr);
  EXPECT_EQ(body->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

// An unnamed speaker the text brings in with "a" or "an" goes by that phrase
// too ("A spokeswoman", "an airport spokesman", "An official at the authority"),
// beside its head and its name.
TEST(SourceS33, IndefiniteHeadIsAnAliasOfAnUnnamedSpeaker) {
  struct Case {
    const char* text;
    const char* words;
    const char* alias;
  };
  const Case cases[] = {
      {"A spokeswoman for the Lesotho Highlands Water Commission said the tunnel "
       "would open in March.",
       "tunnel would open", "A spokeswoman"},
      {"Twelve flights were cancelled on Sunday, an airport spokesman said.",
       "Twelve flights were cancelled", "an airport spokesman"},
      {"A court official said the hearing had been moved to Friday.",
       "hearing had been moved", "A court official"},
      {"The Lakeside Roads Authority met on Monday. An official at the authority said "
       "dredging would start in June.",
       "dredging would start", "An official at the authority"},
  };
  for (const Case& c : cases) {
    v1::Document doc = Extract(c.text);
    const v1::Source* s = SourceOfClaim(doc, c.words);
    ASSERT_NE(s, nullptr) << c.text;
    EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ANONYMOUS) << c.text;
    bool has = false;
    for (const std::string& a : s->aliases()) has = has || a == c.alias;
    EXPECT_TRUE(has) << c.text << " name " << s->name();
  }
}

// "The spokesman" brings in no one new: no alias with the article.
TEST(SourceS33, DefiniteHeadIsNoAlias) {
  v1::Document doc = Extract(
      "The spokesman for the Malindi county assembly said the vote was delayed.");
  const v1::Source* s = SourceOfClaim(doc, "vote was delayed");
  ASSERT_NE(s, nullptr);
  for (const std::string& a : s->aliases()) EXPECT_NE(a.rfind("The ", 0), 0u) << a;
}

// A trade before a name or set off before it is the person's title
// ("fisherman Tomas Ek", "retired postman Alan Reid", "A miner, Joseph Banda,").
TEST(SourceS33, TradeBeforeANameIsTheTitle) {
  struct Case {
    const char* text;
    const char* words;
    const char* name;
    const char* title;
  };
  const Case cases[] = {
      {"\"The water came in fast,\" said fisherman Tomas Ek.", "water came in fast",
       "Tomas Ek", "fisherman"},
      {"In Kirkwall, retired postman Alan Reid, 74, said the pier had flooded twice.",
       "pier had flooded twice", "Alan Reid", "retired postman"},
      {"A miner, Joseph Banda, said the shaft had been closed since May.",
       "shaft had been closed", "Joseph Banda", "miner"},
      {"Promoter Kelly Osei told reporters the bout would go ahead.",
       "bout would go ahead", "Kelly Osei", "Promoter"},
  };
  for (const Case& c : cases) {
    v1::Document doc = Extract(c.text);
    const v1::Source* s = SourceOfClaim(doc, c.words);
    ASSERT_NE(s, nullptr) << c.text;
    EXPECT_EQ(s->name(), c.name) << c.text;
    EXPECT_EQ(s->type(), v1::SOURCE_TYPE_PERSON) << c.text;
    EXPECT_EQ(s->title(), c.title) << c.text;
  }
}

// A trade that is also a verb is left out: "his promise to guide the
// country" names no speaker.
TEST(SourceS33, VerbThatNamesATradeIsNoSpeaker) {
  v1::Document doc = Extract(
      "The president revisited his promise to guide the nation into an age of unity.");
  EXPECT_EQ(doc.sources_size(), 0);
}

// A workplace that is a unit of an organisation, a lowercase noun after the
// owner's 's, means the owner as employer: named there ("at the Icelandic Met
// Office's Akureyri station") or described and named before ("at the
// service's Tromso office").
TEST(SourceS33, UnitOfAnOrganisationMeansItsOwner) {
  struct Case {
    const char* text;
    const char* words;
    const char* affiliation;
  };
  const Case cases[] = {
      {"Snow closed the pass, said Ola Berg, a forecaster at the Norwegian "
       "Meteorological Institute's Tromso office.",
       "Snow closed the pass", "Norwegian Meteorological Institute"},
      {"The Lapland Rescue Service opened a shelter. Crews had reached 12 villages, "
       "said Aino Laine, a paramedic at the service's Rovaniemi office.",
       "Crews had reached 12 villages", "Lapland Rescue Service"},
  };
  for (const Case& c : cases) {
    v1::Document doc = Extract(c.text);
    const v1::Source* s = SourceOfClaim(doc, c.words);
    ASSERT_NE(s, nullptr) << c.text;
    EXPECT_EQ(s->type(), v1::SOURCE_TYPE_PERSON) << c.text;
    EXPECT_EQ(s->affiliation(), c.affiliation) << c.text;
  }
}

// A place that owns the workplace is no employer: the workplace stays.
TEST(SourceS33, UnitOfAPlaceStaysTheWorkplace) {
  v1::Document doc = Extract(
      "Dr Ann Hill, a nurse at Exeter's Royal Devon hospital, said wards were full.");
  const v1::Source* s = SourceOfClaim(doc, "wards were full");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->affiliation(), "Exeter's Royal Devon hospital");
}

// "A UNHCR official" after "the UN refugee agency (UNHCR)": the body before
// the post goes by its full name as the official's affiliation.
TEST(SourceS33, AcronymBeforeAPostIsTheBodysFullName) {
  v1::Document doc = Extract(
      "The Office of the High Commissioner for Refugees (UNHCR) said 4,000 people had "
      "crossed. A UNHCR official said the camp was full.");
  const v1::Source* s = SourceOfClaim(doc, "the camp was full");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ANONYMOUS);
  EXPECT_EQ(s->title(), "official");
  EXPECT_EQ(s->affiliation(), "Office of the High Commissioner for Refugees");
}

// "X, a Swedish start-up building a battery factory,": a kind of body near
// the appositive's opening, then a participle saying what the body does,
// makes X an organisation; not a post ("a bank lending officer") nor a kind
// far into a person's post ("special envoy to the global coalition fighting").
TEST(SourceS33, KindOfBodyBeforeWhatItDoesMakesAnOrganisation) {
  v1::Document doc = Extract(
      "Kestrel Cells, a Finnish start-up building a battery plant in Oulu, reported "
      "a first-half loss.");
  const v1::Source* s = SourceOfClaim(doc, "first-half loss");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->name(), "Kestrel Cells");
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  for (const char* text :
       {"Dana Kerr, a bank lending officer, said rates would rise.",
        "Omar Haddad, special adviser to the regional alliance fighting the drought, said "
        "rates would rise."}) {
    v1::Document person = Extract(text);
    const v1::Source* p = SourceOfClaim(person, "rates would rise");
    ASSERT_NE(p, nullptr) << text;
    EXPECT_EQ(p->type(), v1::SOURCE_TYPE_PERSON) << text;
  }
}

// The document `text` makes with dateline `dateline` as the parser set it.
v1::Document ExtractDatelined(const std::string& dateline, const std::string& text) {
  absl::StatusOr<std::unique_ptr<Extractor>> extractor = Extractor::Create();
  EXPECT_TRUE(extractor.ok());
  v1::Document doc;
  doc.set_document_id("d1");
  doc.set_dateline(dateline);
  doc.set_text(text);
  EXPECT_TRUE((*extractor)->Extract(&doc).ok());
  return doc;
}

// A town's head named by the post alone ("Mayor Ines Vaz") works for the
// town the story is datelined in, its capitals written as a name; not when
// the dateline names two places, nor with no dateline.
TEST(SourceS33, TownHeadWorksForTheDatelinedTown) {
  struct Case {
    const char* dateline;
    const char* affiliation;
  };
  const Case cases[] = {
      {"PONTA DO SOL", "Ponta Do Sol"},
      {"\xC3\x89VORA", "\xC3\x89vora"},
      {"Stone Town", "Stone Town"},
      {"LISBON/MADRID", ""},
      {"", ""},
  };
  for (const Case& c : cases) {
    v1::Document doc = ExtractDatelined(
        c.dateline, "The harbour wall collapsed on Sunday. Deputy mayor Ines Vaz said repairs "
                    "would take a year.");
    const v1::Source* s = SourceOfClaim(doc, "repairs would take a year");
    ASSERT_NE(s, nullptr) << c.dateline;
    EXPECT_EQ(s->name(), "Ines Vaz") << c.dateline;
    EXPECT_EQ(s->affiliation(), c.affiliation) << c.dateline;
  }
}

}  // namespace
}  // namespace factwire
