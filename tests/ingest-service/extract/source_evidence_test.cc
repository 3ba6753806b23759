// What a name itself shows about its bearer: a company's legal form after it
// ("Halvorsen Marine ASA"), or an acronym of its initials in brackets ("the
// Coastal and Marine Executive (CME)"), makes it an organisation, whatever its
// words look like; a person's name keeps its type.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindSource;
using ::factwire::testing_extract::SourceTypeIn;

TEST(SourceEvidence, LegalFormAfterANameMakesACompany) {
  // Wire, trade paper and local-business registers; Nordic, German, Malaysian,
  // US forms.
  const char* kCases[][2] = {
      {"Halvorsen Marine ASA said on Tuesday that its order book rose 12% in the "
       "quarter.",
       "halvorsen-marine-asa"},
      {"Brekke Fisk AS reported a loss of NOK 40 million, blaming lower salmon prices.",
       "brekke-fisk-as"},
      {"Shares fell after Kestrel Optik AB said demand for its lenses had slowed.",
       "kestrel-optik-ab"},
      {"Weber Antriebe GmbH told suppliers it would cut orders by a fifth.",
       "weber-antriebe-gmbh"},
      {"Tanjung Sawit Bhd said crude palm oil output rose 6% in October.",
       "tanjung-sawit-bhd"},
      {"Orchard Lane LLC, the developer, said it had hired 30 workers.", "orchard-lane-llc"},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(SourceTypeIn(c[0], c[1]), v1::SOURCE_TYPE_ORGANIZATION) << c[0];
  }
}

TEST(SourceEvidence, AcronymOfTheInitialsMakesOneOrganisation) {
  // A body whose words hold no organisation word, joined by "and": the acronym
  // in brackets says where its name starts and that it is one body.
  v1::Document doc = Extract(
      "The Coastal and Marine Executive (CME) said the pier had been unsafe since May. "
      "Separately, the Roads and Harbours Directorate (RHD) said repairs would take a "
      "year.");
  const v1::Source* cme = FindSource(doc, "coastal-and-marine-executive");
  ASSERT_NE(cme, nullptr);
  EXPECT_EQ(cme->type(), v1::SOURCE_TYPE_ORGANIZATION);
  const v1::Source* rhd = FindSource(doc, "roads-and-harbours-directorate");
  ASSERT_NE(rhd, nullptr);
  EXPECT_EQ(rhd->type(), v1::SOURCE_TYPE_ORGANIZATION);
  // Court-report register, the acronym before a comma.
  EXPECT_EQ(SourceTypeIn("Counsel for the Tidewater Safety Executive (TSE), which brought the "
                   "case, said the firm had ignored three warnings. The Tidewater Safety "
                   "Executive said it would publish its findings.",
                   "tidewater-safety-executive"),
            v1::SOURCE_TYPE_ORGANIZATION);
  // A portfolio word that is also a title opening the name ("Finance").
  EXPECT_EQ(SourceTypeIn("The Finance and Trade Executive (FTE) told MPs that the levy had "
                   "raised less than forecast.",
                   "finance-and-trade-executive"),
            v1::SOURCE_TYPE_ORGANIZATION);
  // A sports body: the acronym of only its last words.
  EXPECT_EQ(SourceTypeIn("The Northern Counties Rugby Referees Panel (RRP) said the "
                   "decision would stand.",
                   "northern-counties-rugby-referees-panel"),
            v1::SOURCE_TYPE_ORGANIZATION);
}

TEST(SourceEvidence, PeopleKeepTheirType) {
  // Precision: a person's name before a bracketed party, two people joined by
  // "and" (the second one speaks), a title after a name that is no legal form.
  v1::Document doc = Extract(
      "Jane Marsh (Labour) said the count had been fair. Tom Hale and Ann Roe said "
      "they would appeal. Maria Lund, chief executive of Lund Shipping AS, said "
      "rates had doubled.");
  for (const char* id : {"jane-marsh", "ann-roe", "maria-lund"}) {
    const v1::Source* s = FindSource(doc, id);
    ASSERT_NE(s, nullptr) << id;
    EXPECT_EQ(s->type(), v1::SOURCE_TYPE_PERSON) << id;
  }
}

}  // namespace
}  // namespace factwire
