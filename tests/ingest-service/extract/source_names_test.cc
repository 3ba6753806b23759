// Whole names of organisations and titled officials on unseen news text: a list
// of words inside a body's name ("Department for Environment, Food and Rural
// Affairs"), hyphenated titles before a name, a title after a body's short name.
#include <string>

#include "gtest/gtest.h"
#include "ingest-service/extract/records.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;
using ::factwire::testing_extract::FindSource;

// The source of `doc` named `name` (exact bytes); nullptr if none is.
const v1::Source* SourceNamed(const v1::Document& doc, const std::string& name) {
  for (const v1::Source& s : doc.sources()) {
    if (s.name() == name) return &s;
  }
  return nullptr;
}

// --- A list inside an organisation's name -----------------------------------

TEST(SourceNameLists, PortfolioListAfterOfOrFor) {
  // A body word, "of"/"for" and a list of portfolios closed by "and".
  for (const std::string name :
       {"Department for Environment, Food and Rural Affairs", "Ministry of Mines, Energy and Water",
        "Department of Lands, Housing and Local Government",
        "Office of Science, Technology, and Innovation"}) {
    v1::Document doc = Extract("The " + name + " said the rules would change next year.");
    const v1::Source* s = SourceNamed(doc, name);
    ASSERT_NE(s, nullptr) << name;
    EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION) << name;
    const v1::Claim* c = FindClaim(doc, "the rules would change");
    ASSERT_NE(c, nullptr) << name;
    EXPECT_EQ(c->source_id(), s->source_id()) << name;
  }
}

TEST(SourceNameLists, UnionOfTradesNamedAfterOf) {
  v1::Document doc = Extract(
      "The National Union of Rail, Road and Port Workers said on Friday that its members "
      "had voted to strike.");
  const v1::Source* s = SourceNamed(doc, "National Union of Rail, Road and Port Workers");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

TEST(SourceNameLists, PluralsOfTradesBeforeAUnion) {
  // Trades listed before the body word: one union, not the last trade.
  for (const std::string name : {"Bakers, Brewers and Millers Union",
                                 "Nurses, Midwives and Carers Association",
                                 "Kenya Plumbers, Welders and Fitters Federation"}) {
    v1::Document doc = Extract("The " + name + " said its members would not accept the offer.");
    const v1::Source* s = SourceNamed(doc, name);
    ASSERT_NE(s, nullptr) << name;
    EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION) << name;
  }
}

TEST(SourceNameLists, TradesListBeforeTitledOfficial) {
  v1::Document doc = Extract(
      "Textile, Garment and Allied Workers organiser Petra Lindholm said the plant would "
      "lose 200 jobs.");
  const v1::Source* s = FindSource(doc, "petra-lindholm");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title(), "organiser");
  EXPECT_EQ(s->affiliation(), "Textile, Garment and Allied Workers");
}

TEST(SourceNameLists, AcronymInBracketsAfterAListedName) {
  v1::Document doc = Extract(
      "The Pilots, Engineers and Flight Attendants Union (PEFAU) said the roster was unsafe. Its "
      "general secretary, Oskar Brandt, said talks had failed.");
  const v1::Source* s = SourceNamed(doc, "Pilots, Engineers and Flight Attendants Union");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
  ASSERT_EQ(s->aliases_size(), 1);
  EXPECT_EQ(s->aliases(0), "PEFAU");
  const v1::Source* person = FindSource(doc, "oskar-brandt");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->affiliation(), s->name());
}

TEST(SourceNameLists, ListsOfSeparateNamesStaySeparate) {
  // Companies, people and titled officials listed: no name joins them.
  for (const std::string text :
       {"Apple, Google and Microsoft said they would comply with the ruling.",
        "Shares in Barclays, Lloyds and NatWest Group fell, traders said.",
        "Mayor Tom Hale, Councillor Ann Leary and Police Chief Dan Ruelle said the road "
        "would reopen.",
        "Anna Soto, Brian Kell and Maria Jones said the vote was fair.",
        "Officials from France, Germany and Italy said the talks had stalled."}) {
    v1::Document doc = Extract(text);
    for (const v1::Source& s : doc.sources()) {
      EXPECT_EQ(s.name().find(','), std::string::npos) << text << " -> " << s.name();
    }
  }
}

}  // namespace
}  // namespace factwire
