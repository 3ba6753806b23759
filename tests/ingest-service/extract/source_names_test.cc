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

// --- Hyphenated offices before a name -----------------------------------------

TEST(SourceHyphenatedTitles, GeneralOfficesBeforeAName) {
  // "<Office>-General Name": the office is the title, the rest the name.
  struct Case {
    std::string text, id, title;
  };
  for (const Case& c : {
           Case{"Auditor-General Miriam Osei said the ledgers were incomplete.", "miriam-osei",
                "Auditor-General"},
           Case{"The report was tabled by Solicitor-General Tom Barrett, who said it was final.",
                "tom-barrett", "Solicitor-General"},
           Case{"Inspector-General Farid Rahimi told reporters the inquiry was over.",
                "farid-rahimi", "Inspector-General"},
           Case{"Accountant-General Ruth Mensah said arrears had been cleared.", "ruth-mensah",
                "Accountant-General"},
           Case{"Deputy Registrar-General Alan Pike said the backlog was falling.", "alan-pike",
                "Deputy Registrar-General"},
       }) {
    v1::Document doc = Extract(c.text);
    const v1::Source* s = FindSource(doc, c.id);
    ASSERT_NE(s, nullptr) << c.text;
    EXPECT_EQ(s->title(), c.title) << c.text;
    EXPECT_EQ(s->type(), v1::SOURCE_TYPE_PERSON) << c.text;
  }
}

TEST(SourceHyphenatedTitles, OfficeOfAGeneralIsAnOrganisation) {
  v1::Document doc = Extract(
      "The Office of the Comptroller-General said on Monday that three agencies had "
      "overspent.");
  const v1::Source* s = SourceNamed(doc, "Office of the Comptroller-General");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type(), v1::SOURCE_TYPE_ORGANIZATION);
}

// --- A scholar's honorific after a lowercase title ------------------------------

TEST(SourceTitledHonorifics, LowercaseTitleBeforeDoctorOrProfessor) {
  // "<org> chief executive Dr Name": the title is the office, the honorific no
  // part of it, the name before the title the affiliation.
  struct Case {
    std::string text, id, title, affiliation;
  };
  for (const Case& c : {
           Case{"The Royal Tamar Infirmary (RTI) is full. RTI chief executive Dr Ama Boateng "
                "said beds were short.",
                "ama-boateng", "chief executive", "Royal Tamar Infirmary"},
           Case{"Chief executive Dr Ama Boateng said beds were short.", "ama-boateng",
                "Chief executive", ""},
           Case{"Orla Finch, the trust's finance director, said so. Medical director Prof. "
                "Ivan Petrov said beds were short.",
                "ivan-petrov", "Medical director", ""},
           Case{"The clinic's executive director Dr Hugo Brandt said beds were short.",
                "hugo-brandt", "executive director", ""},
       }) {
    v1::Document doc = Extract(c.text);
    const v1::Source* s = FindSource(doc, c.id);
    ASSERT_NE(s, nullptr) << c.text;
    EXPECT_EQ(s->title(), c.title) << c.text;
    if (!c.affiliation.empty()) {
      EXPECT_EQ(s->affiliation(), c.affiliation) << c.text;
    }
  }
}

// --- A name met before, opening a sentence before a lowercase title ------------

TEST(SourceOpenerAffiliations, NameMetBeforeOpensTheTitleOfItsOfficial) {
  // "<Name> <title> <Person>" opening a sentence, the name met in an earlier
  // sentence: where the person works, not part of the title.
  struct Case {
    std::string text, id, title, affiliation;
  };
  for (const Case& c : {
           Case{"Unite and the GMB called the stoppage. Unite negotiator Sam Blackwood said "
                "the offer was an insult.",
                "sam-blackwood", "negotiator", "Unite"},
           Case{"Supporters cheered Rovers on Friday. Rovers boss Declan Roe said the fee was "
                "fair.",
                "declan-roe", "boss", "Rovers"},
           Case{"The app was built by Kestrix, which lost the contract. Kestrix chief "
                "operating officer Nadia Farouk told reporters the bid had been fair.",
                "nadia-farouk", "chief operating officer", "Kestrix"},
           Case{"Deliveries by Parcelo rose. Parcelo spokesperson Ines Duarte said drivers "
                "were paid fairly.",
                "ines-duarte", "spokesperson", "Parcelo"},
           Case{"Maribel Health, which runs four clinics, raised fees. Maribel spokesperson "
                "Ola Nowak said costs had doubled.",
                "ola-nowak", "spokesperson", "Maribel Health"},
       }) {
    v1::Document doc = Extract(c.text);
    const v1::Source* s = FindSource(doc, c.id);
    ASSERT_NE(s, nullptr) << c.text;
    EXPECT_EQ(s->title(), c.title) << c.text;
    EXPECT_EQ(s->affiliation(), c.affiliation) << c.text;
  }
}

TEST(SourceOpenerAffiliations, WordsNamedNowhereBeforeStayInTheTitle) {
  // A topic or a common word opening the sentence is part of the title.
  struct Case {
    std::string text, id, title;
  };
  for (const Case& c : {
           Case{"Opposition leader Alan Lamb said the plan was costly.", "alan-lamb",
                "Opposition leader"},
           Case{"Education critic Wayne Bell said the plan failed.", "wayne-bell",
                "Education critic"},
           Case{"Mary Holt won gold in 2019. Olympic champion Sara Ek said she would retire.",
                "sara-ek", "Olympic champion"},
       }) {
    v1::Document doc = Extract(c.text);
    const v1::Source* s = FindSource(doc, c.id);
    ASSERT_NE(s, nullptr) << c.text;
    EXPECT_EQ(s->title(), c.title) << c.text;
    EXPECT_EQ(s->affiliation(), "") << c.text;
  }
}

}  // namespace
}  // namespace factwire
